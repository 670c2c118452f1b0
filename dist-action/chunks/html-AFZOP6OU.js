import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  HTML_MAX_FINDINGS,
  html
} from "./chunk-ZH272CHP.js";
import "./chunk-KVHTNZY4.js";
import "./chunk-SU35YPN5.js";
import "./chunk-AVPYGATL.js";
import "./chunk-OX55IFLW.js";
import "./chunk-5PAJJK55.js";
import "./chunk-GO4ODZTT.js";
import "./chunk-CSHQDRM5.js";
import "./chunk-XGMEGRHA.js";
import "./chunk-WKEI2REB.js";
import "./chunk-M4EWLFDC.js";
import "./chunk-MEX5ELCO.js";
import "./chunk-OZSULO73.js";
import "./chunk-K3LQRXYN.js";
import "./chunk-4RXVTXYZ.js";
import "./chunk-IDLQBHWY.js";
import "./chunk-2JKVG4WI.js";
import "./chunk-PMCJ7K4Q.js";
import "./chunk-WR2XUHY5.js";
import "./chunk-MGL2NZD7.js";
import "./chunk-PYKP3QTX.js";
import "./chunk-2PXXPKA6.js";
export {
  HTML_MAX_FINDINGS,
  html
};
