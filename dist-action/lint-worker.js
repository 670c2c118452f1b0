import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  QUEUE_NEXT,
  QUEUE_SLOTS,
  sendableError
} from "./chunks/chunk-LTF7UZTZ.js";
import {
  groupShared,
  lintGroup,
  receiveFolders,
  resolveConfig,
  rulesOf
} from "./chunks/chunk-XGHWUMGV.js";
import "./chunks/chunk-2PXXPKA6.js";

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
    quoteContext: start.quoteContext,
    listResources: start.listResources
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
  const listings = /* @__PURE__ */ new Map();
  receiveFolders(listings, m.folders);
  const groupShared2 = { ...shared, rankOf, listings };
  for (; ; ) {
    const at = Atomics.add(queue, QUEUE_NEXT, 1);
    if (at >= m.order.length) break;
    const index = m.order[at];
    Atomics.store(queue, QUEUE_SLOTS + start.slot, index);
    const group = [];
    for (let i = m.bounds[index]; i < m.bounds[index + 1]; i++) group.push(m.explicit[i] === 2 ? { file: m.files[i], explicit: false, linked: true } : { file: m.files[i], explicit: m.explicit[i] === 1 });
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
