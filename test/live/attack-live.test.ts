/**
 * A hostile pass over the live commands (issue 12 "Live runs", issue 13 item 5): a Management API server and a
 * local user that lie, loop, or plant files. Each case goes through the real CLI against the 127.0.0.1 server.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startRecorder, type MgmtApiServer } from '../support/mgmt-api-server';
import { startTestProxy } from '../support/test-proxy';
import { ManagementApi } from '../../src/management-api/client';
import { resolveEndpoint } from '../../src/management-api/endpoint';
import { listClients } from '../../src/management-api/resources';
import { APP_SECRET, envFor, live, mixedClients, server, tempDir } from './helpers';

let s: MgmtApiServer | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const everyOutput = (r: { stdout: string; stderr: string }) => r.stdout + r.stderr;

describe('a server whose lists never end', () => {
  it('an organizations checkpoint that names itself again is an error after two pages, not 10,000 requests', async () => {
    s = await server({ clients: mixedClients() });
    s.inject({ method: 'GET', path: /^\/api\/v2\/organizations$/, status: 200, body: { organizations: [{ id: 'org_1', name: 'acme' }], next: 'cp-same' }, times: Infinity });
    const run = await live(['audit', '--live', '-f', 'json'], tempDir(), envFor(s));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('/api/v2/organizations');
    expect(run.stderr).toContain('checkpoint');
    expect(s.requests.filter((r) => r.path === '/api/v2/organizations').length).toBeLessThanOrEqual(3);
  });

  it('a clients page that repeats the same 100 clients with a total that never ends is an error, not 10,000 pages', async () => {
    s = await server({ clients: mixedClients() });
    const page = Array.from({ length: 100 }, (_, i) => ({ client_id: `rep${i}`, name: `Rep ${i}`, app_type: 'spa' }));
    s.inject({ method: 'GET', path: /^\/api\/v2\/clients$/, status: 200, body: { clients: page, total: 1e9, start: 0, limit: 100 }, times: Infinity });
    const run = await live(['audit', '--live', '-f', 'json'], tempDir(), envFor(s));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('/api/v2/clients');
    expect(run.stderr).toContain('again');
    expect(s.requests.filter((r) => r.path === '/api/v2/clients').length).toBeLessThanOrEqual(3);
  });

  it('a negative total on a full page does not end the list early (nothing passes unseen)', async () => {
    const clients = Array.from({ length: 150 }, (_, i) => ({ client_id: `c${String(i).padStart(3, '0')}`, name: `App ${i}`, app_type: 'spa' }));
    s = await server({ clients });
    s.inject({ method: 'GET', path: /^\/api\/v2\/clients$/, status: 200, body: { clients: clients.slice(0, 100), total: -1, start: 0, limit: 100 }, times: 1 });
    const run = await live(['audit', '--live', '-f', 'json'], tempDir(), envFor(s));
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as { summary: { clients: number } }).summary.clients).toBe(150);
  });
});

describe('a planted lock file', () => {
  const lockFile = (dir: string, host: string) => path.join(dir, `.orglint-lock-${host.replace(/[^\w.-]/g, '_')}`);

  it('a FIFO as the lock file is refused at once, never opened for reading (which would hang the run)', async () => {
    s = await server({ clients: mixedClients() });
    const dir = tempDir();
    execFileSync('mkfifo', [lockFile(dir, s.host)]);
    const run = await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], dir, envFor(s, { ORGLINT_LOCK_DIR: path.join(dir, 'locks') }), 20_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('lock');
    expect(s.patches.size).toBe(0);
  });

  it('a lock file linked to /dev/zero is refused, not read to the end (which never comes)', async () => {
    s = await server({ clients: mixedClients() });
    const dir = tempDir();
    symlinkSync('/dev/zero', lockFile(dir, s.host));
    const run = await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], dir, envFor(s, { ORGLINT_LOCK_DIR: path.join(dir, 'locks') }), 20_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('lock');
    expect(s.patches.size).toBe(0);
  });

  it('a lock file linked to another file (an old passwd): the target is neither followed into the output nor overwritten', async () => {
    s = await server({ clients: mixedClients() });
    const dir = tempDir();
    const target = path.join(dir, 'passwd');
    const passwd = 'root:x:0:0:root:/root:/bin/bash\n';
    writeFileSync(target, passwd);
    utimesSync(target, new Date('2020-01-01'), new Date('2020-01-01'));
    symlinkSync(target, lockFile(dir, s.host));
    const run = await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], dir, envFor(s, { ORGLINT_LOCK_DIR: path.join(dir, 'locks') }), 20_000);
    expect(readFileSync(target, 'utf8')).toBe(passwd);
    expect(everyOutput(run)).not.toContain('root:x');
    expect(run.code).toBe(2);
    expect(s.patches.size).toBe(0);
  });
});

describe('secrets in odd places', () => {
  it('a token answer whose access_token holds a newline never reaches the output', async () => {
    s = await server({ clients: mixedClients() });
    const token = 'tok-SECRET-abcdef\nX-Evil: 1';
    s.inject({ method: 'POST', path: '/oauth/token', status: 200, body: { access_token: token, expires_in: 86400, token_type: 'Bearer' }, times: Infinity });
    const run = await live(['audit', '--live', '--debug'], tempDir(), envFor(s));
    expect(run.code).toBe(2);
    // refused as a token answer at once, not retried as a network failure with "check the network"
    expect(run.stderr).toContain('is not a token');
    expect(s.requests.filter((r) => r.path.startsWith('/api/v2/')).length).toBe(0);
    expect(everyOutput(run)).not.toContain('tok-SECRET-abcdef');
    expect(everyOutput(run)).not.toContain(APP_SECRET);
  });

  it('an error body that splits the client secret across message and errorCode prints neither half', async () => {
    s = await server({ clients: mixedClients() });
    const half = APP_SECRET.length >> 1;
    s.inject({ method: 'GET', path: /^\/api\/v2\/clients$/, status: 400, body: { statusCode: 400, error: 'Bad Request', message: `bad credentials ${APP_SECRET.slice(0, half)}`, errorCode: APP_SECRET.slice(half) } });
    const run = await live(['audit', '--live', '-f', 'json'], tempDir(), envFor(s));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad credentials');
    expect(everyOutput(run)).not.toContain(APP_SECRET.slice(0, half));
    expect(everyOutput(run)).not.toContain(APP_SECRET.slice(half));
  });

  it('a PATCH redirected with the token in the Location query: only the host is named, the run settles by re-reading', async () => {
    s = await server({ clients: mixedClients() });
    s.inject({ method: 'PATCH', status: 303, redirectTo: 'http://127.0.0.2:9/steal?token=tok-LEAK-123456&secret=' + APP_SECRET, times: Infinity });
    const dir = tempDir();
    const run = await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], dir, envFor(s));
    expect(run.code).not.toBe(0);
    expect(everyOutput(run)).toContain('127.0.0.2:9');
    expect(everyOutput(run)).not.toContain('tok-LEAK-123456');
    expect(everyOutput(run) + readFileSync(path.join(dir, 'j.jsonl'), 'utf8')).not.toContain(APP_SECRET);
    expect(s.requests.some((r) => r.path === '/steal')).toBe(false);
  });
});

describe('a crafted journal', () => {
  it('a journal line with a terminal escape in a client id: rollback shows no raw escape', async () => {
    s = await server({ clients: mixedClients() });
    const dir = tempDir();
    const first = await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], dir, envFor(s));
    expect(first.code).toBe(0);
    const file = path.join(dir, 'j.jsonl');
    const text = readFileSync(file, 'utf8').replaceAll('"case01"', JSON.stringify('case01\u001b]0;pwned\u0007\u001b[2J')).replaceAll('"Case Portal"', JSON.stringify('Case\u001b[31m Portal\u009b2J'));
    writeFileSync(file, text);
    const run = await live(['rollback', '--journal', 'j.jsonl'], dir, envFor(s));
    expect(everyOutput(run)).not.toMatch(/[\u001b\u0007\u009b]/);
  });
});

describe('answers that never end or lie about their length', () => {
  it('headers then silence (slowloris): the body read times out too, and the error says so', async () => {
    s = await server({ clients: mixedClients() });
    s.inject({
      method: 'GET',
      path: /^\/api\/v2\/clients$/,
      times: Infinity,
      respond: (res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"clients":[');
      },
    });
    const api = new ManagementApi(resolveEndpoint(s.url, {}), { kind: 'client-credentials', clientId: 'orglint-ci', clientSecret: APP_SECRET }, { timeoutMs: 300, maxAttempts: 2, retryBaseMs: 10 });
    await expect(listClients(api, ['client_id'])).rejects.toThrow(/no answer within/);
  });

  it('a gzip bomb (a small gzip body of a huge answer) is stopped at the cap on the decoded size', async () => {
    s = await server({ clients: mixedClients() });
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    s.inject({
      method: 'GET',
      path: /^\/api\/v2\/clients$/,
      times: Infinity,
      respond: (res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
        res.end(bomb);
      },
    });
    const run = await live(['audit', '--live', '-f', 'json'], tempDir(), envFor(s, { ORGLINT_MAX_ANSWER_BYTES: String(1024 * 1024) }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is over the 1 MiB cap');
    expect(run.stdout).toBe('');
  });

  it('a Content-Length longer than the body (the connection then closes) is a network failure, never a short list', async () => {
    s = await server({ clients: mixedClients() });
    s.inject({
      method: 'GET',
      path: /^\/api\/v2\/clients$/,
      times: Infinity,
      respond: (res) => {
        const sock = res.socket!;
        sock.write('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n{"clients":[],"total":0}');
        sock.end();
      },
    });
    const run = await live(['audit', '--live', '-f', 'json'], tempDir(), envFor(s));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('the connection was closed before an answer');
  });
});

/** A proxy on 127.0.0.1 that refuses every CONNECT and forward request with `status` (407 or a redirect). */
async function refusingProxy(status: number, headers: Record<string, string>): Promise<{ url: string; hits: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let hits = 0;
  const srv: Server = createServer((_req, res) => {
    hits++;
    res.writeHead(status, headers).end('no');
  });
  srv.on('connect', (_req, client: Socket) => {
    hits++;
    client.end(`HTTP/1.1 ${status} Refused\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}content-length: 0\r\n\r\n`);
  });
  srv.on('connection', (c) => {
    sockets.add(c);
    c.on('close', () => sockets.delete(c));
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return {
    url: `127.0.0.1:${(srv.address() as AddressInfo).port}`,
    get hits() {
      return hits;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const c of sockets) c.destroy();
        srv.close(() => r());
      }),
  };
}

