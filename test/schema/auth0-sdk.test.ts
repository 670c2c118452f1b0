/**
 * The schema module (src/schema/auth0/) against the newest Management API SDK's types: the `auth0` npm package
 * (pinned devDependency) ships TypeScript declarations generated from Auth0's Management API spec. This test
 * reads them with the TypeScript compiler API and compares field lists, PATCH nullability and enums with ours.
 * Every difference is listed below with its reason; a new SDK field (or one that went away) fails here, so the
 * lists never silently go stale (Terraform provider issue #679: a stale enum rejected `post_login_prompt`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as schema from '../../src/schema/auth0/index';
import type { ObjectSchema } from '../../src/schema/auth0/index';
import { CLIENT_PATCH_PROPERTIES } from '../../src/schema/client-patch-schema';

const require = createRequire(import.meta.url);
const SDK_DIR = path.join(path.dirname(require.resolve('auth0/package.json')), 'dist/cjs/management/api');
const SDK_VERSION = (JSON.parse(readFileSync(path.join(SDK_DIR, '../../../../package.json'), 'utf8')) as { version: string }).version;

interface Prop {
  name: string;
  nullable: boolean;
}

/** Interfaces (property names, whether the type admits null) and `declare const X: { readonly A: "a" }` enums. */
function readDeclarations(files: string[]): { interfaces: Map<string, Prop[]>; enums: Map<string, string[]> } {
  const interfaces = new Map<string, Prop[]>();
  const enums = new Map<string, string[]>();
  for (const file of files) {
    const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
    for (const st of src.statements) {
      if (ts.isInterfaceDeclaration(st)) {
        const props = st.members.filter(ts.isPropertySignature).map((m) => ({
          name: m.name.getText(src).replace(/^["']|["']$/g, ''),
          nullable: m.type !== undefined && /\bnull\b/.test(m.type.getText(src)),
        }));
        interfaces.set(st.name.text, props);
      } else if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) {
          if (!ts.isIdentifier(d.name) || !d.type || !ts.isTypeLiteralNode(d.type)) continue;
          const values = d.type.members
            .filter(ts.isPropertySignature)
            .map((m) => (m.type && ts.isLiteralTypeNode(m.type) && ts.isStringLiteral(m.type.literal) ? m.type.literal.text : undefined))
            .filter((v): v is string => v !== undefined);
          if (values.length) enums.set(d.name.text, values);
        }
      }
    }
  }
  return { interfaces, enums };
}

const { interfaces, enums } = readDeclarations([path.join(SDK_DIR, 'requests/requests.d.ts'), path.join(SDK_DIR, 'types/types.d.ts')]);

function props(name: string): Prop[] {
  const p = interfaces.get(name);
  if (!p) throw new Error(`the auth0 SDK ${SDK_VERSION} declares no interface ${name}: the comparison needs updating`);
  return p;
}
const names = (...ifaces: string[]) => [...new Set(ifaces.flatMap((i) => props(i).map((p) => p.name)))].sort();
const sdkEnum = (name: string) => {
  const e = enums.get(name);
  if (!e) throw new Error(`the auth0 SDK ${SDK_VERSION} declares no enum ${name}`);
  return [...e].sort();
};
const ours = (s: ObjectSchema, keep: (f: schema.FieldSpec) => boolean) => Object.keys(s).filter((k) => keep(s[k])).sort();
const minus = (a: readonly string[], b: readonly string[]) => a.filter((x) => !b.includes(x)).sort();

