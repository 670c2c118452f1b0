import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });

// src/rule-api/define-rule.ts
function defineRule(rule) {
  return rule;
}
function formatMessage(template, data = {}) {
  const parts = templateParts(template);
  if (parts.length === 1) return parts[0];
  const out = [parts[0]];
  for (let i = 1; i < parts.length; i += 2) out.push(shownValue(parts[i], data), parts[i + 1]);
  return out.join("");
}
var PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
var CONTROLS = new RegExp(CONTROL.source, "g");
var split = /* @__PURE__ */ new Map();
function templateParts(template) {
  let parts = split.get(template);
  if (parts) return parts;
  const out = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    out.push(template.slice(last, m.index), m[1]);
    last = m.index + m[0].length;
  }
  out.push(template.slice(last));
  if (split.size < 1e3) split.set(template, out);
  parts = out;
  return parts;
}
function shownValue(name, data) {
  const v = data[name];
  const raw = v === void 0 ? `{{${name}}}` : typeof v === "string" ? v : JSON.stringify(v);
  const s = CONTROL.test(raw) ? raw.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : raw;
  if (s.length <= MAX_MESSAGE_VALUE) return s;
  const cut = /[\ud800-\udbff]/.test(s[MAX_MESSAGE_VALUE - 4]) ? MAX_MESSAGE_VALUE - 4 : MAX_MESSAGE_VALUE - 3;
  return `${s.slice(0, cut)}...`;
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
function findConnection(tenant, key, ask) {
  const found = connectionIndex(tenant).get(key);
  if (found?.length === 1) {
    const kind = isDatabase(found[0]) ? "database" : "connection";
    const state = kindState(tenant, kind);
    if (!state.known && state.cause === "excluded") return askedState(tenant, kind, ask);
    if (state.known && isExcludedName(state, key)) return { known: false, kind, cause: "excluded", reason: state.excluded.reason };
    return { known: true, connection: found[0] };
  }
  if (found && found.length > 1) return { known: false, kind: "connection", cause: "not-held", reason: `two connections are named ${JSON.stringify(key)}` };
  for (const kind of ["connection", "database"]) {
    const state = askedState(tenant, kind, ask);
    if (!state.known) return state;
    if (isExcludedName(state, key)) return { known: false, kind, cause: "excluded", reason: state.excluded.reason };
  }
  return { known: true, connection: void 0 };
}
function askedState(tenant, kind, ask) {
  if (!ask) return kindState(tenant, kind);
  const set = ask(kind);
  return set.known ? set.state : set;
}

export {
  defineRule,
  formatMessage,
  quote,
  RESOURCE_KINDS,
  resources,
  connectionStrategy,
  findConnection
};
