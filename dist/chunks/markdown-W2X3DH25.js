import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport
} from "./chunk-YOHOVEWQ.js";
import {
  mdCode,
  mdCodeSpan,
  mdText
} from "./chunk-QEYD6ARM.js";
import "./chunk-FPR6G3AY.js";
import "./chunk-3XYRAHKI.js";
import "./chunk-SB7WFOHS.js";
import "./chunk-5N3NWRQZ.js";
import "./chunk-7OGXLOYT.js";
import "./chunk-HACMIYCA.js";
import "./chunk-GO4ODZTT.js";
import "./chunk-BNPA5CMJ.js";
import "./chunk-V6MZ4WDJ.js";
import "./chunk-AWE47YH6.js";
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
