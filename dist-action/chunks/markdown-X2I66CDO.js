import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport
} from "./chunk-ZVQOKDW7.js";
import "./chunk-LOSO24KM.js";
import "./chunk-65AVYZSF.js";
import {
  mdCode,
  mdCodeSpan,
  mdText
} from "./chunk-K5U5U3ZU.js";
import "./chunk-745PEH2S.js";
import "./chunk-UH7CKNOX.js";
import "./chunk-2PXXPKA6.js";
export {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdCodeSpan,
  mdText
};
