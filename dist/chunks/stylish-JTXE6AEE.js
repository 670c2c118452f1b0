import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  skippedLine,
  tenantsLines,
  unauditedLine
} from "./chunk-HTPDSBGJ.js";
import {
  displayPath,
  escapeControls,
  findingLine,
  hasSource,
  suppressionCounts,
  wholeFileSuppressions
} from "./chunk-FZRJ4BAB.js";
import "./chunk-H6IJQYMW.js";
import "./chunk-J5OMSPZF.js";

// src/formatters/stylish.ts
var STYLES = {
  underline: [4, 24],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39]
};
var styleText = (style, s) => `\x1B[${STYLES[style][0]}m${s}\x1B[${STYLES[style][1]}m`;
var stylish = (input) => {
  let text = "";
  for (const part of stylishParts(input)) text += part;
  return text;
};
function* stylishParts(input) {
  const paint = (style, s) => input.color ? styleText(style, s) : s;
  const severity = { error: paint("red", "error  "), warning: paint("yellow", "warning"), info: paint("blue", "info   ") };
  const groups = /* @__PURE__ */ new Map();
  for (const f of input.findings) {
    const list = groups.get(f.file);
    if (list) list.push(f);
    else groups.set(f.file, [f]);
  }
  for (const [file, list] of groups) {
    const out = [paint("underline", displayPath(file, input.cwd))];
    const positions = list.map((f) => `${f.line}:${f.column}`);
    let width = 0;
    for (const p of positions) if (p.length > width) width = p.length;
    list.forEach((f, i) => {
      out.push(`  ${positions[i].padEnd(width)}  ${severity[f.severity] ?? severity.info}  ${f.message}  ${paint("dim", f.ruleId)}`);
      excerpt(f, paint, out);
      if (f.related) for (const r of f.related) out.push(relatedLine(r, input.cwd, paint));
    });
    out.push("", "");
    yield out.join("\n");
  }
  yield `${summaryLines(input, paint)}
`;
}
stylish.parts = stylishParts;
function relatedLine(r, cwd, paint) {
  return `    ${paint("dim", "\u21B3")} ${displayPath(r.file, cwd)}:${r.line}:${r.column}: ${escapeControls(r.message)}`;
}
function excerpt(f, paint, out) {
  if (!hasSource(f) || f.line < 1) return;
  const src = findingLine(f, f.line);
  if (src.length > 300) return;
  const gutter = String(f.line);
  const pad = " ".repeat(gutter.length);
  const end = f.endLine === f.line ? Math.max(f.endColumn, f.column + 1) : src.length + 1;
  const caretLen = Math.max(1, Math.min(end, src.length + 1) - f.column);
  const head = src.slice(0, f.column - 1);
  const lead = head.includes("	") ? head.replace(/[^\t]/g, " ") : " ".repeat(head.length);
  out.push(`    ${paint("dim", `${gutter} |`)} ${src}`, `    ${paint("dim", `${pad} |`)} ${lead}${paint(f.severity === "error" ? "red" : f.severity === "warning" ? "yellow" : "blue", "^".repeat(caretLen))}`);
}
function summaryLines(input, paint = (_, t) => t) {
  const s = input.summary;
  const lines = [];
  const unaudited = unauditedLine(input.notes?.tenants);
  if (unaudited) lines.push(paint("red", `\u2716 ${unaudited}`));
  const total = s.errors + s.warnings + s.infos;
  const plural = (n2, w) => `${n2} ${w}${n2 === 1 ? "" : "s"}`;
  const sup = suppressionCounts(input.suppressed);
  const quiet = input.notes?.quietHidden;
  const scanned = `${plural(s.files, "file")}, ${plural(s.clients, "client")} checked${sup.total ? `; ${sup.total} suppressed` : ""}`;
  const notShown = quiet ? [quiet.warnings && plural(quiet.warnings, "warning"), quiet.infos && plural(quiet.infos, "info")].filter(Boolean).join(", ") : "";
  if (total === 0) lines.push(paint("green", `\u2714 no problems (${scanned})`));
  else {
    const mark = s.errors ? paint("red", "\u2716") : s.warnings ? paint("yellow", "\u26A0") : paint("blue", "\u2139");
    lines.push(`${mark} ${plural(total, "problem")} (${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.infos, "info")}) in ${scanned}`);
  }
  if (s.fixable) lines.push(`  ${plural(s.fixable, "problem")} with a fix: --fix applies the safe ones, --fix-unsafe all, --fix-dry-run shows them`);
  const n = input.notes;
  if (n?.fixed) lines.push(`  fixed ${plural(n.fixed, "problem")}`);
  if (n?.dryRun) lines.push("  (what would be left after the fixes shown above; nothing was written)");
  if (total > 0 && notShown) lines.push(`  ${notShown} not shown (--quiet)`);
  if (sup.inline) {
    const why = sup.noReason ? ` (${sup.noReason} without a reason)` : "";
    lines.push(`  ${plural(sup.inline, "finding")} suppressed by orglint-disable comments${why}; --no-inline-config shows them`);
  }
  for (const w of wholeFileSuppressions(input.suppressed)) {
    lines.push(`  ${displayPath(w.file, input.cwd)}:${w.line}: ${w.directive} hides ${plural(w.count, "finding")}: ${w.reason ? `"${escapeControls(w.reason)}"` : "no reason given"}`);
  }
  if (n?.baselineHidden) lines.push(`  ${plural(n.baselineHidden, "finding")} hidden by the baseline`);
  const skipped = skippedLine(n?.skippedRules, input.cwd);
  if (skipped) lines.push(`  ${skipped}`);
  lines.push(...tenantsLines(n?.tenants));
  return lines.join("\n");
}
export {
  stylish,
  summaryLines
};
