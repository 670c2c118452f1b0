import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdCodeSpan,
  mdText
} from "./chunk-RNIJUCT4.js";
import "./chunk-U4D2L37H.js";
import "./chunk-3NFZROF4.js";
import "./chunk-NLXGVEXZ.js";
import "./chunk-QSBIBSWT.js";
import "./chunk-5AGZ4SLZ.js";
import "./chunk-HYQF6PPO.js";
import "./chunk-T4QPEK3V.js";
import "./chunk-VLBP24UG.js";
import "./chunk-DCCHSLZV.js";
import "./chunk-GF53GCYC.js";
import "./chunk-BTSGYF2U.js";
import "./chunk-BIRPFOHH.js";
export {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdCodeSpan,
  mdText
};
