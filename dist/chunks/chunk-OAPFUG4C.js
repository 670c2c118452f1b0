import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  isPlain
} from "./chunk-5TDNMTPC.js";

// src/rule-api/define-rule.ts
function defineRule(rule) {
  return rule;
}
function formatMessage(template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => {
    const v = data[name];
    const raw = v === void 0 ? `{{${name}}}` : typeof v === "string" ? v : JSON.stringify(v);
    const s = raw.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    if (s.length <= MAX_MESSAGE_VALUE) return s;
    const cut = /[\ud800-\udbff]/.test(s[MAX_MESSAGE_VALUE - 4]) ? MAX_MESSAGE_VALUE - 4 : MAX_MESSAGE_VALUE - 3;
    return `${s.slice(0, cut)}...`;
  });
}
var MAX_MESSAGE_VALUE = 300;
function quote(value) {
  if (value === void 0) return "nothing";
  const s = JSON.stringify(value);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

// src/rule-api/tenant-model.ts
var RESOURCE_KINDS = [
  "client",
  "clientGrant",
  "organization",
  "organizationConnection",
  "organizationClientGrant",
  "connection",
  "database",
  "prompts",
  "tenantSettings"
];
var KIND_NOUN = {
  client: "applications (clients)",
  clientGrant: "client grants",
  organization: "organizations",
  organizationConnection: "organizations' enabled connections",
  organizationClientGrant: "organizations' client grants",
  connection: "connections",
  database: "database connections",
  prompts: "prompts settings (universal_login_experience)",
  tenantSettings: "tenant settings"
};
function kindState(tenant, kind) {
  return tenant.kinds[kind] ?? { known: false, kind, cause: "not-held", reason: `${KIND_NOUN[kind]} are not in this file` };
}
function resources(tenant, kind) {
  const state = kindState(tenant, kind);
  if (!state.known) return state;
  return { known: true, items: itemsOf(tenant, kind), state };
}
function itemsOf(tenant, kind) {
  switch (kind) {
    case "client":
      return tenant.clients;
    case "clientGrant":
      return tenant.clientGrants;
    case "organization":
    case "organizationConnection":
    case "organizationClientGrant":
      return tenant.organizations;
    case "connection":
      return tenant.connections.filter((c) => !isDatabase(c));
    case "database":
      return tenant.connections.filter(isDatabase);
    case "prompts":
      return tenant.settings.filter((s) => s.type === "prompts");
    case "tenantSettings":
      return tenant.settings.filter((s) => s.type === "tenantSettings");
  }
}
function isDatabase(c) {
  return c.meta?.database === true || c.value.strategy === "auth0";
}
function connectionStrategy(c) {
  if (c.meta?.database === true) return "auth0";
  return typeof c.value.strategy === "string" ? c.value.strategy : void 0;
}
function isExcludedName(state, name) {
  const ex = state.excluded;
  if (!ex) return false;
  return (ex.names?.has(name) ?? false) || ex.onlyNames !== void 0 && !ex.onlyNames.has(name);
}
var connectionIndexes = /* @__PURE__ */ new WeakMap();
function connectionIndex(tenant) {
  let index = connectionIndexes.get(tenant);
  if (index) return index;
  index = /* @__PURE__ */ new Map();
  for (const c of tenant.connections) {
    for (const key of [c.value.name, c.value.id]) {
      if (typeof key !== "string" || key === "") continue;
      const list = index.get(key);
      if (list) list.push(c);
      else index.set(key, [c]);
    }
  }
  connectionIndexes.set(tenant, index);
  return index;
}
function findConnection(tenant, key, ask = (kind) => resources(tenant, kind)) {
  const found = connectionIndex(tenant).get(key);
  if (found?.length === 1) {
    const kind = isDatabase(found[0]) ? "database" : "connection";
    const state = kindState(tenant, kind);
    if (!state.known && state.cause === "excluded") return ask(kind);
    if (state.known && isExcludedName(state, key)) return { known: false, kind, cause: "excluded", reason: state.excluded.reason };
    return { known: true, connection: found[0] };
  }
  if (found && found.length > 1) return { known: false, kind: "connection", cause: "not-held", reason: `two connections are named ${JSON.stringify(key)}` };
  for (const kind of ["connection", "database"]) {
    const set = ask(kind);
    if (!set.known) return set;
    if (isExcludedName(set.state, key)) return { known: false, kind, cause: "excluded", reason: set.state.excluded.reason };
  }
  return { known: true, connection: void 0 };
}

// src/sources/terraform/values.ts
var KNOWN_AFTER_APPLY = "##known-after-apply##";
function fillUnknown(after, unknown) {
  if (unknown === true) return KNOWN_AFTER_APPLY;
  if (Array.isArray(unknown)) {
    const list = Array.isArray(after) ? after : [];
    const n = Math.max(list.length, unknown.length);
    return Array.from({ length: n }, (_, i) => fillUnknown(list[i], unknown[i]));
  }
  if (isPlain(unknown)) {
    const out = {};
    const base = isPlain(after) ? after : {};
    for (const [k, v] of Object.entries(base)) define(out, k, v);
    for (const [k, u] of Object.entries(unknown)) {
      if (u === false || u === void 0) continue;
      define(out, k, fillUnknown(base[k], u));
    }
    return isPlain(after) || Object.keys(out).length ? out : after;
  }
  return after;
}
function define(obj, key, value) {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
function withoutNulls(v) {
  if (Array.isArray(v)) return v.map(withoutNulls);
  if (!isPlain(v)) return v;
  const out = {};
  for (const [k, x] of Object.entries(v)) if (x !== null) define(out, k, withoutNulls(x));
  return out;
}
function oneBlock(v) {
  return Array.isArray(v) && v.length === 1 && isPlain(v[0]) ? v[0] : void 0;
}
function apiShape(after, blocks, onBlock, nested = []) {
  const out = {};
  for (const [k, raw] of Object.entries(after)) {
    let v = withoutNulls(raw);
    if (v === null || v === "" || Array.isArray(v) && v.length === 0) continue;
    if (blocks.includes(k) && Array.isArray(v)) {
      const block = oneBlock(v);
      if (!block) continue;
      onBlock([k], [k, 0]);
      v = nested.includes(k) ? unwrapChildren(block, k, onBlock) : block;
      if (Object.keys(v).length === 0) continue;
    }
    define(out, k, v);
  }
  return out;
}
function unwrapChildren(block, key, onBlock) {
  const out = {};
  for (const [c, v] of Object.entries(block)) {
    if (Array.isArray(v) && v.length === 0) continue;
    const child = oneBlock(v);
    if (child) {
      onBlock([key, c], [key, 0, c, 0]);
      define(out, c, child);
    } else define(out, c, v);
  }
  return out;
}

export {
  KNOWN_AFTER_APPLY,
  fillUnknown,
  define,
  apiShape,
  defineRule,
  formatMessage,
  quote,
  RESOURCE_KINDS,
  KIND_NOUN,
  kindState,
  resources,
  connectionStrategy,
  findConnection
};
