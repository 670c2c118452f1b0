import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  SARIF_MAX_RESULTS,
  SARIF_SCHEMA,
  SECURITY_SEVERITY,
  sarif,
  sarifLog
} from "./chunk-OUE4AMQU.js";
import "./chunk-CWHNAUHF.js";
import "./chunk-PYQS654I.js";
import "./chunk-5XKZOIIN.js";
import "./chunk-LK4ZQA7U.js";
import "./chunk-XGHWUMGV.js";
import "./chunk-2PXXPKA6.js";
export {
  SARIF_MAX_RESULTS,
  SARIF_SCHEMA,
  SECURITY_SEVERITY,
  sarif,
  sarifLog
};
