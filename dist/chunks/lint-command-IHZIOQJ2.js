import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  LINT_OPTIONS,
  lintCommand,
  parseRuleFlags,
  resolveConfig,
  rulesOf,
  skippedNotes,
  withOutputFile
} from "./chunk-CDKADAMK.js";
import "./chunk-56JFRDPL.js";
import "./chunk-D42FRWLZ.js";
import "./chunk-UK73NU4J.js";
import "./chunk-AUAEUUMC.js";
import "./chunk-7Y4LJT25.js";
import "./chunk-XJYOGO3X.js";
import "./chunk-SANOEBO4.js";
import "./chunk-FGQCLDXI.js";
import "./chunk-OAPFUG4C.js";
import "./chunk-5TDNMTPC.js";
import "./chunk-J5MEKW2J.js";
import "./chunk-LLKRGBBD.js";
import "./chunk-FLSBBYRD.js";
import "./chunk-ZUTVZSO5.js";
import "./chunk-VULXFG4N.js";
import "./chunk-IOBJ4MXO.js";
import "./chunk-QSBIBSWT.js";
import "./chunk-5AGZ4SLZ.js";
import "./chunk-HYQF6PPO.js";
import "./chunk-T4QPEK3V.js";
import "./chunk-VLBP24UG.js";
import "./chunk-DCCHSLZV.js";
import "./chunk-BTSGYF2U.js";
import "./chunk-BIRPFOHH.js";
export {
  LINT_OPTIONS,
  lintCommand,
  parseRuleFlags,
  resolveConfig,
  rulesOf,
  skippedNotes,
  withOutputFile
};
