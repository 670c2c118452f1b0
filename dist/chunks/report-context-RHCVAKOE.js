import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  reportContext,
  tenantFinder,
  tenantReport
} from "./chunk-QD6PDN4W.js";
import "./chunk-5NOYXDQO.js";
import {
  REPORT_APPLICATIONS
} from "./chunk-FZRJ4BAB.js";
import "./chunk-H6IJQYMW.js";
import "./chunk-J5OMSPZF.js";
export {
  REPORT_APPLICATIONS,
  reportContext,
  tenantFinder,
  tenantReport
};
