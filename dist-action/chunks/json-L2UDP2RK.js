import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  LazyList,
  Open,
  jsonPieces
} from "./chunk-PYQS654I.js";
import {
  skippedJson,
  tenantsJson
} from "./chunk-LK4ZQA7U.js";
import {
  displayPath
} from "./chunk-XGHWUMGV.js";
import "./chunk-2PXXPKA6.js";

// src/formatters/json.ts
var JSON_FORMAT_VERSION = 1;
function findingToJson(f, cwd) {
  const primary = f.fix ?? f.alternatives?.[0] ?? null;
  const out = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: displayPath(f.file, cwd),
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    path: f.path,
    resource: f.resource,
    fix: primary ? { safety: primary.safety, description: primary.description } : null
  };
  const others = (f.alternatives ?? []).filter((a) => a !== primary);
  if (others.length) out.alternativeFixes = others.map((a) => ({ safety: a.safety, description: a.description }));
  if (f.predictedResponse) out.predictedResponse = f.predictedResponse;
  if (f.related?.length) out.related = f.related.map((r) => ({ ...r, file: displayPath(r.file, cwd) }));
  return out;
}
var suppressedToJson = (cwd) => (f) => ({
  ...findingToJson(f, cwd),
  suppression: { kind: f.suppression?.kind ?? "inline", reason: f.suppression?.reason ?? null }
});
function jsonReport(input) {
  return reportOf(input, input.findings.map((f) => findingToJson(f, input.cwd)), (input.suppressed ?? []).map(suppressedToJson(input.cwd)));
}
function reportOf(input, findings, suppressed) {
  const report = {
    version: JSON_FORMAT_VERSION,
    tool: { name: "orglint", version: input.toolVersion },
    summary: { ...input.summary, suppressed: input.summary.suppressed ?? input.suppressed?.length ?? 0 },
    findings,
    // every finding an orglint-disable comment or the baseline hid, and why
    suppressed
  };
  if (input.notes?.baselineHidden) report.baselineHidden = input.notes.baselineHidden;
  if (input.notes?.quietHidden) report.quietHidden = input.notes.quietHidden;
  if (input.notes?.skippedRules?.length) report.skippedRules = skippedJson(input.notes.skippedRules, input.cwd);
  if (input.notes?.tenants?.length) report.tenants = tenantsJson(input.notes.tenants);
  return report;
}
var json = (input) => JSON.stringify(jsonReport(input), null, 2) + "\n";
function* jsonParts(input) {
  yield* jsonPieces(new Open(reportOf(input, new LazyList(input.findings, (f) => findingToJson(f, input.cwd)), new LazyList(input.suppressed ?? [], suppressedToJson(input.cwd)))));
}
json.parts = jsonParts;
export {
  JSON_FORMAT_VERSION,
  findingToJson,
  json,
  jsonReport
};
