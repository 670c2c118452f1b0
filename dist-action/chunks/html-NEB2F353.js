import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  HTML_MAX_FINDINGS,
  REPORT_CSS,
  REPORT_CSS_SHA256,
  REPORT_JS_SHA256,
  html
} from "./chunk-3MUEZWGT.js";
import "./chunk-LOSO24KM.js";
import "./chunk-65AVYZSF.js";
import "./chunk-KVHTNZY4.js";
import "./chunk-K5U5U3ZU.js";
import "./chunk-2LWQFPWT.js";
import "./chunk-745PEH2S.js";
import "./chunk-UH7CKNOX.js";
import "./chunk-2PXXPKA6.js";
export {
  HTML_MAX_FINDINGS,
  REPORT_CSS,
  REPORT_CSS_SHA256,
  REPORT_JS_SHA256,
  html
};
