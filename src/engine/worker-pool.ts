/**
 * Lint groups of targets on `threads` threads: this one and `threads - 1` workers (loaded only for a run large
 * enough, see threads.ts). Each thread takes the next group when it is free; a worker's outcomes come back as
 * plain data, and all are put in group order, so the merged result is the one a single thread would have made
 * (debug lines too). A worker that throws fails the run with the error it threw; a worker that dies fails it
 * with a message naming the group; nothing waits forever.
 */
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../cli/io';
import type { TargetFile } from './files';
import type { GroupOutcome } from './group-outcome';
import { receivedError } from './worker-errors';
import type { FromWorker, ToWorker, WorkerStart } from './worker-protocol';

/** Lints one group on this thread, its debug lines sent to `debug`. */
export type LocalLint = (group: readonly TargetFile[], debug: ((m: string) => void) | undefined) => Promise<GroupOutcome>;

export async function lintInWorkers(
  entry: string,
  start: WorkerStart,
  groups: readonly TargetFile[][],
  rankOf: ReadonlyMap<string, number>,
  threads: number,
  /** the report models' limit per group */
  modelLimit: number | undefined,
  local: LocalLint,
  debug?: (message: string) => void,
): Promise<GroupOutcome[]> {
  const outcomes = new Array<GroupOutcome | undefined>(groups.length);
  const debugs = new Array<string[]>(groups.length);
  let next = 0;
  let done = 0;
  let failure: Error | undefined;
  let finish: (() => void) | undefined;
  const allDone = new Promise<void>((resolve) => (finish = resolve));
  const settle = () => {
    if (failure || done === groups.length) finish!();
  };
  const fail = (err: Error) => {
    failure ??= err;
    settle();
  };
  const workers: Worker[] = [];
  // set once every group is in (or the run failed): the workers are ended then, and their exits are expected
  let closing = false;
  const give = (w: Worker, busy: { index: number; stopped: boolean }) => {
    if (failure || next >= groups.length) {
      busy.index = -1;
      busy.stopped = true;
      w.postMessage({ type: 'stop' } satisfies ToWorker);
      return;
    }
    const index = next++;
    busy.index = index;
    const group = groups[index];
    const ranks = new Map<string, number>();
    for (const t of group) ranks.set(t.file, rankOf.get(t.file) ?? Number.MAX_SAFE_INTEGER);
    w.postMessage({ type: 'group', index, group, ranks, modelLimit } satisfies ToWorker);
  };
  try {
    for (let i = 0; i < Math.min(threads - 1, groups.length); i++) {
      const w = new Worker(entry, { workerData: start, stdout: false, stderr: false });
      workers.push(w);
      const busy = { index: -1, stopped: false };
      w.on('message', (m: FromWorker) => {
        if (m.type === 'ready') return give(w, busy);
        debugs[m.index] = m.debug;
        if (m.type === 'failed') return fail(receivedError(m.error));
        outcomes[m.index] = m.outcome;
        done++;
        give(w, busy);
        settle();
      });
      w.on('error', (err) => fail(err instanceof Error ? err : new Error(String(err))));
      // an outcome that cannot be read back here would be a tenant lost
      w.on('messageerror', (err) => fail(err instanceof Error ? err : new Error(String(err))));
      w.on('exit', (code) => {
        if (busy.stopped || failure || closing) return;
        // before its first group (it could not start) or in the middle of one: either way a tenant is unlinted
        const what = busy.index === -1 ? 'as it started' : `while linting ${groups[busy.index][0]?.file ?? ''}`;
        // exit 2 with the message, as a usage error is
        fail(new UsageError(`a lint worker thread stopped (exit code ${code}) ${what}; its tenant's findings would be lost, so the run stops (--threads 1 lints on the main thread)`));
      });
    }
    // this thread takes groups too, letting the workers' messages in between
    while (!failure && next < groups.length) {
      const index = next++;
      const lines: string[] = [];
      try {
        outcomes[index] = await local(groups[index], debug ? (m) => lines.push(m) : undefined);
      } catch (err) {
        fail(err as Error);
        break;
      }
      debugs[index] = lines;
      done++;
      await yieldToEvents();
    }
    settle();
    await allDone;
  } finally {
    closing = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure) throw failure;
  // the debug lines in the order one thread would have written them
  if (debug) for (const lines of debugs) for (const m of lines ?? []) debug(m);
  return outcomes as GroupOutcome[];
}
