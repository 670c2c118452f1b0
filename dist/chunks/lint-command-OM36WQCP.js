import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  LINT_OPTIONS,
  lintCommand,
  parseRuleFlags,
  parseThreads,
  resolveConfig,
  rulesOf,
  skippedNotes,
  withOutputFile
} from "./chunk-FGNX6EA6.js";
import "./chunk-CDDD6VQX.js";
import "./chunk-HBPQSTOR.js";
import "./chunk-WC5O6MLD.js";
import "./chunk-ID27NFLE.js";
import "./chunk-WU5ZDSA6.js";
import "./chunk-DYASZ6RH.js";
import "./chunk-D37AZRFI.js";
import "./chunk-DTJKQC3V.js";
import "./chunk-B3T7BTQT.js";
import "./chunk-HEUCMKYD.js";
import "./chunk-7OGXLOYT.js";
import "./chunk-HACMIYCA.js";
import "./chunk-SBMSO5V6.js";
import "./chunk-GO4ODZTT.js";
import "./chunk-BNPA5CMJ.js";
import "./chunk-V6MZ4WDJ.js";
import "./chunk-V547C77G.js";
import "./chunk-KSG2FG5H.js";
import "./chunk-AWE47YH6.js";
import "./chunk-SD4OURBH.js";
import "./chunk-XGMEGRHA.js";
import "./chunk-OJVBNWUT.js";
import "./chunk-642XNQPB.js";
import "./chunk-BVYCL3IR.js";
import "./chunk-6AH6ZUNW.js";
import "./chunk-GVTKPNWV.js";
import "./chunk-PYKP3QTX.js";
import "./chunk-J5OMSPZF.js";
export {
  LINT_OPTIONS,
  lintCommand,
  parseRuleFlags,
  parseThreads,
  resolveConfig,
  rulesOf,
  skippedNotes,
  withOutputFile
};
