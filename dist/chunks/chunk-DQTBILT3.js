import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  DEFAULT_MAX_FILE_SIZE,
  loadYamlAsync,
  readTextFile
} from "./chunk-VJ3W4TCX.js";
import {
  Ajv2020
} from "./chunk-DNTEEZQ7.js";
import {
  didYouMean
} from "./chunk-V6V22UTJ.js";
import {
  BUILTIN_RULES,
  GlobError,
  checkGlob,
  globMatcher
} from "./chunk-OZSULO73.js";
import {
  ConfigError
} from "./chunk-KSG2FG5H.js";
import {
  defineRule
} from "./chunk-RHLJY6KC.js";
import {
  isPlain
} from "./chunk-WR2XUHY5.js";
import {
  lineColumn,
  loadJson
} from "./chunk-QSQWDZRO.js";
import {
  containsPlaceholder
} from "./chunk-PYKP3QTX.js";

// src/config/severity.ts
var SEVERITY_NAMES = {
  off: "off",
  info: "info",
  warning: "warning",
  warn: "warning",
  error: "error",
  "0": "off",
  "1": "warning",
  "2": "error"
};
var SEVERITY_VALUES = ["off", "info", "warning", "warn", "error", 0, 1, 2];
function normalizeSeverity(value) {
  if (typeof value !== "string" && typeof value !== "number") return void 0;
  const key = String(value);
  return Object.prototype.hasOwnProperty.call(SEVERITY_NAMES, key) ? SEVERITY_NAMES[key] : void 0;
}

// src/config/keywords-file.ts
import path from "node:path";

// src/sources/deploy-cli/deploy-cli-config.ts
var KEYS = {
  AUTH0_EXCLUDED: "excluded",
  AUTH0_INCLUDED_ONLY: "includedOnly",
  AUTH0_EXCLUDED_CLIENTS: "excludedClients",
  AUTH0_EXCLUDED_CONNECTIONS: "excludedConnections",
  AUTH0_EXCLUDED_DATABASES: "excludedDatabases",
  AUTH0_INCLUDED_CONNECTIONS: "includedConnections"
};
var ExclusionError = class extends Error {
  constructor(key) {
    super(`${key} must be an array of names (or a JSON string of one), as deploy-cli reads it`);
    this.key = key;
  }
  key;
};
function names(key, v) {
  let list = v;
  if (typeof v === "string") {
    try {
      list = JSON.parse(v);
    } catch {
      throw new ExclusionError(key);
    }
  }
  if (!Array.isArray(list) || !list.every((x) => typeof x === "string")) throw new ExclusionError(key);
  return list;
}
function readExclusions(config, file) {
  const out = { file };
  let any = false;
  for (const [key, field] of Object.entries(KEYS)) {
    if (!Object.prototype.hasOwnProperty.call(config, key) || config[key] === void 0 || config[key] === null) continue;
    out[field] = names(key, config[key]);
    any = true;
  }
  return any ? out : void 0;
}

// src/config/keywords-file.ts
async function loadKeywordsAndExclusions(file, cwd) {
  const display = path.relative(cwd, file) || file;
  const read = await readTextFile(file);
  if (!read.ok) throw new ConfigError(`keywords file: ${read.message}`, display);
  const doc = /\.ya?ml$/i.test(file) ? await loadYamlAsync(file, read.text, read.bom) : loadJson(file, read.text, read.bom);
  if (doc.problems.length) {
    const pos = lineColumn(doc, doc.problems[0].span.start);
    throw new ConfigError(`keywords file: ${doc.problems[0].message}`, display, pos.line, pos.column);
  }
  const v = doc.value;
  if (!isPlain(v)) throw new ConfigError("keywords file: expected an object of KEY: value pairs", display, 1, 1);
  let exclusions;
  try {
    exclusions = readExclusions(v, display);
  } catch (err) {
    if (!(err instanceof ExclusionError)) throw err;
    const span = doc.locate([err.key], "value");
    const pos = span ? lineColumn(doc, span.start) : { line: 1, column: 1 };
    throw new ConfigError(`keywords file: ${err.key} must be an array of names (or a JSON string of one), as deploy-cli reads it`, display, pos.line, pos.column);
  }
  const withExclusions = (keywords) => exclusions ? { keywords, exclusions } : { keywords };
  if ("AUTH0_KEYWORD_REPLACE_MAPPINGS" in v) {
    const m = v.AUTH0_KEYWORD_REPLACE_MAPPINGS;
    if (!isPlain(m)) {
      const span = doc.locate(["AUTH0_KEYWORD_REPLACE_MAPPINGS"], "value");
      const pos = span ? lineColumn(doc, span.start) : { line: 1, column: 1 };
      throw new ConfigError("keywords file: AUTH0_KEYWORD_REPLACE_MAPPINGS must be an object of KEY: value pairs", display, pos.line, pos.column);
    }
    return withExclusions(m);
  }
  if (exclusions) return withExclusions({});
  return { keywords: v };
}

// src/config/load-config.ts
import { existsSync as existsSync2, realpathSync } from "node:fs";
import path4 from "node:path";

