/**
 * Lint groups of targets on several threads: this one and the pool's workers (loaded only for a run large
 * enough, see threads.ts). The workers are started before the walk, so that they load the linter and read the
 * config while this thread lists the folders; once the groups are known, every thread takes the next one from
 * one shared queue (an Atomics counter: no thread waits for another to hand it work), largest first, so that
 * they finish together. A worker's outcomes come back as plain data and are put in group order, so the merged
 * result is the one a single thread would have made (debug lines too). A worker that throws, or cannot start,
 * fails the run with the error it threw; a worker that dies fails it with a message naming the group; nothing
 * waits forever.
 */
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../cli/io';
import type { TargetFile } from './files';
import type { SentFolders } from './folder-guard';
import type { GroupOutcome } from './group-outcome';
import { receivedError } from './worker-errors';
import { QUEUE_NEXT, QUEUE_SLOTS, type FromWorker, type ToWorker, type WorkerSettings, type WorkerStart } from './worker-protocol';

/** Lints one group on this thread, its debug lines sent to `debug`. */
export type LocalLint = (group: readonly TargetFile[], debug: ((m: string) => void) | undefined) => Promise<GroupOutcome>;

/** at most this many workers (`--threads` 64) */
const MAX_WORKERS = 63;

interface PoolWorker {
  worker: Worker;
  slot: number;
  /** it read the config and loaded the rules (or failed to: `failed`) */
  ready: boolean;
  /** what went wrong in it (it threw, could not start, or stopped) */
  failed?: Error;
}

/** The pool's events as the run sees them (set by `run`). */
interface RunHooks {
  done(index: number, outcome: GroupOutcome, debug: string[]): void;
  fail(err: Error): void;
  settled(): void;
}

export class LintPool {
  private readonly queue = new Int32Array(new SharedArrayBuffer((QUEUE_SLOTS + MAX_WORKERS) * 4));
  private readonly workers: PoolWorker[] = [];
  private hooks: RunHooks | undefined;
  /** set once the run is over: the workers are ended then, and their exits are expected */
  private closing = false;
  private closed: Promise<void> | undefined;
  private groupsOf: readonly TargetFile[][] = [];

  constructor(
    private readonly entry: string,
    private readonly settings: WorkerSettings,
    count: number,
  ) {
    this.grow(count);
  }

  get size(): number {
    return this.workers.length;
  }

  /** Start workers until there are `count`. */
  grow(count: number): void {
    while (this.workers.length < Math.min(count, MAX_WORKERS)) this.spawn();
  }

