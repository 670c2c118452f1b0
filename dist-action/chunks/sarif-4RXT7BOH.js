import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  SARIF_MAX_RESULTS,
  SARIF_SCHEMA,
  SECURITY_SEVERITY,
  sarif,
  sarifLog
} from "./chunk-COGMQLDZ.js";
import "./chunk-CWHNAUHF.js";
import "./chunk-PYQS654I.js";
import "./chunk-EO4ZDWVA.js";
import "./chunk-46LYM3CF.js";
import "./chunk-6HOPFCQO.js";
import "./chunk-2PXXPKA6.js";
export {
  SARIF_MAX_RESULTS,
  SARIF_SCHEMA,
  SECURITY_SEVERITY,
  sarif,
  sarifLog
};
