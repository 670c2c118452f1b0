import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, describe, expect, it } from 'vitest';
import { startMgmtApiServer, type MgmtApiServer, type ServerOptions } from '../support/mgmt-api-server';
import { startTestProxy } from '../support/test-proxy';
import { ALL_SCOPES, envFor, live, manyClients, mixedClients, tempDir } from './helpers';

/**
 * Attacks on issue 18 item 4 (several tenants in one `audit --live`), each tenant a real test server on 127.0.0.1
 * with its own app and secret, through the real bundled CLI.
 */
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

const key = (host: string) => host.toUpperCase().replace(/[^A-Z0-9]/g, '_');
const DECOY_SECRET = 'plain-decoy-secret-Hh3Jk8Lm';

async function tenant(name: string, opts: ServerOptions = {}): Promise<Tenant> {
  const id = `${name}-app-id`;
  const secret = `${name}-secret-${Math.random().toString(36).slice(2, 10)}Qv7`;
  const s = await startMgmtApiServer({ apps: [{ client_id: id, client_secret: secret, scopes: ALL_SCOPES }], ...opts });
  open.push(s);
  return { s, id, secret };
}

function envOf(tenants: readonly Tenant[], extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = envFor(tenants[0].s, { AUTH0_DOMAIN: '', AUTH0_CLIENT_ID: 'plain-decoy-id', AUTH0_CLIENT_SECRET: DECOY_SECRET });
  for (const t of tenants) {
    env[`AUTH0_CLIENT_ID__${key(t.s.host)}`] = t.id;
    env[`AUTH0_CLIENT_SECRET__${key(t.s.host)}`] = t.secret;
  }
  return { ...env, ...extra };
}

const domains = (tenants: readonly Tenant[]) => tenants.flatMap((t) => ['--domain', t.s.url]);
const FORMATS = ['json=r.json', 'sarif=r.sarif', 'markdown=r.md', 'html=r.html', 'junit=r.xml', 'github=r.gh', 'compact=r.txt', 'stylish=r.stylish'];
const readAll = (dir: string): Record<string, string> => Object.fromEntries(FORMATS.map((f) => f.split('=')[1]).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));

/** Each server saw its own secret, and no other tenant's nor the plain decoy. */
function ownCredentialsOnly(tenants: readonly Tenant[]): void {
  for (const t of tenants) {
    const seen = t.s.received.join('\n');
    for (const o of tenants) if (o !== t) expect(seen).not.toContain(o.secret);
    expect(seen).not.toContain(DECOY_SECRET);
  }
}

