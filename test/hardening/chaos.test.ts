/**
 * Faults in live mode: `orglint fix --live --yes` on 1,000 clients of the Management API test server (127.0.0.1)
 * with random latency, 5xx answers, dropped connections, PATCHes whose answer is lost after they landed, and
 * 429 storms, while a concurrent writer changes some clients. The run, then re-runs until done, must leave the
 * tenant exactly as a fault-free run does, apply each change once, keep a complete journal, and never overwrite
 * a value of the writer; a rollback (under the same faults) must then restore every previous value.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MgmtApiServer, ServerOptions } from '../support/mgmt-api-server';
import { envFor, journalLines, live, server, tempDir } from '../live/helpers';

type Obj = Record<string, unknown>;
const N = 1000;
const id = (i: number) => `k${String(i).padStart(4, '0')}`;

/** Every client as the tenant starts: half have a behavior that has no effect (the safe fix removes it). */
function initialClients(): Obj[] {
  return Array.from({ length: N }, (_, i) => {
    const c: Obj = { client_id: id(i), name: `Chaos App ${i}`, app_type: 'regular_web', description: `app ${i}`, callbacks: [`https://app${i}.example.com/cb`] };
    if (i % 4 === 0) Object.assign(c, { organization_usage: 'deny', organization_require_behavior: 'pre_login_prompt' });
    else if (i % 4 === 1) Object.assign(c, { organization_require_behavior: 'post_login_prompt' });
    else if (i % 4 === 2) Object.assign(c, { organization_usage: 'require', organization_require_behavior: 'pre_login_prompt' });
    return c;
  });
}
const planned = (i: number) => i % 4 === 0 || i % 4 === 1;

/** A small seeded PRNG, so a failing run can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHAOS: ServerOptions = { latencyMs: [0, 8], errorRate: 0.04, dropRate: 0.02, rateLimit: { burst: 60, perSecond: 600 }, seed: 7 };
/** the writer's values: valid and without findings, so no later run has a reason to change them */
const WRITER = { organization_usage: 'require', organization_require_behavior: 'post_login_prompt', oidc_conformant: true };

/** Run `args` until it reports nothing failed (bounded); returns every run's output. */
async function untilDone(args: string[], dir: string, env: NodeJS.ProcessEnv, done: (stdout: string) => boolean, max = 8): Promise<{ code: number | null; stdout: string; stderr: string }[]> {
  const runs = [];
  for (let n = 0; n < max; n++) {
    const run = await live(args, dir, env, 120_000);
    runs.push(run);
    expect(run.code, run.stderr).not.toBe(2);
    if (done(run.stdout)) return runs;
  }
  throw new Error(`not done after ${max} runs:\n${runs.map((r) => r.stdout.split('\n').slice(-4).join('\n')).join('\n---\n')}`);
}

