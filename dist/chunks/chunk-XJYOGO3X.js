import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  SOURCE_KINDS,
  decode,
  directoryFiles,
  directoryTenantRoot,
  formatSize,
  loadJson,
  readTextFile
} from "./chunk-SANOEBO4.js";
import {
  payloadFileMatcher
} from "./chunk-FGQCLDXI.js";
import {
  RESOURCE_KINDS,
  formatMessage,
  kindState,
  resources
} from "./chunk-OAPFUG4C.js";
import {
  compareFindings,
  summarize,
  toPointer
} from "./chunk-J5MEKW2J.js";
import {
  maskKnown,
  secretsOf,
  spanToPosition
} from "./chunk-LLKRGBBD.js";
import {
  expandPaths
} from "./chunk-ZUTVZSO5.js";
import {
  loadYamlAsync
} from "./chunk-VULXFG4N.js";
import {
  KeywordExpansionError,
  MAX_SUBSTITUTED_SIZE
} from "./chunk-IOBJ4MXO.js";
import {
  BUILTIN_RULES,
  RuleSettings
} from "./chunk-5AGZ4SLZ.js";
import {
  globMatcher
} from "./chunk-VLBP24UG.js";
import {
  escapeControls
} from "./chunk-BTSGYF2U.js";

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
  for (const kind of own ? [own, ...rule.meta.needs ?? []] : rule.meta.needs ?? []) {
    const state = kindState(tenant, kind);
    if (!state.known && (state.cause === "excluded" || state.cause === "scope")) return state;
  }
  return void 0;
}
function runRules(tenants, rules, settings, keep = () => true, skips = new SkipLog()) {
  const findings = [];
  const active = rules.filter((r) => settings.enabledSomewhere(r.id));
  for (const tenant of tenants) {
    for (const rule of active) {
      const blocked = blockedInput(rule, tenant);
      if (blocked) {
        if (settings.get(rule.id, tenant.id).severity !== "off") skips.add(rule.id, blocked, tenant.id);
        continue;
      }
      if (rule.meta.scope === "tenant") {
        const setting = settings.get(rule.id, tenant.id);
        runOne(rule, tenant, void 0, setting.options, (f) => {
          const s = settings.get(rule.id, f.file);
          if (s.severity === "off") return;
          f.severity = effective(r0(f), s, rule.meta.severity);
          findings.push(f);
        }, keep, skips);
        continue;
      }
      for (const resource of scopeList(tenant, rule)) {
        if (!keep(resource)) continue;
        const setting = settings.get(rule.id, resource.doc.file);
        if (setting.severity === "off") continue;
        runOne(rule, tenant, resource, setting.options, (f) => {
          f.severity = effective(r0(f), setting, rule.meta.severity);
          findings.push(f);
        }, keep, skips);
      }
    }
  }
  return findings;
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
function runOne(rule, tenant, resource, options, push2, keep, skips) {
  ruleStats.contexts++;
  const ctx = {
    options,
    tenant,
    resource,
    report(r) {
      const target = r.resource ?? resource;
      if (!target) throw new Error(`rule ${rule.id}: a tenant-scope report must name its resource`);
      if (r.resource && !keep(target)) return;
      push2(makeFinding(rule, target, r));
    },
    resources(kind) {
      if (!rule.meta.needs?.includes(kind) && !rule.meta.reads?.includes(kind) && kind !== scopeKind(rule)) {
        throw new Error(`rule ${rule.id}: reads ${kind} without declaring it in meta.needs or meta.reads`);
      }
      const set = resources(tenant, kind);
      if (!set.known) skips.add(rule.id, set, tenant.id);
      return set;
    }
  };
  ctx.report = ctx.report.bind(ctx);
  ctx.resources = ctx.resources.bind(ctx);
  rule.check(ctx);
}
function makeFinding(rule, resource, r) {
  const template = rule.messages[r.messageId];
  if (template === void 0) throw new Error(`rule ${rule.id}: unknown messageId "${r.messageId}"`);
  const docPath = [...resource.path, ...r.at ?? []];
  const doc = resource.doc;
  const span = doc.locate(docPath, r.target ?? "value") ?? { start: 0, end: 0 };
  const finding = {
    ruleId: rule.id,
    severity: r.severity ?? rule.meta.severity,
    message: formatMessage(template, r.data),
    file: doc.file,
    ...spanToPosition(doc, span),
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
  const origin = doc.valueOrigin?.(docPath);
  if (origin) {
    const where = `${path.relative(path.dirname(doc.file), origin.file) || path.basename(origin.file)}:${origin.position.line}:${origin.position.column}`;
    finding.message += ` (the value of ${origin.name}, set at ${where})`;
    finding.related = [{ file: origin.file, ...origin.position, message: `${origin.name} is set here` }];
  }
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
  if (r.severity) reportedSeverity.set(finding, r.severity);
  if (r.predictedResponse) finding.predictedResponse = r.predictedResponse;
  return finding;
}

// src/engine/lint.ts
import { readdirSync } from "node:fs";
import path2 from "node:path";

// src/sources/load.ts
var LIKELY_OURS = /"(clients|client_id|organization_usage|organization_require_behavior|app_type|resource_changes|postData)"|^(clients|clientGrants|organizations)\s*:|^\s*resource\s+"auth0_/m;
async function loadFile(file, opts) {
  try {
    return await loadFileUnguarded(file, opts);
  } catch (err) {
    if (!(err instanceof KeywordExpansionError)) throw err;
    const message = `keyword substitution would make this file ${formatSize(err.size)}, over the ${formatSize(MAX_SUBSTITUTED_SIZE)} limit (a large keyword value used many times)`;
    return { status: "failed", file, rule: "file-too-large", message };
  }
}
async function loadFileUnguarded(file, opts) {
  const shadow = opts.overlay?.get(file);
  const read = shadow ? "ok" in shadow ? shadow : { ok: true, ...shadow } : await readTextFile(file, opts.maxFileSize);
  let named;
  const byName = () => named === void 0 ? named = SOURCE_KINDS.find((k) => k.sniff(file, "", opts)) ?? null : named;
  if (!read.ok) {
    if (!opts.explicit && !byName() && read.rule === "parse-error") return { status: "skipped", file, reason: read.message };
    return { status: "failed", file, rule: read.rule, message: read.message };
  }
  const { text, bom } = read;
  if (text.trim() === "") {
    const kind = byName();
    if (kind) return { status: "failed", file, rule: "parse-error", message: `the file is empty: expected ${kind.format === "json" ? "a JSON object" : kind.format === "hcl" ? "HCL" : "YAML"}` };
    return { status: "skipped", file, reason: "the file is empty" };
  }
  const candidates = SOURCE_KINDS.filter((k) => k.sniff(file, text, opts));
  if (candidates.length === 0) return { status: "skipped", file, reason: unrecognised(file) };
  const docs = {};
  for (const kind of candidates) {
    const doc = kind.load ? docs[kind.name] ??= await kind.load(file, text, bom, { overlay: textOverlay(opts.overlay), varFiles: opts.varFiles, maxFileSize: opts.maxFileSize }) : docs[kind.format] ??= kind.format === "yaml" ? await loadYamlAsync(file, text, bom, opts.keywords) : loadJson(file, text, bom, opts.keywords);
    if (doc.problems.length > 0) {
      if (opts.explicit || kind === byName() || LIKELY_OURS.test(text)) {
        const contribution2 = kind.extract(doc, file);
        return { status: "loaded", file, kind: kind.name, doc, contribution: contribution2 ?? emptyContribution(file) };
      }
      continue;
    }
    const contribution = kind.extract(doc, file);
    if (contribution) return { status: "loaded", file, kind: kind.name, doc, contribution };
  }
  return { status: "skipped", file, reason: unrecognised(file) };
}
function unrecognised(file) {
  if (/\.ya?ml$/i.test(file)) return "a YAML file whose root has none of clients, clientGrants, organizations (not a deploy-cli export)";
  if (/\.har$/i.test(file)) return "a .har file without log.entries (not a HAR capture)";
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
  for (const c of contributions) {
    for (const k of c.lists ?? []) listed.add(k);
    if (c.hasOrganizations) listed.add("organization");
    if (c.hasClientGrants) listed.add("clientGrant");
    if (c.absentCause === "absent") export_ = true;
    for (const r of c.resources) push(t, r);
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
        scopes.push(scope(d.line, d.line));
        break;
      case "disable-next-line":
        scopes.push(scope(d.line + 1, d.line + 1));
        break;
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
  for (const l of loaded) if (l.status === "skipped") why.set(l.file, l.reason);
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

// src/engine/lint.ts
async function lintPaths(req) {
  const { config, debug } = req;
  const { targets, args } = req.stdin ? stdinTarget(req.stdin.file, config, debug) : await expandPaths(req.cwd, req.paths, config.ignore, config.baseDir, (f, why) => debug?.(`skipped ${f}: ${why}`), req.overlay);
  const isPayloadFile = payloadFileMatcher(config.payloads, config.baseDir);
  const overlay = req.stdin ? /* @__PURE__ */ new Map([[req.stdin.file, stdinRead(req.stdin.bytes, config.maxFileSize)]]) : req.overlay;
  const loadOpts = { keywords: config.keywords, maxFileSize: config.maxFileSize, overlay, isPayloadFile, varFiles: req.varFiles };
  const named = { ...loadOpts, explicit: true };
  const walked = { ...loadOpts, explicit: false };
  const loaded = await mapLimit(targets, 16, (t) => loadFile(t.file, t.explicit ? named : walked));
  const targetFiles = /* @__PURE__ */ new Set();
  for (const l of loaded) {
    if (l.status === "skipped") debug?.(`skipped ${l.file}: ${l.reason}`);
    else targetFiles.add(l.file);
  }
  const context = await loadDirectorySiblings(loaded, targetFiles, loadOpts);
  const tenants = assembleTenants([...loaded, ...context], config.exclusions);
  const settings = new RuleSettings(config, req.rules, req.cliRules);
  const findings = [];
  for (const l of loaded) if (l.status !== "skipped") for (const f of fileProblems(l)) findings.push(f);
  const keep = context.length === 0 ? () => true : (r) => targetFiles.has(r.doc.file);
  const skips = new SkipLog();
  for (const f of runRules(tenants, req.rules, settings, keep, skips)) findings.push(f);
  for (const f of findings) {
    if (!f.doc) continue;
    const secrets = secretsOf(f.doc);
    if (secrets.length) f.message = maskKnown(f.message, secrets);
  }
  const docs = /* @__PURE__ */ new Map();
  for (const l of loaded) if (l.status === "loaded") docs.set(l.file, l.doc);
  const suppressed = [];
  const final = finalize(findings, docs, req.rules, settings, { inlineConfig: req.inlineConfig, requireReason: config.requireDirectiveReason, suppressed });
  const clients = tenants.reduce((n, t) => n + (context.length === 0 ? t.clients.length : t.clients.filter(keep).length), 0);
  const summary = summarize(final, targetFiles.size, clients, suppressed.length);
  const unmatched = unmatchedArgs(args, targetFiles, loaded);
  return { findings: final, suppressed, unmatched, summary, files: [...targetFiles], docs, tenants, skippedRules: skips.list() };
}
function stdinTarget(file, config, debug) {
  const rel = path2.relative(config.baseDir, file).split(path2.sep).join("/");
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
  for (const f of findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const known = /* @__PURE__ */ new Set([...rules.map((r) => r.id), ...Object.keys(BUILTIN_RULES)]);
  const out = [];
  for (const [file, doc] of docs) if (doc.directives.length && !byFile.has(file)) byFile.set(file, []);
  for (const [file, list] of byFile) {
    const doc = docs.get(file);
    if (!doc) {
      for (const f of list) out.push(f);
      continue;
    }
    const { kept, unused, suppressed, unexplained } = applyDirectives(doc, list, known);
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
  const base = { path: "", resource: null, fix: null };
  if (l.status === "failed") {
    return [{ ...base, ruleId: l.rule, severity: "error", message: l.message, file: l.file, line: 1, column: 1, endLine: 1, endColumn: 1 }];
  }
  if (l.status !== "loaded") return [];
  const problems = l.doc.problems;
  const shown = problems.length > MAX_PARSE_ERRORS ? problems.slice(0, MAX_PARSE_ERRORS) : problems;
  const out = shown.map((p) => ({
    ...base,
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
    out.push({ ...base, ruleId: "parse-error", severity: "error", message, file: l.file, ...spanToPosition(l.doc, next.span), doc: l.doc, span: next.span });
  }
  return out;
}
var MAX_PARSE_ERRORS = 20;
async function loadDirectorySiblings(loaded, targets, opts) {
  const roots = /* @__PURE__ */ new Set();
  const rootOfFolder = /* @__PURE__ */ new Map();
  for (const l of loaded) {
    if (l.status !== "loaded" || !/\.json$/i.test(l.file)) continue;
    const folder = path2.basename(l.file) === "tenant.json" ? l.file : path2.dirname(l.file);
    let root = rootOfFolder.get(folder);
    if (root === void 0) rootOfFolder.set(folder, root = directoryTenantRoot(l.file));
    if (root) roots.add(root);
  }
  const extra = [];
  const modules = /* @__PURE__ */ new Set();
  for (const l of loaded) if (l.status === "loaded" && l.doc.format === "hcl") modules.add(path2.dirname(l.file));
  for (const dir of modules) {
    let names = [];
    try {
      names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && /\.tf$/i.test(e.name)).map((e) => e.name);
    } catch {
      continue;
    }
    for (const n of names.sort()) {
      const f = dir + path2.sep + n;
      if (!targets.has(f)) extra.push(f);
    }
  }
  for (const root of roots) for (const f of directoryFiles(root, listDir)) if (!targets.has(f)) extra.push(f);
  return mapLimit(extra, 16, (f) => loadFile(f, { ...opts, explicit: false }));
}
function listDir(dir) {
  try {
    const entries = readdirSync(dir, { withFileTypes: true });
    return { files: entries.filter((e) => e.isFile()).map((e) => e.name), dirs: entries.filter((e) => e.isDirectory()).map((e) => e.name) };
  } catch {
    return { files: [], dirs: [] };
  }
}
function assembleTenants(files, exclusions) {
  const groups = /* @__PURE__ */ new Map();
  for (const l of files) {
    if (l.status !== "loaded") continue;
    const c = l.contribution;
    const list = groups.get(c.tenantKey);
    if (list) list.push(c);
    else groups.set(c.tenantKey, [c]);
  }
  return [...groups].map(([id, list]) => assembleTenant(id, list, exclusions));
}
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

export {
  SkipLog,
  runRules,
  createTenant,
  lintPaths,
  finalize,
  mapLimit
};
