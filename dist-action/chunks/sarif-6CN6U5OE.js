import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  SARIF_MAX_RESULTS,
  SARIF_SCHEMA,
  SECURITY_SEVERITY,
  sarif,
  sarifLog
} from "./chunk-LAQ4METU.js";
import "./chunk-IP5DRNIO.js";
import "./chunk-Y2OCCE4I.js";
import "./chunk-F5XGO7ZK.js";
import "./chunk-Z3J2TGFA.js";
import "./chunk-J5MEKW2J.js";
import "./chunk-4IBCIM2V.js";
import "./chunk-YYLBFOH6.js";
import "./chunk-GF53GCYC.js";
import "./chunk-BTSGYF2U.js";
import "./chunk-OJ32ZEHW.js";
export {
  SARIF_MAX_RESULTS,
  SARIF_SCHEMA,
  SECURITY_SEVERITY,
  sarif,
  sarifLog
};
