import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport
} from "./chunk-F52IFSWW.js";
import "./chunk-AULWSJ5T.js";
import "./chunk-4ZT3QG6B.js";
import {
  mdCode,
  mdCodeSpan,
  mdText
} from "./chunk-45FQETCE.js";
import "./chunk-RG54EE75.js";
import "./chunk-LVLRO74R.js";
import "./chunk-2PXXPKA6.js";
export {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdCodeSpan,
  mdText
};
