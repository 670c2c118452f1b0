/**
 * The per-tenant lock: a second `fix --live --yes` or `rollback --yes` on a tenant while one runs stops before it
 * reads or changes anything; a lock left by a run that is gone is taken over. Two real processes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MgmtApiServer } from '../support/mgmt-api-server';
import { envFor, live, server, spawnLive, tempDir, until } from './helpers';

let s: MgmtApiServer | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const clients = () => Array.from({ length: 6 }, (_, i) => ({ client_id: `k${i}`, name: `App ${i}`, app_type: 'spa', organization_usage: 'Allow' }));
const lockFile = (dir: string, srv: MgmtApiServer) => path.join(dir, `.orglint-lock-${srv.host.replace(/[^\w.-]/g, '_')}`);

describe('one live change run per tenant', () => {
  it('a second fix --live --yes and a rollback --yes on the same tenant stop (exit 2) while the first runs; afterwards the lock is gone', async () => {
    s = await server({ clients: clients() });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let holding = false;
    s.onRequest(async ({ method }) => {
      if (method === 'PATCH' && !holding) {
        holding = true;
        await held;
      }
    });
    const dir = tempDir();
    const first = spawnLive(['fix', '--live', '--yes', '--journal', 'j.jsonl', '--concurrency', '1'], dir, envFor(s));
    await until(() => holding);
    expect(existsSync(lockFile(dir, s))).toBe(true);

    const requestsBefore = s.requests.length;
    const second = await live(['fix', '--live', '--yes'], dir, envFor(s));
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(
      new RegExp(`another orglint run is changing this tenant: orglint fix --live --yes \\(pid ${first.child.pid} on "${hostname()}", since "[^"]+"\\) holds the lock file .*\\.orglint-lock-127\\.0\\.0\\.1_\\d+; wait for it to finish`),
    );
    // from another folder with the journal here: the journal's folder holds the lock too
    const elsewhere = await live(['fix', '--live', '--yes', '--journal', path.join(dir, 'other.jsonl')], tempDir(), envFor(s));
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain('another orglint run is changing this tenant');
    const rollback = await live(['rollback', '--journal', 'j.jsonl', '--yes'], dir, envFor(s));
    expect(rollback.code).toBe(2);
    expect(rollback.stderr).toContain('another orglint run is changing this tenant');
    // the refused runs read nothing and changed nothing (rollback only reads its journal before the lock)
    expect(s.requests.slice(requestsBefore).filter((r) => r.method === 'PATCH')).toEqual([]);
    expect(s.requests.slice(requestsBefore).filter((r) => r.path === '/api/v2/clients')).toEqual([]);

    release();
    const done = await first.done;
    expect(done.code).toBe(0);
    expect(readdirSync(dir).filter((n) => n.startsWith('.orglint-lock'))).toEqual([]);
    expect((await live(['fix', '--live', '--yes'], dir, envFor(s))).code).toBe(0);
  });

  it('runs from different folders with different journals see each other through the machine lock folder (or ORGLINT_LOCK_DIR)', async () => {
    for (const lockDir of [undefined, tempDir()]) {
      const srv = await server({ clients: clients() });
      try {
        let release!: () => void;
        const held = new Promise<void>((r) => (release = r));
        let holding = false;
        srv.onRequest(async ({ method }) => {
          if (method === 'PATCH' && !holding) {
            holding = true;
            await held;
          }
        });
        const extra = lockDir ? { ORGLINT_LOCK_DIR: lockDir } : {};
        const first = spawnLive(['fix', '--live', '--yes', '--journal', 'a.jsonl', '--concurrency', '1'], tempDir(), envFor(srv, extra));
        await until(() => holding);
        if (lockDir) expect(readdirSync(lockDir)).toEqual([path.basename(lockFile(lockDir, srv))]);
        const second = await live(['fix', '--live', '--yes', '--journal', 'b.jsonl'], tempDir(), envFor(srv, extra));
        expect(second.code).toBe(2);
        expect(second.stderr).toContain('another orglint run is changing this tenant');
        release();
        expect((await first.done).code).toBe(0);
        if (lockDir) expect(readdirSync(lockDir)).toEqual([]);
      } finally {
        await srv.close();
      }
    }
  });

  it('a lock left by a run that is gone (kill -9, a dead pid) is stale: taken over with a note', async () => {
    s = await server({ clients: clients() });
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const pid = Number(dead.stdout);
    writeFileSync(lockFile(dir, s), JSON.stringify({ pid, host: hostname(), tenant: s.url, command: 'orglint fix --live --yes', at: '2025-01-01T00:00:00.000Z' }) + '\n');
    const run = await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], dir, envFor(s));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`removed a stale lock file ${lockFile(dir, s)}: its run (pid ${pid}) is gone`);
    expect(existsSync(lockFile(dir, s))).toBe(false);
  });

  it('a pid that is alive but started after the lock was written (a reused pid) is stale; one that started before holds it', async () => {
    s = await server({ clients: clients() });
    // this test process runs: as the holder of a lock written now it holds it, of a lock written in 2001 it cannot
    const holder = { pid: process.pid, host: hostname(), tenant: s.url, command: 'orglint fix --live --yes' };
    const dir = tempDir();
    writeFileSync(lockFile(dir, s), JSON.stringify({ ...holder, at: new Date().toISOString() }) + '\n');
    const held = await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], dir, envFor(s));
    expect(held.code).toBe(2);
    expect(held.stderr).toContain(`(pid ${process.pid} on`);
    writeFileSync(lockFile(dir, s), JSON.stringify({ ...holder, at: '2001-01-01T00:00:00.000Z' }) + '\n');
    const reused = await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], dir, envFor(s));
    expect(reused.code).toBe(0);
    expect(reused.stderr).toContain(`removed a stale lock file ${lockFile(dir, s)}: its run (pid ${process.pid}) is gone`);
  });

  it("a lock of another machine cannot be checked: refused, naming its holder", async () => {
    s = await server({ clients: clients() });
    const dir = tempDir();
    writeFileSync(lockFile(dir, s), JSON.stringify({ pid: 4242, host: 'ci-runner-7', tenant: s.url, command: 'orglint rollback --yes', at: '2025-01-01T00:00:00.000Z' }) + '\n');
    const run = await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], dir, envFor(s));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('orglint rollback --yes (pid 4242 on "ci-runner-7", since "2025-01-01T00:00:00.000Z") holds the lock file');
    expect(run.stderr).toContain('(if no such run is going on, delete that file)');
    expect(s.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
  });

  it('without --yes (a plan only) no lock is needed', async () => {
    s = await server({ clients: clients() });
    const dir = tempDir();
    writeFileSync(lockFile(dir, s), JSON.stringify({ pid: 4242, host: 'ci-runner-7', tenant: s.url, command: 'x', at: 'y' }) + '\n');
    const run = await live(['fix', '--live'], dir, envFor(s));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('6 changes to 6 clients');
  });
});