  private spawn(): void {
    const slot = this.workers.length;
    Atomics.store(this.queue, QUEUE_SLOTS + slot, -1);
    const start: WorkerStart = { ...this.settings, queue: this.queue.buffer as SharedArrayBuffer, slot };
    const worker = new Worker(this.entry, { workerData: start, stdout: false, stderr: false });
    const pw: PoolWorker = { worker, slot, ready: false };
    this.workers.push(pw);
    const failed = (err: Error) => {
      pw.failed ??= err;
      pw.ready = true;
      this.hooks?.fail(err);
      this.hooks?.settled();
    };
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'ready') {
        pw.ready = true;
        this.hooks?.settled();
      } else if (m.type === 'done') this.hooks?.done(m.index, m.outcome, m.debug);
      else failed(receivedError(m.error));
    });
    // an error thrown where nothing awaits it in the worker (a plugin's timer) is one here, as the same code on
    // this thread would have made it: the process's handler reports it once and exits (with two threads, another
    // such error pending on this thread must not be reported after it)
    worker.on('error', (err) => {
      if (this.closing) return;
      pw.failed ??= err instanceof Error ? err : new Error(String(err));
      pw.ready = true;
      process.nextTick(() => {
        throw err;
      });
    });
    // an outcome that cannot be read back here would be a tenant lost
    worker.on('messageerror', (err) => failed(err instanceof Error ? err : new Error(String(err))));
    worker.on('exit', (code) => {
      if (this.closing || pw.failed) return;
      // before it could start, in the middle of a group, or between two: either way the run cannot be trusted
      const index = Atomics.load(this.queue, QUEUE_SLOTS + slot);
      const what = !pw.ready ? 'as it started' : index >= 0 ? `while linting ${this.groupsOf[index]?.[0]?.file ?? ''}` : 'between two groups';
      // exit 2 with the message, as a usage error is
      failed(new UsageError(`a lint worker thread stopped (exit code ${code}) ${what}; its tenant's findings would be lost, so the run stops (--threads 1 lints on the main thread)`));
    });
  }

  /**
   * Lint `groups` on this thread and `threads - 1` of the pool's workers (the others are ended), each taking
   * the next group of `order` (indexes into `groups`) from the shared queue.
   */
  async run(
    groups: readonly TargetFile[][],
    rankOf: ReadonlyMap<string, number>,
    order: readonly number[],
    threads: number,
    /** the report models' limit per group */
    modelLimit: number | undefined,
    local: LocalLint,
    debug?: (message: string) => void,
    /** the folders the walk listed, so each worker guards the groups it reads (folder-guard.ts) */
    folders: SentFolders = { dirs: [], ids: new Float64Array(0) },
  ): Promise<GroupOutcome[]> {
    this.groupsOf = groups;
    const outcomes = new Array<GroupOutcome | undefined>(groups.length);
    const debugs = new Array<string[]>(groups.length);
    let done = 0;
    let failure: Error | undefined;
    let finish: (() => void) | undefined;
    const allDone = new Promise<void>((resolve) => (finish = resolve));
    const used = this.workers.slice(0, Math.max(0, threads - 1));
    // every group in, and every worker started (or failed to): a worker that cannot start fails every run, not
    // only the runs where it was quick enough to take a group
    const settle = () => {
      if (failure || (done === groups.length && used.every((w) => w.ready))) finish!();
    };
    const fail = (err: Error) => {
      failure ??= err;
      // no thread takes another group
      Atomics.store(this.queue, QUEUE_NEXT, order.length);
      settle();
    };
    this.hooks = {
      done: (index, outcome, lines) => {
        outcomes[index] = outcome;
        debugs[index] = lines;
        done++;
        settle();
      },
      fail,
      settled: settle,
    };
    try {
      for (const w of this.workers.slice(used.length)) void w.worker.terminate();
      this.workers.length = used.length;
      for (const w of used) if (w.failed) fail(w.failed);
      const message = flatGroups(groups, rankOf, order, modelLimit, folders);
      for (const w of used) w.worker.postMessage(message);
      // this thread takes groups too, letting the workers' messages in between
      while (!failure) {
        const at = Atomics.add(this.queue, QUEUE_NEXT, 1);
        if (at >= order.length) break;
        const index = order[at];
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
      await this.close();
    }
    if (failure) throw failure;
    // the debug lines in the order one thread would have written them
    if (debug) for (const lines of debugs) for (const m of lines ?? []) debug(m);
    return outcomes as GroupOutcome[];
  }

  /** End every worker (a run that turned out too small for them, or one that is over); again: the same wait. */
  close(): Promise<void> {
    if (!this.closed) {
      this.closing = true;
      this.hooks = undefined;
      const workers = this.workers.splice(0);
      this.closed = Promise.all(workers.map((w) => w.worker.terminate())).then(() => undefined);
    }
    return this.closed;
  }
}

/** The groups as the workers are sent them: flat arrays (see ToWorker). */
function flatGroups(groups: readonly TargetFile[][], rankOf: ReadonlyMap<string, number>, order: readonly number[], modelLimit: number | undefined, folders: SentFolders): ToWorker {
  let count = 0;
  for (const g of groups) count += g.length;
  const files = new Array<string>(count);
  const explicit = new Uint8Array(count);
  const ranks = new Int32Array(count);
  const bounds = new Int32Array(groups.length + 1);
  let i = 0;
  groups.forEach((g, gi) => {
    bounds[gi] = i;
    for (const t of g) {
      files[i] = t.file;
      // (2: a walked file read through its link, files.ts `linked`)
      explicit[i] = t.explicit ? 1 : t.linked ? 2 : 0;
      // (every target has a rank; the largest Int32 sorts a stray one last, as MAX_SAFE_INTEGER did)
      ranks[i] = rankOf.get(t.file) ?? 0x7fffffff;
      i++;
    }
  });
  bounds[groups.length] = i;
  return { type: 'groups', files, explicit, ranks, bounds, order: Int32Array.from(order), modelLimit, folders };
}
