import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  runBaseline
} from "./chunk-NEMFFMDB.js";
import "./chunk-ZWISFHIP.js";
import "./chunk-L7AE6DBY.js";
import "./chunk-XZJO24PN.js";
import "./chunk-DUVXWC3I.js";
import "./chunk-B3T7BTQT.js";
import "./chunk-HEUCMKYD.js";
import "./chunk-UJT47433.js";
import "./chunk-HACMIYCA.js";
import "./chunk-YTVYJYIZ.js";
import "./chunk-V547C77G.js";
import "./chunk-HJDMCK23.js";
import "./chunk-CDB3GD3G.js";
import "./chunk-SD4OURBH.js";
import "./chunk-GVTKPNWV.js";
import "./chunk-L32INLX7.js";
import "./chunk-642XNQPB.js";
import "./chunk-BVYCL3IR.js";
import "./chunk-PYKP3QTX.js";
import "./chunk-2PXXPKA6.js";
export {
  runBaseline
};
