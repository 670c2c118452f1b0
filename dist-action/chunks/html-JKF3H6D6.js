import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  HTML_MAX_FINDINGS,
  REPORT_CSS,
  REPORT_CSS_SHA256,
  REPORT_JS_SHA256,
  html
} from "./chunk-EMDGUJP3.js";
import "./chunk-OS4IKMRH.js";
import "./chunk-CX2TSSBN.js";
import "./chunk-KVHTNZY4.js";
import "./chunk-UTAHYQBJ.js";
import "./chunk-C4WYMHKV.js";
import "./chunk-RR4C35SM.js";
import "./chunk-EBNX3LPX.js";
import "./chunk-2PXXPKA6.js";
export {
  HTML_MAX_FINDINGS,
  REPORT_CSS,
  REPORT_CSS_SHA256,
  REPORT_JS_SHA256,
  html
};
