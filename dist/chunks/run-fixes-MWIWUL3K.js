import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  WriteRefused,
  absoluteOps,
  checkFixedFile,
  editsForFinding,
  findingKey,
  fixPaths,
  writeFileAtomic,
  writeFixedFile
} from "./chunk-6I3ZX4E2.js";
import "./chunk-WC5O6MLD.js";
import "./chunk-ID27NFLE.js";
import "./chunk-WU5ZDSA6.js";
import "./chunk-DTJKQC3V.js";
import "./chunk-B3T7BTQT.js";
import "./chunk-HEUCMKYD.js";
import "./chunk-7OGXLOYT.js";
import "./chunk-HACMIYCA.js";
import "./chunk-SBMSO5V6.js";
import "./chunk-BNPA5CMJ.js";
import "./chunk-V6MZ4WDJ.js";
import "./chunk-QQL23TRU.js";
import "./chunk-V547C77G.js";
import "./chunk-AWE47YH6.js";
import "./chunk-SD4OURBH.js";
import "./chunk-OJVBNWUT.js";
import "./chunk-642XNQPB.js";
import "./chunk-BVYCL3IR.js";
import "./chunk-GVTKPNWV.js";
import "./chunk-PYKP3QTX.js";
import "./chunk-J5OMSPZF.js";
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
