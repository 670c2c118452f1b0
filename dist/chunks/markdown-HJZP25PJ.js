import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdText
} from "./chunk-UR26R2BG.js";
import "./chunk-U4D2L37H.js";
import "./chunk-3Q3RRB4R.js";
import "./chunk-7YNYQM5G.js";
import "./chunk-5AGZ4SLZ.js";
import "./chunk-HYQF6PPO.js";
import "./chunk-T4QPEK3V.js";
import "./chunk-VLBP24UG.js";
import "./chunk-DCCHSLZV.js";
import "./chunk-NJO3DKYP.js";
import "./chunk-WLKSHFLL.js";
import "./chunk-BIRPFOHH.js";
export {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdText
};
