import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  canonicalEnumSpelling,
  checkEnumField,
  describeType,
  describeValue,
  didYouMean,
  effectiveOrganizationUsage
} from "./chunk-V6V22UTJ.js";
import {
  ConfigError
} from "./chunk-KSG2FG5H.js";
import {
  charLength,
  clientsOfGrant,
  nameList,
  tenantIndex
} from "./chunk-XGMEGRHA.js";
import {
  CLIENT_GRANT_SCHEMA,
  CLIENT_SCHEMA,
  DEFAULT_MAX_FILE_SIZE,
  ORGANIZATION_CONNECTION_SCHEMA,
  ORGANIZATION_DISCOVERY_VALUES,
  ORGANIZATION_SCHEMA,
  loadYamlAsync,
  nearMissField,
  readTextFile
} from "./chunk-5J4RRBBW.js";
import {
  BUILTIN_RULES,
  GlobError,
  checkGlob,
  globMatcher
} from "./chunk-OZSULO73.js";
import {
  connectionStrategy,
  defineRule,
  findConnection,
  quote,
  resources
} from "./chunk-2JKVG4WI.js";
import {
  lineColumn,
  loadJson
} from "./chunk-PMCJ7K4Q.js";
import {
  isPlain
} from "./chunk-WR2XUHY5.js";
import {
  containsPlaceholder,
  isPlaceholder
} from "./chunk-PYKP3QTX.js";

// lazy-ajv:ajv-2020
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
var Real;
function Ajv2020(options) {
  Real ??= createRequire(import.meta.url)(fileURLToPath(new URL("./ajv-2020.cjs", import.meta.url))).Ajv2020;
  return new Real(options);
}

// src/config/load-config.ts
import { existsSync as existsSync2, realpathSync } from "node:fs";
import path4 from "node:path";

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

// src/policies/compile.ts
import path2 from "node:path";

// lazy-builtin:v8
import { createRequire as createRequire2 } from "node:module";
var real;
var load = () => real ??= createRequire2(import.meta.url)("node:v8");
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
  constructor(message2, at2) {
    super(message2);
    this.at = at2;
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
  const entries2 = (key) => Object.entries(spec[key] ?? {}).map(([field, m]) => {
    try {
      return { field, keys: field.split("."), match: compileMatcher(m), spec: m };
    } catch (err) {
      throw new PolicyError(`invalid matcher for "${field}": ${err.message}`, [key, field]);
    }
  });
  const where2 = entries2("where");
  const require2 = entries2("require");
  const forbid = entries2("forbid");
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
        for (const e of where2) if (e.match(read(e)) !== true) applies = false;
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
          const at2 = v.field.present ? [...target.prefix, ...v.entry.field.split(".")] : [...target.prefix];
          const mine = ops.filter((o) => o.field === v.entry.field);
          const rest = i === 0 ? ops.filter((o) => !found.some((w) => w.entry.field === o.field)) : [];
          const own = [...mine, ...rest].map((o) => o.op);
          const report2 = {
            messageId: "violation",
            at: at2,
            data: { text: message(spec, target, v.entry, v.field, v.kind, (f) => readField(target.value, f, type, resource.partial)) }
          };
          if (own.length) report2.fix = { safety, description: describeFix(own), ops: own };
          ctx.report(report2);
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
function checkRule(r, where2) {
  const rule = r;
  if (!rule || typeof rule !== "object") throw new PluginError(`${where2}: not an object`);
  if (typeof rule.id !== "string" || !RULE_ID.test(rule.id)) throw new PluginError(`${where2}: "id" must be lower-case letters, digits and - (got ${JSON.stringify(rule.id)})`);
  const meta = rule.meta;
  const label2 = `${where2} "${rule.id}"`;
  if (!meta || typeof meta !== "object") throw new PluginError(`${label2}: "meta" is missing`);
  if (typeof meta.description !== "string" || !meta.description) throw new PluginError(`${label2}: meta.description must be a non-empty string`);
  if (!SEVERITIES.includes(meta.severity)) throw new PluginError(`${label2}: meta.severity must be one of ${SEVERITIES.join(", ")}`);
  if (!SCOPES.includes(meta.scope)) throw new PluginError(`${label2}: meta.scope must be one of ${SCOPES.join(", ")}`);
  if (typeof rule.check !== "function") throw new PluginError(`${label2}: "check" must be a function`);
  if (!rule.messages || typeof rule.messages !== "object") throw new PluginError(`${label2}: "messages" must be an object of message templates`);
  return {
    ...rule,
    // (origins lets the engine skip a built-in rule; a plugin's rule always runs, a mistyped source cannot silence it)
    meta: { ...meta, fixable: meta.fixable ?? [], source: meta.source ?? "", origins: void 0 },
    defaultOptions: rule.defaultOptions ?? {}
  };
}
function wrap(rule, plugin, file) {
  const id = `${plugin}/${rule.id}`;
  const check2 = rule.check;
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
        const out = check2.call(rule, view);
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
  const at2 = (p, target = "value") => {
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
      const pos2 = at2([...p, key], "key");
      throw new ConfigError(`unknown key "${key}"${hint ? `; did you mean "${hint}"?` : ""} (expected one of: ${known2.join(", ")})`, display, pos2.line, pos2.column);
    }
    const pos = at2(p);
    const what = p.length ? `"${p.join(".")}"` : "the config";
    throw new ConfigError(`invalid value for ${what}: expected ${expectedText(p, err)}`, display, pos.line, pos.column);
  }
  return { file, display, raw, at: at2 };
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
  const { raw: cfg, at: at2, display } = layer;
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
        const pos = at2([...base, id], "key");
        throw new ConfigError(`unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ""} (orglint rules lists them)`, display, pos.line, pos.column);
      }
      const [severity, options] = Array.isArray(setting) ? setting : [setting, void 0];
      if (options !== void 0) checkOptions(rule, options, () => at2([...base, id, 1]), display);
      out[id] = { severity: normalizeSeverity(severity), options };
    }
    return out;
  };
  const globLists = [
    [["ignore"], config.ignore, cfg.ignore],
    [["payloads"], config.payloads, cfg.payloads]
  ];
  (cfg.overrides ?? []).forEach((o, i) => globLists.push([["overrides", i, "files"], [], o.files]));
  for (const [p, before, list] of globLists) checkGlobs(list, before, p, at2, display);
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
function checkGlobs(list, before, base, at2, display) {
  if (!list?.length) return;
  list.forEach((pattern, i) => {
    try {
      checkGlob(pattern);
    } catch (err) {
      if (!(err instanceof GlobError)) throw err;
      const pos = at2([...base, i]);
      throw new ConfigError(`invalid glob ${JSON.stringify(pattern)} in ${base.join(".")}: ${err.message}`, display, pos.line, pos.column);
    }
  });
  if ([...before, ...list].every((p) => p.startsWith("!"))) {
    const pos = at2([...base, 0]);
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
    const where2 = repo ? "the repository" : "the config's folder";
    throw new ConfigError(`${key} "${value}" is outside ${where2} (${root}); config paths must stay inside it (${hint})`, display, pos.line, pos.column);
  }
  return file;
}
var optionValidators = /* @__PURE__ */ new Map();
function checkOptions(rule, options, where2, display) {
  const schema = rule.optionsSchema ?? { type: "object", additionalProperties: false, properties: {} };
  let validate = optionValidators.get(rule.id);
  if (!validate) {
    validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    optionValidators.set(rule.id, validate);
  }
  if (!validate(options)) {
    const e = validate.errors[0];
    const pos = where2();
    const detail = e.keyword === "additionalProperties" ? `unknown option "${String(e.params.additionalProperty)}" (known: ${Object.keys(schema.properties ?? {}).join(", ") || "none"})` : `option ${e.instancePath.slice(1) || "value"} ${e.message}`;
    throw new ConfigError(`invalid options for rule "${rule.id}": ${detail}`, display, pos.line, pos.column);
  }
}
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}

// rules/allow-any-organization/index.ts
var allow_any_organization_default = defineRule({
  id: "allow-any-organization",
  meta: {
    description: "allow_any_organization on a client grant is for trusted internal applications only, never third-party ones",
    severity: "warning",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access"
  },
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: { trustedClients: { type: "array", items: { type: "string" } } }
  },
  defaultOptions: { trustedClients: [] },
  messages: {
    anyOrganization: "the grant of {{client}} for {{audience}} has allow_any_organization true: it may act in every organization, not only those it is associated with; keep this for trusted internal applications",
    thirdParty: "the grant of third-party client {{client}} for {{audience}} has allow_any_organization true: an outside application could act in every organization, and Auth0 does not offer this to third-party clients"
  },
  check(ctx) {
    const trusted = new Set(ctx.options.trustedClients);
    for (const grant of ctx.tenant.clientGrants) {
      if (grant.value.allow_any_organization !== true) continue;
      const owners = clientsOfGrant(ctx.tenant, grant);
      const clientId = grant.value.client_id;
      const client = JSON.stringify(owners[0]?.name ?? (typeof clientId === "string" ? clientId : "?"));
      const data = { client, audience: JSON.stringify(grant.value.audience ?? "?") };
      const base = { resource: grant, at: ["allow_any_organization"] };
      if (owners.some((c) => c.value.is_first_party === false)) {
        ctx.report({ ...base, messageId: "thirdParty", data, severity: "error" });
        continue;
      }
      const names2 = [clientId, ...owners.flatMap((c) => [c.value.name, c.value.client_id])];
      if (names2.some((n) => typeof n === "string" && trusted.has(n))) continue;
      ctx.report({ ...base, messageId: "anyOrganization", data });
    }
  }
});