describe('live fixes under faults', () => {
  it('a change, between plan and apply, to a field a fix rests on is a conflict: the fix is not applied', async () => {
    // removing the behavior is right while organization_usage is "deny"; someone sets "require" meanwhile
    const s = await server({ clients: [{ client_id: 'premise1', name: 'Premise', app_type: 'spa', organization_usage: 'deny', organization_require_behavior: 'pre_login_prompt' }] });
    s.onRequest(({ method, clientId }) => {
      if (method === 'GET' && clientId === 'premise1') s.clients.set('premise1', { ...s.clients.get('premise1'), organization_usage: 'require' });
    });
    const run = await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], tempDir(), envFor(s));
    expect(run.stdout).toContain('conflict: "Premise" (premise1): organization_usage is now "require", expected "deny"; left unchanged');
    expect(run.code).toBe(1);
    expect(s.clients.get('premise1')).toMatchObject({ organization_usage: 'require', organization_require_behavior: 'pre_login_prompt' });
    expect(s.patches.size).toBe(0);
    await s.close();
  });

  it('1,000 clients: faults and a concurrent writer; re-runs reach the planned state, each change once, nothing overwritten; rollback restores', async () => {
    const start = Date.now();
    // the planned state: a fault-free run on the same tenant
    const reference = await server({ clients: initialClients() });
    const refRun = await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], tempDir(), envFor(reference), 120_000);
    expect(refRun.code).toBe(0);
    expect(refRun.stdout).toContain(`applied ${N / 2} clients; 0 conflicts; 0 failed`);
    const target = new Map([...reference.clients].map(([k, v]) => [k, structuredClone(v)]));
    const referenceSeconds = (Date.now() - start) / 1000;
    await reference.close();

    const s: MgmtApiServer = await server({ clients: initialClients(), ...CHAOS });
    const random = prng(42);
    const initial = new Map(initialClients().map((c) => [String(c.client_id), c]));
    // a PATCH that lands but whose answer is lost, for 40 planned clients
    const lostAnswers = Array.from({ length: N }, (_, i) => i).filter((i) => planned(i) && random() < 0.08).map(id);
    for (const c of lostAnswers) s.inject({ method: 'PATCH', path: `/api/v2/clients/${c}`, dropAfterHandling: true });

    // the concurrent writer: (a) changes a planned client as orglint re-reads it, (b) edits a field orglint
    // never sends, on any client, at any time, (c) changes a client after orglint has fixed it
    const writes = new Map<string, Obj>();
    const write = (c: string, values: Obj) => {
      s.clients.set(c, { ...s.clients.get(c), ...values });
      writes.set(c, { ...writes.get(c), ...values });
    };
    const beforeReRead = new Set(Array.from({ length: N }, (_, i) => i).filter((i) => planned(i) && random() < 0.03).map(id));
    let handled = 0;
    let storms = 0;
    let writing = true;
    s.onRequest(({ method, clientId }) => {
      handled++;
      // a 429 storm every 200 requests: for 2.5 s every request answers 429 with Retry-After (a global limit), and
      // the bucket is drained as if another process used it up
      if (handled % 200 === 0) {
        storms++;
        const until = Date.now() + 2500;
        const during = { test: () => Date.now() < until } as unknown as RegExp;
        s.inject({ path: during, status: 429, times: Infinity, headers: { 'retry-after': '1' }, body: { statusCode: 429, error: 'Too Many Requests', message: 'Global limit has been reached', errorCode: 'too_many_requests' } });
        s.setOptions({ rateLimit: { burst: 2, perSecond: 2 } });
        setTimeout(() => s.setOptions({ rateLimit: CHAOS.rateLimit }), 3000);
      }
      if (!writing) return;
      if (method === 'GET' && clientId && beforeReRead.has(clientId) && !writes.has(clientId)) write(clientId, WRITER);
      if (random() < 0.02) write(id(Math.floor(random() * N)), { description: `written by someone else at request ${handled}` });
      if (random() < 0.01) {
        const fixed = [...s.patches.keys()].filter((c) => !writes.has(c) && !lostAnswers.includes(c));
        if (fixed.length) write(fixed[Math.floor(random() * fixed.length)], WRITER);
      }
    });

    const dir = tempDir();
    const env = envFor(s);
    const fixRuns = await untilDone(['fix', '--live', '--yes', '--journal', 'j.jsonl', '--concurrency', '8'], dir, env, (out) => /; 0 failed/.test(out) && !/\bunknown\b/.test(out));
    writing = false;
    const statuses = s.requests.map((r) => r.status);
    const faults = {
      '5xx': statuses.filter((x) => x >= 500).length,
      dropped: statuses.filter((x) => x === -1).length,
      '429': s.count429,
      storms,
      lostAnswers: lostAnswers.length,
      writes: writes.size,
      runs: fixRuns.length,
      requests: s.requests.length,
    };
    console.log(`chaos fix: ${JSON.stringify({ ...faults, referenceSeconds, seconds: Math.round((Date.now() - start) / 1000) })}`);
    // every kind of fault happened, or this test proves nothing
    expect(faults['5xx']).toBeGreaterThan(20);
    expect(faults.dropped).toBeGreaterThan(lostAnswers.length);
    expect(storms).toBeGreaterThanOrEqual(2);
    // orglint holds every request after the first 429 of a storm, so a storm costs its length, not many 429s
    expect(faults['429']).toBeGreaterThanOrEqual(storms * 2);
    expect(faults.writes).toBeGreaterThan(20);

    // the tenant is in the planned state, except where the writer wrote: there, the writer's values stand
    const lost: string[] = [];
    for (const [c, now] of s.clients) {
      const wrote = writes.get(c);
      if (!wrote) {
        expect(now, c).toEqual(target.get(c));
        continue;
      }
      for (const [k, v] of Object.entries(wrote)) if (now[k] !== v) lost.push(`${c}.${k}: the writer wrote ${JSON.stringify(v)}, now ${JSON.stringify(now[k])}`);
      // fields nobody wrote are as planned
      for (const k of ['organization_usage', 'organization_require_behavior', 'oidc_conformant']) {
        if (!(k in wrote)) expect(now[k], `${c}.${k}`).toEqual(target.get(c)![k]);
      }
    }
    expect(lost).toEqual([]);

    // each change applied once: one successful PATCH per planned client the writer did not take first
    for (let i = 0; i < N; i++) {
      const c = id(i);
      const expected = planned(i) && !beforeReRead.has(c) ? 1 : 0;
      expect(s.patches.get(c) ?? 0, c).toBe(expected);
    }

    // the journal is complete: every attempt has its result, every PATCHed client one `applied`
    const journal = journalLines(readFileSync(path.join(dir, 'j.jsonl'), 'utf8'));
    const open = new Map<string, Obj>();
    const applied = new Map<string, number>();
    for (const e of journal) {
      if (e.type === 'attempt') open.set(String(e.client_id), e);
      if (e.type === 'result') {
        open.delete(String(e.client_id));
        if (e.outcome === 'applied') applied.set(String(e.client_id), (applied.get(String(e.client_id)) ?? 0) + 1);
      }
    }
    expect([...open.keys()]).toEqual([]);
    expect(new Map([...applied].filter(([, n]) => n !== 1))).toEqual(new Map());
    expect([...applied.keys()].sort()).toEqual([...s.patches.keys()].sort());
    expect(journal.filter((e) => e.type === 'end').at(-1)).toMatchObject({ outcome: 'done', failed: 0 });

    // rollback, under the same faults: every previous value is back, except where the writer wrote since
    const patchesBefore = [...s.patches.values()].reduce((a, b) => a + b, 0);
    const rollbackRuns = await untilDone(['rollback', '--journal', 'j.jsonl', '--yes', '--concurrency', '8'], dir, env, (out) => /; 0 failed/.test(out) && !/\bunknown\b/.test(out));
    for (const [c, now] of s.clients) {
      const wrote = writes.get(c);
      if (!wrote) {
        expect(now, c).toEqual(initial.get(c));
        continue;
      }
      for (const [k, v] of Object.entries(wrote)) expect(now[k], `${c}.${k}`).toEqual(v);
    }
    const rollbacks = [...s.patches.values()].reduce((a, b) => a + b, 0) - patchesBefore;
    // one PATCH per client to restore: the fixed ones the writer did not change afterwards
    const changedAfterFix = [...writes].filter(([c, w]) => 'organization_usage' in w && (s.patches.get(c) ?? 0) > 0).length;
    expect(rollbacks).toBe(N / 2 - beforeReRead.size - changedAfterFix);
    const again = await live(['rollback', '--journal', 'j.jsonl', '--yes'], dir, env, 120_000);
    expect([...s.patches.values()].reduce((a, b) => a + b, 0) - patchesBefore).toBe(rollbacks);
    expect(again.code).not.toBe(2);

    const all = s.requests.map((r) => r.status);
    const total = { '5xx': all.filter((x) => x >= 500).length, dropped: all.filter((x) => x === -1).length, '429': s.count429, storms, requests: all.length };
    console.log(`chaos: ${JSON.stringify({ fix: faults, fixAndRollback: total, rollbackRuns: rollbackRuns.length, seconds: Math.round((Date.now() - start) / 1000) })}`);
    await s.close();
  }, 300_000);
});
