import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  reportContext,
  tenantReport
} from "./chunk-CIJKUVXT.js";
import "./chunk-SNI6UY4P.js";
import {
  REPORT_APPLICATIONS
} from "./chunk-SD4OURBH.js";
import "./chunk-XGMEGRHA.js";
import "./chunk-OJVBNWUT.js";
import "./chunk-642XNQPB.js";
import "./chunk-BVYCL3IR.js";
import "./chunk-6AH6ZUNW.js";
import "./chunk-GVTKPNWV.js";
import "./chunk-PYKP3QTX.js";
import "./chunk-J5OMSPZF.js";
export {
  REPORT_APPLICATIONS,
  reportContext,
  tenantReport
};
