import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport
} from "./chunk-355HV6JM.js";
import "./chunk-SU35YPN5.js";
import {
  mdCode,
  mdCodeSpan,
  mdText
} from "./chunk-AVPYGATL.js";
import "./chunk-OX55IFLW.js";
import "./chunk-5PAJJK55.js";
import "./chunk-GO4ODZTT.js";
import "./chunk-WKEI2REB.js";
import "./chunk-OZSULO73.js";
import "./chunk-K3LQRXYN.js";
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
