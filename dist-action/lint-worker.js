import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  resolveConfig,
  rulesOf
} from "./chunks/chunk-HL7WBNDG.js";
import "./chunks/chunk-4I5MDIPQ.js";
import "./chunks/chunk-4OWW2SMY.js";
import "./chunks/chunk-D37AZRFI.js";
import "./chunks/chunk-GO4ODZTT.js";
import {
  sendableError
} from "./chunks/chunk-NU44CZGB.js";
import "./chunks/chunk-KSG2FG5H.js";
import "./chunks/chunk-XGMEGRHA.js";
import "./chunks/chunk-WKEI2REB.js";
import {
  groupShared,
  lintGroup
} from "./chunks/chunk-L7AE6DBY.js";
import "./chunks/chunk-XZJO24PN.js";
import "./chunks/chunk-DUVXWC3I.js";
import "./chunks/chunk-B3T7BTQT.js";
import "./chunks/chunk-HEUCMKYD.js";
import "./chunks/chunk-UJT47433.js";
import "./chunks/chunk-HACMIYCA.js";
import "./chunks/chunk-V547C77G.js";
import "./chunks/chunk-HJDMCK23.js";
import "./chunks/chunk-CDB3GD3G.js";
import "./chunks/chunk-SD4OURBH.js";
import "./chunks/chunk-GVTKPNWV.js";
import "./chunks/chunk-L32INLX7.js";
import "./chunks/chunk-642XNQPB.js";
import "./chunks/chunk-BVYCL3IR.js";
import "./chunks/chunk-PYKP3QTX.js";
import "./chunks/chunk-2PXXPKA6.js";

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
