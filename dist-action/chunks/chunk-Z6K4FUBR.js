import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  Recorder,
  SOURCE_KINDS,
  decode,
  directoryFiles,
  directoryTenantRoot,
  evalBody,
  evalExpr,
  findNodeAtLocation,
  formatSize,
  labelText,
  loadJson,
  loadedHclParser,
  parseTree,
  readTextFile,
  redirects
} from "./chunk-UQ676CQW.js";
import {
  payloadFileMatcher
} from "./chunk-JUDBULUU.js";
import {
  RESOURCE_KINDS,
  formatMessage,
  kindState,
  resources
} from "./chunk-DCID3VU6.js";
import {
  isPlain
} from "./chunk-5TDNMTPC.js";
import {
  UsageError
} from "./chunk-F5XGO7ZK.js";
import {
  BUILTIN_RULES,
  GlobError,
  RuleSettings,
  checkGlob,
  globMatcher,
  isGlobPattern
} from "./chunk-Z3J2TGFA.js";
import {
  chooseFix,
  compareFindings,
  summarize,
  toPointer
} from "./chunk-J5MEKW2J.js";
import {
  documentSecrets,
  maskKnown,
  secretsOf,
  spanToPosition
} from "./chunk-LLKRGBBD.js";
import {
  require_dist
} from "./chunk-D2IVEWWN.js";
import {
  loadYamlAsync
} from "./chunk-2BRW6UVM.js";
import {
  KeywordExpansionError,
  MAX_SUBSTITUTED_SIZE
} from "./chunk-IOBJ4MXO.js";
import {
  escapeControls
} from "./chunk-BTSGYF2U.js";
import {
  __toESM
} from "./chunk-OJ32ZEHW.js";

// src/engine/lint.ts
import { readdirSync } from "node:fs";
import path3 from "node:path";

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

// src/engine/files.ts
import { existsSync, readdir as fsReaddir } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
var MissingPathError = class extends Error {
  constructor(target) {
    super(`no such file or directory: ${target}`);
    this.target = target;
  }
  target;
};
var WALK_PATTERN = "**/*.{yaml,yml,json,har,tf}";
var ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];
var IGNORED = "ignored by the config";
var LINK = "a symbolic link; links inside folders are not followed (name the file to lint it)";
var DEVICE = "not a regular file (a FIFO, socket or device)";
async function expandPaths(cwd, paths, ignore, ignoreBase, onSkip, inMemory) {
  const isIgnored = globMatcher(ignore);
  const rel = (f) => path.relative(ignoreBase, f).split(path.sep).join("/");
  const out = /* @__PURE__ */ new Map();
  const args = [];
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    const arg = { arg: p, kind: "file", files: [], left: /* @__PURE__ */ new Map() };
    args.push(arg);
    const skip = (file, reason) => {
      arg.left.set(reason, (arg.left.get(reason) ?? 0) + 1);
      onSkip?.(file, reason);
    };
    const take = (file, explicit) => {
      if (ignore.length && isIgnored(rel(file))) return skip(file, IGNORED);
      arg.files.push(file);
      if (!out.has(file) || explicit) out.set(file, { file, explicit });
    };
    let info;
    try {
      info = inMemory?.has(abs) ? { isDirectory: () => false } : await stat(abs);
    } catch (err) {
      const code = err.code;
      if ((code === "ENOENT" || code === "ENOTDIR") && !existsSync(abs) && isGlobPattern(p)) {
        arg.kind = "glob";
        const walked = [];
        for (const e of await expandGlob(cwd, p)) {
          if (e.dirent.isDirectory()) {
            if (walked.some((w) => e.path.startsWith(w + path.sep))) continue;
            walked.push(e.path);
            await walkFolder(e.path, take, skip, isIgnored, rel, ignore.length > 0);
          } else if (walked.some((w) => e.path.startsWith(w + path.sep))) continue;
          else if (e.dirent.isFile()) take(e.path, false);
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
      await walkFolder(abs, take, skip, isIgnored, rel, ignore.length > 0);
    } else take(abs, true);
  }
  return { targets: [...out.values()], args };
}
async function walkFolder(abs, take, skip, isIgnored, rel, hasIgnore) {
  const { default: fg } = await import("./out-VHKQO7HU.js");
  const unreadable = [];
  const readdir = ((dir, ...rest) => {
    const callback = rest.pop();
    fsReaddir(dir, ...rest, (err, result) => {
      if (err && err.code !== "ENOENT" && err.code !== "ENOTDIR") unreadable.push(path.normalize(dir));
      callback(err, result);
    });
  });
  const entries = await fg(WALK_PATTERN, {
    cwd: abs,
    absolute: true,
    dot: false,
    onlyFiles: false,
    objectMode: true,
    followSymbolicLinks: false,
    suppressErrors: true,
    ignore: ALWAYS_IGNORED,
    fs: { readdir }
  });
  for (const dir of unreadable) {
    if (hasIgnore && isIgnored(rel(path.join(dir, "x.yaml")))) skip(dir, IGNORED);
    else take(dir, true);
  }
  const found = [];
  for (const e of entries) {
    if (e.dirent.isFile()) found.push(e.path);
    else if (e.dirent.isSymbolicLink()) skip(path.normalize(e.path), LINK);
    else if (!e.dirent.isDirectory()) skip(path.normalize(e.path), DEVICE);
  }
  found.sort();
  for (const f of found) take(path.normalize(f), false);
}
async function expandGlob(cwd, pattern) {
  try {
    checkGlob(pattern);
  } catch (err) {
    if (err instanceof GlobError) throw new UsageError(`invalid glob ${JSON.stringify(pattern)}: ${err.message}`);
    throw err;
  }
  const { default: fg } = await import("./out-VHKQO7HU.js");
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
  return entries.map((e) => ({ path: path.normalize(e.path), dirent: e.dirent })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// src/engine/run-rules.ts
import path2 from "node:path";
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
    const where2 = `${path2.relative(path2.dirname(doc.file), origin.file) || path2.basename(origin.file)}:${origin.position.line}:${origin.position.column}`;
    finding.message += ` (the value of ${origin.name}, set at ${where2})`;
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
  const open2 = /* @__PURE__ */ new Map();
  const close = (s, line) => {
    s.toLine = line;
    for (const id of s.directive.ruleIds.length ? s.directive.ruleIds : ["*"]) open2.get(id)?.delete(s);
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
          const set = open2.get(id) ?? /* @__PURE__ */ new Set();
          set.add(s);
          open2.set(id, set);
        }
        break;
      }
      case "enable": {
        const closing = d.ruleIds.length === 0 ? [...open2.values()].flatMap((set) => [...set]) : ["*", ...d.ruleIds].flatMap((id) => [...open2.get(id) ?? []]);
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
  const last2 = h.pop();
  if (h.length === 0) return;
  h[0] = last2;
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
  const rel = path3.relative(config.baseDir, file).split(path3.sep).join("/");
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
    const folder = path3.basename(l.file) === "tenant.json" ? l.file : path3.dirname(l.file);
    let root = rootOfFolder.get(folder);
    if (root === void 0) rootOfFolder.set(folder, root = directoryTenantRoot(l.file));
    if (root) roots.add(root);
  }
  const extra = [];
  const modules = /* @__PURE__ */ new Set();
  for (const l of loaded) if (l.status === "loaded" && l.doc.format === "hcl") modules.add(path3.dirname(l.file));
  for (const dir of modules) {
    let names = [];
    try {
      names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && /\.tf$/i.test(e.name)).map((e) => e.name);
    } catch {
      continue;
    }
    for (const n of names.sort()) {
      const f = dir + path3.sep + n;
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

// src/sources/terraform/hcl-fixer.ts
import { isDeepStrictEqual } from "node:util";

// src/fix/text-edit.ts
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const taken = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < lastEnd || e.start === lastEnd && e.start === e.end && taken.at(-1)?.start === e.start) continue;
    taken.push(e);
    lastEnd = e.end;
  }
  let out = "";
  let pos = 0;
  for (const e of taken) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return { text: out + text.slice(pos), applied: taken.length };
}
function detectEol(text) {
  const crlf = text.split("\r\n").length - 1;
  const lf = text.split("\n").length - 1 - crlf;
  return crlf > lf ? "\r\n" : "\n";
}
var FixRefused = class extends Error {
};

