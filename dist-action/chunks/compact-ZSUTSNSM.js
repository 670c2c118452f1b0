import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  skippedLine,
  tenantsCompact
} from "./chunk-LK4ZQA7U.js";
import {
  displayPath,
  suppressionCounts
} from "./chunk-XGHWUMGV.js";
import "./chunk-2PXXPKA6.js";

// src/formatters/compact.ts
var compact = (input) => {
  const lines = input.findings.map((f) => `${displayPath(f.file, input.cwd)}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.ruleId}]
`);
  const sup = suppressionCounts(input.suppressed);
  if (sup.total) {
    const parts = [sup.inline && `${sup.inline} by orglint-disable comments`, sup.baseline && `${sup.baseline} by the baseline`].filter(Boolean).join(", ");
    lines.push(`${sup.total} finding${sup.total === 1 ? "" : "s"} suppressed (${parts}); -f json lists them with their reasons
`);
  }
  const skipped = skippedLine(input.notes?.skippedRules, input.cwd);
  if (skipped) lines.push(`orglint: ${skipped}
`);
  lines.push(...tenantsCompact(input.notes?.tenants));
  return lines.join("");
};
export {
  compact
};
