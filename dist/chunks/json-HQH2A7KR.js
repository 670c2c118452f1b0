import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  JSON_FORMAT_VERSION,
  findingToJson,
  json,
  jsonReport
} from "./chunk-BATOB3D2.js";
import "./chunk-NJO3DKYP.js";
import "./chunk-WLKSHFLL.js";
import "./chunk-BIRPFOHH.js";
export {
  JSON_FORMAT_VERSION,
  findingToJson,
  json,
  jsonReport
};
