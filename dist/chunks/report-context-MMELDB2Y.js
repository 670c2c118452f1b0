import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  REPORT_APPLICATIONS,
  reportContext
} from "./chunk-RHCVSBP5.js";
import "./chunk-FDMBOUME.js";
import "./chunk-7Y4LJT25.js";
import "./chunk-OAPFUG4C.js";
import "./chunk-5TDNMTPC.js";
import "./chunk-J5MEKW2J.js";
import "./chunk-LLKRGBBD.js";
import "./chunk-IOBJ4MXO.js";
import "./chunk-QSBIBSWT.js";
import "./chunk-BIRPFOHH.js";
export {
  REPORT_APPLICATIONS,
  reportContext
};
