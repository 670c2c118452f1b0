import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  globMatcher
} from "./chunk-42L5XZ5O.js";

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
  /** the setting of `ruleId` for `file` (absolute path); built-in ids default to their own severity */
  get(ruleId, file) {
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
    return this.overrides.some((o) => o.rules[ruleId]?.severity && o.rules[ruleId].severity !== "off");
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
    const apply = (s) => {
      if (!s) return;
      if (s.severity) severity = s.severity;
      if (s.options) options = { ...options, ...s.options };
    };
    apply(this.config.rules[ruleId]);
    for (const i of overrides) apply(this.overrides[i].rules[ruleId]);
    if (this.cli[ruleId]) severity = this.cli[ruleId];
    return { severity, options };
  }
};
var BUILTIN_RULES = {
  "parse-error": { severity: "error", description: "the file is not valid YAML or JSON, or has duplicate keys" },
  "read-error": { severity: "error", description: "the file could not be read" },
  "file-too-large": { severity: "error", description: "the file is larger than maxFileSize (10 MiB by default)" },
  "unused-disable-directive": { severity: "warning", description: "an orglint-disable comment that suppresses nothing" }
};
function builtinSeverity(ruleId) {
  return BUILTIN_RULES[ruleId]?.severity ?? "error";
}

// src/sources/offset-map.ts
var OffsetMap = class {
  constructor(replacements = []) {
    this.replacements = replacements;
  }
  replacements;
  /** true when nothing was replaced, so both texts are the same */
  get identity() {
    return this.replacements.length === 0;
  }
  /** the original offset for a rewritten offset; `side` picks the edge when it falls inside a replacement */
  toOriginal(offset, side = "start") {
    const r = this.find(offset);
    if (!r) return offset;
    if (offset >= r.nextEnd) return offset - r.nextEnd + r.origEnd;
    if (offset === r.nextStart) return r.origStart;
    return side === "start" ? r.origStart : r.origEnd;
  }
  /** whether the rewritten range [start, end) touches replaced text */
  overlaps(start, end) {
    return this.replacements.some((r) => start < r.nextEnd && end > r.nextStart);
  }
  /** the last replacement starting at or before `offset` */
  find(offset) {
    const list = this.replacements;
    let lo = 0;
    let hi = list.length - 1;
    let found;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (list[mid].nextStart <= offset) {
        found = list[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
};
function rewrite(text, edits) {
  if (edits.length === 0) return { text, map: new OffsetMap() };
  const parts = [];
  const replacements = [];
  let last = 0;
  let length = 0;
  for (const e of edits) {
    parts.push(text.slice(last, e.start));
    length += e.start - last;
    replacements.push({ origStart: e.start, origEnd: e.end, nextStart: length, nextEnd: length + e.text.length });
    parts.push(e.text);
    length += e.text.length;
    last = e.end;
  }
  parts.push(text.slice(last));
  return { text: parts.join(""), map: new OffsetMap(replacements) };
}

// src/sources/keywords.ts
var PLACEHOLDER = /(##|@@)([A-Za-z0-9_.-]+)\1/g;
function isPlaceholder(value) {
  return typeof value === "string" && /^(##|@@)[A-Za-z0-9_.-]+\1$/.test(value);
}
function insideQuotes(text, offset) {
  let i = text.lastIndexOf("\n", offset - 1) + 1;
  let quote = null;
  for (; i < offset; i++) {
    const c = text[i];
    if (quote === '"' && c === "\\") i++;
    else if (quote && c === quote) quote = null;
    else if (!quote && (c === '"' || c === "'")) {
      const prev = text[i - 1];
      if (i === 0 || prev === void 0 || /[\s:\[{,-]/.test(prev)) quote = c;
    } else if (!quote && c === "#" && /\s/.test(text[i - 1] ?? " ")) return null;
  }
  return quote;
}
function isWholePlainScalar(text, start, end, format) {
  let i = start - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "	")) i--;
  const before = i < 0 ? "\n" : text[i];
  const opens = format === "json" ? /[:\[,\n\r]/ : /[:\[{,\n\r-]/;
  if (!opens.test(before)) return false;
  if (format === "yaml" && before === "-" && i > 0 && !/\s/.test(text[i - 1])) return false;
  let j = end;
  while (j < text.length && (text[j] === " " || text[j] === "	")) j++;
  return j >= text.length || /[\n\r,\]}#]/.test(text[j]);
}
function substituteKeywords(text, format, keywords) {
  const placeholders = [];
  if (!text.includes("##") && !text.includes("@@")) {
    return { parseText: text, offsets: new OffsetMap(), placeholders };
  }
  const edits = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const start = m.index;
    const end = start + m[0].length;
    const key = m[2];
    const quote = insideQuotes(text, start);
    const known = keywords !== void 0 && Object.prototype.hasOwnProperty.call(keywords, key);
    if (known) {
      const value = keywords[key];
      if (m[1] === "##") {
        const literal = typeof value === "string" ? value : JSON.stringify(value);
        edits.push({ start, end, text: quote === '"' ? JSON.stringify(literal).slice(1, -1) : literal });
      } else if (quote && text[start - 1] === quote && text[end] === quote) {
        edits.push({ start: start - 1, end: end + 1, text: JSON.stringify(value) });
      } else {
        edits.push({ start, end, text: JSON.stringify(value) });
      }
      continue;
    }
    if (quote === null && format === "yaml" && m[1] === "##" && !/[\s\[{,]/.test(text[start - 1] ?? "\n")) {
      placeholders.push({ key, text: m[0], span: { start, end } });
      continue;
    }
    placeholders.push({ key, text: m[0], span: { start, end } });
    if (quote === null && isWholePlainScalar(text, start, end, format)) {
      edits.push({ start, end, text: JSON.stringify(m[0]) });
    }
  }
  const { text: parseText, map } = rewrite(text, edits);
  return { parseText, offsets: map, placeholders };
}

// src/sources/kinds.ts
import path2 from "node:path";
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function makeResource(type, value, doc, at, origin, fallbackName, partial = false) {
  return { type, name: resourceName(type, value, fallbackName), value, doc, path: at, origin, partial };
}
function resourceName(type, v, fallback) {
  if (type === "clientGrant") {
    const client = typeof v.client_id === "string" ? v.client_id : "?";
    const audience = typeof v.audience === "string" ? v.audience : "?";
    return `${client} \u2192 ${audience}`;
  }
  if (typeof v.name === "string" && v.name !== "") return v.name;
  if (type === "client" && typeof v.client_id === "string") return v.client_id;
  return fallback;
}
function listResources(doc, root, key, type, origin) {
  const list = root[key];
  if (!Array.isArray(list)) return [];
  const out = [];
  list.forEach((item, i) => {
    if (isObject(item)) out.push(makeResource(type, item, doc, [key, i], origin, `${key}[${i}]`));
  });
  return out;
}
var DEPLOY_CLI_KEYS = /^(clients|clientGrants|organizations)[ \t]*:/m;
var deployCliYaml = {
  name: "deploy-cli-yaml",
  format: "yaml",
  sniff: (file, text) => /\.ya?ml$/i.test(file) && DEPLOY_CLI_KEYS.test(text),
  extract(doc, file) {
    const root = doc.value;
    if (!isObject(root)) return { tenantKey: file, resources: [], hasOrganizations: false, hasClientGrants: false };
    return {
      tenantKey: file,
      resources: [
        ...listResources(doc, root, "clients", "client", "deploy-cli-yaml"),
        ...listResources(doc, root, "clientGrants", "clientGrant", "deploy-cli-yaml"),
        ...listResources(doc, root, "organizations", "organization", "deploy-cli-yaml")
      ],
      hasOrganizations: Array.isArray(root.organizations),
      hasClientGrants: Array.isArray(root.clientGrants)
    };
  }
};
var DIRECTORY_FOLDERS = {
  clients: "client",
  grants: "clientGrant",
  "client-grants": "clientGrant",
  organizations: "organization"
};
function directoryTenantRoot(file) {
  if (!/\.json$/i.test(file)) return null;
  const folder = path2.basename(path2.dirname(file));
  return folder in DIRECTORY_FOLDERS ? path2.dirname(path2.dirname(file)) : null;
}
var deployCliDirectory = {
  name: "deploy-cli-directory",
  format: "json",
  sniff: (file) => directoryTenantRoot(file) !== null,
  extract(doc, file) {
    const root = directoryTenantRoot(file);
    const type = DIRECTORY_FOLDERS[path2.basename(path2.dirname(file))];
    const v = doc.value;
    const resources = isObject(v) ? [makeResource(type, v, doc, [], "deploy-cli-directory", path2.basename(file, ".json"))] : [];
    if (!isObject(v) && doc.problems.length === 0) return null;
    return { tenantKey: root, resources, hasOrganizations: type === "organization", hasClientGrants: type === "clientGrant" };
  }
};
function looksLikeClient(v) {
  return isObject(v) && ("client_id" in v || "app_type" in v || "name" in v && ("callbacks" in v || "grant_types" in v));
}
var apiDump = {
  name: "api-dump",
  format: "json",
  sniff: (file, text) => /\.json$/i.test(file) && /"(client_id|app_type|clients)"/.test(text),
  extract(doc, file) {
    const v = doc.value;
    let list;
    let base;
    if (Array.isArray(v)) [list, base] = [v, []];
    else if (isObject(v) && Array.isArray(v.clients)) [list, base] = [v.clients, ["clients"]];
    else return null;
    if (list.length === 0 || !list.some(looksLikeClient)) return null;
    const resources = [];
    list.forEach((item, i) => {
      if (isObject(item)) resources.push(makeResource("client", item, doc, [...base, i], "api-dump", `clients[${i}]`));
    });
    return { tenantKey: file, resources, hasOrganizations: false, hasClientGrants: false };
  }
};
var SOURCE_KINDS = [deployCliDirectory, deployCliYaml, apiDump];

// src/rule-api/helpers.ts
function editDistance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
function didYouMean(value, candidates) {
  const v = value.toLowerCase();
  let best;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = editDistance(v, c.toLowerCase());
    const limit = Math.max(2, Math.floor(c.length / 3));
    const prefix = v.length >= 3 && (c.startsWith(v) || v.startsWith(c)) ? 0 : d;
    const score = Math.min(d, prefix);
    if (score <= limit && score < bestScore) [best, bestScore] = [c, score];
  }
  return best;
}
function canonicalEnumSpelling(value) {
  return value.trim().toLowerCase().replace(/[\s-]+/g, "_");
}
function describeType(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  return /^[aeiou]/.test(typeof v) ? `an ${typeof v}` : `a ${typeof v}`;
}
function checkEnumField(ctx, check, base = []) {
  const obj = base.reduce((o, k) => o?.[k], ctx.resource.value);
  if (typeof obj !== "object" || obj === null || !(check.field in obj)) return;
  const value = obj[check.field];
  if (value === null && (check.nullAllowed ?? ctx.resource.partial)) return;
  if (isPlaceholder(value)) return;
  const at = [...base, check.field];
  const list = check.allowed.map((a) => `"${a}"`).join(", ");
  const extra = check.predictedResponse ? { predictedResponse: check.predictedResponse } : {};
  if (typeof value !== "string") {
    ctx.report({ messageId: "wrongType", at, data: { value: JSON.stringify(value), type: describeType(value), allowed: list }, ...extra });
    return;
  }
  if (check.allowed.includes(value)) return;
  const canonical = canonicalEnumSpelling(value);
  let fix;
  let hint = "";
  if (check.allowed.includes(canonical)) {
    hint = `; did you mean "${canonical}"?`;
    fix = { safety: "safe", description: `replace ${JSON.stringify(value)} with "${canonical}"`, ops: [{ op: "set", path: at, value: canonical }] };
  } else {
    const guess = value.trim() === "" ? void 0 : didYouMean(canonical, check.allowed);
    if (guess) {
      hint = `; did you mean "${guess}"?`;
      fix = { safety: "unsafe", description: `replace ${JSON.stringify(value)} with "${guess}"`, ops: [{ op: "set", path: at, value: guess }] };
    }
  }
  ctx.report({ messageId: "invalid", at, data: { value: JSON.stringify(value), allowed: list, hint }, fix, ...extra });
}

// src/rule-api/define-rule.ts
function defineRule(rule) {
  return rule;
}
function formatMessage(template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => {
    const v = data[name];
    return v === void 0 ? `{{${name}}}` : typeof v === "string" ? v : JSON.stringify(v);
  });
}

// rules/organization-require-behavior-enum/index.ts
var ORGANIZATION_REQUIRE_BEHAVIOR = ["no_prompt", "pre_login_prompt", "post_login_prompt"];
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
    wrongType: "organization_require_behavior must be a string, got {{type}} {{value}}; expected one of {{allowed}}"
  },
  check(ctx) {
    checkEnumField(ctx, {
      field: "organization_require_behavior",
      allowed: ORGANIZATION_REQUIRE_BEHAVIOR,
      predictedResponse: { status: 400, errorCode: "invalid_body" }
    });
  }
});

// rules/organization-usage-enum/index.ts
var ORGANIZATION_USAGE = ["deny", "allow", "require"];
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
    wrongType: "organization_usage must be a string, got {{type}} {{value}}; expected one of {{allowed}}"
  },
  check(ctx) {
    checkEnumField(ctx, {
      field: "organization_usage",
      allowed: ORGANIZATION_USAGE,
      predictedResponse: { status: 400, errorCode: "invalid_body" }
    });
  }
});

