/**
 * A tenant (or something posing as one) that answers what no real tenant should: redirects to another origin,
 * 2xx answers that are not JSON, answers too large to hold, ids that are dot segments, secrets echoed back in
 * other spellings, escape sequences in names and ids. Through the real CLI against the 127.0.0.1 test server.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startMgmtApiServer, startRecorder, type MgmtApiServer, type Recorder } from '../support/mgmt-api-server';
import { APP_SECRET, envFor, journalLines, live, mixedClients, server, tempDir } from './helpers';

let s: MgmtApiServer | undefined;
let trap: Recorder | undefined;
afterEach(async () => {
  await s?.close();
  await trap?.close();
  s = undefined;
  trap = undefined;
});

const FIX = ['fix', '--live', '--yes', '--journal', 'j.jsonl'];
const patches = (srv: MgmtApiServer) => srv.requests.filter((r) => r.method === 'PATCH');
const all = (run: { stdout: string; stderr: string }) => run.stdout + run.stderr;

describe('redirects are never followed', () => {
  it('a 307 from /oauth/token: client_secret is not re-posted to the other origin; the error names status and host only', async () => {
    s = await server({ clients: mixedClients() });
    trap = await startRecorder();
    s.inject({ path: '/oauth/token', redirectTo: `${trap.url}/oauth/token?state=QUERY-SECRET`, times: Infinity });
    const run = await live(['audit', '--live'], tempDir(), envFor(s));
    expect(run.code).toBe(2);
    expect(trap.hits).toEqual([]);
    expect(run.stderr).toContain(`POST /oauth/token was answered 307, a redirect to ${trap.host}: orglint follows no redirect, so nothing was sent there`);
    expect(all(run)).not.toContain('QUERY-SECRET');
    expect(all(run)).not.toContain(APP_SECRET);
    // one try: a redirect is not retried
    expect(s.requests.filter((r) => r.path === '/oauth/token')).toHaveLength(1);
  });

  it("a redirected GET is not followed (its [] never trusted) and the token never leaves", async () => {
    s = await server({ clients: mixedClients() });
    trap = await startRecorder();
    s.inject({ method: 'GET', path: '/api/v2/clients', status: 302, redirectTo: `${trap.url}/api/v2/clients` });
    const run = await live(['audit', '--live', '-f', 'json'], tempDir(), envFor(s));
    expect(run.code).toBe(2);
    expect(trap.hits).toEqual([]);
    expect(run.stderr).toContain(`GET /api/v2/clients was answered 302, a redirect to ${trap.host}`);
    expect(run.stdout).toBe('');
  });

  it('a 303 to a PATCH that landed: not followed as a GET; the run stops, the client is read back and journaled applied, and rollback works', async () => {
    s = await server({ clients: mixedClients() });
    trap = await startRecorder();
    s.inject({ method: 'PATCH', path: '/api/v2/clients/case01', status: 303, redirectTo: `${trap.url}/done`, afterHandling: true });
    const dir = tempDir();
    const run = await live([...FIX, '--concurrency', '1'], dir, envFor(s));
    expect(trap.hits).toEqual([]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`stopped: PATCH /api/v2/clients/case01 was answered 303, a redirect to ${trap.host}`);
    const lines = journalLines(readFileSync(path.join(dir, 'j.jsonl'), 'utf8'));
    expect(lines.find((l) => l.type === 'result' && l.client_id === 'case01')).toMatchObject({ outcome: 'applied', recovered: true, after: { organization_usage: 'require' } });
    expect(s.clients.get('case01')!.organization_usage).toBe('require');

    const back = await live(['rollback', '--journal', 'j.jsonl', '--yes'], dir, envFor(s));
    expect(back.stdout).toMatch(/"Case Portal" \(case01\) +organization_usage +"require" → "Require"/);
    // the API refuses "Require" now (the enum is lowercase): rollback tried it, nothing was lost
    expect(patches(s).filter((p) => p.clientId === 'case01').length).toBeGreaterThanOrEqual(2);
  });

  it('a token renewal redirected mid-run: the secret is not re-posted, the run stops, nothing is recorded as applied that was not', async () => {
    // tokens live 0.6 s but claim an hour: the API's 401 "expired" makes orglint renew, and that renewal is redirected
    s = await server({ clients: mixedClients(), tokenLifetimeSec: 0.6, reportedExpiresIn: 3600, latencyMs: 100 });
    trap = await startRecorder();
    let armed = false;
    s.onRequest(() => {
      if (!armed) {
        armed = true;
        s!.inject({ path: '/oauth/token', redirectTo: `${trap!.url}/oauth/token`, times: Infinity });
      }
    });
    const dir = tempDir();
    const run = await live([...FIX, '--concurrency', '1'], dir, envFor(s));
    expect(trap.hits).toEqual([]);
    expect(run.stderr).toContain(`stopped: POST /oauth/token was answered 307, a redirect to ${trap.host}`);
    const lines = journalLines(readFileSync(path.join(dir, 'j.jsonl'), 'utf8'));
    for (const r of lines.filter((l) => l.type === 'result' && l.outcome === 'applied')) expect(s.patches.get(String(r.client_id))).toBe(1);
    // every attempt is settled; the client whose request needed the redirected token failed (no PATCH was sent)
    const settled = new Set(lines.filter((l) => l.type === 'result').map((l) => l.client_id));
    expect(lines.filter((l) => l.type === 'attempt').every((l) => settled.has(l.client_id))).toBe(true);
    expect(run.stdout).toMatch(/failed: "[^"]+" \(\w+\): POST \/oauth\/token was answered 307/);
  });

  it('a 303 to a PATCH that did not land: recorded failed, not applied', async () => {
    s = await server({ clients: mixedClients() });
    trap = await startRecorder();
    s.inject({ method: 'PATCH', path: '/api/v2/clients/dash01', status: 303, redirectTo: `${trap.url}/x` });
    const dir = tempDir();
    const run = await live([...FIX, '--concurrency', '1'], dir, envFor(s));
    expect(trap.hits).toEqual([]);
    expect(run.stdout).toMatch(/failed: "Dash Portal" \(dash01\): PATCH \/api\/v2\/clients\/dash01 was answered 303/);
    expect(s.clients.get('dash01')!.organization_require_behavior).toBe('pre-login-prompt');
    const lines = journalLines(readFileSync(path.join(dir, 'j.jsonl'), 'utf8'));
    expect(lines.find((l) => l.type === 'result' && l.client_id === 'dash01')).toMatchObject({ outcome: 'failed' });
  });
});

describe('2xx answers orglint cannot read', () => {
  it('a PATCH answered 200 with HTML is settled by re-reading: journaled applied, and rollback restores it', async () => {
    const behaviorOnly = { client_id: 'b1', name: 'Behavior Only', app_type: 'spa', organization_usage: 'deny', organization_require_behavior: 'pre_login_prompt' };
    s = await server({ clients: [behaviorOnly] });
    s.inject({ method: 'PATCH', path: '/api/v2/clients/b1', status: 200, raw: '<html>OK</html>', afterHandling: true });
    const dir = tempDir();
    const run = await live(FIX, dir, envFor(s));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('applied 1 client; 0 conflicts; 0 failed');
    const lines = journalLines(readFileSync(path.join(dir, 'j.jsonl'), 'utf8'));
    expect(lines.find((l) => l.type === 'result')).toMatchObject({ outcome: 'applied', recovered: true, after: { organization_require_behavior: null } });
    expect(patches(s)).toHaveLength(1);

    const back = await live(['rollback', '--journal', 'j.jsonl', '--yes'], dir, envFor(s));
    expect(back.code).toBe(0);
    expect(back.stdout).toContain('restored 1 client');
    expect(s.clients.get('b1')!.organization_require_behavior).toBe('pre_login_prompt');
  });

  it('a PATCH answered 200 with the old client (the change did not land) is not reported applied', async () => {
    s = await server({ clients: mixedClients() });
    const old = { ...s.clients.get('case01') };
    s.inject({ method: 'PATCH', path: '/api/v2/clients/case01', status: 200, body: old, times: Infinity });
    const dir = tempDir();
    const run = await live(FIX, dir, envFor(s));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/failed: "Case Portal" \(case01\): PATCH \/api\/v2\/clients\/case01: the answer \(200\) does not show the change/);
    expect(run.stdout).toContain('applied 2 clients; 0 conflicts; 1 failed');
    const lines = journalLines(readFileSync(path.join(dir, 'j.jsonl'), 'utf8'));
    expect(lines.filter((l) => l.type === 'result' && l.client_id === 'case01').map((l) => l.outcome)).toEqual(['failed']);
  });

  it('an answer over the cap is given up while streaming, with a clear error (cap lowered by ORGLINT_MAX_ANSWER_BYTES)', async () => {
    s = await server({ clients: mixedClients() });
    // 8 MiB streamed in 64 KiB chunks against a 64 KiB cap: orglint stops reading after the first chunks
    s.inject({ method: 'GET', path: '/api/v2/clients', status: 200, oversizeBytes: 8 * 1024 * 1024 });
    const run = await live(['audit', '--live'], tempDir(), envFor(s, { ORGLINT_MAX_ANSWER_BYTES: '65536' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('GET /api/v2/clients: the answer (200) is over the 64 KiB cap on one answer (ORGLINT_MAX_ANSWER_BYTES); nothing of it was used');
  });

  it('a list page answered 200 with HTML is an error, never read as an empty tenant', async () => {
    s = await server({ clients: mixedClients() });
    s.inject({ method: 'GET', path: '/api/v2/clients', status: 200, raw: '<html><body>Sign in</body></html>' });
    const run = await live(['audit', '--live', '-f', 'json'], tempDir(), envFor(s));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`GET /api/v2/clients: the answer (200) is not JSON; is ${s.url} an Auth0 tenant?`);
    expect(run.stdout).toBe('');
  });

  it('a declared Content-Length over the cap is refused before reading the body', async () => {
    s = await server({ clients: mixedClients() });
    s.inject({ method: 'GET', path: '/api/v2/clients', status: 200, raw: 'x'.repeat(4096), headers: { 'content-length': '4096' } });
    const run = await live(['audit', '--live'], tempDir(), envFor(s, { ORGLINT_MAX_ANSWER_BYTES: '1024' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is over the 1 KiB cap on one answer');
  });

  it('ORGLINT_MAX_ANSWER_BYTES must be a number of bytes', async () => {
    s = await server({ clients: mixedClients() });
    const run = await live(['audit', '--live'], tempDir(), envFor(s, { ORGLINT_MAX_ANSWER_BYTES: '12k' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ORGLINT_MAX_ANSWER_BYTES "12k": expected a whole number of bytes, at least 1024');
  });
});

describe('ids and tokens', () => {
  it('client ids ".", ".." and "%2E%2E" are refused, never sent as dot segments', async () => {
    const dotted = ['.', '..', '%2E%2E', '.%2e'].map((id, i) => ({ client_id: id, name: `Dots ${i}`, app_type: 'spa', organization_usage: 'Allow' }));
    s = await server({ clients: [...dotted, ...mixedClients()] });
    const run = await live(FIX, tempDir(), envFor(s));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('failed: "Dots 1" (..): refusing the id ".." in a request path: ".", ".." and their encodings would address another endpoint; nothing was sent for it');
    expect(run.stdout).toContain('failed: "Dots 2" (%2E%2E): refusing the id "%2E%2E"');
    expect(run.stdout).toContain('applied 3 clients; 0 conflicts; 4 failed');
    const paths = new Set(s.requests.map((r) => r.path));
    expect([...paths].filter((p) => !/^\/api\/v2\/clients\/(case01|dash01|nouse01)$/.test(p) && p !== '/api/v2/clients')).toEqual(['/oauth/token', '/api/v2/client-grants', '/api/v2/organizations']);
  });

  it('a token that lives 30 s (or 5 s) is reused: one token fetch for a whole run, not one a request', async () => {
    for (const life of [30, 5]) {
      const clients = Array.from({ length: 30 }, (_, i) => ({ client_id: `t${i}`, name: `T ${i}`, app_type: 'spa', organization_usage: 'Allow' }));
      const srv = await server({ clients, tokenLifetimeSec: life });
      try {
        const run = await live(FIX, tempDir(), envFor(srv));
        expect(run.code).toBe(0);
        expect(srv.requests.filter((r) => r.method === 'PATCH')).toHaveLength(30);
        expect(srv.tokensIssued).toBe(1);
      } finally {
        await srv.close();
      }
    }
  });
});

describe('secrets echoed back in other spellings', () => {
  it('URL-encoded and base64 forms of the client secret and the token never reach the output', async () => {
    const secret = 'S3cr/t+k=y?&x y%Z!';
    let token = '';
    const app = { client_id: 'orglint-ci', client_secret: secret };
    s = await startMgmtApiServer({ clients: mixedClients(), apps: [{ ...app, scopes: ['read:clients'] }] });
    const basic = Buffer.from(`${app.client_id}:${secret}`).toString('base64');
    const forms = (t: string) => [
      encodeURIComponent(secret),
      encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
      new URLSearchParams({ s: secret }).toString().slice(2),
      JSON.stringify(secret).slice(1, -1),
      Buffer.from(secret).toString('base64'),
      Buffer.from(secret).toString('base64url'),
      basic,
      t,
      encodeURIComponent(t),
      Buffer.from(t).toString('base64'),
      Buffer.from(`Bearer ${t}`).toString('base64'),
    ];
    s.inject({
      method: 'GET',
      path: '/api/v2/clients',
      status: 400,
      bodyFrom: (auth) => {
        token = (auth ?? '').replace(/^Bearer /, '');
        return { statusCode: 400, error: 'Bad Request', errorCode: 'bad', message: `echo: ${forms(token).join(' | ')}` };
      },
    });
    const run = await live(['audit', '--live'], tempDir(), envFor(s, { AUTH0_CLIENT_SECRET: secret }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('echo: [redacted]');
    expect(token).not.toBe('');
    for (const f of forms(token)) expect(all(run)).not.toContain(f);
  });

  it('a client whose name holds the client secret (base64, percent-encoded): not in the findings, report files or snapshot', async () => {
    const b64 = Buffer.from(`orglint-ci:${APP_SECRET}`).toString('base64');
    s = await server({ clients: [{ client_id: 'leak01', name: `Leak ${b64} ${encodeURIComponent(APP_SECRET)}`, app_type: 'spa', organization_usage: 'Allow', __proto__: 'x' } as Record<string, unknown>] });
    const dir = tempDir();
    const run = await live(['audit', '--live', '-f', 'stylish', '-f', 'json=report.json', '-f', 'sarif=report.sarif', '--snapshot', 'snap.json'], dir, envFor(s));
    expect(run.code).toBe(1);
    const texts = [all(run), ...['report.json', 'report.sarif', 'snap.json'].map((f) => readFileSync(path.join(dir, f), 'utf8'))];
    for (const t of texts) {
      expect(t).not.toContain(b64);
      expect(t).not.toContain(APP_SECRET);
    }
    expect(readFileSync(path.join(dir, 'snap.json'), 'utf8')).toContain('Leak ');
  });
});

describe('escape sequences from the tenant', () => {
  it('a client id and name with ESC and C1 controls are shown escaped in the plan and results', async () => {
    s = await server({ clients: [{ client_id: 'ev\u001b[2Jil', name: 'Name \u009b31m red \u202e', app_type: 'spa', organization_usage: 'Allow' }] });
    const run = await live(['fix', '--live'], tempDir(), envFor(s));
    expect(run.code).toBe(0);
    expect(all(run)).not.toMatch(/[\u001b\u009b\u202e]/);
    expect(run.stdout).toContain('"Name \\u009b31m red \\u202e" (ev\\u001b[2Jil)');
  });
});
