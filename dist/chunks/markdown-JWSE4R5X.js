import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport
} from "./chunk-KNHJL5EK.js";
import "./chunk-LZMTJ3JS.js";
import "./chunk-FPR6G3AY.js";
import {
  mdCode,
  mdCodeSpan,
  mdText
} from "./chunk-PXMBJAFO.js";
import "./chunk-5CRDG4G5.js";
import "./chunk-UOHS2JJ7.js";
import "./chunk-WCHCOQGB.js";
import "./chunk-CJPX546C.js";
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
