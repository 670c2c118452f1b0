import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  displayPath
} from "./chunk-GFE7LF6Q.js";
import "./chunk-OJ32ZEHW.js";

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
  return out;
}
function jsonReport(input) {
  const report = {
    version: JSON_FORMAT_VERSION,
    tool: { name: "orglint", version: input.toolVersion },
    summary: input.summary,
    findings: input.findings.map((f) => findingToJson(f, input.cwd))
  };
  if (input.notes?.baselineHidden) report.baselineHidden = input.notes.baselineHidden;
  if (input.notes?.skippedRules?.length) report.skippedRules = input.notes.skippedRules;
  return report;
}
var json = (input) => JSON.stringify(jsonReport(input), null, 2) + "\n";
export {
  JSON_FORMAT_VERSION,
  findingToJson,
  json,
  jsonReport
};
