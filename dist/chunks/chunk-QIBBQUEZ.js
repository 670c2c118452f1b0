import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  decode,
  formatSize,
  loadYamlAsync,
  readTextFile,
  readTextFileSync
} from "./chunk-VJ3W4TCX.js";
import {
  patchPayload,
  payloadFileMatcher
} from "./chunk-JF6O7IXT.js";
import {
  CLIENT_SCHEMA,
  nearMissField
} from "./chunk-DTJKQC3V.js";
import {
  BUILTIN_RULES,
  GlobError,
  RuleSettings,
  checkGlob,
  globMatcher,
  isGlobPattern
} from "./chunk-OZSULO73.js";
import {
  HTML_AROUND,
  StringTable,
  detachFindings,
  flatData,
  flatString
} from "./chunk-RWZGGTX2.js";
import {
  escapeControls
} from "./chunk-K3LQRXYN.js";
import {
  MissingPathError,
  UsageError
} from "./chunk-J7O3SICE.js";
import {
  KNOWN_AFTER_APPLY,
  REPORT_APPLICATIONS,
  apiShape,
  define,
  fillUnknown
} from "./chunk-IDLQBHWY.js";
import {
  RESOURCE_KINDS,
  formatMessage,
  resources
} from "./chunk-RHLJY6KC.js";
import {
  isPlain,
  jsonType,
  resourceAt,
  resourceName
} from "./chunk-WR2XUHY5.js";
import {
  addSecretsOf,
  findNodeAtLocation,
  loadJson,
  loadJsonFull,
  maskKnown,
  parseTree,
  secretsOf,
  spanToPosition
} from "./chunk-QSQWDZRO.js";
import {
  compareFindings,
  summarize,
  toPointer
} from "./chunk-MGL2NZD7.js";
import {
  KeywordExpansionError,
  MAX_SUBSTITUTED_SIZE,
  OffsetMap,
  isPlaceholder
} from "./chunk-PYKP3QTX.js";

// src/sources/terraform/hcl-eval.ts
var UNKNOWN = "##unknown-until-plan##";
var Recorder = class {
  spans = /* @__PURE__ */ new Map();
  origins = /* @__PURE__ */ new Map();
  /** attribute path → configuration keys of the resources its expression refers to */
  refs = /* @__PURE__ */ new Map();
  span(path12, value, key) {
    this.spans.set(JSON.stringify(path12), key ? { key, value } : { value });
  }
};
var spanOf = (n) => ({ start: n.startIndex, end: n.endIndex });
var MAX_DEPTH = 100;
var TooDeepError = class extends Error {
  constructor(at) {
    super("invalid HCL: nesting is too deep to read");
    this.at = at;
  }
  at;
};
var depth = 0;
function enter(n) {
  if (++depth > MAX_DEPTH) {
    depth = 0;
    throw new TooDeepError(spanOf(n));
  }
}
var META_ARGUMENTS = /* @__PURE__ */ new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection"]);
function labelText(n) {
  if (n.type === "identifier") return n.text;
  if (n.type === "string_lit") {
    const parts = n.namedChildren.filter((c) => !!c && c.type !== "quoted_template_start" && c.type !== "quoted_template_end");
    if (parts.every((p) => p.type === "template_literal")) return parts.map((p) => decodeEscapes(p.text)).join("");
  }
  return void 0;
}
function evalBody(body, path12, scope, rec, relative, topLevel, opaque = false) {
  const out = {};
  if (!body) return out;
  enter(body);
  try {
    readBody(body, out, path12, scope, rec, relative, topLevel, opaque);
  } finally {
    depth = Math.max(0, depth - 1);
  }
  return out;
}
function readBody(body, out, path12, scope, rec, relative, topLevel, opaque) {
  for (const child2 of body.namedChildren) {
    if (!child2) continue;
    if (child2.type === "attribute") {
      const kids = child2.namedChildren;
      const id = kids[0];
      const expr = kids.find((c) => c?.type === "expression");
      if (!id || !expr) continue;
      const name = id.text;
      if (topLevel && META_ARGUMENTS.has(name) || Object.prototype.hasOwnProperty.call(out, name)) continue;
      const at = [...path12, name];
      const value = evalExpr(expr, at, { scope, rec, attr: [...relative, name], opaque });
      rec.span(at, spanOf(expr), spanOf(id));
      define(out, name, value);
    } else if (child2.type === "block") {
      const kids = child2.namedChildren;
      const id = kids[0];
      if (!id) continue;
      const type = id.text;
      if (topLevel && META_ARGUMENTS.has(type)) continue;
      if (type === "dynamic") {
        const label = kids[1] ? labelText(kids[1]) : void 0;
        if (label === void 0) continue;
        define(out, label, opaque ? `##expr:${child2.text}##` : UNKNOWN);
        rec.span([...path12, label], spanOf(kids[1]), spanOf(id));
        continue;
      }
      const existing = out[type];
      if (existing !== void 0 && !Array.isArray(existing)) continue;
      const list = existing ?? [];
      const at = [...path12, type, list.length];
      list.push(evalBody(kids.find((c) => c?.type === "body") ?? null, at, scope, rec, [...relative, type, list.length], false, opaque));
      rec.span(at, spanOf(id), spanOf(id));
      if (!existing) {
        rec.span([...path12, type], spanOf(id), spanOf(id));
        define(out, type, list);
      }
    }
  }
}
function evalExpr(n, path12, ctx) {
  enter(n);
  let v;
  try {
    v = evalKnown(n, path12, ctx);
  } finally {
    depth = Math.max(0, depth - 1);
  }
  return ctx.opaque && (v === UNKNOWN || v === KNOWN_AFTER_APPLY) ? `##expr:${n.text}##` : v;
}
function evalKnown(n, path12, ctx) {
  switch (n.type) {
    case "expression": {
      const kids = n.children.filter((c) => !!c && c.type !== "comment");
      if (kids[0]?.type === "(") return kids.length === 3 ? evalExpr(kids[1], path12, ctx) : UNKNOWN;
      if (kids[0]?.type === "variable_expr") return traversal(kids[0].text, kids.slice(1), path12, ctx);
      return kids.length === 1 ? evalExpr(kids[0], path12, ctx) : UNKNOWN;
    }
    case "literal_value":
      return n.namedChildren[0] ? evalExpr(n.namedChildren[0], path12, ctx) : UNKNOWN;
    case "string_lit":
    case "quoted_template":
      return template(n, path12, ctx);
    case "numeric_lit": {
      const v = Number(n.text);
      return Number.isFinite(v) ? v : UNKNOWN;
    }
    case "bool_lit":
      return n.text === "true";
    case "null_lit":
      return null;
    case "template_expr":
      return n.namedChildren[0] ? evalExpr(n.namedChildren[0], path12, ctx) : UNKNOWN;
    case "heredoc_template":
      return heredoc(n);
    case "collection_value":
      return n.namedChildren[0] ? evalExpr(n.namedChildren[0], path12, ctx) : UNKNOWN;
    case "tuple": {
      const items = n.namedChildren.filter((c) => c?.type === "expression");
      return items.map((item, i) => {
        const at = [...path12, i];
        ctx.rec.span(at, spanOf(item));
        return evalExpr(item, at, { ...ctx, attr: [...ctx.attr, i] });
      });
    }
    case "object": {
      const out = {};
      for (const elem of n.namedChildren) {
        if (elem?.type !== "object_elem") continue;
        const k = elem.childForFieldName("key");
        const v = elem.childForFieldName("val");
        const key = k ? objectKey(k) : void 0;
        if (key === void 0 || !v) return UNKNOWN;
        const at = [...path12, key];
        ctx.rec.span(at, spanOf(v), spanOf(k));
        define(out, key, evalExpr(v, at, ctx));
      }
      return out;
    }
    case "operation": {
      const u = n.namedChildren[0];
      if (u?.type !== "unary_operation") return UNKNOWN;
      const op = u.children[0]?.type;
      const operand = u.namedChildren[u.namedChildren.length - 1];
      const v = operand ? evalExpr(operand, path12, ctx) : UNKNOWN;
      if (op === "-" && typeof v === "number") return -v;
      if (op === "!" && typeof v === "boolean") return !v;
      return UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}
function objectKey(k) {
  const kids = k.children.filter((c) => !!c);
  if (kids.length !== 1) return void 0;
  const only = kids[0];
  if (only.type === "variable_expr") return only.text;
  if (only.type === "literal_value" && only.namedChildren[0]?.type === "string_lit") return labelText(only.namedChildren[0]);
  return void 0;
}
function traversal(root, steps, path12, ctx) {
  const names = steps.map(stepKey);
  const first = names[0];
  if (ctx.opaque) return UNKNOWN;
  if (root === "var" || root === "local") {
    if (typeof first !== "string") return UNKNOWN;
    const found = root === "var" ? ctx.scope.variable(first) : ctx.scope.local(first);
    if (!found) return UNKNOWN;
    let v = found.value;
    for (const key of names.slice(1)) v = child(v, key);
    if (found.origin && v !== UNKNOWN) ctx.rec.origins.set(JSON.stringify(path12), found.origin);
    return v;
  }
  if (typeof first === "string") {
    const key = ctx.scope.resource(root, first);
    if (key) {
      const attr = JSON.stringify(ctx.attr);
      const set = ctx.rec.refs.get(attr) ?? /* @__PURE__ */ new Set();
      set.add(key);
      ctx.rec.refs.set(attr, set);
      return KNOWN_AFTER_APPLY;
    }
  }
  return UNKNOWN;
}
function stepKey(step) {
  if (step.type === "get_attr") return step.namedChildren[0]?.text;
  if (step.type === "index") {
    const inner = step.namedChildren[0];
    if (inner?.type === "legacy_index") return Number(inner.text.replace(/^\./, ""));
    const e = inner?.namedChildren.find((c) => c?.type === "expression");
    const lit = e?.namedChildren[0];
    if (lit?.type === "literal_value") {
      const v = lit.namedChildren[0];
      if (v?.type === "numeric_lit") return Number(v.text);
      if (v?.type === "string_lit") return labelText(v);
    }
  }
  return void 0;
}
function child(v, key) {
  if (key === void 0) return UNKNOWN;
  if (Array.isArray(v) && typeof key === "number") return key >= 0 && key < v.length ? v[key] : UNKNOWN;
  if (typeof v === "object" && v !== null && !Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, key)) return v[key];
  return UNKNOWN;
}
function template(n, path12, ctx) {
  const parts = n.namedChildren.filter((c) => !!c && c.type !== "quoted_template_start" && c.type !== "quoted_template_end");
  if (parts.length === 1 && parts[0].type === "template_interpolation") {
    const e = parts[0].namedChildren.find((c) => c?.type === "expression");
    return e && !parts[0].namedChildren.some((c) => c?.type === "strip_marker") ? evalExpr(e, path12, ctx) : UNKNOWN;
  }
  let out = "";
  for (const p of parts) {
    if (p.type === "template_literal") out += decodeEscapes(p.text);
    else if (p.type === "template_interpolation") {
      const e = p.namedChildren.find((c) => c?.type === "expression");
      const v = e ? evalExpr(e, path12, ctx) : UNKNOWN;
      if (typeof v === "string" && !v.includes("##")) out += v;
      else if (typeof v === "number" || typeof v === "boolean") out += String(v);
      else return UNKNOWN;
    } else return UNKNOWN;
  }
  return out;
}
var ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
function decodeEscapes(raw) {
  return raw.replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/gs, (m, u4, u8, c) => {
    if (u4) return String.fromCharCode(parseInt(u4, 16));
    if (u8) {
      const cp = parseInt(u8, 16);
      return cp <= 1114111 ? String.fromCodePoint(cp) : m;
    }
    return ESCAPES[c] ?? m;
  }).replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}
function heredoc(n) {
  if (n.namedChildren.some((c) => c?.type === "template_interpolation" || c?.type === "template_directive")) return UNKNOWN;
  const ids = n.namedChildren.filter((c) => c?.type === "heredoc_identifier");
  const start = n.namedChildren.find((c) => c?.type === "heredoc_start");
  if (ids.length < 2 || !start) return UNKNOWN;
  const full = n.tree.rootNode.text;
  const open = full.indexOf("\n", ids[0].endIndex);
  const close = full.lastIndexOf("\n", ids[ids.length - 1].startIndex - 1);
  if (open === -1 || close < open) return UNKNOWN;
  let body = full.slice(open + 1, close + 1).replace(/\r\n/g, "\n");
  if (start.text.endsWith("-")) {
    const lines = body.split("\n");
    const indents = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)[0].length);
    const cut = indents.length ? Math.min(...indents) : 0;
    body = lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)[0].length))).join("\n");
  }
  return body.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}

// src/sources/terraform/mapping.ts
var PathRedirects = class {
  redirects = /* @__PURE__ */ new Map();
  add(from, to) {
    this.redirects.set(JSON.stringify(from), to);
  }
  /** take every redirect of `other` too (an override file's document: the redirects of the resources it sets) */
  copyFrom(other) {
    for (const [k, v] of other.redirects) this.redirects.set(k, v);
  }
  /** the source path of a rule path; the key of an unwrapped block is the block's own key, not its item's */
  resolve(path12, target = "value") {
    if (this.redirects.size === 0) return path12;
    for (let k = path12.length; k > 0; k--) {
      const to = this.redirects.get(JSON.stringify(path12.slice(0, k)));
      if (to && k === path12.length && target === "key" && typeof to[to.length - 1] === "number") return to.slice(0, -1);
      if (to) return [...to, ...path12.slice(k)];
    }
    return path12;
  }
};
var redirectsOf = /* @__PURE__ */ new WeakMap();
function redirects(doc) {
  let r = redirectsOf.get(doc);
  if (!r) redirectsOf.set(doc, r = new PathRedirects());
  return r;
}
var BLOCKS = {
  auth0_client: [
    "default_organization",
    "addons",
    "jwt_configuration",
    "refresh_token",
    "mobile",
    "native_social_login",
    "oidc_logout",
    "session_transfer",
    "token_exchange",
    "token_quota",
    "signed_request_object",
    "client_authentication_methods",
    "express_configuration",
    "my_organization_configuration"
  ],
  auth0_client_grant: [],
  auth0_organization: ["branding", "token_quota"],
  auth0_organization_connection: [],
  auth0_organization_connections: [],
  auth0_organization_discovery_domain: [],
  auth0_organization_discovery_domains: [],
  auth0_organization_client_grant: [],
  auth0_connection: ["options"],
  auth0_connection_clients: [],
  auth0_connection_client: []
};
var NESTED = { auth0_client: ["addons"] };
var RESOURCE_TYPES = {
  auth0_client: "client",
  auth0_client_grant: "clientGrant",
  auth0_organization: "organization",
  auth0_connection: "connection"
};
function isReadType(type) {
  return Object.prototype.hasOwnProperty.call(BLOCKS, type);
}
var COMPUTED = {
  auth0_client: ["client_id"],
  auth0_organization: ["id"],
  auth0_organization_connection: ["name", "strategy"],
  auth0_connection: ["id"],
  auth0_client_grant: ["id"],
  auth0_connection_clients: ["name", "strategy"],
  auth0_connection_client: ["name", "strategy"]
};
var known = (v) => typeof v === "string" && v !== "" && !isPlaceholder(v);
function mapTerraform(list) {
  const byConfig = /* @__PURE__ */ new Map();
  const mapped = [];
  for (const tf of list) {
    if (!isReadType(tf.type)) continue;
    const paths = redirects(tf.doc);
    const value = apiShape(tf.values, BLOCKS[tf.type], (from, to) => paths.add([...tf.at, ...from], [...tf.at, ...to]), NESTED[tf.type]);
    const m = { tf, value };
    mapped.push(m);
    byConfig.set(tf.configKey, [...byConfig.get(tf.configKey) ?? [], m]);
    const kind = RESOURCE_TYPES[tf.type];
    if (!kind) continue;
    if (kind === "client" && isPlain(value.default_organization)) {
      const d = value.default_organization;
      if (d.disable === true) delete value.default_organization;
      else if ("disable" in d) value.default_organization = Object.fromEntries(Object.entries(d).filter(([k]) => k !== "disable"));
    }
    if (kind === "clientGrant" && "scopes" in value && !("scope" in value)) {
      define(value, "scope", value.scopes);
      delete value.scopes;
      paths.add([...tf.at, "scope"], [...tf.at, "scopes"]);
    }
    m.resource = resourceAt(kind, tf.address, value, tf.doc, tf.at, "terraform", false, { terraform: { address: tf.address, ...tf.meta } });
  }
  const target = (m, path12, targetType) => {
    const key = m.tf.ref(path12, targetType);
    const found = key ? byConfig.get(key) ?? [] : [];
    return found.length === 1 && found[0].tf.type === targetType ? found[0] : void 0;
  };
  const orgsById = /* @__PURE__ */ new Map();
  for (const m of mapped) if (m.tf.type === "auth0_organization" && known(m.value.id)) orgsById.set(m.value.id, m);
  const orgOf = (m) => {
    const id = m.value.organization_id;
    return (known(id) ? orgsById.get(id) : void 0) ?? target(m, ["organization_id"], "auth0_organization");
  };
  const unknownLists = /* @__PURE__ */ new Map();
  const gather = (org, key, item, source, from) => {
    const entry = {};
    for (const [k, v] of Object.entries(item)) if (k !== "organization_id" && k !== "id") define(entry, k, v);
    if (source.meta.instances === "unknown" || unknownLists.get(org)?.has(key)) {
      unknownLists.set(org, /* @__PURE__ */ new Set([...unknownLists.get(org) ?? [], key]));
      define(org.value, key, KNOWN_AFTER_APPLY);
      return entry;
    }
    const list2 = Array.isArray(org.value[key]) ? org.value[key] : [];
    if (source.doc === org.tf.doc) redirects(org.tf.doc).add([...org.tf.at, key, list2.length], [...source.at, ...from]);
    list2.push(entry);
    org.value[key] = list2;
    return entry;
  };
  for (const m of mapped) {
    const type = m.tf.type;
    if (type === "auth0_client_grant") linkGrantClient(m, target(m, ["client_id"], "auth0_client"));
    if (RESOURCE_TYPES[type]) continue;
    const org = orgOf(m);
    if (!org) continue;
    if (type === "auth0_organization_connection") {
      connectionFacts(gather(org, "connections", m.value, m.tf, []), target(m, ["connection_id"], "auth0_connection"));
    } else if (type === "auth0_organization_connections" && Array.isArray(m.value.enabled_connections)) {
      m.value.enabled_connections.forEach((item, i) => {
        if (!isPlain(item)) return;
        const entry = gather(org, "connections", item, m.tf, ["enabled_connections", i]);
        connectionFacts(entry, target(m, ["enabled_connections", i, "connection_id"], "auth0_connection"));
      });
    } else if (type === "auth0_organization_discovery_domain") {
      gather(org, "discovery_domains", m.value, m.tf, []);
    } else if (type === "auth0_organization_discovery_domains" && Array.isArray(m.value.discovery_domains)) {
      m.value.discovery_domains.forEach((item, i) => {
        if (isPlain(item)) gather(org, "discovery_domains", item, m.tf, ["discovery_domains", i]);
      });
    } else if (type === "auth0_organization_client_grant") {
      gather(org, "client_grants", { grant_id: m.value.grant_id }, m.tf, []);
    }
  }
  enabledClients(mapped, target);
  return mapped.flatMap((m) => m.resource ? [m.resource] : []);
}
function clientKey(m, value, path12, target) {
  if (known(value)) return value;
  const client = target(m, path12, "auth0_client");
  if (client && known(client.value.client_id)) return client.value.client_id;
  if (client && known(client.value.name)) return client.value.name;
  return isPlaceholder(value) ? value : KNOWN_AFTER_APPLY;
}
function enabledClients(mapped, target) {
  const byId = /* @__PURE__ */ new Map();
  for (const m of mapped) if (m.tf.type === "auth0_connection" && known(m.value.id)) byId.set(m.value.id, m);
  const connectionOf = (m) => (known(m.value.connection_id) ? byId.get(m.value.connection_id) : void 0) ?? target(m, ["connection_id"], "auth0_connection");
  const lists = /* @__PURE__ */ new Map();
  const entry = (c) => lists.get(c) ?? lists.set(c, { whole: [], added: [] }).get(c);
  for (const m of mapped) {
    const type = m.tf.type;
    if (type === "auth0_connection" && "enabled_clients" in m.tf.values) entry(m).whole.push({ list: m.tf.values.enabled_clients, from: m });
    if (type !== "auth0_connection_clients" && type !== "auth0_connection_client") continue;
    const connection = connectionOf(m);
    if (!connection?.resource) continue;
    const instanced = m.tf.meta.instances === "unknown";
    if (type === "auth0_connection_clients") entry(connection).whole.push({ list: instanced ? KNOWN_AFTER_APPLY : m.tf.values.enabled_clients, from: m });
    else entry(connection).added.push(instanced ? KNOWN_AFTER_APPLY : clientKey(m, m.tf.values.client_id, ["client_id"], target));
  }
  for (const [connection, { whole, added }] of lists) {
    let value = KNOWN_AFTER_APPLY;
    if (whole.length === 1 && added.length === 0) {
      const { list, from } = whole[0];
      value = Array.isArray(list) ? list.map((v, i) => clientKey(from, v, ["enabled_clients", i], target)) : isPlaceholder(list) ? list : KNOWN_AFTER_APPLY;
      if (from.tf.doc === connection.tf.doc && from !== connection) redirects(connection.tf.doc).add([...connection.tf.at, "enabled_clients"], [...from.tf.at, "enabled_clients"]);
    } else if (whole.length === 0) {
      value = [...added, KNOWN_AFTER_APPLY];
    }
    define(connection.value, "enabled_clients", value);
  }
}
function linkGrantClient(grant, client) {
  if (!client || known(grant.value.client_id)) return;
  const key = known(client.value.client_id) ? client.value.client_id : known(client.value.name) ? client.value.name : void 0;
  if (key !== void 0) define(grant.value, "client_id", key);
}
function connectionFacts(entry, connection) {
  if (!connection) return;
  for (const key of ["strategy", "name"]) {
    const v = connection.value[key];
    if (!known(entry[key]) && known(v)) define(entry, key, v);
  }
}
function holdsClientGrants(list) {
  return list.some((r) => r.type === "auth0_client_grant");
}