// rules/require-behavior-without-require/index.ts
var require_behavior_without_require_default = defineRule({
  id: "require-behavior-without-require",
  meta: {
    description: 'organization_require_behavior has no effect unless organization_usage is "require"',
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
    withoutRequire: 'organization_require_behavior {{behavior}} has no effect while organization_usage is {{usage}}; it only applies with "require"'
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (!("organization_require_behavior" in c)) return;
    const behavior = c.organization_require_behavior;
    if (behavior === null || isPlaceholder(behavior)) return;
    if (ctx.options.ignoreDefault && behavior === "no_prompt") return;
    const usage = c.organization_usage;
    if (usage === "require" || isPlaceholder(usage)) return;
    if (usage !== void 0 && usage !== null && usage !== "deny" && usage !== "allow") return;
    const data = { behavior: JSON.stringify(behavior), usage: usage === void 0 || usage === null ? 'not set (so "deny")' : JSON.stringify(usage) };
    ctx.report({
      messageId: "withoutRequire",
      at: ["organization_require_behavior"],
      target: "key",
      data,
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

// rules/index.ts
var RULES = [
  organization_require_behavior_enum_default,
  organization_usage_enum_default,
  require_behavior_without_require_default
];

export {
  RuleSettings,
  BUILTIN_RULES,
  substituteKeywords,
  isObject,
  DIRECTORY_FOLDERS,
  directoryTenantRoot,
  SOURCE_KINDS,
  didYouMean,
  formatMessage,
  RULES
};
