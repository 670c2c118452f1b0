import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  stylish,
  summaryLines
} from "./chunk-HD724R65.js";
import "./chunk-5PAJJK55.js";
import "./chunk-M4EWLFDC.js";
import "./chunk-MEX5ELCO.js";
import "./chunk-K3LQRXYN.js";
import "./chunk-PMCJ7K4Q.js";
import "./chunk-MGL2NZD7.js";
import "./chunk-PYKP3QTX.js";
import "./chunk-2PXXPKA6.js";
export {
  stylish,
  summaryLines
};
