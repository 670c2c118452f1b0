import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  runBaseline
} from "./chunk-NAI2R5D3.js";
import "./chunk-OPPQWAHL.js";
import "./chunk-YTVYJYIZ.js";
import "./chunk-LVLRO74R.js";
import "./chunk-2PXXPKA6.js";
export {
  runBaseline
};
