import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  JSON_FORMAT_VERSION,
  findingToJson,
  json,
  jsonReport
} from "./chunk-E4WITPY5.js";
import "./chunk-EMM2Z6W2.js";
import "./chunk-V7UJ2UL7.js";
import "./chunk-J5OMSPZF.js";
export {
  JSON_FORMAT_VERSION,
  findingToJson,
  json,
  jsonReport
};
