import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport
} from "./chunk-MDQDN6YV.js";
import "./chunk-U2L3DXM3.js";
import "./chunk-FPR6G3AY.js";
import {
  mdCode,
  mdCodeSpan,
  mdText
} from "./chunk-6T2YRG5W.js";
import "./chunk-2N7B4WDF.js";
import "./chunk-PF6FCS2T.js";
import "./chunk-E4ITEXZG.js";
import "./chunk-CA7UTGVA.js";
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
