/**
 * `auth0_connection_clients` and `auth0_connection_client`: the clients enabled on a connection, read into the
 * connection's `enabled_clients` as deploy-cli writes them, so the rules that read it find the same thing in
 * `.tf` files, in the plan JSON Terraform shows for them, and in a deploy-cli export; what is not known stays
 * unknown.
 */
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../src/rule-api/resource';
import { lint, tempTree } from '../../helpers/lint';

const RULE = 'organization-connection-not-enabled-for-client';

const clients = `resource "auth0_client" "portal" {
  name                          = "Portal"
  app_type                      = "regular_web"
  organization_usage            = "require"
  organization_require_behavior = "pre_login_prompt"
}

resource "auth0_client" "admin" {
  name                          = "Admin"
  app_type                      = "regular_web"
  organization_usage            = "require"
  organization_require_behavior = "pre_login_prompt"
}
`;

const org = `resource "auth0_organization" "acme" {
  name = "acme"
}

resource "auth0_connection" "sso" {
  name     = "acme-sso"
  strategy = "samlp"
}

resource "auth0_organization_connection" "acme_sso" {
  organization_id = auth0_organization.acme.id
  connection_id   = auth0_connection.sso.id
}
`;

const ENABLED = `resource "auth0_connection_clients" "sso" {
  connection_id   = auth0_connection.sso.id
  enabled_clients = [auth0_client.admin.id]
}
`;

type Plain = Record<string, unknown>;
const change = (type: string, name: string, actions: string[], after: Plain, unknown: Plain = {}, expressions: Plain = {}) => ({
  rc: { address: `${type}.${name}`, mode: 'managed', type, name, provider_name: 'registry.terraform.io/auth0/auth0', change: { actions, before: actions[0] === 'create' ? null : after, after, after_unknown: unknown } },
  conf: { address: `${type}.${name}`, mode: 'managed', type, name, expressions },
});

/**
 * The plan of the same configuration on a tenant where the organization, the connection and the clients exist
 * (their ids known): a set whose items are unknown is wholly unknown in a plan, so the ids must be known.
 */
function planJson(): string {
  const list = [
    change('auth0_organization', 'acme', ['no-op'], { id: 'org_1', name: 'acme' }),
    change('auth0_connection', 'sso', ['no-op'], { id: 'con_1', name: 'acme-sso', strategy: 'samlp' }),
    change('auth0_organization_connection', 'acme_sso', ['no-op'], { organization_id: 'org_1', connection_id: 'con_1', name: 'acme-sso', strategy: 'samlp' }),
    change('auth0_client', 'portal', ['update'], { client_id: 'cid_portal', name: 'Portal', app_type: 'regular_web', organization_usage: 'require', organization_require_behavior: 'pre_login_prompt' }),
    change('auth0_client', 'admin', ['update'], { client_id: 'cid_admin', name: 'Admin', app_type: 'regular_web', organization_usage: 'require', organization_require_behavior: 'pre_login_prompt' }),
    change('auth0_connection_clients', 'sso', ['create'], { connection_id: 'con_1', enabled_clients: ['cid_admin'] }, { name: true, strategy: true }, {
      connection_id: { references: ['auth0_connection.sso.id', 'auth0_connection.sso'] },
      enabled_clients: { references: ['auth0_client.admin.id', 'auth0_client.admin'] },
    }),
  ];
  return JSON.stringify({ format_version: '1.2', resource_changes: list.map((x) => x.rc), configuration: { root_module: { resources: list.map((x) => x.conf) } } }, null, 2) + '\n';
}

const DEPLOY_CLI = `clients:
  - name: Portal
    app_type: regular_web
    organization_usage: require
    organization_require_behavior: pre_login_prompt
  - name: Admin
    app_type: regular_web
    organization_usage: require
    organization_require_behavior: pre_login_prompt
connections:
  - name: acme-sso
    strategy: samlp
    enabled_clients:
      - Admin
organizations:
  - name: acme
    display_name: Acme
    connections:
      - name: acme-sso
        assign_membership_on_login: false
`;

async function lintFiles(files: Record<string, string>) {
  const dir = tempTree(files);
  const result = await lint([dir], { cwd: dir });
  const connections = result.tenants.flatMap((t) => t.connections);
  const found = result.findings.filter((f) => f.ruleId !== 'parse-error');
  return { result, findings: found, connections, enabled: (c: Resource | undefined) => c?.value.enabled_clients };
}

