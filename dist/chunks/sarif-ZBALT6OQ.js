import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  SARIF_MAX_RESULTS,
  SARIF_SCHEMA,
  sarif,
  sarifLog
} from "./chunk-R46T2UFY.js";
import "./chunk-AEE63QYQ.js";
import "./chunk-YYLBFOH6.js";
import "./chunk-O2ETZ3OI.js";
import "./chunk-WNH67Y5N.js";
import "./chunk-F5XGO7ZK.js";
import "./chunk-4PPNWPYB.js";
import "./chunk-X3U4OVFO.js";
import "./chunk-42L5XZ5O.js";
import "./chunk-OJ32ZEHW.js";
export {
  SARIF_MAX_RESULTS,
  SARIF_SCHEMA,
  sarif,
  sarifLog
};
