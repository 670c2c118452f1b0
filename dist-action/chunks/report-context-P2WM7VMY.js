import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  REPORT_APPLICATIONS,
  reportContext
} from "./chunk-H45ZYAHE.js";
import "./chunk-7Y4LJT25.js";
import "./chunk-J5MEKW2J.js";
import "./chunk-ITXJ5P4O.js";
import "./chunk-7X7BYZT7.js";
import "./chunk-IOBJ4MXO.js";
import "./chunk-OJ32ZEHW.js";
export {
  REPORT_APPLICATIONS,
  reportContext
};