// src/policies/schema.ts
var scalar = { type: ["string", "number", "boolean", "null"] };
var MATCHER_SCHEMA = {
  oneOf: [
    scalar,
    { type: "array", items: scalar, minItems: 1 },
    {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      properties: {
        pattern: { type: "string", minLength: 1, maxLength: 500 },
        notPattern: { type: "string", minLength: 1, maxLength: 500 },
        exists: { type: "boolean" },
        contains: scalar,
        not: { $ref: "#/$defs/matcher" }
      }
    }
  ]
};
var MATCHERS = {
  type: "object",
  minProperties: 1,
  propertyNames: { pattern: "^[A-Za-z0-9_$-]+(\\.[A-Za-z0-9_$-]+)*$" },
  additionalProperties: { $ref: "#/$defs/matcher" }
};
var POLICY_RESOURCES = ["client", "clientGrant", "organization", "organizationConnection"];
var POLICY_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["id", "resource"],
  anyOf: [{ required: ["require"] }, { required: ["forbid"] }],
  properties: {
    id: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,79}$" },
    description: { type: "string", minLength: 1, maxLength: 300 },
    severity: { enum: ["info", "warning", "warn", "error"] },
    files: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 },
    resource: { enum: POLICY_RESOURCES },
    where: MATCHERS,
    require: MATCHERS,
    forbid: MATCHERS,
    message: { type: "string", minLength: 1, maxLength: 1e3 },
    docs: { type: "string", minLength: 1, maxLength: 5e3 },
    fix: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        set: { type: "object", minProperties: 1, propertyNames: MATCHERS.propertyNames },
        remove: { type: "array", items: { type: "string", pattern: MATCHERS.propertyNames.pattern }, minItems: 1 },
        safety: { enum: ["safe", "unsafe"] }
      }
    }
  }
};
var stringOrList = { oneOf: [{ type: "string", minLength: 1 }, { type: "array", items: { type: "string", minLength: 1 } }] };
var POLICY_CONFIG_PROPERTIES = {
  policies: { type: "array", items: POLICY_SCHEMA },
  plugins: { type: "array", items: { type: "string", minLength: 1 } },
  extends: stringOrList
};
var POLICY_DEFS = { matcher: MATCHER_SCHEMA };

// src/config/schema.ts
var ruleSetting = {
  oneOf: [
    { enum: SEVERITY_VALUES },
    {
      type: "array",
      minItems: 1,
      maxItems: 2,
      prefixItems: [{ enum: SEVERITY_VALUES }, { type: "object" }],
      items: false
    }
  ]
};
var rules = { type: ["object", "null"], additionalProperties: ruleSetting };
var globs = { type: "array", items: { type: "string", minLength: 1 } };
var CONFIG_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  additionalProperties: false,
  properties: {
    // the editor's schema association (`"$schema": "./node_modules/orglint/..."`), as in ESLint and Spectral configs
    $schema: { type: "string" },
    rules,
    ignore: globs,
    keywords: { type: "object" },
    keywordsFile: { type: "string", minLength: 1 },
    overrides: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["files"],
        properties: { files: { ...globs, minItems: 1 }, rules }
      }
    },
    maxFileSize: { type: "integer", minimum: 1 },
    payloads: globs,
    requireDirectiveReason: { type: "boolean" },
    ...POLICY_CONFIG_PROPERTIES
  },
  $defs: POLICY_DEFS
};
var CONFIG_KEYS = Object.keys(CONFIG_SCHEMA.properties).filter((k) => k !== "$schema");

// src/policies/compile.ts
import path2 from "node:path";

// lazy-builtin:v8
import { createRequire } from "node:module";
var real;
var load = () => real ??= createRequire(import.meta.url)("node:v8");
function setFlagsFromString(...args) {
  return load().setFlagsFromString(...args);
}
function getHeapSpaceStatistics(...args) {
  return load().getHeapSpaceStatistics(...args);
}
var v8_default = new Proxy({}, { get: (_, key) => load()[key] });

