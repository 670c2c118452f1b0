import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport
} from "./chunk-VNCOKDTE.js";
import "./chunk-I275LM66.js";
import "./chunk-FPR6G3AY.js";
import {
  mdCode,
  mdCodeSpan,
  mdText
} from "./chunk-AVPYGATL.js";
import "./chunk-W2TYZ3RJ.js";
import "./chunk-RN6NPEMS.js";
import "./chunk-5PAJJK55.js";
import "./chunk-OZSULO73.js";
import "./chunk-K3LQRXYN.js";
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
