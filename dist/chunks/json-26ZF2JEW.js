import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  JSON_FORMAT_VERSION,
  findingToJson,
  json,
  jsonReport
} from "./chunk-WWP33HGK.js";
import "./chunk-GF53GCYC.js";
import "./chunk-BTSGYF2U.js";
import "./chunk-BIRPFOHH.js";
export {
  JSON_FORMAT_VERSION,
  findingToJson,
  json,
  jsonReport
};