// src/sources/terraform/tfjson-eval.ts
var nodeSpan = (n) => ({ start: n.offset, end: n.offset + n.length });
function properties(n, comments) {
  const out = [];
  if (n.type !== "object") return [];
  for (const p of n.children ?? []) {
    const [k, v] = p.children ?? [];
    if (!k || !v) continue;
    const key = String(k.value);
    if (comments && key === "//") continue;
    out.push({ key, keyNode: k, value: v, index: out.length });
  }
  return out;
}
function plainValue(n, depth2 = 0) {
  if (depth2 > MAX_DEPTH) return UNKNOWN;
  if (n.type === "object") {
    const out = {};
    for (const p of properties(n, false)) define(out, p.key, plainValue(p.value, depth2 + 1));
    return out;
  }
  if (n.type === "array") return (n.children ?? []).map((c) => plainValue(c, depth2 + 1));
  return n.value;
}
function isTemplate(s) {
  const t = s.replace(/\$\$\{|%%\{/g, "");
  return t.includes("${") || t.includes("%{");
}
function escapeTemplates(v) {
  const esc = (s) => s.replace(/\$\{/g, "$$$${").replace(/%\{/g, "%%{");
  if (typeof v === "string") return esc(v);
  if (Array.isArray(v)) return v.map(escapeTemplates);
  if (v !== null && typeof v === "object") {
    const out = {};
    for (const [k, x] of Object.entries(v)) define(out, esc(k), escapeTemplates(x));
    return out;
  }
  return v;
}
function templateParts(s) {
  const parts = [];
  let lit = "";
  let i = 0;
  while (i < s.length) {
    if (s.startsWith("$${", i) || s.startsWith("%%{", i)) {
      lit += s.slice(i + 1, i + 3);
      i += 3;
    } else if (s.startsWith("%{", i)) {
      return void 0;
    } else if (s.startsWith("${", i)) {
      const end = exprEnd(s, i + 2);
      if (end === -1) return void 0;
      if (lit) parts.push({ literal: lit });
      lit = "";
      parts.push({ expr: s.slice(i + 2, end) });
      i = end + 1;
    } else lit += s[i++];
  }
  if (lit || parts.length === 0) parts.push({ literal: lit });
  return parts;
}
function exprEnd(s, i) {
  let depth2 = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '"') {
      i = stringEnd(s, i + 1);
      if (i === -1) return -1;
      continue;
    }
    if (c === "{") depth2++;
    else if (c === "}") {
      if (depth2 === 0) return i;
      depth2--;
    }
    i++;
  }
  return -1;
}
function stringEnd(s, i) {
  while (i < s.length) {
    const c = s[i];
    if (c === "\\") i += 2;
    else if (c === '"') return i + 1;
    else if (s.startsWith("$${", i)) i += 3;
    else if (s.startsWith("${", i)) {
      const end = exprEnd(s, i + 2);
      if (end === -1) return -1;
      i = end + 1;
    } else i++;
  }
  return -1;
}
function interpolation(expr, path12, ctx) {
  if (/^\s*~|~\s*$/.test(expr)) return UNKNOWN;
  const tree = ctx.parser.parse(`x = ${expr}
`);
  if (!tree) return UNKNOWN;
  try {
    if (tree.rootNode.hasError) return UNKNOWN;
    const attrs = tree.rootNode.namedChildren.find((c) => c?.type === "body")?.namedChildren.filter((c) => c?.type === "attribute") ?? [];
    const node = attrs.length === 1 ? attrs[0]?.namedChildren.find((c) => c?.type === "expression") : void 0;
    if (!node) return UNKNOWN;
    const rec = new Recorder();
    const v = evalExpr(node, path12, { scope: ctx.scope, rec, attr: path12 });
    for (const [k, o] of rec.origins) ctx.rec.origins.set(k, o);
    for (const [k, set] of rec.refs) {
      const mine = ctx.rec.refs.get(k) ?? /* @__PURE__ */ new Set();
      for (const x of set) mine.add(x);
      ctx.rec.refs.set(k, mine);
    }
    return v;
  } catch (err) {
    if (err instanceof TooDeepError) return UNKNOWN;
    throw err;
  } finally {
    tree.delete();
  }
}
function template2(s, path12, ctx) {
  const parts = templateParts(s);
  if (!parts) return UNKNOWN;
  if (parts.length === 1 && "expr" in parts[0]) return interpolation(parts[0].expr, path12, ctx);
  let out = "";
  for (const p of parts) {
    if ("literal" in p) {
      out += p.literal;
      continue;
    }
    const v = interpolation(p.expr, path12, ctx);
    if (typeof v === "string" && !v.includes("##")) out += v;
    else if (typeof v === "number" || typeof v === "boolean") out += String(v);
    else return UNKNOWN;
  }
  return out;
}
function evalJsonExpr(n, path12, jsonPath, ctx, depth2) {
  if (depth2 > MAX_DEPTH) throw new TooDeepError(nodeSpan(n));
  const key = JSON.stringify(path12);
  ctx.jsonPaths.set(key, jsonPath);
  switch (n.type) {
    case "string":
      if (!isTemplate(String(n.value))) ctx.literals.add(key);
      return template2(String(n.value), path12, ctx);
    case "number":
    case "boolean":
    case "null":
      ctx.literals.add(key);
      return n.value;
    case "array":
      return (n.children ?? []).map((item, i) => {
        const at = [...path12, i];
        ctx.rec.span(at, nodeSpan(item));
        return evalJsonExpr(item, at, [...jsonPath, i], ctx, depth2 + 1);
      });
    case "object": {
      const out = {};
      for (const p of properties(n, false)) {
        if (isTemplate(p.key)) return UNKNOWN;
        const k = p.key.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
        const at = [...path12, k];
        ctx.rec.span(at, nodeSpan(p.value), nodeSpan(p.keyNode));
        define(out, k, evalJsonExpr(p.value, at, [...jsonPath, p.key], ctx, depth2 + 1));
      }
      return out;
    }
    default:
      return UNKNOWN;
  }
}

// src/sources/terraform/tfjson-read.ts
var REPEATED = {
  auth0_organization_connections: ["enabled_connections"],
  auth0_organization_discovery_domains: ["discovery_domains"],
  auth0_connection: ["options"]
};
var ALL_BLOCKS = /* @__PURE__ */ new Set(["addons"]);
var META_ARGUMENTS2 = /* @__PURE__ */ new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection"]);
var infos = /* @__PURE__ */ new WeakMap();
function tfJsonInfo(doc) {
  return infos.get(doc);
}
function tooDeep(root) {
  const stack = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop();
    if (d > MAX_DEPTH * 2) return n;
    for (const c of n.children ?? []) stack.push([c, d + 1]);
  }
  return void 0;
}
function labelled(n, labels, jsonPath, prefix, out) {
  if (n.type === "array") {
    (n.children ?? []).forEach((item, i) => labelled(item, labels, [...jsonPath, i], prefix, out));
    return;
  }
  if (n.type !== "object") return;
  if (labels === 0) {
    out.push({ labels: prefix, body: n, jsonPath });
    return;
  }
  for (const p of properties(n, true)) labelled(p.value, labels - 1, [...jsonPath, p.key], [...prefix, p.keyNode], out);
}
function strictJson(f) {
  tfJsonStats.strictParses++;
  return loadJsonFull(f.file, f.text, f.bom, void 0, { parseText: f.text, offsets: new OffsetMap(), placeholders: [] });
}
var tfJsonStats = { strictParses: 0 };
function readTfJson(f) {
  const out = { f, problems: [], directives: [], value: null, variables: [], locals: [], resources: [] };
  const plain = strictJson(f);
  if (plain.problems.length) {
    out.problems = plain.problems;
    return out;
  }
  const root = parseTree(f.text, [], { disallowComments: true });
  if (!root) return out;
  const deep = tooDeep(root);
  if (deep) {
    out.problems.push({ message: "invalid JSON: nesting is too deep to read", span: { start: deep.offset, end: deep.offset + 1 } });
    return out;
  }
  if (root.type !== "object") {
    out.problems.push({ message: "invalid Terraform JSON: the file must hold one object (of resource, variable, locals, ... blocks)", span: { start: root.offset, end: root.offset + 1 } });
    return out;
  }
  out.value = plain.value;
  out.directives = rootDirectives(root, f.text);
  for (const top of properties(root, true)) {
    const at = [top.key];
    if (top.key === "variable") {
      const found = [];
      labelled(top.value, 1, at, [], found);
      for (const b of found) {
        const attrs = properties(b.body, true);
        const def = attrs.find((a) => a.key === "default");
        const sensitive = attrs.some((a) => a.key === "sensitive" && a.value.value === true);
        out.variables.push({ name: String(b.labels[0].value), value: def ? plainValue(def.value) : UNKNOWN, span: def ? nodeSpan(def.value) : void 0, nameSpan: nodeSpan(b.labels[0]), sensitive });
      }
    } else if (top.key === "locals") {
      const found = [];
      labelled(top.value, 0, at, [], found);
      for (const b of found) for (const p of properties(b.body, true)) out.locals.push({ name: p.key, node: p.value, nameSpan: nodeSpan(p.keyNode), jsonPath: [...b.jsonPath, p.key] });
    } else if (top.key === "resource") {
      const found = [];
      labelled(top.value, 2, at, [], found);
      for (const b of found) {
        const instanced = properties(b.body, true).some((a) => a.key === "count" || a.key === "for_each");
        out.resources.push({ type: String(b.labels[0].value), name: String(b.labels[1].value), body: b.body, nameKey: b.labels[1], jsonPath: b.jsonPath, instanced });
      }
    }
  }
  return out;
}
var FILE_DIRECTIVE = /^\s*orglint-disable-file\b(.*)$/s;
function rootDirectives(root, text) {
  const out = [];
  for (const p of properties(root, false)) {
    if (p.key !== "//") continue;
    const strings = p.value.type === "string" ? [p.value] : p.value.type === "array" ? (p.value.children ?? []).filter((c) => c.type === "string") : [];
    for (const n of strings) {
      const m = FILE_DIRECTIVE.exec(String(n.value));
      if (!m) continue;
      const [idsPart, ...reason] = m[1].split(/\s--\s?|^--\s?/);
      out.push({
        kind: "disable-file",
        ruleIds: idsPart.split(/[\s,]+/).map((x) => x.trim()).filter(Boolean),
        reason: reason.length ? reason.join(" -- ").trim() : void 0,
        line: text.slice(0, n.offset).split("\n").length,
        span: nodeSpan(n)
      });
    }
  }
  return out;
}
function readBody2(body, type, path12, jsonPath, ctx, level, depth2) {
  if (depth2 > MAX_DEPTH) throw new TooDeepError(nodeSpan(body));
  const out = {};
  const blockKeys = level === "resource" ? [...BLOCKS[type] ?? [], ...REPEATED[type] ?? []] : [];
  for (const p of properties(body, true)) {
    const k = p.key;
    if (level === "resource" && META_ARGUMENTS2.has(k) || Object.prototype.hasOwnProperty.call(out, k)) continue;
    const at = [...path12, k];
    const key = JSON.stringify(at);
    if (k === "dynamic") {
      for (const d of properties(p.value, true)) {
        if (Object.prototype.hasOwnProperty.call(out, d.key)) continue;
        define(out, d.key, UNKNOWN);
        ctx.rec.span([...path12, d.key], nodeSpan(d.value), nodeSpan(d.keyNode));
      }
      continue;
    }
    ctx.rec.span(at, nodeSpan(p.value), nodeSpan(p.keyNode));
    ctx.jsonPaths.set(key, [...jsonPath, k]);
    if (level === "all-blocks" || blockKeys.includes(k)) {
      const items = p.value.type === "object" ? [{ n: p.value, jp: [...jsonPath, k] }] : p.value.type === "array" ? (p.value.children ?? []).map((n, i) => ({ n, jp: [...jsonPath, k, i] })) : [];
      if (p.value.type !== "object" && (p.value.type !== "array" || items.some((x) => x.n.type !== "object"))) {
        define(out, k, UNKNOWN);
        continue;
      }
      const list = items.map((item, i) => {
        const itemAt = [...at, i];
        ctx.rec.span(itemAt, nodeSpan(item.n), nodeSpan(p.keyNode));
        ctx.jsonPaths.set(JSON.stringify(itemAt), item.jp);
        return readBody2(item.n, type, itemAt, item.jp, ctx, level === "resource" && ALL_BLOCKS.has(k) ? "all-blocks" : "block", depth2 + 1);
      });
      define(out, k, list);
      continue;
    }
    define(out, k, evalJsonExpr(p.value, at, [...jsonPath, k], ctx, depth2 + 1));
  }
  return out;
}
function tfJsonResources(j, doc, root, rec, scope, parser2, current, onOverride, overriding) {
  const ctx = { scope, rec, parser: parser2, jsonPaths: /* @__PURE__ */ new Map(), literals: /* @__PURE__ */ new Set() };
  infos.set(doc, { value: j.value, jsonPaths: ctx.jsonPaths, literals: ctx.literals });
  doc.fixLeft = (p, op) => {
    if (op !== "set") return void 0;
    const key = JSON.stringify(redirects(doc).resolve(p));
    return ctx.jsonPaths.has(key) && !ctx.literals.has(key) ? "the value is a ${...} template, change it in the file" : void 0;
  };
  const out = [];
  for (const r of j.resources) {
    const over = isReadType(r.type) && overriding(r);
    if (!isReadType(r.type) || !over && !current(r)) continue;
    const at = ["resource", r.type, r.name];
    const values = readBody2(r.body, r.type, at, r.jsonPath, ctx, "resource", 0);
    if (!over) {
      for (const key of COMPUTED[r.type] ?? []) if (!(key in values)) define(values, key, KNOWN_AFTER_APPLY);
    }
    const byType = root.resource ??= {};
    const ofType = Object.prototype.hasOwnProperty.call(byType, r.type) ? byType[r.type] : byType[r.type] = {};
    define(ofType, r.name, values);
    rec.span(at, nodeSpan(r.nameKey), nodeSpan(r.nameKey));
    ctx.jsonPaths.set(JSON.stringify(at), r.jsonPath);
    if (over) {
      onOverride(r, values);
      continue;
    }
    out.push({
      type: r.type,
      address: `${r.type}.${r.name}`,
      configKey: `|${r.type}.${r.name}`,
      values,
      doc,
      at,
      meta: r.instanced ? { instances: "unknown" } : {},
      ref(p, targetType) {
        const found = [...rec.refs.get(JSON.stringify([...at, ...p])) ?? []].filter((k) => k.startsWith(`|${targetType}.`));
        return found.length === 1 ? found[0] : void 0;
      }
    });
  }
  return out;
}
function jsonBodyKeys(body) {
  return properties(body, true).flatMap((p) => p.key === "dynamic" ? properties(p.value, true).map((d) => d.key) : [p.key]);
}
function tfJsonLocal(node, jsonPath, scope, rec, parser2) {
  return evalJsonExpr(node, ["local"], jsonPath, { scope, rec, parser: parser2, jsonPaths: /* @__PURE__ */ new Map(), literals: /* @__PURE__ */ new Set() }, 0);
}

// src/engine/run-rules.ts
import path from "node:path";
var RANK = { error: 0, warning: 1, info: 2 };
var ruleStats = { contexts: 0 };
function scopeKind(rule) {
  const s = rule.meta.scope;
  return s === "client" || s === "clientGrant" || s === "organization" ? s : void 0;
}
function scopeList(tenant, rule) {
  switch (rule.meta.scope) {
    case "client":
      return tenant.clients;
    case "clientGrant":
      return tenant.clientGrants;
    case "organization":
      return tenant.organizations;
    case "connection":
      return tenant.connections;
    default:
      return tenant.settings.filter((r) => r.type === rule.meta.scope);
  }
}
var SkipLog = class {
  seen = /* @__PURE__ */ new Map();
  add(ruleId, unknown, tenant) {
    if (unknown.cause === "not-held") return;
    const key = `${ruleId}\0${unknown.reason}`;
    const seen = this.seen.get(key);
    if (!seen) this.seen.set(key, { ruleId, reason: unknown.reason, tenants: [tenant] });
    else if (!seen.tenants.includes(tenant)) seen.tenants.push(tenant);
  }
  /** sorted by rule id, then reason */
  list() {
    return [...this.seen.values()].sort((a, b) => a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0);
  }
};
function blockedInput(rule, tenant) {
  const own = scopeKind(rule);
  const blocked = own && blockedKind(tenant, own);
  if (blocked) return blocked;
  const needs = rule.meta.needs;
  if (!needs) return void 0;
  for (let i = 0; i < needs.length; i++) {
    const b = blockedKind(tenant, needs[i]);
    if (b) return b;
  }
  return void 0;
}
function blockedKind(tenant, kind) {
  const state = tenant.kinds[kind];
  return state && !state.known && (state.cause === "excluded" || state.cause === "scope") ? state : void 0;
}
var originsOf = /* @__PURE__ */ new WeakMap();
function holdsOrigin(list, origins) {
  let held = originsOf.get(list);
  if (!held) {
    const found = /* @__PURE__ */ new Set();
    for (let i = 0; i < list.length; i++) found.add(list[i].origin);
    originsOf.set(list, held = found);
  }
  for (let i = 0; i < origins.length; i++) if (held.has(origins[i])) return true;
  return false;
}
var keepAll = (_resource) => true;
function runRules(tenants, rules, settings, keep = keepAll, skips = new SkipLog(), reportable = keepAll) {
  const findings = [];
  if (tenants.length === 0) return findings;
  const active = rules.filter((r) => settings.enabledSomewhere(r.id));
  for (let t = 0; t < tenants.length; t++) {
    const tenant = tenants[t];
    const named = keep === keepAll ? NONE : namedSettings(tenant, keep);
    for (let i = 0; i < active.length; i++) {
      const rule = active[i];
      const wide = named.length ? causes(rule, named) : void 0;
      runRule(rule, tenant, settings, keep, skips, findings, wide, reportable);
    }
  }
  return findings;
}
var NONE = [];
function namedSettings(tenant, keep) {
  const settings = tenant.settings;
  if (settings.length === 0) return NONE;
  const named = settings.filter((s) => TENANT_WIDE[s.type] !== void 0 && keep(s));
  return named.length ? named : NONE;
}
var TENANT_WIDE = { prompts: "prompts settings", tenantSettings: "tenant settings" };
function causes(rule, named) {
  const { needs, reads } = rule.meta;
  if (!needs && !reads) return void 0;
  const read = named.filter((s) => needs?.includes(s.type) || reads?.includes(s.type));
  return read.length ? read : void 0;
}
function pointerTo(setting) {
  const doc = setting.doc;
  const at = spanToPosition(doc, doc.locate(setting.path, "value") ?? { start: 0, end: 0 });
  return { file: doc.file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, message: `named in this run: the ${TENANT_WIDE[setting.type]} this finding depends on; the finding's own file was not named` };
}
function widened(f, wide) {
  const pointers = wide.map(pointerTo);
  f.related = f.related ? [...f.related, ...pointers] : pointers;
  f.fix = null;
  delete f.alternatives;
}
function runRule(rule, tenant, settings, keep, skips, findings, wide, reportable) {
  const blocked = blockedInput(rule, tenant);
  if (blocked) {
    if (settings.get(rule.id, tenant.id).severity !== "off") skips.add(rule.id, blocked, tenant.id);
    return;
  }
  if (rule.meta.origins && rule.meta.scope !== "tenant" && !holdsOrigin(scopeList(tenant, rule), rule.meta.origins)) return;
  const uniform = settings.uniform(rule.id);
  const byDefault = rule.meta.severity;
  const own = scopeKind(rule);
  const tenantScope = rule.meta.scope === "tenant";
  const filter = !wide ? keep : reportable === keepAll ? keepAll : (r) => keep(r) || reportable(r);
  let current;
  let setting = uniform;
  let asked;
  const ctx = {
    options: {},
    tenant,
    resource: void 0,
    report(r) {
      const target = r.resource ?? current;
      if (!target) throw new Error(`rule ${rule.id}: a tenant-scope report must name its resource`);
      if (r.resource && filter !== keepAll && !filter(target)) return;
      const f = makeFinding(rule, target, r);
      if (wide && !keep(target)) widened(f, wide);
      const s = tenantScope ? uniform ?? settings.get(rule.id, f.file) : setting;
      if (tenantScope && s.severity === "off") return;
      f.severity = effective(r0(f), s, byDefault);
      findings.push(f);
    },
    resources(kind) {
      if (!rule.meta.needs?.includes(kind) && !rule.meta.reads?.includes(kind) && kind !== own) {
        throw new Error(`rule ${rule.id}: reads ${kind} without declaring it in meta.needs or meta.reads`);
      }
      asked ??= /* @__PURE__ */ new Map();
      let set = asked.get(kind);
      if (!set) asked.set(kind, set = resources(tenant, kind));
      if (!set.known) skips.add(rule.id, set, tenant.id);
      return set;
    }
  };
  if (tenantScope) {
    ruleStats.contexts++;
    ctx.options = (uniform ?? settings.get(rule.id, tenant.id)).options;
    rule.check(ctx);
    return;
  }
  const list = scopeList(tenant, rule);
  const perFile = uniform === void 0;
  const filtered = filter !== keepAll;
  let file;
  for (let i = 0; i < list.length; i++) {
    const resource = list[i];
    if (filtered && !filter(resource)) continue;
    if (perFile && resource.doc.file !== file) {
      file = resource.doc.file;
      setting = settings.get(rule.id, file);
    }
    if (setting.severity === "off") continue;
    ruleStats.contexts++;
    current = resource;
    ctx.resource = resource;
    ctx.options = setting.options;
    rule.check(ctx);
  }
}
function effective(reported, setting, byDefault) {
  const configured = setting.severity === "off" ? byDefault : setting.severity;
  if (!reported) return configured;
  if (!setting.configured) return reported;
  if (RANK[reported] > RANK[byDefault]) return RANK[reported] > RANK[configured] ? reported : configured;
  return configured;
}
var reportedSeverity = /* @__PURE__ */ new WeakMap();
var r0 = (f) => reportedSeverity.get(f);
function makeFinding(rule, resource, r) {
  const template3 = rule.messages[r.messageId];
  if (template3 === void 0) throw new Error(`rule ${rule.id}: unknown messageId "${r.messageId}"`);
  const docPath = r.at?.length ? resource.path.concat(r.at) : resource.path.slice();
  const doc = resource.doc.documentOf?.(docPath) ?? resource.doc;
  const span = doc.locate(docPath, r.target ?? "value") ?? { start: 0, end: 0 };
  const at = spanToPosition(doc, span);
  const finding = {
    ruleId: rule.id,
    severity: r.severity ?? rule.meta.severity,
    message: formatMessage(template3, r.data),
    file: doc.file,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    path: toPointer(docPath),
    resource: { type: resource.type, name: resource.name },
    // a capture or a plan is never edited: its findings offer no fix
    fix: doc.readOnly ? null : r.fix ?? null,
    messageId: r.messageId,
    doc,
    span,
    source: resource,
    docPath
  };
  if (r.alternatives?.length && !doc.readOnly) finding.alternatives = [...r.alternatives];
  const origin2 = doc.valueOrigin?.(docPath);
  if (origin2) {
    const where = `${path.relative(path.dirname(doc.file), origin2.file) || path.basename(origin2.file)}:${origin2.position.line}:${origin2.position.column}`;
    finding.message += ` (the value of ${origin2.name}, set at ${where})`;
    finding.related = [{ file: origin2.file, ...origin2.position, message: `${origin2.name} is set here` }];
  }
  const replaced = doc !== resource.doc ? resource.doc.replacedAt?.(docPath) : void 0;
  if (replaced) (finding.related ??= []).push(replaced);
  if (doc.valueOrigin && (finding.fix || finding.alternatives)) {
    const fromVariable = (fix) => fix.ops.some((op) => op.op === "set" && doc.valueOrigin([...resource.path, ...op.path]));
    const blocked = [finding.fix, ...finding.alternatives ?? []].find((x) => !!x && fromVariable(x));
    if (blocked) {
      const name = doc.valueOrigin([...resource.path, ...blocked.ops.find((op) => op.op === "set" && doc.valueOrigin([...resource.path, ...op.path])).path]).name;
      if (finding.fix && fromVariable(finding.fix)) finding.fix = null;
      if (finding.alternatives) finding.alternatives = finding.alternatives.filter((x) => !fromVariable(x));
      if (finding.alternatives?.length === 0) delete finding.alternatives;
      finding.message += `; --fix leaves it: the value comes from ${name}, change it where ${name.startsWith("local.") ? "the local is" : "the variable is"} set`;
    }
  }
  if (doc.fixLeft && finding.fix) {
    const why = finding.fix.ops.map((op) => doc.fixLeft([...resource.path, ...op.path], op.op)).find((x) => x !== void 0);
    if (why) {
      finding.fix = null;
      finding.message += `; --fix leaves it: ${why}`;
    }
  }
  if (finding.alternatives && doc.fixLeft) {
    finding.alternatives = finding.alternatives.filter((x) => !x.ops.some((op) => doc.fixLeft([...resource.path, ...op.path], op.op)));
    if (finding.alternatives.length === 0) delete finding.alternatives;
  }
  if (r.severity) reportedSeverity.set(finding, r.severity);
  if (r.predictedResponse) finding.predictedResponse = r.predictedResponse;
  return finding;
}

// src/formatters/checked-resources.ts
function checkedResources(result) {
  if (result.resources && result.tenants.length === 0) return [...result.resources];
  const linted = new Set(result.files);
  const out = [];
  for (const t of result.tenants) tenantResources(t, linted, out);
  return out;
}
function tenantResources(t, linted, out = []) {
  for (const r of [...t.clients, ...t.clientGrants, ...t.organizations]) {
    if (!linted.has(r.doc.file)) continue;
    const c = { type: r.type, name: flatString(r.name), file: r.doc.file, path: toPointer(r.path), partial: r.partial };
    if (r.type === "client") {
      c.organizationUsage = flatData(r.value.organization_usage);
      c.organizationRequireBehavior = flatData(r.value.organization_require_behavior);
    }
    out.push(c);
  }
  return out;
}

// src/engine/lint.ts
import { readdirSync as readdirSync3 } from "node:fs";
import path11 from "node:path";

// src/sources/deploy-cli/deploy-cli.ts
import { statSync } from "node:fs";
import path2 from "node:path";
function listResources(doc, root, key, type, origin2, meta) {
  const list = root[key];
  if (!Array.isArray(list)) return [];
  const out = [];
  list.forEach((item, i) => {
    if (isPlain(item)) out.push(resourceAt(type, resourceName(type, item, `${key}[${i}]`), item, doc, [key, i], origin2, false, meta));
  });
  return out;
}
var DEPLOY_CLI_KEYS = /^\{?[ \t]*(["']?)(clients|clientGrants|organizations)\1[ \t]*:/m;
var YAML_LISTS = [
  ["clients", "client", "client"],
  ["clientGrants", "clientGrant", "clientGrant"],
  ["organizations", "organization", "organization"],
  ["connections", "connection", "connection"],
  ["databases", "connection", "database"]
];
var YAML_SETTINGS = [
  ["prompts", "prompts", "prompts"],
  ["tenant", "tenantSettings", "tenantSettings"]
];
var deployCliYaml = {
  name: "deploy-cli-yaml",
  format: "yaml",
  sniff: (file, text) => /\.ya?ml$/i.test(file) && DEPLOY_CLI_KEYS.test(text),
  extract(doc, file) {
    const root = doc.value;
    if (!isPlain(root)) return { tenantKey: file, resources: [], absentCause: "absent" };
    const resources2 = [];
    const lists = [];
    for (const [key, type, kind] of YAML_LISTS) {
      if (!Array.isArray(root[key])) continue;
      lists.push(kind);
      for (const r of listResources(doc, root, key, type, "deploy-cli-yaml", kind === "database" ? { database: true } : void 0)) resources2.push(r);
    }
    for (const [key, type, kind] of YAML_SETTINGS) {
      const v = root[key];
      if (!isPlain(v)) continue;
      lists.push(kind);
      resources2.push(resourceAt(type, key, v, doc, [key], "deploy-cli-yaml", false));
    }
    return { tenantKey: file, resources: resources2, lists: doc.problems.length ? [] : lists, absentCause: "absent" };
  }
};
var DIRECTORY_FOLDERS = {
  clients: "client",
  grants: "clientGrant",
  "client-grants": "clientGrant",
  organizations: "organization"
};
var rootCache = /* @__PURE__ */ new Map();
function isExportRoot(dir) {
  let yes = rootCache.get(dir);
  if (yes === void 0) {
    yes = Object.keys(DIRECTORY_FOLDERS).some((f) => {
      try {
        return statSync(path2.join(dir, f)).isDirectory();
      } catch {
        return false;
      }
    });
    if (rootCache.size > 1e4) rootCache.clear();
    rootCache.set(dir, yes);
  }
  return yes;
}
var lastFile;
var lastPlace = null;
function directoryPlace(file) {
  if (file !== lastFile) {
    lastPlace = findPlace(file);
    lastFile = file;
  }
  return lastPlace;
}
var lastFolder;
var lastFolderPlace = null;
function findPlace(file) {
  if (!/\.json$/i.test(file)) return null;
  const plain = file.charCodeAt(0) === 47 && path2.sep === "/" && !file.includes("//") && !file.includes("/.");
  if (plain && lastFolder !== void 0 && file.lastIndexOf("/") === lastFolder.length && file.startsWith(lastFolder)) return lastFolderPlace;
  const { dirname, basename } = plain ? CUT : path2;
  const dir = dirname(file);
  const folder = basename(dir);
  if (Object.prototype.hasOwnProperty.call(DIRECTORY_FOLDERS, folder)) {
    const type = DIRECTORY_FOLDERS[folder];
    const place = { root: dirname(dir), type, kind: type };
    if (plain) {
      lastFolder = dir;
      lastFolderPlace = place;
    }
    return place;
  }
  if (folder === "connections" && isExportRoot(dirname(dir))) return { root: dirname(dir), type: "connection", kind: "connection" };
  const base2 = basename(file);
  if (/^(database|settings)\.json$/i.test(base2) && basename(dirname(dir)) === "database-connections") {
    const root = dirname(dirname(dir));
    if (isExportRoot(root)) return { root, type: "connection", kind: "database", database: true };
  }
  if (base2 === "tenant.json" && isExportRoot(dir)) return { root: dir, type: "tenantSettings", kind: "tenantSettings" };
  if (base2 === "prompts.json" && folder === "prompts" && isExportRoot(dirname(dir))) return { root: dirname(dir), type: "prompts", kind: "prompts" };
  return null;
}
var CUT = {
  dirname: (p) => {
    const i = p.lastIndexOf("/");
    return i <= 0 ? "/" : p.slice(0, i);
  },
  basename: (p) => p.slice(p.lastIndexOf("/") + 1)
};
function fallbackName(place, file) {
  return place.database ? path2.basename(path2.dirname(file)) : path2.basename(file, ".json");
}
function directoryTenantRoot(file) {
  return directoryPlace(file)?.root ?? null;
}
function directoryFiles(root, readDir) {
  const out = [];
  const plain = path2.isAbsolute(root) && path2.normalize(root) === root;
  const join = (dir, name) => !plain ? path2.join(dir, name) : dir.endsWith(path2.sep) ? dir + name : dir + path2.sep + name;
  for (const folder of [...Object.keys(DIRECTORY_FOLDERS), "connections"]) {
    const dir = join(root, folder);
    for (const n of [...readDir(dir).files].sort()) if (/\.json$/i.test(n)) out.push(join(dir, n));
  }
  const dbs = join(root, "database-connections");
  for (const d of [...readDir(dbs).dirs].sort()) {
    const files = readDir(join(dbs, d)).files;
    const meta = files.find((n) => n === "database.json") ?? files.find((n) => n === "settings.json");
    if (meta) out.push(join(join(dbs, d), meta));
  }
  if (readDir(root).files.includes("tenant.json")) out.push(join(root, "tenant.json"));
  if (readDir(join(root, "prompts")).files.includes("prompts.json")) out.push(join(join(root, "prompts"), "prompts.json"));
  return out;
}
var deployCliDirectory = {
  name: "deploy-cli-directory",
  format: "json",
  sniff: (file) => directoryPlace(file) !== null,
  extract(doc, file) {
    const place = directoryPlace(file);
    const v = doc.value;
    if (!isPlain(v) && doc.problems.length === 0) return null;
    const resources2 = [];
    if (isPlain(v)) {
      const name = place.type === "prompts" ? "prompts" : place.type === "tenantSettings" ? "tenant" : resourceName(place.type, v, () => fallbackName(place, file));
      resources2.push(resourceAt(place.type, name, v, doc, [], "deploy-cli-directory", false, place.database ? { database: true } : void 0));
    }
    return { tenantKey: place.root, resources: resources2, lists: doc.problems.length ? [] : [place.kind], absentCause: "absent" };
  }
};

// src/sources/payload/client-request.ts
var CLIENTS_LIKE = /^\/(?:api\/)?v\d+\/clients?(?=\/|$)/i;
var CANONICAL = "/api/v2/clients";
var CLIENT_ID = /^[A-Za-z0-9_-]+$/;
var WRITES = /* @__PURE__ */ new Set(["PATCH", "POST", "PUT"]);
function splitUrl(url) {
  const m = /^(?:[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*)?([^?#]*)(?:\?([^#]*))?/.exec(url.trim());
  return { path: m?.[1] || "/", query: m?.[2] ?? "" };
}
function classifyClientRequest(method, url) {
  const m = method.trim().toUpperCase();
  if (!WRITES.has(m)) return null;
  const { path: path12, query } = splitUrl(url);
  const prefix = CLIENTS_LIKE.exec(path12);
  if (!prefix) return null;
  const segments = path12.slice(prefix[0].length).split("/").slice(1);
  if (segments.length > 2 || segments.length === 2 && segments[1] !== "") return null;
  const problems = [];
  if (prefix[0] !== CANONICAL) problems.push({ kind: "wrongPath", path: path12 });
  const raw = segments[0] ?? "";
  let id;
  if (raw !== "") {
    try {
      id = decodeURIComponent(raw);
    } catch {
      id = raw;
    }
  }
  const create = m === "POST" && id === void 0;
  if (m === "PUT" || m === "POST" && id !== void 0) problems.push({ kind: "wrongMethod", method: m });
  if (!create) {
    if (id === void 0) problems.push({ kind: "missingId" });
    else if (!CLIENT_ID.test(id) || segments.length === 2) problems.push({ kind: "malformedId", id: segments.length === 2 ? `${raw}/` : id });
  }
  if (query !== "") problems.push({ kind: "query", query });
  return { method: m, kind: create ? "create" : "update", id, problems };
}

// src/sources/har/resource-request.ts
var SEGMENT = /^[^/?#]+$/;
function decode2(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function classifyResourceWrite(method, url) {
  const m = method.trim().toUpperCase();
  if (m !== "POST" && m !== "PATCH") return null;
  const segments = splitUrl(url).path.replace(/\/+$/, "").split("/").slice(1);
  if (segments[0] !== "api" || segments[1] !== "v2") return null;
  const [collection, id, sub, subId, ...rest] = segments.slice(2);
  if (rest.length || id !== void 0 && !SEGMENT.test(id)) return null;
  if (collection === "client-grants") {
    if (sub !== void 0) return null;
    if (m === "POST" && id === void 0) return { type: "clientGrant", kind: "create" };
    if (m === "PATCH" && id !== void 0) return { type: "clientGrant", kind: "update", id: decode2(id) };
    return null;
  }
  if (collection !== "organizations") return null;
  if (sub === void 0) {
    if (m === "POST" && id === void 0) return { type: "organization", kind: "create" };
    if (m === "PATCH" && id !== void 0) return { type: "organization", kind: "update", id: decode2(id) };
    return null;
  }
  if (id === void 0 || sub !== "enabled_connections") return null;
  if (m === "POST" && subId === void 0) return { type: "organization", kind: "create", id: decode2(id), connectionEntry: true };
  if (m === "PATCH" && subId !== void 0) return { type: "organization", kind: "update", id: decode2(id), connectionEntry: true };
  return null;
}

// src/sources/har/bearer-scopes.ts
var MAX_TOKEN = 16 * 1024;
function bearerScopes(authorization) {
  if (authorization.length > MAX_TOKEN) return void 0;
  const m = /^\s*Bearer\s+([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)\s*$/i.exec(authorization);
  if (!m) return void 0;
  let claims;
  try {
    claims = JSON.parse(Buffer.from(m[2], "base64url").toString("utf8"));
  } catch {
    return void 0;
  }
  if (typeof claims !== "object" || claims === null || Array.isArray(claims)) return void 0;
  const scope = claims.scope;
  if (typeof scope !== "string") return void 0;
  return scope.split(/\s+/).filter(Boolean);
}
function headerValue(headers, name) {
  if (!Array.isArray(headers)) return void 0;
  const want = name.toLowerCase();
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i];
    if (h && typeof h === "object" && typeof h.name === "string" && h.name.toLowerCase() === want && typeof h.value === "string") {
      return { value: h.value, index: i };
    }
  }
  return void 0;
}

// src/sources/json/json-string.ts
var SIMPLE_ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
function decodeJsonString(text, quoteAt) {
  if (text[quoteAt] !== '"') return null;
  const close = findClosingQuote(text, quoteAt);
  if (close === -1) return null;
  const starts = new Uint32Array(close - quoteAt);
  const parts = [];
  let n = 0;
  let run = quoteAt + 1;
  let i = run;
  while (i < close) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return null;
    if (c !== 92) {
      starts[n++] = i++;
      continue;
    }
    parts.push(text.slice(run, i));
    const e = text[i + 1];
    if (e === "u") {
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return null;
      parts.push(String.fromCharCode(parseInt(hex, 16)));
      starts[n++] = i;
      i += 6;
    } else if (e !== void 0 && e in SIMPLE_ESCAPES) {
      parts.push(SIMPLE_ESCAPES[e]);
      starts[n++] = i;
      i += 2;
    } else {
      return null;
    }
    run = i;
  }
  parts.push(text.slice(run, close));
  starts[n] = close;
  return { value: parts.join(""), starts: starts.subarray(0, n + 1) };
}
function findClosingQuote(text, quoteAt) {
  for (let i = quoteAt + 1; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === '"') return i;
  }
  return -1;
}
function outerSpan(decoded, span) {
  const clamp = (n) => Math.max(0, Math.min(n, decoded.value.length));
  return { start: decoded.starts[clamp(span.start)], end: decoded.starts[clamp(span.end)] };
}

// src/sources/json/embedded-json.ts
var DocumentWithEmbeddedJson = class {
  constructor(outer) {
    this.outer = outer;
  }
  outer;
  embedded = /* @__PURE__ */ new Map();
  /** Parse the string at `path` as JSON and mount it; null when there is no string there. */
  mount(path12) {
    const span = this.outer.locate(path12, "value");
    if (!span) return null;
    const decoded = decodeJsonString(this.outer.text, span.start);
    if (!decoded || decoded.starts[decoded.value.length] !== span.end - 1) return null;
    const inner = loadJson(this.outer.file, decoded.value, false);
    const e = { path: path12, decoded, inner };
    this.embedded.set(JSON.stringify(path12), e);
    return e;
  }
  /** The mounted string a path reaches into, and the rest of the path inside it. */
  find(path12) {
    if (this.embedded.size === 0) return void 0;
    for (let k = path12.length - 1; k >= 0; k--) {
      const e = this.embedded.get(JSON.stringify(path12.slice(0, k)));
      if (e) return { e, rest: path12.slice(k) };
    }
    return void 0;
  }
  /** The document, with `locate` seeing through the mounted strings. */
  document(extra = {}) {
    const outer = this.outer;
    const locate = (path12, target) => {
      const hit = this.find(path12);
      if (!hit) return outer.locate(path12, target);
      const { e, rest } = hit;
      const inner = e.inner.problems.length ? void 0 : e.inner.locate(rest, target);
      return inner ? outerSpan(e.decoded, inner) : outer.locate(e.path, "value");
    };
    return { ...outer, ...extra, locate };
  }
};

// src/sources/har/har.ts
var requestsOf = /* @__PURE__ */ new WeakMap();
function findRequests(root) {
  if (isPlain(root) && isPlain(root.log) && Array.isArray(root.log.entries)) {
    const out = [];
    root.log.entries.forEach((entry, i) => {
      if (isPlain(entry) && isPlain(entry.request)) out.push({ path: ["log", "entries", i, "request"], request: entry.request });
    });
    return out;
  }
  if (isPlain(root) && typeof root.method === "string" && typeof root.url === "string") return [{ path: [], request: root }];
  return [];
}
function isClientWrite(request) {
  return typeof request.method === "string" && typeof request.url === "string" && classifyClientRequest(request.method, request.url) !== null;
}
function loadHar(file, text, bom) {
  const outer = loadJson(file, text, bom);
  const composite = new DocumentWithEmbeddedJson(outer);
  const requests = [];
  if (outer.problems.length === 0) {
    for (const { path: path12, request } of findRequests(outer.value)) {
      const write = isClientWrite(request) ? void 0 : resourceWrite(request);
      if (!write && !isClientWrite(request)) continue;
      const post = request.postData;
      const body = isPlain(post) && typeof post.text === "string" ? composite.mount([...path12, "postData", "text"]) ?? void 0 : void 0;
      requests.push(write ? { path: path12, request, body, write } : { path: path12, request, body });
    }
  }
  const doc = composite.document({ placeholders: [], readOnly: true });
  requestsOf.set(doc, requests);
  return doc;
}
function requestResource(doc, r) {
  const method = String(r.request.method);
  const call = classifyClientRequest(method, String(r.request.url));
  const auth = headerValue(r.request.headers, "authorization");
  const payload = { method: call.method, kind: call.kind, call, scopes: auth ? bearerScopes(auth.value) : void 0 };
  if (auth) payload.authorizationHeader = auth.index;
  let value = {};
  let bodyPath = r.path;
  let problem;
  const post = r.request.postData;
  if (r.body) {
    bodyPath = r.body.path;
    const inner = r.body.inner;
    if (inner.problems.length) problem = { kind: "invalidJson", detail: inner.problems[0].message, at: ["postData", "text"] };
    else if (!isPlain(inner.value)) problem = { kind: "notObject", found: jsonType(inner.value), at: ["postData", "text"] };
    else value = inner.value;
  } else if (!(isPlain(post) && (Array.isArray(post.params) || /x-www-form-urlencoded/i.test(String(post.mimeType ?? ""))))) {
    problem = { kind: "missing", at: isPlain(post) ? ["postData"] : ["method"] };
  }
  if (problem) payload.bodyProblem = problem;
  const name = typeof value.name === "string" && value.name !== "" ? value.name : call.id ? `client ${call.id}` : `${call.method} ${splitUrl(String(r.request.url)).path}`;
  payload.request = resourceAt("client", name, r.request, doc, r.path, "har", true);
  return resourceAt("client", name, value, doc, bodyPath, "har", call.kind === "update", { payload });
}
function resourceWrite(request) {
  return typeof request.method === "string" && typeof request.url === "string" ? classifyResourceWrite(request.method, request.url) : null;
}
function writeResource(doc, r, w) {
  if (!r.body || r.body.inner.problems.length || !isPlain(r.body.inner.value)) return null;
  const value = r.body.inner.value;
  const bodyPath = r.body.path;
  const what = w.type === "clientGrant" ? "client grant" : "organization";
  const fallback = w.id ? `${what} ${w.id}` : `new ${what}`;
  const meta = { har: { method: String(r.request.method).toUpperCase(), id: w.id } };
  if (!w.connectionEntry) {
    const name = w.type === "clientGrant" ? typeof value.client_id === "string" ? resourceName("clientGrant", value, fallback) : fallback : resourceName("organization", value, fallback);
    return resourceAt(w.type, name, value, doc, bodyPath, "har", w.kind === "update", meta);
  }
  const org = { connections: [value] };
  return resourceAt("organization", fallback, org, entryDocument(doc, [...bodyPath, "connections", 0], bodyPath), bodyPath, "har", true, meta);
}
function entryDocument(doc, from, to) {
  const key = JSON.stringify(from).slice(0, -1);
  const locate = (p, target) => {
    const s = JSON.stringify(p.slice(0, from.length));
    return doc.locate(s.slice(0, -1) === key ? [...to, ...p.slice(from.length)] : p, target);
  };
  return { ...doc, locate };
}
var harCapture = {
  name: "har",
  format: "json",
  sniff: (file, text) => /\.har$/i.test(file) || /\.json$/i.test(file) && /"method"\s*:/.test(text) && /"url"\s*:/.test(text),
  load: (file, text, bom) => loadHar(file, text, bom),
  extract(doc, file) {
    const requests = requestsOf.get(doc) ?? [];
    const isHarFile = /\.har$/i.test(file);
    if (!isHarFile && doc.problems.length === 0 && requests.length === 0) return null;
    const resources2 = [];
    for (const r of requests) {
      if (!r.write) resources2.push(requestResource(doc, r));
      else {
        const w = writeResource(doc, r, r.write);
        if (w) resources2.push(w);
      }
    }
    return { tenantKey: file, resources: resources2 };
  }
};

// src/sources/json/api-dump.ts
function makeResource(type, value, doc, at, origin2, fallbackName2, partial = false) {
  return { type, name: resourceName(type, value, fallbackName2), value, doc, path: at, origin: origin2, partial };
}
var CLIENT_FIELDS = [
  "client_id",
  "app_type",
  "organization_usage",
  "organization_require_behavior",
  "organization_discovery_methods",
  "default_organization",
  "token_endpoint_auth_method",
  "is_first_party",
  "oidc_conformant",
  "jwt_configuration",
  "allowed_logout_urls",
  "web_origins",
  "initiate_login_uri",
  "cross_origin_authentication",
  "client_metadata"
];
function looksLikeClient(v) {
  const has2 = (k) => Object.hasOwn(v, k);
  if (!isPlain(v)) return false;
  if (CLIENT_FIELDS.some(has2) || has2("name") && (has2("callbacks") || has2("grant_types"))) return true;
  if (typeof v.name !== "string") return false;
  return Object.keys(v).some((k) => {
    const near = nearMissField(k, CLIENT_SCHEMA);
    return near !== void 0 && CLIENT_FIELDS.includes(near);
  });
}
function looksLikeGrant(v) {
  return isPlain(v) && typeof v.client_id === "string" && typeof v.audience === "string";
}
function looksLikeOrganization(v) {
  if (!isPlain(v)) return false;
  if (typeof v.id === "string" && v.id.startsWith("org_")) return true;
  return typeof v.name === "string" && (Object.hasOwn(v, "display_name") || Array.isArray(v.connections) || Array.isArray(v.enabled_connections) || isPlain(v.branding));
}
var DUMP_LISTS = {
  clients: { type: "client", looksLike: looksLikeClient },
  client_grants: { type: "clientGrant", looksLike: looksLikeGrant },
  organizations: { type: "organization", looksLike: looksLikeOrganization }
};
var PAGING_KEYS = /* @__PURE__ */ new Set(["start", "limit", "total", "length", "next"]);
var apiDump = {
  name: "api-dump",
  format: "json",
  sniff: (file, text) => /\.json$/i.test(file) && /"(clients|client_grants|organizations)"|^\s*\[/.test(text),
  extract(doc, file) {
    const v = doc.value;
    const resources2 = [];
    const add = (list, type, base2, key) => list.forEach((item, i) => {
      if (isPlain(item)) resources2.push(makeResource(type, item, doc, [...base2, i], "api-dump", `${key}[${i}]`));
    });
    if (Array.isArray(v)) {
      if (v.some(looksLikeClient)) add(v, "client", [], "clients");
      else if (v.length && v.every(looksLikeOrganization)) add(v, "organization", [], "organizations");
      else if (v.length && v.every(looksLikeGrant)) add(v, "clientGrant", [], "client_grants");
      else return null;
      const only = resources2[0].type;
      return { tenantKey: file, resources: resources2, lists: only === "organization" ? ["organization"] : only === "clientGrant" ? ["clientGrant"] : [] };
    }
    if (!isPlain(v)) return null;
    const keys = Object.keys(v);
    const present = keys.filter((k) => Object.hasOwn(DUMP_LISTS, k) && Array.isArray(v[k]));
    if (present.length === 0) return null;
    const onlyDumpKeys = keys.every((k) => Object.hasOwn(DUMP_LISTS, k) || PAGING_KEYS.has(k));
    const recognised = present.filter((k) => v[k].some(DUMP_LISTS[k].looksLike));
    if (recognised.length === 0 && !(onlyDumpKeys && present.every((k) => v[k].length === 0))) return null;
    for (const k of present) add(v[k], DUMP_LISTS[k].type, [k], k);
    const lists = [];
    if (Array.isArray(v.organizations)) lists.push("organization");
    if (Array.isArray(v.client_grants)) lists.push("clientGrant");
    return { tenantKey: file, resources: resources2, lists };
  }
};

// src/sources/terraform/module-kind.ts
import path7 from "node:path";

// src/sources/terraform/hcl-module.ts
import { readdirSync } from "node:fs";
import path6 from "node:path";

// src/sources/terraform/hcl-directives.ts
var DIRECTIVE = /(?:(#|\/\/)[ \t]*|(\/\*)[\s*]*)orglint-(disable-next-line|disable-line|disable-file|disable|enable)\b/g;
function hclDirectives(text, tree) {
  if (!text.includes("orglint-")) return [];
  const out = [];
  const lineOf = lineCounter(text);
  for (const m of text.matchAll(DIRECTIVE)) {
    const at = m.index;
    const node = tree.rootNode.descendantForIndex(at, at + 1);
    if (node?.type !== "comment" || node.startIndex !== at) continue;
    const after = at + m[0].length;
    const line = lineOf(at);
    let rest;
    let endLine;
    if (m[2]) {
      const end = node.endIndex;
      if (!text.startsWith("*/", end - 2) || end - 2 < after) continue;
      rest = text.slice(after, end - 2).replace(/\r?\n[ \t]*\*(?!\/)/g, "\n").replace(/\s+/g, " ");
      const last = lineOf(end - 1);
      if (last !== line) endLine = last;
    } else rest = text.slice(after, lineEnd(text, after));
    const [idsPart, ...reason] = rest.split(/\s--\s?|^--\s?/);
    const ruleIds = idsPart.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
    out.push({
      kind: m[3],
      ruleIds,
      reason: reason.length ? reason.join(" -- ").trim() : void 0,
      line,
      ...endLine !== void 0 ? { endLine } : {},
      span: { start: at, end: node.endIndex }
    });
  }
  return out;
}
var LINE_END = /[\r\n]/g;
function lineEnd(text, from) {
  LINE_END.lastIndex = from;
  return LINE_END.exec(text)?.index ?? text.length;
}
function lineCounter(text) {
  let line = 1;
  let counted = 0;
  return (offset) => {
    if (offset < counted) {
      line = 1;
      counted = 0;
    }
    for (let nl = text.indexOf("\n", counted); nl !== -1 && nl < offset; nl = text.indexOf("\n", nl + 1)) {
      line++;
      counted = nl + 1;
    }
    return line;
  };
}

// src/sources/terraform/hcl-parser.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path3 from "node:path";
import { fileURLToPath } from "node:url";
var WASM = { runtime: "tree-sitter.wasm", grammar: "tree-sitter-hcl.wasm" };
function wasmPath(name) {
  const file = WASM[name];
  const here = path3.dirname(fileURLToPath(import.meta.url));
  for (const dir of [path3.join(here, "wasm"), path3.join(here, "..", "wasm")]) {
    if (existsSync(path3.join(dir, file))) return path3.join(dir, file);
  }
  const require2 = createRequire(import.meta.url);
  return name === "runtime" ? require2.resolve("web-tree-sitter/tree-sitter.wasm") : path3.join(path3.dirname(require2.resolve("@tree-sitter-grammars/tree-sitter-hcl/package.json")), file);
}
var parser;
var ready;
function loadedHclParser() {
  return ready;
}
function hclParser() {
  parser ??= (async () => {
    const { Parser, Language } = await import("./tree-sitter-ZZAKTP6R.js");
    const runtime = wasmPath("runtime");
    await Parser.init({ locateFile: () => runtime });
    const language = await Language.load(wasmPath("grammar"));
    const p = new Parser();
    p.setLanguage(language);
    ready = p;
    return p;
  })();
  parser.catch(() => parser = void 0);
  return parser;
}
var MAX_PROBLEMS = 100;
function syntaxProblems(tree) {
  const found = tree.rootNode.descendantsOfType(["string_lit", "quoted_template", "body"]).filter((n) => !!n);
  const problems = [...multiLineStrings(tree, found.filter((n) => n.type !== "body")), ...redefined(found.filter((n) => n.type === "body"))];
  if (!tree.rootNode.hasError) return problems;
  const visit = (n, depth2 = 0) => {
    if (problems.length >= MAX_PROBLEMS) return;
    if (depth2 > 200) {
      problems.push({ message: "invalid HCL: nesting is too deep to read", span: { start: n.startIndex, end: n.endIndex } });
      return;
    }
    if (n.isMissing) {
      problems.push({ message: `invalid HCL: missing ${describeToken(n.type)}`, span: { start: n.startIndex, end: n.endIndex } });
      return;
    }
    if (n.isError) {
      const text = n.text.split(/\r?\n/)[0].slice(0, 40);
      problems.push({ message: `invalid HCL: unexpected ${JSON.stringify(text)}`, span: { start: n.startIndex, end: n.endIndex } });
      return;
    }
    if (!n.hasError) return;
    for (const c of n.children) if (c) visit(c, depth2 + 1);
  };
  visit(tree.rootNode);
  if (problems.length === 0) problems.push({ message: "invalid HCL", span: { start: 0, end: 0 } });
  return problems;
}
function describeToken(type) {
  return /^[a-z_]+$/.test(type) ? type.replace(/_/g, " ") : JSON.stringify(type);
}
function multiLineStrings(tree, strings) {
  const text = tree.rootNode.text;
  if (!text.includes("\n")) return [];
  const problems = [];
  for (const q of strings) {
    if (!q || problems.length >= MAX_PROBLEMS || !q.text.includes("\n")) continue;
    let from = q.startIndex;
    for (const c of [...q.children, null]) {
      const to = c ? c.startIndex : q.endIndex;
      const nl = text.slice(from, to).search(/\r?\n/);
      const inside = c?.type === "template_literal" ? c.text.search(/\r?\n/) : -1;
      if (nl !== -1 || inside !== -1) {
        const at = nl !== -1 ? from + nl : c.startIndex + inside;
        problems.push({ message: "invalid HCL: a quoted string cannot span lines (use a heredoc)", span: { start: at, end: at + 1 } });
        break;
      }
      if (c) from = c.endIndex;
    }
  }
  return problems;
}
function redefined(bodies) {
  const problems = [];
  for (const body of bodies) {
    if (!body || problems.length >= MAX_PROBLEMS) continue;
    const seen = /* @__PURE__ */ new Set();
    for (const a of body.namedChildren) {
      const id = a?.type === "attribute" ? a.namedChildren[0] : void 0;
      if (!id) continue;
      if (seen.has(id.text)) problems.push({ message: `invalid HCL: the argument ${JSON.stringify(id.text)} is set twice in one block (Terraform refuses it)`, span: { start: id.startIndex, end: id.endIndex } });
      seen.add(id.text);
    }
  }
  return problems;
}

// src/sources/terraform/override-file.ts
import path4 from "node:path";
var isOverride = (file) => /(^|_)override\.tf(\.json)?$/.test(path4.basename(file));

// src/sources/terraform/overrides.ts
import path5 from "node:path";
var base = (file) => path5.basename(file);
var oneBlock = (v) => Array.isArray(v) && v.length === 1 && typeof v[0] === "object" && v[0] !== null && !Array.isArray(v[0]);
var ModuleOverrides = class {
  /** `address|key` → the override blocks that set it, in the order applied (the last one's value is the value) */
  setters = /* @__PURE__ */ new Map();
  /** per resource overridden: its primary declaration and the names that declaration sets */
  primary = /* @__PURE__ */ new Map();
  /** `file|address` of the resources an override file holds more than one block of (the fixer edits the first) */
  repeated = /* @__PURE__ */ new Set();
  /** Merge the blocks (read) into the resources of the other files (changed in place). */
  constructor(blocks, resources2) {
    const byAddress = new Map(resources2.map((t) => [t.address, t]));
    const sorted = [...blocks].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset);
    const seen = /* @__PURE__ */ new Set();
    for (const o of sorted) {
      const key = `${o.file}|${o.address}`;
      if (seen.has(key)) this.repeated.add(key);
      seen.add(key);
    }
    for (const o of sorted) {
      const tf = byAddress.get(o.address);
      if (!tf) continue;
      const computed = (k) => tf.values[k] === KNOWN_AFTER_APPLY && (COMPUTED[tf.type] ?? []).includes(k);
      if (!this.primary.has(o.address)) this.primary.set(o.address, { tf, keys: new Set(Object.keys(tf.values).filter((k) => !computed(k))) });
      for (const k of o.values ? Object.keys(o.values) : o.keys) {
        define(tf.values, k, o.values ? o.values[k] : UNKNOWN);
        const key = `${o.address}|${k}`;
        const list = this.setters.get(key);
        if (list) list.push(o);
        else this.setters.set(key, [o]);
      }
    }
    for (const { tf } of this.primary.values()) {
      const own = tf.ref.bind(tf);
      tf.ref = (p, targetType) => {
        const last = this.setters.get(`${tf.address}|${String(p[0])}`)?.at(-1);
        if (!last) return own(p, targetType);
        const found = [...last.rec?.refs.get(JSON.stringify([...tf.at, ...p])) ?? []].filter((k) => k.startsWith(`|${targetType}.`));
        return found.length === 1 ? found[0] : void 0;
      };
    }
  }
  /** the override blocks that set the top-level name of a source path (`['resource', type, name, key, ...]`) */
  settersOf(p) {
    return p[0] === "resource" && p.length >= 4 ? this.setters.get(`${String(p[1])}.${String(p[2])}|${String(p[3])}`) : void 0;
  }
  /**
   * Give the documents their override answers, once the resources are mapped (the path redirects are made then):
   * each override file's document gets the redirects of the resources it overrides, each overridden resource's
   * document points the paths overrides set at them.
   */
  attach() {
    const primaryDocs = /* @__PURE__ */ new Set();
    const overrideDocs = /* @__PURE__ */ new Set();
    for (const list of this.setters.values()) {
      for (const o of list) {
        const { tf } = this.primary.get(o.address);
        primaryDocs.add(tf.doc);
        if (!o.doc || overrideDocs.has(o.doc)) continue;
        overrideDocs.add(o.doc);
      }
    }
    for (const d of overrideDocs) for (const p of primaryDocs) redirects(d).copyFrom(redirects(p));
    for (const doc of primaryDocs) this.attachPrimary(doc);
    for (const doc of overrideDocs) this.attachOverride(doc);
    return [...overrideDocs];
  }
  attachPrimary(doc) {
    const resolve = (p) => this.settersOf(redirects(doc).resolve(p));
    doc.documentOf = (p) => resolve(p)?.at(-1)?.doc;
    doc.replacedAt = (p) => {
      const r = redirects(doc).resolve(p);
      const last = this.settersOf(r)?.at(-1);
      const primary = this.primary.get(`${String(r[1])}.${String(r[2])}`);
      const attr = String(r[3]);
      if (!last?.doc || !primary?.keys.has(attr)) return void 0;
      const span = doc.locate(r.slice(0, 4), "value");
      if (!span) return void 0;
      return { file: doc.file, ...spanToPosition(doc, span), message: `${primary.tf.address} sets ${attr} here too; ${base(last.file)} replaces it` };
    };
    const origin2 = doc.valueOrigin?.bind(doc);
    if (origin2) doc.valueOrigin = (p) => resolve(p) ? void 0 : origin2(p);
    const left = doc.fixLeft?.bind(doc);
    doc.fixLeft = (p, op) => {
      const list = resolve(p);
      if (!list) return left?.(p, op);
      const r = redirects(doc).resolve(p);
      return `${String(r[3])} is set again in ${base(list[list.length - 1].file)}, which Terraform merges over this file: change it there`;
    };
  }
  attachOverride(doc) {
    const left = doc.fixLeft?.bind(doc);
    doc.fixLeft = (p, op) => {
      const r = redirects(doc).resolve(p);
      if (r[0] !== "resource" || r.length < 4) return left?.(p, op);
      const attr = String(r[3]);
      const address = `${String(r[1])}.${String(r[2])}`;
      if (this.repeated.has(`${doc.file}|${address}`)) return `${base(doc.file)} holds more than one block of ${address}: change it by hand`;
      const list = this.settersOf(r) ?? [];
      const last = list[list.length - 1];
      const primary = this.primary.get(address);
      const elsewhere = last ? last.doc === doc ? void 0 : last.file : primary?.keys.has(attr) ? primary.tf.doc.file : void 0;
      if (elsewhere) return `the fix also changes ${attr}, which ${base(elsewhere)} sets: change the two files by hand`;
      const whole = r.length === 4 || r.length === 5 && typeof r[4] === "number" && oneBlock(primary?.tf.values[attr]);
      if (last && op !== "set" && whole) {
        const before = list.length > 1 ? list[list.length - 2].file : primary?.keys.has(attr) ? primary.tf.doc.file : void 0;
        if (before) return `removing ${attr} from ${base(doc.file)} would bring back the value ${base(before)} sets`;
      }
      return left?.(p, op);
    };
  }
};

// src/sources/terraform/hcl-module.ts
var CONFIG_FILE = /\.tf(\.json)?$/i;
var TF_JSON = /\.tf\.json$/i;
var META = /* @__PURE__ */ new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection"]);
function bodyKeys(body) {
  const out = [];
  for (const c of body?.namedChildren ?? []) {
    const k = c?.namedChildren[0];
    if (c?.type === "attribute" && k) out.push(k.text);
    else if (c?.type === "block" && k) {
      const label = k.text === "dynamic" && c.namedChildren[1] ? labelText(c.namedChildren[1]) : k.text;
      if (label !== void 0) out.push(label);
    }
  }
  return out;
}
var UNREADABLE = "\0unreadable";
var moduleOf = /* @__PURE__ */ new WeakMap();
var cache = /* @__PURE__ */ new Map();
async function loadModule(folder, opts) {
  const texts = await readFolder(folder, opts);
  const signature = JSON.stringify(texts.map((t) => [t.file, t.text, t.unreadable?.message]));
  const hit = cache.get(folder);
  if (hit?.signature === signature) return hit.module;
  const readable = texts.filter((t) => !t.unreadable || !CONFIG_FILE.test(t.file));
  const unreadable = texts.flatMap((t) => t.unreadable ? [{ file: t.file, ...t.unreadable }] : []);
  const module = hclParser().then((parser2) => {
    const m = buildModule(parser2, readable.filter((t) => /\.tf$/i.test(t.file)), readable, readable.filter((t) => TF_JSON.test(t.file)), unreadable.some((u) => CONFIG_FILE.test(u.file)));
    m.unreadable = unreadable;
    return m;
  });
  cache.set(folder, { signature, module });
  return module;
}
async function readFolder(folder, opts) {
  let names = [];
  try {
    names = readdirSync(folder, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  } catch {
    names = [];
  }
  for (const f of opts.overlay?.keys() ?? []) if (path6.dirname(f) === folder && !names.includes(path6.basename(f))) names.push(path6.basename(f));
  names.sort();
  const tf = names.filter((n) => CONFIG_FILE.test(n));
  const vars = [
    ...["terraform.tfvars", "terraform.tfvars.json"].filter((n) => names.includes(n)),
    ...names.filter((n) => /\.auto\.tfvars(\.json)?$/.test(n))
  ].map((n) => path6.join(folder, n));
  const out = [];
  for (const file of [...tf.map((n) => path6.join(folder, n)), ...vars, ...opts.varFiles ?? []]) {
    const shadow = opts.overlay?.get(file);
    if (shadow) {
      out.push({ file, ...shadow });
      continue;
    }
    const read = await readTextFile(file, opts.maxFileSize);
    if (read.ok) out.push({ file, text: read.text, bom: read.bom });
    else out.push({ file, text: UNREADABLE, bom: false, unreadable: { rule: read.rule, message: read.message } });
  }
  return out;
}
function declaredAgain(kind, name, first, at) {
  const pos = spanToPosition(first.file, first.span);
  const where = `${first.file.file === at.file ? "" : `${path6.basename(first.file.file)}:`}${pos.line}:${pos.column}`;
  return `invalid Terraform: the ${kind} "${name}" is declared again here (first at ${where}); Terraform refuses a module that declares a ${kind} twice`;
}
function origin(name, f, span) {
  return { name, file: f.file, span, position: spanToPosition(f, span) };
}
function topBlocks(tree) {
  const body = tree.rootNode.namedChildren.find((c) => c?.type === "body");
  if (!body) return [];
  const out = [];
  for (const b of body.namedChildren) {
    if (b?.type !== "block") continue;
    const kids = b.namedChildren.filter((c) => !!c);
    const labels = kids.slice(1).filter((c) => c.type === "string_lit" || c.type === "identifier").map(labelText);
    out.push({ kind: kids[0]?.text ?? "", labels, node: b, body: kids.find((c) => c.type === "body") ?? null });
  }
  return out;
}
function attributes(body) {
  const out = [];
  for (const a of body?.namedChildren ?? []) {
    if (a?.type !== "attribute") continue;
    const id = a.namedChildren[0];
    const expr = a.namedChildren.find((c) => c?.type === "expression");
    if (id && expr) out.push({ name: id.text, id, expr });
  }
  return out;
}
var LITERAL_SCOPE = { variable: () => void 0, local: () => void 0, resource: () => void 0 };
function literal(expr) {
  try {
    return evalExpr(expr, [], { scope: LITERAL_SCOPE, rec: new Recorder(), attr: [] });
  } catch (err) {
    if (err instanceof TooDeepError) return UNKNOWN;
    throw err;
  }
}
var noBase = (kind, name) => `invalid Terraform: the override file sets the ${kind} "${name}", which no other file of the module declares; Terraform refuses an override of a ${kind} that is not declared`;
function buildModule(parser2, tfFiles, all, jsonFiles, configUnreadable) {
  const trees = [];
  try {
    let readResources2 = function(f, blocks, doc, root, rec) {
      for (const b of blocks) {
        const [type, name] = b.labels;
        if (b.kind !== "resource" || !type || !name || !isReadType(type)) continue;
        const overriding = overrides.get(`${f.file}|${String(b.node.id)}`);
        if (!overriding && resources2.get(`${type}.${name}`)?.id !== b.node.id) continue;
        const at = ["resource", type, name];
        const values = evalBody(b.body, at, scope, rec, at, true);
        if (!overriding) {
          for (const key of COMPUTED[type] ?? []) if (!(key in values)) define(values, key, KNOWN_AFTER_APPLY);
        }
        const byType = isPlain(root.resource) ? root.resource : root.resource = {};
        const ofType = isPlain(byType[type]) ? byType[type] : byType[type] = {};
        define(ofType, name, values);
        const label = b.node.namedChildren[2] ?? b.node;
        rec.span(at, spanOf(label), spanOf(label));
        if (overriding) {
          Object.assign(overriding, { values, doc, rec });
          continue;
        }
        const instanced = resources2.get(`${type}.${name}`).instanced;
        tfResources.push({
          type,
          address: `${type}.${name}`,
          configKey: `|${type}.${name}`,
          values,
          doc,
          at,
          meta: instanced ? { instances: "unknown" } : {},
          ref(p, targetType) {
            const found = [...rec.refs.get(JSON.stringify([...at, ...p])) ?? []].filter((k) => k.startsWith(`|${targetType}.`));
            return found.length === 1 ? found[0] : void 0;
          }
        });
      }
    };
    var readResources = readResources2;
    const parsed = tfFiles.map((f) => {
      const tree = parser2.parse(f.text);
      trees.push(tree);
      return { f, tree, problems: syntaxProblems(tree), directives: hclDirectives(f.text, tree), blocks: topBlocks(tree) };
    });
    const variables = /* @__PURE__ */ new Map();
    const locals = /* @__PURE__ */ new Map();
    const resources2 = /* @__PURE__ */ new Map();
    const overrides = /* @__PURE__ */ new Map();
    let primaryBroken = configUnreadable;
    const override = (f, id, offset, type, name, names, instanced, span, problems) => {
      const r = resources2.get(`${type}.${name}`);
      if (!r) {
        if (!primaryBroken) problems.push({ message: noBase("resource", `${type}.${name}`), span });
        return;
      }
      overrides.set(`${f.file}|${String(id)}`, { file: f.file, offset, address: `${type}.${name}`, keys: names.filter((n) => !META.has(n)) });
      if (instanced) r.instanced = true;
    };
    const undeclared = (kind, name, span, problems) => {
      if (primaryBroken || (kind === "variable" ? variables.has(name) : locals.has(name))) return false;
      problems.push({ message: noBase(kind, name), span });
      return true;
    };
    const declared = /* @__PURE__ */ new Map();
    const once = (kind, name, file, span, problems) => {
      const first = declared.get(`${kind}|${name}`);
      if (first) problems.push({ message: declaredAgain(kind, name, first, file), span });
      else declared.set(`${kind}|${name}`, { file, span });
      return !!first;
    };
    const jsonParsed = jsonFiles.map(readTfJson);
    for (const pass of [false, true]) {
      if (pass) primaryBroken ||= parsed.some((p) => p.problems.length && !isOverride(p.f.file)) || jsonParsed.some((j) => j.problems.length && !isOverride(j.f.file));
      const hcl = ({ f, problems, blocks }) => {
        if (problems.length || isOverride(f.file) !== pass) return;
        for (const b of blocks) {
          if (b.kind === "variable" && b.labels[0] !== void 0) {
            const nameSpan = spanOf(b.node.namedChildren[1] ?? b.node);
            if (pass ? undeclared("variable", b.labels[0], nameSpan, problems) : once("variable", b.labels[0], f, nameSpan, problems)) continue;
            const attrs = attributes(b.body);
            const def = attrs.find((a) => a.name === "default");
            const sensitive = attrs.some((a) => a.name === "sensitive" && a.expr.text.trim() === "true");
            const v = pass ? variables.get(b.labels[0]) ?? { value: UNKNOWN, sensitive, declared: true } : { value: UNKNOWN, sensitive, declared: true };
            v.sensitive ||= sensitive;
            if (def) {
              v.value = literal(def.expr);
              v.origin = origin(`var.${b.labels[0]}`, f, spanOf(def.expr));
            }
            variables.set(b.labels[0], v);
          } else if (b.kind === "resource" && pass && b.labels[0] && b.labels[1]) {
            const instanced = attributes(b.body).some((a) => a.name === "count" || a.name === "for_each");
            override(f, b.node.id, b.node.startIndex, b.labels[0], b.labels[1], bodyKeys(b.body), instanced, spanOf(b.node.namedChildren[2] ?? b.node), problems);
          } else if (b.kind === "locals") {
            for (const a of attributes(b.body)) {
              if (pass ? undeclared("local value", a.name, spanOf(a.id), problems) : once("local value", a.name, f, spanOf(a.id), problems)) continue;
              locals.set(a.name, { file: f, span: spanOf(a.expr), evaluate: (scope2, rec) => evalExpr(a.expr, ["local"], { scope: scope2, rec, attr: [] }) });
            }
          } else if (b.kind === "resource" && !pass && b.labels.length === 2 && b.labels[0] && b.labels[1]) {
            const instanced = attributes(b.body).some((a) => a.name === "count" || a.name === "for_each");
            const span = spanOf(b.node.namedChildren[2] ?? b.node);
            const first = resources2.get(`${b.labels[0]}.${b.labels[1]}`);
            if (first) problems.push({ message: declaredAgain("resource", `${first.type}.${first.name}`, first, f), span });
            else resources2.set(`${b.labels[0]}.${b.labels[1]}`, { file: f, id: b.node.id, type: b.labels[0], name: b.labels[1], instanced, span });
          }
        }
      };
      const json = (j) => {
        if (j.problems.length || isOverride(j.f.file) !== pass) return;
        for (const v of j.variables) {
          if (pass ? undeclared("variable", v.name, v.nameSpan, j.problems) : once("variable", v.name, j.f, v.nameSpan, j.problems)) continue;
          const old = pass ? variables.get(v.name) : void 0;
          if (old && !v.span) old.sensitive ||= v.sensitive;
          else variables.set(v.name, { value: v.value, sensitive: v.sensitive || !!old?.sensitive, declared: true, origin: v.span ? origin(`var.${v.name}`, j.f, v.span) : void 0 });
        }
        for (const l of j.locals) {
          if (pass ? undeclared("local value", l.name, l.nameSpan, j.problems) : once("local value", l.name, j.f, l.nameSpan, j.problems)) continue;
          locals.set(l.name, { file: j.f, span: { start: l.node.offset, end: l.node.offset + l.node.length }, evaluate: (scope2, rec) => tfJsonLocal(l.node, l.jsonPath, scope2, rec, parser2) });
        }
        if (pass) for (const r of j.resources) override(j.f, r.body.offset, r.body.offset, r.type, r.name, jsonBodyKeys(r.body), r.instanced, { start: r.nameKey.offset, end: r.nameKey.offset + r.nameKey.length }, j.problems);
        else
          for (const r of j.resources) {
            const span = typeof r.jsonPath[r.jsonPath.length - 1] === "number" ? { start: r.body.offset, end: r.body.offset + 1 } : { start: r.nameKey.offset, end: r.nameKey.offset + r.nameKey.length };
            const first = resources2.get(`${r.type}.${r.name}`);
            if (first) j.problems.push({ message: declaredAgain("resource", `${first.type}.${first.name}`, first, j.f), span });
            else resources2.set(`${r.type}.${r.name}`, { file: j.f, id: r.body, type: r.type, name: r.name, instanced: r.instanced, span });
          }
      };
      if (!pass) {
        for (const p of parsed) hcl(p);
        for (const j of jsonParsed) json(j);
        continue;
      }
      const ordered = [
        ...parsed.filter((p) => isOverride(p.f.file)).map((p) => ({ file: p.f.file, apply: () => hcl(p) })),
        ...jsonParsed.filter((j) => isOverride(j.f.file)).map((j) => ({ file: j.f.file, apply: () => json(j) }))
      ];
      ordered.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
      for (const o of ordered) o.apply();
    }
    const brokenVarFiles = [];
    for (const f of all) {
      if (CONFIG_FILE.test(f.file)) continue;
      const problems = readVarFile(parser2, f, variables, trees);
      if (problems.length) brokenVarFiles.push(makeDoc(f, {}, new Recorder(), problems, []));
    }
    const scope = {
      variable(name) {
        const v = variables.get(name);
        if (!v || !v.declared || v.sensitive || v.value === UNKNOWN) return void 0;
        return { value: v.value, origin: v.origin };
      },
      local(name) {
        const l = locals.get(name);
        if (!l || l.busy) return void 0;
        if (!l.value) {
          l.busy = true;
          const rec = new Recorder();
          let value = UNKNOWN;
          try {
            value = l.evaluate(scope, rec);
          } catch (err) {
            if (!(err instanceof TooDeepError)) throw err;
          }
          l.value = { value, origin: rec.origins.get(JSON.stringify(["local"])) ?? origin(`local.${name}`, l.file, l.span) };
          l.busy = false;
        }
        return l.value.value === UNKNOWN ? void 0 : l.value;
      },
      resource(type, name) {
        const r = resources2.get(`${type}.${name}`);
        return r && !r.instanced ? `|${type}.${name}` : void 0;
      }
    };
    const docs = /* @__PURE__ */ new Map();
    const tfResources = [];
    for (const { f, blocks, problems, directives } of parsed) {
      const rec = new Recorder();
      const root = {};
      const doc = makeDoc(f, root, rec, problems, directives);
      docs.set(f.file, doc);
      if (problems.length) continue;
      const before = tfResources.length;
      try {
        readResources2(f, blocks, doc, root, rec);
      } catch (err) {
        if (!(err instanceof TooDeepError)) throw err;
        problems.push({ message: err.message, span: err.at });
        tfResources.length = before;
        for (const o of overrides.values()) if (o.doc === doc) o.values = o.doc = o.rec = void 0;
        delete root.resource;
      }
    }
    for (const j of jsonParsed) {
      const rec = new Recorder();
      const root = {};
      const doc = makeDoc(j.f, root, rec, j.problems, j.directives);
      docs.set(j.f.file, doc);
      if (j.problems.length) continue;
      try {
        const overriding = (r) => overrides.get(`${j.f.file}|${r.body.offset}`);
        const current = (r) => resources2.get(`${r.type}.${r.name}`)?.id === r.body;
        tfResources.push(...tfJsonResources(j, doc, root, rec, scope, parser2, current, (r, values) => Object.assign(overriding(r) ?? {}, { values, doc, rec }), (r) => !!overriding(r)));
      } catch (err) {
        if (!(err instanceof TooDeepError)) throw err;
        j.problems.push({ message: "invalid JSON: nesting is too deep to read", span: err.at });
        for (const o of overrides.values()) if (o.doc === doc) o.values = o.doc = o.rec = void 0;
        delete root.resource;
      }
    }
    const merged = overrides.size ? new ModuleOverrides([...overrides.values()], tfResources) : void 0;
    const mapped = mapTerraform(tfResources);
    const overrideDocs = merged?.attach() ?? [];
    const byDoc = /* @__PURE__ */ new Map();
    for (const r of mapped) {
      const list = byDoc.get(r.doc);
      if (list) list.push(r);
      else byDoc.set(r.doc, [r]);
    }
    const loaded = { docs, brokenVarFiles, unreadable: [], resources: byDoc, hasClientGrants: holdsClientGrants(tfResources), overrideDocs };
    for (const doc of docs.values()) moduleOf.set(doc, loaded);
    return loaded;
  } finally {
    for (const t of trees) t.delete();
  }
}
function readVarFile(parser2, f, variables, trees) {
  const unknownAll = () => {
    for (const v of variables.values()) v.value = UNKNOWN;
  };
  if (f.text === UNREADABLE) {
    unknownAll();
    return [];
  }
  const set = (name, value, span) => {
    const v = variables.get(name);
    if (!v) return;
    v.value = value;
    v.origin = origin(`var.${name}`, f, span);
  };
  if (/\.json$/i.test(f.file)) {
    const parsed = strictJson(f);
    const root = parsed.problems.length ? void 0 : parseTree(f.text);
    if (!root || !isPlain(parsed.value)) {
      unknownAll();
      const problems2 = [...parsed.problems];
      if (!problems2.length) problems2.push({ message: "invalid variables file: a .tfvars.json file holds one JSON object of variable values", span: { start: 0, end: Math.min(1, f.text.length) } });
      return problems2;
    }
    for (const [name, value] of Object.entries(parsed.value)) {
      const node = findNodeAtLocation(root, [name]);
      if (node) set(name, value, { start: node.offset, end: node.offset + node.length });
    }
    return [];
  }
  const tree = parser2.parse(f.text);
  trees.push(tree);
  const problems = syntaxProblems(tree);
  if (problems.length || tree.rootNode.hasError) {
    unknownAll();
    if (!problems.length) problems.push({ message: "invalid HCL", span: { start: 0, end: Math.min(1, f.text.length) } });
    return problems;
  }
  const body = tree.rootNode.namedChildren.find((c) => c?.type === "body") ?? null;
  for (const a of attributes(body)) set(a.name, literal(a.expr), spanOf(a.expr));
  return [];
}
function makeDoc(f, root, rec, problems, directives) {
  const doc = {
    file: f.file,
    format: "hcl",
    text: f.text,
    parseText: f.text,
    offsets: new OffsetMap(),
    bom: f.bom,
    value: root,
    problems,
    directives,
    placeholders: [],
    locate(p, target) {
      const resolved = redirects(doc).resolve(p, target);
      for (let k = resolved.length; k >= 0; k--) {
        const s = rec.spans.get(JSON.stringify(resolved.slice(0, k)));
        if (!s) continue;
        return k === resolved.length && target === "value" ? s.value : s.key ?? s.value;
      }
      return void 0;
    },
    valueOrigin(p) {
      const resolved = redirects(doc).resolve(p);
      for (let k = resolved.length; k > 3; k--) {
        const o = rec.origins.get(JSON.stringify(resolved.slice(0, k)));
        if (!o) continue;
        return o;
      }
      return void 0;
    }
  };
  return doc;
}

// src/sources/terraform/module-kind.ts
var moduleFileKind = {
  async load(file, text, bom, ctx) {
    const overlay = new Map(ctx?.overlay ?? []);
    overlay.set(file, { text, bom });
    const module = await loadModule(path7.dirname(file), { overlay, varFiles: ctx?.varFiles, maxFileSize: ctx?.maxFileSize });
    return module.docs.get(file);
  },
  extract(doc, file) {
    const module = moduleOf.get(doc);
    return {
      tenantKey: path7.dirname(file),
      resources: module?.resources.get(doc) ?? [],
      hasOrganizations: false,
      hasClientGrants: module?.hasClientGrants ?? false
    };
  }
};

// src/sources/terraform/hcl-source.ts
var OURS = /\bauth0_(client|client_grant|organization\w*|connection\w*)\b/;
var terraformHcl = {
  name: "terraform-hcl",
  format: "hcl",
  sniff: (file, text) => /\.tf$/i.test(file) && OURS.test(text),
  ...moduleFileKind
};

// src/sources/terraform/refs.ts
var ConfigReferences = class {
  /** `module.a.module.b|auth0_organization_connection.c` → its configuration expressions */
  expressions = /* @__PURE__ */ new Map();
  constructor(configuration) {
    if (isPlain(configuration)) this.walk(configuration.root_module, "");
  }
  walk(module, prefix) {
    if (!isPlain(module)) return;
    if (Array.isArray(module.resources)) {
      for (const r of module.resources) {
        if (isPlain(r) && typeof r.address === "string" && isPlain(r.expressions)) this.expressions.set(`${prefix}|${r.address}`, r.expressions);
      }
    }
    if (isPlain(module.module_calls)) {
      for (const [name, call] of Object.entries(module.module_calls)) {
        if (isPlain(call)) this.walk(call.module, prefix ? `${prefix}.module.${name}` : `module.${name}`);
      }
    }
  }
  /**
   * The module-relative address (`auth0_organization.acme`) that the attribute at `path` of a resource refers to
   * (`['organization_id']`, or inside a block `['enabled_connections', 0, 'connection_id']`), or undefined when
   * it holds a constant, refers to several things, or the configuration is not in the plan.
   */
  target(moduleAddress, typeAndName, path12, targetType) {
    let expr = this.expressions.get(`${moduleAddress}|${typeAndName}`);
    for (const seg of path12) {
      if (Array.isArray(expr) && typeof seg === "number") expr = expr[seg];
      else if (isPlain(expr) && typeof seg === "string" && Object.prototype.hasOwnProperty.call(expr, seg)) expr = expr[seg];
      else return void 0;
    }
    if (!isPlain(expr) || !Array.isArray(expr.references)) return void 0;
    const found = /* @__PURE__ */ new Set();
    for (const ref of expr.references) {
      if (typeof ref !== "string") continue;
      const m = new RegExp(`^(${targetType}\\.[A-Za-z0-9_-]+)(?:\\.|\\[|$)`).exec(ref);
      if (m) found.add(m[1]);
    }
    return found.size === 1 ? [...found][0] : void 0;
  }
};

// src/sources/terraform/plan.ts
function has(root, path12) {
  let v = root;
  for (const seg of path12) {
    if (Array.isArray(v) && typeof seg === "number") v = v[seg];
    else if (isPlain(v) && Object.prototype.hasOwnProperty.call(v, seg)) v = v[seg];
    else return false;
  }
  return true;
}
function loadTerraformPlan(file, text, bom) {
  const doc = loadJson(file, text, bom);
  const planDoc = {
    ...doc,
    placeholders: [],
    readOnly: true,
    locate(path12, target) {
      let p = redirects(planDoc).resolve(path12, target);
      if (p[0] === "resource_changes" && p[3] === "after" && !has(doc.value, p)) {
        const unknown = ["resource_changes", p[1], "change", "after_unknown", ...p.slice(4)];
        if (has(doc.value, unknown)) p = unknown;
      }
      return doc.locate(p, target);
    }
  };
  return planDoc;
}
function changes(doc, root) {
  const out = [];
  if (!Array.isArray(root.resource_changes)) return out;
  const refs = new ConfigReferences(root.configuration);
  root.resource_changes.forEach((rc, index) => {
    if (!isPlain(rc) || rc.mode === "data" || typeof rc.type !== "string" || !isReadType(rc.type) || !isPlain(rc.change)) return;
    const actions = Array.isArray(rc.change.actions) ? rc.change.actions.filter((a) => typeof a === "string") : [];
    if (!actions.includes("create") && !actions.includes("update") && !actions.includes("no-op")) return;
    const after = fillUnknown(rc.change.after, rc.change.after_unknown);
    if (!isPlain(after)) return;
    const type = rc.type;
    const module = typeof rc.module_address === "string" ? rc.module_address : "";
    const typeAndName = `${type}.${String(rc.name)}`;
    const address = typeof rc.address === "string" ? rc.address : typeAndName;
    out.push({
      type,
      address,
      configKey: `${module}|${typeAndName}`,
      values: after,
      doc,
      at: ["resource_changes", index, "change", "after"],
      meta: { actions },
      ref: (path12, targetType) => {
        const t = refs.target(module, typeAndName, path12, targetType);
        return t ? `${module}|${t}` : void 0;
      }
    });
  });
  return out;
}
var terraformPlan = {
  name: "terraform-plan",
  format: "json",
  sniff: (file, text) => /\.json$/i.test(file) && text.includes('"resource_changes"') && text.includes('"format_version"'),
  load: (file, text, bom) => loadTerraformPlan(file, text, bom),
  extract(doc, file) {
    const root = doc.value;
    if (doc.problems.length) return { tenantKey: file, resources: [], hasOrganizations: false, hasClientGrants: false };
    if (!isPlain(root) || !("format_version" in root) || !Array.isArray(root.resource_changes)) return null;
    const list = changes(doc, root);
    return { tenantKey: file, resources: mapTerraform(list), hasOrganizations: false, hasClientGrants: holdsClientGrants(list) };
  }
};

// src/sources/terraform/tfjson-source.ts
var OURS2 = /"auth0_(client|client_grant|organization\w*|connection)"/;
var isTerraformJsonName = (file) => /\.(tf|tfvars)\.json$/i.test(file);
var terraformJson = {
  name: "terraform-json",
  format: "json",
  // (a type name may be written with \u escapes: "auth0\u005fclient" is auth0_client)
  sniff: (file, text) => /\.tf\.json$/i.test(file) && (OURS2.test(text) || text.includes("\\u") && OURS2.test(text.replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))))),
  ...moduleFileKind
};

// src/sources/registry.ts
var SOURCE_KINDS = [patchPayload, harCapture, terraformPlan, terraformHcl, terraformJson, deployCliDirectory, deployCliYaml, apiDump];
var TERRAFORM_JSON_KINDS = [terraformJson];

// src/sources/load.ts
var LIKELY_OURS = /"(clients|client_id|organization_usage|organization_require_behavior|app_type|resource_changes|postData)"|^(clients|clientGrants|organizations)\s*:|^\s*resource\s+"auth0_/m;
function loadFileNow(file, opts) {
  let got;
  try {
    got = loadFileUnguarded(file, opts);
  } catch (err) {
    return keywordFailure(file, err);
  }
  return got instanceof Promise ? got.catch((err) => keywordFailure(file, err)) : got;
}
function keywordFailure(file, err) {
  if (!(err instanceof KeywordExpansionError)) throw err;
  const message = `keyword substitution would make this file ${formatSize(err.size)}, adding ${formatSize(err.added)}: over the ${formatSize(MAX_SUBSTITUTED_SIZE)} it may add (a large keyword value used many times)`;
  return { status: "failed", file, rule: "file-too-large", message };
}
function loadFileUnguarded(file, opts) {
  const shadow = opts.overlay?.get(file);
  const read = shadow ? "ok" in shadow ? shadow : { ok: true, ...shadow } : readTextFileSync(file, opts.maxFileSize, !opts.explicit);
  const kinds = isTerraformJsonName(file) ? TERRAFORM_JSON_KINDS : SOURCE_KINDS;
  if (!read.ok) {
    if (!opts.explicit && !kindByName(file, kinds, opts) && read.rule === "parse-error") return { status: "skipped", file, reason: read.message };
    return { status: "failed", file, rule: read.rule, message: read.message };
  }
  const { text, bom } = read;
  if (!/\S/.test(text)) {
    const kind = kindByName(file, kinds, opts);
    if (kind) return { status: "failed", file, rule: "parse-error", message: `the file is empty: expected ${kind.format === "json" ? "a JSON object" : kind.format === "hcl" ? "HCL" : "YAML"}` };
    return { status: "skipped", file, reason: "the file is empty" };
  }
  return classify({ file, text, bom, opts, kinds, docs: {}, named: void 0 }, 0);
}
function kindByName(file, kinds, opts) {
  return kinds.find((k) => k.sniff(file, "", opts)) ?? null;
}
function classify(c, from) {
  const { file, text, bom, opts, kinds, docs } = c;
  for (let k = from; k < kinds.length; k++) {
    const kind = kinds[k];
    if (!kind.sniff(file, text, opts)) continue;
    const key = kind.load ? kind.name : kind.format;
    let doc = docs[key];
    if (!doc) {
      const got = kind.load ? kind.load(file, text, bom, { overlay: textOverlay(opts.overlay), varFiles: opts.varFiles, maxFileSize: opts.maxFileSize }) : kind.format === "yaml" ? loadYamlAsync(file, text, bom, opts.keywords) : loadJson(file, text, bom, opts.keywords);
      if (got instanceof Promise) {
        return got.then((d) => {
          docs[key] = d;
          return take(c, kind, d) ?? classify(c, k + 1);
        });
      }
      docs[key] = doc = got;
    }
    const taken = take(c, kind, doc);
    if (taken) return taken;
  }
  return { status: "skipped", file, reason: unrecognised(file) };
}
function take(c, kind, doc) {
  const { file, opts } = c;
  if (doc.problems.length > 0) {
    if (opts.explicit || kind === (c.named === void 0 ? c.named = kindByName(file, c.kinds, opts) : c.named) || c.kinds === TERRAFORM_JSON_KINDS || LIKELY_OURS.test(c.text)) {
      const contribution2 = kind.extract(doc, file);
      return { status: "loaded", file, kind: kind.name, doc, contribution: contribution2 ?? emptyContribution(file) };
    }
    return void 0;
  }
  const contribution = kind.extract(doc, file);
  if (contribution) return { status: "loaded", file, kind: kind.name, doc, contribution };
  return void 0;
}
function unrecognised(file) {
  if (/\.ya?ml$/i.test(file)) return "a YAML file whose root has none of clients, clientGrants, organizations (not a deploy-cli export)";
  if (/\.har$/i.test(file)) return "a .har file without log.entries (not a HAR capture)";
  if (/\.tfvars(\.json)?$/i.test(file)) return "Terraform variables, not linted on their own: terraform.tfvars and *.auto.tfvars are read with the .tf and .tf.json files of their folder, other variables files with --var-file";
  if (/\.tf\.json$/i.test(file)) return "a Terraform JSON file without auth0_client, auth0_client_grant, auth0_organization or auth0_connection resources";
  if (/\.json$/i.test(file)) {
    return "JSON that is none of: a deploy-cli directory export (clients/, grants/, organizations/), a Management API dump (an array of clients, or clients / client_grants / organizations lists), a PATCH payload (*.patch.json), a HAR request, a Terraform plan";
  }
  if (/\.tf$/i.test(file)) return "a Terraform file without auth0_client, auth0_client_grant, auth0_organization or auth0_connection blocks";
  return "not a .yaml, .yml, .json, .har or .tf file";
}
var textOverlays = /* @__PURE__ */ new WeakMap();
function textOverlay(overlay) {
  if (!overlay) return void 0;
  let texts = textOverlays.get(overlay);
  if (!texts) {
    texts = new Map([...overlay].flatMap(([f, v]) => "ok" in v ? v.ok ? [[f, { text: v.text, bom: v.bom }]] : [] : [[f, v]]));
    textOverlays.set(overlay, texts);
  }
  return texts;
}
function emptyContribution(file) {
  return { tenantKey: file, resources: [], hasOrganizations: false, hasClientGrants: false };
}

// src/engine/map-limit.ts
async function loadAll(items, load) {
  const out = new Array(items.length);
  let inFlight;
  for (let i = 0; i < items.length; i++) {
    while (inFlight && inFlight.size >= LOADS_AT_ONCE) await Promise.race(inFlight);
    const got = load(items[i]);
    if (!(got instanceof Promise)) {
      out[i] = got;
      continue;
    }
    const done = got.then((l) => {
      out[i] = l;
      inFlight.delete(done);
    });
    (inFlight ??= /* @__PURE__ */ new Set()).add(done);
  }
  if (inFlight?.size) await Promise.all(inFlight);
  return out;
}
var LOADS_AT_ONCE = 16;
async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

// src/sources/terraform/module-files.ts
import path8 from "node:path";
function brokenModuleFiles(docs) {
  const broken = /* @__PURE__ */ new Map();
  const unreadable = /* @__PURE__ */ new Map();
  for (const d of docs) {
    const m = moduleOf.get(d);
    if (!m) continue;
    const folder = path8.dirname(d.file);
    for (const doc of [...m.docs.values(), ...m.brokenVarFiles]) if (doc.problems.length && !broken.has(doc.file)) broken.set(doc.file, { doc, folder });
    for (const doc of m.overrideDocs) if (!broken.has(doc.file)) broken.set(doc.file, { doc, folder });
    for (const u of m.unreadable) if (!unreadable.has(u.file)) unreadable.set(u.file, { ...u, folder });
  }
  return { broken: [...broken.values()], unreadable: [...unreadable.values()] };
}

// src/engine/files.ts
import { existsSync as existsSync2, readdirSync as readdirSync2, statSync as statSync2 } from "node:fs";
import { stat } from "node:fs/promises";
import path9 from "node:path";
function folderAndName(file) {
  const cut = lastSeparator(file);
  if (cut < 0) return { folder: path9.dirname(file), name: path9.basename(file) };
  return { folder: file.slice(0, cut), name: file.slice(cut + 1) };
}
function folderOf(file) {
  const cut = lastSeparator(file);
  return cut < 0 ? path9.dirname(file) : file.slice(0, cut);
}
function lastSeparator(file) {
  const cut = path9.sep === "/" ? file.lastIndexOf("/") : -1;
  return cut <= 1 || cut === file.length - 1 ? -1 : cut;
}
function namedFileBytes(cwd, paths, enough = Infinity) {
  let bytes = 0;
  for (const p of paths) {
    let st;
    try {
      st = statSync2(path9.resolve(cwd, p));
    } catch {
      return void 0;
    }
    if (!st.isFile()) return void 0;
    bytes += st.size;
    if (bytes >= enough) return bytes;
  }
  return bytes;
}
function readListing(dir) {
  const files = [];
  const dirs = [];
  const links = [];
  for (const e of readdirSync2(dir, { withFileTypes: true })) {
    if (e.isFile()) files.push(e.name);
    else if (e.isDirectory()) dirs.push(e.name);
    else if (e.isSymbolicLink()) links.push(e.name);
  }
  return { files, dirs, links };
}
var EMPTY = Object.freeze({ files: [], dirs: [] });
function listFolder(dir, listings) {
  let listing = listings?.get(dir);
  if (listing) return listing;
  if (listings) {
    const cut = dir.lastIndexOf(path9.sep);
    const parent = listings.get(cut === 0 ? path9.sep : dir.slice(0, cut));
    if (parent && cut !== -1 && cut < dir.length - 1) {
      const name = dir.slice(cut + 1);
      const same = (n) => n === name || n.toLowerCase() === name.toLowerCase();
      if (!parent.dirs.some(same) && !parent.links.some(same)) return EMPTY;
    }
  }
  try {
    listing = readListing(dir);
  } catch {
    return EMPTY;
  }
  listings?.set(dir, listing);
  return listing;
}
var ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];
var WALKED_NAME = /^[^.].*\.(?:yaml|yml|json|har|tf)$/s;
var IGNORED = "ignored by the config";
var LINK = "a symbolic link; links inside folders are not followed (name the file to lint it)";
var DEVICE = "not a regular file (a FIFO, socket or device)";
async function expandPaths(cwd, paths, ignore, ignoreBase, onSkip, inMemory) {
  const isIgnored = globMatcher(ignore);
  const listings = /* @__PURE__ */ new Map();
  const rel = relativeTo(ignoreBase);
  const out = /* @__PURE__ */ new Map();
  const args = [];
  for (const p of paths) {
    const abs = path9.resolve(cwd, p);
    const arg = { arg: p, kind: "file", files: [], left: /* @__PURE__ */ new Map() };
    args.push(arg);
    const skip = (file, reason) => {
      arg.left.set(reason, (arg.left.get(reason) ?? 0) + 1);
      onSkip?.(file, reason);
    };
    const take2 = (file, explicit) => {
      if (ignore.length && isIgnored(rel(file))) return skip(file, IGNORED);
      arg.files.push(file);
      if (explicit || !out.has(file)) out.set(file, { file, explicit });
    };
    let info;
    try {
      info = inMemory?.has(abs) ? { isDirectory: () => false } : await stat(abs);
    } catch (err) {
      const code = err.code;
      if ((code === "ENOENT" || code === "ENOTDIR") && !existsSync2(abs) && isGlobPattern(p)) {
        arg.kind = "glob";
        const walked = [];
        for (const e of await expandGlob(cwd, p)) {
          if (e.dirent.isDirectory()) {
            if (walked.some((w) => e.path.startsWith(w + path9.sep))) continue;
            walked.push(e.path);
            walkFolder(e.path, take2, skip, isIgnored, rel, ignore.length > 0, listings);
          } else if (walked.some((w) => e.path.startsWith(w + path9.sep))) continue;
          else if (e.dirent.isFile()) take2(e.path, false);
          else if (e.dirent.isSymbolicLink()) skip(e.path, LINK);
          else skip(e.path, DEVICE);
        }
        continue;
      }
      if (code === "ENOENT" || code === "ENOTDIR") throw new MissingPathError(p);
      arg.files.push(abs);
      out.set(abs, { file: abs, explicit: true });
      continue;
    }
    if (info.isDirectory()) {
      arg.kind = "folder";
      walkFolder(abs, take2, skip, isIgnored, rel, ignore.length > 0, listings);
    } else take2(abs, true);
  }
  return { targets: [...out.values()], args, listings };
}
function relativeTo(base2) {
  const from = path9.resolve(base2);
  const prefix = from.endsWith(path9.sep) ? from : from + path9.sep;
  const posix = path9.sep === "/";
  const plain = (file) => !file.includes("/.") && !file.includes("//") && !file.endsWith("/");
  return (file) => posix && file.startsWith(prefix) && plain(file) ? file.slice(prefix.length) : path9.relative(from, file).split(path9.sep).join("/");
}
function walkFolder(abs, take2, skip, isIgnored, rel, hasIgnore, listings) {
  const unreadable = [];
  const found = [];
  const left = [];
  const join = (dir, name) => dir.endsWith(path9.sep) ? dir + name : dir + path9.sep + name;
  const stack = [];
  const list = (dir, inDot) => {
    let entries;
    try {
      entries = readdirSync2(dir, { withFileTypes: true });
    } catch (err) {
      const code = err.code;
      if (code !== "ENOENT" && code !== "ENOTDIR") unreadable.push(dir);
      return;
    }
    const listing = { files: [], dirs: [], links: [] };
    listings.set(dir, listing);
    const next = [];
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      const name = e.name;
      const matches = !inDot && WALKED_NAME.test(name);
      if (e.isFile()) {
        listing.files.push(name);
        if (matches) next.push(name);
      } else if (e.isDirectory()) {
        listing.dirs.push(name);
        if (inDot || name !== "node_modules" && name !== ".git") next.push(name + path9.sep);
      } else if (e.isSymbolicLink()) {
        listing.links.push(name);
        if (matches) left.push({ file: join(dir, name), reason: LINK });
      } else if (matches) left.push({ file: join(dir, name), reason: DEVICE });
    }
    stack.push({ dir, inDot, next: inPathOrder(next), at: 0 });
  };
  list(abs, false);
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.at === top.next.length) {
      stack.pop();
      continue;
    }
    const key = top.next[top.at++];
    if (!key.endsWith(path9.sep)) found.push(join(top.dir, key));
    else {
      const name = key.slice(0, -path9.sep.length);
      list(join(top.dir, name), top.inDot || name.charCodeAt(0) === 46);
    }
  }
  for (const dir of unreadable.sort()) {
    if (hasIgnore && isIgnored(rel(path9.join(dir, "x.yaml")))) skip(dir, IGNORED);
    else take2(dir, true);
  }
  left.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  for (const l of left) skip(l.file, l.reason);
  for (let i = 0; i < found.length; i++) take2(found[i], false);
}
function inPathOrder(keys) {
  return keys.sort();
}
async function expandGlob(cwd, pattern) {
  try {
    checkGlob(pattern);
  } catch (err) {
    if (err instanceof GlobError) throw new UsageError(`invalid glob ${JSON.stringify(pattern)}: ${err.message}`);
    throw err;
  }
  const { default: fg } = await import("./out-ZC523ELX.js");
  let entries;
  try {
    entries = await fg(pattern, {
      cwd,
      absolute: true,
      dot: false,
      onlyFiles: false,
      objectMode: true,
      followSymbolicLinks: false,
      suppressErrors: true,
      // as in the config's globs: @(a|b) is text, not a backtracking group
      extglob: false,
      ignore: ALWAYS_IGNORED
    });
  } catch (err) {
    throw new UsageError(`invalid glob ${JSON.stringify(pattern)}: ${err.message.replace(/\. Use options\..*$/, "")}`);
  }
  return entries.map((e) => ({ path: path9.normalize(e.path), dirent: e.dirent })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// src/rule-api/resource.ts
function createTenant(id, parts = {}) {
  return { id, clients: [], clientGrants: [], organizations: [], connections: [], settings: [], kinds: {}, ...parts };
}

// src/engine/tenant-assembly.ts
var WHERE = {
  client: "clients: in tenant.yaml, or a clients/ folder",
  clientGrant: "clientGrants: in tenant.yaml, or a grants/ folder",
  organization: "organizations: in tenant.yaml, or an organizations/ folder",
  organizationConnection: "every organization's connections",
  organizationClientGrant: "every organization's client_grants; older deploy-cli versions do not export them",
  connection: "connections: in tenant.yaml, or a connections/ folder",
  database: "databases: in tenant.yaml, or a database-connections/ folder",
  prompts: "prompts: with universal_login_experience in tenant.yaml, or prompts/prompts.json",
  tenantSettings: "tenant: in tenant.yaml, or tenant.json"
};
var NOUN = {
  client: "applications",
  clientGrant: "client grants",
  organization: "organizations",
  organizationConnection: "organizations' connections",
  organizationClientGrant: "organizations' client grants",
  connection: "connections",
  database: "database connections",
  prompts: "prompts settings",
  tenantSettings: "tenant settings"
};
var FULL_EXPORT_EVIDENCE = ["tenantSettings", "connection", "database", "prompts"];
var ORGANIZATION_PARTS = [
  ["organizationConnection", "connections"],
  ["organizationClientGrant", "client_grants"]
];
function assembleTenant(id, contributions, exclusions) {
  const t = createTenant(id);
  const listed = /* @__PURE__ */ new Set();
  let export_ = false;
  for (let i = 0; i < contributions.length; i++) {
    const c = contributions[i];
    const lists = c.lists;
    if (lists) for (let k = 0; k < lists.length; k++) listed.add(lists[k]);
    if (c.hasOrganizations) listed.add("organization");
    if (c.hasClientGrants) listed.add("clientGrant");
    if (c.absentCause === "absent") export_ = true;
    const rs = c.resources;
    for (let k = 0; k < rs.length; k++) push(t, rs[k]);
  }
  const full = export_ && FULL_EXPORT_EVIDENCE.filter((k) => listed.has(k)).length >= 2;
  if (!full) for (const s of t.settings) s.partial = true;
  const cause = full ? "absent" : "not-held";
  for (const kind of RESOURCE_KINDS) {
    if (listed.has(kind)) t.kinds[kind] = { known: true };
    else if (export_ && !ORGANIZATION_PARTS.some(([k]) => k === kind)) {
      t.kinds[kind] = { known: false, kind, cause, reason: `no ${NOUN[kind]} in the export (${WHERE[kind]})` };
    }
  }
  if (listed.has("organization")) {
    for (const [kind, field] of ORGANIZATION_PARTS) {
      if (listed.has(kind)) continue;
      const all = t.organizations.every((o) => Array.isArray(o.value[field]));
      t.kinds[kind] = all ? { known: true } : { known: false, kind, cause, reason: `the export does not list ${WHERE[kind]}` };
    }
  }
  if (export_ && exclusions) applyExclusions(t, exclusions);
  return t;
}
function push(t, r) {
  switch (r.type) {
    case "client":
      t.clients.push(r);
      break;
    case "clientGrant":
      t.clientGrants.push(r);
      break;
    case "organization":
      t.organizations.push(r);
      break;
    case "connection":
      t.connections.push(r);
      break;
    default:
      t.settings.push(r);
  }
}
var DEPLOY_CLI_TYPES = {
  clients: ["client"],
  clientGrants: ["clientGrant"],
  organizations: ["organization", "organizationConnection", "organizationClientGrant"],
  connections: ["connection"],
  databases: ["database"],
  prompts: ["prompts"],
  tenant: ["tenantSettings"]
};
function applyExclusions(t, ex) {
  for (const [type, kinds] of Object.entries(DEPLOY_CLI_TYPES)) {
    const excluded = ex.excluded?.includes(type) ? `AUTH0_EXCLUDED` : ex.includedOnly && !ex.includedOnly.includes(type) ? "AUTH0_INCLUDED_ONLY" : void 0;
    if (!excluded) continue;
    for (const kind of kinds) {
      t.kinds[kind] = { known: false, kind, cause: "excluded", reason: `${NOUN[kind]} are not managed by deploy-cli (${excluded} in ${ex.file})` };
    }
  }
  const byName = [
    ["client", "AUTH0_EXCLUDED_CLIENTS", ex.excludedClients, false],
    ["connection", "AUTH0_EXCLUDED_CONNECTIONS", ex.excludedConnections, false],
    ["database", "AUTH0_EXCLUDED_DATABASES", ex.excludedDatabases, false],
    ["connection", "AUTH0_INCLUDED_CONNECTIONS", ex.includedConnections, true]
  ];
  for (const [kind, key, names, only] of byName) {
    const state = t.kinds[kind];
    if (!names || !state?.known) continue;
    const reason = `some ${NOUN[kind]} are not managed by deploy-cli (${key} in ${ex.file})`;
    const prev = state.excluded;
    t.kinds[kind] = {
      known: true,
      excluded: {
        reason: prev ? `${prev.reason}; ${reason}` : reason,
        names: only ? prev?.names : /* @__PURE__ */ new Set([...prev?.names ?? [], ...names]),
        onlyNames: only ? new Set(names) : prev?.onlyNames
      }
    };
  }
}

// src/engine/suppressions.ts
var DIRECTIVE_WITHOUT_REASON = "disable-directive-without-reason";
var UNSUPPRESSIBLE = /* @__PURE__ */ new Set(["parse-error", "read-error", "file-too-large", "unused-disable-directive", DIRECTIVE_WITHOUT_REASON]);
function applyDirectives(doc, findings, knownRuleIds) {
  if (doc.directives.length === 0) return { kept: findings, unused: [], suppressed: [], unexplained: [] };
  const scopes = [];
  const open = /* @__PURE__ */ new Map();
  const close = (s, line) => {
    s.toLine = line;
    for (const id of s.directive.ruleIds.length ? s.directive.ruleIds : ["*"]) open.get(id)?.delete(s);
  };
  for (const d of doc.directives) {
    const scope = (from, to) => ({ directive: d, fromLine: from, toLine: to, used: /* @__PURE__ */ new Set() });
    switch (d.kind) {
      case "disable-file":
        scopes.push(scope(1, Infinity));
        break;
      case "disable-line":
        scopes.push(scope(d.line, d.endLine ?? d.line));
        break;
      case "disable-next-line": {
        const next = (d.endLine ?? d.line) + 1;
        scopes.push(scope(next, next));
        break;
      }
      case "disable": {
        const s = scope(d.line, Infinity);
        scopes.push(s);
        for (const id of d.ruleIds.length ? d.ruleIds : ["*"]) {
          const set = open.get(id) ?? /* @__PURE__ */ new Set();
          set.add(s);
          open.set(id, set);
        }
        break;
      }
      case "enable": {
        const closing = d.ruleIds.length === 0 ? [...open.values()].flatMap((set) => [...set]) : ["*", ...d.ruleIds].flatMap((id) => [...open.get(id) ?? []]);
        for (const s of closing) close(s, d.line);
        break;
      }
    }
  }
  const ranges = /* @__PURE__ */ new Map();
  for (const s of scopes) {
    for (const id of s.directive.ruleIds.length ? s.directive.ruleIds : ["*"]) {
      const list = ranges.get(id) ?? [];
      list.push([s.fromLine, s.toLine]);
      ranges.set(id, list);
    }
  }
  for (const list of ranges.values()) mergeRanges(list);
  const lines = /* @__PURE__ */ new Map([["*", []]]);
  const kept = [];
  const hidden = [];
  for (const f of findings) {
    if (UNSUPPRESSIBLE.has(f.ruleId)) {
      kept.push(f);
      continue;
    }
    lines.get("*").push(f.line);
    const own = lines.get(f.ruleId) ?? [];
    own.push(f.line);
    lines.set(f.ruleId, own);
    if (!covers(ranges.get("*"), f.line) && !covers(ranges.get(f.ruleId), f.line)) kept.push(f);
    else hidden.push(f);
  }
  const byLine = /* @__PURE__ */ new Map();
  const wide = [];
  for (const s of scopes) {
    if (s.fromLine !== s.toLine) wide.push(s);
    else byLine.set(s.fromLine, [...byLine.get(s.fromLine) ?? [], s]);
  }
  const nearestWide = wideScopeFinder(wide);
  const suppressed = [...hidden].sort((x, y) => x.line - y.line).map((f) => {
    const s = coveringScope(byLine.get(f.line) ?? [], f) ?? nearestWide(f);
    const d = s?.directive;
    return { ...f, suppression: { kind: "inline", reason: d?.reason || null, directive: d ? { kind: d.kind, line: d.line, ...s.toLine === Infinity ? { toEnd: true } : {} } : void 0 } };
  });
  for (const list of lines.values()) list.sort((a, b) => a - b);
  for (const s of scopes) {
    for (const id of s.directive.ruleIds.length ? s.directive.ruleIds : ["*"]) {
      if (anyWithin(lines.get(id), s.fromLine, s.toLine)) s.used.add(id);
    }
  }
  const unused = [];
  const unexplained = [];
  for (const d of doc.directives) {
    if (d.kind === "enable" || d.reason) continue;
    unexplained.push({
      ruleId: DIRECTIVE_WITHOUT_REASON,
      severity: "error",
      message: `orglint-${d.kind} without a reason: write why after "--"`,
      file: doc.file,
      ...spanToPosition(doc, d.span),
      path: "",
      resource: null,
      fix: null,
      doc,
      span: d.span
    });
  }
  for (const s of scopes) {
    const d = s.directive;
    if (d.kind === "enable") continue;
    const idle = d.ruleIds.length === 0 ? s.used.size === 0 ? ["*"] : [] : d.ruleIds.filter((id) => !s.used.has(id));
    for (const id of idle) {
      const pos = spanToPosition(doc, d.span);
      const what = id === "*" ? "this orglint-" + d.kind + " comment suppresses nothing" : knownRuleIds.has(id) ? `"${id}" is disabled here but reports nothing` : `"${escapeControls(id)}" is not a rule orglint knows`;
      unused.push({
        ruleId: "unused-disable-directive",
        severity: "warning",
        message: `unused disable directive: ${what}`,
        file: doc.file,
        ...pos,
        path: "",
        resource: null,
        fix: null,
        doc,
        span: d.span
      });
    }
  }
  return { kept, unused, suppressed, unexplained };
}
function coveringScope(scopes, f) {
  let best;
  for (const s of scopes) {
    const ids = s.directive.ruleIds;
    if (f.line < s.fromLine || f.line > s.toLine || ids.length && !ids.includes(f.ruleId)) continue;
    if (!best || s.directive.line > best.directive.line) best = s;
  }
  return best;
}
function wideScopeFinder(wide) {
  const byStart = [...wide].sort((a, b) => a.fromLine - b.fromLine || a.directive.line - b.directive.line);
  const heaps = /* @__PURE__ */ new Map();
  let next = 0;
  const top = (id, line) => {
    const h = heaps.get(id);
    while (h?.length && h[0].toLine < line) heapPop(h);
    return h?.[0];
  };
  return (f) => {
    for (; next < byStart.length && byStart[next].fromLine <= f.line; next++) {
      const s = byStart[next];
      for (const id of s.directive.ruleIds.length ? s.directive.ruleIds : ["*"]) {
        const h = heaps.get(id) ?? [];
        heapPush(h, s);
        heaps.set(id, h);
      }
    }
    const a = top("*", f.line);
    const b = top(f.ruleId, f.line);
    return a && b ? a.directive.line >= b.directive.line ? a : b : a ?? b;
  };
}
function heapPush(h, s) {
  h.push(s);
  for (let i = h.length - 1; i > 0; ) {
    const p = i - 1 >> 1;
    if (h[p].directive.line >= h[i].directive.line) break;
    [h[p], h[i]] = [h[i], h[p]];
    i = p;
  }
}
function heapPop(h) {
  const last = h.pop();
  if (h.length === 0) return;
  h[0] = last;
  for (let i = 0; ; ) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < h.length && h[l].directive.line > h[m].directive.line) m = l;
    if (r < h.length && h[r].directive.line > h[m].directive.line) m = r;
    if (m === i) break;
    [h[m], h[i]] = [h[i], h[m]];
    i = m;
  }
}
function mergeRanges(list) {
  list.sort((a, b) => a[0] - b[0]);
  let w = 0;
  for (const r of list) {
    if (w > 0 && r[0] <= list[w - 1][1] + 1) list[w - 1][1] = Math.max(list[w - 1][1], r[1]);
    else list[w++] = [r[0], r[1]];
  }
  list.length = w;
}
function covers(list, line) {
  if (!list?.length) return false;
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (list[mid][0] <= line) lo = mid;
    else hi = mid - 1;
  }
  return list[lo][0] <= line && line <= list[lo][1];
}
function anyWithin(sorted, from, to) {
  if (!sorted?.length) return false;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] <= to;
}

