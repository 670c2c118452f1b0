import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  HTML_MAX_FINDINGS,
  REPORT_CSS,
  REPORT_CSS_SHA256,
  REPORT_JS_SHA256,
  html
} from "./chunk-H3KGWFDE.js";
import "./chunk-AULWSJ5T.js";
import "./chunk-4ZT3QG6B.js";
import "./chunk-KVHTNZY4.js";
import "./chunk-45FQETCE.js";
import "./chunk-DE4XEC5R.js";
import "./chunk-RG54EE75.js";
import "./chunk-LVLRO74R.js";
import "./chunk-2PXXPKA6.js";
export {
  HTML_MAX_FINDINGS,
  REPORT_CSS,
  REPORT_CSS_SHA256,
  REPORT_JS_SHA256,
  html
};
