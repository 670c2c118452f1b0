import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  HTML_MAX_FINDINGS,
  REPORT_CSS,
  REPORT_CSS_SHA256,
  REPORT_JS_SHA256,
  html
} from "./chunk-GDTGFA2V.js";
import "./chunk-G5BVQ2TU.js";
import "./chunk-2AM564DU.js";
import "./chunk-KVHTNZY4.js";
import "./chunk-XUVFGXXM.js";
import "./chunk-QJCPQ5Q2.js";
import "./chunk-P5OW2VDQ.js";
import "./chunk-PRL3T4IC.js";
import "./chunk-2PXXPKA6.js";
export {
  HTML_MAX_FINDINGS,
  REPORT_CSS,
  REPORT_CSS_SHA256,
  REPORT_JS_SHA256,
  html
};