// src/engine/unmatched.ts
function unmatchedArgs(args, linted, loaded) {
  const why = /* @__PURE__ */ new Map();
  for (const l of loaded) if (l.status === "skipped" && "reason" in l) why.set(l.file, l.reason);
  const out = [];
  const notes = [];
  for (const a of args) {
    if (a.files.some((f) => linted.has(f))) continue;
    const name = escapeControls(a.arg);
    const count = (n, what) => `${n} ${what}${n === 1 ? "" : "s"}`;
    if (a.kind === "file" && a.files.length) notes.push(`${name}: not tenant configuration: ${why.get(a.files[0]) ?? "it could not be read"}`);
    else if (a.kind === "file") notes.push(`${name}: ignored by the config's ignore patterns`);
    else if (a.kind === "glob" && !a.files.length && !a.left.size) notes.push(`no file matches the glob ${name}`);
    else {
      const detail = [];
      if (a.files.length) detail.push(`${count(a.files.length, "file")} read: none is a deploy-cli export, Management API dump, PATCH payload, HAR capture or Terraform plan or configuration`);
      for (const [reason, n] of a.left) detail.push(LEFT_WORDS[reason]?.(n) ?? `${count(n, "file")}: ${reason}`);
      if (!detail.length) detail.push("it holds no .yaml, .yml, .json, .har or .tf file");
      notes.push(`no tenant configuration found in ${a.kind === "glob" ? `the files matching ${name}` : name} (${detail.join("; ")})`);
    }
    out.push({ arg: a.arg, kind: a.kind, message: notes[notes.length - 1] });
  }
  return out;
}
var LEFT_WORDS = {
  "ignored by the config": (n) => `${n} ${n === 1 ? "file" : "files"} left out by the config's ignore patterns`,
  "a symbolic link; links inside folders are not followed (name the file to lint it)": (n) => `${n} symbolic ${n === 1 ? "link" : "links"} not followed (links inside folders never are; name a file to lint it)`,
  "not a regular file (a FIFO, socket or device)": (n) => `${n} ${n === 1 ? "entry" : "entries"} not a regular file (a FIFO, socket or device)`
};

