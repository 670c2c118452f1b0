import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  html
} from "./chunk-4HGBH35I.js";
import "./chunk-O2ETZ3OI.js";
import "./chunk-WNH67Y5N.js";
import "./chunk-F5XGO7ZK.js";
import "./chunk-X3U4OVFO.js";
import "./chunk-IG3RWNXG.js";
import "./chunk-N77EVBPT.js";
import "./chunk-42L5XZ5O.js";
import "./chunk-GFE7LF6Q.js";
import "./chunk-OJ32ZEHW.js";
export {
  html
};
