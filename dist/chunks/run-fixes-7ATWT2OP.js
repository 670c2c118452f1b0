import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  WriteRefused,
  absoluteOps,
  checkFixedFile,
  editsForFinding,
  findingKey,
  fixPaths,
  writeFileAtomic,
  writeFixedFile
} from "./chunk-S6FXSSNH.js";
import "./chunk-XJYOGO3X.js";
import "./chunk-SANOEBO4.js";
import "./chunk-FGQCLDXI.js";
import "./chunk-OAPFUG4C.js";
import "./chunk-5TDNMTPC.js";
import "./chunk-J5MEKW2J.js";
import "./chunk-LLKRGBBD.js";
import "./chunk-ZUTVZSO5.js";
import "./chunk-6LUKHE4U.js";
import "./chunk-VULXFG4N.js";
import "./chunk-IOBJ4MXO.js";
import "./chunk-5AGZ4SLZ.js";
import "./chunk-T4QPEK3V.js";
import "./chunk-VLBP24UG.js";
import "./chunk-DCCHSLZV.js";
import "./chunk-BTSGYF2U.js";
import "./chunk-BIRPFOHH.js";
export {
  WriteRefused,
  absoluteOps,
  checkFixedFile,
  editsForFinding,
  findingKey,
  fixPaths,
  writeFileAtomic,
  writeFixedFile
};
