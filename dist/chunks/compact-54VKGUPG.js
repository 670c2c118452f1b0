import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  skippedLine
} from "./chunk-GF53GCYC.js";
import {
  displayPath,
  suppressionCounts
} from "./chunk-BTSGYF2U.js";
import "./chunk-BIRPFOHH.js";

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
  return lines.join("");
};
export {
  compact
};
