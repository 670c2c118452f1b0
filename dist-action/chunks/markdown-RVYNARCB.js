import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport
} from "./chunk-GE5MVM2E.js";
import "./chunk-4HC5KGD3.js";
import "./chunk-EO4ZDWVA.js";
import {
  mdCode,
  mdCodeSpan,
  mdText
} from "./chunk-2GK4EWK7.js";
import "./chunk-46LYM3CF.js";
import "./chunk-6HOPFCQO.js";
import "./chunk-2PXXPKA6.js";
export {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdCodeSpan,
  mdText
};