// src/policies/matchers.ts
var DOCUMENTED_DEFAULTS = {
  client: { organization_usage: "deny", organization_require_behavior: "no_prompt" },
  clientGrant: { allow_any_organization: false },
  organization: {},
  organizationConnection: { assign_membership_on_login: false, is_signup_enabled: false, show_as_button: true }
};
function readField(value, field, type, partial, keys = field.split(".")) {
  let cur = value;
  for (const key of keys) {
    if (typeof cur === "string" && containsPlaceholder(cur)) return { present: true, value: cur, source: "unknown" };
    if (cur === null || typeof cur !== "object" || !Object.prototype.hasOwnProperty.call(cur, key)) {
      if (partial) return { present: false, value: void 0, source: "unknown" };
      const defaults = DOCUMENTED_DEFAULTS[type] ?? {};
      if (Object.prototype.hasOwnProperty.call(defaults, field)) return { present: false, value: defaults[field], source: "default" };
      return { present: false, value: void 0, source: "absent" };
    }
    cur = cur[key];
  }
  if (typeof cur === "string" && containsPlaceholder(cur)) return { present: true, value: cur, source: "unknown" };
  return { present: true, value: cur, source: "set" };
}
var linearEngine;
function linear(pattern) {
  if (linearEngine === void 0) {
    try {
      v8_default.setFlagsFromString("--enable-experimental-regexp-engine");
      linearEngine = new RegExp("a", "l").test("a");
    } catch {
      linearEngine = false;
    }
  }
  if (!linearEngine) return void 0;
  try {
    return new RegExp(pattern, "l");
  } catch {
    return void 0;
  }
}
function safeRegExp(pattern) {
  let unicode;
  try {
    unicode = new RegExp(pattern, "u");
  } catch (err) {
    return err.message.replace(/^Invalid regular expression: /, "");
  }
  const fast = /\\[pP]\{|\\u\{/.test(pattern) ? void 0 : linear(pattern);
  if (fast) return { re: fast, maxLength: 1e5 };
  if (hasNestedQuantifier(pattern)) return "it repeats a group that itself repeats or has alternatives (such as (a+)+ or (a|aa)+), which can take exponential time";
  const degree = unboundedQuantifiers(pattern) + (anchoredAtStart(pattern) ? 0 : 1);
  if (degree > 2) return "it has more than two unbounded repetitions (*, +, {n,}, or {n,m} with m over 10; a pattern not anchored with ^ counts as one more) and needs the backtracking engine, which can take polynomial time on a long value";
  return { re: unicode, maxLength: 1e3 };
}
function* syntaxIndexes(p) {
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else yield i;
  }
}
function unboundedQuantifiers(p) {
  let n = 0;
  for (const i of syntaxIndexes(p)) {
    const c = p[i];
    if (c === "*" || c === "+") n++;
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i, i + 24));
      if (m && m[2] !== void 0 && (m[3] === "" || Number(m[3]) > 10)) n++;
    }
  }
  return n;
}
function anchoredAtStart(p) {
  if (!p.startsWith("^")) return false;
  let depth = 0;
  for (const i of syntaxIndexes(p)) {
    const c = p[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return false;
  }
  return true;
}
function hasNestedQuantifier(p) {
  const stack = [];
  for (const i of syntaxIndexes(p)) {
    const c = p[i];
    if (c === "(") stack.push(false);
    else if (c === ")") {
      const inner = stack.pop() ?? false;
      const next = p[i + 1];
      const quantified = next === "*" || next === "+" || next === "?" || next === "{";
      if (inner && quantified && next !== "?") return true;
      if (stack.length && (inner || quantified)) stack[stack.length - 1] = true;
    } else if ((c === "*" || c === "+" || c === "{" || c === "|") && stack.length) stack[stack.length - 1] = true;
  }
  return false;
}
function compileMatcher(spec) {
  if (Array.isArray(spec)) {
    const list = spec;
    return known((v) => list.some((s) => s === v));
  }
  if (spec === null || typeof spec !== "object") return known((v) => v === spec);
  const [[op, arg]] = Object.entries(spec);
  switch (op) {
    case "exists":
      return (f) => f.present ? arg === true : f.source === "unknown" ? "unknown" : arg === false;
    case "pattern":
    case "notPattern": {
      const compiled = safeRegExp(String(arg));
      if (typeof compiled === "string") throw new Error(compiled);
      const { re, maxLength } = compiled;
      return (f) => {
        if (f.source === "unknown") return "unknown";
        const v = f.value;
        if (typeof v !== "string") return op === "notPattern";
        if (v.length > maxLength) return "unknown";
        const hit = re.test(v);
        return op === "pattern" ? hit : !hit;
      };
    }
    case "contains":
      return (f) => {
        if (f.source === "unknown") return "unknown";
        if (!Array.isArray(f.value)) return false;
        if (f.value.some((x) => typeof x === "string" && containsPlaceholder(x))) return f.value.includes(arg) ? true : "unknown";
        return f.value.includes(arg);
      };
    case "not": {
      const inner = compileMatcher(arg);
      return (f) => {
        const r = inner(f);
        return r === "unknown" ? r : !r;
      };
    }
    default:
      throw new Error(`unknown matcher "${op}"`);
  }
}
function known(test) {
  return (f) => f.source === "unknown" ? "unknown" : test(f.value);
}

// src/policies/compile.ts
var PolicyError = class extends Error {
  constructor(message2, at) {
    super(message2);
    this.at = at;
  }
  at;
};
var SCOPE = {
  client: "client",
  clientGrant: "clientGrant",
  organization: "organization",
  organizationConnection: "organization"
};
function policyGlobs(files) {
  files.forEach((g, i) => {
    try {
      checkGlob(g);
    } catch (err) {
      if (err instanceof GlobError) throw new PolicyError(`invalid glob ${JSON.stringify(g)} in files: ${err.message}`, ["files", i]);
      throw err;
    }
  });
  if (files.length && files.every((g) => g.startsWith("!"))) throw new PolicyError('files: every pattern starts with "!", so it matches no file (start with e.g. "**")', ["files", 0]);
  return globMatcher(files);
}
function compilePolicy(spec, baseDir, configFile) {
  const entries = (key) => Object.entries(spec[key] ?? {}).map(([field, m]) => {
    try {
      return { field, keys: field.split("."), match: compileMatcher(m), spec: m };
    } catch (err) {
      throw new PolicyError(`invalid matcher for "${field}": ${err.message}`, [key, field]);
    }
  });
  const where = entries("where");
  const require2 = entries("require");
  const forbid = entries("forbid");
  spec.files?.forEach((g, i) => {
    if (path2.isAbsolute(g.replace(/^!/, "")) || /^[A-Za-z]:[\\/]/.test(g.replace(/^!/, ""))) {
      throw new PolicyError(`files glob "${g}" is an absolute path, which never matches: globs are relative to the config's folder`, ["files", i]);
    }
  });
  const inFiles = spec.files ? policyGlobs(spec.files) : void 0;
  const fileHits = /* @__PURE__ */ new Map();
  const severity = spec.severity === "warn" ? "warning" : spec.severity ?? "error";
  const safety = spec.fix?.safety ?? "unsafe";
  const type = spec.resource;
  const rule = defineRule({
    id: spec.id,
    meta: {
      description: spec.description ?? `team policy ${spec.id}`,
      severity,
      fixable: spec.fix ? [safety] : [],
      scope: SCOPE[type],
      source: spec.docs && /^https?:\/\//.test(spec.docs) ? spec.docs : `policy in ${path2.basename(configFile)}`
    },
    defaultOptions: {},
    messages: { violation: "{{text}}" },
    check(ctx) {
      const resource = ctx.resource;
      if (inFiles) {
        let hit = fileHits.get(resource.doc.file);
        if (hit === void 0) fileHits.set(resource.doc.file, hit = inFiles(relativeFile(resource, baseDir)));
        if (!hit) return;
      }
      for (const target of targets(resource, type)) {
        const read = (e) => readField(target.value, e.field, type, resource.partial, e.keys);
        let applies = true;
        for (const e of where) if (e.match(read(e)) !== true) applies = false;
        if (!applies) continue;
        let violations;
        for (const e of require2) {
          const f = read(e);
          if (e.match(f) === false) (violations ??= []).push({ entry: e, field: f, kind: "require" });
        }
        for (const e of forbid) {
          const f = read(e);
          if (e.match(f) === true) (violations ??= []).push({ entry: e, field: f, kind: "forbid" });
        }
        if (!violations) continue;
        const ops = fixOps(spec, target) ?? [];
        const found = violations;
        found.forEach((v, i) => {
          const at = v.field.present ? [...target.prefix, ...v.entry.field.split(".")] : [...target.prefix];
          const mine = ops.filter((o) => o.field === v.entry.field);
          const rest = i === 0 ? ops.filter((o) => !found.some((w) => w.entry.field === o.field)) : [];
          const own = [...mine, ...rest].map((o) => o.op);
          const report = {
            messageId: "violation",
            at,
            data: { text: message(spec, target, v.entry, v.field, v.kind, (f) => readField(target.value, f, type, resource.partial)) }
          };
          if (own.length) report.fix = { safety, description: describeFix(own), ops: own };
          ctx.report(report);
        });
      }
    }
  });
  return Object.assign(rule, { provenance: { kind: "policy", file: configFile, docs: spec.docs, spec } });
}
function relativeFile(resource, baseDir) {
  const file = resource.doc.file;
  if (/^[a-z]+:\/\//.test(file)) return "\0";
  return path2.relative(baseDir, file).split(path2.sep).join("/");
}
var NO_PREFIX = [];
function targets(resource, type) {
  if (type !== "organizationConnection") return [{ value: resource.value, prefix: NO_PREFIX, name: resource.name }];
  const list = resource.value.connections;
  if (!Array.isArray(list)) return [];
  const out = [];
  list.forEach((c, i) => {
    if (c === null || typeof c !== "object" || Array.isArray(c)) return;
    const conn = c;
    const id = conn.name ?? conn.connection_id ?? conn.connection?.name ?? `#${i + 1}`;
    out.push({ value: conn, prefix: ["connections", i], name: `${resource.name} \u2192 ${String(id)}` });
  });
  return out;
}
function fixOps(spec, target) {
  const out = [];
  const created = /* @__PURE__ */ new Map();
  for (const [field, value] of Object.entries(spec.fix?.set ?? {})) {
    const keys = field.split(".");
    let cur = target.value;
    let depth = 0;
    for (; depth < keys.length - 1; depth++) {
      if (cur === null || typeof cur !== "object" || Array.isArray(cur)) return void 0;
      if (!Object.prototype.hasOwnProperty.call(cur, keys[depth])) break;
      cur = cur[keys[depth]];
    }
    if (depth === keys.length - 1) {
      if (cur === null || typeof cur !== "object" || Array.isArray(cur)) return void 0;
      out.push({ field, op: { op: "set", path: [...target.prefix, ...keys], value } });
      continue;
    }
    const head = keys.slice(0, depth + 1);
    const key = head.join(".");
    let entry = created.get(key);
    if (!entry) {
      entry = { value: /* @__PURE__ */ Object.create(null), op: { op: "set", path: [...target.prefix, ...head], value: void 0 } };
      entry.op.value = entry.value;
      created.set(key, entry);
      out.push({ field, op: entry.op });
    }
    let obj = entry.value;
    for (const k of keys.slice(depth + 1, -1)) {
      const next = obj[k];
      obj = next !== null && typeof next === "object" ? next : obj[k] = /* @__PURE__ */ Object.create(null);
    }
    obj[keys[keys.length - 1]] = value;
  }
  for (const field of spec.fix?.remove ?? []) out.push({ field, op: { op: "remove", path: [...target.prefix, ...field.split(".")] } });
  for (const e of created.values()) e.op.value = JSON.parse(JSON.stringify(e.value));
  return out;
}
function describeFix(ops) {
  return ops.map((o) => o.op === "set" ? `set ${o.path.join(".")} to ${JSON.stringify(o.value)}` : `remove ${o.path.join(".")}`).join(", ");
}
function showValue(f) {
  if (f.source === "default") return `not set (so ${JSON.stringify(f.value)})`;
  if (!f.present) return "not set";
  const s = JSON.stringify(f.value);
  return s === void 0 ? String(f.value) : s;
}
function expected(spec) {
  if (Array.isArray(spec)) return `one of ${spec.map((v) => JSON.stringify(v)).join(", ")}`;
  if (spec === null || typeof spec !== "object") return JSON.stringify(spec);
  const [[op, arg]] = Object.entries(spec);
  if (op === "exists") return arg ? "set" : "not set";
  if (op === "pattern") return `a match of /${String(arg)}/`;
  if (op === "notPattern") return `no match of /${String(arg)}/`;
  if (op === "contains") return `a list containing ${JSON.stringify(arg)}`;
  return `not ${expected(arg)}`;
}
function message(spec, target, entry, field, kind, read) {
  if (spec.message) {
    return spec.message.replace(/\{\{\s*([A-Za-z0-9_$.-]+)\s*\}\}/g, (all, key) => {
      if (key === "name") return target.name;
      if (key === "id" || key === "policy") return spec.id;
      if (key === "field") return entry.field;
      if (key === "value") return showValue(field);
      if (key === "expected") return expected(entry.spec);
      const f = read(key);
      return f.source === "absent" ? "not set" : f.source === "default" ? String(f.value) : f.present ? stringValue(f.value) : all;
    });
  }
  const what = spec.description ?? `team policy ${spec.id}`;
  return kind === "require" ? `${target.name}: ${entry.field} is ${showValue(field)}, expected ${expected(entry.spec)} (${what})` : `${target.name}: ${entry.field} is ${showValue(field)}, which is forbidden (${what})`;
}
function stringValue(v) {
  return typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
}

// src/policies/plugins.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import path3 from "node:path";
import { pathToFileURL } from "node:url";
var NAME = /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/;
var RULE_ID = /^[a-z0-9][a-z0-9-]*$/;
var SEVERITIES = ["error", "warning", "info"];
var SCOPES = ["client", "clientGrant", "organization", "tenant"];
var CRASH = "orglint/plugin-error";
var PluginError = class extends Error {
};
function resolveModule(spec, fromDir, what) {
  if (spec.startsWith(".") || path3.isAbsolute(spec)) {
    const file = path3.resolve(fromDir, spec);
    if (!existsSync(file)) throw new PluginError(`${what} "${spec}" not found (looked for ${file})`);
    if (statSync(file).isDirectory()) return packageEntry(file, spec, what);
    return file;
  }
  if (!NAME.test(spec.split("/").slice(0, spec.startsWith("@") ? 2 : 1).join("/"))) throw new PluginError(`${what} "${spec}" is not a package name or a path`);
  for (let dir = fromDir; ; dir = path3.dirname(dir)) {
    const pkgDir = path3.join(dir, "node_modules", spec);
    if (existsSync(path3.join(pkgDir, "package.json"))) return packageEntry(pkgDir, spec, what);
    if (path3.dirname(dir) === dir) break;
  }
  throw new PluginError(`${what} "${spec}" not found: no node_modules/${spec} in ${fromDir} or a folder above it (npm install it)`);
}
function packageEntry(dir, spec, what) {
  const pkgFile = path3.join(dir, "package.json");
  let entry = "index.js";
  if (existsSync(pkgFile)) {
    const pkg = JSON.parse(readFileSync(pkgFile, "utf8"));
    const dot = typeof pkg.exports === "string" || Array.isArray(pkg.exports) ? pkg.exports : pkg.exports?.["."] ?? pkg.exports;
    const pick = (e) => {
      if (typeof e === "string") return e;
      if (e && typeof e === "object" && !Array.isArray(e)) {
        const o = e;
        return pick(o.import ?? o.node ?? o.default ?? o.require);
      }
      return void 0;
    };
    entry = pick(dot) ?? pkg.main ?? entry;
  }
  const file = path3.resolve(dir, entry);
  if (!file.startsWith(dir + path3.sep)) throw new PluginError(`${what} "${spec}": its package entry points outside the package`);
  if (!existsSync(file)) throw new PluginError(`${what} "${spec}": its entry ${entry} does not exist`);
  return file;
}
async function loadPlugin(spec, fromDir) {
  const file = resolveModule(spec, fromDir, "plugin");
  let mod;
  try {
    mod = await import(pathToFileURL(file).href);
  } catch (err) {
    throw new PluginError(`plugin "${spec}" could not be loaded: ${err.message}`);
  }
  const plugin = mod.default ?? mod;
  if (!plugin || typeof plugin !== "object") throw new PluginError(`plugin "${spec}": its default export must be { name, rules: [...] }`);
  const name = plugin.name;
  if (typeof name !== "string" || !NAME.test(name)) throw new PluginError(`plugin "${spec}": "name" must be a lower-case package-like name (got ${JSON.stringify(name)})`);
  if (!Array.isArray(plugin.rules)) throw new PluginError(`plugin "${spec}" (${name}): "rules" must be an array of rules made with defineRule`);
  const seen = /* @__PURE__ */ new Set();
  const rules2 = plugin.rules.map((r, i) => {
    const rule = checkRule(r, `plugin "${spec}" (${name}) rule #${i + 1}`);
    if (seen.has(rule.id)) throw new PluginError(`plugin "${spec}" (${name}): rule id "${rule.id}" is defined twice`);
    seen.add(rule.id);
    return wrap(rule, name, file);
  });
  return { name, file, rules: rules2 };
}
function checkRule(r, where) {
  const rule = r;
  if (!rule || typeof rule !== "object") throw new PluginError(`${where}: not an object`);
  if (typeof rule.id !== "string" || !RULE_ID.test(rule.id)) throw new PluginError(`${where}: "id" must be lower-case letters, digits and - (got ${JSON.stringify(rule.id)})`);
  const meta = rule.meta;
  const label = `${where} "${rule.id}"`;
  if (!meta || typeof meta !== "object") throw new PluginError(`${label}: "meta" is missing`);
  if (typeof meta.description !== "string" || !meta.description) throw new PluginError(`${label}: meta.description must be a non-empty string`);
  if (!SEVERITIES.includes(meta.severity)) throw new PluginError(`${label}: meta.severity must be one of ${SEVERITIES.join(", ")}`);
  if (!SCOPES.includes(meta.scope)) throw new PluginError(`${label}: meta.scope must be one of ${SCOPES.join(", ")}`);
  if (typeof rule.check !== "function") throw new PluginError(`${label}: "check" must be a function`);
  if (!rule.messages || typeof rule.messages !== "object") throw new PluginError(`${label}: "messages" must be an object of message templates`);
  return {
    ...rule,
    // (origins lets the engine skip a built-in rule; a plugin's rule always runs, a mistyped source cannot silence it)
    meta: { ...meta, fixable: meta.fixable ?? [], source: meta.source ?? "", origins: void 0 },
    defaultOptions: rule.defaultOptions ?? {}
  };
}
function wrap(rule, plugin, file) {
  const id = `${plugin}/${rule.id}`;
  const check = rule.check;
  return {
    ...rule,
    id,
    messages: { ...rule.messages, [CRASH]: "plugin {{plugin}}: rule {{rule}} threw an error, so it checked nothing here: {{error}}" },
    check(ctx) {
      const crash = (err) => {
        const target = ctx.resource ?? ctx.tenant.clients[0] ?? ctx.tenant.clientGrants[0] ?? ctx.tenant.organizations[0];
        if (!target) return;
        ctx.report({ messageId: CRASH, data: { plugin, rule: id, error: errorText(err) }, severity: "error", ...ctx.resource ? {} : { resource: target } });
      };
      let open = true;
      const view = Object.create(ctx);
      Object.defineProperties(view, {
        tenant: { value: readOnly(ctx.tenant) },
        resource: { value: ctx.resource && readOnly(ctx.resource) },
        options: { value: readOnly(ctx.options) },
        report: { value: (r) => {
          if (open) ctx.report(plainReport(r));
        } }
      });
      try {
        const out = check.call(rule, view);
        if (out && typeof out.then === "function") {
          out.then(void 0, () => void 0);
          crash(new Error("check returned a Promise: rules run synchronously, so nothing it reports after an await is seen"));
        }
      } catch (err) {
        crash(err);
      } finally {
        open = false;
      }
    },
    provenance: { kind: "plugin", file, plugin }
  };
}
function errorText(err) {
  try {
    return err instanceof Error ? String(err.message) : String(err);
  } catch {
    return "a value that cannot be shown";
  }
}
var views = /* @__PURE__ */ new WeakMap();
var targets2 = /* @__PURE__ */ new WeakMap();
var FROZEN = {
  get(t, key, receiver) {
    const v = Reflect.get(t, key, receiver === views.get(t) ? t : receiver);
    if (v === null || typeof v !== "object") return v;
    if (!Object.isExtensible(t) && Object.getOwnPropertyDescriptor(t, key)?.configurable === false) return v;
    return readOnly(v);
  },
  set(_t, key) {
    throw new TypeError(`a plugin rule may not change the tenant (it set "${String(key)}")`);
  },
  deleteProperty(_t, key) {
    throw new TypeError(`a plugin rule may not change the tenant (it deleted "${String(key)}")`);
  },
  defineProperty(_t, key) {
    throw new TypeError(`a plugin rule may not change the tenant (it defined "${String(key)}")`);
  },
  setPrototypeOf() {
    throw new TypeError("a plugin rule may not change the tenant");
  }
};
function readOnly(value) {
  if (value === null || typeof value !== "object") return value;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return value;
  let v = views.get(value);
  if (!v) {
    v = new Proxy(value, FROZEN);
    views.set(value, v);
    targets2.set(v, value);
  }
  return v;
}
function plainReport(r) {
  const out = { ...r, ...r.resource ? { resource: unwrap(r.resource) } : {} };
  if (r.severity !== void 0 && !SEVERITIES.includes(r.severity)) delete out.severity;
  if (r.fix !== void 0) out.fix = plainData(r.fix);
  if (r.alternatives !== void 0) out.alternatives = plainData(r.alternatives);
  if (r.predictedResponse !== void 0) out.predictedResponse = plainData(r.predictedResponse);
  return out;
}
function plainData(value, seen = /* @__PURE__ */ new Map()) {
  if (typeof value === "function" || typeof value === "symbol") return void 0;
  if (value === null || typeof value !== "object") return value;
  const done = seen.get(value);
  if (done !== void 0) return done;
  if (Array.isArray(value)) {
    const out2 = [];
    seen.set(value, out2);
    for (const v of value) out2.push(plainData(v, seen));
    return out2;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    try {
      return structuredClone(value);
    } catch {
      return void 0;
    }
  }
  const out = {};
  seen.set(value, out);
  for (const [k, v] of Object.entries(value)) {
    const p = plainData(v, seen);
    if (p !== void 0) out[k] = p;
  }
  return out;
}
function unwrap(value) {
  return targets2.get(value) ?? value;
}

// src/config/load-config.ts
var CONFIG_NAMES = [".orglint.yaml", ".orglint.yml", ".orglint.json"];
function findConfig(dir) {
  let d = path4.resolve(dir);
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const f = path4.join(d, name);
      if (existsSync2(f)) return f;
    }
    if (existsSync2(path4.join(d, ".git"))) return void 0;
    const up = path4.dirname(d);
    if (up === d) return void 0;
    d = up;
  }
}
function defaultConfig(baseDir) {
  return { baseDir, rules: {}, ignore: [], overrides: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, payloads: [], extraRules: [], requireDirectiveReason: false };
}
var validator;
var MAX_EXTENDS_DEPTH = 10;
async function loadConfig(file, rules2, cwd, opts = {}) {
  const layers = await readChain(file, cwd, [], opts.texts);
  const baseDir = path4.dirname(file);
  const trusted = opts.explicit === true || existsSync2(path4.join(baseDir, ".git"));
  const extraRules = await configuredRules(layers, rules2, { trusted, plugins: opts.plugins !== false, root: file, cwd });
  const known2 = new Map([...rules2, ...extraRules].map((r) => [r.id, r]));
  const config = defaultConfig(baseDir);
  config.file = file;
  config.extraRules = extraRules;
  const pluginsOff = opts.plugins === false && layers.some((l) => Array.isArray(l.raw.plugins) && l.raw.plugins.length > 0);
  for (const layer of layers) await mergeLayer(config, layer, known2, cwd, pluginsOff);
  return config;
}
async function readChain(file, cwd, seen, texts) {
  if (seen.includes(file)) throw new ConfigError(`extends goes round in a circle: ${[...seen, file].map((f) => path4.relative(cwd, f) || f).join(" -> ")}`, path4.relative(cwd, seen.at(-1)) || seen.at(-1));
  if (seen.length > MAX_EXTENDS_DEPTH) throw new ConfigError(`extends is nested more than ${MAX_EXTENDS_DEPTH} deep`, path4.relative(cwd, file) || file);
  const layer = await readLayer(file, cwd, texts?.get(file));
  const ext = layer.raw.extends;
  const list = ext === void 0 ? [] : Array.isArray(ext) ? ext : [ext];
  const out = [];
  for (const [i, spec] of list.entries()) {
    let target;
    const pos = layer.at(Array.isArray(ext) ? ["extends", i] : ["extends"]);
    if (spec.startsWith(".") || path4.isAbsolute(spec)) insideRepository(path4.dirname(file), spec, "extends", layer.display, pos, "install a shared config as a package, or name the file with --config");
    try {
      target = resolveModule(spec, path4.dirname(file), "extends");
    } catch (err) {
      const pos2 = layer.at(Array.isArray(ext) ? ["extends", i] : ["extends"]);
      throw new ConfigError(err.message, layer.display, pos2.line, pos2.column);
    }
    if (!/\.(ya?ml|json)$/i.test(target)) {
      const pos2 = layer.at(Array.isArray(ext) ? ["extends", i] : ["extends"]);
      throw new ConfigError(`extends "${spec}" resolves to ${path4.relative(cwd, target) || target}, which is not a YAML or JSON config (orglint runs no code from extends; use plugins for rules in code)`, layer.display, pos2.line, pos2.column);
    }
    out.push(...await readChain(target, cwd, [...seen, file], texts));
  }
  out.push(layer);
  return out;
}
async function readLayer(file, cwd, text) {
  const display = path4.relative(cwd, file) || file;
  const read = text !== void 0 ? { ok: true, text, bom: false } : await readTextFile(file);
  if (!read.ok) throw new ConfigError(read.message, display);
  const doc = /\.json$/i.test(file) ? loadJson(file, read.text, read.bom) : await loadYamlAsync(file, read.text, read.bom);
  const at = (p, target = "value") => {
    const span = doc.locate(p, target);
    return span ? lineColumn(doc, span.start) : { line: 1, column: 1 };
  };
  if (doc.problems.length) {
    const pos = lineColumn(doc, doc.problems[0].span.start);
    throw new ConfigError(doc.problems[0].message, display, pos.line, pos.column);
  }
  const raw = doc.value ?? {};
  validator ??= new Ajv2020({ allErrors: true, strict: false }).compile(CONFIG_SCHEMA);
  if (!validator(raw)) {
    const err = pickError(validator.errors);
    const p = pointerToPath(err.instancePath);
    if (err.keyword === "additionalProperties") {
      const key = String(err.params.additionalProperty);
      const known2 = knownKeys(p);
      const hint = didYouMean(key, known2);
      const pos2 = at([...p, key], "key");
      throw new ConfigError(`unknown key "${key}"${hint ? `; did you mean "${hint}"?` : ""} (expected one of: ${known2.join(", ")})`, display, pos2.line, pos2.column);
    }
    const pos = at(p);
    const what = p.length ? `"${p.join(".")}"` : "the config";
    throw new ConfigError(`invalid value for ${what}: expected ${expectedText(p, err)}`, display, pos.line, pos.column);
  }
  return { file, display, raw, at };
}
async function configuredRules(layers, builtIn, o) {
  const builtInIds = /* @__PURE__ */ new Set([...builtIn.map((r) => r.id), ...Object.keys(BUILTIN_RULES)]);
  const byId = /* @__PURE__ */ new Map();
  const pluginNames = /* @__PURE__ */ new Map();
  for (const layer of layers) {
    const here = /* @__PURE__ */ new Set();
    for (const [i, spec] of (layer.raw.policies ?? []).entries()) {
      try {
        if (builtInIds.has(spec.id)) throw new PolicyError(`policy id "${spec.id}" is the id of a built-in rule; choose another`, ["id"]);
        if (here.has(spec.id)) throw new PolicyError(`policy id "${spec.id}" is used twice in this file`, ["id"]);
        here.add(spec.id);
        byId.set(spec.id, compilePolicy(spec, path4.dirname(layer.file), layer.file));
      } catch (err) {
        if (!(err instanceof PolicyError)) throw err;
        const pos = layer.at(["policies", i, ...err.at], err.at.length ? "key" : "value");
        throw new ConfigError(err.message, layer.display, pos.line, pos.column);
      }
    }
    const plugins = layer.raw.plugins ?? [];
    if (!plugins.length || !o.plugins) continue;
    if (!o.trusted) {
      const pos = layer.at(["plugins"]);
      throw new ConfigError(
        `plugins are code: orglint loads them only from the config at the repository root or one named by --config, and ${path4.relative(o.cwd, o.root) || o.root} is neither (use --config to name it, or --no-plugins)`,
        layer.display,
        pos.line,
        pos.column
      );
    }
    for (const [i, spec] of plugins.entries()) {
      let loaded;
      try {
        loaded = await loadPlugin(spec, path4.dirname(layer.file));
      } catch (err) {
        const pos = layer.at(["plugins", i]);
        throw new ConfigError(err.message, layer.display, pos.line, pos.column);
      }
      const earlier = pluginNames.get(loaded.name);
      if (earlier !== void 0 && earlier !== loaded.file) {
        const pos = layer.at(["plugins", i]);
        throw new ConfigError(`plugin "${spec}" is named "${loaded.name}", like another plugin of this config (${path4.relative(o.cwd, earlier) || earlier}); rule ids would clash`, layer.display, pos.line, pos.column);
      }
      pluginNames.set(loaded.name, loaded.file);
      for (const rule of loaded.rules) byId.set(rule.id, rule);
    }
  }
  return [...byId.values()];
}
async function mergeLayer(config, layer, known2, cwd, pluginsOff) {
  const { raw: cfg, at, display } = layer;
  const readRules = (obj, base) => {
    const out = {};
    for (const [id, setting] of Object.entries(obj ?? {})) {
      const rule = known2.get(id);
      if (!rule && pluginsOff && id.includes("/")) continue;
      if (!rule && (id === "unused-disable-directive" || id === "disable-directive-without-reason")) {
        out[id] = { severity: normalizeSeverity(Array.isArray(setting) ? setting[0] : setting) };
        continue;
      }
      if (!rule) {
        const hint = didYouMean(id, [...known2.keys()]);
        const pos = at([...base, id], "key");
        throw new ConfigError(`unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ""} (orglint rules lists them)`, display, pos.line, pos.column);
      }
      const [severity, options] = Array.isArray(setting) ? setting : [setting, void 0];
      if (options !== void 0) checkOptions(rule, options, () => at([...base, id, 1]), display);
      out[id] = { severity: normalizeSeverity(severity), options };
    }
    return out;
  };
  const globLists = [
    [["ignore"], config.ignore, cfg.ignore],
    [["payloads"], config.payloads, cfg.payloads]
  ];
  (cfg.overrides ?? []).forEach((o, i) => globLists.push([["overrides", i, "files"], [], o.files]));
  for (const [p, before, list] of globLists) checkGlobs(list, before, p, at, display);
  const layerDir = path4.dirname(layer.file);
  const rebase = (globs2) => layerDir === config.baseDir ? globs2 : globs2.map((g) => rebaseGlob(g, layerDir, config.baseDir));
  for (const [id, s] of Object.entries(readRules(cfg.rules, ["rules"]))) {
    const prev = config.rules[id];
    config.rules[id] = { severity: s.severity ?? prev?.severity, options: s.options ?? prev?.options };
  }
  config.ignore.push(...rebase(cfg.ignore ?? []));
  config.payloads.push(...rebase(cfg.payloads ?? []));
  config.overrides.push(
    ...(cfg.overrides ?? []).map((o, i) => ({
      files: rebase(o.files),
      rules: readRules(o.rules, ["overrides", i, "rules"])
    }))
  );
  if (typeof cfg.maxFileSize === "number") config.maxFileSize = cfg.maxFileSize;
  if (typeof cfg.requireDirectiveReason === "boolean") config.requireDirectiveReason = cfg.requireDirectiveReason;
  if (cfg.keywords) config.keywords = { ...config.keywords, ...cfg.keywords };
  if (typeof cfg.keywordsFile === "string") {
    const kw = await loadKeywordsAndExclusions(insideRepository(layerDir, cfg.keywordsFile, "keywordsFile", layer.display, layer.at(["keywordsFile"])), cwd);
    config.keywords = { ...config.keywords, ...kw.keywords, ...cfg.keywords ?? {} };
    if (kw.exclusions) config.exclusions = kw.exclusions;
  }
}
function checkGlobs(list, before, base, at, display) {
  if (!list?.length) return;
  list.forEach((pattern, i) => {
    try {
      checkGlob(pattern);
    } catch (err) {
      if (!(err instanceof GlobError)) throw err;
      const pos = at([...base, i]);
      throw new ConfigError(`invalid glob ${JSON.stringify(pattern)} in ${base.join(".")}: ${err.message}`, display, pos.line, pos.column);
    }
  });
  if ([...before, ...list].every((p) => p.startsWith("!"))) {
    const pos = at([...base, 0]);
    throw new ConfigError(`${base.join(".")}: every pattern starts with "!", so it matches no file (a "!" pattern only takes back what an earlier one matched; start with e.g. "**")`, display, pos.line, pos.column);
  }
}
function rebaseGlob(glob, from, to) {
  const neg = glob.startsWith("!") ? "!" : "";
  const g = neg ? glob.slice(1) : glob;
  const rel = path4.relative(to, from).split(path4.sep).join("/");
  const body = g.includes("/") ? g.replace(/^\.\//, "") : `**/${g}`;
  return `${neg}${rel ? `${rel}/` : ""}${body}`;
}
function pickError(errors) {
  const depth = (e) => e.instancePath.split("/").length;
  const deepest = Math.max(...errors.map(depth));
  const list = errors.filter((e) => depth(e) === deepest);
  return list.find((e) => e.keyword === "additionalProperties") ?? list.find((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf") ?? list[0];
}
function knownKeys(p) {
  if (p.length === 0) return CONFIG_KEYS;
  if (p[0] === "policies" && p.length === 2) return Object.keys(POLICY_SCHEMA.properties);
  if (p[0] === "policies" && p[2] === "fix") return Object.keys(POLICY_SCHEMA.properties.fix.properties);
  if (p[0] === "policies") return Object.keys(MATCHER_SCHEMA.oneOf[2].properties);
  return ["files", "rules"];
}
function expectedText(p, err) {
  if (p.at(-2) === "rules" || p.at(-3) === "rules" && p.at(-1) === 0) return "off, info, warning (or warn), error, or [severity, {options}]";
  if (p[0] === "policies" && (p[2] === "where" || p[2] === "require" || p[2] === "forbid") && p.length >= 4) {
    return `a value, a list of values, or one of { pattern }, { notPattern }, { exists }, { contains }, { not }`;
  }
  const missing = err.keyword === "required" ? String(err.params.missingProperty) : void 0;
  if (p[0] === "policies" && p.length === 2 && (err.keyword === "anyOf" || missing === "require" || missing === "forbid")) return 'a "require" or a "forbid" entry';
  if (missing) return `a "${missing}" entry`;
  return err.message ?? "something else";
}
function repositoryOf(dir) {
  for (let d = path4.resolve(dir); ; d = path4.dirname(d)) {
    if (existsSync2(path4.join(d, ".git"))) return d;
    if (path4.dirname(d) === d) return void 0;
  }
}
function insideRepository(baseDir, value, key, display, pos, hint = "use --keywords FILE on the command line for another file") {
  const repo = repositoryOf(baseDir);
  const root = repo ?? baseDir;
  const file = path4.resolve(baseDir, value);
  const real2 = (p) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  const rel = path4.relative(real2(root), real2(file));
  if (rel.startsWith("..") || path4.isAbsolute(rel)) {
    const where = repo ? "the repository" : "the config's folder";
    throw new ConfigError(`${key} "${value}" is outside ${where} (${root}); config paths must stay inside it (${hint})`, display, pos.line, pos.column);
  }
  return file;
}
var optionValidators = /* @__PURE__ */ new Map();
function checkOptions(rule, options, where, display) {
  const schema = rule.optionsSchema ?? { type: "object", additionalProperties: false, properties: {} };
  let validate = optionValidators.get(rule.id);
  if (!validate) {
    validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    optionValidators.set(rule.id, validate);
  }
  if (!validate(options)) {
    const e = validate.errors[0];
    const pos = where();
    const detail = e.keyword === "additionalProperties" ? `unknown option "${String(e.params.additionalProperty)}" (known: ${Object.keys(schema.properties ?? {}).join(", ") || "none"})` : `option ${e.instancePath.slice(1) || "value"} ${e.message}`;
    throw new ConfigError(`invalid options for rule "${rule.id}": ${detail}`, display, pos.line, pos.column);
  }
}
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}

export {
  normalizeSeverity,
  CONFIG_SCHEMA,
  loadKeywordsAndExclusions,
  setFlagsFromString,
  getHeapSpaceStatistics,
  CONFIG_NAMES,
  findConfig,
  defaultConfig,
  loadConfig
};
