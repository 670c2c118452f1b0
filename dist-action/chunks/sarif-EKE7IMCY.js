import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  SARIF_MAX_RESULTS,
  SARIF_SCHEMA,
  SECURITY_SEVERITY,
  sarif,
  sarifLog
} from "./chunk-XDVVPVPL.js";
import "./chunk-CWHNAUHF.js";
import "./chunk-PYQS654I.js";
import "./chunk-4ZT3QG6B.js";
import "./chunk-RG54EE75.js";
import "./chunk-LVLRO74R.js";
import "./chunk-2PXXPKA6.js";
export {
  SARIF_MAX_RESULTS,
  SARIF_SCHEMA,
  SECURITY_SEVERITY,
  sarif,
  sarifLog
};
