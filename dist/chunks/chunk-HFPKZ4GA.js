import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  compareFindings,
  summarize,
  toPointer
} from "./chunk-4PPNWPYB.js";
import {
  expandPaths
} from "./chunk-VOFCD3QB.js";
import {
  DIRECTORY_FOLDERS,
  SOURCE_KINDS,
  directoryTenantRoot,
  formatMessage,
  loadJson,
  payloadFileMatcher
} from "./chunk-QRVRRTOY.js";
import {
  RuleSettings
} from "./chunk-X3U4OVFO.js";
import {
  spanToPosition
} from "./chunk-IG3RWNXG.js";
import {
  loadYamlAsync
} from "./chunk-HIKLN4YZ.js";

// src/engine/run-rules.ts
var RANK = { error: 0, warning: 1, info: 2 };
var ruleStats = { contexts: 0 };
function runRules(tenants, rules, settings, keep = () => true) {
  const findings = [];
  const active = rules.filter((r) => settings.enabledSomewhere(r.id));
  for (const tenant of tenants) {
    for (const rule of active) {
      if (rule.meta.scope === "tenant") {
        const setting = settings.get(rule.id, tenant.id);
        runOne(rule, tenant, void 0, setting.options, (f) => {
          const s = settings.get(rule.id, f.file);
          if (s.severity === "off") return;
          f.severity = effective(r0(f), s, rule.meta.severity);
          findings.push(f);
        }, keep);
        continue;
      }
      const list = rule.meta.scope === "client" ? tenant.clients : rule.meta.scope === "clientGrant" ? tenant.clientGrants : tenant.organizations;
      for (const resource of list) {
        if (!keep(resource)) continue;
        const setting = settings.get(rule.id, resource.doc.file);
        if (setting.severity === "off") continue;
        runOne(rule, tenant, resource, setting.options, (f) => {
          f.severity = effective(r0(f), setting, rule.meta.severity);
          findings.push(f);
        }, keep);
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
function runOne(rule, tenant, resource, options, push, keep) {
  ruleStats.contexts++;
  const ctx = {
    options,
    tenant,
    resource,
    report(r) {
      const target = r.resource ?? resource;
      if (!target) throw new Error(`rule ${rule.id}: a tenant-scope report must name its resource`);
      if (r.resource && !keep(target)) return;
      push(makeFinding(rule, target, r));
    }
  };
  ctx.report = ctx.report.bind(ctx);
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
  if (r.severity) reportedSeverity.set(finding, r.severity);
  if (r.alternatives?.length && !doc.readOnly) finding.alternatives = r.alternatives;
  if (r.predictedResponse) finding.predictedResponse = r.predictedResponse;
  return finding;
}

// src/engine/lint.ts
import { readdirSync } from "node:fs";
import path from "node:path";

// src/sources/read-file.ts
import { closeSync, constants as fsConstants, fstatSync, openSync, readFileSync } from "node:fs";
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
async function readTextFile(file, maxSize = DEFAULT_MAX_FILE_SIZE) {
  let fd;
  try {
    fd = openSync(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch (err) {
    return { ok: false, rule: "read-error", message: `cannot read file: ${describeFsError(err)}` };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, rule: "read-error", message: "cannot read file: it is a directory" };
    if (!stat.isFile()) return { ok: false, rule: "read-error", message: "cannot read file: not a regular file (a FIFO, socket or device)" };
    if (stat.size > maxSize) {
      return {
        ok: false,
        rule: "file-too-large",
        message: `file is ${formatSize(stat.size)}, over the ${formatSize(maxSize)} limit (raise maxFileSize in the config to read it)`
      };
    }
    const buf = readFileSync(fd);
    if (buf.length > maxSize) {
      return { ok: false, rule: "file-too-large", message: `file is over the ${formatSize(maxSize)} limit` };
    }
    return decode(buf);
  } catch (err) {
    return { ok: false, rule: "read-error", message: `cannot read file: ${describeFsError(err)}` };
  } finally {
    closeSync(fd);
  }
}
function decode(buf) {
  if (buf[0] === 255 && buf[1] === 254) return { ok: true, text: new TextDecoder("utf-16le").decode(buf.subarray(2)), bom: true };
  if (buf[0] === 254 && buf[1] === 255) return { ok: true, text: new TextDecoder("utf-16be").decode(buf.subarray(2)), bom: true };
  const bom = buf[0] === 239 && buf[1] === 187 && buf[2] === 191;
  const body = bom ? buf.subarray(3) : buf;
  const probe = body.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, rule: "parse-error", message: "binary file: not YAML or JSON text" };
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
  if (!text.includes("\uFFFD") && text.charCodeAt(0) !== 65279) return { ok: true, text, bom };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(body), bom };
  } catch {
    return { ok: false, rule: "parse-error", message: "file is not valid UTF-8 text" };
  }
}
function describeFsError(err) {
  const code = err?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a directory";
    case "ELOOP":
      return "too many symbolic links (a link loop?)";
    default:
      return code ?? (err instanceof Error ? err.message : String(err));
  }
}
function formatSize(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, "")} KiB`;
  return `${bytes} B`;
}

// src/sources/load.ts
var LIKELY_OURS = /"(clients|client_id|organization_usage|organization_require_behavior|app_type|resource_changes|postData)"|^(clients|clientGrants|organizations)\s*:/m;
async function loadFile(file, opts) {
  const shadow = opts.overlay?.get(file);
  const read = shadow ? { ok: true, ...shadow } : await readTextFile(file, opts.maxFileSize);
  let named;
  const byName = () => named === void 0 ? named = SOURCE_KINDS.find((k) => k.sniff(file, "", opts)) ?? null : named;
  if (!read.ok) {
    if (!opts.explicit && !byName() && read.rule === "parse-error") return { status: "skipped", file, reason: read.message };
    return { status: "failed", file, rule: read.rule, message: read.message };
  }
  const { text, bom } = read;
  if (text.trim() === "") {
    const kind = byName();
    if (kind) return { status: "failed", file, rule: "parse-error", message: `the file is empty: expected ${kind.format === "json" ? "a JSON object" : "YAML"}` };
    return { status: "skipped", file, reason: "the file is empty" };
  }
  const candidates = SOURCE_KINDS.filter((k) => k.sniff(file, text, opts));
  if (candidates.length === 0) return { status: "skipped", file, reason: "not a tenant export, payload or dump orglint reads" };
  const docs = {};
  for (const kind of candidates) {
    const doc = kind.load ? docs[kind.name] ??= kind.load(file, text, bom) : docs[kind.format] ??= kind.format === "yaml" ? await loadYamlAsync(file, text, bom, opts.keywords) : loadJson(file, text, bom, opts.keywords);
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
  return { status: "skipped", file, reason: "its content is not a tenant export, payload or dump orglint reads" };
}
function emptyContribution(file) {
  return { tenantKey: file, resources: [], hasOrganizations: false, hasClientGrants: false };
}

// src/engine/suppressions.ts
var UNSUPPRESSIBLE = /* @__PURE__ */ new Set(["parse-error", "read-error", "file-too-large", "unused-disable-directive"]);
function applyDirectives(doc, findings, knownRuleIds) {
  if (doc.directives.length === 0) return { kept: findings, unused: [] };
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
  }
  for (const list of lines.values()) list.sort((a, b) => a - b);
  for (const s of scopes) {
    for (const id of s.directive.ruleIds.length ? s.directive.ruleIds : ["*"]) {
      if (anyWithin(lines.get(id), s.fromLine, s.toLine)) s.used.add(id);
    }
  }
  const unused = [];
  for (const s of scopes) {
    const d = s.directive;
    if (d.kind === "enable") continue;
    const idle = d.ruleIds.length === 0 ? s.used.size === 0 ? ["*"] : [] : d.ruleIds.filter((id) => !s.used.has(id));
    for (const id of idle) {
      const pos = spanToPosition(doc, d.span);
      const what = id === "*" ? "this orglint-" + d.kind + " comment suppresses nothing" : knownRuleIds.has(id) ? `"${id}" is disabled here but reports nothing` : `"${id}" is not a rule orglint knows`;
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
  return { kept, unused };
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

// src/engine/lint.ts
async function lintPaths(req) {
  const { config, debug } = req;
  const targets = await expandPaths(req.cwd, req.paths, config.ignore, config.baseDir, (f, why) => debug?.(`skipped ${f}: ${why}`));
  const isPayloadFile = payloadFileMatcher(config.payloads, config.baseDir);
  const loadOpts = { keywords: config.keywords, maxFileSize: config.maxFileSize, overlay: req.overlay, isPayloadFile };
  const named = { ...loadOpts, explicit: true };
  const walked = { ...loadOpts, explicit: false };
  const loaded = await mapLimit(targets, 16, (t) => loadFile(t.file, t.explicit ? named : walked));
  const targetFiles = /* @__PURE__ */ new Set();
  for (const l of loaded) {
    if (l.status === "skipped") debug?.(`skipped ${l.file}: ${l.reason}`);
    else targetFiles.add(l.file);
  }
  const context = await loadDirectorySiblings(loaded, targetFiles, loadOpts);
  const tenants = assembleTenants([...loaded, ...context]);
  const settings = new RuleSettings(config, req.rules, req.cliRules);
  const findings = [];
  for (const l of loaded) if (l.status !== "skipped") findings.push(...fileProblems(l));
  const keep = context.length === 0 ? () => true : (r) => targetFiles.has(r.doc.file);
  findings.push(...runRules(tenants, req.rules, settings, keep));
  const docs = /* @__PURE__ */ new Map();
  for (const l of loaded) if (l.status === "loaded") docs.set(l.file, l.doc);
  const final = finalize(findings, docs, req.rules, settings);
  const clients = tenants.reduce((n, t) => n + (context.length === 0 ? t.clients.length : t.clients.filter(keep).length), 0);
  return { findings: final, summary: summarize(final, targetFiles.size, clients), files: [...targetFiles], docs, tenants };
}
function finalize(findings, docs, rules, settings) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const known = /* @__PURE__ */ new Set([...rules.map((r) => r.id), "parse-error", "read-error", "file-too-large", "unused-disable-directive"]);
  const out = [];
  for (const [file, doc] of docs) if (doc.directives.length && !byFile.has(file)) byFile.set(file, []);
  for (const [file, list] of byFile) {
    const doc = docs.get(file);
    if (!doc) {
      out.push(...list);
      continue;
    }
    const { kept, unused } = applyDirectives(doc, list, known);
    out.push(...kept);
    if (settings.get("unused-disable-directive", file).severity !== "off") out.push(...unused);
  }
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
    const folder = path.dirname(l.file);
    let root = rootOfFolder.get(folder);
    if (root === void 0) rootOfFolder.set(folder, root = directoryTenantRoot(l.file));
    if (root) roots.add(root);
  }
  const extra = [];
  for (const root of roots) {
    for (const folder of Object.keys(DIRECTORY_FOLDERS)) {
      const dir = path.join(root, folder);
      let names = [];
      try {
        names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
      } catch {
        continue;
      }
      for (const n of names.sort()) {
        const f = dir + path.sep + n;
        if (/\.json$/i.test(n) && !targets.has(f)) extra.push(f);
      }
    }
  }
  return mapLimit(extra, 16, (f) => loadFile(f, { ...opts, explicit: false }));
}
function assembleTenants(files) {
  const tenants = /* @__PURE__ */ new Map();
  for (const l of files) {
    if (l.status !== "loaded") continue;
    const c = l.contribution;
    let t = tenants.get(c.tenantKey);
    if (!t) {
      t = { id: c.tenantKey, clients: [], clientGrants: [], organizations: [], hasOrganizations: false, hasClientGrants: false };
      tenants.set(c.tenantKey, t);
    }
    t.hasOrganizations ||= c.hasOrganizations;
    t.hasClientGrants ||= c.hasClientGrants;
    for (const r of c.resources) {
      if (r.type === "client") t.clients.push(r);
      else if (r.type === "clientGrant") t.clientGrants.push(r);
      else t.organizations.push(r);
    }
  }
  return [...tenants.values()];
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
  DEFAULT_MAX_FILE_SIZE,
  readTextFile,
  runRules,
  lintPaths,
  finalize,
  mapLimit
};
