import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  require_picomatch
} from "./chunk-HJDMCK23.js";
import {
  __toESM
} from "./chunk-2PXXPKA6.js";

// src/engine/glob.ts
var import_picomatch = __toESM(require_picomatch(), 1);
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
    import_picomatch.default.makeRe(body, OPTIONS);
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
  const self = (0, import_picomatch.default)(p, OPTIONS);
  const below = (0, import_picomatch.default)(`${p}/**`, OPTIONS);
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
  return import_picomatch.default.scan(arg.replace(/\\/g, "/")).isGlob;
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
  GlobError,
  checkGlob,
  globMatcher,
  isGlobPattern,
  RuleSettings,
  BUILTIN_RULES
};
