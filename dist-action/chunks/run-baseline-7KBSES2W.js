import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  runBaseline
} from "./chunk-PKDAHGVW.js";
import "./chunk-GK5VRTSZ.js";
import "./chunk-FFJN7XSA.js";
import "./chunk-5J4RRBBW.js";
import "./chunk-JF6O7IXT.js";
import "./chunk-M4EWLFDC.js";
import "./chunk-MEX5ELCO.js";
import "./chunk-OZSULO73.js";
import "./chunk-K3LQRXYN.js";
import "./chunk-YTVYJYIZ.js";
import "./chunk-3VFIX5JO.js";
import "./chunk-4RXVTXYZ.js";
import "./chunk-IDLQBHWY.js";
import "./chunk-2JKVG4WI.js";
import "./chunk-PMCJ7K4Q.js";
import "./chunk-WR2XUHY5.js";
import "./chunk-MGL2NZD7.js";
import "./chunk-PYKP3QTX.js";
import "./chunk-2PXXPKA6.js";
export {
  runBaseline
};
