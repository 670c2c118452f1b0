import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  reportContext,
  tenantFinder,
  tenantReport
} from "./chunk-YGXYO64X.js";
import {
  REPORT_APPLICATIONS
} from "./chunk-XGHWUMGV.js";
import "./chunk-2PXXPKA6.js";
export {
  REPORT_APPLICATIONS,
  reportContext,
  tenantFinder,
  tenantReport
};