/** a finding by rule and the client's `name` value (sources name resources differently: address, name) */
const key = (f: { ruleId: string; source?: Resource }) => `${String(f.source?.value.name)} ${f.ruleId}`;

describe('auth0_connection_clients', () => {
  it('gives the same findings from .tf, from the plan and from a deploy-cli export', async () => {
    const tf = await lintFiles({ 'main.tf': org + clients + ENABLED });
    const plan = await lintFiles({ 'plan.json': planJson() });
    const yaml = await lintFiles({ 'tenant.yaml': DEPLOY_CLI });
    const keys = (x: { findings: { ruleId: string; source?: Resource }[] }) => x.findings.filter((f) => f.ruleId === RULE).map(key).sort();
    expect(keys(tf)).toEqual(['Portal organization-connection-not-enabled-for-client']);
    expect(keys(plan)).toEqual(keys(tf));
    expect(keys(yaml)).toEqual(keys(tf));
    // a reference to a client of the module names it as deploy-cli does; the plan has its id
    expect(tf.enabled(tf.connections[0])).toEqual(['Admin']);
    expect(plan.enabled(plan.connections[0])).toEqual(['cid_admin']);
    const finding = tf.findings.find((f) => f.ruleId === RULE)!;
    expect([finding.line, finding.column, finding.resource?.name]).toEqual([17, 35, 'auth0_client.portal']);
  });

  it('takes literal ids as they are, and enabling every client leaves nothing to find', async () => {
    const both = `resource "auth0_connection_clients" "sso" {\n  connection_id   = auth0_connection.sso.id\n  enabled_clients = [auth0_client.admin.id, "cid_other", auth0_client.portal.id]\n}\n`;
    const { findings, connections, enabled } = await lintFiles({ 'main.tf': org + clients + both });
    expect(enabled(connections[0])).toEqual(['Admin', 'cid_other', 'Portal']);
    expect(findings.filter((f) => f.ruleId === RULE)).toEqual([]);
  });

  it('leaves the list unknown when it is not known: one client added, a variable, two lists, a counted client', async () => {
    const cases: Record<string, string> = {
      added: `resource "auth0_connection_client" "sso_admin" {\n  connection_id = auth0_connection.sso.id\n  client_id     = auth0_client.admin.id\n}\n`,
      variable: `variable "ids" {\n  type = list(string)\n}\nresource "auth0_connection_clients" "sso" {\n  connection_id   = auth0_connection.sso.id\n  enabled_clients = var.ids\n}\n`,
      function: `resource "auth0_connection_clients" "sso" {\n  connection_id   = auth0_connection.sso.id\n  enabled_clients = concat([auth0_client.admin.id], [])\n}\n`,
      two: ENABLED + ENABLED.replace('"sso" {', '"sso2" {').replace('admin', 'portal'),
      counted: `resource "auth0_client" "many" {\n  count = 2\n  name  = "Many"\n}\nresource "auth0_connection_clients" "sso" {\n  connection_id   = auth0_connection.sso.id\n  enabled_clients = [auth0_client.many[0].id]\n}\n`,
    };
    const seen: Record<string, unknown> = {};
    for (const [name, extra] of Object.entries(cases)) {
      const { findings, connections, enabled } = await lintFiles({ 'main.tf': org + clients + extra });
      expect(findings.filter((f) => f.ruleId === RULE), name).toEqual([]);
      seen[name] = enabled(connections[0]);
    }
    expect(seen).toEqual({
      added: ['Admin', '##known-after-apply##'],
      variable: '##unknown-until-plan##',
      function: '##unknown-until-plan##',
      two: '##known-after-apply##',
      counted: ['##unknown-until-plan##'],
    });
  });

  it('a connection no resource enables clients on has no list, and the plan of new clients knows none', async () => {
    const tf = await lintFiles({ 'main.tf': org + clients });
    expect(tf.connections.map((c) => 'enabled_clients' in c.value)).toEqual([false]);
    expect(tf.findings.filter((f) => f.ruleId === RULE)).toEqual([]);
    // created with the clients: the set holds unknown ids, so the plan shows it unknown
    const created = JSON.parse(planJson());
    const rc = created.resource_changes.find((r: { type: string }) => r.type === 'auth0_connection_clients');
    delete rc.change.after.enabled_clients;
    rc.change.after_unknown.enabled_clients = true;
    const plan = await lintFiles({ 'plan.json': JSON.stringify(created) });
    expect(plan.enabled(plan.connections[0])).toBe('##known-after-apply##');
    expect(plan.findings.filter((f) => f.ruleId === RULE)).toEqual([]);
  });
});
