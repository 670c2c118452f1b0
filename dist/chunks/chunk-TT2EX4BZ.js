import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  flowsMarkdown
} from "./chunk-I6MTHMEF.js";
import {
  mdCode,
  mdCodeSpan,
  mdText
} from "./chunk-B4Z3URG6.js";
import {
  ruleInfos
} from "./chunk-CFBCXX57.js";
import {
  skippedMarkdown,
  tenantsMarkdown,
  unauditedLine
} from "./chunk-HTPDSBGJ.js";
import {
  displayPath,
  fileUrl,
  ruleDocUrl,
  suppressionCounts,
  suppressionHow
} from "./chunk-FZRJ4BAB.js";

// src/formatters/markdown.ts
var MAX_SUPPRESSED_ROWS = 200;
var MARKDOWN_LIMIT = 1024 * 1024;
var MARK = { error: "\u274C error", warning: "\u26A0\uFE0F warning", info: "\u2139\uFE0F info" };
function markdownReport(input, limit = MARKDOWN_LIMIT) {
  const s = input.summary;
  const total = s.errors + s.warnings + s.infos;
  const plural = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
  const head = [];
  const unaudited = unauditedLine(input.notes?.tenants);
  if (unaudited) head.push(`## orglint: \u274C ${mdText(unaudited)}`, "");
  const sup = suppressionCounts(input.suppressed);
  const quiet = input.notes?.quietHidden;
  const notShown = quiet ? [quiet.warnings && plural(quiet.warnings, "warning"), quiet.infos && plural(quiet.infos, "info")].filter(Boolean).join(", ") : "";
  const suppressedNote = sup.total ? ` \xB7 ${sup.total} suppressed` : "";
  if (total === 0) head.push(`## orglint: \u2705 no problems${suppressedNote}`, "");
  else head.push(`## orglint: ${plural(total, "problem")} (${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.infos, "info")})${suppressedNote}`, "");
  const facts = [`${plural(s.files, "file")} and ${plural(s.clients, "client")} checked`];
  if (sup.inline) facts.push(`${plural(sup.inline, "finding")} suppressed by \`orglint-disable\` comments${sup.noReason ? ` (${sup.noReason} without a reason)` : ""}`);
  if (total > 0 && notShown) facts.push(`${notShown} not shown (\`--quiet\`)`);
  if (s.fixable) facts.push(`${plural(s.fixable, "problem")} with a fix (\`orglint --fix\`)`);
  if (input.notes?.baselineHidden) facts.push(`${plural(input.notes.baselineHidden, "finding")} hidden by the baseline`);
  const stale = input.notes?.baselineStale ?? 0;
  if (stale) facts.push(`${stale} baseline ${stale === 1 ? "entry no longer matches" : "entries no longer match"} (\`--update-baseline\` prunes them)`);
  head.push(facts.join(" \xB7 "), "");
  if (input.report) head.push(reportLine(input), "");
  head.push(...skippedMarkdown(input.notes?.skippedRules ?? [], input.cwd, mdCode, mdText));
  head.push(...tenantsMarkdown(input.notes?.tenants, mdCode, mdText));
  if (total > 0) {
    head.push("| severity | findings |", "|---|---:|");
    for (const sev of ["error", "warning", "info"]) {
      const n = sev === "error" ? s.errors : sev === "warning" ? s.warnings : s.infos;
      if (n) head.push(`| ${MARK[sev]} | ${n} |`);
    }
    head.push("", "### By rule", "", "| rule | findings | what it reports |", "|---|---:|---|");
    const infos = ruleInfos(input.rules, input.findings);
    const counts = /* @__PURE__ */ new Map();
    for (const f of input.findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    for (const [id, n] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      const info = infos.get(id);
      const docs = info.builtin ? void 0 : ruleDocUrl(info.helpUri);
      const link = docs ? `[${mdCode(id)}](${docs})` : mdCode(id);
      head.push(`| ${link} | ${n} | ${mdText(info.description)} |`);
    }
  }
  head.push(...suppressedSection(input));
  if (total > 0) head.push(...head.at(-1) === "" ? [] : [""], "### By file", "");
  const out = [];
  let bytes = 0;
  const add = (lines) => {
    const text = lines.join("\n") + "\n";
    bytes += Buffer.byteLength(text);
    out.push(text);
  };
  add(head);
  const budget = limit - 512;
  const groups = groupByFile(input.findings);
  let shown = 0;
  let filesComplete = 0;
  for (const [file, list] of groups) {
    const header = [`#### ${mdCodeSpan(displayPath(file, input.cwd))}`, "", "| line | severity | rule | message | resource |", "|---:|---|---|---|---|"];
    if (bytes + Buffer.byteLength(header.join("\n")) + 1 > budget) break;
    add(header);
    let i = 0;
    for (; i < list.length; i++) {
      const f = list[i];
      const url = fileUrl(input.report?.links, f.file, f.line);
      const row = `| ${url ? `[${f.line}:${f.column}](${url})` : `${f.line}:${f.column}`} | ${MARK[f.severity]} | ${mdCode(f.ruleId)} | ${mdText(f.message)} | ${f.resource ? `${f.resource.type} ${mdCode(f.resource.name)}` : ""} |`;
      if (bytes + Buffer.byteLength(row) + 1 > budget) break;
      add([row]);
      shown++;
    }
    add([""]);
    if (i < list.length) break;
    filesComplete++;
  }
  if (input.report && shown === input.findings.length) {
    for (const section of reportSections(input)) {
      if (bytes + Buffer.byteLength(section) + 1 > budget) {
        add(["_The login flows of the remaining tenants are not shown: this report stops before 1 MiB. Run `orglint flows -f markdown`._", ""]);
        break;
      }
      add([section]);
    }
  }
  if (shown < input.findings.length) {
    const left = input.findings.length - shown;
    const files = groups.size - filesComplete;
    add([`_\u2026 ${plural(left, "more finding")} in ${plural(files, "file")} not shown: this report stops before ${Math.round(limit / 1024)} KiB. Run orglint with \`-f json\` or \`-f html\` for all of them._`, ""]);
  }
  return out.join("");
}
function suppressedSection(input) {
  const list = input.suppressed ?? [];
  if (list.length === 0) return [];
  const out = ["", `### Suppressed (${list.length})`, "", "| file | line | rule | message | suppressed by | reason |", "|---|---:|---|---|---|---|"];
  for (const f of list.slice(0, MAX_SUPPRESSED_ROWS)) {
    const reason = f.suppression?.reason ? mdText(f.suppression.reason) : "_no reason given_";
    out.push(`| ${mdCode(displayPath(f.file, input.cwd))} | ${f.line}:${f.column} | ${mdCode(f.ruleId)} | ${mdText(f.message)} | ${mdText(suppressionHow(f))} | ${reason} |`);
  }
  if (list.length > MAX_SUPPRESSED_ROWS) out.push("", `_\u2026 ${list.length - MAX_SUPPRESSED_ROWS} more suppressed findings: \`-f json\` lists them all._`);
  out.push("");
  return out;
}
function reportLine(input) {
  const r = input.report;
  const parts = [`orglint ${mdText(input.toolVersion)}`];
  if (r.commit) {
    const short = mdCode(r.commit.slice(0, 12));
    parts.push(`commit ${r.repository ? `[${short}](${r.repository}/commit/${r.commit})` : short}`);
  }
  parts.push(r.configFile ? `config ${mdCode(displayPath(r.configFile, input.cwd))}` : "no config file");
  parts.push(`rules off: ${r.rulesOff.length ? r.rulesOff.map((id) => mdCode(id)).join(", ") : "none"}`);
  const names = r.tenants.map((t) => mdCodeSpan(displayPath(t.id, input.cwd)));
  parts.push(`${r.tenants.length === 1 ? "tenant" : `${r.tenants.length} tenants`}: ${names.slice(0, 10).join(", ")}${names.length > 10 ? `, and ${names.length - 10} more` : ""}`);
  return parts.join(" \xB7 ");
}
function reportSections(input) {
  const r = input.report;
  if (r.tenants.length === 0) return [];
  const out = [
    ["### Tenants", "", "| tenant | clients | errors | warnings | infos |", "|---|---:|---:|---:|---:|", ...r.tenants.map((t) => `| ${mdCode(displayPath(t.id, input.cwd))} | ${t.clients} | ${t.errors} | ${t.warnings} | ${t.infos} |`), ""].join("\n")
  ];
  for (const t of r.flows) {
    if (t.applications.length === 0) continue;
    out.push(flowsMarkdown([t], input.cwd).replace(/^## orglint flows\n\n### /, "### Login flows: "));
  }
  if (r.flowsOmitted) out.push(`_The login flows of ${r.flowsOmitted} more applications are not shown: run \`orglint flows -f markdown\`._
`);
  return out;
}
var markdown = (input) => markdownReport(input);
function groupByFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const list = groups.get(f.file);
    if (list) list.push(f);
    else groups.set(f.file, [f]);
  }
  return groups;
}

export {
  MARKDOWN_LIMIT,
  markdownReport,
  markdown
};
