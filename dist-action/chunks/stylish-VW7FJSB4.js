import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  stylish,
  summaryLines
} from "./chunk-URPKZAFU.js";
import "./chunk-LLKRGBBD.js";
import "./chunk-GF53GCYC.js";
import "./chunk-BTSGYF2U.js";
import "./chunk-OJ32ZEHW.js";
export {
  stylish,
  summaryLines
};
