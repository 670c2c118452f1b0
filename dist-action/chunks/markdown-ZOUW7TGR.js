import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport
} from "./chunk-IOEVGC5N.js";
import "./chunk-G7OJ7UID.js";
import "./chunk-7KCTA7AV.js";
import {
  mdCode,
  mdCodeSpan,
  mdText
} from "./chunk-AIK42UBA.js";
import "./chunk-T34NGGLS.js";
import "./chunk-ZDCWWOIL.js";
import "./chunk-2PXXPKA6.js";
export {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdCodeSpan,
  mdText
};
