import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  escapeData,
  escapeProperty
} from "./chunk-AEP2ZLDI.js";
import {
  repoPath,
  repoRoot
} from "./chunk-CWHNAUHF.js";
import {
  skippedLine,
  tenantsGithub
} from "./chunk-HTPDSBGJ.js";
import {
  suppressionCounts,
  wholeFileSuppressions
} from "./chunk-FZRJ4BAB.js";
import "./chunk-H6IJQYMW.js";
import "./chunk-J5OMSPZF.js";

// src/formatters/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
var RANK = { error: 0, warning: 1, info: 2 };
function bySeverity(findings) {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
var github = (input) => {
  const root = repoRoot(input.cwd);
  return bySeverity(input.findings).map((f) => {
    const props = [["file", repoPath(f.file, root)]];
    if (f.line >= 1) {
      props.push(["line", f.line], ["endLine", Math.max(f.endLine, f.line)]);
      if (f.column >= 1) props.push(["col", f.column], ["endColumn", Math.max(f.endColumn, f.column)]);
    }
    props.push(["title", f.ruleId]);
    const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
    const related = f.related ? f.related.map((r) => `
\u21B3 ${repoPath(r.file, root)}:${r.line}:${r.column}: ${r.message}`).join("") : "";
    return `::${COMMAND[f.severity]} ${list}::${escapeData(f.message + related)}
`;
  }).join("") + suppressedNotices(input) + skippedNotice(input) + tenantsGithub(input.notes?.tenants, escapeData, escapeProperty);
};
function suppressedNotices(input) {
  const sup = suppressionCounts(input.suppressed);
  if (!sup.total) return "";
  const root = repoRoot(input.cwd);
  const out = [];
  for (const w of wholeFileSuppressions(input.suppressed)) {
    const props = `file=${escapeProperty(repoPath(w.file, root))},line=${w.line},title=${escapeProperty(w.directive)}`;
    const why = w.reason ? `"${w.reason}"` : "no reason given";
    out.push(`::notice ${props}::${escapeData(`${w.directive} hides ${w.count} finding${w.count === 1 ? "" : "s"}: ${why}`)}
`);
  }
  const parts = [sup.inline && `${sup.inline} by orglint-disable comments${sup.noReason ? ` (${sup.noReason} without a reason)` : ""}`, sup.baseline && `${sup.baseline} by the baseline`].filter(Boolean).join(", ");
  out.push(`::notice title=${escapeProperty("orglint: suppressed findings")}::${escapeData(`${sup.total} finding${sup.total === 1 ? "" : "s"} suppressed (${parts}); -f json lists them with their reasons`)}
`);
  return out.join("");
}
function skippedNotice(input) {
  const line = skippedLine(input.notes?.skippedRules, input.cwd);
  return line ? `::notice title=${escapeProperty("orglint: skipped rules")}::${escapeData(line)}
` : "";
}
export {
  bySeverity,
  github
};
