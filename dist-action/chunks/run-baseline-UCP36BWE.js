import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  runBaseline
} from "./chunk-ILPZ7UBP.js";
import "./chunk-ONNANAHT.js";
import "./chunk-YTVYJYIZ.js";
import "./chunk-XGHWUMGV.js";
import "./chunk-2PXXPKA6.js";
export {
  runBaseline
};
