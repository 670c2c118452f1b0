/**
 * Behaviour of the organization and client-grant rules that fixtures cannot show: severities chosen per finding,
 * options, planned (partial) resources whose absent fields are unknown, and that cross-resource rules stay
 * linear on large tenants.
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load-config';
import { runRules } from '../../src/engine/run-rules';
import { RuleSettings } from '../../src/engine/settings';
import { createTenant, type Resource, type Tenant } from '../../src/rule-api/resource';
import type { ResourceType } from '../../src/rule-api/types';
import { loadYaml } from '../../src/sources/yaml/yaml-source';
import { RULES } from '../../rules/index';
import { lintYaml } from '../helpers/lint';

const SECTIONS: Record<string, ResourceType> = { clients: 'client', clientGrants: 'clientGrant', organizations: 'organization' };

/** A tenant of planned (partial) resources, as a Terraform plan or PATCH source hands them to the rules. */
function plannedTenant(yaml: string, extra: Partial<Tenant> = {}): Tenant {
  const doc = loadYaml('/plan/tenant.yaml', yaml, false);
  const root = doc.value as Record<string, Record<string, unknown>[]>;
  const tenant: Tenant = createTenant('/plan', extra);
  for (const [key, type] of Object.entries(SECTIONS)) {
    (root[key] ?? []).forEach((value, i) => {
      const r: Resource = { type, name: String(value.name ?? value.client_id ?? key), value, doc, path: [key, i], origin: 'terraform', partial: true };
      (type === 'client' ? tenant.clients : type === 'clientGrant' ? tenant.clientGrants : tenant.organizations).push(r);
    });
  }
  return tenant;
}

function run(tenant: Tenant, ids: string[]) {
  const rules = RULES.filter((r) => ids.includes(r.id));
  return runRules([tenant], rules, new RuleSettings(defaultConfig('/plan'), RULES)).map((f) => `${f.ruleId} ${f.path}`);
}

describe('allow-any-organization', () => {
  const yaml = `
clients:
  - name: Internal Worker
  - name: Partner Sync
    is_first_party: false
clientGrants:
  - client_id: Internal Worker
    audience: https://api.example
    allow_any_organization: true
  - client_id: Partner Sync
    audience: https://api.example
    allow_any_organization: true
`;
  it('is a warning for a first-party client and an error for a third-party one', async () => {
    const { findings } = await lintYaml(yaml);
    const mine = findings.filter((f) => f.ruleId === 'allow-any-organization').map((f) => `${f.line} ${f.severity}`);
    expect(mine).toEqual(['9 warning', '12 error']);
  });
  it('stays quiet for clients listed in trustedClients, but not for third-party ones', async () => {
    const config = { rules: { 'allow-any-organization': { severity: 'error' as const, options: { trustedClients: ['Internal Worker', 'Partner Sync'] } } } };
    const { findings } = await lintYaml(yaml, { config });
    expect(findings.filter((f) => f.ruleId === 'allow-any-organization').map((f) => f.line)).toEqual([12]);
  });
  it('is capped at warning when the rule is configured as a warning', async () => {
    const { findings } = await lintYaml(yaml, { rules: { 'allow-any-organization': 'warning' } });
    expect(findings.filter((f) => f.ruleId === 'allow-any-organization').map((f) => f.severity)).toEqual(['warning', 'warning']);
  });
});

describe('organization-name-valid severities', () => {
  it('reports an invalid name as an error and a 2-character name as a warning', async () => {
    const { findings } = await lintYaml('organizations:\n  - name: Acme\n  - name: ab\n');
    expect(findings.filter((f) => f.ruleId === 'organization-name-valid').map((f) => `${f.line} ${f.severity}`)).toEqual(['2 error', '3 warning']);
  });
});

describe('predicted API answers on organization findings', () => {
  it('carries 400 invalid_body for a rejected field; a duplicate name in a deploy-cli export predicts no 409', async () => {
    // deploy-cli rejects duplicate names before any API call: its users see its error, never the 409
    const { findings } = await lintYaml('organizations:\n  - name: acme\n  - name: acme\n    display_name: ""\n');
    const got = findings.map((f) => `${f.ruleId} ${f.predictedResponse?.status} ${f.predictedResponse?.errorCode}`);
    expect(got).toEqual(['unique-organization-names undefined undefined', 'organization-display-name 400 invalid_body']);
    expect(findings[0].message).toContain('deploy-cli rejects the import before any API call');
  });
});

