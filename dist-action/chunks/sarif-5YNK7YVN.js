import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  SARIF_MAX_RESULTS,
  SARIF_SCHEMA,
  SECURITY_SEVERITY,
  sarif,
  sarifLog
} from "./chunk-RQROKRAJ.js";
import "./chunk-CWHNAUHF.js";
import "./chunk-PYQS654I.js";
import "./chunk-CX2TSSBN.js";
import "./chunk-RR4C35SM.js";
import "./chunk-EBNX3LPX.js";
import "./chunk-2PXXPKA6.js";
export {
  SARIF_MAX_RESULTS,
  SARIF_SCHEMA,
  SECURITY_SEVERITY,
  sarif,
  sarifLog
};
