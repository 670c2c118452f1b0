import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  editsForFinding,
  fixPaths,
  writeFileAtomic
} from "./chunk-6XWFYGS7.js";
import "./chunk-HFPKZ4GA.js";
import "./chunk-4PPNWPYB.js";
import "./chunk-VOFCD3QB.js";
import "./chunk-QRVRRTOY.js";
import "./chunk-X3U4OVFO.js";
import "./chunk-IG3RWNXG.js";
import "./chunk-N77EVBPT.js";
import "./chunk-42L5XZ5O.js";
import "./chunk-D2IVEWWN.js";
import "./chunk-HIKLN4YZ.js";
import "./chunk-6E4HXLBI.js";
import "./chunk-OJ32ZEHW.js";
export {
  editsForFinding,
  fixPaths,
  writeFileAtomic
};
