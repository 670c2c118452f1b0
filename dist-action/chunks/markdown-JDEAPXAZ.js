import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdCodeSpan,
  mdText
} from "./chunk-MVWPKJOW.js";
import "./chunk-ZIBKWFLN.js";
import "./chunk-IP5DRNIO.js";
import "./chunk-F5XGO7ZK.js";
import "./chunk-Z3J2TGFA.js";
import "./chunk-4IBCIM2V.js";
import "./chunk-GF53GCYC.js";
import "./chunk-BTSGYF2U.js";
import "./chunk-OJ32ZEHW.js";
export {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdCodeSpan,
  mdText
};
