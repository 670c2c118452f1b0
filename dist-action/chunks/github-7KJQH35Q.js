import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  bySeverity,
  escapeData,
  escapeProperty,
  github
} from "./chunk-M7MFH45L.js";
import "./chunk-YYLBFOH6.js";
import "./chunk-NJO3DKYP.js";
import "./chunk-WLKSHFLL.js";
import "./chunk-OJ32ZEHW.js";
export {
  bySeverity,
  escapeData,
  escapeProperty,
  github
};
