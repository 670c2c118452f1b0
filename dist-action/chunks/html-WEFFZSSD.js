import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  HTML_MAX_FINDINGS,
  REPORT_CSS,
  REPORT_CSS_SHA256,
  REPORT_JS_SHA256,
  html
} from "./chunk-VJCFN5HA.js";
import "./chunk-PCYODDXL.js";
import "./chunk-5XKZOIIN.js";
import "./chunk-KVHTNZY4.js";
import "./chunk-MWJ3632Z.js";
import "./chunk-YGXYO64X.js";
import "./chunk-LK4ZQA7U.js";
import "./chunk-XGHWUMGV.js";
import "./chunk-2PXXPKA6.js";
export {
  HTML_MAX_FINDINGS,
  REPORT_CSS,
  REPORT_CSS_SHA256,
  REPORT_JS_SHA256,
  html
};
