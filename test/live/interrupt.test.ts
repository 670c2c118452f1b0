import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MgmtApiServer } from '../support/mgmt-api-server';
import { envFor, journalLines, live, server, spawnLive, tempDir, until } from './helpers';

let s: MgmtApiServer | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

/** 40 clients, each with one safe fix: "Allow" → "allow". */
const clients = () => Array.from({ length: 40 }, (_, i) => ({ client_id: `k${String(i).padStart(3, '0')}`, name: `App ${i}`, app_type: 'spa', organization_usage: 'Allow' }));
const ARGS = ['fix', '--live', '--yes', '--journal', 'j.jsonl', '--concurrency', '2'];

/** Every attempt of the journal has a settled result after it, and each client was applied exactly once. */
function checkJournal(file: string): Record<string, unknown>[] {
  const lines = journalLines(readFileSync(file, 'utf8'));
  const open = new Set<string>();
  const applied = new Map<string, number>();
  for (const l of lines) {
    if (l.type === 'attempt') open.add(String(l.client_id));
    if (l.type === 'result' && l.outcome !== 'unknown') open.delete(String(l.client_id));
    if (l.type === 'result' && l.outcome === 'applied') applied.set(String(l.client_id), (applied.get(String(l.client_id)) ?? 0) + 1);
  }
  expect([...open]).toEqual([]);
  expect(applied.size).toBe(40);
  expect([...applied.values()].every((n) => n === 1)).toBe(true);
  return lines;
}

describe('interrupting orglint fix --live', () => {
  it('kill -9 during apply, then the same command again: each change applied once, the journal consistent', async () => {
    s = await server({ clients: clients(), latencyMs: 10 });
    // hold the 10th PATCH at the server, kill orglint while it waits, then let it land: orglint never saw it
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let seen = 0;
    let heldId = '';
    s.onRequest(async ({ method, clientId }) => {
      if (method === 'PATCH' && ++seen === 10) {
        heldId = clientId!;
        await held;
      }
    });
    const dir = tempDir();
    const first = spawnLive(ARGS, dir, envFor(s));
    await until(() => heldId !== '');
    first.child.kill('SIGKILL');
    await first.done;
    release();
    await until(() => s!.patches.has(heldId));
    expect(s.patches.size).toBeLessThan(40);
    const open = journalLines(readFileSync(path.join(dir, 'j.jsonl'), 'utf8')).filter((l) => l.client_id === heldId);
    expect(open.map((l) => l.type)).toEqual(['plan', 'attempt']);

    const again = await live(ARGS, dir, envFor(s));
    expect(again.stderr).toContain('continuing the journal');
    // the held PATCH, and perhaps the other worker's
    expect(again.stderr).toMatch(/settled [12] changes? an earlier run left in flight/);
    expect(again.code).toBe(0);
    expect(s.patches.size).toBe(40);
    expect([...s.patches.values()].every((n) => n === 1)).toBe(true);
    expect([...s.clients.values()].every((c) => c.organization_usage === 'allow')).toBe(true);
    const lines = checkJournal(path.join(dir, 'j.jsonl'));
    expect(lines.filter((l) => l.type === 'run')).toHaveLength(2);
    expect(lines.find((l) => l.type === 'result' && l.client_id === heldId)).toMatchObject({ outcome: 'applied', recovered: true });
  });

  it('Ctrl-C finishes the requests in flight, writes the journal and exits 130; running again continues', async () => {
    s = await server({ clients: clients(), latencyMs: 10 });
    const dir = tempDir();
    const first = spawnLive(ARGS, dir, envFor(s));
    await until(() => s!.patches.size >= 8);
    first.child.kill('SIGINT');
    const run = await first.done;
    expect(run.code).toBe(130);
    expect(run.stderr).toContain('SIGINT: finishing the requests in flight and writing the journal');
    expect(run.stdout).toMatch(/not started: \d+ clients \(interrupted: run the same command again to continue\)/);
    const partial = journalLines(readFileSync(path.join(dir, 'j.jsonl'), 'utf8'));
    expect(partial.at(-1)).toMatchObject({ type: 'end', outcome: 'interrupted' });
    // nothing left in flight: every attempt has its result, applied or (Ctrl-C while its journal line was being
    // written, before the PATCH left) not sent; the server saw exactly the applied ones
    const attempts = partial.filter((l) => l.type === 'attempt').length;
    const results = partial.filter((l) => l.type === 'result');
    expect(results).toHaveLength(attempts);
    expect(results.every((l) => l.outcome === 'applied' || l.outcome === 'not-applied')).toBe(true);
    expect(s.patches.size).toBe(results.filter((l) => l.outcome === 'applied').length);

    const again = await live(ARGS, dir, envFor(s));
    expect(again.code).toBe(0);
    expect(s.patches.size).toBe(40);
    expect([...s.patches.values()].every((n) => n === 1)).toBe(true);
    checkJournal(path.join(dir, 'j.jsonl'));
  });

  it('SIGTERM behaves like Ctrl-C (exit 130)', async () => {
    s = await server({ clients: clients(), latencyMs: 10 });
    const dir = tempDir();
    const first = spawnLive(ARGS, dir, envFor(s));
    await until(() => s!.patches.size >= 4);
    first.child.kill('SIGTERM');
    expect((await first.done).code).toBe(130);
    expect(journalLines(readFileSync(path.join(dir, 'j.jsonl'), 'utf8')).at(-1)).toMatchObject({ type: 'end', outcome: 'interrupted' });
  });

  it('without --journal, the next run finds the unfinished journal of this tenant and continues it', async () => {
    s = await server({ clients: clients(), latencyMs: 10 });
    const dir = tempDir();
    const args = ['fix', '--live', '--yes', '--concurrency', '2'];
    const first = spawnLive(args, dir, envFor(s));
    await until(() => s!.patches.size >= 5);
    first.child.kill('SIGKILL');
    await first.done;
    const again = await live(args, dir, envFor(s));
    expect(again.code).toBe(0);
    const journal = again.stdout.match(/journal: (.+)/)![1];
    expect(path.basename(journal)).toMatch(/^orglint-journal-127\.0\.0\.1_\d+-\d{8}T\d{6}Z\.jsonl$/);
    expect(again.stderr).toContain(`continuing the journal ${journal}`);
    checkJournal(journal);
  });
});
