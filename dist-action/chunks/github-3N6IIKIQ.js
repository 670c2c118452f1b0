import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  bySeverity,
  escapeData,
  escapeProperty,
  github
} from "./chunk-QSHSV6PL.js";
import "./chunk-YYLBFOH6.js";
import "./chunk-GF53GCYC.js";
import "./chunk-BTSGYF2U.js";
import "./chunk-OJ32ZEHW.js";
export {
  bySeverity,
  escapeData,
  escapeProperty,
  github
};