describe('a proxy that refuses', () => {
  for (const [status, headers] of [
    [407, { 'proxy-authenticate': 'Basic realm="corp"' }],
    [302, { location: 'http://127.0.0.2:9/?pw=pr0xy-Passw0rd-77' }],
  ] as const) {
    it(`answers ${status}: exit 2, and the proxy password in HTTPS_PROXY is never printed`, async () => {
      s = await server({ clients: mixedClients() });
      const proxy = await refusingProxy(status, headers);
      try {
        const url = `http://corp-user:pr0xy-Passw0rd-77@${proxy.url}`;
        const run = await live(['audit', '--live', '--debug'], tempDir(), envFor(s, { HTTPS_PROXY: url, HTTP_PROXY: url }));
        expect(run.code).toBe(2);
        expect(proxy.hits).toBeGreaterThan(0);
        expect(everyOutput(run)).not.toContain('pr0xy-Passw0rd-77');
        expect(everyOutput(run)).not.toContain(encodeURIComponent('pr0xy-Passw0rd-77'));
        expect(everyOutput(run)).not.toContain(APP_SECRET);
        expect(s.requests.length).toBe(0);
      } finally {
        await proxy.close();
      }
    });
  }
});

describe('client ids and names that attack', () => {
  const HOSTILE_IDS = ['../../oauth/token', '%2e%2e', 'a/b/../c', 'ünïcødé-ид', 'esc\u001b[2Jid\u0007', 'x'.repeat(10_000)];

  it('fix --live --yes: each id is one encoded path segment (or refused), nothing reaches another endpoint, no raw escape is printed', async () => {
    s = await server({ clients: HOSTILE_IDS.map((id, i) => ({ client_id: id, name: `App ${i}`, app_type: 'spa', organization_usage: 'Require', organization_require_behavior: 'pre_login_prompt' })) });
    const dir = tempDir();
    const run = await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], dir, envFor(s));
    expect(everyOutput(run)).not.toMatch(/[\u001b\u0007]/);
    expect(readFileSync(path.join(dir, 'j.jsonl'), 'utf8')).not.toMatch(/[\u001b\u0007]/);
    for (const r of s.requests) {
      expect(r.path === '/oauth/token' ? r.method : 'api').toMatch(/^(POST|api)$/);
      if (r.path !== '/oauth/token') expect(r.path).toMatch(/^\/api\/v2\//);
      if (r.path.startsWith('/api/v2/clients/')) expect(HOSTILE_IDS).toContain(r.clientId);
    }
    // the test server answers 400 invalid_uri for ids that do not match its pattern (as the real API does)
    // (only the 10 KB id of plain letters is a valid id and gets fixed)
    expect([...s.patches.keys()]).toEqual(['x'.repeat(10_000)]);
    expect(run.code).not.toBe(0);
  });

  for (const format of ['markdown', 'html', 'sarif', 'junit', 'json', 'stylish']) {
    it(`audit --live -f ${format}: a client that carries the client secret (plain, base64, URL-encoded) in its name and fields shows none of it`, async () => {
      const b64 = Buffer.from(APP_SECRET).toString('base64');
      s = await server({
        clients: [
          { client_id: 'evil01', name: `Evil ${APP_SECRET}`, description: `b64 ${b64} pct ${encodeURIComponent(APP_SECRET + '&')}`, app_type: 'spa', organization_usage: 'Require', callbacks: [`https://x/?s=${APP_SECRET}`] },
        ],
      });
      const run = await live(['audit', '--live', '-f', format], tempDir(), envFor(s));
      expect(run.code).toBe(1);
      expect(everyOutput(run)).not.toContain(APP_SECRET);
      expect(everyOutput(run)).not.toContain(b64);
    });
  }
});