// src/engine/tenant-groups.ts
import path10 from "node:path";
function groupTargets(targets) {
  const groups = /* @__PURE__ */ new Map();
  const keyOfFolder = /* @__PURE__ */ new Map();
  for (const t of targets) {
    const key = groupKey(t.file, keyOfFolder);
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()];
}
var TERRAFORM = /\.(tf|tf\.json|tfvars|tfvars\.json)$/i;
var JSON_FILE = /\.json$/i;
function groupKey(file, keyOfFolder) {
  if (TERRAFORM.test(file)) {
    const folder = path10.dirname(file);
    let key = keyOfFolder.get(`tf\0${folder}`);
    if (key === void 0) keyOfFolder.set(`tf\0${folder}`, key = `tf\0${folder}`);
    return key;
  }
  if (JSON_FILE.test(file)) {
    const parts = folderAndName(file);
    const folder = parts.name === "tenant.json" ? file : parts.folder;
    let key = keyOfFolder.get(folder);
    if (key === void 0) {
      const root = directoryTenantRoot(file);
      keyOfFolder.set(folder, key = root ? `dir\0${root}` : "");
    }
    if (key) return key;
  }
  return file;
}

// src/engine/threads.ts
import { existsSync as existsSync3, statSync as statSync3 } from "node:fs";
import os from "node:os";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var MIN_CORES = 4;
var MIN_WORK = 8 * 1024 * 1024;
var FILE_COST = 0;
var MIN_GROUPS = 2;
var MAX_AUTO = 4;
var STAT_BUDGET = 512;
var PER_GROUP = 4;
function coresNow() {
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return { cores, idle: Math.floor(cores - os.loadavg()[0]) };
}
function autoCeiling() {
  const { cores, idle } = coresNow();
  if (cores < MIN_CORES || idle < 1) return 1;
  return Math.max(1, Math.min(cores, idle + 1, MAX_AUTO));
}
function threadsToStart(setting, cwd, paths) {
  if (setting !== "auto") return Math.min(setting, Math.max(2, coresNow().cores));
  const ceiling = autoCeiling();
  if (ceiling < 2) return 1;
  if (paths.length > STAT_BUDGET) return 1;
  const bytes = namedFileBytes(cwd, paths);
  if (bytes === void 0) return 1;
  const work = bytes + paths.length * FILE_COST;
  return paths.length >= MIN_GROUPS && work >= MIN_WORK ? ceiling : 1;
}
function planGroups(groups) {
  const per = Math.min(PER_GROUP, Math.floor(STAT_BUDGET / Math.max(1, groups.length)));
  const weight = new Float64Array(groups.length);
  let work = 0;
  if (per >= 1) {
    groups.forEach((g, i) => {
      const k = Math.min(per, g.length);
      let size = 0;
      for (let j = 0; j < k; j++) size += sizeOf(g[Math.floor(j * g.length / k)].file);
      weight[i] = size / k * g.length;
      work += weight[i] + g.length * FILE_COST;
    });
  } else {
    let files = 0;
    groups.forEach((g, i) => {
      weight[i] = g.length;
      files += g.length;
    });
    const step = Math.max(1, Math.floor(groups.length / STAT_BUDGET));
    let sampled = 0;
    let size = 0;
    for (let i = 0; i < groups.length; i += step, sampled++) size += sizeOf(groups[i][0].file);
    work = (size / Math.max(1, sampled) + FILE_COST) * files;
  }
  const order = Array.from(groups, (_, i) => i).sort((a, b) => weight[b] - weight[a] || a - b);
  return { order, work };
}
function sizeOf(file) {
  try {
    return statSync3(file).size;
  } catch {
    return 0;
  }
}
function mayThread(setting, groups) {
  if (groups.length < MIN_GROUPS) return false;
  return setting === "auto" ? autoCeiling() > 1 : setting > 1;
}
function threadsFor(setting, groups, plan) {
  if (groups.length < MIN_GROUPS) return 1;
  if (setting !== "auto") return Math.min(setting, groups.length);
  if (plan.work < MIN_WORK) return 1;
  return Math.min(autoCeiling(), groups.length);
}
function workerEntry() {
  for (const rel of ["./lint-worker.js", "../lint-worker.js"]) {
    const file = fileURLToPath2(new URL(rel, import.meta.url));
    if (existsSync3(file)) return file;
  }
  return void 0;
}

