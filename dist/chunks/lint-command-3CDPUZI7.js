import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  LINT_OPTIONS,
  lintCommand,
  parseRuleFlags,
  parseThreads,
  resolveConfig,
  rulesOf,
  skippedNotes,
  withOutputFile
} from "./chunk-FZRJ4BAB.js";
import "./chunk-H6IJQYMW.js";
import "./chunk-J5OMSPZF.js";
export {
  LINT_OPTIONS,
  lintCommand,
  parseRuleFlags,
  parseThreads,
  resolveConfig,
  rulesOf,
  skippedNotes,
  withOutputFile
};