describe('planned (partial) resources: an absent field keeps its current, unknown value', () => {
  it('does not report an organization without a name, nor signup without assign_membership_on_login', () => {
    const tenant = plannedTenant(`
organizations:
  - display_name: Acme
    connections:
      - name: db
        is_signup_enabled: true
`);
    expect(run(tenant, ['organization-name-valid', 'organization-signup-requires-membership'])).toEqual([]);
  });
  it('still reports what a planned change does carry', () => {
    const tenant = plannedTenant(`
organizations:
  - name: Acme
    connections:
      - name: db
        is_signup_enabled: true
        assign_membership_on_login: false
`);
    expect(run(tenant, ['organization-name-valid', 'organization-signup-requires-membership'])).toEqual([
      'organization-name-valid /organizations/0/name',
      'organization-signup-requires-membership /organizations/0/connections/0/is_signup_enabled',
    ]);
  });
  it('accepts null (clearing) for display_name and metadata in a planned change', () => {
    const tenant = plannedTenant('organizations:\n  - name: acme\n    display_name: null\n    metadata: null\n');
    expect(run(tenant, ['organization-display-name', 'organization-metadata-limits'])).toEqual([]);
  });
  it('does not judge a default organization when a planned grant leaves organization_usage out', () => {
    const yaml = `
clients:
  - name: Worker
    client_id: abc
    default_organization: [{ organization_id: org_1, flows: [client_credentials] }]
clientGrants:
  - client_id: abc
    audience: https://api.example
`;
    expect(run(plannedTenant(yaml, { kinds: { clientGrant: { known: true } } }), ['default-organization-without-require-grant'])).toEqual([]);
    const denied = yaml + '    organization_usage: deny\n';
    expect(run(plannedTenant(denied, { kinds: { clientGrant: { known: true } } }), ['default-organization-without-require-grant'])).toEqual([
      'default-organization-without-require-grant /clients/0/default_organization',
    ]);
  });
  it('does not judge a default organization when the grant\'s client is known only after apply', () => {
    const yaml = `
clients:
  - name: Worker
    default_organization: [{ organization_id: org_1, flows: [client_credentials] }]
clientGrants:
  - audience: https://api.example
    organization_usage: deny
`;
    expect(run(plannedTenant(yaml, { kinds: { clientGrant: { known: true } } }), ['default-organization-without-require-grant'])).toEqual([]);
  });
  it('skips a Terraform default_organization block that is disabled', () => {
    const yaml = `
clients:
  - name: Worker
    client_id: abc
    default_organization: [{ disable: true }]
clientGrants:
  - client_id: abc
    audience: https://api.example
    organization_usage: deny
`;
    expect(run(plannedTenant(yaml, { kinds: { clientGrant: { known: true } } }), ['default-organization-without-require-grant'])).toEqual([]);
  });
});

describe('cross-resource rules on a large tenant', () => {
  it('match 20,000 clients to 40,000 grants and check 20,000 organizations in well under a second each', () => {
    const n = 20_000;
    const doc = loadYaml('/big/tenant.yaml', 'clients: []\n', false);
    const mk = (type: ResourceType, value: Record<string, unknown>, i: number): Resource => ({
      type, name: String(value.name ?? value.client_id), value, doc, path: [type, i], origin: 'deploy-cli-yaml', partial: false,
    });
    const tenant: Tenant = createTenant('/big', { kinds: { organization: { known: true }, clientGrant: { known: true } } });
    for (let i = 0; i < n; i++) {
      const name = `worker-${i}`;
      tenant.clients.push(mk('client', { name, default_organization: { organization_id: `org_${i}`, flows: ['client_credentials'] } }, i));
      tenant.clientGrants.push(mk('clientGrant', { client_id: name, audience: 'https://a.example', organization_usage: 'allow' }, 2 * i));
      tenant.clientGrants.push(mk('clientGrant', { client_id: name, audience: 'https://b.example', organization_usage: 'require', allow_any_organization: false }, 2 * i + 1));
      tenant.organizations.push(mk('organization', { name: `org-${i}`, discovery_domains: [] }, i));
    }
    const ids = ['allow-any-organization', 'default-organization-without-require-grant', 'unique-organization-names', 'organization-discovery-domain-unverified', 'require-without-organizations'];
    const started = performance.now();
    expect(run(tenant, ids)).toEqual([]);
    // pairs would be 8e8 comparisons (many seconds); maps take milliseconds
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
