import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  stylish,
  summaryLines
} from "./chunk-VIPMFX2O.js";
import "./chunk-5N3NWRQZ.js";
import "./chunk-B3T7BTQT.js";
import "./chunk-HEUCMKYD.js";
import "./chunk-HACMIYCA.js";
import "./chunk-GVTKPNWV.js";
import "./chunk-642XNQPB.js";
import "./chunk-2PXXPKA6.js";
export {
  stylish,
  summaryLines
};
