import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  HTML_MAX_FINDINGS,
  html
} from "./chunk-WGPJ4QXI.js";
import "./chunk-RO7NCREA.js";
import "./chunk-H45ZYAHE.js";
import "./chunk-JLT6GUDU.js";
import "./chunk-7Y4LJT25.js";
import "./chunk-J5MEKW2J.js";
import "./chunk-ITXJ5P4O.js";
import "./chunk-F5XGO7ZK.js";
import "./chunk-Z3J2TGFA.js";
import "./chunk-7X7BYZT7.js";
import "./chunk-IOBJ4MXO.js";
import "./chunk-4IBCIM2V.js";
import "./chunk-NJO3DKYP.js";
import "./chunk-WLKSHFLL.js";
import "./chunk-OJ32ZEHW.js";
export {
  HTML_MAX_FINDINGS,
  html
};
