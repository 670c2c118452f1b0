import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  bySeverity,
  github
} from "./chunk-XQ4RNKB4.js";
import "./chunk-CWHNAUHF.js";
import "./chunk-AEP2ZLDI.js";
import "./chunk-T34NGGLS.js";
import "./chunk-ZDCWWOIL.js";
import "./chunk-2PXXPKA6.js";
export {
  bySeverity,
  github
};
