import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  reportContext,
  tenantFinder,
  tenantReport
} from "./chunk-CSHQDRM5.js";
import "./chunk-XGMEGRHA.js";
import "./chunk-WKEI2REB.js";
import {
  REPORT_APPLICATIONS
} from "./chunk-IDLQBHWY.js";
import "./chunk-2JKVG4WI.js";
import "./chunk-PMCJ7K4Q.js";
import "./chunk-WR2XUHY5.js";
import "./chunk-MGL2NZD7.js";
import "./chunk-PYKP3QTX.js";
import "./chunk-2PXXPKA6.js";
export {
  REPORT_APPLICATIONS,
  reportContext,
  tenantFinder,
  tenantReport
};
