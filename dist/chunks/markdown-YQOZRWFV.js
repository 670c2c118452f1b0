import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdText
} from "./chunk-ZGS4A7VK.js";
import "./chunk-O2ETZ3OI.js";
import "./chunk-WNH67Y5N.js";
import "./chunk-F5XGO7ZK.js";
import "./chunk-X3U4OVFO.js";
import "./chunk-42L5XZ5O.js";
import "./chunk-GFE7LF6Q.js";
import "./chunk-OJ32ZEHW.js";
export {
  MARKDOWN_LIMIT,
  markdown,
  markdownReport,
  mdCode,
  mdText
};
