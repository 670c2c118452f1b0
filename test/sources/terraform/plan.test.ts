/**
 * Terraform plans: planned values mapped to the resources rules know, unknown values that are never errors,
 * and positions that point into the plan file.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../src/rule-api/resource';
import { KNOWN_AFTER_APPLY } from '../../../src/sources/terraform/values';
import { lint, tempTree } from '../../helpers/lint';

type Plain = Record<string, unknown>;

function change(address: string, actions: string[], after: Plain | null, afterUnknown: Plain = {}, extra: Plain = {}): Plain {
  const [type, name] = address.split('.');
  return { address, mode: 'managed', type, name, change: { actions, before: null, after, after_unknown: afterUnknown }, ...extra };
}

function plan(changes: Plain[], configuration: Plain = {}): string {
  return JSON.stringify({ format_version: '1.2', terraform_version: '1.9.5', resource_changes: changes, configuration }, null, 2) + '\n';
}

async function lintPlan(text: string) {
  const dir = tempTree({ 'plan.json': text });
  const result = await lint([path.join(dir, 'plan.json')], { cwd: dir });
  const all: Resource[] = result.tenants.flatMap((t) => [...t.clients, ...t.clientGrants, ...t.organizations]);
  const byName = (name: string) => all.find((r) => r.name === name)!;
  return { result, all, byName, text };
}

/** 1-based line and column of the first occurrence of `needle` after `after`. */
function find(text: string, needle: string, after = ''): { line: number; column: number } {
  const at = text.indexOf(needle, after ? text.indexOf(after) : 0);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('mapping planned values', () => {
  it('turns one-block attributes into objects, drops unset values, and fills unknowns with a placeholder', async () => {
    const { byName } = await lintPlan(
      plan([
        change(
          'auth0_client.worker',
          ['create'],
          { name: 'Worker', description: '', callbacks: [], organization_usage: null, default_organization: [{ disable: false, flows: ['client_credentials'] }], addons: [] },
          { client_id: true, default_organization: [{ organization_id: true, flows: [false] }] },
        ),
        change('auth0_client.off', ['create'], { name: 'Off', default_organization: [{ disable: true, flows: null, organization_id: null }] }),
      ]),
    );
    const worker = byName('auth0_client.worker');
    expect(worker.value).toEqual({
      name: 'Worker',
      default_organization: { flows: ['client_credentials'], organization_id: KNOWN_AFTER_APPLY },
      client_id: KNOWN_AFTER_APPLY,
    });
    expect(worker.partial).toBe(false);
    expect(worker.origin).toBe('terraform');
    expect(byName('auth0_client.off').value).toEqual({ name: 'Off' });
  });

  it('maps client grants to deploy-cli field names and gathers organization connections', async () => {
    const { byName, all } = await lintPlan(
      plan(
        [
          change('auth0_organization.acme', ['create'], { name: 'acme', branding: [{ logo_url: 'https://a.example/l.png', colors: { primary: '#000000', page_background: '#ffffff' } }] }, { id: true }),
          change('auth0_organization.known', ['no-op'], { id: 'org_known', name: 'known' }),
          change('auth0_organization_connection.acme_db', ['create'], { assign_membership_on_login: true, is_signup_enabled: false }, { organization_id: true, connection_id: true }),
          change('auth0_organization_connections.known', ['update'], {
            organization_id: 'org_known',
            enabled_connections: [{ connection_id: 'con_1', show_as_button: false }, { connection_id: 'con_2', show_as_button: true }],
          }),
          change('auth0_organization_connection.elsewhere', ['create'], { organization_id: 'org_not_in_plan', connection_id: 'con_3' }),
          change('auth0_client_grant.api', ['create'], { client_id: 'abc', audience: 'https://api.example.com', scopes: ['read:x'], organization_usage: 'require' }),
        ],
        {
          root_module: {
            resources: [
              { address: 'auth0_organization_connection.acme_db', expressions: { organization_id: { references: ['auth0_organization.acme.id', 'auth0_organization.acme'] } } },
            ],
          },
        },
      ),
    );
    expect(byName('auth0_client_grant.api').value).toEqual({ client_id: 'abc', audience: 'https://api.example.com', scope: ['read:x'], organization_usage: 'require' });
    const acme = byName('auth0_organization.acme');
    expect(acme.value.branding).toEqual({ logo_url: 'https://a.example/l.png', colors: { primary: '#000000', page_background: '#ffffff' } });
    expect(acme.value.connections).toEqual([
      { assign_membership_on_login: true, is_signup_enabled: false, connection_id: KNOWN_AFTER_APPLY },
    ]);
    expect(byName('auth0_organization.known').value.connections).toEqual([
      { connection_id: 'con_1', show_as_button: false },
      { connection_id: 'con_2', show_as_button: true },
    ]);
    // a connection of an organization the plan does not hold has nowhere to go
    expect(all.map((r) => r.type).sort()).toEqual(['clientGrant', 'organization', 'organization']);
  });

  it('checks creates and updates as complete (change.after is the whole planned object), and skips deletes and data sources', async () => {
    const { all, byName } = await lintPlan(
      plan([
        change('auth0_client.new', ['create'], { name: 'New' }),
        change('auth0_client.changed', ['update'], { name: 'Changed' }),
        change('auth0_client.replaced', ['delete', 'create'], { name: 'Replaced' }),
        change('auth0_client.gone', ['delete'], null),
        { ...change('auth0_client.read', ['read'], { name: 'Read' }), mode: 'data' },
      ]),
    );
    expect(all.map((r) => [r.name, r.partial])).toEqual([
      ['auth0_client.new', false],
      ['auth0_client.changed', false],
      ['auth0_client.replaced', false],
    ]);
    expect(byName('auth0_client.changed').meta).toEqual({ terraform: { address: 'auth0_client.changed', actions: ['update'] } });
  });
});

describe('findings on plans', () => {
  it('values known only after apply, and the "" the provider writes for unset values, are never errors', async () => {
    const { result } = await lintPlan(
      plan([
        change('auth0_client.a', ['create'], { name: 'A', organization_require_behavior: 'pre_login_prompt' }, { organization_usage: true }),
        change('auth0_client.b', ['create'], { name: 'B', organization_usage: '', organization_require_behavior: '' }),
        change('auth0_client.c', ['create'], { name: 'C', app_type: 'non_interactive', default_organization: [{ flows: ['client_credentials'] }] }, {
          default_organization: [{ organization_id: true }],
        }),
        change('auth0_client_grant.g', ['create'], { audience: 'https://api.example.com', organization_usage: 'require' }, { client_id: true }),
        change('auth0_organization.o', ['create'], { name: 'globex', display_name: 'Globex' }, { branding: true, metadata: true }),
      ]),
    );
    expect(result.findings.map((f) => `${f.ruleId} ${f.resource?.name}`)).toEqual([]);
  });

  it('point at the plan file: inside one-block lists, at renamed attributes, at gathered connections', async () => {
    const { result, text } = await lintPlan(
      plan([
        change('auth0_client.worker', ['create'], {
          name: 'Worker',
          app_type: 'non_interactive',
          organization_usage: 'Allow',
          default_organization: [{ organization_id: 'org_1', flows: ['authorization_code'] }],
        }),
        change('auth0_client_grant.api', ['create'], { client_id: 'abc', audience: 'https://api.example.com', organization_usage: 'required' }),
        change('auth0_organization.known', ['create'], { id: 'org_known', name: 'known' }),
        change('auth0_organization_connection.db', ['create'], { organization_id: 'org_known', connection_id: 'con_1', is_signup_enabled: true, assign_membership_on_login: false }),
      ]),
    );
    const at = (rule: string) => {
      const f = result.findings.find((x) => x.ruleId === rule)!;
      return { line: f.line, column: f.column };
    };
    expect(at('organization-usage-enum')).toEqual(find(text, '"Allow"'));
    expect(at('default-organization-valid')).toEqual(find(text, '"authorization_code"'));
    expect(at('client-grant-organization-usage-enum')).toEqual(find(text, '"required"'));
    expect(at('organization-signup-requires-membership')).toEqual(find(text, 'true', '"is_signup_enabled"'));
    expect(result.findings.every((f) => f.fix === null && !f.alternatives)).toBe(true);
  });

  it('an update is read whole: a prompt type with organization_usage unset is checked as on a new client', async () => {
    const { result } = await lintPlan(plan([change('auth0_client.a', ['update'], { name: 'A', organization_usage: null, organization_require_behavior: 'pre_login_prompt' })]));
    expect(result.findings.map((f) => [f.ruleId, f.resource?.name])).toEqual([['require-behavior-without-require', 'auth0_client.a']]);
  });

  it('detects the WS-Fed add-on, nested in its own block (addons: [{wsfed: [{}]}])', async () => {
    const { result, byName, text } = await lintPlan(
      plan([
        change('auth0_client.legacy', ['create'], { name: 'Legacy', organization_usage: 'allow', addons: [{ wsfed: [{}], samlp: [] }] }),
        change('auth0_client.plain', ['create'], { name: 'Plain', organization_usage: 'allow', addons: [{ wsfed: [], samlp: [] }] }),
      ]),
    );
    expect(byName('auth0_client.legacy').value.addons).toEqual({ wsfed: {} });
    expect(byName('auth0_client.plain').value.addons).toBeUndefined();
    const f = result.findings.filter((x) => x.ruleId === 'organization-incompatible-grant');
    expect(f.map((x) => [x.resource?.name, x.line, x.column])).toEqual([['auth0_client.legacy', find(text, '"wsfed"').line, find(text, '"wsfed"').column]]);
  });

  it("uses an organization connection's computed strategy: a hidden database connection is still on the prompt", async () => {
    const { result, byName } = await lintPlan(
      plan([
        change('auth0_organization.acme', ['no-op'], { id: 'org_1', name: 'acme' }),
        change('auth0_organization_connection.db', ['no-op'], { organization_id: 'org_1', connection_id: 'con_1', show_as_button: false, strategy: 'auth0', name: 'Username-Password' }),
        change('auth0_organization.globex', ['no-op'], { id: 'org_2', name: 'globex' }),
        change('auth0_organization_connection.sso', ['create'], { organization_id: 'org_2', show_as_button: false }, { connection_id: true, strategy: true, name: true }),
        change('auth0_connection.sso', ['create'], { name: 'globex-sso', strategy: 'okta' }, { id: true }),
      ], {
        root_module: {
          resources: [{ address: 'auth0_organization_connection.sso', expressions: { connection_id: { references: ['auth0_connection.sso.id', 'auth0_connection.sso'] } } }],
        },
      }),
    );
    expect(byName('auth0_organization.acme').value.connections).toEqual([{ connection_id: 'con_1', show_as_button: false, strategy: 'auth0', name: 'Username-Password' }]);
    expect(byName('auth0_organization.globex').value.connections).toEqual([{ show_as_button: false, connection_id: KNOWN_AFTER_APPLY, strategy: 'okta', name: 'globex-sso' }]);
    // acme's hidden database connection is not reported as all hidden; that show_as_button has no effect there is
    // organization-connection-option-mismatch's finding
    expect(result.findings.map((f) => [f.ruleId, f.resource?.name])).toEqual([
      ['organization-connection-option-mismatch', 'auth0_organization.acme'],
      ['organization-connections-all-hidden', 'auth0_organization.globex'],
    ]);
  });

  it('reads discovery domains, organization client grants, and links a grant to the client it refers to', async () => {
    const { byName } = await lintPlan(
      plan([
        change('auth0_organization.acme', ['no-op'], { id: 'org_1', name: 'acme' }),
        change('auth0_organization_discovery_domain.one', ['create'], { organization_id: 'org_1', domain: 'acme.example', status: 'pending' }, { id: true }),
        change('auth0_organization_discovery_domains.all', ['create'], { organization_id: 'org_1', discovery_domains: [{ domain: 'b.example', status: 'verified' }] }),
        change('auth0_organization_client_grant.og', ['create'], { organization_id: 'org_1' }, { grant_id: true }),
        change('auth0_client.worker', ['create'], { name: 'Worker' }, { client_id: true }),
        change('auth0_client_grant.api', ['create'], { audience: 'https://api.example.com', organization_usage: 'require' }, { client_id: true }),
      ], {
        root_module: {
          resources: [{ address: 'auth0_client_grant.api', expressions: { client_id: { references: ['auth0_client.worker.id', 'auth0_client.worker'] } } }],
        },
      }),
    );
    const acme = byName('auth0_organization.acme').value;
    expect(acme.discovery_domains).toEqual([{ domain: 'acme.example', status: 'pending' }, { domain: 'b.example', status: 'verified' }]);
    expect(acme.client_grants).toEqual([{ grant_id: KNOWN_AFTER_APPLY }]);
    expect(byName('auth0_client_grant.api').value.client_id).toBe('Worker');
  });
});
