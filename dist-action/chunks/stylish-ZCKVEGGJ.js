import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  stylish,
  summaryLines
} from "./chunk-GDVOIMBU.js";
import "./chunk-7X7BYZT7.js";
import "./chunk-NJO3DKYP.js";
import "./chunk-WLKSHFLL.js";
import "./chunk-OJ32ZEHW.js";
export {
  stylish,
  summaryLines
};
