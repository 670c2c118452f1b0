import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  stylish,
  summaryLines
} from "./chunk-M32Q4VUS.js";
import "./chunk-RG54EE75.js";
import "./chunk-LVLRO74R.js";
import "./chunk-2PXXPKA6.js";
export {
  stylish,
  summaryLines
};
