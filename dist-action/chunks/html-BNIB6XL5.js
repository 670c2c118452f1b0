import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  HTML_MAX_FINDINGS,
  html
} from "./chunk-GD324AFL.js";
import "./chunk-JJLYZ27J.js";
import "./chunk-ROFVIBIG.js";
import "./chunk-JAQNRDPV.js";
import "./chunk-KVQKVZ73.js";
import "./chunk-EMM2Z6W2.js";
import "./chunk-GO4ODZTT.js";
import "./chunk-SOU6MRBE.js";
import "./chunk-XGMEGRHA.js";
import "./chunk-WKEI2REB.js";
import "./chunk-5KSUFTZ7.js";
import "./chunk-MEX5ELCO.js";
import "./chunk-OZSULO73.js";
import "./chunk-V7UJ2UL7.js";
import "./chunk-4RXVTXYZ.js";
import "./chunk-IDLQBHWY.js";
import "./chunk-2JKVG4WI.js";
import "./chunk-6SWIXMEJ.js";
import "./chunk-WR2XUHY5.js";
import "./chunk-MGL2NZD7.js";
import "./chunk-PYKP3QTX.js";
import "./chunk-2PXXPKA6.js";
export {
  HTML_MAX_FINDINGS,
  html
};
