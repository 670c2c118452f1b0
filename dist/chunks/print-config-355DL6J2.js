import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  BUILTIN_RULES,
  RuleSettings,
  displayPath,
  globMatcher,
  payloadFileMatcher
} from "./chunk-FZRJ4BAB.js";
import "./chunk-H6IJQYMW.js";
import "./chunk-J5OMSPZF.js";

// src/cli/print-config.ts
import path from "node:path";
function printConfig(file, config, rules, cliRules, cwd) {
  const abs = path.resolve(cwd, file);
  const settings = new RuleSettings(config, rules, cliRules);
  const out = {};
  for (const id of [...rules.map((r) => r.id), ...Object.keys(BUILTIN_RULES)].sort()) {
    const s = settings.get(id, abs);
    out[id] = Object.keys(s.options).length ? [s.severity, s.options] : [s.severity];
  }
  const rel = path.relative(config.baseDir, abs).split(path.sep).join("/");
  const printed = {
    file: displayPath(abs, cwd),
    configFile: config.file ? displayPath(config.file, cwd) : null,
    ignored: config.ignore.length > 0 && globMatcher(config.ignore)(rel),
    payload: /\.patch\.json$/i.test(abs) || /\.json$/i.test(abs) && payloadFileMatcher(config.payloads, config.baseDir)?.(abs) === true,
    maxFileSize: config.maxFileSize,
    keywords: Object.keys(config.keywords ?? {}).sort(),
    rules: out
  };
  return JSON.stringify(printed, null, 2) + "\n";
}
export {
  printConfig
};
