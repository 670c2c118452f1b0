import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  JSON_FORMAT_VERSION,
  findingToJson,
  json,
  jsonReport
} from "./chunk-QFBMK6C4.js";
import "./chunk-PYQS654I.js";
import "./chunk-HTPDSBGJ.js";
import "./chunk-FZRJ4BAB.js";
import "./chunk-H6IJQYMW.js";
import "./chunk-J5OMSPZF.js";
export {
  JSON_FORMAT_VERSION,
  findingToJson,
  json,
  jsonReport
};
