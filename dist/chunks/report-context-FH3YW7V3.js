import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  reportContext,
  tenantFinder,
  tenantReport
} from "./chunk-KEIWPIUC.js";
import "./chunk-YEEOUQRY.js";
import {
  REPORT_APPLICATIONS
} from "./chunk-IDLQBHWY.js";
import "./chunk-XGMEGRHA.js";
import "./chunk-RHLJY6KC.js";
import "./chunk-WR2XUHY5.js";
import "./chunk-6AH6ZUNW.js";
import "./chunk-QSQWDZRO.js";
import "./chunk-MGL2NZD7.js";
import "./chunk-PYKP3QTX.js";
import "./chunk-J5OMSPZF.js";
export {
  REPORT_APPLICATIONS,
  reportContext,
  tenantFinder,
  tenantReport
};
