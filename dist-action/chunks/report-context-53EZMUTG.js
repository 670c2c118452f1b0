import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  reportContext,
  tenantReport
} from "./chunk-FIAFGZBG.js";
import "./chunk-XGMEGRHA.js";
import "./chunk-WKEI2REB.js";
import {
  REPORT_APPLICATIONS
} from "./chunk-SD4OURBH.js";
import "./chunk-GVTKPNWV.js";
import "./chunk-L32INLX7.js";
import "./chunk-642XNQPB.js";
import "./chunk-BVYCL3IR.js";
import "./chunk-PYKP3QTX.js";
import "./chunk-2PXXPKA6.js";
export {
  REPORT_APPLICATIONS,
  reportContext,
  tenantReport
};
