import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  stylish,
  summaryLines
} from "./chunk-CG2ZKZAO.js";
import "./chunk-LK4ZQA7U.js";
import "./chunk-XGHWUMGV.js";
import "./chunk-2PXXPKA6.js";
export {
  stylish,
  summaryLines
};