function sarifValidator() {
  const schema = JSON.parse(readFileSync(path.resolve(__dirname, '../data/sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s) && URL.canParse(s, 'file:///repo/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

describe('attack: several tenants in one audit --live', () => {
  it('20 tenants at once: all audited, in the order given, each server saw only its own credentials', async () => {
    const ts = await Promise.all(Array.from({ length: 20 }, (_, i) => tenant(`t${i}`, { clients: manyClients(3 + i, `c${i}x`) })));
    // given in reverse: the report follows the order given, not the order the reads end
    const order = [...ts].reverse();
    const run = await live(['audit', '--live', ...domains(order), '-f', 'json'], tempDir(), envOf(ts), 60_000);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { tenants: { tenant: string; audited: boolean; clients: number }[]; findings: { file: string }[] };
    expect(report.tenants.map((t) => [t.tenant, t.audited, t.clients])).toEqual(order.map((t, i) => [t.s.url, true, 3 + 19 - i]));
    const owner = report.findings.map((f) => order.findIndex((t) => f.file.startsWith(`${t.s.url}/api/v2/`)));
    expect(owner).toEqual([...owner].sort((a, b) => a - b));
    ownCredentialsOnly(ts);
    for (const t of ts) expect(t.s.tokensIssued).toBe(1);
  });

  it('AUTH0_DOMAIN naming a third tenant with the plain credentials: that tenant gets nothing in a several-tenant run', async () => {
    const a = await tenant('alpha', { clients: mixedClients() });
    const b = await tenant('bravo', { clients: mixedClients() });
    const c = await tenant('charlie', { clients: mixedClients() });
    const env = envOf([a, b], { AUTH0_DOMAIN: c.s.url, AUTH0_CLIENT_ID: c.id, AUTH0_CLIENT_SECRET: c.secret });
    const run = await live(['audit', '--live', ...domains([a, b]), '-f', 'json'], tempDir(), env);
    expect(run.code).toBe(1);
    expect(c.s.received).toEqual([]);
    expect(a.s.received.join('\n')).not.toContain(c.secret);
    expect(b.s.received.join('\n')).not.toContain(c.secret);
  });

  it("spellings of one loopback tenant (trailing slash, hex or decimal IPv4, case) are refused as the same tenant, before sending", async () => {
    const a = await tenant('alpha', { clients: mixedClients() });
    const port = a.s.url.split(':')[2];
    for (const other of [`${a.s.url}/`, `http://0x7f000001:${port}`, `http://2130706433:${port}`, `HTTP://127.0.0.1:${port}`, `http://127.0.0.1.:${port}`]) {
      const run = await live(['audit', '--live', '--domain', a.s.url, '--domain', other], tempDir(), envOf([a]));
      expect(run.code, other).toBe(2);
      expect(run.stderr).toBe(`orglint: --domain ${JSON.stringify(other)}: the tenant ${a.s.url} is named twice\n`);
    }
    // http and https of one host: same variables, refused
    const both = await live(['audit', '--live', '--domain', a.s.url, '--domain', `https://127.0.0.1:${port}`], tempDir(), envOf([a]));
    expect(both.code).toBe(2);
    expect(both.stderr).toContain(`both take their credentials from AUTH0_CLIENT_ID__127_0_0_1_${port}`);
    // userinfo and a path are refused as for one tenant
    for (const bad of [`http://alpha@127.0.0.1:${port}`, `http://127.0.0.1:${port}/api/v2`, `http://127.0.0.1:${port}?x=1`]) {
      const run = await live(['audit', '--live', '--domain', a.s.url, '--domain', bad], tempDir(), envOf([a]));
      expect(run.code, bad).toBe(2);
      expect(run.stderr).toContain('expected only scheme, host and port');
    }
    // a trailing dot (a fully qualified name) and an IDN spelled in Unicode and in punycode: the same tenant too
    // (before: `acme.eu.auth0.com` and `https://acme.eu.auth0.com.` were read as two tenants)
    for (const [one, other, origin] of [
      ['acme.eu.auth0.com', 'https://acme.eu.auth0.com.', 'https://acme.eu.auth0.com'],
      ['https://acme.eu.auth0.com.:443', 'acme.eu.auth0.com', 'https://acme.eu.auth0.com.'],
      ['https://bücher.eu.auth0.com', 'xn--bcher-kva.eu.auth0.com', 'https://xn--bcher-kva.eu.auth0.com'],
    ]) {
      const run = await live(['audit', '--live', '--domain', one, '--domain', other], tempDir(), envOf([a]));
      expect(run.code, other).toBe(2);
      expect(run.stderr).toBe(`orglint: --domain ${JSON.stringify(other)}: the tenant ${origin} is named twice\n`);
    }
    expect(a.s.received).toEqual([]);
  });

  it("one tenant answering malformed JSON, one oversized: both not audited, the third audited, exit 2 even with --quiet and --max-warnings, SARIF valid", async () => {
    const a = await tenant('alpha', { clients: mixedClients() });
    const b = await tenant('bravo', { clients: mixedClients() });
    const c = await tenant('charlie', { clients: mixedClients() });
    b.s.inject({ method: 'GET', path: '/api/v2/clients', status: 200, raw: '{"clients": [ {"client_id": "x", ', times: Infinity });
    c.s.inject({ method: 'GET', path: '/api/v2/clients', status: 200, oversizeBytes: 3 * 1024 * 1024, times: Infinity });
    const dir = tempDir();
    const run = await live(
      ['audit', '--live', ...domains([a, b, c]), '--quiet', '--max-warnings', '1000', ...FORMATS.flatMap((f) => ['-f', f])],
      dir,
      envOf([a, b, c], { ORGLINT_MAX_ANSWER_BYTES: String(1024 * 1024) }),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`orglint: ${b.s.host}: not audited: `);
    expect(run.stderr).toContain(`orglint: ${c.s.host}: not audited: `);
    expect(run.stderr).toContain(`orglint: 2 of 3 tenants not audited (${b.s.url}, ${c.s.url}): nothing was checked there\n`);
    const files = readAll(dir);
    const json = JSON.parse(files['r.json']) as { tenants: { tenant: string; audited: boolean }[] };
    expect(json.tenants.map((t) => [t.tenant, t.audited])).toEqual([
      [a.s.url, true],
      [b.s.url, false],
      [c.s.url, false],
    ]);
    const validate = sarifValidator();
    const sarif = JSON.parse(files['r.sarif']);
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
    ownCredentialsOnly([a, b, c]);
  });

  it("a tenant's error text with markup and workflow-command injection (|, newline, %0A::, </li><script>) stays text in every format, and the other tenant's secret is masked", async () => {
    const a = await tenant('alpha', { clients: mixedClients() });
    const b = await tenant('bravo', { clients: mixedClients() });
    const evil = `bad | col2 | col3 |\n## heading %0A::error::pwned </li><script>alert(1)</script> ]]> \u001b[31mred\u001b[0m \u202eevil ${a.secret}`;
    b.s.inject({ method: 'GET', path: '/api/v2/clients', status: 400, body: { statusCode: 400, error: 'Bad Request', message: evil, errorCode: `x-${a.secret.slice(3)}` }, times: Infinity });
    const dir = tempDir();
    const run = await live(['audit', '--live', ...domains([a, b]), '--debug', ...FORMATS.flatMap((f) => ['-f', f]), '--snapshot', 'snaps'], dir, envOf([a, b]));
    expect(run.code).toBe(2);
    const files: Record<string, string> = { ...readAll(dir), snap: readFileSync(path.join(dir, 'snaps', `${a.s.host.replace(':', '_')}.json`), 'utf8') };
    const everything = [run.stdout, run.stderr, ...Object.values(files)].join('\n');
    expect(everything).not.toContain(a.secret);
    expect(everything).not.toContain(a.secret.slice(3));
    expect(everything).not.toContain('\u001b');
    expect(everything).not.toContain('\u202e');
    expect(files['r.html']).not.toContain('<script>alert');
    expect(files['r.xml']).not.toContain('<script>alert');
    // GitHub: no second workflow command smuggled into the data
    expect(files['r.gh'].split('\n').filter((l) => l.startsWith('::error::pwned'))).toEqual([]);
    expect(files['r.gh']).not.toMatch(/[^%]%0A::error::pwned/);
    // Markdown: the tenants table keeps its six columns in the unaudited row
    const row = files['r.md'].split('\n').find((l) => l.includes('**not audited**'))!;
    expect(row.replace(/\\\|/g, '').split('|').length).toBe(8);
    expect(files['r.md']).not.toMatch(/^## heading/m);
    ownCredentialsOnly([a, b]);
  });

  const NASTY = (c: Record<string, unknown>) => ({ ...c, name: `\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007 \u001b[2J${String(c.name)}\u0085\u009b31m\u202e` });
  const RAW = /[\u001b\u0007\u0085\u009b\u202e]/g;
  const rawIn = (texts: Record<string, string>) => Object.entries(texts).map(([name, text]) => `${name}:${[...text.matchAll(RAW)].map((m) => m[0].charCodeAt(0).toString(16)).join(',')}`);

  it("control characters, ANSI escapes and bidi overrides in one tenant's client names reach no terminal or rendered format raw", async () => {
    // before: formatMessage escaped C0/C1 but left U+202E (and the other bidi overrides) raw, so a hostile tenant's
    // client name reordered the stylish/compact lines on the terminal and the GitHub annotations and Markdown comment
    const a = await tenant('alpha', { clients: mixedClients() });
    const b = await tenant('bravo', { clients: mixedClients().map(NASTY) });
    const dir = tempDir();
    const run = await live(['audit', '--live', ...domains([a, b]), '-f', 'stylish', ...FORMATS.flatMap((f) => ['-f', f])], dir, envOf([a, b]));
    expect(run.code).toBe(1);
    const files = readAll(dir);
    const shown = { stdout: run.stdout, stderr: run.stderr, md: files['r.md'], gh: files['r.gh'], compact: files['r.txt'], stylish: files['r.stylish'] };
    expect(rawIn(shown)).toEqual(Object.keys(shown).map((n) => `${n}:`));
    expect(run.stdout).toContain('Clean Portal\\u0085\\u009b31m\\u202e');
    // the data formats stay valid (raw C1 is valid in JSON strings; escaped where it must be in XML)
    expect(() => JSON.parse(files['r.json'])).not.toThrow();
    const validate = sarifValidator();
    expect(validate(JSON.parse(files['r.sarif'])), JSON.stringify(validate.errors)).toBe(true);
    expect(files['r.xml']).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  // before: the HTML report's esc() left C0/C1 and U+202E raw: a bidi override in a tenant's client name reordered
  // what the reader of the report saw of the name (Trojan Source style)
  it('the HTML report shows no raw bidi override or C0/C1 from a tenant\'s client names', async () => {
    const a = await tenant('alpha', { clients: mixedClients() });
    const b = await tenant('bravo', { clients: mixedClients().map(NASTY) });
    const dir = tempDir();
    await live(['audit', '--live', ...domains([a, b]), '-f', 'html=r.html'], dir, envOf([a, b]));
    const html = readFileSync(path.join(dir, 'r.html'), 'utf8');
    expect(rawIn({ html })).toEqual(['html:']);
  });

  it('a proxy for one tenant (NO_PROXY names the other): the proxy carries none of the other tenant\'s traffic or secret', async () => {
    const a = await tenant('alpha', { clients: mixedClients() });
    const b = await tenant('bravo', { clients: mixedClients() });
    const proxy = await startTestProxy();
    open.push(proxy);
    const run = await live(['audit', '--live', ...domains([a, b]), '-f', 'json'], tempDir(), envOf([a, b], { HTTP_PROXY: proxy.url, NO_PROXY: a.s.host }));
    expect(run.code).toBe(1);
    const through = [...proxy.tunnels, ...proxy.forwarded].join('\n');
    expect(through).toContain(b.s.host);
    expect(through).not.toContain(a.s.host);
    ownCredentialsOnly([a, b]);
  });

  it('one --domain reads the plain variables exactly as AUTH0_DOMAIN does: the same bytes, no tenants list', async () => {
    const a = await tenant('alpha', { clients: mixedClients() });
    const plain = { AUTH0_CLIENT_ID: a.id, AUTH0_CLIENT_SECRET: a.secret };
    for (const f of ['json', 'stylish', 'sarif', 'markdown', 'junit']) {
      const byEnv = await live(['audit', '--live', '-f', f], tempDir(), envFor(a.s, plain));
      const byFlag = await live(['audit', '--live', '--domain', a.s.url, '-f', f], tempDir(), envFor(a.s, { ...plain, AUTH0_DOMAIN: '' }));
      const strip = (t: string) => t.replace(/"(startTimeUtc|endTimeUtc|timestamp)":\s*"[^"]*"/g, '').replace(/timestamp="[^"]*"|time="[^"]*"/g, '');
      expect(strip(byFlag.stdout), f).toBe(strip(byEnv.stdout));
      expect(byFlag.code).toBe(byEnv.code);
      expect(byFlag.stdout).not.toContain('tenants audited');
      if (f === 'json') expect(JSON.parse(byFlag.stdout)).not.toHaveProperty('tenants');
    }
  });
  it('a mistake every tenant shares (--max-rps, ORGLINT_MAX_ANSWER_BYTES, a proxy variable) is one usage error, as with one tenant: no report, nothing sent', async () => {
    // before: each tenant was reported "not audited" with the same reason (N times on stderr, and in every report
    // file), as if the tenants had failed; the single-tenant run says it once, before anything
    const a = await tenant('alpha', { clients: mixedClients() });
    const b = await tenant('bravo', { clients: mixedClients() });
    const cases: [string[], NodeJS.ProcessEnv, string][] = [
      [['--max-rps', 'abc'], {}, 'orglint: --max-rps "abc": expected a positive number of requests a second\n'],
      [[], { ORGLINT_MAX_ANSWER_BYTES: '12' }, 'orglint: ORGLINT_MAX_ANSWER_BYTES "12": expected a whole number of bytes, at least 1024\n'],
      [[], { HTTP_PROXY: 'not a url' }, 'orglint: HTTP_PROXY is not a proxy URL (expected e.g. http://proxy.example.com:3128); the value is not shown, as it may hold a password\n'],
    ];
    for (const [args, extra, message] of cases) {
      const dir = tempDir();
      const several = await live(['audit', '--live', ...domains([a, b]), ...args, '-f', 'json=r.json'], dir, envOf([a, b], extra));
      const one = await live(['audit', '--live', '--domain', a.s.url, ...args], tempDir(), envFor(a.s, { AUTH0_DOMAIN: '', AUTH0_CLIENT_ID: a.id, AUTH0_CLIENT_SECRET: a.secret, ...extra }));
      expect([several.code, several.stdout, several.stderr]).toEqual([2, '', message]);
      expect([one.code, one.stderr]).toEqual([2, message]);
      expect(existsSync(path.join(dir, 'r.json'))).toBe(false);
    }
    expect(a.s.received).toEqual([]);
    expect(b.s.received).toEqual([]);
  });
  it("the plain AUTH0_ACCESS_TOKEN / AUTH0_API_TOKEN / AUTH0_AUDIENCE are never used with several tenants, even when the plain token is valid for one of them", async () => {
    const a = await tenant('alpha', { clients: mixedClients() });
    const b = await tenant('bravo', { clients: mixedClients() });
    // a token that bravo would accept, in the plain variables, and no variables named for bravo
    const plainToken = b.s.mintToken({ scopes: ALL_SCOPES, clientId: b.id });
    const env = envOf([a], { AUTH0_ACCESS_TOKEN: plainToken, AUTH0_API_TOKEN: plainToken, AUTH0_AUDIENCE: 'https://evil.example/api/v2/' });
    const dir = tempDir();
    const run = await live(['audit', '--live', ...domains([a, b]), '-f', 'json', '-f', 'sarif=r.sarif', '-f', 'junit=r.xml'], dir, env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`orglint: ${b.s.host}: not audited: `);
    expect(b.s.received).toEqual([]);
    // alpha got its token for its own audience, never the plain one nor bravo's token
    const seen = a.s.received.join('\n');
    expect(seen).not.toContain(plainToken);
    expect(seen).not.toContain('evil.example');
    expect(seen).toContain(`${a.s.url}/api/v2/`);
    expect(run.stdout + run.stderr).not.toContain(plainToken);
    // every format still valid with the failed tenant
    const validate = sarifValidator();
    const sarif = JSON.parse(readFileSync(path.join(dir, 'r.sarif'), 'utf8'));
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(readFileSync(path.join(dir, 'r.xml'), 'utf8')).toMatch(/errors="1">/);
  });

  it('every tenant not audited: exit 2 whatever --max-warnings says, valid SARIF with no results, each tenant listed', async () => {
    const a = await tenant('alpha', { clients: mixedClients() });
    const b = await tenant('bravo', { clients: mixedClients() });
    a.s.inject({ method: 'POST', path: '/oauth/token', status: 401, body: { error: 'access_denied', error_description: 'Unauthorized' }, times: Infinity });
    b.s.inject({ method: 'GET', path: '/api/v2/clients', status: 403, body: { statusCode: 403, error: 'Forbidden', message: 'Insufficient scope, expected any of: read:clients', errorCode: 'insufficient_scope' }, times: Infinity });
    const dir = tempDir();
    const run = await live(['audit', '--live', ...domains([a, b]), '--max-warnings', '0', '-f', 'stylish', '-f', 'sarif=r.sarif', '-f', 'json=r.json'], dir, envOf([a, b]));
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^✖ 2 of 2 tenants not audited: the totals cover the others only$/m);
    const sarif = JSON.parse(readFileSync(path.join(dir, 'r.sarif'), 'utf8'));
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(sarif.runs[0].results).toEqual([]);
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
    const json = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')) as { findings: unknown[]; tenants: { audited: boolean; reason?: string }[] };
    expect(json.findings).toEqual([]);
    expect(json.tenants.map((t) => t.audited)).toEqual([false, false]);
    expect(json.tenants[1].reason).toContain('read:clients');
  });
  it("a 429 storm on one tenant (it never stops throttling) leaves that tenant not audited after its bounded retries; the other is audited and never throttled", async () => {
    const a = await tenant('alpha', { clients: mixedClients() });
    const b = await tenant('bravo', { clients: mixedClients() });
    b.s.inject({ method: 'GET', path: '/api/v2/clients', status: 429, headers: { 'retry-after': '0' }, body: { statusCode: 429, error: 'Too Many Requests', message: `Global limit has been reached ${a.secret}` }, times: Infinity });
    const run = await live(['audit', '--live', ...domains([a, b]), '-f', 'json'], tempDir(), envOf([a, b]), 60_000);
    expect(run.code).toBe(2);
    const json = JSON.parse(run.stdout) as { tenants: { tenant: string; audited: boolean; reason?: string; clients?: number }[] };
    expect(json.tenants[0]).toMatchObject({ tenant: a.s.url, audited: true, clients: 4 });
    expect(json.tenants[1]).toMatchObject({ tenant: b.s.url, audited: false });
    expect(json.tenants[1].reason).toMatch(/429/);
    expect(run.stdout + run.stderr).not.toContain(a.secret);
    expect(a.s.count429).toBe(0);
    // bounded: the client gives up after its 429 budget, not endlessly
    const tries = b.s.requests.filter((r) => r.path.startsWith('/api/v2/clients')).length;
    expect(tries).toBeGreaterThan(1);
    expect(tries).toBeLessThanOrEqual(10);
    ownCredentialsOnly([a, b]);
  });
  it("a tenant's error text holding another tenant's secret split in pieces (message and errorCode) shows no piece of 8+ characters", async () => {
    // the README: "a server's error text also loses every run of 8+ characters of a secret (a secret split across
    // message and errorCode)". With several tenants, each tenant's client cut only its own secret's pieces out of
    // what its server said: alpha's secret, split by bravo's server, was shown in two halves
    const a = await tenant('alpha', { clients: mixedClients() });
    const b = await tenant('bravo', { clients: mixedClients() });
    const half = Math.ceil(a.secret.length / 2);
    const [p1, p2] = [a.secret.slice(0, half), a.secret.slice(half)];
    expect(p2.length).toBeGreaterThanOrEqual(8);
    b.s.inject({ method: 'GET', path: '/api/v2/clients', status: 400, body: { statusCode: 400, error: 'Bad Request', message: `bad key ${p1}`, errorCode: p2 }, times: Infinity });
    const dir = tempDir();
    const run = await live(['audit', '--live', ...domains([a, b]), '-f', 'stylish', ...FORMATS.flatMap((f) => ['-f', f])], dir, envOf([a, b]));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`orglint: ${b.s.host}: not audited: `);
    const everything = [run.stdout, run.stderr, ...Object.values(readAll(dir))].join('\n');
    expect(everything).not.toContain(p1);
    expect(everything).not.toContain(p2);
    // and the same pieces of bravo's own secret are cut, as with one tenant
    const one = await tenant('charlie', { clients: mixedClients() });
    const h2 = Math.ceil(one.secret.length / 2);
    one.s.inject({ method: 'GET', path: '/api/v2/clients', status: 400, body: { statusCode: 400, error: 'Bad Request', message: `bad key ${one.secret.slice(0, h2)}`, errorCode: one.secret.slice(h2) }, times: Infinity });
    const solo = await live(['audit', '--live'], tempDir(), envFor(one.s, { AUTH0_CLIENT_ID: one.id, AUTH0_CLIENT_SECRET: one.secret }));
    expect(solo.code).toBe(2);
    expect(solo.stderr).not.toContain(one.secret.slice(0, h2));
    expect(solo.stderr).not.toContain(one.secret.slice(h2));
  });
  it("a tenant whose rate headers put the reset far ahead (milliseconds sent for seconds) does not stall the run: both tenants audited and reported", async () => {
    // before: the refill rate from that reset was next to nothing, the tenant's next request waited for ever (past
    // setTimeout's range: a TimeoutOverflowWarning and a 1 ms busy loop), and no tenant was ever reported
    const a = await tenant('alpha', { clients: mixedClients() });
    const b = await tenant('bravo', { clients: mixedClients() });
    const page = { clients: mixedClients().slice(0, 2), start: 0, limit: 100, total: 2 };
    b.s.inject({ method: 'GET', path: '/api/v2/clients', status: 200, body: page, headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Date.now()) } });
    const run = await live(['audit', '--live', ...domains([a, b]), '-f', 'json'], tempDir(), envOf([a, b]), 25_000);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as { tenants: { tenant: string; audited: boolean; clients?: number }[] };
    expect(json.tenants.map((t) => [t.tenant, t.audited, t.clients])).toEqual([
      [a.s.url, true, 4],
      [b.s.url, true, 2],
    ]);
    ownCredentialsOnly([a, b]);
  });
});