// src/sources/terraform/hcl-fixer.ts
var OPAQUE_SCOPE = { variable: () => void 0, local: () => void 0, resource: () => void 0 };
function topBody(tree) {
  return tree.rootNode.namedChildren.find((c) => c?.type === "body");
}
function kids(n) {
  return n.namedChildren.filter((c) => !!c && c.type !== "comment");
}
function resourceBlock(tree, type, name) {
  for (const b of kids(topBody(tree) ?? tree.rootNode)) {
    if (b.type !== "block") continue;
    const k = kids(b);
    if (k[0]?.text === "resource" && k[1] && k[2] && labelText(k[1]) === type && labelText(k[2]) === name) return b;
  }
  return void 0;
}
var bodyOf = (block) => kids(block).find((c) => c.type === "body");
function find(tree, path5) {
  if (path5[0] !== "resource" || path5.length < 4) return void 0;
  const block = resourceBlock(tree, path5[1], path5[2]);
  if (!block) return void 0;
  let body = bodyOf(block);
  let i = 3;
  while (body && i < path5.length) {
    const key = path5[i];
    if (typeof key !== "string") return void 0;
    const attr = kids(body).find((c) => c.type === "attribute" && c.namedChildren[0]?.text === key);
    if (attr) {
      const expr = kids(attr).find((c) => c.type === "expression");
      if (i === path5.length - 1) return { kind: "attr", node: attr, expr, body };
      const tuple = expr.namedChildren[0]?.type === "collection_value" ? expr.namedChildren[0].namedChildren[0] : void 0;
      const index2 = path5[i + 1];
      if (tuple?.type !== "tuple" || typeof index2 !== "number" || i + 1 !== path5.length - 1) return void 0;
      const items = kids(tuple).filter((c) => c.type === "expression");
      return items[index2] ? { kind: "item", node: items[index2], tuple, index: index2 } : void 0;
    }
    const blocks = kids(body).filter((c) => c.type === "block" && c.namedChildren[0]?.text === key);
    if (blocks.length === 0) return i === path5.length - 1 ? { kind: "absent", body, key } : void 0;
    const index = path5[i + 1];
    if (typeof index !== "number" || !blocks[index]) return void 0;
    if (i + 1 === path5.length - 1) return { kind: "block", node: blocks[index], body };
    body = bodyOf(blocks[index]);
    i += 2;
  }
  return void 0;
}
function hclLiteral(v) {
  if (typeof v === "string") return JSON.stringify(v).replace(/\$\{/g, "$$$${").replace(/%\{/g, "%%{");
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : void 0;
  if (typeof v === "boolean" || v === null) return String(v);
  if (Array.isArray(v)) {
    const items = v.map(hclLiteral);
    return items.every((x) => x !== void 0) ? `[${items.join(", ")}]` : void 0;
  }
  if (isPlain(v)) {
    const parts = [];
    for (const [k, x] of Object.entries(v)) {
      const lit = hclLiteral(x);
      if (lit === void 0) return void 0;
      parts.push(`${/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : JSON.stringify(k)} = ${lit}`);
    }
    return `{ ${parts.join(", ")} }`;
  }
  return void 0;
}
function isLiteral(expr) {
  const v = evalExpr(expr, [], { scope: OPAQUE_SCOPE, rec: new Recorder(), attr: [], opaque: true });
  return !JSON.stringify(v ?? null).includes("##expr:");
}
var lineStart = (text, at) => text.lastIndexOf("\n", at - 1) + 1;
function lineEnd(text, at) {
  const nl = text.indexOf("\n", at);
  return nl === -1 ? text.length : nl;
}
function removeLines(text, n) {
  const ls = lineStart(text, n.startIndex);
  if (!/^[ \t]*$/.test(text.slice(ls, n.startIndex))) return null;
  const le = lineEnd(text, n.endIndex);
  if (!/^[ \t]*((#|\/\/).*)?\r?$/.test(text.slice(n.endIndex, le))) return null;
  return { start: ls, end: le < text.length ? le + 1 : le, text: "" };
}
function removeItem(tuple, index) {
  const items = kids(tuple).filter((c) => c.type === "expression");
  const item = items[index];
  if (index < items.length - 1) return { start: item.startIndex, end: items[index + 1].startIndex, text: "" };
  if (index > 0) return { start: items[index - 1].endIndex, end: item.endIndex, text: "" };
  const comma = tuple.children.find((c) => c?.type === "," && c.startIndex >= item.endIndex);
  return { start: item.startIndex, end: comma ? comma.endIndex : item.endIndex, text: "" };
}
function insertAttr(text, body, key, value, near, eol) {
  const attrs = kids(body).filter((c) => c.type === "attribute");
  const anchor = attrs.find((a) => a.namedChildren[0]?.text === near) ?? attrs[attrs.length - 1];
  if (!anchor) {
    const block = body.parent;
    const open2 = block?.children.find((c) => c?.type === "block_start");
    if (!block || !open2) return null;
    const indent2 = /^[ \t]*/.exec(text.slice(lineStart(text, block.startIndex)))[0];
    const le = lineEnd(text, open2.endIndex);
    if (le >= (block.children.find((c) => c?.type === "block_end")?.startIndex ?? 0)) return null;
    return { start: le, end: le, text: `${eol}${indent2}  ${key} = ${value}` };
  }
  const ls = lineStart(text, anchor.startIndex);
  const indent = text.slice(ls, anchor.startIndex);
  if (!/^[ \t]*$/.test(indent)) return null;
  const eq = anchor.children.find((c) => c?.type === "=");
  const eqColumn = eq ? eq.startIndex - ls : indent.length + key.length + 1;
  const pad = Math.max(1, eqColumn - indent.length - key.length);
  let at = lineEnd(text, anchor.endIndex);
  if (text[at - 1] === "\r") at--;
  return { start: at, end: at, text: `${eol}${indent}${key}${" ".repeat(pad)}= ${value}` };
}
function editFor(text, tree, op, path5, eol) {
  const t = find(tree, path5);
  if (!t) return null;
  if (op.op === "remove") {
    if (t.kind === "attr" || t.kind === "block") return removeLines(text, t.node);
    if (t.kind === "item") return removeItem(t.tuple, t.index);
    return null;
  }
  if (op.op === "rename") return renameEdit(text, t, op.to);
  const lit = hclLiteral(op.value);
  if (lit === void 0) return null;
  if (t.kind === "attr") return isLiteral(t.expr) ? { start: t.expr.startIndex, end: t.expr.endIndex, text: lit } : null;
  if (t.kind === "item") return isLiteral(t.node) ? { start: t.node.startIndex, end: t.node.endIndex, text: lit } : null;
  if (t.kind === "absent" && !isPlain(op.value)) return insertAttr(text, t.body, t.key, lit, op.near, eol);
  return null;
}
function renameEdit(text, t, to) {
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(to)) return null;
  if (t.kind === "block") {
    const id2 = t.node.namedChildren[0];
    return id2 ? { start: id2.startIndex, end: id2.endIndex, text: to } : null;
  }
  if (t.kind !== "attr") return null;
  const id = t.node.namedChildren[0];
  const eq = t.node.children.find((c) => c?.type === "=");
  if (!id || !eq || text.slice(id.endIndex, eq.startIndex).includes("\n")) return null;
  const width = eq.startIndex - id.startIndex;
  return { start: id.startIndex, end: eq.startIndex, text: to + " ".repeat(Math.max(1, width - to.length)) };
}
function snapshot(tree) {
  const out = {};
  for (const b of kids(topBody(tree) ?? tree.rootNode)) {
    if (b.type !== "block") continue;
    const k = kids(b);
    const labels = k.slice(1).filter((c) => c.type === "string_lit" || c.type === "identifier").map((c) => labelText(c) ?? c.text);
    const key = JSON.stringify([k[0]?.text, ...labels]);
    out[key] = k[0]?.text === "resource" ? evalBody(bodyOf(b) ?? null, [], OPAQUE_SCOPE, new Recorder(), [], false, true) : b.text;
  }
  return out;
}
function expectAfter(before, op, path5) {
  let grand;
  let parent = before[JSON.stringify(["resource", path5[1], path5[2]])];
  for (const seg of path5.slice(3, -1)) [grand, parent] = [parent, parent?.[seg]];
  const last2 = path5[path5.length - 1];
  if (op.op === "rename") {
    const [obj, key] = typeof last2 === "number" ? [grand, path5[path5.length - 2]] : [parent, last2];
    if (!isPlain(obj) || typeof key !== "string" || !(key in obj) || op.to in obj) return false;
    if (typeof last2 === "number" && (!Array.isArray(obj[key]) || obj[key].length !== 1)) return false;
    obj[op.to] = obj[key];
    delete obj[key];
    return true;
  }
  if (Array.isArray(parent) && typeof last2 === "number") {
    if (op.op === "remove") parent.splice(last2, 1);
    else parent[last2] = op.value;
    if (parent.length === 0 && isPlain(grand) && isPlain(before) && op.op === "remove" && typeof path5[path5.length - 2] === "string") {
      const key = path5[path5.length - 2];
      if (grand[key] === parent && blockPaths.has(JSON.stringify(path5))) delete grand[key];
    }
    return true;
  }
  if (!isPlain(parent)) return false;
  if (op.op === "remove") delete parent[last2];
  else parent[last2] = op.value;
  return true;
}
var last;
var blockPaths = /* @__PURE__ */ new Set();
function hclEdits(doc, ops) {
  const parser = loadedHclParser();
  if (!parser) return null;
  if (last?.text !== doc.text) {
    last?.tree.delete();
    last = { text: doc.text, tree: parser.parse(doc.text) };
  }
  const { tree } = last;
  if (tree.rootNode.hasError) return null;
  const eol = detectEol(doc.text);
  const edits = [];
  const paths = [];
  blockPaths.clear();
  for (const op of ops) {
    const path5 = redirects(doc).resolve(op.path);
    if (find(tree, path5)?.kind === "block") blockPaths.add(JSON.stringify(path5));
    const e = editFor(doc.text, tree, op, path5, eol);
    if (!e) return null;
    edits.push(e);
    paths.push(path5);
  }
  const after = parser.parse(applyEdits(doc.text, edits).text);
  try {
    if (after.rootNode.hasError) return null;
    const expected = snapshot(tree);
    for (let i = 0; i < ops.length; i++) if (!expectAfter(expected, ops[i], paths[i])) return null;
    return isDeepStrictEqual(JSON.parse(JSON.stringify(expected)), JSON.parse(JSON.stringify(snapshot(after)))) ? edits : null;
  } finally {
    after.delete();
  }
}

// src/fix/json-fixer.ts
function jsonEdits(text, ops) {
  if (lastParsed?.text !== text) lastParsed = { text, root: parseTree(text, [], { disallowComments: true }), eol: detectEol(text) };
  const { root, eol } = lastParsed;
  if (!root) return null;
  const edits = [];
  for (const op of ops) {
    const e = op.op === "set" ? setEdit(text, root, op.path, op.value, op.near, eol) : op.op === "rename" ? renameEdit2(root, op.path, op.to) : removeEdit(root, op.path);
    if (!e) return null;
    edits.push(e);
  }
  return edits;
}
var lastParsed;
var end = (n) => n.offset + n.length;
function renameEdit2(root, path5, to) {
  const node = path5.length ? findNodeAtLocation(root, [...path5]) : void 0;
  const key = node?.parent?.type === "property" ? node.parent.children?.[0] : void 0;
  return key ? { start: key.offset, end: end(key), text: JSON.stringify(to) } : null;
}
function removeEdit(root, path5) {
  if (path5.length === 0) return null;
  const node = findNodeAtLocation(root, [...path5]);
  const item = node?.parent?.type === "property" ? node.parent : node;
  const container = item?.parent;
  if (!item || !container?.children) return null;
  const siblings = container.children;
  const i = siblings.indexOf(item);
  if (siblings.length === 1) return { start: container.offset + 1, end: end(item), text: "" };
  if (i < siblings.length - 1) return { start: item.offset, end: siblings[i + 1].offset, text: "" };
  return { start: end(siblings[i - 1]), end: end(item), text: "" };
}
function setEdit(text, root, path5, value, near, eol) {
  const json = JSON.stringify(value);
  if (json === void 0) return null;
  const existing = findNodeAtLocation(root, [...path5]);
  if (existing) return { start: existing.offset, end: end(existing), text: json };
  const key = path5[path5.length - 1];
  const parent = path5.length ? findNodeAtLocation(root, [...path5.slice(0, -1)]) : void 0;
  if (!parent || parent.type !== "object" || typeof key !== "string") return null;
  const props = parent.children ?? [];
  const colon = /":\s/.test(text.slice(parent.offset, end(parent))) ? ": " : ":";
  const entry = `${JSON.stringify(key)}${colon}${json}`;
  if (props.length === 0) return { start: parent.offset + 1, end: parent.offset + 1, text: entry };
  const after = props.find((p) => p.children?.[0]?.value === near) ?? props[props.length - 1];
  const at = end(after);
  const lineStart3 = text.lastIndexOf("\n", after.offset - 1) + 1;
  const indent = text.slice(lineStart3, after.offset);
  if (lineStart3 > parent.offset && /^[ \t]*$/.test(indent)) return { start: at, end: at, text: `,${eol}${indent}${entry}` };
  return { start: at, end: at, text: `,${colon === ": " ? " " : ""}${entry}` };
}

// src/fix/prove.ts
import { isDeepStrictEqual as isDeepStrictEqual2 } from "node:util";
function expectedValue(before, ops) {
  const value = structuredClone(before);
  const root = { value };
  const parentOf = (path5) => {
    let node = root;
    const full = ["value", ...path5];
    for (const seg of full.slice(0, -1)) {
      if (node === null || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, seg)) return void 0;
      node = node[seg];
    }
    if (node === null || typeof node !== "object") return void 0;
    return [node, full[full.length - 1]];
  };
  for (const op of ops) {
    if (op.op !== "rename") continue;
    const at = parentOf(op.path);
    if (!at || Array.isArray(at[0]) || !Object.prototype.hasOwnProperty.call(at[0], at[1]) || Object.prototype.hasOwnProperty.call(at[0], op.to)) return void 0;
    const [parent, key] = at;
    Object.defineProperty(parent, op.to, { value: parent[key], enumerable: true, writable: true, configurable: true });
    delete parent[key];
  }
  const sets = ops.filter((o) => o.op === "set");
  const removes = ops.filter((o) => o.op === "remove").sort((a, b) => comparePaths(b.path, a.path));
  for (const op of sets) {
    const at = parentOf(op.path);
    if (!at) return void 0;
    const [parent, key] = at;
    if (Array.isArray(parent) && (typeof key !== "number" || key >= parent.length)) return void 0;
    Object.defineProperty(parent, key, { value: structuredClone(op.value), enumerable: true, writable: true, configurable: true });
  }
  for (const op of removes) {
    const at = parentOf(op.path);
    if (!at) return void 0;
    const [parent, key] = at;
    if (Array.isArray(parent)) {
      if (typeof key !== "number" || key >= parent.length) return void 0;
      parent.splice(key, 1);
    } else delete parent[key];
  }
  return { value: root.value };
}
function comparePaths(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === "number" && typeof b[i] === "number") return a[i] - b[i];
    return String(a[i]) < String(b[i]) ? -1 : 1;
  }
  return a.length - b.length;
}
function firstDifference(a, b, path5 = []) {
  if (isDeepStrictEqual2(a, b)) return void 0;
  if (a && b && typeof a === "object" && typeof b === "object" && Array.isArray(a) === Array.isArray(b)) {
    const keys = /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const key = Array.isArray(a) ? Number(k) : k;
      const d = firstDifference(a[k], b[k], [...path5, key]);
      if (d !== void 0) return d;
    }
  }
  return path5.map(String).join(".") || "the document";
}
function disproveFix(before, after, ops) {
  if (!after) return refusal("the fixed text is no longer read as tenant configuration");
  if (after.problems.length) return refusal(`the fixed text would not parse (${after.problems[0].message})`);
  if (before.format !== "yaml" && before.format !== "json") return void 0;
  const expected = expectedValue(before.value, ops);
  if (!expected) return refusal("a fix names a setting the file does not have");
  const diff = firstDifference(expected.value, after.value);
  return diff === void 0 ? void 0 : refusal(`the edit would also change ${diff}, which no fix names`);
}
function refusal(reason) {
  return reason;
}

