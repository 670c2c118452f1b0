import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  reportContext,
  tenantFinder,
  tenantReport
} from "./chunk-LAJB7VF6.js";
import "./chunk-BX4UFGL6.js";
import {
  REPORT_APPLICATIONS
} from "./chunk-CA7UTGVA.js";
import "./chunk-H6IJQYMW.js";
import "./chunk-J5OMSPZF.js";
export {
  REPORT_APPLICATIONS,
  reportContext,
  tenantFinder,
  tenantReport
};
