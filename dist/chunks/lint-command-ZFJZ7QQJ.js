import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  LINT_OPTIONS,
  lintCommand,
  parseRuleFlags,
  resolveConfig
} from "./chunk-OTEZLZBW.js";
import "./chunk-WNH67Y5N.js";
import "./chunk-FBHYU45N.js";
import "./chunk-FLSBBYRD.js";
import "./chunk-F5XGO7ZK.js";
import "./chunk-POYBXGKA.js";
import "./chunk-HFPKZ4GA.js";
import "./chunk-4PPNWPYB.js";
import "./chunk-VOFCD3QB.js";
import "./chunk-QRVRRTOY.js";
import "./chunk-X3U4OVFO.js";
import "./chunk-IG3RWNXG.js";
import "./chunk-N77EVBPT.js";
import "./chunk-42L5XZ5O.js";
import "./chunk-HIKLN4YZ.js";
import "./chunk-6E4HXLBI.js";
import "./chunk-GFE7LF6Q.js";
import "./chunk-OJ32ZEHW.js";
export {
  LINT_OPTIONS,
  lintCommand,
  parseRuleFlags,
  resolveConfig
};
