import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  resolveConfig,
  rulesOf
} from "./chunks/chunk-FGNX6EA6.js";
import "./chunks/chunk-CDDD6VQX.js";
import "./chunks/chunk-HBPQSTOR.js";
import {
  groupShared,
  lintGroup
} from "./chunks/chunk-WC5O6MLD.js";
import "./chunks/chunk-ID27NFLE.js";
import "./chunks/chunk-WU5ZDSA6.js";
import "./chunks/chunk-DYASZ6RH.js";
import "./chunks/chunk-D37AZRFI.js";
import "./chunks/chunk-DTJKQC3V.js";
import "./chunks/chunk-B3T7BTQT.js";
import "./chunks/chunk-HEUCMKYD.js";
import "./chunks/chunk-7OGXLOYT.js";
import "./chunks/chunk-HACMIYCA.js";
import "./chunks/chunk-SBMSO5V6.js";
import "./chunks/chunk-GO4ODZTT.js";
import "./chunks/chunk-BNPA5CMJ.js";
import "./chunks/chunk-V6MZ4WDJ.js";
import "./chunks/chunk-V547C77G.js";
import {
  sendableError
} from "./chunks/chunk-LU2KLK4I.js";
import "./chunks/chunk-KSG2FG5H.js";
import "./chunks/chunk-AWE47YH6.js";
import "./chunks/chunk-SD4OURBH.js";
import "./chunks/chunk-XGMEGRHA.js";
import "./chunks/chunk-OJVBNWUT.js";
import "./chunks/chunk-642XNQPB.js";
import "./chunks/chunk-BVYCL3IR.js";
import "./chunks/chunk-6AH6ZUNW.js";
import "./chunks/chunk-GVTKPNWV.js";
import "./chunks/chunk-PYKP3QTX.js";
import "./chunks/chunk-J5OMSPZF.js";

// src/engine/lint-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var start = workerData;
var port = parentPort;
var post = (m) => port.postMessage(m);
var debugLines = [];
var ready;
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
port.on("message", async (m) => {
  if (m.type === "stop") {
    port.close();
    return;
  }
  debugLines = [];
  try {
    ready ??= setUp();
    const { req, shared } = await ready;
    const outcome = await lintGroup(req, m.group, { ...shared, rankOf: m.ranks }, m.modelLimit);
    post({ type: "done", index: m.index, outcome, debug: debugLines });
  } catch (err) {
    post({ type: "failed", index: m.index, error: sendableError(err), debug: debugLines });
  }
});
post({ type: "ready" });
