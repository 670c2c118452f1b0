import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  stylish,
  summaryLines
} from "./chunk-537PWDGO.js";
import "./chunk-745PEH2S.js";
import "./chunk-UH7CKNOX.js";
import "./chunk-2PXXPKA6.js";
export {
  stylish,
  summaryLines
};
