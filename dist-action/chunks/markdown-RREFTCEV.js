import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport
} from "./chunk-WFFZCHNU.js";
import "./chunk-ROFVIBIG.js";
import {
  mdCode,
  mdCodeSpan,
  mdText
} from "./chunk-JAQNRDPV.js";
import "./chunk-KVQKVZ73.js";
import "./chunk-EMM2Z6W2.js";
import "./chunk-GO4ODZTT.js";
import "./chunk-WKEI2REB.js";
import "./chunk-OZSULO73.js";
import "./chunk-V7UJ2UL7.js";
import "./chunk-4RXVTXYZ.js";
import "./chunk-2PXXPKA6.js";
export {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdCodeSpan,
  mdText
};