describe('token lifetimes that lie', () => {
  for (const expiresIn of [0, -5, 1e308]) {
    it(`expires_in ${expiresIn}: one token for the whole run, not one per request`, async () => {
      s = await server({ clients: Array.from({ length: 250 }, (_, i) => ({ client_id: `c${i}`, name: `A${i}`, app_type: 'spa', organization_usage: 'Require' })), reportedExpiresIn: expiresIn });
      const run = await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], tempDir(), envFor(s));
      expect(run.code).toBe(0);
      expect(s.tokensIssued).toBe(1);
    });
  }
});

describe('rollback against a changed tenant and a crafted journal', () => {
  it('rollback --yes after someone else changed the client leaves their change (a conflict), and exits non-zero', async () => {
    s = await server({ clients: mixedClients() });
    const dir = tempDir();
    expect((await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], dir, envFor(s))).code).toBe(0);
    s.clients.set('case01', { ...s.clients.get('case01')!, organization_usage: 'allow' });
    const run = await live(['rollback', '--journal', 'j.jsonl', '--yes'], dir, envFor(s));
    expect(s.clients.get('case01')!.organization_usage).toBe('allow');
    expect(run.code).not.toBe(0);
    expect(everyOutput(run)).toContain('case01');
  });

  it('a journal whose "before" gained fields the fix never changed (callbacks, grant_types) restores none of them', async () => {
    s = await server({ clients: mixedClients() });
    const dir = tempDir();
    expect((await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], dir, envFor(s))).code).toBe(0);
    const file = path.join(dir, 'j.jsonl');
    const lines = readFileSync(file, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .map((e) => (e.type === 'attempt' || e.type === 'plan' ? { ...e, before: { ...(e.before as object), callbacks: ['https://evil.example/cb'], grant_types: ['password'] } } : e));
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    await live(['rollback', '--journal', 'j.jsonl', '--yes'], dir, envFor(s));
    for (const c of s.clients.values()) {
      expect(c.callbacks).toBeUndefined();
      expect(c.grant_types).toBeUndefined();
    }
    for (const r of s.requests.filter((x) => x.method === 'PATCH')) expect(Object.keys(r.body as object).sort()).not.toContain('callbacks');
  });

  it('a journal of another tenant is refused before any request with a credential', async () => {
    s = await server({ clients: mixedClients() });
    const dir = tempDir();
    expect((await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], dir, envFor(s))).code).toBe(0);
    const file = path.join(dir, 'j.jsonl');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(s.url, 'https://evil.example.com'));
    const before = s.requests.length;
    const run = await live(['rollback', '--journal', 'j.jsonl', '--yes'], dir, envFor(s));
    expect(run.code).toBe(2);
    expect(s.requests.length).toBe(before);
  });

  it('a journal that is a FIFO is refused at once, not read (which would hang)', async () => {
    s = await server({ clients: mixedClients() });
    const dir = tempDir();
    execFileSync('mkfifo', [path.join(dir, 'j.jsonl')]);
    const run = await live(['rollback', '--journal', 'j.jsonl', '--yes'], dir, envFor(s), 20_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not a regular file');
  });

  it('a FIFO named like this tenant journal in the working folder: fix --live --yes stops with a message instead of hanging', async () => {
    s = await server({ clients: mixedClients() });
    const dir = tempDir();
    execFileSync('mkfifo', [path.join(dir, `orglint-journal-${s.host.replace(/[^\w.-]/g, '_')}-20990101T000000Z.jsonl`)]);
    const run = await live(['fix', '--live', '--yes'], dir, envFor(s), 20_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not a regular file');
    expect(s.patches.size).toBe(0);
  });
});

