import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport
} from "./chunk-GMAPB42G.js";
import "./chunk-OS4IKMRH.js";
import "./chunk-CX2TSSBN.js";
import {
  mdCode,
  mdCodeSpan,
  mdText
} from "./chunk-UTAHYQBJ.js";
import "./chunk-RR4C35SM.js";
import "./chunk-EBNX3LPX.js";
import "./chunk-2PXXPKA6.js";
export {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdCodeSpan,
  mdText
};
