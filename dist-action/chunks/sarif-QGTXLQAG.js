import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  SARIF_MAX_RESULTS,
  SARIF_SCHEMA,
  SECURITY_SEVERITY,
  sarif,
  sarifLog
} from "./chunk-TNZB2EBM.js";
import "./chunk-CWHNAUHF.js";
import "./chunk-PYQS654I.js";
import "./chunk-OX55IFLW.js";
import "./chunk-5PAJJK55.js";
import "./chunk-GO4ODZTT.js";
import "./chunk-MEX5ELCO.js";
import "./chunk-OZSULO73.js";
import "./chunk-K3LQRXYN.js";
import "./chunk-4RXVTXYZ.js";
import "./chunk-MGL2NZD7.js";
import "./chunk-2PXXPKA6.js";
export {
  SARIF_MAX_RESULTS,
  SARIF_SCHEMA,
  SECURITY_SEVERITY,
  sarif,
  sarifLog
};