// src/engine/lint.ts
async function lintPaths(req) {
  const threaded = req.workers && req.release && !req.stdin && !req.overlay ? req.workers : void 0;
  const pool = {};
  if (threaded) pool.current = await startWorkers(req, threadsToStart(threaded.threads, req.cwd, req.paths));
  try {
    return await lintOnThreads(req, threaded?.threads, pool);
  } finally {
    await pool.current?.close();
  }
}
async function lintOnThreads(req, setting, pool) {
  const { config, debug } = req;
  const { targets, args, listings } = req.stdin ? { ...stdinTarget(req.stdin.file, config, debug), listings: void 0 } : await expandPaths(req.cwd, req.paths, config.ignore, config.baseDir, (f, why) => debug?.(`skipped ${f}: ${why}`), req.overlay);
  const rankOf = /* @__PURE__ */ new Map();
  targets.forEach((t, i) => rankOf.set(t.file, i));
  const groups = groupTargets(targets);
  const plan = setting !== void 0 && mayThread(setting, groups) ? planGroups(groups) : void 0;
  const threads = plan ? threadsFor(setting, groups, plan) : 1;
  if (plan && threads > 1) {
    pool.current ??= await startWorkers(req, threads);
    pool.current?.grow(threads - 1);
  }
  if (plan && threads > 1 && pool.current) {
    debug?.(`linting ${groups.length} groups of files on ${threads} threads (${threads - 1} worker${threads === 2 ? "" : "s"})`);
    const limit = req.reportModels ? REPORT_APPLICATIONS : void 0;
    const shared2 = { ...await groupShared(req, rankOf), listings };
    const local = async (group, groupDebug) => {
      const g = await lintGroup({ ...req, debug: groupDebug }, group, shared2, limit);
      req.betweenGroups?.();
      return g;
    };
    return mergeGroups(req, await pool.current.run(groups, rankOf, plan.order, threads, limit, local, debug), args);
  }
  void pool.current?.close();
  const shared = { ...await groupShared(req, rankOf), listings };
  const outcomes = [];
  let room = REPORT_APPLICATIONS;
  for (const group of groups) {
    const g = await lintGroup(req, group, shared, req.reportModels ? room : void 0);
    for (const t of g.tenants) room -= Math.min(room, t.report.clients);
    outcomes.push(g);
    req.betweenGroups?.();
  }
  return mergeGroups(req, outcomes, args);
}
async function startWorkers(req, threads) {
  const entry = threads > 1 ? workerEntry() : void 0;
  if (!entry) return void 0;
  const { LintPool } = await import("./worker-pool-NDP77ARQ.js");
  const settings = {
    source: req.workers.source,
    cliRules: req.cliRules ?? {},
    inlineConfig: req.inlineConfig,
    varFiles: req.varFiles,
    release: req.release ?? false,
    reportModels: req.reportModels ?? false,
    quoteContext: req.quoteContext ?? false,
    debug: req.debug !== void 0
  };
  return new LintPool(entry, settings, threads - 1);
}
async function lintGroup(req, group, shared, modelLimit) {
  const { config, debug } = req;
  const { settings, rankOf, loadOpts } = shared;
  const named = { ...loadOpts, explicit: true };
  const walked = { ...loadOpts, explicit: false };
  const loaded = await loadAll(group, (t) => loadFileNow(t.file, t.explicit ? named : walked));
  const targetFiles = /* @__PURE__ */ new Set();
  for (let i = 0; i < loaded.length; i++) {
    const l = loaded[i];
    if (l.status === "skipped") debug?.(`skipped ${l.file}: ${l.reason}`);
    else targetFiles.add(l.file);
  }
  await lintModulesOfNamedContext(loaded, group, targetFiles, walked, config);
  let context = await loadDirectorySiblings(loaded, targetFiles, loadOpts, shared.listings);
  context = reportBrokenModuleFiles(loaded, context, targetFiles, config);
  const tenants = assembleTenants(context.length ? [...loaded, ...context] : loaded, config.exclusions);
  const findings = [];
  for (let i = 0; i < loaded.length; i++) {
    const l = loaded[i];
    if (l.status === "failed" || l.status === "loaded" && l.doc.problems.length) for (const f of fileProblems(l)) findings.push(f);
  }
  const keep = context.length === 0 ? keepAll : (r) => targetFiles.has(r.doc.file);
  const skips = new SkipLog();
  const ignored = context.length && config.ignore.length ? globMatcher(config.ignore) : void 0;
  const reportable = ignored ? (r) => !ignored(path11.relative(config.baseDir, r.doc.file).split(path11.sep).join("/")) : keepAll;
  const made = runRules(tenants, req.rules, settings, keep, skips, reportable);
  for (let i = 0; i < made.length; i++) findings.push(made[i]);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (!f.doc) continue;
    const secrets2 = secretsOf(f.doc);
    if (secrets2.length) f.message = maskKnown(f.message, secrets2);
  }
  const docs = /* @__PURE__ */ new Map();
  for (let i = 0; i < loaded.length; i++) {
    const l = loaded[i];
    if (l.status === "loaded") docs.set(l.file, l.doc);
  }
  const suppressed = [];
  const final = finalize(findings, docs, req.rules, settings, { inlineConfig: req.inlineConfig, requireReason: config.requireDirectiveReason, suppressed });
  const clients = tenants.reduce((n, t) => n + (context.length === 0 ? t.clients.length : t.clients.filter(keep).length), 0);
  const secrets = /* @__PURE__ */ new Set();
  for (const d of docs.values()) addSecretsOf(d, secrets);
  if (context.length) {
    for (const f of final) if (f.doc && !docs.has(f.doc.file)) addSecretsOf(f.doc, secrets);
  }
  let limit = modelLimit;
  const pieces = tenants.map((t) => {
    const report = shared.tenantReport ? shared.tenantReport(t, docs, limit) : { id: t.id, clients: t.clients.length };
    if (limit !== void 0) limit -= Math.min(limit, t.clients.length);
    return { rank: tenantRank(t.id, loaded, rankOf), report, resources: tenantResources(t, targetFiles) };
  });
  const outcome = {
    findings: final,
    suppressed,
    tenants: pieces,
    clients,
    skipped: skips.list(),
    // (a named variables.tf or terraform.tfvars is linted as part of its module: targetFiles holds it)
    outcomes: loaded.map((l) => l.status !== "skipped" ? { file: l.file, status: l.status } : targetFiles.has(l.file) ? { file: l.file, status: "loaded" } : { file: l.file, status: "skipped", reason: l.reason }),
    // (kept for the whole run: copies, not views into the files' texts, see flat-string.ts)
    secrets: Array.from(secrets, flatString)
  };
  if (req.release) {
    const around = req.quoteContext ? HTML_AROUND : 0;
    detachFindings(final, around, shared.strings);
    detachFindings(suppressed, around, shared.strings);
    for (const t of pieces) if (t.report.model) t.report.model = flatData(t.report.model);
  } else {
    outcome.docs = docs;
    outcome.tenantsRead = tenants;
  }
  return outcome;
}
async function groupShared(req, rankOf) {
  const { config } = req;
  const isPayloadFile = payloadFileMatcher(config.payloads, config.baseDir);
  const overlay = req.stdin ? /* @__PURE__ */ new Map([[req.stdin.file, stdinRead(req.stdin.bytes, config.maxFileSize)]]) : req.overlay;
  const loadOpts = { keywords: config.keywords, maxFileSize: config.maxFileSize, overlay, isPayloadFile, varFiles: req.varFiles };
  const tenantReport = req.reportModels ? (await import("./report-context-FH3YW7V3.js")).tenantReport : void 0;
  return { settings: new RuleSettings(config, req.rules, req.cliRules), rankOf, loadOpts, tenantReport, strings: new StringTable() };
}
function tenantRank(id, loaded, rankOf) {
  for (const l of loaded) if (l.status === "loaded" && l.contribution.tenantKey === id) return rankOf.get(l.file) ?? Number.MAX_SAFE_INTEGER;
  return Number.MAX_SAFE_INTEGER;
}
function mergeGroups(req, groups, args) {
  const findings = [];
  const suppressed = [];
  const outcomes = [];
  let clients = 0;
  const secrets = /* @__PURE__ */ new Set();
  const tenants = [];
  const docs = /* @__PURE__ */ new Map();
  for (const g of groups) {
    for (let i = 0; i < g.findings.length; i++) findings.push(g.findings[i]);
    for (let i = 0; i < g.suppressed.length; i++) suppressed.push(g.suppressed[i]);
    for (let i = 0; i < g.outcomes.length; i++) outcomes.push(g.outcomes[i]);
    clients += g.clients;
    for (const s of g.secrets) secrets.add(s);
    g.tenants.forEach((t, i) => tenants.push({ ...t, order: tenants.length, read: g.tenantsRead?.[i] }));
    if (g.docs) for (const [file, doc] of g.docs) docs.set(file, doc);
  }
  const files = [];
  for (let i = 0; i < outcomes.length; i++) if (outcomes[i].status !== "skipped") files.push(outcomes[i].file);
  tenants.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const tenantOrder = new Map(tenants.map((t, i) => [t.report.id, i]));
  const skipped = /* @__PURE__ */ new Map();
  for (const g of groups) {
    for (const s of g.skipped) {
      const key = `${s.ruleId}\0${s.reason}`;
      const seen = skipped.get(key);
      if (!seen) skipped.set(key, { ...s, tenants: [...s.tenants] });
      else for (const t of s.tenants) if (!seen.tenants.includes(t)) seen.tenants.push(t);
    }
  }
  const byTenant = (a, b) => (tenantOrder.get(a) ?? 0) - (tenantOrder.get(b) ?? 0);
  const skippedRules = [...skipped.values()].map((s) => ({ ...s, tenants: s.tenants.sort(byTenant) })).sort((a, b) => a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0);
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  const summary = summarize(findings, files.length, clients, suppressed.length);
  const unmatched = unmatchedArgs(args, new Set(files), outcomes);
  return {
    findings,
    suppressed,
    unmatched,
    summary,
    files,
    docs,
    tenants: req.release ? [] : tenants.map((t) => t.read),
    skippedRules,
    tenantReports: tenants.map((t) => t.report),
    resources: tenants.flatMap((t) => t.resources),
    secrets: [...secrets].sort((a, b) => b.length - a.length)
  };
}
function stdinTarget(file, config, debug) {
  const rel = path11.relative(config.baseDir, file).split(path11.sep).join("/");
  const arg = { arg: rel || file, kind: "file", files: [], left: /* @__PURE__ */ new Map() };
  if (config.ignore.length && globMatcher(config.ignore)(rel)) {
    debug?.(`skipped ${file}: ignored by the config`);
    arg.left.set("ignored by the config", 1);
    return { targets: [], args: [arg] };
  }
  arg.files.push(file);
  return { targets: [{ file, explicit: true }], args: [arg] };
}
function stdinRead(bytes, maxSize) {
  if (bytes.length > maxSize) {
    return { ok: false, rule: "file-too-large", message: `file is over the ${formatSize(maxSize)} limit (raise maxFileSize in the config to read it)` };
  }
  return decode(bytes);
}
function finalize(findings, docs, rules, settings, opts = {}) {
  if (opts.inlineConfig === false) return findings.sort(compareFindings);
  const byFile = /* @__PURE__ */ new Map();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  let known2;
  const out = [];
  for (const [file, doc] of docs) if (doc.directives.length && !byFile.has(file)) byFile.set(file, []);
  for (const [file, list] of byFile) {
    const doc = docs.get(file);
    if (!doc || doc.directives.length === 0) {
      for (let i = 0; i < list.length; i++) out.push(list[i]);
      continue;
    }
    known2 ??= /* @__PURE__ */ new Set([...rules.map((r) => r.id), ...Object.keys(BUILTIN_RULES)]);
    const { kept, unused, suppressed, unexplained } = applyDirectives(doc, list, known2);
    for (const f of kept) out.push(f);
    if (opts.suppressed) for (const f of suppressed) opts.suppressed.push(f);
    const unusedSetting = settings.get("unused-disable-directive", file).severity;
    if (unusedSetting !== "off") for (const f of unused) out.push({ ...f, severity: unusedSetting });
    const reason = settings.get(DIRECTIVE_WITHOUT_REASON, file);
    if ((opts.requireReason || reason.configured) && reason.severity !== "off") for (const f of unexplained) out.push({ ...f, severity: reason.severity });
  }
  opts.suppressed?.sort(compareFindings);
  return out.sort(compareFindings);
}
function fileProblems(l) {
  const base2 = { path: "", resource: null, fix: null };
  if (l.status === "failed") {
    return [{ ...base2, ruleId: l.rule, severity: "error", message: l.message, file: l.file, line: 1, column: 1, endLine: 1, endColumn: 1 }];
  }
  if (l.status !== "loaded") return [];
  const problems = l.doc.problems;
  const shown = problems.length > MAX_PARSE_ERRORS ? problems.slice(0, MAX_PARSE_ERRORS) : problems;
  const out = shown.map((p) => ({
    ...base2,
    ruleId: "parse-error",
    severity: "error",
    message: p.message,
    file: l.file,
    ...spanToPosition(l.doc, p.span),
    doc: l.doc,
    span: p.span
  }));
  if (problems.length > shown.length) {
    const next = problems[shown.length];
    const message = `${problems.length - shown.length} more parse errors in this file are not shown; fix the ones above first`;
    out.push({ ...base2, ruleId: "parse-error", severity: "error", message, file: l.file, ...spanToPosition(l.doc, next.span), doc: l.doc, span: next.span });
  }
  return out;
}
var MAX_PARSE_ERRORS = 20;
var MODULE_CONTEXT = /(\.tf|\.tf\.json|^terraform\.tfvars(\.json)?|\.auto\.tfvars(\.json)?)$/i;
async function lintModulesOfNamedContext(loaded, group, targetFiles, opts, config) {
  if (!group.some((t) => t.explicit)) return;
  const named = new Set(group.filter((t) => t.explicit).map((t) => t.file));
  const isContext = (l) => named.has(l.file) && (l.status === "skipped" && MODULE_CONTEXT.test(path11.basename(l.file)) || isOverride(l.file));
  const folders = new Set(loaded.filter(isContext).map((l) => path11.dirname(l.file)));
  if (folders.size === 0) return;
  const ignored = config.ignore.length ? globMatcher(config.ignore) : void 0;
  for (const dir of folders) {
    let names = [];
    try {
      names = readdirSync3(dir, { withFileTypes: true }).filter((e) => e.isFile() && /\.tf(\.json)?$/i.test(e.name)).map((e) => e.name).sort();
    } catch {
      continue;
    }
    const files = names.map((n) => dir + path11.sep + n).filter((f) => !targetFiles.has(f) && !ignored?.(path11.relative(config.baseDir, f).split(path11.sep).join("/")));
    const got = (await loadAll(files, (f) => loadFileNow(f, opts))).filter((l) => l.status === "loaded" && l.doc.format === "hcl");
    if (!got.length) continue;
    for (const l of got) {
      const at = loaded.findIndex((x) => x.file === l.file);
      if (at === -1) loaded.push(l);
      else loaded[at] = l;
      targetFiles.add(l.file);
    }
    for (const l of loaded) if (isContext(l) && path11.dirname(l.file) === dir) targetFiles.add(l.file);
  }
}
function reportBrokenModuleFiles(loaded, context, targetFiles, config) {
  const isHcl = (l) => l.status === "loaded" && l.doc.format === "hcl";
  if (!loaded.some(isHcl) && !context.some(isHcl)) return context;
  const hcl = [...loaded, ...context].flatMap((l) => l.status === "loaded" && l.doc.format === "hcl" ? [l.doc] : []);
  const { broken, unreadable } = brokenModuleFiles(hcl);
  if (!broken.length && !unreadable.length) return context;
  const ignored = config.ignore.length ? globMatcher(config.ignore) : void 0;
  const promote = (entry) => {
    const at = loaded.findIndex((l) => l.file === entry.file);
    const namedContext = at !== -1 && loaded[at].status === "skipped";
    if (!namedContext && (targetFiles.has(entry.file) || ignored?.(path11.relative(config.baseDir, entry.file).split(path11.sep).join("/")))) return;
    if (at === -1) loaded.push(entry);
    else loaded[at] = entry;
    context = context.filter((l) => l.file !== entry.file);
    targetFiles.add(entry.file);
  };
  for (const { doc, folder } of broken) promote({ status: "loaded", file: doc.file, kind: "terraform-hcl", doc, contribution: { tenantKey: folder, resources: [] } });
  for (const u of unreadable) promote({ status: "failed", file: u.file, rule: u.rule, message: u.message, tenantKey: u.folder });
  return context;
}
async function loadDirectorySiblings(loaded, targets, opts, listings) {
  const roots = /* @__PURE__ */ new Set();
  const rootOfFolder = /* @__PURE__ */ new Map();
  for (let i = 0; i < loaded.length; i++) {
    const l = loaded[i];
    if (l.status !== "loaded" || !/\.json$/i.test(l.file)) continue;
    const folder = l.file.endsWith("tenant.json") && folderAndName(l.file).name === "tenant.json" ? l.file : folderOf(l.file);
    let root = rootOfFolder.get(folder);
    if (root === void 0) rootOfFolder.set(folder, root = directoryTenantRoot(l.file));
    if (root) roots.add(root);
  }
  const extra = [];
  const modules = /* @__PURE__ */ new Set();
  for (let i = 0; i < loaded.length; i++) {
    const l = loaded[i];
    if (l.status === "loaded" && l.doc.format === "hcl") modules.add(path11.dirname(l.file));
  }
  for (const dir of modules) {
    const names = listFolder(dir, listings).files.filter((n) => /\.tf(\.json)?$/i.test(n));
    for (const n of names.sort()) {
      const f = dir + path11.sep + n;
      if (!targets.has(f)) extra.push(f);
    }
  }
  for (const root of roots) {
    const files = directoryFiles(root, (dir) => listFolder(dir, listings));
    for (let i = 0; i < files.length; i++) if (!targets.has(files[i])) extra.push(files[i]);
  }
  const walked = { ...opts, explicit: false };
  return loadAll(extra, (f) => loadFileNow(f, walked));
}
function assembleTenants(files, exclusions) {
  const groups = /* @__PURE__ */ new Map();
  for (let i = 0; i < files.length; i++) {
    const l = files[i];
    if (l.status !== "loaded") continue;
    const c = l.contribution;
    const list = groups.get(c.tenantKey);
    if (list) list.push(c);
    else groups.set(c.tenantKey, [c]);
  }
  return [...groups].map(([id, list]) => assembleTenant(id, list, exclusions));
}

export {
  Recorder,
  labelText,
  evalBody,
  evalExpr,
  loadedHclParser,
  redirects,
  isTemplate,
  escapeTemplates,
  tfJsonInfo,
  strictJson,
  mapLimit,
  namedFileBytes,
  SkipLog,
  runRules,
  createTenant,
  checkedResources,
  lintPaths,
  lintGroup,
  groupShared,
  finalize
};
