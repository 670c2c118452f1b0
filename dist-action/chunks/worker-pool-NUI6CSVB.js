import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  QUEUE_NEXT,
  QUEUE_SLOTS,
  receivedError
} from "./chunk-LTF7UZTZ.js";
import {
  UsageError
} from "./chunk-XGHWUMGV.js";
import "./chunk-2PXXPKA6.js";

// src/engine/worker-pool.ts
import { setImmediate as yieldToEvents } from "node:timers/promises";
import { Worker } from "node:worker_threads";
var MAX_WORKERS = 63;
var LintPool = class {
  constructor(entry, settings, count) {
    this.entry = entry;
    this.settings = settings;
    this.grow(count);
  }
  entry;
  settings;
  queue = new Int32Array(new SharedArrayBuffer((QUEUE_SLOTS + MAX_WORKERS) * 4));
  workers = [];
  hooks;
  /** set once the run is over: the workers are ended then, and their exits are expected */
  closing = false;
  closed;
  groupsOf = [];
  get size() {
    return this.workers.length;
  }
  /** Start workers until there are `count`. */
  grow(count) {
    while (this.workers.length < Math.min(count, MAX_WORKERS)) this.spawn();
  }
  spawn() {
    const slot = this.workers.length;
    Atomics.store(this.queue, QUEUE_SLOTS + slot, -1);
    const start = { ...this.settings, queue: this.queue.buffer, slot };
    const worker = new Worker(this.entry, { workerData: start, stdout: false, stderr: false });
    const pw = { worker, slot, ready: false };
    this.workers.push(pw);
    const failed = (err) => {
      pw.failed ??= err;
      pw.ready = true;
      this.hooks?.fail(err);
      this.hooks?.settled();
    };
    worker.on("message", (m) => {
      if (m.type === "ready") {
        pw.ready = true;
        this.hooks?.settled();
      } else if (m.type === "done") this.hooks?.done(m.index, m.outcome, m.debug);
      else failed(receivedError(m.error));
    });
    worker.on("error", (err) => {
      if (this.closing) return;
      pw.failed ??= err instanceof Error ? err : new Error(String(err));
      pw.ready = true;
      process.nextTick(() => {
        throw err;
      });
    });
    worker.on("messageerror", (err) => failed(err instanceof Error ? err : new Error(String(err))));
    worker.on("exit", (code) => {
      if (this.closing || pw.failed) return;
      const index = Atomics.load(this.queue, QUEUE_SLOTS + slot);
      const what = !pw.ready ? "as it started" : index >= 0 ? `while linting ${this.groupsOf[index]?.[0]?.file ?? ""}` : "between two groups";
      failed(new UsageError(`a lint worker thread stopped (exit code ${code}) ${what}; its tenant's findings would be lost, so the run stops (--threads 1 lints on the main thread)`));
    });
  }
  /**
   * Lint `groups` on this thread and `threads - 1` of the pool's workers (the others are ended), each taking
   * the next group of `order` (indexes into `groups`) from the shared queue.
   */
  async run(groups, rankOf, order, threads, modelLimit, local, debug, folders = { dirs: [], ids: new Float64Array(0) }) {
    this.groupsOf = groups;
    const outcomes = new Array(groups.length);
    const debugs = new Array(groups.length);
    let done = 0;
    let failure;
    let finish;
    const allDone = new Promise((resolve) => finish = resolve);
    const used = this.workers.slice(0, Math.max(0, threads - 1));
    const settle = () => {
      if (failure || done === groups.length && used.every((w) => w.ready)) finish();
    };
    const fail = (err) => {
      failure ??= err;
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
      settled: settle
    };
    try {
      for (const w of this.workers.slice(used.length)) void w.worker.terminate();
      this.workers.length = used.length;
      for (const w of used) if (w.failed) fail(w.failed);
      const message = flatGroups(groups, rankOf, order, modelLimit, folders);
      for (const w of used) w.worker.postMessage(message);
      while (!failure) {
        const at = Atomics.add(this.queue, QUEUE_NEXT, 1);
        if (at >= order.length) break;
        const index = order[at];
        const lines = [];
        try {
          outcomes[index] = await local(groups[index], debug ? (m) => lines.push(m) : void 0);
        } catch (err) {
          fail(err);
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
    if (debug) for (const lines of debugs) for (const m of lines ?? []) debug(m);
    return outcomes;
  }
  /** End every worker (a run that turned out too small for them, or one that is over); again: the same wait. */
  close() {
    if (!this.closed) {
      this.closing = true;
      this.hooks = void 0;
      const workers = this.workers.splice(0);
      this.closed = Promise.all(workers.map((w) => w.worker.terminate())).then(() => void 0);
    }
    return this.closed;
  }
};
function flatGroups(groups, rankOf, order, modelLimit, folders) {
  let count = 0;
  for (const g of groups) count += g.length;
  const files = new Array(count);
  const explicit = new Uint8Array(count);
  const ranks = new Int32Array(count);
  const bounds = new Int32Array(groups.length + 1);
  let i = 0;
  groups.forEach((g, gi) => {
    bounds[gi] = i;
    for (const t of g) {
      files[i] = t.file;
      explicit[i] = t.explicit ? 1 : t.linked ? 2 : 0;
      ranks[i] = rankOf.get(t.file) ?? 2147483647;
      i++;
    }
  });
  bounds[groups.length] = i;
  return { type: "groups", files, explicit, ranks, bounds, order: Int32Array.from(order), modelLimit, folders };
}
export {
  LintPool
};
