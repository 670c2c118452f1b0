import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  stylish,
  summaryLines
} from "./chunk-6OUR7O7G.js";
import "./chunk-EMM2Z6W2.js";
import "./chunk-5KSUFTZ7.js";
import "./chunk-MEX5ELCO.js";
import "./chunk-V7UJ2UL7.js";
import "./chunk-6SWIXMEJ.js";
import "./chunk-MGL2NZD7.js";
import "./chunk-2PXXPKA6.js";
export {
  stylish,
  summaryLines
};
