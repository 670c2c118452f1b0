import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  HTML_MAX_FINDINGS,
  REPORT_CSS,
  REPORT_CSS_SHA256,
  REPORT_JS_SHA256,
  html
} from "./chunk-KKZEQRMZ.js";
import "./chunk-4HC5KGD3.js";
import "./chunk-EO4ZDWVA.js";
import "./chunk-KVHTNZY4.js";
import "./chunk-2GK4EWK7.js";
import "./chunk-4G6F7ULC.js";
import "./chunk-46LYM3CF.js";
import "./chunk-6HOPFCQO.js";
import "./chunk-2PXXPKA6.js";
export {
  HTML_MAX_FINDINGS,
  REPORT_CSS,
  REPORT_CSS_SHA256,
  REPORT_JS_SHA256,
  html
};
