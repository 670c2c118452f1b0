import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  HTML_MAX_FINDINGS,
  html
} from "./chunk-ZJ4GSPHD.js";
import "./chunk-QLGOR4NB.js";
import "./chunk-Q67MELSY.js";
import "./chunk-6VROE5AM.js";
import "./chunk-5N3NWRQZ.js";
import "./chunk-GO4ODZTT.js";
import "./chunk-FIAFGZBG.js";
import "./chunk-XGMEGRHA.js";
import "./chunk-WKEI2REB.js";
import "./chunk-B3T7BTQT.js";
import "./chunk-HEUCMKYD.js";
import "./chunk-UJT47433.js";
import "./chunk-HACMIYCA.js";
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
  HTML_MAX_FINDINGS,
  html
};
