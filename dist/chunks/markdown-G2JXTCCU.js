import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport
} from "./chunk-ICOCZ6O2.js";
import "./chunk-E45BYKUV.js";
import "./chunk-FPR6G3AY.js";
import {
  mdCode,
  mdCodeSpan,
  mdText
} from "./chunk-TO3FUNYP.js";
import "./chunk-7TJHSH5M.js";
import "./chunk-XFLQZPRC.js";
import "./chunk-KH4I7VQZ.js";
import "./chunk-OYYQT7RF.js";
import "./chunk-H6IJQYMW.js";
import "./chunk-J5OMSPZF.js";
export {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdCodeSpan,
  mdText
};
