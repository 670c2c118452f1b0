import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  receivedError
} from "./chunk-NU44CZGB.js";
import "./chunk-KSG2FG5H.js";
import {
  UsageError
} from "./chunk-CDB3GD3G.js";
import "./chunk-2PXXPKA6.js";

// src/engine/worker-pool.ts
import { setImmediate as yieldToEvents } from "node:timers/promises";
import { Worker } from "node:worker_threads";
async function lintInWorkers(entry, start, groups, rankOf, threads, modelLimit, local, debug) {
  const outcomes = new Array(groups.length);
  const debugs = new Array(groups.length);
  let next = 0;
  let done = 0;
  let failure;
  let finish;
  const allDone = new Promise((resolve) => finish = resolve);
  const settle = () => {
    if (failure || done === groups.length) finish();
  };
  const fail = (err) => {
    failure ??= err;
    settle();
  };
  const workers = [];
  let closing = false;
  const give = (w, busy) => {
    if (failure || next >= groups.length) {
      busy.index = -1;
      busy.stopped = true;
      w.postMessage({ type: "stop" });
      return;
    }
    const index = next++;
    busy.index = index;
    const group = groups[index];
    const ranks = /* @__PURE__ */ new Map();
    for (const t of group) ranks.set(t.file, rankOf.get(t.file) ?? Number.MAX_SAFE_INTEGER);
    w.postMessage({ type: "group", index, group, ranks, modelLimit });
  };
  try {
    for (let i = 0; i < Math.min(threads - 1, groups.length); i++) {
      const w = new Worker(entry, { workerData: start, stdout: false, stderr: false });
      workers.push(w);
      const busy = { index: -1, stopped: false };
      w.on("message", (m) => {
        if (m.type === "ready") return give(w, busy);
        debugs[m.index] = m.debug;
        if (m.type === "failed") return fail(receivedError(m.error));
        outcomes[m.index] = m.outcome;
        done++;
        give(w, busy);
        settle();
      });
      w.on("error", (err) => fail(err instanceof Error ? err : new Error(String(err))));
      w.on("messageerror", (err) => fail(err instanceof Error ? err : new Error(String(err))));
      w.on("exit", (code) => {
        if (busy.stopped || failure || closing) return;
        const what = busy.index === -1 ? "as it started" : `while linting ${groups[busy.index][0]?.file ?? ""}`;
        fail(new UsageError(`a lint worker thread stopped (exit code ${code}) ${what}; its tenant's findings would be lost, so the run stops (--threads 1 lints on the main thread)`));
      });
    }
    while (!failure && next < groups.length) {
      const index = next++;
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
    closing = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure) throw failure;
  if (debug) for (const lines of debugs) for (const m of lines ?? []) debug(m);
  return outcomes;
}
export {
  lintInWorkers
};
