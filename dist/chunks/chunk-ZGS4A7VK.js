import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  ruleInfos
} from "./chunk-O2ETZ3OI.js";
import {
  displayPath
} from "./chunk-GFE7LF6Q.js";

// src/formatters/markdown.ts
var MARKDOWN_LIMIT = 1024 * 1024;
var MARK = { error: "\u274C error", warning: "\u26A0\uFE0F warning", info: "\u2139\uFE0F info" };
function mdText(s) {
  return s.replace(/\r?\n|\r/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~!#()]/g, (c) => `\\${c}`);
}
function mdCode(s) {
  const text = s.replace(/\r?\n|\r/g, " ").replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || text === "" ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
function markdownReport(input, limit = MARKDOWN_LIMIT) {
  const s = input.summary;
  const total = s.errors + s.warnings + s.infos;
  const plural = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
  const head = [];
  head.push(total === 0 ? "## orglint: \u2705 no problems" : `## orglint: ${plural(total, "problem")} (${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.infos, "info")})`, "");
  const facts = [`${plural(s.files, "file")} and ${plural(s.clients, "client")} checked`];
  if (s.fixable) facts.push(`${plural(s.fixable, "problem")} with a fix (\`orglint --fix\`)`);
  if (input.notes?.baselineHidden) facts.push(`${plural(input.notes.baselineHidden, "finding")} hidden by the baseline`);
  const stale = input.notes?.baselineStale ?? 0;
  if (stale) facts.push(`${stale} baseline ${stale === 1 ? "entry no longer matches" : "entries no longer match"} (\`--update-baseline\` prunes them)`);
  head.push(facts.join(" \xB7 "), "");
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
      const link = info.builtin ? mdCode(id) : `[${mdCode(id)}](${info.helpUri ?? `rules/${encodeURIComponent(id)}/README.md`})`;
      head.push(`| ${link} | ${n} | ${mdText(info.description)} |`);
    }
    head.push("", "### By file", "");
  }
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
    const header = [`#### ${mdCode(displayPath(file, input.cwd))}`, "", "| line | severity | rule | message | resource |", "|---:|---|---|---|---|"];
    if (bytes + Buffer.byteLength(header.join("\n")) + 1 > budget) break;
    add(header);
    let i = 0;
    for (; i < list.length; i++) {
      const f = list[i];
      const row = `| ${f.line}:${f.column} | ${MARK[f.severity]} | ${mdCode(f.ruleId)} | ${mdText(f.message)} | ${f.resource ? `${f.resource.type} ${mdCode(f.resource.name)}` : ""} |`;
      if (bytes + Buffer.byteLength(row) + 1 > budget) break;
      add([row]);
      shown++;
    }
    add([""]);
    if (i < list.length) break;
    filesComplete++;
  }
  if (shown < input.findings.length) {
    const left = input.findings.length - shown;
    const files = groups.size - filesComplete;
    add([`_\u2026 ${plural(left, "more finding")} in ${plural(files, "file")} not shown: this report stops before ${Math.round(limit / 1024)} KiB. Run orglint with \`-f json\` or \`-f html\` for all of them._`, ""]);
  }
  return out.join("");
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
  mdText,
  mdCode,
  markdownReport,
  markdown
};
