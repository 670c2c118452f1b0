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
} from "./chunk-QP5MARIN.js";
import "./chunk-ODH7EDCB.js";
import "./chunk-J5MEKW2J.js";
import "./chunk-KMPUVZ4U.js";
import "./chunk-SMRDYHST.js";
import "./chunk-6LZID5H5.js";
import "./chunk-7X7BYZT7.js";
import "./chunk-ZUTVZSO5.js";
import "./chunk-6LUKHE4U.js";
import "./chunk-VKK54CLH.js";
import "./chunk-IOBJ4MXO.js";
import "./chunk-5AGZ4SLZ.js";
import "./chunk-T4QPEK3V.js";
import "./chunk-VLBP24UG.js";
import "./chunk-DCCHSLZV.js";
import "./chunk-WLKSHFLL.js";
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
