/**
 * A journal is a file anyone can edit: rollback takes the tenant from the user, restores only fields orglint's
 * fixes change and its plan lists, and shows ids as escapes; an existing file that is not a journal is never
 * written to; a damaged unfinished journal stops the run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startRecorder, type MgmtApiServer, type Recorder } from '../support/mgmt-api-server';
import { envFor, journalLines, live, mixedClients, server, tempDir } from './helpers';

let s: MgmtApiServer | undefined;
let trap: Recorder | undefined;
afterEach(async () => {
  await s?.close();
  await trap?.close();
  s = undefined;
  trap = undefined;
});

const at = '2025-01-01T00:00:00.000Z';
const patches = (srv: MgmtApiServer) => srv.requests.filter((r) => r.method === 'PATCH');
const jsonl = (lines: unknown[]) => lines.map((l) => JSON.stringify(l)).join('\n') + '\n';

/** A journal of one applied fix of client `id`, for `tenant`, with extra fields in the attempt (a crafted one). */
function journal(tenant: string, id: string, extra: { before?: Record<string, unknown>; body?: Record<string, unknown>; name?: string } = {}) {
  const before = { organization_require_behavior: 'pre_login_prompt', ...extra.before };
  const body = { organization_require_behavior: null, ...extra.body };
  const name = extra.name ?? 'App';
  return jsonl([
    { type: 'run', at, command: 'fix', tenant, tool: 'orglint 0.1.0', mode: 'safe', pid: 1 },
    { type: 'plan', at, client_id: id, name, before: { organization_require_behavior: 'pre_login_prompt' }, body: { organization_require_behavior: null }, rules: ['require-behavior-without-require'] },
    { type: 'attempt', at, op: 'fix', client_id: id, name, before, body },
    { type: 'result', at, op: 'fix', client_id: id, outcome: 'applied', status: 200 },
    { type: 'end', at, outcome: 'done', applied: 1, conflicts: 0, failed: 0 },
  ]);
}

const fixedClient = (id: string) => ({ client_id: id, name: 'App', app_type: 'spa', organization_usage: 'deny', callbacks: ['https://app.example.com/cb'], grant_types: ['authorization_code'] });

describe('rollback takes the tenant from the user', () => {
  it('without --domain / AUTH0_DOMAIN: exit 2, and nothing is sent to the host the journal names', async () => {
    trap = await startRecorder();
    const dir = tempDir();
    writeFileSync(path.join(dir, 'j.jsonl'), journal(trap.url, 'a1'));
    const run = await live(['rollback', '--journal', 'j.jsonl', '--yes'], dir, { AUTH0_DOMAIN: '', AUTH0_CLIENT_ID: 'orglint-ci', AUTH0_CLIENT_SECRET: 'secret-value-123', HTTP_PROXY: '', HTTPS_PROXY: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`orglint rollback needs the tenant in --domain or AUTH0_DOMAIN, the same as the journal's (${trap.url}): credentials are never sent to a host that only a journal names`);
    expect(trap.hits).toEqual([]);
  });

  it("a journal of another tenant (in any of its runs) is refused: exit 2, nothing sent anywhere", async () => {
    s = await server({ clients: [fixedClient('a1')] });
    trap = await startRecorder();
    const dir = tempDir();
    // a first run for the real tenant, then one appended for another host
    writeFileSync(path.join(dir, 'j.jsonl'), journal(s.url, 'a1') + journal(trap.url, 'a1'));
    const run = await live(['rollback', '--journal', 'j.jsonl', '--yes'], dir, envFor(s));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`the journal j.jsonl is for ${trap.url}, but AUTH0_DOMAIN / --domain names ${s.url}`);
    expect(trap.hits).toEqual([]);
    expect(patches(s)).toEqual([]);
  });

  it('a crafted journal that adds callbacks and the password grant: those fields are refused, only the planned fix field is restored', async () => {
    s = await server({ clients: [fixedClient('a1')] });
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'j.jsonl'),
      journal(s.url, 'a1', {
        before: { callbacks: ['https://evil.example/cb'], grant_types: ['authorization_code', 'password'] },
        body: { callbacks: ['https://app.example.com/cb'], grant_types: ['authorization_code'] },
      }),
    );
    const run = await live(['rollback', '--journal', 'j.jsonl', '--yes'], dir, envFor(s));
    expect(run.stderr).toContain('not restoring callbacks of "App" (a1): no orglint fix changes that field; the journal may have been edited');
    expect(run.stderr).toContain('not restoring grant_types of "App" (a1): no orglint fix changes that field');
    expect(run.stdout).toMatch(/rollback plan for http:\/\/127\.0\.0\.1:\d+: 1 change to 1 client/);
    expect(run.code).toBe(0);
    expect(patches(s).map((p) => p.body)).toEqual([{ organization_require_behavior: 'pre_login_prompt' }]);
    const c = s.clients.get('a1')!;
    expect(c.callbacks).toEqual(['https://app.example.com/cb']);
    expect(c.grant_types).toEqual(['authorization_code']);
  });

  it('escape sequences in a journal client id and name are shown escaped, never raw', async () => {
    s = await server({ clients: [fixedClient('a1')] });
    const dir = tempDir();
    writeFileSync(path.join(dir, 'j.jsonl'), journal(s.url, 'x\u001b]0;pwned\u0007y', { name: 'N\u001b[31m', body: { 'f\u001b[2J': 1 } }));
    const run = await live(['rollback', '--journal', 'j.jsonl'], dir, envFor(s));
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(run.stdout).toContain('"N\\u001b[31m" (x\\u001b]0;pwned\\u0007y)');
    expect(run.stderr).toContain('not restoring f\\u001b[2J of');
  });
});