describe('redirects of every kind are never followed', () => {
  const WHERE = ['/oauth/token', 'list', 'patch', 're-read'] as const;
  for (const status of [301, 302, 303, 307, 308]) {
    for (const where of WHERE) {
      it(`${status} on ${where} (absolute to another port with the token in the query, relative, protocol-relative): an error naming the host, nothing sent there`, async () => {
        const trap = await startRecorder();
        try {
          // every Location form on 307 (the one that keeps the method and body), two on the others
          const locations = [`${trap.url}/steal?token=tok-LEAK-123456`, `/steal?secret=${APP_SECRET}`, `//${trap.host}/x`, `https://${trap.host}/y`];
          for (const location of status === 307 ? locations : locations.slice(0, 2)) {
            s = await server({ clients: mixedClients() });
            const fault = { status, redirectTo: location, times: Infinity };
            if (where === '/oauth/token') s.inject({ method: 'POST', path: '/oauth/token', ...fault });
            if (where === 'list') s.inject({ method: 'GET', path: /^\/api\/v2\/clients$/, ...fault });
            if (where === 'patch') s.inject({ method: 'PATCH', ...fault });
            if (where === 're-read') {
              s.inject({ method: 'PATCH', status: 503, times: Infinity });
              s.inject({ method: 'GET', path: /^\/api\/v2\/clients\/[^/]+$/, ...fault });
            }
            const dir = tempDir();
            const args = where === 'list' || where === '/oauth/token' ? ['audit', '--live'] : ['fix', '--live', '--yes', '--journal', 'j.jsonl', '--concurrency', '1'];
            const run = await live(args, dir, envFor(s));
            expect(run.code, location).not.toBe(0);
            expect(run.code, location).not.toBe(1);
            expect(everyOutput(run)).toContain(String(status));
            expect(everyOutput(run)).not.toContain('tok-LEAK-123456');
            expect(everyOutput(run)).not.toContain(APP_SECRET);
            expect(s.requests.filter((r) => r.path.startsWith('/steal')).length).toBe(0);
            expect(everyOutput(run)).not.toMatch(/\bapplied\b.*case01|fixed \d+/);
            await s.close();
            s = undefined;
          }
          expect(trap.hits).toEqual([]);
        } finally {
          await trap.close();
        }
      });
    }
  }
});

