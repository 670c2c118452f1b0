import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  stylish,
  summaryLines
} from "./chunk-2TI23MYQ.js";
import "./chunk-IG3RWNXG.js";
import "./chunk-N77EVBPT.js";
import "./chunk-GFE7LF6Q.js";
import "./chunk-OJ32ZEHW.js";
export {
  stylish,
  summaryLines
};
