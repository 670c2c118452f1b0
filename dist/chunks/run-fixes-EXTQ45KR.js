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
} from "./chunk-SITUOJYG.js";
import "./chunk-QIBBQUEZ.js";
import "./chunk-VJ3W4TCX.js";
import "./chunk-JF6O7IXT.js";
import "./chunk-DTJKQC3V.js";
import "./chunk-OZSULO73.js";
import "./chunk-RWZGGTX2.js";
import "./chunk-MEX5ELCO.js";
import "./chunk-K3LQRXYN.js";
import "./chunk-QQL23TRU.js";
import "./chunk-3VFIX5JO.js";
import "./chunk-J7O3SICE.js";
import "./chunk-IDLQBHWY.js";
import "./chunk-RHLJY6KC.js";
import "./chunk-WR2XUHY5.js";
import "./chunk-QSQWDZRO.js";
import "./chunk-MGL2NZD7.js";
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
