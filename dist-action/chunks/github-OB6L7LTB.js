import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  bySeverity,
  escapeData,
  escapeProperty,
  github
} from "./chunk-CB4IGPKQ.js";
import "./chunk-DTWUNBBH.js";
import "./chunk-5N3NWRQZ.js";
import "./chunk-HACMIYCA.js";
import "./chunk-2PXXPKA6.js";
export {
  bySeverity,
  escapeData,
  escapeProperty,
  github
};