// src/fix/yaml-fixer.ts
var import_yaml = __toESM(require_dist(), 1);
var lastParsed2;
function yamlEdits(text, ops) {
  if (lastParsed2?.text !== text) {
    const doc2 = (0, import_yaml.parseDocument)(text, { merge: true, keepSourceTokens: false });
    const aliases2 = /* @__PURE__ */ new Map();
    if (/\*[^\s]/.test(text)) (0, import_yaml.visit)(doc2, { Alias: (_, n) => void aliases2.set(n.source, (aliases2.get(n.source) ?? 0) + 1) });
    lastParsed2 = { text, doc: doc2, eol: detectEol(text), aliases: aliases2 };
  }
  const { doc, eol, aliases } = lastParsed2;
  if (doc.errors.length) return null;
  const edits = [];
  for (const op of ops) {
    checkShared(doc, op, aliases);
    const e = op.op === "set" ? setEdit2(doc, text, op.path, op.value, op.near, eol) : op.op === "rename" ? renameEdit3(doc, op.path, op.to) : removeEdit2(doc, text, op.path);
    if (!e) return null;
    edits.push(e);
  }
  return edits;
}
var where = (path5) => path5.map(String).join(".");
function sharedAnchor(node, aliases) {
  const anchor = node?.anchor;
  const uses = anchor ? aliases.get(anchor) : void 0;
  return uses ? `&${anchor}, which ${uses === 1 ? "an alias uses" : `${uses} aliases use`}` : void 0;
}
function checkShared(doc, op, aliases) {
  let node = doc.contents;
  const path5 = op.path;
  for (let i = 0; i < path5.length; i++) {
    if ((0, import_yaml.isAlias)(node)) throw new FixRefused(`${where(path5.slice(0, i))} is the alias *${node.source}: its value is shared with the anchor &${node.source}, so the fix is not made here`);
    const shared2 = sharedAnchor(node, aliases);
    if (shared2) throw new FixRefused(`${where(path5.slice(0, i)) || "the document"} carries the anchor ${shared2}: the fix would change those too`);
    const seg = path5[i];
    if ((0, import_yaml.isMap)(node)) {
      const pair = findPair(node, seg);
      if (!pair) {
        if (i === path5.length - 1 && op.op === "remove" && node.items.some((p) => (0, import_yaml.isPair)(p) && isMergeKey(p.key))) {
          throw new FixRefused(`${where(path5)} comes from a merge key (<<), which others share: remove it where the anchor defines it, or override it here`);
        }
        return;
      }
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") node = node.items[seg];
    else return;
  }
  if ((0, import_yaml.isAlias)(node)) return;
  const shared = sharedAnchor(node, aliases);
  if (shared && op.op === "remove") throw new FixRefused(`${where(path5)} carries the anchor ${shared}: removing it would leave them undefined`);
  if (shared) throw new FixRefused(`${where(path5)} carries the anchor ${shared}: the fix would change those too`);
}
function isMergeKey(key) {
  return (0, import_yaml.isScalar)(key) && (key.source === "<<" || typeof key.value === "symbol" || key.value === "<<");
}
function parentNode(doc, path5) {
  let node = doc.contents;
  for (const seg of path5.slice(0, -1)) {
    if ((0, import_yaml.isMap)(node)) node = findPair(node, seg)?.value;
    else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") node = node.items[seg];
    else return null;
  }
  return node;
}
function parentMap(doc, path5) {
  const node = parentNode(doc, path5);
  return (0, import_yaml.isMap)(node) ? node : null;
}
function parentSeq(doc, path5) {
  const node = parentNode(doc, path5);
  return (0, import_yaml.isSeq)(node) && typeof path5[path5.length - 1] === "number" ? node : null;
}
function findPair(map, key) {
  return map.items.find((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(key));
}
function lineStart2(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function lineEnd2(text, offset) {
  const nl = text.indexOf("\n", offset);
  return nl === -1 ? text.length : nl;
}
function formatScalar(value, like) {
  if (typeof value !== "string") return JSON.stringify(value);
  const type = (0, import_yaml.isScalar)(like) ? like.type : void 0;
  if (type === import_yaml.Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  if (type === import_yaml.Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  const plainSafe = /^[A-Za-z_][A-Za-z0-9_./-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value);
  return plainSafe ? value : JSON.stringify(value);
}
function setEdit2(doc, text, path5, value, near, eol) {
  const seq = parentSeq(doc, path5);
  if (seq) {
    const item = seq.items[path5[path5.length - 1]];
    return item?.range ? { start: item.range[0], end: item.range[1], text: formatScalar(value, item) } : null;
  }
  const map = parentMap(doc, path5);
  const key = path5[path5.length - 1];
  if (!map) return null;
  const pair = findPair(map, key);
  if (pair) {
    const v = pair.value;
    if (((0, import_yaml.isSeq)(v) || (0, import_yaml.isMap)(v)) && !v.flow && v.range) return replaceBlockCollection(text, pair, v.range, formatScalar(value));
    if ((0, import_yaml.isScalar)(v) && (v.type === import_yaml.Scalar.BLOCK_FOLDED || v.type === import_yaml.Scalar.BLOCK_LITERAL) && v.range) {
      let end3 = v.range[1];
      while (end3 > v.range[0] && /\s/.test(text[end3 - 1])) end3--;
      return { start: v.range[0], end: end3, text: formatScalar(value) };
    }
    if (v?.range) return { start: v.range[0], end: v.range[1], text: formatScalar(value, v) };
    const colon = text.indexOf(":", pair.key.range[1]);
    if (colon === -1) return null;
    return { start: colon + 1, end: colon + 1, text: ` ${formatScalar(value)}` };
  }
  const sibling = (near !== void 0 ? findPair(map, near) : void 0) ?? map.items[map.items.length - 1];
  const entry = `${String(key)}: ${formatScalar(value)}`;
  if (!sibling) return null;
  const sv = sibling.value;
  const sk = sibling.key;
  let end2 = sv?.range ? sv.range[1] : sk.range[1];
  while (end2 > sk.range[1] && /\s/.test(text[end2 - 1])) end2--;
  if (map.flow) return { start: end2, end: end2, text: `, ${entry}` };
  const indent = " ".repeat(sk.range[0] - lineStart2(text, sk.range[0]));
  let at = lineEnd2(text, end2);
  if (eol === "\r\n" && text[at - 1] === "\r") at--;
  return { start: at, end: at, text: `${eol}${indent}${entry}` };
}
function replaceBlockCollection(text, pair, range, scalar) {
  const colon = text.indexOf(":", pair.key.range[1]);
  if (colon === -1 || colon > range[0]) return null;
  let end2 = range[1];
  while (end2 > range[0] && /\s/.test(text[end2 - 1])) end2--;
  const afterColon = text.slice(colon + 1, lineEnd2(text, colon)).replace(/\r$/, "");
  const comment = /^[ \t]+#/.test(afterColon) ? afterColon : "";
  return { start: colon + 1, end: end2, text: ` ${scalar}${comment}` };
}
function renameEdit3(doc, path5, to) {
  const map = parentMap(doc, path5);
  const pair = map ? findPair(map, path5[path5.length - 1]) : void 0;
  const key = pair?.key;
  return key?.range ? { start: key.range[0], end: key.range[1], text: formatScalar(to, key) } : null;
}
function removeEdit2(doc, text, path5) {
  const seq = parentSeq(doc, path5);
  if (seq) return removeItemEdit(seq, text, path5[path5.length - 1]);
  const map = parentMap(doc, path5);
  if (!map) return null;
  const pair = findPair(map, path5[path5.length - 1]);
  if (!pair) return null;
  const k = pair.key;
  const v = pair.value;
  const valueEnd = v?.range ? v.range[1] : k.range[1];
  const index = map.items.indexOf(pair);
  const next = map.items[index + 1];
  const nextKey = next ? next.key.range[0] : void 0;
  if (map.flow) {
    if (nextKey !== void 0) return { start: k.range[0], end: nextKey, text: "" };
    const prev = map.items[index - 1];
    if (!prev) return { start: k.range[0], end: valueEnd, text: "" };
    const pv = prev.value;
    const pk = prev.key;
    return { start: pv?.range ? pv.range[1] : pk.range[1], end: valueEnd, text: "" };
  }
  const ls = lineStart2(text, k.range[0]);
  const before = text.slice(ls, k.range[0]);
  if (/^[ \t]*\?[ \t]+$/.test(before) && !map.flow) {
    const le = lineEnd2(text, Math.max(valueEnd - 1, k.range[0]));
    return { start: ls, end: le < text.length ? le + 1 : le, text: "" };
  }
  if (/\?/.test(before)) throw new FixRefused(`${where(path5)} is an explicit key (? key) in a layout the fixer does not edit`);
  const onlyIndent = /^[ \t]*$/.test(before);
  if (onlyIndent) {
    const le = lineEnd2(text, Math.max(valueEnd - 1, k.range[0]));
    return { start: ls, end: le < text.length ? le + 1 : le, text: "" };
  }
  if (nextKey !== void 0) return { start: k.range[0], end: nextKey, text: "" };
  return { start: k.range[0], end: valueEnd, text: "{}" };
}
function removeItemEdit(seq, text, index) {
  const range = (i) => seq.items[i]?.range;
  const r = range(index);
  if (!r) return null;
  if (seq.flow) {
    const next = range(index + 1);
    if (next) return { start: r[0], end: next[0], text: "" };
    const prev = range(index - 1);
    return { start: prev ? prev[1] : r[0], end: r[1], text: "" };
  }
  const ls = lineStart2(text, r[0]);
  if (!/^[ \t]*-[ \t]+$/.test(text.slice(ls, r[0]))) return null;
  const le = lineEnd2(text, Math.max(r[1] - 1, r[0]));
  return { start: ls, end: le < text.length ? le + 1 : le, text: "" };
}

// src/fix/write-file.ts
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, chmod, chown, lstat, open, readFile, realpath, rename, stat as stat2, unlink, writeFile } from "node:fs/promises";
import path4 from "node:path";
var WriteRefused = class extends Error {
};
async function writeFileAtomic(file, text, bom = false, newMode = 420, check) {
  const data = Buffer.from((bom ? "\uFEFF" : "") + text, "utf8");
  if (STREAM_PATH.test(path4.resolve(file))) {
    await writeFile(file, data, { flag: "a" });
    return;
  }
  const followed = await stat2(file).catch(() => void 0);
  if (followed && !followed.isFile()) {
    await writeFile(file, data);
    return;
  }
  const target = await realTarget(file);
  const st = followed;
  const dir = path4.dirname(target);
  const tmp = path4.join(dir, `.${path4.basename(target)}.${randomBytes(6).toString("hex")}.orglint-tmp`);
  const handle = await open(tmp, "wx", 384);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    await handle.close();
    await unlink(tmp).catch(() => void 0);
    throw err;
  }
  await handle.close();
  try {
    await chmod(tmp, (st?.mode ?? newMode) & 4095);
    if (st) await chown(tmp, st.uid, st.gid).catch(() => void 0);
    await check?.(target);
    await rename(tmp, target);
  } catch (err) {
    await unlink(tmp).catch(() => void 0);
    throw err;
  }
}
var STREAM_PATH = /^\/(dev\/(stdout|stderr|fd\/\d+)|proc\/(self|\d+)\/fd\/\d+)$/;
async function realTarget(file) {
  const l = await lstat(file).catch(() => void 0);
  if (!l?.isSymbolicLink()) return file;
  try {
    return await realpath(file);
  } catch {
    throw new WriteRefused("it is a symbolic link to nothing (a dangling link)");
  }
}
function isInside(file, dir) {
  const rel = path4.relative(dir, file);
  return rel === "" || !rel.startsWith("..") && !path4.isAbsolute(rel);
}
async function writeFixedFile(file, before, after, bom, roots) {
  const { target, st, unchanged } = await checkFixedFile(file, before, bom, roots);
  await writeFileAtomic(target, after, bom, 420, async (t) => {
    await unchanged(t);
    const again = await stat2(t);
    if (again.ino !== st.ino || again.nlink !== st.nlink) throw new WriteRefused("it changed on disk since orglint read it; run the fix again");
  });
}
async function checkFixedFile(file, before, bom, roots) {
  const target = await realTarget(file);
  if (!roots.some((r) => isInside(target, r))) throw new WriteRefused(`it resolves to ${target}, outside the linted folders`);
  const st = await stat2(target);
  if (!st.isFile()) throw new WriteRefused("it is not a regular file");
  if ((st.mode & 146) === 0) throw new WriteRefused("it is read-only (no write permission bits); make it writable to fix it");
  await access(target, constants.W_OK).catch(() => {
    throw new WriteRefused("this user may not write it");
  });
  if (st.nlink > 1) throw new WriteRefused(`it has ${st.nlink} hard links: replacing it would leave the other names with the old text, and rewriting it in place is not atomic`);
  const uid = process.getuid?.();
  if (uid !== void 0 && uid !== 0 && st.uid !== uid) throw new WriteRefused("it belongs to another user, whose ownership a rewrite would drop");
  const expected = Buffer.from((bom ? "\uFEFF" : "") + before, "utf8");
  const unchanged = async (t) => {
    const now = await readFile(t);
    if (now[0] === 255 && now[1] === 254 || now[0] === 254 && now[1] === 255) throw new WriteRefused("it is UTF-16; orglint writes UTF-8 only and does not change a file's encoding");
    if (!now.equals(expected)) throw new WriteRefused("it changed on disk since orglint read it; run the fix again");
  };
  await unchanged(target);
  return { target, st, unchanged };
}

// src/fix/run-fixes.ts
var MAX_PASSES = 10;
function findingKey(f) {
  return `${f.file}\0${f.ruleId}\0${f.messageId ?? ""}\0${f.path}`;
}
function absoluteOps(f, fix) {
  return fix.ops.map((op) => ({ ...op, path: [...f.source.path, ...op.path] }));
}
function editsForFinding(doc, f, fix, refuse) {
  if (!f.source || f.source.doc !== doc || doc.readOnly) return null;
  const ops = absoluteOps(f, fix);
  if (doc.format === "hcl") return hclEdits(doc, ops);
  let edits;
  try {
    edits = doc.format === "yaml" ? yamlEdits(doc.parseText, ops) : jsonEdits(doc.parseText, ops);
  } catch (err) {
    if (!(err instanceof FixRefused)) throw err;
    refuse?.(err.message);
    return null;
  }
  if (!edits) return null;
  if (doc.offsets.identity) return mergeInserts(edits);
  const out = [];
  for (const e of edits) {
    if (doc.offsets.overlaps(e.start, e.end)) return null;
    out.push({ start: doc.offsets.toOriginal(e.start), end: doc.offsets.toOriginal(e.end, "end"), text: e.text });
  }
  return mergeInserts(out);
}
function mergeInserts(edits) {
  const out = [];
  for (const e of edits) {
    const same = e.start === e.end ? out.find((o) => o.start === e.start && o.end === e.end) : void 0;
    if (same) same.text += e.text;
    else out.push({ ...e });
  }
  return out;
}
async function fixPaths(req, mode) {
  const overlay = /* @__PURE__ */ new Map();
  const originals = /* @__PURE__ */ new Map();
  const fixedIn = /* @__PURE__ */ new Map();
  const blocked = /* @__PURE__ */ new Set();
  const refused = [];
  let result = await lintPaths(req);
  const reported = new Set(result.findings.filter((f) => chooseFix(f, mode)).map(findingKey));
  const touched = /* @__PURE__ */ new Set();
  const mayFix = (f) => reported.has(findingKey(f)) || f.docPath !== void 0 && f.source !== void 0 && touched.has(settingKey(f.file, f.ruleId, f.source.path, f.docPath));
  const refusedKeys = /* @__PURE__ */ new Set();
  const passes = /* @__PURE__ */ new Map();
  const block = (file, message) => {
    blocked.add(file);
    passes.delete(file);
    overlay.delete(file);
    originals.delete(file);
    fixedIn.delete(file);
    refused.push({ file, message });
  };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const byFile = /* @__PURE__ */ new Map();
    for (const f of result.findings) {
      if (!f.doc || blocked.has(f.file) || !mayFix(f) || !chooseFix(f, mode)) continue;
      const list = byFile.get(f.file) ?? [];
      list.push(f);
      byFile.set(f.file, list);
    }
    const changes = [];
    for (const [file, findings] of byFile) {
      const doc = result.docs.get(file);
      if (!doc || doc.problems.length) continue;
      const edits = [];
      const applied = [];
      const ops = [];
      for (const f of findings) {
        const fix = chooseFix(f, mode);
        const e = editsForFinding(doc, f, fix, (reason) => {
          if (refusedKeys.has(findingKey(f))) return;
          refusedKeys.add(findingKey(f));
          refused.push({ file, line: f.line, column: f.column, ruleId: f.ruleId, message: reason, key: findingKey(f) });
        });
        if (!e || e.some((x) => edits.some((y) => x.start < y.end && y.start < x.end))) continue;
        edits.push(...e);
        applied.push(f);
        ops.push(...absoluteOps(f, fix));
      }
      if (edits.length === 0) continue;
      const { text } = applyEdits(doc.text, edits);
      if (text === doc.text) continue;
      if (!originals.has(file)) originals.set(file, { text: doc.text, bom: doc.bom, secrets: documentSecrets(doc.value) });
      overlay.set(file, { text, bom: doc.bom });
      changes.push({ file, doc, applied, ops });
    }
    if (changes.length === 0) break;
    result = await lintPaths({ ...req, overlay });
    let reverted = false;
    for (const c of changes) {
      const why = disproveFix(c.doc, result.docs.get(c.file), c.ops) ?? stillThere(result, c);
      if (why) {
        block(c.file, why);
        reverted = true;
        continue;
      }
      const list = passes.get(c.file) ?? [];
      list.push({ doc: c.doc, applied: c.applied, after: overlay.get(c.file).text, next: result.docs.get(c.file) });
      passes.set(c.file, list);
      const mine = fixedIn.get(c.file) ?? /* @__PURE__ */ new Map();
      for (const f of c.applied) {
        if (!mine.has(findingKey(f))) mine.set(findingKey(f), f);
        for (const op of absoluteOps(f, chooseFix(f, mode))) touched.add(settingKey(c.file, f.ruleId, f.source.path, op.path));
      }
      fixedIn.set(c.file, mine);
    }
    if (reverted) result = await lintPaths({ ...req, overlay });
  }
  const changed = /* @__PURE__ */ new Map();
  for (const [file, o] of originals) {
    changed.set(file, { before: o.text, after: overlay.get(file).text, bom: o.bom, fixed: [...fixedIn.get(file)?.values() ?? []], secrets: o.secrets });
  }
  let fixed = 0;
  for (const m of fixedIn.values()) fixed += m.size;
  const done = new Set([...fixedIn.values()].flatMap((m) => [...m.keys()]));
  return { result, changed, fixed, refused: refused.filter((r) => !r.key || !done.has(r.key)), passes };
}
function settingKey(file, ruleId, resource, at) {
  return `${file}\0${ruleId}\0${JSON.stringify(at.slice(0, resource.length + 1))}`;
}
function stillThere(result, c) {
  const keys = new Set(c.applied.map(findingKey));
  const left = result.findings.find((f) => f.file === c.file && keys.has(findingKey(f)));
  return left ? refusal(`the fix for ${left.ruleId} at ${left.line}:${left.column} would not remove the finding`) : void 0;
}

export {
  MissingPathError,
  lintPaths,
  WriteRefused,
  writeFileAtomic,
  writeFixedFile,
  checkFixedFile,
  findingKey,
  absoluteOps,
  editsForFinding,
  fixPaths
};
