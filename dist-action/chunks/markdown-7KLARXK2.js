import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdText
} from "./chunk-RO7NCREA.js";
import "./chunk-JLT6GUDU.js";
import "./chunk-F5XGO7ZK.js";
import "./chunk-Z3J2TGFA.js";
import "./chunk-4IBCIM2V.js";
import "./chunk-NJO3DKYP.js";
import "./chunk-WLKSHFLL.js";
import "./chunk-OJ32ZEHW.js";
export {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdText
};
