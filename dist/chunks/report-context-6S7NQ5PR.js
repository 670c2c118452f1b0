import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  REPORT_APPLICATIONS,
  reportContext
} from "./chunk-X2RZM3PL.js";
import "./chunk-LCTB3LBH.js";
import "./chunk-J5MEKW2J.js";
import "./chunk-7Y4LJT25.js";
import "./chunk-6LZID5H5.js";
import "./chunk-7X7BYZT7.js";
import "./chunk-IOBJ4MXO.js";
import "./chunk-BIRPFOHH.js";
export {
  REPORT_APPLICATIONS,
  reportContext
};
