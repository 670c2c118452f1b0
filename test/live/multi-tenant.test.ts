import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startMgmtApiServer, startRecorder, type MgmtApiServer, type Recorder, type ServerOptions } from '../support/mgmt-api-server';
import { ALL_SCOPES, PLANTED_SECRET, envFor, live, manyClients, mixedClients, tempDir } from './helpers';

/** Several tenants in one `audit --live`: each its own server on 127.0.0.1, its own app, its own secret. */
interface Tenant {
  s: MgmtApiServer;
  id: string;
  secret: string;
}

let open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.map((x) => x.close()));
  open = [];
});

/** The suffix of a tenant's variables, as the README documents it: the host, `[^A-Z0-9]` as `_`. */
const key = (host: string) => host.toUpperCase().replace(/[^A-Z0-9]/g, '_');

/** The plain variables hold a decoy: with several tenants they must never be used, nor sent anywhere. */
const DECOY_ID = 'plain-decoy-client-id';
const DECOY_SECRET = 'plain-decoy-secret-Qw7Rt5';

async function tenant(name: string, opts: ServerOptions = {}, scopes = ALL_SCOPES): Promise<Tenant> {
  const id = `${name}-app-id`;
  const secret = `${name}-secret-${Math.random().toString(36).slice(2, 10)}Zx9`;
  const s = await startMgmtApiServer({ apps: [{ client_id: id, client_secret: secret, scopes }], ...opts });
  open.push(s);
  return { s, id, secret };
}

function envOf(tenants: readonly Tenant[], extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = envFor(tenants[0].s, { AUTH0_DOMAIN: '', AUTH0_CLIENT_ID: DECOY_ID, AUTH0_CLIENT_SECRET: DECOY_SECRET });
  for (const t of tenants) {
    env[`AUTH0_CLIENT_ID__${key(t.s.host)}`] = t.id;
    env[`AUTH0_CLIENT_SECRET__${key(t.s.host)}`] = t.secret;
  }
  return { ...env, ...extra };
}

const domains = (tenants: readonly Tenant[]) => tenants.flatMap((t) => ['--domain', t.s.url]);

interface JsonReport {
  findings: { file: string; ruleId: string }[];
  summary: { clients: number; errors: number };
  tenants: { tenant: string; audited: boolean; clients?: number; errors?: number; reason?: string }[];
  skippedRules?: { ruleId: string; tenants: string[] }[];
}

