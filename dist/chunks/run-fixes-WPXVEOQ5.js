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
} from "./chunk-PWW4NCIS.js";
import "./chunk-QQL23TRU.js";
import "./chunk-FZRJ4BAB.js";
import "./chunk-H6IJQYMW.js";
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
