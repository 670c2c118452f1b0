import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  globMatcher
} from "./chunk-BNPA5CMJ.js";

// src/engine/settings.ts
import path from "node:path";
var RuleSettings = class {
  constructor(config, rules, cli = {}) {
    this.config = config;
    this.rules = rules;
    this.cli = cli;
    this.overrides = config.overrides.map((o) => ({ match: globMatcher(o.files), rules: o.rules }));
  }
  config;
  rules;
  cli;
  overrides;
  cache = /* @__PURE__ */ new Map();
  global = /* @__PURE__ */ new Map();
  /** the setting of `ruleId` for `file` (absolute path); built-in ids default to their own severity */
  get(ruleId, file) {
    if (this.overrides.length === 0) {
      let s2 = this.global.get(ruleId);
      if (!s2) this.global.set(ruleId, s2 = this.compute(ruleId, []));
      return s2;
    }
    const matched = this.matchingOverrides(file);
    const key = matched.join(",");
    let table = this.cache.get(key);
    if (!table) {
      table = /* @__PURE__ */ new Map();
      this.cache.set(key, table);
    }
    let s = table.get(ruleId);
    if (!s) {
      s = this.compute(ruleId, matched);
      table.set(ruleId, s);
    }
    return s;
  }
  /** whether a rule is on anywhere (global config or some override) */
  enabledSomewhere(ruleId) {
    if (this.compute(ruleId, []).severity !== "off") return true;
    return this.overrides.some((o) => Object.hasOwn(o.rules, ruleId) && o.rules[ruleId]?.severity && o.rules[ruleId].severity !== "off");
  }
  matchingOverrides(file) {
    if (this.overrides.length === 0 || /^[a-z]+:\/\//.test(file)) return [];
    const rel = path.relative(this.config.baseDir, file).split(path.sep).join("/");
    const out = [];
    this.overrides.forEach((o, i) => o.match(rel) && out.push(i));
    return out;
  }
  compute(ruleId, overrides) {
    const rule = this.rules.find((r) => r.id === ruleId);
    let severity = rule?.meta.severity ?? builtinSeverity(ruleId);
    let options = { ...rule?.defaultOptions ?? {} };
    let configured = false;
    const apply = (s) => {
      if (!s) return;
      if (s.severity) [severity, configured] = [s.severity, true];
      if (s.options) options = { ...options, ...s.options };
    };
    const own = (map) => Object.hasOwn(map, ruleId) ? map[ruleId] : void 0;
    apply(own(this.config.rules));
    for (const i of overrides) apply(own(this.overrides[i].rules));
    const cli = own(this.cli);
    if (cli) [severity, configured] = [cli, true];
    return { severity, options, configured };
  }
};
var BUILTIN_RULES = Object.assign(/* @__PURE__ */ Object.create(null), {
  "parse-error": { severity: "error", description: "the file is not valid YAML or JSON, or has duplicate keys" },
  "read-error": { severity: "error", description: "the file could not be read" },
  "file-too-large": { severity: "error", description: "the file is larger than maxFileSize (10 MiB by default)" },
  "unused-disable-directive": { severity: "warning", description: "an orglint-disable comment that suppresses nothing" },
  "disable-directive-without-reason": {
    severity: "error",
    description: 'an orglint-disable comment without "-- reason" (on with requireDirectiveReason: true in the config, or when its severity is set)'
  }
});
function builtinSeverity(ruleId) {
  return BUILTIN_RULES[ruleId]?.severity ?? "error";
}

export {
  RuleSettings,
  BUILTIN_RULES
};
