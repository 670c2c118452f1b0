import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });

// lazy-picomatch:picomatch
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
var real;
var load = () => real ??= createRequire(import.meta.url)(fileURLToPath(new URL("./picomatch.cjs", import.meta.url)));
var picomatch_default = new Proxy(function picomatch() {
}, { apply: (_, self, args) => load().apply(self, args), get: (_, key) => load()[key] });

// src/engine/glob.ts
var GlobError = class extends Error {
};
var GLOB_LIMITS = {
  /** characters in one pattern */
  length: 256,
  /** `*` wildcards in one path segment: 3 keep the worst case of a 255-character name in the low millions of steps */
  starsPerSegment: 3,
  /** `**` segments in one pattern */
  globstars: 3,
  /** `{` alternations in one pattern */
  braces: 8
};
var OPTIONS = { dot: true, strictBrackets: true, noextglob: true };
function checkGlob(pattern, limitLength = true) {
  if (limitLength && pattern.length > GLOB_LIMITS.length) throw new GlobError(`the pattern is ${pattern.length} characters long, more than ${GLOB_LIMITS.length}`);
  const negated = pattern.startsWith("!");
  let body = negated ? pattern.slice(1) : pattern;
  if (body.trim() === "") throw new GlobError(negated ? 'nothing follows "!"' : "the pattern is empty");
  if (/\\$/.test(body)) throw new GlobError('the pattern ends in an escaping "\\"');
  body = body.replace(/^\.\//, "").replace(/^\//, "");
  const segments = body.split("/");
  const globstars = segments.filter((s) => s === "**").length;
  if (globstars > GLOB_LIMITS.globstars) throw new GlobError(`${globstars} "**" segments, more than ${GLOB_LIMITS.globstars} (each multiplies the cost of matching by the depth of the path)`);
  for (const s of segments) {
    if (s === "**") continue;
    const stars = (s.replace(/\\./g, "").match(/\*+/g) ?? []).length;
    if (stars > GLOB_LIMITS.starsPerSegment) {
      throw new GlobError(`${stars} "*" wildcards in the segment "${s}", more than ${GLOB_LIMITS.starsPerSegment} (each multiplies the cost of matching by the length of a name)`);
    }
  }
  const braces = (body.replace(/\\./g, "").match(/\{/g) ?? []).length;
  if (braces > GLOB_LIMITS.braces) throw new GlobError(`${braces} "{" alternations, more than ${GLOB_LIMITS.braces}`);
  try {
    picomatch_default.makeRe(body, OPTIONS);
  } catch (err) {
    throw new GlobError(err.message.replace(/ - use .*$/, "").replace(/^Missing closing: "(.)"/, 'an unclosed bracket: "$1" is missing'));
  }
  let rest = body.replace(/\\./g, "");
  for (let before = ""; before !== rest; ) [before, rest] = [rest, rest.replace(/\{[^{}]*\}/g, "")];
  if (rest.includes("}")) throw new GlobError('a "}" without its "{"');
  return { body, negated };
}
function compileGlob(pattern) {
  const { body, negated } = checkGlob(pattern, false);
  const dir = body.endsWith("/");
  let p = dir ? body.slice(0, -1) : body;
  if (!p.includes("/")) p = `**/${p}`;
  const self = picomatch_default(p, OPTIONS);
  const below = picomatch_default(`${p}/**`, OPTIONS);
  return { negated, test: dir ? (rel) => below(rel) : (rel) => self(rel) || below(rel) };
}
function globMatcher(patterns) {
  const compiled = patterns.map(compileGlob);
  if (compiled.length === 0) return () => false;
  return (rel) => {
    for (let i = compiled.length - 1; i >= 0; i--) if (compiled[i].test(rel)) return !compiled[i].negated;
    return false;
  };
}
function isGlobPattern(arg) {
  return picomatch_default.scan(arg.replace(/\\/g, "/")).isGlob;
}

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
  /** per rule id: its setting when no override names it (the same for every file), else null */
  same = /* @__PURE__ */ new Map();
  enabled = /* @__PURE__ */ new Map();
  /** the setting of `ruleId` for `file` (absolute path); built-in ids default to their own severity */
  get(ruleId, file) {
    if (this.overrides.length === 0) return this.globalSetting(ruleId);
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
  /**
   * The setting of `ruleId` when it is the same for every file: no `overrides` entry names the rule (an entry
   * that names others changes nothing for it). Undefined when it may differ per file: ask `get` per file.
   */
  uniform(ruleId) {
    let s = this.same.get(ruleId);
    if (s === void 0) {
      s = this.overrides.some((o) => Object.hasOwn(o.rules, ruleId)) ? null : this.globalSetting(ruleId);
      this.same.set(ruleId, s);
    }
    return s ?? void 0;
  }
  /** whether a rule is on anywhere (global config or some override) */
  enabledSomewhere(ruleId) {
    let on = this.enabled.get(ruleId);
    if (on === void 0) {
      on = this.globalSetting(ruleId).severity !== "off" || this.overrides.some((o) => Object.hasOwn(o.rules, ruleId) && !!o.rules[ruleId]?.severity && o.rules[ruleId].severity !== "off");
      this.enabled.set(ruleId, on);
    }
    return on;
  }
  /** the setting without overrides: rule defaults, the config's `rules`, `--rule` flags */
  globalSetting(ruleId) {
    let s = this.global.get(ruleId);
    if (!s) this.global.set(ruleId, s = this.compute(ruleId, []));
    return s;
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
  GlobError,
  checkGlob,
  globMatcher,
  isGlobPattern,
  RuleSettings,
  BUILTIN_RULES
};
