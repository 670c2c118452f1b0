import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index';
import type { MgmtApiServer } from '../support/mgmt-api-server';
import { ALL_SCOPES, APP_SECRET, PLANTED_SECRET, envFor, live, manyClients, mixedClients, server, tempDir } from './helpers';

let s: MgmtApiServer | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  path: string;
  resource: { type: string; name: string };
}

const GRANTS = [{ id: 'cgr_1', client_id: 'case01', audience: 'https://api.example.com/', scope: ['read:x'], organization_usage: 'require', allow_any_organization: false }];
const ORGS = [
  {
    id: 'org_1',
    name: 'acme',
    display_name: 'Acme',
    enabled_connections: [{ connection_id: 'con_1', assign_membership_on_login: false, show_as_button: true, connection: { name: 'acme-db', strategy: 'auth0' } }],
  },
];

describe('orglint audit --live', () => {
  it('names each finding by the client URL and the field path, with line and column', async () => {
    s = await server({ clients: mixedClients() });
    const run = await live(['audit', '--live', '-f', 'json'], tempDir(), envFor(s));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: JsonFinding[]; summary: { clients: number } };
    expect(report.summary.clients).toBe(4);
    const f = report.findings.find((x) => x.ruleId === 'organization-usage-enum')!;
    expect(f).toMatchObject({
      file: `${s.url}/api/v2/clients/case01`,
      path: '/organization_usage',
      resource: { type: 'client', name: 'Case Portal' },
      message: 'organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"?',
    });
    // the live document is key-sorted pretty JSON: {, app_type, client_id, name, organization_require_behavior, organization_usage
    expect([f.line, f.column]).toEqual([6, 25]);
    expect(report.findings.filter((x) => x.file.endsWith('/clean01') && x.ruleId.endsWith('-enum'))).toEqual([]);
  });

  it('--snapshot writes a dump that lints offline with the same findings', async () => {
    s = await server({ clients: mixedClients(), clientGrants: GRANTS, organizations: ORGS });
    const dir = tempDir();
    const a = await live(['audit', '--live', '-f', 'json', '--snapshot', 'snaps/prod/snap.json'], dir, envFor(s));
    expect(a.stderr).toContain('wrote snaps/prod/snap.json (4 clients)');
    const offline = await live(['snaps/prod/snap.json', '-f', 'json'], dir, {});
    expect(offline.code).toBe(a.code);
    const key = (f: JsonFinding) =>
      [f.ruleId, f.severity, f.message, f.resource?.type, f.resource?.name, f.path.replace(/^\/(clients|client_grants|organizations)\/\d+/, '')].join(' | ');
    const liveKeys = (JSON.parse(a.stdout) as { findings: JsonFinding[] }).findings.map(key).sort();
    const fileKeys = (JSON.parse(offline.stdout) as { findings: JsonFinding[] }).findings.map(key).sort();
    expect(liveKeys.length).toBeGreaterThanOrEqual(3);
    expect(fileKeys).toEqual(liveKeys);
    const dump = JSON.parse(readFileSync(path.join(dir, 'snaps/prod/snap.json'), 'utf8')) as Record<string, unknown[]>;
    expect(dump.clients).toHaveLength(4);
    expect(dump.client_grants).toHaveLength(1);
    expect(dump.organizations).toEqual([
      { connections: [{ assign_membership_on_login: false, connection_id: 'con_1', name: 'acme-db', show_as_button: true, strategy: 'auth0' }], display_name: 'Acme', id: 'org_1', name: 'acme' },
    ]);
  });

  it('reads every page of a tenant with 260 clients, asking only for the fields the rules read', async () => {
    s = await server({ clients: manyClients(260) });
    const run = await live(['audit', '--live', '-f', 'json'], tempDir(), envFor(s));
    const report = JSON.parse(run.stdout) as { summary: { clients: number }; findings: JsonFinding[] };
    expect(report.summary.clients).toBe(260);
    const wrongCase = report.findings.filter((f) => f.ruleId === 'organization-usage-enum').map((f) => f.file);
    expect(new Set(wrongCase).size).toBe(87);
    expect(wrongCase).toContain(`${s.url}/api/v2/clients/c0258`);
    const pages = s.requests.filter((r) => r.method === 'GET' && r.path === '/api/v2/clients');
    expect(pages).toHaveLength(3);
  });

  it('never asks for, prints or writes a secret, in any format', async () => {
    s = await server({ clients: mixedClients() });
    const dir = tempDir();
    const run = await live(['audit', '--live', '-f', 'stylish', '-f', 'compact', '-f', 'json=out.json', '--snapshot', 'snap.json', '--debug'], dir, envFor(s));
    expect(run.stdout).toContain(`${s.url}/api/v2/clients/case01`);
    for (const text of [run.stdout, run.stderr, readFileSync(path.join(dir, 'out.json'), 'utf8'), readFileSync(path.join(dir, 'snap.json'), 'utf8')]) {
      expect(text).not.toContain(PLANTED_SECRET);
      expect(text).not.toContain(APP_SECRET);
      expect(text).not.toContain('CERT-DATA');
    }
  });

  it('audit without --live says how to lint files instead (exit 2)', async () => {
    const run = await live(['audit'], tempDir(), {});
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('orglint: orglint audit reads a live tenant: add --live (to lint files, run orglint PATHS)\n');
  });

  it('refuses secrets given as arguments without echoing them', async () => {
    s = await server({ clients: mixedClients() });
    const run = await live(['audit', '--live', '--client-secret', APP_SECRET], tempDir(), envFor(s, { AUTH0_CLIENT_SECRET: '' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--client-secret: credentials are never accepted on the command line');
    expect(run.stderr + run.stdout).not.toContain(APP_SECRET);
    const stray = await live(['audit', '--live', APP_SECRET], tempDir(), envFor(s));
    expect(stray.code).toBe(2);
    expect(stray.stderr + stray.stdout).not.toContain(APP_SECRET);
  });

  it('without read:client_grants, says so once, skips the rules that need grants and still audits clients', async () => {
    s = await server({ clients: mixedClients(), scopes: ALL_SCOPES.filter((x) => x !== 'read:client_grants') });
    const run = await live(['audit', '--live'], tempDir(), envFor(s));
    expect(run.code).toBe(1);
    expect(run.stderr.match(/read:client_grants/g)).toHaveLength(1);
    expect(run.stderr).toContain('the token lacks the read:client_grants scope: client grants were not read and rules that need them are skipped');
    expect(run.stdout).toContain('organization-usage-enum');
    const grantRules = RULES.filter((r) => r.meta.scope === 'clientGrant' || r.meta.needs?.includes('clientGrant')).map((r) => r.id).sort();
    expect(grantRules.length).toBeGreaterThan(0);
    const reason = 'client grants were not read: the token lacks the read:client_grants scope';
    expect(run.stdout).toMatch(/^ {2}skipped \d+ rules: /m);
    expect(run.stdout).toContain(`${grantRules.join(', ')} — ${reason} (in ${s!.url})`);
    const json = await live(['audit', '--live', '-f', 'json'], tempDir(), envFor(s));
    const skipped = (JSON.parse(json.stdout).skippedRules as { reason: string }[]).filter((x) => x.reason === reason);
    expect(skipped).toEqual(grantRules.map((ruleId) => ({ ruleId, reason, tenants: [s!.url] })));
  });

  it('without read:organization_connections, rules that need organizations\' connections are listed as skipped, with the scope', async () => {
    const clients = [{ client_id: 'portal01', name: 'Portal', app_type: 'regular_web', organization_usage: 'require', organization_require_behavior: 'post_login_prompt', oidc_conformant: true }];
    s = await server({ clients, organizations: ORGS, scopes: ALL_SCOPES.filter((x) => x !== 'read:organization_connections') });
    const run = await live(['audit', '--live', '-f', 'json'], tempDir(), envFor(s));
    const report = JSON.parse(run.stdout) as { skippedRules: { ruleId: string; reason: string; tenants: string[] }[] };
    expect(report.skippedRules).toContainEqual({
      ruleId: 'organization-connection-not-enabled-for-client',
      reason: "organizations' enabled connections were not read: the token lacks the read:organization_connections scope",
      tenants: [s.url],
    });
    // and what audit --live never reads is said only where a rule had something to check
    expect(report.skippedRules).toContainEqual({
      ruleId: 'organization-invitation-without-login-route',
      reason: 'orglint audit --live does not read tenant settings',
      tenants: [s.url],
    });
  });
});

describe('audit --live --concurrency', () => {
  it('takes --concurrency N like fix --live (the same findings), and refuses a value out of range', async () => {
    s = await server({ clients: mixedClients(), clientGrants: GRANTS, organizations: ORGS });
    const dir = tempDir();
    const one = await live(['audit', '--live', '-f', 'json', '--concurrency', '1'], dir, envFor(s));
    const many = await live(['audit', '--live', '-f', 'json', '--concurrency', '16'], dir, envFor(s));
    expect(one.stderr).toBe('');
    expect(one.code).toBe(1);
    expect(JSON.parse(many.stdout).findings).toEqual(JSON.parse(one.stdout).findings);
    const bad = await live(['audit', '--live', '--concurrency', '0'], dir, envFor(s));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--concurrency 0: expected a whole number from 1 to 64');
  });
});
