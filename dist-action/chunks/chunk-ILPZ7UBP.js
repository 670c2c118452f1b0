import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  writeFileAtomic
} from "./chunk-ONNANAHT.js";
import {
  UsageError,
  findingKey,
  legacyFindingKey,
  lineColumn,
  linkedOutput,
  loadJson,
  readNamedFile,
  summarize
} from "./chunk-XGHWUMGV.js";

// src/baseline/run-baseline.ts
import { mkdir } from "node:fs/promises";
import path2 from "node:path";

// src/baseline/baseline.ts
import { existsSync } from "node:fs";
import path from "node:path";
var MAX_BASELINE_SIZE = 256 * 1024 * 1024;
var BASELINE_VERSION = 2;
var READABLE_VERSIONS = [1, 2];
var BaselineError = class extends UsageError {
};
async function loadBaseline(file, allowMissing) {
  if (!existsSync(file)) {
    if (allowMissing) return { file, entries: {} };
    throw new BaselineError(`baseline file not found: ${file} (create it with --update-baseline)`);
  }
  const read = readNamedFile(file, MAX_BASELINE_SIZE);
  if (!read.ok) throw new BaselineError(`baseline ${file}: ${read.message.replace(/To lint what it leads to, name that: orglint (.*)$/s, "To use it, name that: orglint --baseline $1")}`);
  let data;
  try {
    data = JSON.parse(read.text);
  } catch {
    const doc = loadJson(file, read.text, read.bom);
    const problem = doc.problems[0];
    const at = problem ? lineColumn(doc, problem.span.start) : void 0;
    throw new BaselineError(`baseline ${file}${at ? `:${at.line}:${at.column}` : ""}: ${problem?.message ?? "invalid JSON"}`);
  }
  const d = data;
  if (typeof d !== "object" || d === null || !READABLE_VERSIONS.includes(d.version) || !isRecord(d.files)) {
    throw new BaselineError(`baseline ${file}: expected {"version": ${BASELINE_VERSION}, "files": {...}} as written by --update-baseline`);
  }
  for (const [f, resources] of Object.entries(d.files)) {
    const ok = isRecord(resources) && Object.values(resources).every((rules) => isRecord(rules) && Object.values(rules).every((paths) => isRecord(paths) && Object.values(paths).every((n) => Number.isInteger(n) && n > 0)));
    if (!ok) throw new BaselineError(`baseline ${file}: the entry for ${JSON.stringify(f)} must map resource \u2192 rule \u2192 path \u2192 a positive count`);
  }
  return { file, entries: d.files };
}
function baselineFileName(file, baselineFile) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return file;
  return path.relative(path.dirname(baselineFile), file).split(path.sep).join("/");
}
function applyBaseline(findings, baseline, lintedFiles) {
  const used = /* @__PURE__ */ new Map();
  const kept = [];
  const hidden = [];
  const reason = `recorded in the baseline ${path.basename(baseline.file)}`;
  const take = (name, k) => {
    const allowed = own(own(own(own(baseline.entries, name), k.resource), k.ruleId), k.path) ?? 0;
    const id = JSON.stringify([name, k.resource, k.ruleId, k.path]);
    const n = used.get(id) ?? 0;
    if (n >= allowed) return false;
    used.set(id, n + 1);
    return true;
  };
  for (const f of findings) {
    const name = baselineFileName(f.file, baseline.file);
    const k = findingKey(f);
    const legacy = legacyFindingKey(f);
    if (take(name, k) || legacy.path !== k.path && take(name, legacy)) hidden.push({ ...f, suppression: { kind: "baseline", reason } });
    else kept.push(f);
  }
  const linted = new Set(lintedFiles.map((f) => baselineFileName(f, baseline.file)));
  const stale = [];
  for (const [file, resources] of Object.entries(baseline.entries)) {
    if (!linted.has(file) && existsOnDisk(file, baseline.file)) continue;
    for (const [resource, rules] of Object.entries(resources)) {
      for (const [ruleId, paths] of Object.entries(rules)) {
        for (const [p, count] of Object.entries(paths)) {
          const gone = count - (used.get(JSON.stringify([file, resource, ruleId, p])) ?? 0);
          if (gone > 0) stale.push({ file, resource, ruleId, path: p, count: gone });
        }
      }
    }
  }
  return { kept, hidden, stale };
}
function updatedBaseline(findings, previous, lintedFiles) {
  const linted = new Set(lintedFiles.map((f) => baselineFileName(f, previous.file)));
  const entries = /* @__PURE__ */ Object.create(null);
  for (const [file, resources] of Object.entries(previous.entries)) {
    if (!linted.has(file) && existsOnDisk(file, previous.file)) entries[file] = resources;
  }
  const recounted = /* @__PURE__ */ new Set();
  for (const f of findings) {
    const name = baselineFileName(f.file, previous.file);
    const k = findingKey(f);
    const paths = child(child(child(entries, name), k.resource), k.ruleId);
    if (!linted.has(name)) {
      const id = JSON.stringify([name, k.resource, k.ruleId, k.path]);
      if (!recounted.has(id)) {
        recounted.add(id);
        paths[k.path] = 0;
      }
    }
    paths[k.path] = (own(paths, k.path) ?? 0) + 1;
  }
  return JSON.stringify({ version: BASELINE_VERSION, files: sortKeys(entries) }, null, 2) + "\n";
}
function describeStale(s) {
  const parts = [s.resource || "(file)", s.ruleId, s.path || "/"];
  return `${s.file}: ${parts.join(" \u203A ")}${s.count > 1 ? ` (${s.count})` : ""}`;
}
function existsOnDisk(name, baselineFile) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(name)) return true;
  return existsSync(path.resolve(path.dirname(baselineFile), name));
}
function own(obj, key) {
  return obj && Object.hasOwn(obj, key) ? obj[key] : void 0;
}
function child(obj, key) {
  if (!Object.hasOwn(obj, key)) obj[key] = /* @__PURE__ */ Object.create(null);
  return obj[key];
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function sortKeys(v) {
  if (!isRecord(v)) return v;
  const out = /* @__PURE__ */ Object.create(null);
  for (const k of Object.keys(v).sort()) out[k] = sortKeys(v[k]);
  return out;
}

// src/baseline/run-baseline.ts
var MAX_LISTED = 20;
async function runBaseline(file, update, result, cwd, warn) {
  if (update && !file) throw new BaselineError("--update-baseline needs --baseline FILE: the file to write");
  if (!file) return void 0;
  const abs = path2.resolve(cwd, file);
  let baseline = await loadBaseline(abs, update);
  if (update) {
    const through = linkedOutput(abs, cwd);
    if (through) throw new BaselineError(`cannot write the baseline ${file}: ${through}`);
    const text = updatedBaseline(result.findings, baseline, result.files);
    try {
      await mkdir(path2.dirname(abs), { recursive: true });
      await writeFileAtomic(abs, text);
    } catch (err) {
      throw new BaselineError(`cannot write the baseline ${file}: ${err.message}`);
    }
    baseline = { file: abs, entries: JSON.parse(text).files };
    warn(`baseline ${file} updated: ${result.findings.length} finding${result.findings.length === 1 ? "" : "s"} of this run recorded`);
  }
  const { kept, hidden, stale } = applyBaseline(result.findings, baseline, result.files);
  if (stale.length) {
    const n = stale.reduce((sum, s) => sum + s.count, 0);
    const lines = stale.slice(0, MAX_LISTED).map((s) => `  ${describeStale(s)}`);
    if (stale.length > MAX_LISTED) lines.push(`  ... and ${stale.length - MAX_LISTED} more`);
    warn(`baseline ${file}: ${n} recorded finding${n === 1 ? " is" : "s are"} gone (--update-baseline prunes them):
${lines.join("\n")}`);
  }
  const suppressedBefore = result.summary.suppressed ?? 0;
  return {
    findings: kept,
    summary: summarize(kept, result.summary.files, result.summary.clients, suppressedBefore + hidden.length),
    hidden: hidden.length,
    suppressed: hidden,
    stale
  };
}

export {
  runBaseline
};