describe('the journal file', () => {
  it('--journal naming an existing file that is not a journal: exit 2, the file untouched (one line, no newline)', async () => {
    s = await server({ clients: mixedClients() });
    const dir = tempDir();
    const file = path.join(dir, 'clients.json');
    for (const content of ['{"clients":[{"client_id":"x"}]}', '[\n  {"client_id": "x"}\n]\n', '{"type":"run","tenant":"x","command":"fix"}\n']) {
      writeFileSync(file, content);
      const run = await live(['fix', '--live', '--yes', '--journal', 'clients.json'], dir, envFor(s));
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/the journal .*clients\.json exists and is not an orglint journal|clients\.json:1: not a journal line/);
      expect(readFileSync(file, 'utf8')).toBe(content);
    }
    expect(patches(s)).toEqual([]);
  });

  it('--journal naming a FIFO or a folder: refused at once (never opened for writing, never waited on)', async () => {
    s = await server({ clients: mixedClients() });
    const dir = tempDir();
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    mkdirSync(path.join(dir, 'folder'));
    for (const name of ['pipe', 'folder']) {
      const run = await live(['fix', '--live', '--yes', '--journal', name], dir, envFor(s));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`the journal ${path.join(dir, name)} is not a regular file; choose another --journal path`);
    }
    expect(patches(s)).toEqual([]);
  });

  it('a damaged unfinished journal of this tenant stops the run with file:line, instead of being skipped', async () => {
    s = await server({ clients: mixedClients() });
    const dir = tempDir();
    const first = await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], dir, envFor(s, {}));
    expect(first.code).toBe(0);
    // an unfinished journal under the default name, its second line damaged
    const host = s.host.replace(/[^\w.-]/g, '_');
    const name = `orglint-journal-${host}-20250101T000000Z.jsonl`;
    const lines = readFileSync(path.join(dir, 'j.jsonl'), 'utf8').split('\n');
    lines[1] = lines[1].slice(0, 20);
    writeFileSync(path.join(dir, name), lines.slice(0, 4).join('\n') + '\n');
    s.clients.set('case01', { ...s.clients.get('case01'), organization_usage: 'Require' });
    const run = await live(['fix', '--live', '--yes'], dir, envFor(s));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`the newest journal of this tenant is damaged, so a change it left in flight cannot be settled: ${path.join(dir, name)}:2: not a journal line (invalid JSON)`);
    expect(patches(s)).toHaveLength(3);
  });

  it('a journal continued by a later run keeps every line (a cut last line only is dropped)', async () => {
    s = await server({ clients: mixedClients() });
    const dir = tempDir();
    expect((await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], dir, envFor(s))).code).toBe(0);
    const file = path.join(dir, 'j.jsonl');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before + '{"type":"resu');
    expect((await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], dir, envFor(s))).code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(journalLines(after).filter((l) => l.type === 'run')).toHaveLength(2);
  });
});
