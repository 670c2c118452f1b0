import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport
} from "./chunk-O3FKLP5Y.js";
import "./chunk-AYWTOCAF.js";
import "./chunk-FPR6G3AY.js";
import {
  mdCode,
  mdCodeSpan,
  mdText
} from "./chunk-JAQNRDPV.js";
import "./chunk-UNCBOMNO.js";
import "./chunk-TNXXJA6K.js";
import "./chunk-EMM2Z6W2.js";
import "./chunk-OZSULO73.js";
import "./chunk-V7UJ2UL7.js";
import "./chunk-GO4ODZTT.js";
import "./chunk-J7O3SICE.js";
import "./chunk-6AH6ZUNW.js";
import "./chunk-J5OMSPZF.js";
export {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdCodeSpan,
  mdText
};
