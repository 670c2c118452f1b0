import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  resolveConfig,
  rulesOf
} from "./chunks/chunk-SYDFYH66.js";
import "./chunks/chunk-DQTBILT3.js";
import "./chunks/chunk-5PQRB3TV.js";
import {
  groupShared,
  lintGroup
} from "./chunks/chunk-QIBBQUEZ.js";
import "./chunks/chunk-VJ3W4TCX.js";
import "./chunks/chunk-JF6O7IXT.js";
import "./chunks/chunk-DNTEEZQ7.js";
import "./chunks/chunk-V6V22UTJ.js";
import "./chunks/chunk-DTJKQC3V.js";
import "./chunks/chunk-OZSULO73.js";
import "./chunks/chunk-RWZGGTX2.js";
import "./chunks/chunk-MEX5ELCO.js";
import "./chunks/chunk-K3LQRXYN.js";
import "./chunks/chunk-GO4ODZTT.js";
import "./chunks/chunk-3VFIX5JO.js";
import {
  QUEUE_NEXT,
  QUEUE_SLOTS,
  sendableError
} from "./chunks/chunk-HSQRSIAZ.js";
import "./chunks/chunk-KSG2FG5H.js";
import "./chunks/chunk-J7O3SICE.js";
import "./chunks/chunk-IDLQBHWY.js";
import "./chunks/chunk-XGMEGRHA.js";
import "./chunks/chunk-RHLJY6KC.js";
import "./chunks/chunk-WR2XUHY5.js";
import "./chunks/chunk-6AH6ZUNW.js";
import "./chunks/chunk-QSQWDZRO.js";
import "./chunks/chunk-MGL2NZD7.js";
import "./chunks/chunk-PYKP3QTX.js";
import "./chunks/chunk-J5OMSPZF.js";

// src/engine/lint-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var start = workerData;
var port = parentPort;
var post = (m) => port.postMessage(m);
var queue = new Int32Array(start.queue);
var debugLines = [];
async function setUp() {
  const { source } = start;
  const io = { cwd: source.cwd, env: process.env, stdout: () => {
  }, stderr: () => {
  }, stdoutIsTTY: false, stderrIsTTY: false };
  const config = await resolveConfig(io, source.config, source.keywords, { plugins: source.plugins });
  const req = {
    cwd: source.cwd,
    paths: [],
    config,
    rules: rulesOf(config),
    cliRules: start.cliRules,
    debug: start.debug ? (m) => debugLines.push(m) : void 0,
    inlineConfig: start.inlineConfig,
    varFiles: start.varFiles,
    release: start.release,
    reportModels: start.reportModels,
    quoteContext: start.quoteContext
  };
  return { req, shared: await groupShared(req, /* @__PURE__ */ new Map()) };
}
var ready = setUp().then(
  (s) => {
    post({ type: "ready" });
    return s;
  },
  (err) => {
    post({ type: "failed", index: -1, error: sendableError(err), debug: [] });
    return void 0;
  }
);
async function lintQueue(m) {
  const setup = await ready;
  if (!setup) return;
  const { req, shared } = setup;
  const rankOf = /* @__PURE__ */ new Map();
  for (let i = 0; i < m.files.length; i++) rankOf.set(m.files[i], m.ranks[i]);
  const groupShared2 = { ...shared, rankOf };
  for (; ; ) {
    const at = Atomics.add(queue, QUEUE_NEXT, 1);
    if (at >= m.order.length) break;
    const index = m.order[at];
    Atomics.store(queue, QUEUE_SLOTS + start.slot, index);
    const group = [];
    for (let i = m.bounds[index]; i < m.bounds[index + 1]; i++) group.push({ file: m.files[i], explicit: m.explicit[i] === 1 });
    debugLines = [];
    try {
      const outcome = await lintGroup(req, group, groupShared2, m.modelLimit);
      post({ type: "done", index, outcome, debug: debugLines });
    } catch (err) {
      post({ type: "failed", index, error: sendableError(err), debug: debugLines });
      break;
    } finally {
      Atomics.store(queue, QUEUE_SLOTS + start.slot, -1);
    }
  }
}
port.on("message", (m) => {
  if (m.type === "stop") port.close();
  else void lintQueue(m);
});
