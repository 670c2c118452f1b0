import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport
} from "./chunk-GMMYA5WD.js";
import "./chunk-G5BVQ2TU.js";
import "./chunk-2AM564DU.js";
import {
  mdCode,
  mdCodeSpan,
  mdText
} from "./chunk-XUVFGXXM.js";
import "./chunk-P5OW2VDQ.js";
import "./chunk-PRL3T4IC.js";
import "./chunk-2PXXPKA6.js";
export {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdCodeSpan,
  mdText
};