// rules/organization-usage-enum/index.ts
var ORGANIZATION_USAGE = ["deny", "allow", "require"];
var CHECK = {
  field: "organization_usage",
  allowed: ORGANIZATION_USAGE,
  predictedResponse: { status: 400, errorCode: "invalid_body" },
  // null clears the field, and PATCH takes it (real answers 200, ../shared/auth0-facts.md §1-2): deploy-cli
  // updates a client with PATCH, so `null` in an export is no 400 either
  nullAllowed: true
};
var organization_usage_enum_default = defineRule({
  id: "organization-usage-enum",
  meta: {
    description: 'organization_usage must be "deny", "allow" or "require"',
    severity: "error",
    fixable: ["safe", "unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior"
  },
  defaultOptions: {},
  messages: {
    invalid: "organization_usage {{value}} is not one of {{allowed}}{{hint}}",
    wrongType: "organization_usage must be a string, got {{found}}; expected one of {{allowed}}"
  },
  check(ctx) {
    checkEnumField(ctx, CHECK);
  }
});

// rules/client-grant-organization-usage-enum/index.ts
var CHECK2 = {
  field: "organization_usage",
  allowed: ORGANIZATION_USAGE,
  predictedResponse: { status: 400, errorCode: "invalid_body" },
  // null clears the field, and PATCH takes it (real answers 200, ../shared/auth0-facts.md §1-2): deploy-cli
  // updates a client with PATCH, so `null` in an export is no 400 either
  nullAllowed: true
};
var client_grant_organization_usage_enum_default = defineRule({
  id: "client-grant-organization-usage-enum",
  meta: {
    description: `a client grant's organization_usage must be "deny", "allow" or "require"`,
    severity: "error",
    fixable: ["safe", "unsafe"],
    scope: "clientGrant",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access"
  },
  defaultOptions: {},
  messages: {
    invalid: "client grant organization_usage {{value}} is not one of {{allowed}}{{hint}}",
    wrongType: "client grant organization_usage must be a string, got {{found}}; expected one of {{allowed}}"
  },
  check(ctx) {
    checkEnumField(ctx, CHECK2);
  }
});

// rules/client-grant-require-without-organization/index.ts
var granted = /* @__PURE__ */ new WeakMap();
function grantedKeys(tenant) {
  let g = granted.get(tenant);
  if (g) return g;
  g = { keys: /* @__PURE__ */ new Set(), unsure: false };
  for (const org of tenant.organizations) {
    const list = org.value.client_grants;
    if (!Array.isArray(list)) continue;
    for (const e of list) {
      const key = isPlain(e) ? e.client_id ?? e.grant_id ?? e.id : e;
      if (typeof key === "string" && key !== "" && !isPlaceholder(key)) g.keys.add(key);
      else g.unsure = true;
    }
  }
  granted.set(tenant, g);
  return g;
}
function mayBeGranted(tenant, grant, keys) {
  if (typeof grant.value.id === "string" && keys.has(grant.value.id)) return true;
  for (const client of clientsOfGrant(tenant, grant)) {
    if (keys.has(client.name) || typeof client.value.client_id === "string" && keys.has(client.value.client_id)) return true;
  }
  return typeof grant.value.client_id === "string" && keys.has(grant.value.client_id);
}
var client_grant_require_without_organization_default = defineRule({
  id: "client-grant-require-without-organization",
  meta: {
    description: 'a client grant with organization_usage "require" and allow_any_organization false needs an organization that grants it',
    severity: "warning",
    fixable: [],
    scope: "clientGrant",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access",
    needs: ["organization", "organizationClientGrant"]
  },
  defaultOptions: {},
  messages: {
    noOrganization: "the grant of {{client}} for {{audience}} requires an organization and allow_any_organization is false, but no organization of this export lists it in client_grants: every client credentials request for it will fail until an organization is granted access"
  },
  check(ctx) {
    const g = ctx.resource.value;
    if (g.organization_usage !== "require") return;
    const any = g.allow_any_organization;
    if (any === true || isPlaceholder(any) || any === void 0 && ctx.resource.partial || any !== void 0 && any !== false) return;
    if (typeof g.client_id !== "string" || isPlaceholder(g.client_id)) return;
    const orgs = ctx.resources("organization");
    if (!orgs.known || orgs.items.length === 0) return;
    if (!ctx.resources("organizationClientGrant").known) return;
    const { keys, unsure } = grantedKeys(ctx.tenant);
    if (unsure || mayBeGranted(ctx.tenant, ctx.resource, keys)) return;
    const data = { client: JSON.stringify(g.client_id), audience: JSON.stringify(g.audience ?? "?") };
    ctx.report({ messageId: "noOrganization", at: ["organization_usage"], data });
  }
});

// rules/default-organization-valid/index.ts
var FIELD = "default_organization";
var KEYS2 = ["organization_id", "flows"];
var FLOW = "client_credentials";
var ORG_ID = /^org_[A-Za-z0-9]+$/;
var INVALID_BODY = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
var default_organization_valid_default = defineRule({
  id: "default-organization-valid",
  meta: {
    description: 'default_organization must be {organization_id: "org_\u2026", flows: ["client_credentials"]}',
    severity: "error",
    fixable: ["safe", "unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access"
  },
  defaultOptions: {},
  messages: {
    notObject: "default_organization must be an object with organization_id and flows, got {{found}}",
    missingKeys: 'default_organization is missing {{keys}}; it needs both organization_id and flows: ["client_credentials"]',
    unknownKey: 'default_organization does not take {{key}}; only "organization_id" and "flows"{{hint}}',
    organizationId: 'default_organization.organization_id must be a non-empty string (an organization id such as "org_\u2026"), got {{value}}',
    flowsType: 'default_organization.flows must be an array, got {{found}}; expected ["client_credentials"]',
    flowsEmpty: 'default_organization.flows is []: the API accepts and stores it, but the default organization then applies to no flow; list "client_credentials" or set default_organization to null',
    idFormat: 'default_organization.organization_id {{value}} is not an organization id ("org_" followed by letters and digits); client-credentials requests will not find that organization',
    badFlow: 'default_organization.flows item {{value}} is not "client_credentials", the only flow a default organization applies to{{hint}}',
    duplicateFlow: 'default_organization.flows lists "client_credentials" twice'
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (!(FIELD in c)) return;
    let value = c[FIELD];
    let base = [FIELD];
    const terraform = ctx.resource.origin === "terraform";
    if (terraform && Array.isArray(value) && value.length <= 1) {
      if (value.length === 0) return;
      [value, base] = [value[0], [FIELD, 0]];
    }
    if (value === null || isPlaceholder(value)) return;
    if (!isPlain(value)) {
      ctx.report({ messageId: "notObject", at: base, data: { found: describeValue(value) }, ...INVALID_BODY });
      return;
    }
    if (terraform && value.disable === true) return;
    for (const key of Object.keys(value)) {
      if (KEYS2.includes(key) || terraform && key === "disable") continue;
      const guess = didYouMean(key.replace(/([a-z])([A-Z])/g, "$1_$2"), KEYS2.filter((k) => !(k in value)));
      ctx.report({ messageId: "unknownKey", at: [...base, key], target: "key", data: { key: JSON.stringify(key), hint: guess ? `; did you mean "${guess}"?` : "" }, ...INVALID_BODY });
    }
    const missing = KEYS2.filter((k) => !(k in value));
    if (missing.length) ctx.report({ messageId: "missingKeys", at: base, target: "key", data: { keys: missing.join(" and ") }, ...INVALID_BODY });
    const id = value.organization_id;
    if ("organization_id" in value && !containsPlaceholder(id)) {
      if (typeof id !== "string" || id.trim() === "") {
        ctx.report({ messageId: "organizationId", at: [...base, "organization_id"], data: { value: JSON.stringify(id) }, ...INVALID_BODY });
      } else if (!ORG_ID.test(id)) {
        ctx.report({ messageId: "idFormat", at: [...base, "organization_id"], severity: "warning", data: { value: JSON.stringify(id) } });
      }
    }
    if ("flows" in value) checkFlows(ctx, value.flows, [...base, "flows"]);
  }
});
function checkFlows(ctx, flows, at2) {
  if (isPlaceholder(flows)) return;
  if (!Array.isArray(flows)) {
    const wrap2 = typeof flows === "string" && canonicalEnumSpelling(flows) === FLOW;
    const fix = wrap2 ? { safety: "safe", description: `wrap it in a list: ["${FLOW}"]`, ops: [{ op: "set", path: at2, value: [FLOW] }] } : void 0;
    ctx.report({ messageId: "flowsType", at: at2, data: { found: describeValue(flows) }, fix, ...INVALID_BODY });
    return;
  }
  if (flows.length === 0) {
    ctx.report({ messageId: "flowsEmpty", at: at2, severity: "warning" });
    return;
  }
  let seen = false;
  flows.forEach((item, i) => {
    const itemAt = [...at2, i];
    if (isPlaceholder(item)) return;
    if (item === FLOW) {
      if (seen) ctx.report({ messageId: "duplicateFlow", at: itemAt, severity: "warning", fix: { safety: "safe", description: `remove the repeated "${FLOW}"`, ops: [{ op: "remove", path: itemAt }] } });
      seen = true;
      return;
    }
    let hint = "";
    let fix;
    if (typeof item === "string" && canonicalEnumSpelling(item) === FLOW) {
      hint = `; did you mean "${FLOW}"?`;
      fix = { safety: "safe", description: `replace ${JSON.stringify(item)} with "${FLOW}"`, ops: [{ op: "set", path: itemAt, value: FLOW }] };
    } else if (typeof item === "string" && didYouMean(canonicalEnumSpelling(item), [FLOW])) {
      hint = `; did you mean "${FLOW}"?`;
      fix = { safety: "unsafe", description: `replace ${JSON.stringify(item)} with "${FLOW}"`, ops: [{ op: "set", path: itemAt, value: FLOW }] };
    }
    ctx.report({ messageId: "badFlow", at: itemAt, data: { value: JSON.stringify(item), hint }, fix, ...INVALID_BODY });
  });
}

// rules/default-organization-without-require-grant/index.ts
function defaultOrganization(c) {
  let v = c.value.default_organization;
  if (Array.isArray(v) && v.length <= 1) v = v[0];
  if (!isPlain(v) || v.disable === true) return void 0;
  return v;
}
var default_organization_without_require_grant_default = defineRule({
  id: "default-organization-without-require-grant",
  meta: {
    description: `a client's default_organization only applies through a client grant with organization_usage "require"`,
    severity: "warning",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access",
    needs: ["clientGrant"]
  },
  defaultOptions: {},
  messages: {
    noRequireGrant: 'default_organization of {{client}} never applies: none of its {{count}} client grants has organization_usage "require"',
    noGrants: 'default_organization of {{client}} never applies: it is used only through a client grant with organization_usage "require", and this export has no grant for the client'
  },
  check(ctx) {
    if (!ctx.tenant.clients.some((c) => defaultOrganization(c))) return;
    if (!ctx.resources("clientGrant").known) return;
    const index = tenantIndex(ctx.tenant);
    if (index.grantsOfUnknownClient.length > 0) return;
    for (const client of ctx.tenant.clients) {
      if (!defaultOrganization(client)) continue;
      if (client.partial && typeof client.value.client_id !== "string") continue;
      const grants = index.grantsByClient.get(client) ?? [];
      const usages = grants.map((g) => g.value.organization_usage);
      if (usages.includes("require")) continue;
      const unsure = grants.some((g, i) => {
        const u = usages[i];
        if (u === void 0) return g.partial;
        return u !== null && !ORGANIZATION_USAGE.includes(u);
      });
      if (unsure || usages.some(isPlaceholder)) continue;
      const data = { client: JSON.stringify(client.name), count: grants.length };
      const base = { resource: client, at: ["default_organization"], target: "key", data };
      ctx.report({ ...base, messageId: grants.length === 0 ? "noGrants" : "noRequireGrant" });
    }
  }
});

// rules/discovery-methods-without-pre-login-prompt/index.ts
var FIELD2 = "organization_discovery_methods";
var BEHAVIORS = ["no_prompt", "pre_login_prompt", "post_login_prompt"];
function shown(value, meaning) {
  if (value === void 0) return `not set (so "${meaning}")`;
  if (value === null) return `null (so "${meaning}")`;
  return JSON.stringify(value);
}
var discovery_methods_without_pre_login_prompt_default = defineRule({
  id: "discovery-methods-without-pre-login-prompt",
  meta: {
    description: 'organization_discovery_methods only works with organization_require_behavior "pre_login_prompt"',
    severity: "warning",
    fixable: ["safe", "unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    notPreLogin: 'organization_discovery_methods has no effect while organization_require_behavior is {{behavior}}; it is only used by "pre_login_prompt"',
    notRequired: 'organization_discovery_methods has no effect while organization_require_behavior is {{behavior}} and organization_usage is {{usage}}; it is only used by the "pre_login_prompt" of an application that requires an organization'
  },
  check(ctx) {
    const c = ctx.resource.value;
    const methods = c[FIELD2];
    if (!Array.isArray(methods) || methods.length === 0) return;
    if (ctx.resource.partial && !("organization_require_behavior" in c)) return;
    const behavior = c.organization_require_behavior;
    if (behavior === "pre_login_prompt" || isPlaceholder(behavior)) return;
    if (behavior !== void 0 && behavior !== null && !BEHAVIORS.includes(behavior)) return;
    const usage = c.organization_usage;
    const usageKnown = !(ctx.resource.partial && !("organization_usage" in c)) && !isPlaceholder(usage);
    const required = usage === "require";
    const report2 = {
      messageId: required || !usageKnown ? "notPreLogin" : "notRequired",
      at: [FIELD2],
      target: "key",
      data: { behavior: shown(behavior, "no_prompt"), usage: shown(usage, "deny") },
      // null, not removal: a file without the key leaves the tenant's methods in place, and the API refuses to
      // move away from pre_login_prompt while they are set (terraform-provider-auth0 issue #1416)
      fix: { safety: "safe", description: `set ${FIELD2} to null (clears them)`, ops: [{ op: "set", path: [FIELD2], value: null }] }
    };
    if (required) {
      report2.alternatives = [
        {
          safety: "unsafe",
          description: 'set organization_require_behavior to "pre_login_prompt"',
          ops: [{ op: "set", path: ["organization_require_behavior"], value: "pre_login_prompt", near: "organization_usage" }]
        }
      ];
    }
    ctx.report(report2);
  }
});

// rules/organization-branding-colors/index.ts
var HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
var COLORS = ["primary", "page_background"];
var REJECTED = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
function isHttpsUrl(s) {
  try {
    const u = new URL(s);
    return u.protocol === "https:" && u.hostname !== "";
  } catch {
    return false;
  }
}
var organization_branding_colors_default = defineRule({
  id: "organization-branding-colors",
  meta: {
    description: "organization branding.colors has both primary and page_background as hex colours, and logo_url is https",
    severity: "error",
    fixable: [],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations"
  },
  defaultOptions: {},
  messages: {
    colorsNotObject: "branding.colors must be an object with primary and page_background, got {{value}}",
    missingColor: "branding.colors has no {{missing}}; the API requires both primary and page_background",
    notHex: 'branding.colors.{{field}} {{value}} is not a hex colour such as "#0059d6"',
    logoNotHttps: "branding.logo_url {{value}} is not an https URL"
  },
  check(ctx) {
    const branding = ctx.resource.value.branding;
    if (!isPlain(branding)) return;
    if ("logo_url" in branding) {
      const logo = branding.logo_url;
      if (logo !== null && !containsPlaceholder(logo) && (typeof logo !== "string" || !isHttpsUrl(logo))) {
        ctx.report({ messageId: "logoNotHttps", at: ["branding", "logo_url"], data: { value: JSON.stringify(logo) }, ...REJECTED });
      }
    }
    if (!("colors" in branding)) return;
    const colors = branding.colors;
    if (colors === null || isPlaceholder(colors)) return;
    if (!isPlain(colors)) {
      ctx.report({ messageId: "colorsNotObject", at: ["branding", "colors"], data: { value: JSON.stringify(colors) }, ...REJECTED });
      return;
    }
    const missing = COLORS.filter((c) => !(c in colors));
    if (missing.length > 0) {
      const data = { missing: missing.join(" and ") };
      ctx.report({ messageId: "missingColor", at: ["branding", "colors"], target: "key", data, ...REJECTED });
    }
    for (const field of COLORS) {
      if (!(field in colors)) continue;
      const value = colors[field];
      if (isPlaceholder(value) || typeof value === "string" && HEX.test(value)) continue;
      ctx.report({ messageId: "notHex", at: ["branding", "colors", field], data: { field, value: JSON.stringify(value) }, ...REJECTED });
    }
  }
});

// src/rule-api/organization-usage.ts
function userOrganizationUsage(c) {
  const v = c.value;
  if (v.app_type === "express_configuration") return "require";
  if (v.app_type === "non_interactive") return void 0;
  return v.organization_usage === "allow" || v.organization_usage === "require" ? v.organization_usage : void 0;
}

// rules/organization-connection-not-enabled-for-client/index.ts
function organizationConnections(org) {
  const list = org.value.connections;
  if (!Array.isArray(list)) return [];
  const out = [];
  for (const c of list) {
    if (!isPlain(c) || c.is_enabled === false) continue;
    const key = typeof c.name === "string" && c.name !== "" ? c.name : c.connection_id;
    if (typeof key === "string" && key !== "" && !isPlaceholder(key)) out.push(key);
  }
  return out;
}
function memberAccess(org) {
  const active = org.value.is_app_entitlement_active;
  if (active === void 0 || active === false) return "all";
  if (active !== true) return "unknown";
  const list = org.value.clients;
  if (!Array.isArray(list)) return "unknown";
  const out = /* @__PURE__ */ new Set();
  for (const c of list) {
    if (!isPlain(c) || typeof c.client_id !== "string" || isPlaceholder(c.client_id)) return "unknown";
    if (c.use_for_member_access === true) out.add(c.client_id);
  }
  return out;
}
var organization_connection_not_enabled_for_client_default = defineRule({
  id: "organization-connection-not-enabled-for-client",
  meta: {
    description: "an application that uses Organizations should have its organizations' connections enabled for it too",
    severity: "info",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-connections",
    needs: ["organization", "organizationConnection", "connection", "database"]
  },
  defaultOptions: {},
  messages: {
    notEnabled: "application {{client}} uses Organizations, but {{connections}} of {{organizations}} {{verb}} not enabled for it (enabled_clients): the Login Flows docs offer only connections enabled for both the application and the organization, while a support article reports logins through organization-only connections; enable it for the application if its users cannot log in"
  },
  check(ctx) {
    const { tenant } = ctx;
    const clients = tenant.clients.filter((c) => !c.partial && c.value.is_first_party !== false && userOrganizationUsage(c));
    if (clients.length === 0) return;
    const orgs = ctx.resources("organization");
    const held = orgs.known ? orgs.items : orgs.cause === "not-held" ? ctx.tenant.organizations : [];
    if (held.length === 0) return;
    const orgConnections = ctx.resources("organizationConnection");
    if (!orgConnections.known && orgConnections.cause !== "not-held") return;
    const byConnection = /* @__PURE__ */ new Map();
    for (const org of held) {
      const access = memberAccess(org);
      if (access === "unknown") continue;
      for (const key of organizationConnections(org)) {
        const found = findConnection(tenant, key, ctx.resources);
        if (!found.known || !found.connection) continue;
        const list = byConnection.get(found.connection) ?? [];
        if (!list.some((a) => a.name === org.name)) list.push({ name: org.name, members: access });
        byConnection.set(found.connection, list);
      }
    }
    const enabledSets = [];
    for (const [conn, orgNamesOfConn] of byConnection) {
      const enabled = conn.value.enabled_clients;
      if (!Array.isArray(enabled) || enabled.some((e) => typeof e !== "string" || isPlaceholder(e))) continue;
      enabledSets.push([conn, new Set(enabled), orgNamesOfConn]);
    }
    if (enabledSets.length === 0) return;
    for (const client of clients) {
      const missing = [];
      const orgNames = /* @__PURE__ */ new Set();
      const keys = [client.name, client.value.name, client.value.client_id].filter((k) => typeof k === "string");
      for (const [conn, enabled, orgsOfConn] of enabledSets) {
        if (keys.some((k) => enabled.has(k))) continue;
        const usable = orgsOfConn.filter((o) => o.members === "all" || keys.some((k) => o.members instanceof Set && o.members.has(k)));
        if (usable.length === 0) continue;
        missing.push(conn);
        usable.forEach((o) => orgNames.add(o.name));
      }
      if (missing.length === 0) continue;
      const names2 = missing.map((c) => c.name);
      const data = {
        client: JSON.stringify(client.name),
        connections: `connection${names2.length === 1 ? "" : "s"} ${nameList(names2)}`,
        organizations: `organization${orgNames.size === 1 ? "" : "s"} ${nameList([...orgNames])}`,
        verb: names2.length === 1 ? "is" : "are"
      };
      const at2 = "organization_usage" in client.value ? ["organization_usage"] : ["app_type"];
      ctx.report({ messageId: "notEnabled", resource: client, at: at2, data });
    }
  }
});

// rules/organization-connections-all-hidden/index.ts
var ENTERPRISE = /* @__PURE__ */ new Set(["ad", "adfs", "auth0-adldap", "google-apps", "ip", "office365", "oidc", "okta", "pingfederate", "samlp", "sharepoint", "waad"]);
var organization_connections_all_hidden_default = defineRule({
  id: "organization-connections-all-hidden",
  meta: {
    description: "an organization needs at least one connection shown on its login prompt",
    severity: "warning",
    fixable: [],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-connections"
  },
  defaultOptions: {},
  messages: {
    allHidden: "every connection of organization {{name}} has show_as_button false, so its login prompt offers no way to log in; only requests that name a connection get through"
  },
  check(ctx) {
    const connections = ctx.resource.value.connections;
    if (!Array.isArray(connections)) return;
    const enabled = connections.filter((c) => isPlain(c) && c.is_enabled !== false);
    if (enabled.length === 0) return;
    const strategyOf = (c) => {
      if (typeof c.strategy === "string") return c.strategy;
      const key = typeof c.name === "string" && c.name !== "" ? c.name : c.connection_id;
      if (typeof key !== "string" || key === "") return void 0;
      const found = findConnection(ctx.tenant, key);
      return found.known && found.connection ? connectionStrategy(found.connection) : void 0;
    };
    const hidden = (c) => {
      if (c.show_as_button !== false) return false;
      const strategy = strategyOf(c);
      return strategy === void 0 || ENTERPRISE.has(strategy);
    };
    if (!enabled.every(hidden)) return;
    ctx.report({ messageId: "allHidden", at: ["connections"], target: "key", data: { name: JSON.stringify(ctx.resource.name) } });
  }
});

// rules/organization-connection-option-mismatch/index.ts
var organization_connection_option_mismatch_default = defineRule({
  id: "organization-connection-option-mismatch",
  meta: {
    description: "is_signup_enabled applies only to an organization's database connections, show_as_button only to its enterprise connections",
    severity: "warning",
    fixable: [],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-connections",
    needs: ["connection", "database"]
  },
  defaultOptions: {},
  messages: {
    signupNotDatabase: "is_signup_enabled is true for connection {{connection}} of organization {{organization}}, but it is {{what}}: signup on the organization prompt applies only to database connections",
    buttonNotEnterprise: "show_as_button is false for connection {{connection}} of organization {{organization}}, but it is {{what}}: only enterprise connections can be hidden from the organization prompt, so it stays visible"
  },
  check(ctx) {
    const list = ctx.resource.value.connections;
    if (!Array.isArray(list)) return;
    list.forEach((entry, i) => {
      if (!isPlain(entry)) return;
      const signup = entry.is_signup_enabled === true;
      const hidden = entry.show_as_button === false;
      if (!signup && !hidden) return;
      let strategy = typeof entry.strategy === "string" ? entry.strategy : void 0;
      const key = typeof entry.name === "string" && entry.name !== "" ? entry.name : entry.connection_id;
      if (strategy === void 0 && typeof key === "string" && key !== "") {
        const found = findConnection(ctx.tenant, key, ctx.resources);
        if (found.known && found.connection) strategy = connectionStrategy(found.connection);
      }
      if (strategy === void 0 || /^(##|@@)/.test(strategy)) return;
      const data = { connection: JSON.stringify(typeof key === "string" ? key : `connections[${i}]`), organization: JSON.stringify(ctx.resource.name), what: strategy === "auth0" ? 'a database connection (strategy "auth0")' : `a connection of strategy ${JSON.stringify(strategy)}` };
      if (signup && strategy !== "auth0") ctx.report({ messageId: "signupNotDatabase", at: ["connections", i, "is_signup_enabled"], data });
      if (hidden && !ENTERPRISE.has(strategy)) ctx.report({ messageId: "buttonNotEnterprise", at: ["connections", i, "show_as_button"], data });
    });
  }
});

// rules/organization-connections-limit/index.ts
var MAX = 10;
var organization_connections_limit_default = defineRule({
  id: "organization-connections-limit",
  meta: {
    description: "an organization enables at most 10 connections",
    severity: "error",
    fixable: [],
    scope: "organization",
    source: "https://auth0.com/docs/troubleshoot/customer-support/operational-policies/entity-limit-policy"
  },
  defaultOptions: {},
  messages: {
    tooMany: "organization {{name}} enables {{count}} connections; Auth0 allows at most 10 per organization"
  },
  check(ctx) {
    const connections = ctx.resource.value.connections;
    if (!Array.isArray(connections)) return;
    const count = connections.filter((c) => isPlain(c) && c.is_enabled !== false).length;
    if (count <= MAX) return;
    ctx.report({ messageId: "tooMany", at: ["connections"], target: "key", data: { name: JSON.stringify(ctx.resource.name), count } });
  }
});

// rules/organization-discovery-domain-unverified/index.ts
function usesEmailDiscovery(c) {
  const v = c.value;
  const methods = v.organization_discovery_methods;
  return Array.isArray(methods) && methods.includes("email") && (v.organization_usage === "require" || v.organization_usage === "allow") && v.organization_require_behavior === "pre_login_prompt";
}
function describe(d) {
  const domain = JSON.stringify(d.domain ?? "?");
  if (d.status === "verified") return `${domain} has use_for_organization_discovery false`;
  return `${domain} is ${typeof d.status === "string" ? d.status : "not verified"}`;
}
var organization_discovery_domain_unverified_default = defineRule({
  id: "organization-discovery-domain-unverified",
  meta: {
    description: "when applications discover organizations by email, each organization needs a verified discovery domain",
    severity: "info",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/create-org-domains"
  },
  defaultOptions: {},
  messages: {
    noDomains: "organization {{name}} has no discovery domain, so email discovery (used by {{clients}}) cannot find it",
    unverified: "organization {{name}} has no verified discovery domain ({{domains}}), so email discovery (used by {{clients}}) cannot find it"
  },
  check(ctx) {
    const discovering = ctx.tenant.clients.filter(usesEmailDiscovery);
    if (discovering.length === 0) return;
    const clients = nameList(discovering.map((c) => c.name));
    for (const org of ctx.tenant.organizations) {
      const domains = org.value.discovery_domains;
      if (!Array.isArray(domains)) continue;
      const listed = domains.filter(isPlain);
      const unknown = listed.some((d) => isPlaceholder(d.status) || isPlaceholder(d.use_for_organization_discovery));
      const usable = listed.some((d) => d.status === "verified" && d.use_for_organization_discovery !== false);
      if (unknown || usable) continue;
      const name = JSON.stringify(org.name);
      const base = { resource: org, at: ["discovery_domains"], target: "key" };
      if (listed.length === 0) ctx.report({ ...base, messageId: "noDomains", data: { name, clients } });
      else ctx.report({ ...base, messageId: "unverified", data: { name, clients, domains: listed.map(describe).join(", ") } });
    }
  }
});

// rules/organization-discovery-methods-valid/index.ts
var DISCOVERY_METHODS = ORGANIZATION_DISCOVERY_VALUES;
var INVALID_BODY2 = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
var FIELD3 = "organization_discovery_methods";
var ALLOWED = DISCOVERY_METHODS.map((m) => `"${m}"`).join(", ");
var organization_discovery_methods_valid_default = defineRule({
  id: "organization-discovery-methods-valid",
  meta: {
    description: 'organization_discovery_methods must be a non-empty list of distinct "email" / "organization_name"',
    severity: "error",
    fixable: ["safe", "unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    notArray: "organization_discovery_methods must be an array of {{allowed}}, got {{found}}",
    empty: "organization_discovery_methods must list at least one of {{allowed}}, got []; use null to clear it",
    itemType: "organization_discovery_methods item must be a string, got {{found}}; expected one of {{allowed}}",
    unknownItem: "organization_discovery_methods item {{value}} is not one of {{allowed}}{{hint}}",
    duplicate: "organization_discovery_methods lists {{value}} twice; the API accepts it, the repeat does nothing"
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (!(FIELD3 in c)) return;
    const methods = c[FIELD3];
    if (methods === null || isPlaceholder(methods)) return;
    const data = { allowed: ALLOWED };
    if (!Array.isArray(methods)) {
      const canonical = typeof methods === "string" ? canonicalEnumSpelling(methods) : "";
      const known2 = DISCOVERY_METHODS.includes(canonical);
      ctx.report({
        messageId: "notArray",
        at: [FIELD3],
        data: { ...data, found: describeValue(methods) },
        ...INVALID_BODY2,
        // `email` for `[email]`: the one method meant is plain, and the deploy failed with the string anyway
        fix: known2 ? { safety: "safe", description: `wrap it in a list: ["${canonical}"]`, ops: [{ op: "set", path: [FIELD3], value: [canonical] }] } : void 0
      });
      return;
    }
    if (methods.length === 0) {
      if (ctx.resource.origin !== "terraform") ctx.report({ messageId: "empty", at: [FIELD3], data, ...INVALID_BODY2 });
      return;
    }
    const seen = /* @__PURE__ */ new Set();
    methods.forEach((item, i) => {
      const at2 = [FIELD3, i];
      if (isPlaceholder(item)) return;
      if (typeof item !== "string") {
        ctx.report({ messageId: "itemType", at: at2, data: { ...data, found: describeValue(item) }, ...INVALID_BODY2 });
        return;
      }
      if (seen.has(item)) {
        ctx.report({ messageId: "duplicate", at: at2, severity: "warning", data: { value: JSON.stringify(item) }, fix: { safety: "safe", description: `remove the repeated ${JSON.stringify(item)}`, ops: [{ op: "remove", path: at2 }] } });
        return;
      }
      seen.add(item);
      if (DISCOVERY_METHODS.includes(item)) return;
      const canonical = canonicalEnumSpelling(item);
      let fix;
      let hint = "";
      if (DISCOVERY_METHODS.includes(canonical)) {
        hint = `; did you mean "${canonical}"?`;
        fix = { safety: "safe", description: `replace ${JSON.stringify(item)} with "${canonical}"`, ops: [{ op: "set", path: at2, value: canonical }] };
      } else {
        const guess = item.trim() === "" ? void 0 : didYouMean(canonical, DISCOVERY_METHODS);
        if (guess) {
          hint = `; did you mean "${guess}"?`;
          fix = { safety: "unsafe", description: `replace ${JSON.stringify(item)} with "${guess}"`, ops: [{ op: "set", path: at2, value: guess }] };
        }
      }
      ctx.report({ messageId: "unknownItem", at: at2, data: { ...data, value: JSON.stringify(item), hint }, fix, ...INVALID_BODY2 });
    });
  }
});

// rules/organization-display-name/index.ts
var MAX2 = 255;
var REJECTED2 = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
var organization_display_name_default = defineRule({
  id: "organization-display-name",
  meta: {
    description: "an organization display_name is a string of 1 to 255 characters",
    severity: "error",
    fixable: [],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations"
  },
  defaultOptions: {},
  messages: {
    wrongType: "display_name must be a string, got {{found}}",
    empty: "display_name is empty; give it 1 to 255 characters or remove it",
    tooLong: "display_name has {{length}} characters; at most 255 are allowed"
  },
  check(ctx) {
    const org = ctx.resource.value;
    if (!("display_name" in org)) return;
    const value = org.display_name;
    if (value === null && ctx.resource.partial) return;
    const at2 = ["display_name"];
    if (typeof value !== "string") {
      ctx.report({ messageId: "wrongType", at: at2, data: { found: describeValue(value) }, ...REJECTED2 });
      return;
    }
    if (value === "") {
      ctx.report({ messageId: "empty", at: at2, ...REJECTED2 });
      return;
    }
    if (containsPlaceholder(value)) return;
    const length = charLength(value);
    if (length > MAX2) ctx.report({ messageId: "tooLong", at: at2, data: { length }, ...REJECTED2 });
  }
});

// rules/organization-incompatible-grant/index.ts
var ORGANIZATION_INCOMPATIBLE_GRANTS = {
  password: "the Resource Owner Password flow",
  "http://auth0.com/oauth/grant-type/password-realm": "the Resource Owner Password flow with realms",
  "urn:ietf:params:oauth:grant-type:device_code": "the Device Authorization flow"
};
var organization_incompatible_grant_default = defineRule({
  id: "organization-incompatible-grant",
  meta: {
    description: "an application that uses Organizations must not rely on the password or device code grants, or on WS-Fed",
    severity: "warning",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-overview"
  },
  defaultOptions: {},
  messages: {
    grant: "grant type {{grant}} ({{flow}}) does not support Organizations, but organization_usage is {{usage}}; remove the grant or log users in through Universal Login",
    wsfed: "the WS-Fed add-on (addons.wsfed) does not support Organizations, but organization_usage is {{usage}}; turn the add-on off or use OIDC or SAML"
  },
  check(ctx) {
    const c = ctx.resource.value;
    const usage = c.organization_usage;
    if (usage !== "allow" && usage !== "require") return;
    const data = { usage: JSON.stringify(usage) };
    const grants = c.grant_types;
    if (Array.isArray(grants)) {
      for (let i = 0; i < grants.length; i++) {
        const g = grants[i];
        if (typeof g !== "string" || !Object.prototype.hasOwnProperty.call(ORGANIZATION_INCOMPATIBLE_GRANTS, g)) continue;
        ctx.report({ messageId: "grant", at: ["grant_types", i], data: { ...data, grant: JSON.stringify(g), flow: ORGANIZATION_INCOMPATIBLE_GRANTS[g] } });
      }
    }
    if (isPlain(c.addons) && isPlain(c.addons.wsfed)) {
      ctx.report({ messageId: "wsfed", at: ["addons", "wsfed"], target: "key", data });
    }
  }
});

// rules/organization-invitation-without-login-route/index.ts
var unset = (v) => v === void 0 || v === null || v === "";
var organization_invitation_without_login_route_default = defineRule({
  id: "organization-invitation-without-login-route",
  meta: {
    description: "invitations to an application that uses Organizations need its initiate_login_uri or the tenant's default_redirection_uri",
    severity: "info",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/send-membership-invitations",
    needs: ["tenantSettings"]
  },
  defaultOptions: {},
  messages: {
    noRoute: 'application {{client}} uses Organizations but has no initiate_login_uri, and the tenant settings have no default_redirection_uri: creating an organization invitation for it fails ("A default login route is required to generate the invitation url"); set one of them if you invite members'
  },
  check(ctx) {
    const clients = ctx.tenant.clients.filter((c) => !c.partial && userOrganizationUsage(c) && unset(c.value.initiate_login_uri));
    if (clients.length === 0) return;
    const orgs = resources(ctx.tenant, "organization");
    if (orgs.known && orgs.items.length === 0) return;
    const settings = ctx.resources("tenantSettings");
    if (!settings.known || settings.items.length === 0) return;
    const tenantSettings = settings.items[0];
    const route = tenantSettings.value.default_redirection_uri;
    if (!unset(route) || isPlaceholder(route) || route === void 0 && tenantSettings.partial) return;
    for (const client of clients) {
      const at2 = "organization_usage" in client.value ? ["organization_usage"] : ["app_type"];
      ctx.report({ messageId: "noRoute", resource: client, at: at2, data: { client: JSON.stringify(client.name) } });
    }
  }
});

// rules/organization-metadata-limits/index.ts
var MAX_KEYS = 25;
var MAX_VALUE = 255;
var REJECTED3 = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
var organization_metadata_limits_default = defineRule({
  id: "organization-metadata-limits",
  meta: {
    description: "organization metadata holds at most 25 keys whose values are strings of at most 255 characters",
    severity: "error",
    fixable: [],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations"
  },
  defaultOptions: {},
  messages: {
    notObject: "metadata must be an object of string values, got {{found}}",
    tooManyKeys: "metadata has {{count}} keys; an organization may have at most 25",
    notString: "metadata {{key}} must be a string, got {{found}}",
    tooLong: "metadata {{key}} has {{length}} characters; at most 255 are allowed"
  },
  check(ctx) {
    const org = ctx.resource.value;
    if (!("metadata" in org)) return;
    const metadata = org.metadata;
    if (isPlaceholder(metadata) || metadata === null && ctx.resource.partial) return;
    if (!isPlain(metadata)) {
      const data = { found: describeValue(metadata) };
      ctx.report({ messageId: "notObject", at: ["metadata"], data, ...REJECTED3 });
      return;
    }
    const keys = Object.keys(metadata);
    if (keys.length > MAX_KEYS) {
      ctx.report({ messageId: "tooManyKeys", at: ["metadata"], target: "key", data: { count: keys.length }, ...REJECTED3 });
    }
    for (const key of keys) {
      const value = metadata[key];
      if (value === null || isPlaceholder(value)) continue;
      const at2 = ["metadata", key];
      const name = JSON.stringify(key);
      if (typeof value !== "string") {
        const target = isPlain(value) ? "key" : "value";
        ctx.report({ messageId: "notString", at: at2, target, data: { key: name, found: describeValue(value) }, ...REJECTED3 });
      } else if (!containsPlaceholder(value) && charLength(value) > MAX_VALUE) {
        ctx.report({ messageId: "tooLong", at: at2, data: { key: name, length: charLength(value) }, ...REJECTED3 });
      }
    }
  }
});

// rules/organization-name-placeholder/index.ts
var PLACEHOLDER_FIELDS = ["callbacks", "allowed_origins"];
var URL_FIELDS = [...PLACEHOLDER_FIELDS, "web_origins", "allowed_logout_urls"];
var PLACEHOLDER = "{organization_name}";
function problem(url) {
  const count = url.split(PLACEHOLDER).length - 1;
  const scheme = /^(https?):\/\//i.exec(url);
  if (!scheme) return { messageId: "notHttp" };
  if (count > 1) return { messageId: "repeated", count };
  if (url.includes("*")) return { messageId: "wildcard" };
  const authority = url.slice(scheme[0].length).split(/[/?#]/, 1)[0];
  const host = authority.slice(authority.lastIndexOf("@") + 1).replace(/:\d*$/, "");
  const labels = host.split(".");
  if (labels[0] !== PLACEHOLDER || labels.length < 2) return { messageId: "notSubdomain" };
  return null;
}
function holdsPlaceholderUrl(c) {
  for (let f = 0; f < URL_FIELDS.length; f++) {
    const list = c[URL_FIELDS[f]];
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const u = list[i];
      if (typeof u === "string" && u.includes(PLACEHOLDER)) return true;
    }
  }
  return false;
}
var organization_name_placeholder_default = defineRule({
  id: "organization-name-placeholder",
  meta: {
    description: "{organization_name} in an application URL must be the whole left-most host label of an http(s) URL, once, without a wildcard",
    severity: "error",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/get-started/applications/wildcards-for-subdomains"
  },
  defaultOptions: {},
  messages: {
    notSubdomain: '{{url}} in {{field}}: {organization_name} must be the whole left-most label of a host under your domain, as in "https://{organization_name}.example.com/callback"{{note}}',
    repeated: "{{url}} in {{field}} holds {organization_name} {{count}} times; a URL may hold it once, as the left-most host label{{note}}",
    wildcard: '{{url}} in {{field}} mixes {organization_name} with a "*" wildcard; a URL may use one or the other, not both{{note}}',
    notHttp: "{{url}} in {{field}}: {organization_name} works only in http:// and https:// URLs{{note}}",
    wildcardBeside: '{{url}} in {{field}} is a "*" wildcard URL beside the {organization_name} URL {{other}}; Auth0 documents mixing the two in one field as a hazard: the wildcard also accepts subdomains of organizations that do not exist{{note}}',
    undocumented: "{{url}} in {{field}}: {organization_name} is documented only for Allowed Callback URLs (callbacks) and Allowed Origins (allowed_origins); whether Auth0 replaces it in {{field}} is not documented"
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (!holdsPlaceholderUrl(c)) return;
    const usage = effectiveOrganizationUsage(c);
    let severity;
    let note = "";
    if (usage === "deny" || (usage === void 0 || usage === null) && !ctx.resource.partial) {
      severity = "warning";
      note = `; it is never evaluated while organization_usage is ${usage === "deny" ? '"deny"' : 'not set ("deny")'}`;
    } else if (usage !== "allow" && usage !== "require") {
      severity = "info";
      note = '; it is evaluated only if organization_usage is "allow" or "require"';
    }
    for (const field of URL_FIELDS) {
      const list = c[field];
      if (!Array.isArray(list)) continue;
      const documented = PLACEHOLDER_FIELDS.includes(field);
      list.forEach((url, i) => {
        if (typeof url !== "string" || !url.includes(PLACEHOLDER) || containsPlaceholder(url)) return;
        if (!documented) {
          ctx.report({ messageId: "undocumented", at: [field, i], severity: "info", data: { url: JSON.stringify(url), field } });
          return;
        }
        const p = problem(url);
        if (!p) return;
        const data = { url: JSON.stringify(url), field, note, ...p.count ? { count: p.count } : {} };
        ctx.report({ messageId: p.messageId, at: [field, i], data, ...severity ? { severity } : {} });
      });
      if (!documented) continue;
      const placeholderUrl = list.find((u) => typeof u === "string" && u.includes(PLACEHOLDER) && !containsPlaceholder(u));
      if (placeholderUrl === void 0) continue;
      list.forEach((url, i) => {
        if (typeof url !== "string" || url.includes(PLACEHOLDER) || !url.includes("*") || containsPlaceholder(url)) return;
        const data = { url: JSON.stringify(url), field, other: JSON.stringify(placeholderUrl), note };
        ctx.report({ messageId: "wildcardBeside", at: [field, i], severity: severity === "info" ? "info" : "warning", data });
      });
    }
  }
});

// rules/organization-name-valid/index.ts
var NAME2 = /^[a-z0-9_-]+$/;
var MAX3 = 50;
var OLD_MIN = 3;
var REJECTED4 = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
function suggestion(name) {
  return name.trim().toLowerCase().replace(/[\s.]+/g, "-").replace(/[^a-z0-9_-]/g, "").slice(0, MAX3);
}
var organization_name_valid_default = defineRule({
  id: "organization-name-valid",
  meta: {
    description: 'an organization name is 1 to 50 lower-case letters, digits, "_" or "-"',
    severity: "error",
    fixable: ["unsafe"],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations"
  },
  defaultOptions: {},
  messages: {
    missing: 'organization has no name; the API requires one (1 to 50 lower-case letters, digits, "_" or "-")',
    wrongType: "organization name must be a string, got {{found}}",
    empty: 'organization name is empty; it needs 1 to 50 lower-case letters, digits, "_" or "-"',
    badChars: 'organization name {{value}} may only hold lower-case letters, digits, "_" and "-"{{hint}}',
    tooLong: "organization name {{value}} has {{length}} characters; at most 50 are allowed",
    tooShort: "organization name {{value}} has {{length}} characters; older Auth0 docs and tenants require at least 3"
  },
  check(ctx) {
    const org = ctx.resource.value;
    if (!("name" in org)) {
      if (!ctx.resource.partial) ctx.report({ messageId: "missing", ...REJECTED4 });
      return;
    }
    const name = org.name;
    if (containsPlaceholder(name)) return;
    const at2 = ["name"];
    if (typeof name !== "string") {
      ctx.report({ messageId: "wrongType", at: at2, data: { found: describeValue(name) }, ...REJECTED4 });
      return;
    }
    if (name === "") {
      ctx.report({ messageId: "empty", at: at2, ...REJECTED4 });
      return;
    }
    const value = JSON.stringify(name);
    const length = charLength(name);
    if (!NAME2.test(name)) {
      const guess = suggestion(name);
      const fix = guess !== "" && guess !== name ? { safety: "unsafe", description: `rename to "${guess}"`, ops: [{ op: "set", path: at2, value: guess }] } : void 0;
      ctx.report({ messageId: "badChars", at: at2, data: { value, hint: fix ? `; did you mean "${guess}"?` : "" }, fix, ...REJECTED4 });
      return;
    }
    if (length > MAX3) ctx.report({ messageId: "tooLong", at: at2, data: { value, length }, ...REJECTED4 });
    else if (length < OLD_MIN) ctx.report({ messageId: "tooShort", at: at2, data: { value, length }, severity: "warning" });
  }
});

// rules/organization-require-behavior-enum/index.ts
var ORGANIZATION_REQUIRE_BEHAVIOR = ["no_prompt", "pre_login_prompt", "post_login_prompt"];
var CHECK3 = {
  field: "organization_require_behavior",
  allowed: ORGANIZATION_REQUIRE_BEHAVIOR,
  predictedResponse: { status: 400, errorCode: "invalid_body" },
  // null clears the field, and PATCH takes it (real answers 200, ../shared/auth0-facts.md §1-2): deploy-cli
  // updates a client with PATCH, so `null` in an export is no 400 either
  nullAllowed: true
};
var organization_require_behavior_enum_default = defineRule({
  id: "organization-require-behavior-enum",
  meta: {
    description: 'organization_require_behavior must be "no_prompt", "pre_login_prompt" or "post_login_prompt"',
    severity: "error",
    fixable: ["safe", "unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior"
  },
  defaultOptions: {},
  messages: {
    invalid: "organization_require_behavior {{value}} is not one of {{allowed}}{{hint}}",
    wrongType: "organization_require_behavior must be a string, got {{found}}; expected one of {{allowed}}"
  },
  check(ctx) {
    checkEnumField(ctx, CHECK3);
  }
});

// rules/organization-requires-new-universal-login/index.ts
var organization_requires_new_universal_login_default = defineRule({
  id: "organization-requires-new-universal-login",
  meta: {
    description: 'applications that use Organizations need Universal Login, not Classic Login (prompts.universal_login_experience "classic")',
    severity: "warning",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-overview",
    needs: ["prompts"]
  },
  defaultOptions: {},
  messages: {
    classic: 'application {{client}} uses Organizations (organization_usage {{usage}}), but the tenant uses Classic Login (prompts.universal_login_experience "classic"): Organizations are supported only with Universal Login'
  },
  check(ctx) {
    const clients = ctx.tenant.clients.filter((c) => userOrganizationUsage(c));
    if (clients.length === 0) return;
    const orgs = resources(ctx.tenant, "organization");
    if (orgs.known && orgs.items.length === 0) return;
    const prompts = ctx.resources("prompts");
    if (!prompts.known || prompts.items.length === 0) return;
    if (prompts.items[0].value.universal_login_experience !== "classic") return;
    for (const client of clients) {
      const at2 = "organization_usage" in client.value ? ["organization_usage"] : ["app_type"];
      ctx.report({ messageId: "classic", resource: client, at: at2, data: { client: JSON.stringify(client.name), usage: JSON.stringify(userOrganizationUsage(client)) } });
    }
  }
});

// rules/organization-signup-requires-membership/index.ts
function label(c, i) {
  if (typeof c.name === "string") return JSON.stringify(c.name);
  if (typeof c.connection_id === "string") return JSON.stringify(c.connection_id);
  return `#${i + 1}`;
}
var organization_signup_requires_membership_default = defineRule({
  id: "organization-signup-requires-membership",
  meta: {
    description: "an organization connection with is_signup_enabled also needs assign_membership_on_login",
    severity: "error",
    fixable: ["unsafe"],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-connections"
  },
  defaultOptions: {},
  messages: {
    withoutMembership: "connection {{connection}} has is_signup_enabled true while assign_membership_on_login is {{membership}}; organization signup needs membership on authentication"
  },
  check(ctx) {
    const connections = ctx.resource.value.connections;
    if (!Array.isArray(connections)) return;
    connections.forEach((c, i) => {
      if (!isPlain(c) || c.is_signup_enabled !== true) return;
      const membership = c.assign_membership_on_login;
      if (membership === true || isPlaceholder(membership)) return;
      if (membership === void 0 && ctx.resource.partial) return;
      const shown2 = membership === void 0 ? "not set (so false)" : JSON.stringify(membership);
      ctx.report({
        messageId: "withoutMembership",
        at: ["connections", i, "is_signup_enabled"],
        data: { connection: label(c, i), membership: shown2 },
        // the fix applied never widens access: signup goes off; making every user who logs in through the
        // connection a member is the other reading, offered but never applied by --fix-unsafe
        fix: {
          safety: "unsafe",
          description: "set is_signup_enabled to false",
          ops: [{ op: "set", path: ["connections", i, "is_signup_enabled"], value: false }]
        },
        alternatives: [
          {
            safety: "unsafe",
            description: "set assign_membership_on_login to true",
            ops: [{ op: "set", path: ["connections", i, "assign_membership_on_login"], value: true, near: "is_signup_enabled" }]
          }
        ]
      });
    });
  }
});

// rules/organization-third-party-client/index.ts
var admitsThirdParty = /* @__PURE__ */ new WeakMap();
function someOrganizationAdmits(tenant) {
  let known2 = admitsThirdParty.get(tenant);
  if (known2 === void 0) {
    known2 = tenant.organizations.some((o) => o.value.third_party_client_access === "allow" || isPlaceholder(o.value.third_party_client_access));
    admitsThirdParty.set(tenant, known2);
  }
  return known2;
}
var organization_third_party_client_default = defineRule({
  id: "organization-third-party-client",
  meta: {
    description: "a third-party application (is_first_party: false) should not use Organizations unless an organization admits third-party applications",
    severity: "warning",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-third-party-application-access"
  },
  defaultOptions: {},
  messages: {
    thirdParty: 'organization_usage {{usage}} on a third-party application (is_first_party: false): organizations block third-party applications unless their third_party_client_access is "allow", and tenants without that feature answer 403',
    noOrganizationAllows: 'organization_usage {{usage}} on a third-party application (is_first_party: false), but no organization of this tenant sets third_party_client_access to "allow", so none lets its users in'
  },
  check(ctx) {
    if (ctx.resource.origin === "patch" || ctx.resource.origin === "har") return;
    const c = ctx.resource.value;
    const usage = c.organization_usage;
    if (usage !== "allow" && usage !== "require") return;
    if (c.is_first_party !== false) return;
    const { tenant } = ctx;
    if (resources(tenant, "organization").known) {
      if (someOrganizationAdmits(tenant)) return;
      ctx.report({ messageId: "noOrganizationAllows", at: ["organization_usage"], data: { usage: JSON.stringify(usage) } });
      return;
    }
    ctx.report({ messageId: "thirdParty", at: ["organization_usage"], data: { usage: JSON.stringify(usage) } });
  }
});

// rules/organization-usage-on-m2m/index.ts
var USER_FLOWS = ["authorization_code", "implicit"];
var organization_usage_on_m2m_default = defineRule({
  id: "organization-usage-on-m2m",
  meta: {
    description: "a machine-to-machine application gets organization access from its client grants, not organization_usage",
    severity: "warning",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access"
  },
  defaultOptions: {},
  messages: {
    onM2m: 'organization_usage {{usage}} does not apply to the client credentials of a machine-to-machine application (app_type "non_interactive"); set organization_usage on its client grants, per API'
  },
  check(ctx) {
    const c = ctx.resource.value;
    const usage = c.organization_usage;
    if (usage !== "allow" && usage !== "require") return;
    if (c.app_type !== "non_interactive") return;
    const grants = c.grant_types;
    if (Array.isArray(grants) && grants.some((g) => USER_FLOWS.includes(g))) return;
    ctx.report({ messageId: "onM2m", at: ["organization_usage"], data: { usage: JSON.stringify(usage) } });
  }
});

// src/schema/client-patch-schema.ts
function patchSchema(f) {
  const type = f.nullable ? [f.type, "null"] : f.type;
  const out = { type, ...f.constraints };
  if (f.type === "array") {
    if (f.enum) out.items = { enum: [...f.enum] };
    else if (f.items) out.items = { type: f.items };
  } else if (f.enum) {
    out.enum = f.nullable ? [...f.enum, null] : [...f.enum];
  }
  return out;
}
var entries = Object.entries(CLIENT_SCHEMA);
var CLIENT_PATCH_PROPERTIES = Object.fromEntries(
  entries.filter(([, f]) => !f.readOnly && !f.exportOnly && (!f.createOnly || f.disputed)).map(([k, f]) => [k, patchSchema(f)])
);
var CLIENT_PATCH_FIELDS = entries.filter(([, f]) => !f.readOnly && !f.exportOnly && !f.createOnly && !f.disputed).map(([k]) => k);
var CLIENT_PATCH_DISPUTED = Object.fromEntries(
  entries.filter(([, f]) => f.disputed).map(([k, f]) => [k, f.disputed])
);
var CLIENT_READ_ONLY_FIELDS = entries.filter(([, f]) => f.readOnly).map(([k]) => k);
var CLIENT_FIELD_SCOPES = Object.fromEntries(
  entries.filter(([, f]) => f.scope).map(([k, f]) => [k, f.scope])
);
var UPDATE_CLIENTS_SCOPE = "update:clients";
var UPDATE_CLIENT_KEYS_SCOPE = "update:client_keys";
var CREATE_CLIENTS_SCOPE = "create:clients";
var FIELDS_WITH_OWN_RULES = [
  "organization_usage",
  "organization_require_behavior",
  "organization_discovery_methods",
  "default_organization"
];
var CLIENT_PATCH_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  properties: CLIENT_PATCH_PROPERTIES
};
var validator2;
function validateClientPatch(body) {
  validator2 ??= new Ajv2020({ allErrors: true, strict: false }).compile(CLIENT_PATCH_SCHEMA);
  return validator2(body) ? [] : [...validator2.errors ?? []];
}

// src/sources/payload/payload-meta.ts
function isPayload(resource) {
  return resource.origin === "patch" || resource.origin === "har";
}
function payloadMeta(resource) {
  if (!isPayload(resource)) return void 0;
  return resource.meta?.payload;
}

// rules/patch-insufficient-scope/index.ts
var FORBIDDEN = { predictedResponse: { status: 403, errorCode: "insufficient_scope" } };
function scopeList(scopes) {
  if (scopes.length === 0) return "no scopes";
  const shown2 = scopes.slice(0, 6).join(" ");
  return JSON.stringify(scopes.length > 6 ? `${shown2} ...` : shown2);
}
var patch_insufficient_scope_default = defineRule({
  id: "patch-insufficient-scope",
  meta: {
    description: "the bearer token of a client update must grant update:clients, and update:client_keys for key fields",
    severity: "error",
    fixable: [],
    scope: "client",
    // (payloadMeta answers only for these: on an export's clients the rule has nothing to check)
    origins: ["patch", "har"],
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    noScope: "the bearer token grants {{scopes}}, without {{needed}}; the API would answer 403 insufficient_scope",
    fieldScope: "{{field}} can only be changed with the {{needed}} scope, which the bearer token lacks; the API would answer 403 insufficient_scope",
    keysOnly: "the bearer token grants update:client_keys but not update:clients, so {{field}} cannot be changed; the API would answer 403 insufficient_scope"
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta?.scopes || !meta.request) return;
    const scopes = new Set(meta.scopes);
    const header = meta.authorizationHeader !== void 0 ? ["headers", meta.authorizationHeader, "name"] : ["method"];
    const scopesData = { scopes: scopeList(meta.scopes) };
    if (meta.kind === "create") {
      if (!scopes.has(CREATE_CLIENTS_SCOPE)) ctx.report({ messageId: "noScope", resource: meta.request, at: header, data: { ...scopesData, needed: CREATE_CLIENTS_SCOPE }, ...FORBIDDEN });
      return;
    }
    const clients = scopes.has(UPDATE_CLIENTS_SCOPE);
    const keys = scopes.has(UPDATE_CLIENT_KEYS_SCOPE);
    if (!clients && !keys) {
      ctx.report({ messageId: "noScope", resource: meta.request, at: header, data: { ...scopesData, needed: `${UPDATE_CLIENTS_SCOPE} (or ${UPDATE_CLIENT_KEYS_SCOPE})` }, ...FORBIDDEN });
      return;
    }
    let reportedKeysOnly = false;
    for (const key of Object.keys(ctx.resource.value)) {
      const needed = CLIENT_FIELD_SCOPES[key];
      if (needed && !scopes.has(needed)) {
        ctx.report({ messageId: "fieldScope", at: [key], target: "key", data: { field: JSON.stringify(key), needed }, ...FORBIDDEN });
      } else if (!needed && !clients && !reportedKeysOnly) {
        reportedKeysOnly = true;
        ctx.report({ messageId: "keysOnly", at: [key], target: "key", data: { field: JSON.stringify(key) }, ...FORBIDDEN });
      }
    }
  }
});

// rules/patch-invalid-body/index.ts
var INVALID_BODY3 = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
var TYPE_NAMES = {
  string: "a string",
  boolean: "a boolean",
  array: "an array",
  object: "an object",
  integer: "an integer",
  number: "a number",
  null: "null"
};
function expected2(type) {
  return (Array.isArray(type) ? type : [type]).map((t) => TYPE_NAMES[String(t)] ?? String(t)).join(" or ");
}
function at(value, path7) {
  return path7.reduce((v, k) => v?.[k], value);
}
function toPath(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function problem2(e) {
  const p = e.params;
  switch (e.keyword) {
    case "maxLength":
      return `is longer than ${String(p.limit)} characters`;
    case "minLength":
      return "must not be empty";
    case "pattern":
      return 'may not contain "<" or ">"';
    case "minItems":
      return `needs at least ${String(p.limit)} item${p.limit === 1 ? "" : "s"}`;
    case "maxProperties":
      return `has more than ${String(p.limit)} keys`;
    case "minimum":
      return `is below the minimum ${String(p.limit)}`;
    case "maximum":
      return `is above the maximum ${String(p.limit)}`;
    default:
      return (e.message ?? "is not accepted").toLowerCase();
  }
}
var patch_invalid_body_default = defineRule({
  id: "patch-invalid-body",
  meta: {
    description: "a client PATCH body must be a JSON object whose fields have the types the Management API accepts",
    severity: "error",
    fixable: [],
    scope: "client",
    // (payloadMeta answers only for these: on an export's clients the rule has nothing to check)
    origins: ["patch", "har"],
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    invalidJson: "request body is not valid JSON ({{detail}}); the API would answer 400 invalid_body",
    nullBody: "request body is null, which changes nothing; the API answers 200 to it (recorded Terraform provider updates), but a body of client fields was likely meant",
    notObject: "request body must be a JSON object of client fields, got {{found}}; the API would answer 400 invalid_body",
    missing: "request has no body; the API needs a JSON object with at least one client field and would answer 400 invalid_body",
    empty: "request body {} changes nothing; the API needs at least one field and would answer 400 invalid_body",
    wrongType: "{{field}} must be {{expected}}, got {{type}}{{value}}; the API would answer 400 invalid_body",
    notAllowed: "{{field}} {{value}} is not one of {{allowed}}; the API would answer 400 invalid_body{{hint}}",
    constraint: "{{field}}{{value}} {{problem}}; the API would answer 400 invalid_body"
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta) return;
    const bad = meta.bodyProblem;
    if (bad?.kind === "notObject" && bad.found === "null" && meta.kind === "update") {
      ctx.report({ messageId: "nullBody", resource: meta.request, at: bad.at, severity: "info" });
      return;
    }
    if (bad) {
      ctx.report({ messageId: bad.kind, resource: meta.request, at: bad.at, data: { detail: bad.detail?.replace(/^invalid JSON: /, ""), found: bad.found }, ...INVALID_BODY3 });
      return;
    }
    if (meta.kind !== "update") return;
    const body = ctx.resource.value;
    if (Object.keys(body).length === 0) {
      ctx.report({ messageId: "empty", ...INVALID_BODY3 });
      return;
    }
    const seen = /* @__PURE__ */ new Set();
    for (const e of validateClientPatch(body)) {
      if (e.keyword === "additionalProperties" || e.keyword === "minProperties") continue;
      const path7 = toPath(e.instancePath);
      const field = String(path7[0]);
      if (seen.has(field) || FIELDS_WITH_OWN_RULES.includes(field)) continue;
      const value = at(body, path7);
      if (isPlaceholder(value)) continue;
      seen.add(field);
      const shown2 = field in CLIENT_FIELD_SCOPES || value === null ? "" : ` ${quote(value)}`;
      const name = path7.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
      const p = e.params;
      if (e.keyword === "type") {
        ctx.report({ messageId: "wrongType", at: path7, data: { field: name, expected: expected2(p.type), type: describeType(value), value: shown2 }, ...INVALID_BODY3 });
      } else if (e.keyword === "enum") {
        const values = p.allowedValues.filter((v) => typeof v === "string");
        const listed = values.slice(0, 8).map((v) => JSON.stringify(v)).join(", ");
        const allowed = values.length > 8 ? `${listed}, ... (${values.length} values)` : listed;
        const guess = typeof value === "string" ? didYouMean(value, values) : void 0;
        const hint = guess ? `; did you mean ${JSON.stringify(guess)}?` : "";
        ctx.report({ messageId: "notAllowed", at: path7, data: { field: name, value: shown2.trim(), allowed, hint }, ...INVALID_BODY3 });
      } else {
        const scalar2 = typeof value !== "object" || value === null;
        ctx.report({ messageId: "constraint", at: path7, data: { field: name, value: scalar2 ? shown2 : "", problem: problem2(e) }, ...INVALID_BODY3 });
      }
    }
  }
});

// rules/patch-invalid-uri/index.ts
var INVALID_URI = { predictedResponse: { status: 400, errorCode: "invalid_uri" } };
var NOT_FOUND = { predictedResponse: { status: 404 } };
function parameterNames(query) {
  const names2 = [...new Set(query.split("&").map((p) => decodeSafe(p.split("=")[0])).filter(Boolean))];
  return names2.length ? names2.map((n) => JSON.stringify(n)).join(", ") : '""';
}
function decodeSafe(s) {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s;
  }
}
function report(problem3) {
  switch (problem3.kind) {
    case "wrongPath":
      return { messageId: "wrongPath", at: ["url"], data: { path: JSON.stringify(problem3.path) }, ...NOT_FOUND };
    case "missingId":
      return { messageId: "missingId", at: ["url"], ...NOT_FOUND };
    case "malformedId":
      return { messageId: "malformedId", at: ["url"], data: { id: JSON.stringify(problem3.id) }, ...INVALID_URI };
    case "query":
      return { messageId: "query", at: ["url"], data: { names: parameterNames(problem3.query) }, ...INVALID_URI };
    case "wrongMethod":
      return { messageId: "wrongMethod", at: ["method"], data: { method: JSON.stringify(problem3.method) }, ...NOT_FOUND };
  }
}
var patch_invalid_uri_default = defineRule({
  id: "patch-invalid-uri",
  meta: {
    description: "a request that writes a client must be PATCH /api/v2/clients/{id} (or POST /api/v2/clients), with a well-formed id and no query",
    severity: "error",
    fixable: [],
    scope: "client",
    // (payloadMeta answers only for these: on an export's clients the rule has nothing to check)
    origins: ["patch", "har"],
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    wrongPath: "request path {{path}} is not the clients endpoint; expected /api/v2/clients/{id}, else the API answers 404 Not Found",
    missingId: "request URL has no client id; expected /api/v2/clients/{id}, else the API answers 404 Not Found",
    malformedId: 'client id {{id}} in the URL is malformed; expected letters, digits, "_" or "-", else the API answers 400 invalid_uri',
    query: "request URL carries query parameters {{names}} that the client update does not take; the API would answer 400 invalid_uri",
    wrongMethod: "method {{method}} does not update a client; expected PATCH /api/v2/clients/{id} (POST /api/v2/clients creates one), else the API answers 404 Not Found"
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta?.call || !meta.request) return;
    for (const problem3 of meta.call.problems) {
      ctx.report({ ...report(problem3), resource: meta.request });
    }
  }
});

// rules/patch-read-only-field/index.ts
var patch_read_only_field_default = defineRule({
  id: "patch-read-only-field",
  meta: {
    description: "a client PATCH body must not carry read-only fields such as client_id, tenant or signing_keys",
    severity: "error",
    fixable: ["safe"],
    scope: "client",
    // (payloadMeta answers only for these: on an export's clients the rule has nothing to check)
    origins: ["patch", "har"],
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    readOnly: '{{field}} is read-only and cannot be sent in a PATCH body; the API would answer 400 invalid_body ("Additional properties not allowed")'
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta || meta.kind !== "update" || meta.bodyProblem) return;
    for (const key of Object.keys(ctx.resource.value)) {
      if (!CLIENT_READ_ONLY_FIELDS.includes(key)) continue;
      ctx.report({
        messageId: "readOnly",
        at: [key],
        target: "key",
        data: { field: JSON.stringify(key) },
        // the API would never apply it, so leaving it out changes nothing but the 400
        fix: { safety: "safe", description: `remove ${JSON.stringify(key)}`, ops: [{ op: "remove", path: [key] }] },
        predictedResponse: { status: 400, errorCode: "invalid_body" }
      });
    }
  }
});

// rules/patch-third-party-organization/index.ts
var ORG_FIELDS = ["organization_usage", "organization_require_behavior"];
var patch_third_party_organization_default = defineRule({
  id: "patch-third-party-organization",
  meta: {
    description: "a client update that sets is_first_party to false must also unset organization_usage and organization_require_behavior",
    // auth0-facts §1: the API's 403 (observed), but newer docs allow third-party apps in organizations that opt in
    // (third_party_client_access: allow) — where sources disagree, the lower severity
    severity: "warning",
    fixable: [],
    scope: "client",
    // (payloadMeta answers only for these: on an export's clients the rule has nothing to check)
    origins: ["patch", "har"],
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    stillSet: 'is_first_party false with {{fields}} still set; the API has answered 403 ("Organizations are only available to first party clients"), though newer docs allow third-party applications in organizations that opt in; send null unless your tenant allows it',
    dependsOnCurrent: "is_first_party false succeeds only if {{fields}} unset on the client; without null for {{list}} in this request, the API answers 403 when the client still has a value"
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta || meta.kind !== "update" || meta.bodyProblem) return;
    const body = ctx.resource.value;
    if (body.is_first_party !== false) return;
    const set = ORG_FIELDS.filter((f) => f in body && body[f] !== null);
    if (set.some((f) => isPlaceholder(body[f]))) return;
    if (set.length) {
      const fields = set.map((f) => `${f} ${JSON.stringify(body[f])}`).join(" and ");
      ctx.report({ messageId: "stillSet", at: ["is_first_party"], data: { fields } });
      return;
    }
    const absent = ORG_FIELDS.filter((f) => !(f in body));
    if (absent.length) {
      const fields = absent.length === 1 ? `${absent[0]} is` : `${absent.join(" and ")} are`;
      ctx.report({ messageId: "dependsOnCurrent", at: ["is_first_party"], severity: "info", data: { fields, list: absent.join(" and ") } });
    }
  }
});

// rules/patch-unknown-field/index.ts
var has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
var patch_unknown_field_default = defineRule({
  id: "patch-unknown-field",
  meta: {
    description: "a client PATCH body may only carry fields the endpoint accepts",
    severity: "error",
    fixable: ["unsafe"],
    scope: "client",
    // (payloadMeta answers only for these: on an export's clients the rule has nothing to check)
    origins: ["patch", "har"],
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    unknown: 'PATCH /api/v2/clients/{id} does not accept a field {{field}}; the API would answer 400 invalid_body ("Additional properties not allowed"){{hint}}',
    legacyName: '"cross_origin_auth" is the older name of "cross_origin_authentication": no Management API spec or SDK type lists it, though the API still takes it (recorded deploy-cli writes carrying it were answered 200); send "cross_origin_authentication" instead',
    disputed: "{{field}} may not be accepted by PATCH /api/v2/clients/{id}: {{reason}}"
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta || meta.kind !== "update" || meta.bodyProblem) return;
    const body = ctx.resource.value;
    const targets3 = /* @__PURE__ */ new Map();
    for (const key of Object.keys(body)) {
      const to = key === "cross_origin_auth" ? "cross_origin_authentication" : has(CLIENT_PATCH_DISPUTED, key) ? void 0 : renameTarget(key);
      if (to) targets3.set(to, (targets3.get(to) ?? 0) + 1);
    }
    const alone = (to) => !has(body, to) && targets3.get(to) === 1;
    for (const key of Object.keys(body)) {
      if (has(CLIENT_PATCH_DISPUTED, key)) {
        if (key === "cross_origin_auth") {
          const fix = !alone("cross_origin_authentication") ? void 0 : { safety: "unsafe", description: 'rename "cross_origin_auth" to "cross_origin_authentication"', ops: [{ op: "rename", path: [key], to: "cross_origin_authentication" }] };
          ctx.report({ messageId: "legacyName", at: [key], target: "key", severity: CLIENT_SCHEMA[key].takenByRealApi ? "info" : "warning", fix });
        } else {
          ctx.report({ messageId: "disputed", at: [key], target: "key", severity: "warning", data: { field: JSON.stringify(key), reason: CLIENT_PATCH_DISPUTED[key] } });
        }
        continue;
      }
      if (has(CLIENT_PATCH_PROPERTIES, key) || CLIENT_READ_ONLY_FIELDS.includes(key)) continue;
      const guess = renameTarget(key);
      ctx.report({
        messageId: "unknown",
        at: [key],
        target: "key",
        data: { field: JSON.stringify(key), hint: guess ? `; did you mean ${JSON.stringify(guess)}?` : "" },
        // the field the user most likely meant; unsafe, since it guesses (and applies the value there)
        fix: guess && alone(guess) ? { safety: "unsafe", description: `rename ${JSON.stringify(key)} to ${JSON.stringify(guess)}`, ops: [{ op: "rename", path: [key], to: guess }] } : void 0,
        predictedResponse: { status: 400, errorCode: "invalid_body" }
      });
    }
  }
});
function renameTarget(key) {
  if (has(CLIENT_PATCH_PROPERTIES, key) || CLIENT_READ_ONLY_FIELDS.includes(key)) return void 0;
  return didYouMean(key, CLIENT_PATCH_FIELDS);
}

// rules/post-login-prompt-requires-oidc-conformant/index.ts
var post_login_prompt_requires_oidc_conformant_default = defineRule({
  id: "post-login-prompt-requires-oidc-conformant",
  meta: {
    description: 'organization_require_behavior "post_login_prompt" needs oidc_conformant: true',
    severity: "error",
    fixable: ["unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    notConformant: 'organization_require_behavior "post_login_prompt" requires oidc_conformant: true, got false'
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (c.organization_require_behavior !== "post_login_prompt") return;
    if (c.oidc_conformant !== false) return;
    ctx.report({
      messageId: "notConformant",
      at: ["organization_require_behavior"],
      fix: {
        safety: "unsafe",
        description: "set oidc_conformant to true",
        ops: [{ op: "set", path: ["oidc_conformant"], value: true }]
      }
    });
  }
});

// rules/require-behavior-without-require/index.ts
var require_behavior_without_require_default = defineRule({
  id: "require-behavior-without-require",
  meta: {
    description: 'organization_require_behavior has no effect unless organization_usage is "require" or "allow"',
    severity: "warning",
    fixable: ["safe", "unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior"
  },
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: { ignoreDefault: { type: "boolean" } }
  },
  defaultOptions: { ignoreDefault: true },
  messages: {
    withoutUsage: 'organization_require_behavior {{behavior}} has no effect while organization_usage is {{usage}}; it only applies with "require" or "allow"',
    allowPreLogin: 'organization_require_behavior "pre_login_prompt" with organization_usage "allow": the current Define Organization Behavior page says it applies (users choose an organization or their personal account), the older page and the API spec say only with "require"; check that the login prompt is the one you want',
    expressDeny: 'organization_require_behavior {{behavior}} with organization_usage "deny" on an express_configuration application: the API sets "require" on such applications itself, and whether it keeps "deny" is not documented; set organization_usage to "require" to say what the tenant does',
    dependsOnCurrent: 'organization_require_behavior {{behavior}} only applies if organization_usage is "require" or "allow"; this change does not set organization_usage, so it depends on the current value'
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (!("organization_require_behavior" in c)) return;
    const behavior = c.organization_require_behavior;
    if (behavior === null || isPlaceholder(behavior)) return;
    if (ctx.options.ignoreDefault && behavior === "no_prompt") return;
    const usage = effectiveOrganizationUsage(c);
    if (ctx.resource.partial && !("organization_usage" in c)) {
      ctx.report({
        messageId: "dependsOnCurrent",
        at: ["organization_require_behavior"],
        target: "key",
        severity: "info",
        data: { behavior: JSON.stringify(behavior) }
      });
      return;
    }
    if (usage === "require" || isPlaceholder(usage)) return;
    if (usage === "allow") {
      if (behavior === "pre_login_prompt") ctx.report({ messageId: "allowPreLogin", at: ["organization_require_behavior"], target: "key", severity: "info" });
      return;
    }
    if (usage !== void 0 && usage !== null && usage !== "deny") return;
    if (usage === void 0 && Object.keys(c).some((k) => nearMissField(k, CLIENT_SCHEMA) === "organization_usage")) return;
    if (c.app_type === "express_configuration") {
      ctx.report({ messageId: "expressDeny", at: ["organization_require_behavior"], target: "key", severity: "info", data: { behavior: JSON.stringify(behavior) } });
      return;
    }
    const data = { behavior: JSON.stringify(behavior), usage: usage === void 0 || usage === null ? 'not set (so "deny")' : JSON.stringify(usage) };
    ctx.report({
      messageId: "withoutUsage",
      at: ["organization_require_behavior"],
      target: "key",
      data,
      // with "deny" the behavior is never read: removing it changes nothing for anyone
      fix: { safety: "safe", description: "remove organization_require_behavior", ops: [{ op: "remove", path: ["organization_require_behavior"] }] },
      // the other reading of the mistake: the author meant to require an organization (changes who can log in)
      alternatives: [
        {
          safety: "unsafe",
          description: 'set organization_usage to "require"',
          ops: [{ op: "set", path: ["organization_usage"], value: "require", near: "organization_require_behavior" }]
        }
      ]
    });
  }
});

// rules/require-no-prompt/index.ts
var require_no_prompt_default = defineRule({
  id: "require-no-prompt",
  meta: {
    description: 'organization_usage "require" without a prompt rejects every login that does not name an organization',
    severity: "info",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior"
  },
  defaultOptions: {},
  messages: {
    noPrompt: 'organization_usage "require" with organization_require_behavior {{behavior}}: every /authorize request must carry an organization parameter, or it is rejected'
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (c.organization_usage !== "require") return;
    if (c.app_type === "non_interactive") return;
    const hasBehavior = "organization_require_behavior" in c;
    if (!hasBehavior && ctx.resource.partial) return;
    const behavior = c.organization_require_behavior;
    if (behavior !== void 0 && behavior !== null && behavior !== "no_prompt") return;
    const shown2 = behavior === "no_prompt" ? '"no_prompt"' : `${behavior === null ? "null" : "not set"} (so "no_prompt")`;
    ctx.report({
      messageId: "noPrompt",
      at: behavior === "no_prompt" ? ["organization_require_behavior"] : ["organization_usage"],
      data: { behavior: shown2 }
    });
  }
});

// rules/require-without-organizations/index.ts
var require_without_organizations_default = defineRule({
  id: "require-without-organizations",
  meta: {
    description: 'organization_usage "require" needs at least one organization in the tenant',
    severity: "warning",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior",
    needs: ["organization"]
  },
  defaultOptions: {},
  messages: {
    client: "client {{name}} requires an organization, but this export holds none (organizations is empty): every login of the application will fail",
    grant: "the grant of {{name}} for {{audience}} requires an organization, but this export holds none (organizations is empty): every client credentials request for it will fail"
  },
  check(ctx) {
    const { tenant } = ctx;
    const clients = tenant.clients.filter((c) => c.value.organization_usage === "require");
    const grants = tenant.clientGrants.filter((g) => g.value.organization_usage === "require");
    if (clients.length === 0 && grants.length === 0) return;
    const orgs = ctx.resources("organization");
    if (!orgs.known || orgs.items.length > 0) return;
    for (const client of clients) {
      ctx.report({ messageId: "client", resource: client, at: ["organization_usage"], data: { name: JSON.stringify(client.name) } });
    }
    for (const grant of grants) {
      const data = { name: JSON.stringify(grant.value.client_id ?? "?"), audience: JSON.stringify(grant.value.audience ?? "?") };
      ctx.report({ messageId: "grant", resource: grant, at: ["organization_usage"], data });
    }
  }
});

// rules/third-party-organization-prompt/index.ts
var domainConnection = /* @__PURE__ */ new WeakMap();
function hasDomainConnection(tenant) {
  let v = domainConnection.get(tenant);
  if (v === void 0) {
    const flags = tenant.connections.map((c) => c.value.is_domain_connection);
    v = flags.includes(true) ? "yes" : flags.some(isPlaceholder) ? "unsure" : "no";
    domainConnection.set(tenant, v);
  }
  return v;
}
var third_party_organization_prompt_default = defineRule({
  id: "third-party-organization-prompt",
  meta: {
    description: "a third-party application that uses Organizations needs a prompt (not no_prompt) and a domain-level connection",
    severity: "warning",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-third-party-application-access",
    // the prompt check works without connections; only the domain-level check needs them
    reads: ["connection", "database"]
  },
  defaultOptions: {},
  messages: {
    noPrompt: "third-party application {{client}} uses Organizations with organization_require_behavior {{behavior}}: the docs call no_prompt unreliable for third-party applications (they may not send the organization parameter); use post_login_prompt or pre_login_prompt",
    noDomainConnection: "third-party application {{client}} uses Organizations, but no connection of this export is domain-level (is_domain_connection: true): third-party applications can log users in only through domain-level connections enabled for the organization"
  },
  check(ctx) {
    if (ctx.resource.origin === "patch" || ctx.resource.origin === "har") return;
    const c = ctx.resource.value;
    if (c.is_first_party !== false) return;
    const usage = c.organization_usage;
    if (usage !== "allow" && usage !== "require") return;
    const client = JSON.stringify(ctx.resource.name);
    const behavior = c.organization_require_behavior;
    if (behavior === "no_prompt" || behavior === void 0 && !ctx.resource.partial) {
      const at2 = behavior === void 0 ? ["organization_usage"] : ["organization_require_behavior"];
      ctx.report({ messageId: "noPrompt", at: at2, data: { client, behavior: JSON.stringify(behavior ?? "no_prompt") + (behavior === void 0 ? " (the default)" : "") } });
    }
    if (hasDomainConnection(ctx.tenant) !== "no") return;
    const conns = ctx.resources("connection");
    const dbs = conns.known ? ctx.resources("database") : conns;
    if (!conns.known || !dbs.known || conns.state.excluded || dbs.state.excluded) return;
    ctx.report({ messageId: "noDomainConnection", at: ["is_first_party"], data: { client } });
  }
});

// rules/unique-client-names/index.ts
import path5 from "node:path";
function nameLine(client) {
  const span = client.doc.locate([...client.path, "name"], "value");
  return span ? lineColumn(client.doc, span.start).line : 1;
}
function whereNamed(first, line, later, tenant) {
  if (first.doc.file === later.doc.file) return `line ${line}`;
  const file = first.doc.file.startsWith(tenant.id + path5.sep) ? path5.relative(tenant.id, first.doc.file) : first.doc.file;
  return `${file.split(path5.sep).join("/")}:${line}`;
}
function compareOrder(a, b) {
  if (a.doc.file !== b.doc.file) return a.doc.file < b.doc.file ? -1 : 1;
  const ia = a.path[a.path.length - 1];
  const ib = b.path[b.path.length - 1];
  return typeof ia === "number" && typeof ib === "number" ? ia - ib : 0;
}
var unique_client_names_default = defineRule({
  id: "unique-client-names",
  meta: {
    description: "every application of a tenant needs a name of its own",
    severity: "error",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/deploy-monitor/deploy-cli-tool"
  },
  defaultOptions: {},
  messages: {
    duplicate: 'application name {{name}} is already used by the application at {{where}}; auth0-deploy-cli refuses to deploy applications that share a name ("Names must be unique")',
    duplicateElsewhere: "application name {{name}} is already used by the application at {{where}}; Auth0 accepts it, but auth0-deploy-cli and people pick applications by name and cannot tell the two apart"
  },
  check(ctx) {
    const byName = /* @__PURE__ */ new Map();
    for (const client of ctx.tenant.clients) {
      if (client.origin === "patch" || client.origin === "har") continue;
      const name = client.value.name;
      if (typeof name !== "string" || name === "") continue;
      if (client.origin === "terraform" && isPlaceholder(name)) continue;
      const group = byName.get(name);
      if (group) group.push(client);
      else byName.set(name, [client]);
    }
    for (const [name, group] of byName) {
      if (group.length < 2) continue;
      group.sort(compareOrder);
      const [first, ...later] = group;
      const line = nameLine(first);
      for (const client of later) {
        const deployCli = client.origin.startsWith("deploy-cli");
        ctx.report({
          messageId: deployCli ? "duplicate" : "duplicateElsewhere",
          resource: client,
          at: ["name"],
          data: { name: JSON.stringify(name), where: whereNamed(first, line, client, ctx.tenant) },
          ...deployCli ? {} : { severity: "warning" }
        });
      }
    }
  }
});

// rules/unique-organization-names/index.ts
import path6 from "node:path";
function where(first, dup) {
  const span = first.doc.locate([...first.path, "name"], "value");
  const line = span ? first.doc.text.slice(0, span.start).split("\n").length : void 0;
  if (first.doc === dup.doc) return line ? `line ${line}` : "this file";
  return line ? `${path6.basename(first.doc.file)}:${line}` : path6.basename(first.doc.file);
}
function compareFiles(a, b) {
  const [x, y] = [a.replace(/\.[^./\\]+$/, ""), b.replace(/\.[^./\\]+$/, "")];
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
var unique_organization_names_default = defineRule({
  id: "unique-organization-names",
  meta: {
    description: "organization names are unique in a tenant",
    severity: "error",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations"
  },
  defaultOptions: {},
  messages: {
    duplicate: "organization name {{name}} is already used at {{first}}; names are unique in a tenant, so creating the second one fails with 409 organization_conflict",
    duplicateDeployCli: "organization name {{name}} is already used at {{first}}; names are unique in a tenant, and deploy-cli rejects the import before any API call"
  },
  check(ctx) {
    const orgs = [...ctx.tenant.organizations].sort((a, b) => compareFiles(a.doc.file, b.doc.file));
    const byName = /* @__PURE__ */ new Map();
    for (const org of orgs) {
      const name = org.value.name;
      if (typeof name !== "string" || name === "" || containsPlaceholder(name)) continue;
      const first = byName.get(name);
      if (!first) {
        byName.set(name, org);
        continue;
      }
      const deployCli = org.origin === "deploy-cli-yaml" || org.origin === "deploy-cli-directory";
      ctx.report({
        messageId: deployCli ? "duplicateDeployCli" : "duplicate",
        resource: org,
        at: ["name"],
        data: { name: JSON.stringify(name), first: where(first, org) },
        ...deployCli ? {} : { predictedResponse: { status: 409, errorCode: "organization_conflict" } }
      });
    }
  }
});

// rules/unknown-field/index.ts
var OBJECT_NAMES = { client: "a client", clientGrant: "a client grant", organization: "an organization" };
var SCHEMAS = { client: CLIENT_SCHEMA, clientGrant: CLIENT_GRANT_SCHEMA, organization: ORGANIZATION_SCHEMA };
function skipped(r) {
  if (r.origin === "terraform" || r.origin === "live") return true;
  const meta = payloadMeta(r);
  return r.type === "client" && meta?.kind === "update";
}
function check(ctx, r, value, base, schema, what) {
  let guesses;
  for (const key of Object.keys(value)) {
    const guess = nearMissField(key, schema);
    if (guess) (guesses ??= /* @__PURE__ */ new Map()).set(key, guess);
  }
  if (!guesses) return;
  const keysPerGuess = /* @__PURE__ */ new Map();
  for (const guess of guesses.values()) keysPerGuess.set(guess, (keysPerGuess.get(guess) ?? 0) + 1);
  for (const [key, guess] of guesses) {
    const fixable = r.origin !== "har" && !hasOwn(value, guess) && keysPerGuess.get(guess) === 1;
    ctx.report({
      messageId: "unknown",
      resource: r,
      at: [...base, key],
      target: "key",
      data: { field: JSON.stringify(key), what, guess: JSON.stringify(guess), effect: effect(r) },
      // a request body with an unknown field is refused whole (additionalProperties: false)
      ...r.origin === "har" || r.origin === "patch" ? { predictedResponse: { status: 400, errorCode: "invalid_body" } } : {},
      fix: fixable ? { safety: "unsafe", description: `rename ${JSON.stringify(key)} to ${JSON.stringify(guess)}`, ops: [{ op: "rename", path: [...base, key], to: guess }] } : void 0
    });
  }
}
function hasOwn(o, k) {
  return Object.prototype.hasOwnProperty.call(o, k);
}
function effect(r) {
  if (r.origin === "deploy-cli-yaml" || r.origin === "deploy-cli-directory") return "deploy-cli sends it as written, so the deploy fails or the setting is never applied";
  if (r.origin === "har" || r.origin === "patch") return "the API rejects a body with unknown fields (400 invalid_body)";
  return "the setting it was meant to be is not there";
}
var unknown_field_default = defineRule({
  id: "unknown-field",
  meta: {
    description: "a key of a client, client grant, organization or organization connection that is a near miss of a field is a typo",
    severity: "error",
    fixable: ["unsafe"],
    scope: "tenant",
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    unknown: "unknown field {{field}} of {{what}}; did you mean {{guess}}? {{effect}}"
  },
  check(ctx) {
    const all = [...ctx.tenant.clients, ...ctx.tenant.clientGrants, ...ctx.tenant.organizations];
    for (const r of all) {
      if (skipped(r)) continue;
      const type = r.type;
      check(ctx, r, r.value, [], SCHEMAS[type], OBJECT_NAMES[type]);
      if (r.type !== "organization") continue;
      for (const list of ["connections", "enabled_connections"]) {
        const items = r.value[list];
        if (!Array.isArray(items)) continue;
        items.forEach((item, i) => {
          if (isPlain(item)) check(ctx, r, item, [list, i], ORGANIZATION_CONNECTION_SCHEMA, "an organization connection");
        });
      }
    }
  }
});

// rules/unresolved-keyword/index.ts
var READ_FIELDS = {
  client: [
    "organization_usage",
    "organization_require_behavior",
    "organization_discovery_methods",
    "default_organization",
    ...URL_FIELDS,
    "grant_types",
    "app_type",
    "is_first_party",
    "oidc_conformant",
    "name",
    "addons"
  ],
  clientGrant: ["organization_usage", "allow_any_organization", "client_id"],
  organization: ["name", "display_name", "metadata", "branding", "connections", "discovery_domains", "third_party_client_access", "client_grants"],
  connection: ["name", "strategy", "enabled_clients", "is_domain_connection"],
  prompts: ["universal_login_experience"],
  tenantSettings: ["default_redirection_uri"]
};
var KEYWORD = /(##|@@)[A-Za-z0-9_.-]+\1/g;
var URL_FIELD_SET = new Set(URL_FIELDS);
var unresolved = /* @__PURE__ */ new WeakMap();
function unresolvedIn(doc) {
  let set = unresolved.get(doc);
  if (!set) unresolved.set(doc, set = new Set(doc.placeholders.map((p) => p.text)));
  return set;
}
function partMatters(type, at2, text) {
  const field = String(at2[0]);
  if (type === "client" && URL_FIELD_SET.has(field)) return text.includes("{organization_name}");
  if (type === "client" && field === "name") return false;
  if (type === "clientGrant" && field === "client_id") return false;
  return true;
}
function fieldName(at2) {
  return at2.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}
var unresolved_keyword_default = defineRule({
  id: "unresolved-keyword",
  meta: {
    description: "a deploy-cli keyword placeholder (##KEY## or @@KEY@@) without a value hides a field from the checks that read it",
    severity: "info",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/deploy-monitor/deploy-cli-tool/keyword-replacement"
  },
  defaultOptions: {},
  messages: {
    unresolved: "keyword {{keyword}} in {{field}} has no value, so the checks of this value were skipped; give its value with --keywords FILE or keywords: in the config"
  },
  check(ctx) {
    const path7 = [];
    const visit = (r, value) => {
      if (typeof value === "string") {
        if (!value.includes("##") && !value.includes("@@")) return;
        const at2 = path7.slice();
        const whole = isPlaceholder(value);
        if (!whole && !partMatters(r.type, at2, value)) return;
        const known2 = unresolvedIn(r.doc);
        const seen = /* @__PURE__ */ new Set();
        for (const m of value.matchAll(KEYWORD)) {
          if (!known2.has(m[0]) || seen.has(m[0])) continue;
          seen.add(m[0]);
          ctx.report({ messageId: "unresolved", resource: r, at: at2, data: { keyword: m[0], field: fieldName(at2) } });
        }
      } else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          path7.push(i);
          visit(r, value[i]);
          path7.pop();
        }
      } else if (isPlain(value)) {
        if (r.type === "client" && path7.length === 1 && path7[0] === "addons") {
          if ("wsfed" in value) {
            path7.push("wsfed");
            visit(r, value.wsfed);
            path7.pop();
          }
          return;
        }
        if (path7.length === 2 && path7[0] === "addons") return;
        for (const k of Object.keys(value)) {
          path7.push(k);
          visit(r, value[k]);
          path7.pop();
        }
      }
    };
    const { tenant } = ctx;
    for (const list of [tenant.clients, tenant.clientGrants, tenant.organizations, tenant.connections, tenant.settings]) {
      for (const r of list) {
        if (r.doc.placeholders.length === 0) continue;
        const usage = r.value.organization_usage;
        const urlsMatter = r.type !== "client" || usage === "allow" || usage === "require" || isPlaceholder(usage) || usage === void 0 && r.partial;
        for (const field of READ_FIELDS[r.type]) {
          if (!(field in r.value) || !urlsMatter && URL_FIELD_SET.has(field)) continue;
          path7.push(field);
          visit(r, r.value[field]);
          path7.pop();
        }
      }
    }
  }
});

// rules/index.ts
var RULES = [
  allow_any_organization_default,
  client_grant_organization_usage_enum_default,
  client_grant_require_without_organization_default,
  default_organization_valid_default,
  default_organization_without_require_grant_default,
  discovery_methods_without_pre_login_prompt_default,
  organization_branding_colors_default,
  organization_connection_not_enabled_for_client_default,
  organization_connection_option_mismatch_default,
  organization_connections_all_hidden_default,
  organization_connections_limit_default,
  organization_discovery_domain_unverified_default,
  organization_discovery_methods_valid_default,
  organization_display_name_default,
  organization_incompatible_grant_default,
  organization_invitation_without_login_route_default,
  organization_metadata_limits_default,
  organization_name_placeholder_default,
  organization_name_valid_default,
  organization_require_behavior_enum_default,
  organization_requires_new_universal_login_default,
  organization_signup_requires_membership_default,
  organization_third_party_client_default,
  organization_usage_enum_default,
  organization_usage_on_m2m_default,
  patch_insufficient_scope_default,
  patch_invalid_body_default,
  patch_invalid_uri_default,
  patch_read_only_field_default,
  patch_third_party_organization_default,
  patch_unknown_field_default,
  post_login_prompt_requires_oidc_conformant_default,
  require_behavior_without_require_default,
  require_no_prompt_default,
  require_without_organizations_default,
  third_party_organization_prompt_default,
  unique_client_names_default,
  unique_organization_names_default,
  unknown_field_default,
  unresolved_keyword_default
];

export {
  loadKeywordsAndExclusions,
  CONFIG_NAMES,
  findConfig,
  defaultConfig,
  loadConfig,
  RULES
};
