import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  HTML_MAX_FINDINGS,
  REPORT_CSS,
  REPORT_CSS_SHA256,
  REPORT_JS_SHA256,
  html
} from "./chunk-XUP7EMCX.js";
import "./chunk-G7OJ7UID.js";
import "./chunk-7KCTA7AV.js";
import "./chunk-KVHTNZY4.js";
import "./chunk-AIK42UBA.js";
import "./chunk-QUWCZO7E.js";
import "./chunk-T34NGGLS.js";
import "./chunk-ZDCWWOIL.js";
import "./chunk-2PXXPKA6.js";
export {
  HTML_MAX_FINDINGS,
  REPORT_CSS,
  REPORT_CSS_SHA256,
  REPORT_JS_SHA256,
  html
};