describe('orglint audit --live with several --domain', () => {
  it('reads each tenant with its own credentials only, and reports the tenants one after another in the order given', async () => {
    // alpha and bravo may not read client grants: each says so, and the skipped rules name both
    const noGrants = ALL_SCOPES.filter((x) => x !== 'read:client_grants');
    const a = await tenant('alpha', { clients: mixedClients() }, noGrants);
    const b = await tenant('bravo', { clients: manyClients(7, 'b') }, noGrants);
    const c = await tenant('charlie', { clients: [{ client_id: 'c1', name: 'Clean', app_type: 'spa', organization_usage: 'deny' }] });
    // charlie gets a ready token instead of client credentials
    const token = c.s.mintToken({ scopes: ALL_SCOPES, clientId: c.id });
    const env = envOf([a, b], { [`AUTH0_ACCESS_TOKEN__${key(c.s.host)}`]: token });
    const run = await live(['audit', '--live', ...domains([b, a, c]), '-f', 'json'], tempDir(), env);
    const note = 'the token lacks the read:client_grants scope: client grants were not read and rules that need them are skipped (grant the scope to the application for the Auth0 Management API)';
    expect(run.stderr).toBe(`orglint: ${b.s.host}: ${note}\norglint: ${a.s.host}: ${note}\n`);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.tenants.map((t) => [t.tenant, t.audited, t.clients])).toEqual([
      [b.s.url, true, 7],
      [a.s.url, true, 4],
      [c.s.url, true, 1],
    ]);
    expect(report.summary.clients).toBe(12);
    expect(report.summary.errors).toBe(report.tenants.reduce((n, t) => n + (t.errors ?? 0), 0));
    // grouped: every finding of bravo, then alpha's (charlie is clean), each tenant's files under its own URL
    const owner = report.findings.map((f) => [b, a, c].findIndex((t) => f.file.startsWith(`${t.s.url}/api/v2/`)));
    expect(owner).not.toContain(-1);
    expect(owner).toEqual([...owner].sort());
    expect(new Set(owner)).toEqual(new Set([0, 1]));
    // the skipped rules name each tenant they were skipped in
    const skipped = (report.skippedRules ?? []).filter((x) => /read:client_grants/.test((x as { reason?: string }).reason ?? ''));
    expect(skipped.length).toBeGreaterThan(0);
    for (const x of skipped) expect(x.tenants).toEqual([b.s.url, a.s.url]);
    // each server saw its own credentials and nobody else's; the plain variables went nowhere
    for (const t of [a, b, c]) {
      const seen = t.s.received.join('\n');
      for (const other of [a, b, c].filter((x) => x !== t)) {
        expect(seen).not.toContain(other.secret);
        expect(seen).not.toContain(other.id);
      }
      expect(seen).not.toContain(DECOY_SECRET);
      expect(seen).not.toContain(DECOY_ID);
    }
    expect(a.s.tokensIssued).toBe(1);
    expect(b.s.tokensIssued).toBe(1);
    expect(c.s.tokensIssued).toBe(0);
    expect(c.s.received.some((r) => r.startsWith(`Bearer ${token}`))).toBe(true);
    for (const t of [a, b]) expect(t.s.received.some((r) => r.includes(encodeURIComponent(t.secret)) || r.includes(t.secret))).toBe(true);
    // and every tenant's requests are bounded: a page of clients, grants, organizations
    for (const t of [a, b, c]) expect(t.s.requests.length).toBeLessThanOrEqual(5);
    expect(run.stdout + run.stderr).not.toContain(PLANTED_SECRET);
  });

  it('a tenant whose token fetch fails is reported as not audited in every format, the others are audited, exit 2, no secret anywhere', async () => {
    const a = await tenant('alpha', { clients: mixedClients() });
    const b = await tenant('bravo', { clients: mixedClients() });
    // bravo's token endpoint refuses, echoing every tenant's secret in the spellings a server might use
    const forms = (x: string) => [x, encodeURIComponent(x), JSON.stringify(x).slice(1, -1), Buffer.from(x).toString('base64'), Buffer.from(x).toString('base64url')];
    const echo = [...forms(a.secret), ...forms(b.secret), Buffer.from(`${b.id}:${b.secret}`).toString('base64')].join(' | ');
    b.s.inject({ method: 'POST', path: '/oauth/token', status: 401, body: { error: 'access_denied', error_description: `Unauthorized: ${echo}` } });
    const dir = tempDir();
    const formats = ['json=r.json', 'sarif=r.sarif', 'markdown=r.md', 'html=r.html', 'junit=r.xml', 'github=r.gh', 'compact=r.txt'];
    const run = await live(['audit', '--live', ...domains([a, b]), '-f', 'stylish', ...formats.flatMap((f) => ['-f', f])], dir, envOf([a, b]));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`orglint: ${b.s.host}: not audited: the tenant refused AUTH0_CLIENT_ID__${key(b.s.host)} / AUTH0_CLIENT_SECRET__${key(b.s.host)} (401 access_denied)`);
    expect(run.stderr).toContain(`orglint: 1 of 2 tenants not audited (${b.s.url}): nothing was checked there\n`);
    // alpha was audited all the same
    expect(run.stdout).toContain(`${a.s.url}/api/v2/clients/case01`);
    expect(run.stdout).toMatch(/^✖ 1 of 2 tenants not audited: the totals cover the others only$/m);
    expect(run.stdout).toContain(`    ${b.s.url}  not audited: the tenant refused`);
    expect(run.stdout).toContain(`    ${a.s.url}  4 clients: `);
    const files = Object.fromEntries(formats.map((f) => f.split('=')[1]).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
    const json = JSON.parse(files['r.json']) as JsonReport;
    expect(json.tenants).toEqual([
      { tenant: a.s.url, audited: true, clients: 4, errors: expect.any(Number), warnings: expect.any(Number), infos: expect.any(Number) },
      { tenant: b.s.url, audited: false, reason: expect.stringContaining('the tenant refused') },
    ]);
    expect(json.findings.every((f) => f.file.startsWith(`${a.s.url}/`))).toBe(true);
    const sarif = JSON.parse(files['r.sarif']) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[] }[] };
    const inv = sarif.runs[0].invocations[0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications).toContainEqual(expect.objectContaining({ level: 'error', message: { text: expect.stringContaining(`tenant ${b.s.url}: not audited`) } }));
    expect(files['r.md']).toMatch(/^## orglint: ❌ 1 of 2 tenants not audited/);
    expect(files['r.md']).toContain('**not audited**');
    expect(files['r.html']).toContain('tenants not audited');
    expect(files['r.xml']).toMatch(/<testsuites name="orglint" tests="\d+" failures="\d+" errors="1">/);
    expect(files['r.xml']).toContain(`<testcase classname="orglint.tenants" name="${b.s.url}"><error message="not audited: the tenant refused`);
    expect(files['r.gh']).toContain('::error title=orglint%3A tenant not audited::');
    expect(files['r.txt']).toContain(`orglint: tenant ${b.s.url}: not audited: `);
    const everything = [run.stdout, run.stderr, ...Object.values(files)].join('\n');
    expect(everything).toContain('[redacted]');
    for (const f of [...forms(a.secret), ...forms(b.secret)]) expect(everything).not.toContain(f);
    expect(everything).not.toContain(DECOY_SECRET);
  });

  it("a tenant without its own variables is not audited (the plain AUTH0_CLIENT_SECRET is never used for it) and its server gets nothing", async () => {
    const a = await tenant('alpha', { clients: mixedClients() });
    const b = await tenant('bravo', { clients: mixedClients() });
    // the plain variables hold alpha's real credentials: they still must not be used with several tenants
    const env = envOf([b], { AUTH0_CLIENT_ID: a.id, AUTH0_CLIENT_SECRET: a.secret });
    const run = await live(['audit', '--live', ...domains([a, b]), '-f', 'json'], tempDir(), env);
    expect(run.code).toBe(2);
    const k = key(a.s.host);
    expect(run.stderr).toContain(`orglint: ${a.s.host}: not audited: no credentials: set AUTH0_CLIENT_ID__${k} and AUTH0_CLIENT_SECRET__${k}`);
    expect(a.s.received).toEqual([]);
    expect(b.s.received.join('\n')).not.toContain(a.secret);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.tenants.map((t) => t.audited)).toEqual([false, true]);
    expect(run.stdout + run.stderr).not.toContain(a.secret);
  });

  it("a tenant's redirect stops only that tenant; the redirect's target gets nothing", async () => {
    const trap: Recorder = await startRecorder();
    open.push(trap);
    const a = await tenant('alpha', { clients: mixedClients() });
    const b = await tenant('bravo', { clients: mixedClients() });
    b.s.inject({ method: 'GET', path: '/api/v2/clients', redirectTo: `${trap.url}/steal` });
    const run = await live(['audit', '--live', ...domains([a, b]), '-f', 'json'], tempDir(), envOf([a, b]));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`orglint: ${b.s.host}: not audited: GET /api/v2/clients was answered 307, a redirect to ${trap.host}: orglint follows no redirect`);
    expect(trap.hits).toEqual([]);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.tenants.map((t) => t.audited)).toEqual([true, false]);
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('a read that fails after the clients were read leaves that tenant not audited (none of its findings shown), the other audited', async () => {
    const a = await tenant('alpha', { clients: mixedClients() });
    const b = await tenant('bravo', { clients: mixedClients() });
    a.s.inject({ method: 'GET', path: '/api/v2/organizations', status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Not Found' }, times: Infinity });
    const run = await live(['audit', '--live', ...domains([a, b]), '-f', 'json'], tempDir(), envOf([a, b]));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`orglint: ${a.s.host}: not audited: GET /api/v2/organizations was not found (404`);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.tenants.map((t) => t.audited)).toEqual([false, true]);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.file.startsWith(`${b.s.url}/`))).toBe(true);
    expect(a.s.requests.filter((r) => r.path === '/api/v2/organizations')).toHaveLength(1);
  });

  it("one tenant's 429 with Retry-After pauses only that tenant: the other is read meanwhile", async () => {
    const a = await tenant('alpha', { clients: manyClients(3, 'a') });
    const b = await tenant('bravo', { clients: manyClients(250, 'b') });
    a.s.inject({ method: 'GET', path: '/api/v2/clients', status: 429, headers: { 'retry-after': '2', 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '0' }, body: { statusCode: 429, error: 'Too Many Requests', message: 'Global limit has been reached', errorCode: 'too_many_requests' } });
    const run = await live(['audit', '--live', ...domains([a, b]), '-f', 'json'], tempDir(), envOf([a, b]));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.tenants.map((t) => t.clients)).toEqual([3, 250]);
    const aClients = a.s.requests.filter((r) => r.path === '/api/v2/clients');
    expect(aClients.map((r) => r.status)).toEqual([429, 200]);
    // bravo read its three pages (and the rest) while alpha waited the 2 s it was told to
    const bLast = Math.max(...b.s.requests.map((r) => r.at));
    expect(bLast).toBeLessThan(aClients[1].at);
    expect(aClients[1].at - aClients[0].at).toBeGreaterThanOrEqual(1900);
    expect(b.s.count429).toBe(0);
  });

  it('--snapshot names a folder with one dump a tenant, each lintable offline', async () => {
    const a = await tenant('alpha', { clients: mixedClients() });
    const b = await tenant('bravo', { clients: manyClients(5, 'b') });
    const dir = tempDir();
    const run = await live(['audit', '--live', ...domains([a, b]), '-f', 'json', '--snapshot', 'snaps'], dir, envOf([a, b]));
    const name = (t: Tenant) => `${t.s.host.replace(':', '_')}.json`;
    expect(run.stderr).toContain(`orglint: wrote ${path.join('snaps', name(a))} (4 clients)`);
    expect(run.stderr).toContain(`orglint: wrote ${path.join('snaps', name(b))} (5 clients)`);
    for (const t of [a, b]) expect(existsSync(path.join(dir, 'snaps', name(t)))).toBe(true);
    const offline = await live([path.join('snaps', name(b)), '-f', 'json'], dir, {});
    expect(JSON.parse(offline.stdout).summary.clients).toBe(5);
    expect(readFileSync(path.join(dir, 'snaps', name(a)), 'utf8')).not.toContain(PLANTED_SECRET);
  });

  it("a tenant that sends another tenant's secret (in a client's name, base64, percent-encoded) shows none of it, in any format or snapshot", async () => {
    const a = await tenant('alpha', { clients: mixedClients() });
    const b = await tenant('bravo');
    const b64 = Buffer.from(`${a.id}:${a.secret}`).toString('base64');
    for (const [i, name] of [`Leak ${a.secret}`, `B64 ${b64}`, `Pct ${encodeURIComponent(a.secret + '&')}`, `Esc \u001b[2J ${Buffer.from(a.secret).toString('base64url')}`].entries()) {
      b.s.clients.set(`leak0${i}`, { client_id: `leak0${i}`, name, app_type: 'spa', organization_usage: 'Allow' });
    }
    const dir = tempDir();
    const formats = ['json=r.json', 'sarif=r.sarif', 'markdown=r.md', 'html=r.html', 'junit=r.xml', 'github=r.gh', 'compact=r.txt'];
    const run = await live(['audit', '--live', ...domains([a, b]), '-f', 'stylish', ...formats.flatMap((f) => ['-f', f]), '--snapshot', 'snaps'], dir, envOf([a, b]));
    expect(run.code).toBe(1);
    const texts = [run.stdout, run.stderr, ...formats.map((f) => readFileSync(path.join(dir, f.split('=')[1]), 'utf8')), readFileSync(path.join(dir, 'snaps', `${b.s.host.replace(':', '_')}.json`), 'utf8')];
    const report = JSON.parse(texts[2]) as JsonReport;
    expect(report.findings.filter((f) => f.file.startsWith(`${b.s.url}/api/v2/clients/leak0`)).length).toBeGreaterThanOrEqual(4);
    for (const t of texts) {
      for (const f of [a.secret, encodeURIComponent(a.secret), b64, Buffer.from(a.secret).toString('base64url'), b.secret]) expect(t).not.toContain(f);
    }
    // what reaches the terminal carries no escape sequence from a tenant (stylish shows the names escaped)
    for (const t of [run.stdout, run.stderr]) expect(t).not.toContain('\u001b[2J');
  });

  it('--quiet and --max-warnings count every tenant together', async () => {
    const warnOnly = [{ client_id: 'w1', name: 'W', app_type: 'regular_web', organization_usage: 'deny', organization_require_behavior: 'pre_login_prompt' }];
    const a = await tenant('alpha', { clients: warnOnly });
    const b = await tenant('bravo', { clients: warnOnly });
    const env = envOf([a, b]);
    const ok = await live(['audit', '--live', ...domains([a, b]), '-f', 'json', '--max-warnings', '2'], tempDir(), env);
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as JsonReport).tenants.map((t) => (t as { warnings?: number }).warnings)).toEqual([1, 1]);
    const over = await live(['audit', '--live', ...domains([a, b]), '--max-warnings', '1', '--quiet'], tempDir(), env);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('orglint: 2 warnings, more than --max-warnings 1\n');
    expect(over.stdout).not.toContain('require-behavior-without-require');
    expect(over.stdout).toContain('  2 tenants audited:\n');
    // the totals count the warnings --quiet leaves out, and say so
    expect(over.stdout).toContain('⚠ 2 problems (0 errors, 2 warnings, 0 infos)');
    expect(over.stdout).toContain('  2 warnings not shown (--quiet)\n');
    const j = JSON.parse((await live(['audit', '--live', ...domains([a, b]), '-f', 'json', '--quiet'], tempDir(), env)).stdout) as JsonReport & { quietHidden: unknown };
    expect([(j.summary as { warnings?: number }).warnings, j.findings.length, j.quietHidden]).toEqual([2, 0, { warnings: 2, infos: 0 }]);
    expect(j.tenants.map((t) => (t as { warnings?: number }).warnings)).toEqual([1, 1]);
  });

  it('refuses an empty --domain and one tenant spelled two ways, before sending anything', async () => {
    const a = await tenant('alpha', { clients: mixedClients() });
    const empty = await live(['audit', '--live', '--domain', a.s.url, '--domain', ' '], tempDir(), envOf([a]));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('orglint: --domain " ": no tenant named (give each --domain a domain or URL)\n');
    const spelled = await live(['audit', '--live', '--domain', 'acme.eu.auth0.com', '--domain', 'https://ACME.eu.auth0.com:443'], tempDir(), envOf([a]));
    expect(spelled.code).toBe(2);
    expect(spelled.stderr).toBe('orglint: --domain "https://ACME.eu.auth0.com:443": the tenant https://acme.eu.auth0.com is named twice\n');
    expect(a.s.received).toEqual([]);
  });

  it('refuses the same tenant twice, and two tenants whose variables would share a name, before sending anything', async () => {
    const a = await tenant('alpha', { clients: mixedClients() });
    const twice = await live(['audit', '--live', '--domain', a.s.url, '--domain', a.s.url], tempDir(), envOf([a]));
    expect(twice.code).toBe(2);
    expect(twice.stderr).toBe(`orglint: --domain ${JSON.stringify(a.s.url)}: the tenant ${a.s.url} is named twice\n`);
    const clash = await live(['audit', '--live', '--domain', 'a-b.eu.auth0.com', '--domain', 'a.b.eu.auth0.com'], tempDir(), envOf([a]));
    expect(clash.code).toBe(2);
    expect(clash.stderr).toBe(
      'orglint: --domain a-b.eu.auth0.com and --domain a.b.eu.auth0.com both take their credentials from AUTH0_CLIENT_ID__A_B_EU_AUTH0_COM (the suffix is the host with every character but letters and digits as _): audit them in separate runs\n',
    );
    const bad = await live(['audit', '--live', '--domain', a.s.url, '--domain', 'http://example.com'], tempDir(), envOf([a]));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('plain http is only allowed for this machine');
    expect(a.s.received).toEqual([]);
  });

  it('fix --live and rollback change one tenant at a time: several --domain are refused, nothing sent', async () => {
    const a = await tenant('alpha', { clients: mixedClients() });
    const b = await tenant('bravo', { clients: mixedClients() });
    const dir = tempDir();
    const msg = (cmd: string) => `orglint: orglint ${cmd} changes one tenant at a time (got --domain 2 times): run it once per tenant; orglint audit --live reads several in one run\n`;
    const fix = await live(['fix', '--live', '--yes', ...domains([a, b])], dir, envOf([a, b]));
    expect(fix.code).toBe(2);
    expect(fix.stderr).toBe(msg('fix'));
    const plan = await live(['fix', '--live', ...domains([a, b])], dir, envOf([a, b]));
    expect(plan.stderr).toBe(msg('fix'));
    const journal = path.join(dir, 'j.jsonl');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(journal, `${JSON.stringify({ type: 'run', op: 'fix', tenant: a.s.url, at: new Date().toISOString() })}\n`);
    const rb = await live(['rollback', '--journal', 'j.jsonl', '--yes', ...domains([a, b])], dir, envOf([a, b]));
    expect(rb.code).toBe(2);
    expect(rb.stderr).toBe(msg('rollback'));
    expect(a.s.received).toEqual([]);
    expect(b.s.received).toEqual([]);
  });

  it('still refuses credentials on the command line, without echoing them', async () => {
    const a = await tenant('alpha', { clients: mixedClients() });
    const b = await tenant('bravo', { clients: mixedClients() });
    const run = await live(['audit', '--live', ...domains([a, b]), `--client-secret=${a.secret}`], tempDir(), envOf([a, b]));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--client-secret: credentials are never accepted on the command line');
    expect(run.stderr + run.stdout).not.toContain(a.secret);
    expect(a.s.received).toEqual([]);
  });
});
