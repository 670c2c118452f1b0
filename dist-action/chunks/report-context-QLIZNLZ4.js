import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  REPORT_APPLICATIONS,
  reportContext
} from "./chunk-I56BQESQ.js";
import "./chunk-7Y4LJT25.js";
import "./chunk-ZIBKWFLN.js";
import "./chunk-DCID3VU6.js";
import "./chunk-5TDNMTPC.js";
import "./chunk-J5MEKW2J.js";
import "./chunk-LLKRGBBD.js";
import "./chunk-IOBJ4MXO.js";
import "./chunk-OJ32ZEHW.js";
export {
  REPORT_APPLICATIONS,
  reportContext
};
