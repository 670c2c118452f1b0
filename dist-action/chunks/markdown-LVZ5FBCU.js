import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport
} from "./chunk-NTSDHNLZ.js";
import "./chunk-PCYODDXL.js";
import "./chunk-5XKZOIIN.js";
import {
  mdCode,
  mdCodeSpan,
  mdText
} from "./chunk-MWJ3632Z.js";
import "./chunk-LK4ZQA7U.js";
import "./chunk-XGHWUMGV.js";
import "./chunk-2PXXPKA6.js";
export {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdCodeSpan,
  mdText
};