describe(`schema module vs the auth0 SDK ${SDK_VERSION} types`, () => {
  it('reads the SDK declarations (the comparison really ran)', () => {
    expect(SDK_VERSION).toMatch(/^7\./);
    expect(props('UpdateClientRequestContent').length).toBeGreaterThan(50);
  });

  describe('clients', () => {
    it('PATCH body: the same fields as UpdateClientRequestContent, but for the listed differences', () => {
      const sdk = names('UpdateClientRequestContent');
      const mine = Object.keys(CLIENT_PATCH_PROPERTIES).sort();
      // ours only: the older name of cross_origin_authentication; no spec or SDK has it, yet the real API took it in
      // 98 recorded deploy-cli writes (200/201, ../shared/real-api), so a body carrying it is no 400 (info finding)
      expect(minus(mine, sdk)).toEqual(['cross_origin_auth']);
      expect(minus(sdk, mine)).toEqual([]);
    });

    it('the SDK update fields we dispute, and why', () => {
      // in the SDK update type, yet ../shared/auth0-facts.md §1 (from the Management API spec) says: not accepted
      // (b2b_integration_configuration), set on creation and cannot be modified (third_party_security_mode). The
      // sources disagree, so patch-unknown-field warns without predicting a status
      const disputed = Object.keys(schema.CLIENT_SCHEMA).filter((k) => schema.CLIENT_SCHEMA[k].disputed).sort();
      expect(disputed).toEqual(['b2b_integration_configuration', 'cross_origin_auth', 'third_party_security_mode']);
      for (const k of ['b2b_integration_configuration', 'third_party_security_mode']) expect(names('UpdateClientRequestContent')).toContain(k);
    });

    it('nullable in PATCH: as the SDK says, plus the fields real answers show clearing with null', () => {
      const sdk = props('UpdateClientRequestContent').filter((p) => p.nullable).map((p) => p.name).sort();
      const mine = ours(schema.CLIENT_SCHEMA, (f) => f.nullable === true);
      // real PATCH answers 200 for null (../shared/auth0-facts.md §1, issue 11: the Terraform provider's recordings
      // clear these with null); the SDK types them without null
      expect(minus(mine, sdk)).toEqual(['addons', 'oidc_backchannel_logout', 'signed_request_object', 'token_vault_privileged_access']);
      expect(minus(sdk, mine)).toEqual([]);
    });

    it('every field a client has (Client) is in the schema; read-only fields are those no write takes', () => {
      const sdkAll = names('Client', 'CreateClientRequestContent', 'UpdateClientRequestContent');
      const mine = Object.keys(schema.CLIENT_SCHEMA).sort();
      // ours only: cross_origin_auth (above); owners and callback_url_template, read-only fields that real GET and
      // PATCH answers carry (../shared/real-api responses, ../shared/real-world exports) and the SDK does not type
      expect(minus(mine, sdkAll)).toEqual(['callback_url_template', 'cross_origin_auth', 'owners']);
      expect(minus(sdkAll, mine)).toEqual([]);
      const writable = names('CreateClientRequestContent', 'UpdateClientRequestContent');
      const sdkReadOnly = minus(names('Client'), writable);
      // signing_keys, jwks_uri, callback_url_template, external_* and resource_server_identifier are in the
      // create body of the SDK but never in an update; the update check (patch-read-only-field) is what matters
      expect(minus(sdkReadOnly, ours(schema.CLIENT_SCHEMA, (f) => f.readOnly === true))).toEqual([]);
      const notInUpdate = minus(names('Client'), names('UpdateClientRequestContent'));
      expect(minus(notInUpdate, ours(schema.CLIENT_SCHEMA, (f) => f.readOnly === true || f.createOnly === true))).toEqual([]);
    });

    it('enums', () => {
      expect([...schema.ORGANIZATION_USAGE_VALUES].sort()).toEqual(sdkEnum('ClientOrganizationUsagePatchEnum'));
      expect([...schema.ORGANIZATION_USAGE_VALUES].sort()).toEqual(sdkEnum('ClientOrganizationUsageEnum'));
      expect([...schema.ORGANIZATION_REQUIRE_BEHAVIOR_VALUES].sort()).toEqual(sdkEnum('ClientOrganizationRequireBehaviorPatchEnum'));
      expect([...schema.ORGANIZATION_DISCOVERY_VALUES].sort()).toEqual(sdkEnum('ClientOrganizationDiscoveryEnum'));
      expect([...schema.DEFAULT_ORGANIZATION_FLOW_VALUES].sort()).toEqual(sdkEnum('ClientDefaultOrganizationFlowsEnum'));
      expect([...schema.TOKEN_ENDPOINT_AUTH_METHOD_VALUES].sort()).toEqual(sdkEnum('ClientTokenEndpointAuthMethodOrNullEnum'));
      expect([...schema.COMPLIANCE_LEVEL_VALUES].sort()).toEqual(sdkEnum('ClientComplianceLevelEnum'));
      expect([...schema.THIRD_PARTY_SECURITY_MODE_VALUES].sort()).toEqual(sdkEnum('ClientThirdPartySecurityModeEnum'));
      expect([...schema.REDIRECTION_POLICY_VALUES].sort()).toEqual(sdkEnum('ClientRedirectionPolicyEnum'));
      // ours only: b2b_integration, an app_type in ../shared/auth0-facts.md §1 (the API spec's ClientAppTypeEnum);
      // the SDK 7.1.0 enum lacks it, so orglint must not call it invalid
      expect(minus(schema.APP_TYPE_VALUES, sdkEnum('ClientAppTypeEnum'))).toEqual(['b2b_integration']);
      expect(minus(sdkEnum('ClientAppTypeEnum'), schema.APP_TYPE_VALUES)).toEqual([]);
    });

    it('default_organization has exactly organization_id and flows', () => {
      expect(names('ClientDefaultOrganization')).toEqual(['flows', 'organization_id']);
    });
  });

  it('client grants: the fields, PATCH nullability and the organization_usage enum', () => {
    const sdk = names('ClientGrantResponseContent', 'CreateClientGrantRequestContent', 'UpdateClientGrantRequestContent');
    expect(Object.keys(schema.CLIENT_GRANT_SCHEMA).sort()).toEqual(sdk);
    const sdkNullable = props('UpdateClientGrantRequestContent').filter((p) => p.nullable).map((p) => p.name).sort();
    expect(ours(schema.CLIENT_GRANT_SCHEMA, (f) => f.nullable === true)).toEqual(sdkNullable);
    const notInUpdate = minus(sdk, names('UpdateClientGrantRequestContent'));
    expect(ours(schema.CLIENT_GRANT_SCHEMA, (f) => f.readOnly === true || f.createOnly === true)).toEqual(notInUpdate);
    expect([...schema.CLIENT_GRANT_ORGANIZATION_USAGE_VALUES].sort()).toEqual(sdkEnum('ClientGrantOrganizationUsageEnum'));
    expect([...schema.CLIENT_GRANT_ORGANIZATION_USAGE_VALUES].sort()).toEqual(sdkEnum('ClientGrantOrganizationNullableUsageEnum'));
  });

  it('organizations: the API fields, plus the keys deploy-cli exports add', () => {
    const sdk = names('GetOrganizationResponseContent', 'CreateOrganizationRequestContent', 'UpdateOrganizationRequestContent');
    const mine = ours(schema.ORGANIZATION_SCHEMA, (f) => f.exportOnly !== true);
    expect(minus(mine, sdk)).toEqual([]);
    expect(minus(sdk, mine)).toEqual([]);
    // deploy-cli's organization export: its connections, client grants, clients and discovery domains (../shared/auth0-facts.md §3, §7)
    expect(ours(schema.ORGANIZATION_SCHEMA, (f) => f.exportOnly === true)).toEqual(['client_grants', 'clients', 'connections', 'discovery_domains']);
    expect([...schema.THIRD_PARTY_CLIENT_ACCESS_VALUES].sort()).toEqual(sdkEnum('OrganizationThirdPartyClientAccessEnum'));
  });

  it('organization connections: the API fields, plus the name and strategy deploy-cli and dumps carry', () => {
    const sdk = names('AddOrganizationConnectionRequestContent', 'UpdateOrganizationConnectionRequestContent', 'GetOrganizationConnectionResponseContent');
    const mine = ours(schema.ORGANIZATION_CONNECTION_SCHEMA, (f) => f.exportOnly !== true);
    expect(mine).toEqual(sdk);
    expect(ours(schema.ORGANIZATION_CONNECTION_SCHEMA, (f) => f.exportOnly === true)).toEqual(['name', 'strategy']);
  });
});