describe('NO_PROXY with ports and wildcards', () => {
  it('"*" and "127.0.0.1:PORT" of the tenant bypass the proxy; another port, or a suffix that is not the host, go through it', async () => {
    s = await server({ clients: mixedClients() });
    const port = s.host.split(':')[1];
    const proxy = await startTestProxy();
    try {
      const cases: [string, boolean][] = [
        ['*', false],
        [`127.0.0.1:${port}`, false],
        [`127.0.0.1:${Number(port) === 1 ? 2 : 1}`, true],
        ['example.com,.example.org', true],
      ];
      for (const [noProxy, through] of cases) {
        const before = proxy.tunnels.length + proxy.forwarded.length;
        const run = await live(['audit', '--live', '-f', 'json'], tempDir(), envFor(s, { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: noProxy }));
        expect(run.code, noProxy).toBe(1);
        expect(proxy.tunnels.length + proxy.forwarded.length > before, noProxy).toBe(through);
      }
    } finally {
      await proxy.close();
    }
  });
});

describe('list answers that lie', () => {
  for (const [label, fault] of [
    ['200 with HTML', { raw: '<html><body>Login</body></html>' }],
    ['200 with {}', { body: {} }],
    ['200 with null', { raw: 'null' }],
    ['200 with a string', { body: 'clients' }],
    ['200 with clients not a list', { body: { clients: { a: 1 }, total: 1 } }],
  ] as const) {
    it(`${label} on GET /api/v2/clients: exit 2, never "no clients, no problems"`, async () => {
      s = await server({ clients: mixedClients() });
      s.inject({ method: 'GET', path: /^\/api\/v2\/clients$/, status: 200, times: Infinity, ...fault });
      const run = await live(['audit', '--live', '-f', 'json'], tempDir(), envFor(s));
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
    });
  }
});

it('audit --live (stylish) and fix --live (the plan) on a client whose name holds terminal escapes print none raw', async () => {
  s = await server({ clients: [{ client_id: 'esc01', name: 'Evil\u001b]8;;http://x\u0007link\u001b[2J\u009b31m', app_type: 'spa', organization_usage: 'Require' }] });
  const a = await live(['audit', '--live'], tempDir(), envFor(s));
  expect(a.code).toBe(1);
  expect(everyOutput(a)).not.toMatch(/[\u001b\u0007\u009b]/);
  const f = await live(['fix', '--live'], tempDir(), envFor(s));
  expect(everyOutput(f)).not.toMatch(/[\u001b\u0007\u009b]/);
});
