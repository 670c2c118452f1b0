import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  SOURCES,
  flowsRow,
  groupUnknowns
} from "./chunk-PCYODDXL.js";
import {
  ruleInfos
} from "./chunk-5XKZOIIN.js";
import {
  esc,
  shorten,
  slug
} from "./chunk-KVHTNZY4.js";
import {
  skippedHtml,
  tenantsHtml
} from "./chunk-LK4ZQA7U.js";
import {
  REPORT_APPLICATIONS,
  displayPath,
  escapeControls,
  fileUrl,
  findingLine,
  hasSource,
  maskKnown,
  ruleDocUrl,
  suppressionCounts,
  suppressionHow
} from "./chunk-XGHWUMGV.js";

// src/formatters/html/assets.ts
var REPORT_CSS = `
:root { color-scheme: light; --error: #cf222e; --warning: #bf8700; --info: #0969da; --ok: #1a7f37; --muted: #59636e; --line: #d1d9e0; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #f6f8fa; }
main { max-width: 1240px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 12px; }
.meta { color: var(--muted); margin: 0 0 20px; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 12px; }
.figure { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.figure .n { display: block; font-size: 26px; font-weight: 600; }
.figure .what { color: var(--muted); }
.figure.error .n { color: var(--error); } .figure.warning .n { color: var(--warning); } .figure.info .n { color: var(--info); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(380px, 1fr)); gap: 16px; }
.chart.wide { grid-column: 1 / -1; }
.chart { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px; overflow-x: auto; }
.chart figcaption { font-weight: 600; margin-bottom: 8px; }
.chart svg { display: block; max-width: 100%; height: auto; }
.chart text { font: 12px system-ui, sans-serif; fill: #1f2328; }
.chart text.value, .chart text.legend { fill: var(--muted); }
.chart .clickable { cursor: pointer; }
.chart .clickable:hover rect, .chart .clickable:focus rect { opacity: .8; }
.sev-error { fill: var(--error); } .sev-warning { fill: var(--warning); } .sev-info { fill: var(--info); }
.val-ok { fill: var(--ok); } .val-bad { fill: var(--error); } .val-unset { fill: #8c959f; } .val-unknown { fill: #8250df; }
.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px; margin-bottom: 12px; }
.filters label { display: flex; flex-direction: column; gap: 2px; color: var(--muted); font-size: 12px; }
.filters select, .filters input { font: inherit; padding: 4px 6px; border: 1px solid var(--line); border-radius: 6px; min-width: 160px; max-width: 320px; }
.filters output { margin-left: auto; color: var(--muted); }
table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); }
th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line); }
th { background: #f6f8fa; font-weight: 600; }
td.pos, td.sev { white-space: nowrap; }
td.file { min-width: 16em; overflow-wrap: anywhere; }
td.msg { overflow-wrap: anywhere; }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: 600; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
details summary { cursor: pointer; }
details .detail { margin: 8px 0 4px; }
pre.excerpt, pre.code { background: #f6f8fa; border: 1px solid var(--line); border-radius: 6px; padding: 8px; overflow-x: auto; font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre.excerpt .ln { color: var(--muted); user-select: none; }
pre.excerpt .hit { background: #fff8c5; display: inline-block; min-width: 100%; }
pre.excerpt mark { background: #ffd8d3; color: inherit; border-bottom: 2px solid var(--error); }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eff2f5; padding: 1px 4px; border-radius: 4px; }
pre code { background: none; padding: 0; }
.rule-doc { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 4px 16px 12px; margin-bottom: 12px; }
.muted { color: var(--muted); }
#no-match[hidden], tr[hidden] { display: none; }
`;
var REPORT_JS = `
(function () {
  var table = document.getElementById('findings-table');
  if (!table) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var sev = document.getElementById('f-severity');
  var rule = document.getElementById('f-rule');
  var file = document.getElementById('f-file');
  var text = document.getElementById('f-text');
  var count = document.getElementById('f-count');
  var none = document.getElementById('no-match');
  function apply() {
    var q = text.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (r) {
      var ok = (!sev.value || r.dataset.severity === sev.value) &&
        (!rule.value || r.dataset.rule === rule.value) &&
        (!file.value || r.dataset.file === file.value) &&
        (!q || r.dataset.search.indexOf(q) !== -1);
      r.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + ' of ' + rows.length + ' findings';
    none.hidden = shown !== 0;
  }
  [sev, rule, file].forEach(function (el) { el.addEventListener('change', apply); });
  text.addEventListener('input', apply);
  Array.prototype.forEach.call(document.querySelectorAll('[data-filter-rule], [data-filter-severity]'), function (bar) {
    function pick() {
      if (bar.dataset.filterRule !== undefined) rule.value = bar.dataset.filterRule;
      if (bar.dataset.filterSeverity !== undefined) sev.value = bar.dataset.filterSeverity;
      apply();
      document.getElementById('findings').scrollIntoView();
    }
    bar.addEventListener('click', pick);
    bar.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(); } });
  });
  apply();
})();
`;

// src/formatters/html/report-sections.ts
function text(s) {
  if (s.length > MEMO_MAX_TEXT) return esc(escapeControls(s));
  let shown = texts.get(s);
  if (shown === void 0) {
    if (texts.size >= MEMO_MAX_TEXTS) texts.clear();
    texts.set(s, shown = esc(escapeControls(s)));
  }
  return shown;
}
var texts = /* @__PURE__ */ new Map();
var MEMO_MAX_TEXT = 200;
var MEMO_MAX_TEXTS = 1e4;
function runSection(input) {
  const r = input.report;
  if (!r) return "";
  const rows = [["orglint", esc(input.toolVersion)]];
  if (r.repository) rows.push(["Repository", `<a href="${esc(r.repository)}" rel="noopener noreferrer">${esc(r.repository.replace(/^https:\/\//, ""))}</a>`]);
  if (r.commit) {
    const short = `<code>${esc(r.commit.slice(0, 12))}</code>`;
    rows.push(["Commit", r.repository ? `<a href="${esc(`${r.repository}/commit/${r.commit}`)}" rel="noopener noreferrer">${short}</a>` : short]);
  }
  rows.push(["Config", r.configFile ? `<code>${text(displayPath(r.configFile, input.cwd))}</code>` : "none (rule defaults)"]);
  rows.push(["Rules off", r.rulesOff.length ? r.rulesOff.map((id) => `<code>${text(id)}</code>`).join(", ") : "none"]);
  const tenants = r.tenants.map((t, i) => `<a href="#${slug("tenant", String(i + 1))}"><code>${text(displayPath(t.id, input.cwd))}</code></a>`);
  rows.push([r.tenants.length === 1 ? "Tenant" : `Tenants (${r.tenants.length})`, tenants.join(", ") || "none"]);
  return `<section class="run" id="run"><dl>
${rows.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${v}</dd></div>`).join("\n")}
</dl></section>`;
}
function findingsByClient(findings) {
  const m = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.resource?.type !== "client") continue;
    let names = m.get(f.file);
    if (!names) m.set(f.file, names = /* @__PURE__ */ new Map());
    const l = names.get(f.resource.name);
    if (l) l.push(f);
    else names.set(f.resource.name, [f]);
  }
  return m;
}
function* tenantSectionParts(input) {
  const r = input.report;
  if (!r || r.tenants.length === 0) return;
  texts.clear();
  const byClient = findingsByClient(input.findings);
  const summary = r.tenants.map(
    (t, i) => `<tr><td><a href="#${slug("tenant", String(i + 1))}"><code>${text(displayPath(t.id, input.cwd))}</code></a></td><td class="num">${t.clients}</td><td class="num">${t.errors}</td><td class="num">${t.warnings}</td><td class="num">${t.infos}</td></tr>`
  );
  yield `<h2 id="tenants">Tenants</h2>
<div class="scroll"><table class="tenants"><thead><tr><th>Tenant</th><th>Clients</th><th>Errors</th><th>Warnings</th><th>Infos</th></tr></thead>
<tbody>
${summary.join("\n")}
</tbody></table></div>
<h2 id="applications">Applications and their login flows</h2>
<p class="muted">What Auth0 does when a user of each application starts a login, derived from the settings and the tenant around them, following Auth0's docs row by row (<code>orglint flows</code>). <span class="unknown">unknown</span> means the docs disagree or are silent, or an input is not known: the reason is listed under the table.</p>
`;
  for (let i = 0; i < r.flows.length; i++) {
    const t = r.flows[i];
    yield `${i > 0 ? "\n" : ""}${tenantSection(t, i, input, byClient, r.tenants[i]?.clients ?? t.applications.length)}`;
  }
}
function tenantSection(t, i, input, byClient, total2) {
  const apps = t.applications;
  const reasons = [];
  const rows = apps.map((a) => {
    const row2 = flowsRow(a);
    for (const [reason, whats] of groupUnknowns(row2.unknowns)) reasons.push(`<li><strong>${text(a.name)}</strong> (${text(whats.join(", "))}): ${text(reason)}</li>`);
    const found = byClient.get(a.file)?.get(a.name) ?? [];
    const counts = found.length === 0 ? "" : ["error", "warning", "info"].map((sev) => [sev, found.filter((f) => f.severity === sev).length]).filter(([, n]) => n > 0).map(([sev, n]) => `<span class="badge ${sev}">${n} ${sev}${n === 1 ? "" : "s"}</span>`).join(" ");
    const cell = (s) => s === "unknown" ? '<span class="unknown">unknown</span>' : text(s);
    return `<tr id="${slug("app", `${i + 1}-${a.path}`)}"><td><strong>${text(a.name)}</strong><br><span class="muted">${text(displayPath(a.file, input.cwd))}</span></td><td>${text(row2.type)}</td><td>${cell(row2.users)}</td><td>${cell(row2.withoutOrganization)}</td><td>${cell(row2.prompt)}</td><td>${personal(a)}</td><td class="orgs">${cell(row2.organizations)}</td><td>${counts || '<span class="muted">none</span>'}</td><td>${follows(a)}</td></tr>`;
  });
  const left = total2 - apps.length;
  const assumptions = t.assumptions.map((x) => `<p class="muted">Assumed: ${text(x)}</p>`).join("");
  return `<section class="tenant" id="${slug("tenant", String(i + 1))}">
<h3>${text(displayPath(t.id, input.cwd))}</h3>
${assumptions}
${apps.length ? `<div class="scroll"><table class="apps"><thead><tr><th>Application</th><th>Type</th><th>Users</th><th>Without organization</th><th>Prompt</th><th>Personal login</th><th>Organizations (connections)</th><th>Findings</th><th>Follows</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table></div>` : total2 ? "" : '<p class="muted">No application.</p>'}
${left > 0 ? `<p class="muted">${left} ${left === 1 ? "application is" : "applications are"} not shown (this report shows ${REPORT_APPLICATIONS} in all): <code>orglint flows</code> lists them all.</p>` : ""}
${reasons.length ? `<div class="unknowns"><p>Unknown, and why:</p><ul>${reasons.join("")}</ul></div>` : ""}
</section>`;
}
function personal(a) {
  const v = a.personalLogin?.value;
  if (!v) return "";
  return v === "unknown" ? '<span class="unknown">unknown</span>' : esc(v);
}
function follows(a) {
  const keys = /* @__PURE__ */ new Set([...a.users.source, ...a.flows?.withoutOrganization.source ?? [], ...a.machineToMachine?.source ?? []]);
  const row2 = a.row ?? (a.machineToMachine ? "\xA73" : "");
  const links = [...keys].map(sourceLink);
  return [row2 ? esc(row2) : "", ...links].filter(Boolean).join(" ");
}
function sourceLink(k) {
  let link = sourceLinks.get(k);
  if (link === void 0) sourceLinks.set(k, link = `<a href="${esc(SOURCES[k].url)}" rel="noopener noreferrer" title="${esc(SOURCES[k].title)}">${esc(k)}</a>`);
  return link;
}
var sourceLinks = /* @__PURE__ */ new Map();
var REPORT_SECTIONS_CSS = `
.run dl { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 8px 16px; margin: 0 0 20px; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.run dl div { min-width: 0; }
.run dt { color: var(--muted); font-size: 12px; }
.run dd { margin: 0; overflow-wrap: anywhere; }
.scroll { overflow-x: auto; margin-bottom: 12px; }
table.apps td, table.tenants td { overflow-wrap: break-word; }
table.apps td:nth-child(2), table.apps td:nth-child(3), table.apps .badge { white-space: nowrap; }
table.apps td:first-child { min-width: 12em; }
table.apps td:first-child .muted { word-break: break-all; font-size: 12px; }
table.apps td.orgs { min-width: 14em; }
td.num { text-align: right; }
.unknown { color: #8250df; font-weight: 600; }
.tenant { margin-bottom: 24px; }
.tenant h3 { font-size: 15px; overflow-wrap: anywhere; }
.unknowns { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 4px 12px; }
.unknowns p { margin: 4px 0; font-weight: 600; }
.unknowns ul { margin: 4px 0 8px; padding-left: 20px; }
@media (max-width: 900px) { main { padding: 12px; } .charts { grid-template-columns: 1fr; } .filters select, .filters input { min-width: 0; } }
@media print { body { background: #fff; font-size: 11px; } main { padding: 0; } .filters { display: none; } .scroll { overflow: visible; } table.apps { font-size: 10px; } table.apps th, table.apps td { padding: 3px 4px; } table.apps td:first-child, table.apps td.orgs { min-width: 0; } table.apps td:nth-child(2), table.apps td:nth-child(3) { white-space: normal; } table.apps td:first-child .muted { font-size: 9px; } table.apps .badge { font-size: 9px; padding: 0 4px; } table.apps td.orgs { overflow-wrap: anywhere; } }
`;

// src/formatters/html/charts.ts
var ROW = 26;
var SMALL = { labelWidth: 150, barWidth: 220 };
function barChart(id, title, bars, legend = [], size = SMALL, cut = shorten) {
  const { labelWidth: LABEL_WIDTH, barWidth: BAR_WIDTH } = size;
  const WIDTH = LABEL_WIDTH + BAR_WIDTH + 60;
  const maxLabel = Math.floor((LABEL_WIDTH - 12) / 6.8);
  const max = Math.max(1, ...bars.map((b) => b.segments.reduce((n, s) => n + s.value, 0)));
  const legendHeight = legend.length ? 24 : 0;
  const height = Math.max(1, bars.length) * ROW + 8 + legendHeight;
  const parts = [];
  bars.forEach((b, i) => {
    const y = 4 + i * ROW;
    const total2 = b.segments.reduce((n, s) => n + s.value, 0);
    const attrs = b.filter ? ` class="bar clickable" role="button" tabindex="0" data-filter-${b.filter.name}="${esc(b.filter.value)}"` : ' class="bar"';
    parts.push(`<g${attrs}><title>${esc(`${b.label}: ${total2}`)}</title>`);
    parts.push(`<text class="label" x="${LABEL_WIDTH - 8}" y="${y + 17}" text-anchor="end">${esc(cut(b.label, maxLabel))}</text>`);
    let x = LABEL_WIDTH;
    for (const s of b.segments) {
      if (s.value <= 0) continue;
      const w = Math.max(2, s.value / max * BAR_WIDTH);
      parts.push(`<rect class="${esc(s.cls)}" x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 8}" rx="3"><title>${esc(`${b.label} \xB7 ${s.label}: ${s.value}`)}</title></rect>`);
      x += w;
    }
    parts.push(`<text class="value" x="${(x + 6).toFixed(1)}" y="${y + 17}">${total2}</text></g>`);
  });
  if (bars.length === 0) parts.push(`<text class="label" x="${WIDTH / 2}" y="18" text-anchor="middle">nothing to show</text>`);
  let lx = LABEL_WIDTH;
  const ly = height - legendHeight + 6;
  for (const s of legend) {
    parts.push(`<rect class="${esc(s.cls)}" x="${lx}" y="${ly}" width="12" height="12" rx="2"/><text class="legend" x="${lx + 16}" y="${ly + 11}">${esc(s.label)}</text>`);
    lx += 24 + s.label.length * 7;
  }
  return [
    `<figure class="chart${size.wide ? " wide" : ""}" id="${esc(id)}">`,
    `<figcaption>${esc(title)}</figcaption>`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${esc(title)}">`,
    ...parts,
    "</svg>",
    "</figure>"
  ].join("\n");
}
function categoryBars(values, known, cls) {
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const order = [...known.filter((k) => counts.has(k)), ...[...counts.keys()].filter((k) => !known.includes(k)).sort((a, b) => counts.get(b) - counts.get(a))];
  return order.map((v) => ({ label: v, segments: [{ value: counts.get(v), cls: cls(v), label: v }] }));
}

// src/formatters/html/markdown-to-html.ts
function markdownToHtml(md, headingOffset = 2) {
  const lines = md.replace(/\r\n?/g, "\n").split("\n");
  const out = [];
  let para = [];
  let list = null;
  const flushPara = () => {
    if (para.length) out.push(`<p>${inline(para.join(" "))}</p>`);
    para = [];
  };
  const flushList = () => {
    if (list) out.push(`<ul>${list.map((i) => `<li>${inline(i)}</li>`).join("")}</ul>`);
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence) {
      flushPara();
      flushList();
      const close = fence[2];
      const body = [];
      for (i++; i < lines.length && !lines[i].trimStart().startsWith(close); i++) body.push(lines[i]);
      const lang = fence[3].trim().split(/\s+/)[0];
      out.push(`<pre class="code"${lang ? ` data-lang="${esc(lang)}"` : ""}><code>${esc(body.join("\n"))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flushPara();
      flushList();
      const level = Math.min(6, heading[1].length + headingOffset);
      out.push(`<h${level}>${inline(heading[2])}</h${level}>`);
      continue;
    }
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (item) {
      flushPara();
      (list ??= []).push(item[1]);
      continue;
    }
    if (line.trim() === "") {
      flushPara();
      flushList();
      continue;
    }
    if (list && /^\s+\S/.test(line)) {
      list[list.length - 1] += ` ${line.trim()}`;
      continue;
    }
    flushList();
    para.push(line.trim());
  }
  flushPara();
  flushList();
  return out.join("\n");
}
function inline(text2) {
  return text2.split(/(`+)([\s\S]*?)\1/).map((part, i) => {
    if (i % 3 === 1) return "";
    if (i % 3 === 2) return `<code>${esc(part.trim())}</code>`;
    return esc(part).replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>").replace(/\*([^*\s][^*]*)\*/g, "<em>$1</em>").replace(/\[([^\]]+)\]\(([^)\s]+)\)|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?])/g, (_m, label, href, bare) => {
      const url = href ?? bare;
      if (!/^https?:\/\//i.test(url)) return label ?? url;
      return `<a href="${url}" rel="noopener noreferrer">${label ?? url}</a>`;
    });
  }).join("");
}

// src/formatters/html/row-memo.ts
function rowMemo() {
  return { esc: memo(esc), search: memo((t) => esc(t.toLowerCase())), line: memo((t) => esc(shorten(t, 200))) };
}
var MAX_TEXT = 400;
var MAX_ENTRIES = 1e4;
function memo(make) {
  const known = /* @__PURE__ */ new Map();
  return (t) => {
    if (t.length > MAX_TEXT) return make(t);
    let made = known.get(t);
    if (made === void 0) {
      if (known.size >= MAX_ENTRIES) known.clear();
      known.set(t, made = make(t));
    }
    return made;
  };
}
function searchText(m, message, resource, file, rule, path) {
  return `${m.search(message)} ${esc(resource.toLowerCase())} ${m.search(file)} ${m.search(rule)} ${m.search(path)}`;
}

// src/formatters/html.ts
var SEVERITIES = ["error", "warning", "info"];
var USAGE = ["require", "allow", "deny"];
var BEHAVIOR = ["pre_login_prompt", "post_login_prompt", "no_prompt"];
var NOT_SET = "(not set)";
var NOT_IN_PAYLOAD = "(not in the payload)";
var REPORT_CSS2 = REPORT_CSS + REPORT_SECTIONS_CSS;
var REPORT_CSS_SHA256 = "ZGNXSRfShcZypjI0Jdi889flhaJh6TuGKS6usBX1fvM=";
var REPORT_JS_SHA256 = "4vr2OOI1ULxL/wlsCRv7KeidaR3YsAopWze1+cLYZ9Y=";
var CSP = `default-src 'none'; style-src 'sha256-${REPORT_CSS_SHA256}'; script-src 'sha256-${REPORT_JS_SHA256}'; img-src data:; base-uri 'none'; form-action 'none'`;
var HTML_MAX_FINDINGS = 2e4;
var html = (input) => {
  let out = "";
  for (const part of htmlParts(input)) out += part;
  return out;
};
function* htmlParts(input) {
  const infos = ruleInfos(input.rules, input.findings);
  const s = input.summary;
  const total2 = s.errors + s.warnings + s.infos;
  const when = (/* @__PURE__ */ new Date()).toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC");
  yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">
<meta name="referrer" content="no-referrer">
<title>orglint report: ${total2 === 0 ? "no problems" : `${total2} problem${total2 === 1 ? "" : "s"}`}</title>
<style>${REPORT_CSS2}</style>
</head>
<body>
<main>
<h1>orglint report</h1>
<p class="meta">orglint ${esc(input.toolVersion)} \xB7 ${esc(when)}</p>
${runSection(input)}
${figures(input)}
<h2>Charts</h2>
<section class="charts">
${charts(input)}
</section>
`;
  yield* tenantSectionParts(input);
  yield "\n";
  yield* findingsSection(input, infos);
  yield `
${suppressedSection(input)}
${rulesSection(input, infos)}
</main>
<script>${REPORT_JS}</script>
</body>
</html>
`;
}
html.parts = htmlParts;
function figures(input) {
  const s = input.summary;
  const items = [
    ["problems", s.errors + s.warnings + s.infos, ""],
    ["errors", s.errors, "error"],
    ["warnings", s.warnings, "warning"],
    ["infos", s.infos, "info"],
    ["files checked", s.files, ""],
    ["clients checked", s.clients, ""],
    ["with a fix", s.fixable, ""]
  ];
  const sup = suppressionCounts(input.suppressed);
  if (sup.total) items.push(["suppressed", sup.total, ""]);
  if (input.notes?.quietHidden?.warnings) items.push(["warnings not shown (--quiet)", input.notes.quietHidden.warnings, "warning"]);
  if (input.notes?.baselineHidden) items.push(["hidden by the baseline", input.notes.baselineHidden, ""]);
  if (input.notes?.baselineStale) items.push(["stale baseline entries", input.notes.baselineStale, ""]);
  if (input.notes?.fixed) items.push(["fixed", input.notes.fixed, ""]);
  const unaudited = input.notes?.tenants?.filter((t) => !t.audited).length;
  if (unaudited) items.unshift(["tenants not audited", unaudited, "error"]);
  const cards = items.map(([what, n, cls]) => `<div class="figure${cls ? ` ${cls}` : ""}"><span class="n">${n}</span><span class="what">${esc(what)}</span></div>`);
  const skipped = skippedHtml(input.notes?.skippedRules, input.cwd, esc);
  return `<section class="figures" id="figures">
${cards.join("\n")}
</section>${tenantsHtml(input.notes?.tenants, esc)}${skipped}`;
}
function charts(input) {
  const legend = SEVERITIES.map((sev) => ({ value: 0, cls: `sev-${sev}`, label: sev }));
  const bySeverity = SEVERITIES.map((sev) => ({
    label: sev,
    segments: [{ value: input.findings.filter((f) => f.severity === sev).length, cls: `sev-${sev}`, label: sev }],
    filter: { name: "severity", value: sev }
  }));
  const perRule = /* @__PURE__ */ new Map();
  for (const f of input.findings) {
    const c = perRule.get(f.ruleId) ?? { error: 0, warning: 0, info: 0 };
    c[f.severity]++;
    perRule.set(f.ruleId, c);
  }
  const byRule = [...perRule].sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1)).map(([id, c]) => ({
    label: id,
    segments: SEVERITIES.map((sev) => ({ value: c[sev], cls: `sev-${sev}`, label: sev })),
    filter: { name: "rule", value: id }
  }));
  const clients = (input.resources ?? []).filter((r) => r.type === "client");
  const cut = cutter(input);
  const usage = clients.map((c) => valueLabel(c.organizationUsage, c.partial, cut));
  const behavior = clients.map((c) => valueLabel(c.organizationRequireBehavior, c.partial, cut));
  return [
    barChart("chart-severity", "Findings by severity", bySeverity),
    barChart("chart-usage", `Clients by organization_usage (${clients.length})`, categoryBars(usage, [...USAGE, NOT_SET, NOT_IN_PAYLOAD], valueClass(USAGE)), [], void 0, cut),
    barChart("chart-behavior", `Clients by organization_require_behavior (${clients.length})`, categoryBars(behavior, [...BEHAVIOR, NOT_SET, NOT_IN_PAYLOAD], valueClass(BEHAVIOR)), [], void 0, cut),
    barChart("chart-rules", "Findings by rule and severity", byRule, legend, { labelWidth: 300, barWidth: 620, wide: true })
  ].join("\n");
}
var total = (c) => c.error + c.warning + c.info;
function cutter(input) {
  const secrets = input.secrets;
  return (s, max) => s.length <= max || !secrets?.length ? shorten(s, max) : shorten(maskKnown(s, secrets), max);
}
function valueLabel(v, partial, cut) {
  if (v === void 0) return partial ? NOT_IN_PAYLOAD : NOT_SET;
  if (typeof v === "string") return v;
  return cut(JSON.stringify(v) ?? String(v), 40);
}
function valueClass(valid) {
  return (v) => valid.includes(v) ? "val-ok" : v === NOT_SET || v === NOT_IN_PAYLOAD ? "val-unset" : /^(##\w+##|@@\w+@@)$/.test(v) ? "val-unknown" : "val-bad";
}
function* findingsSection(input, infos) {
  const files = /* @__PURE__ */ new Map();
  const rules = /* @__PURE__ */ new Map();
  for (const f of input.findings) {
    const name = displayPath(f.file, input.cwd);
    files.set(name, (files.get(name) ?? 0) + 1);
    rules.set(f.ruleId, (rules.get(f.ruleId) ?? 0) + 1);
  }
  const cut = cutter(input);
  const options = (m) => [...m.keys()].sort().map((k) => `<option value="${esc(k)}">${esc(cut(k, 60))} (${m.get(k)})</option>`).join("");
  const sevOptions = SEVERITIES.map((s) => `<option value="${s}">${s}</option>`).join("");
  const shown = input.findings.length > HTML_MAX_FINDINGS ? [...input.findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)).slice(0, HTML_MAX_FINDINGS) : input.findings;
  const memo2 = rowMemo();
  const ruleLines = /* @__PURE__ */ new Map();
  const ruleLineOf = (id) => {
    if (!ruleLines.has(id)) ruleLines.set(id, ruleLine(id, infos.get(id)));
    return ruleLines.get(id);
  };
  yield `<h2 id="findings">Findings</h2>
<form class="filters" id="filters">
<label>Severity <select id="f-severity"><option value="">all</option>${sevOptions}</select></label>
<label>Rule <select id="f-rule"><option value="">all</option>${options(rules)}</select></label>
<label>File <select id="f-file"><option value="">all</option>${options(files)}</select></label>
<label>Text <input id="f-text" type="search" placeholder="message, resource, file"></label>
<output id="f-count">${input.findings.length} findings</output>
</form>
<table id="findings-table">
<thead><tr><th>Severity</th><th>Position</th><th>File</th><th>Rule</th><th>Finding</th></tr></thead>
<tbody>
`;
  for (let i = 0; i < shown.length; i += ROWS) {
    let batch = i > 0 ? "\n" : "";
    for (let j = i; j < Math.min(i + ROWS, shown.length); j++) batch += `${j > i ? "\n" : ""}${row(shown[j], j, input, ruleLineOf(shown[j].ruleId), memo2)}`;
    yield batch;
  }
  const left = input.findings.length - shown.length;
  if (left > 0) yield `${shown.length ? "\n" : ""}<tr><td colspan="5">${left} more findings are not shown in this report (it lists the first ${HTML_MAX_FINDINGS}, errors first); -f json lists them all</td></tr>`;
  yield `
</tbody>
</table>
<p id="no-match" class="muted"${input.findings.length ? " hidden" : ""}>${input.findings.length ? "No finding matches the filters." : noProblems(input)}</p>`;
}
var ROWS = 64;
function noProblems(input) {
  const q = input.notes?.quietHidden;
  const left = [q?.warnings && `${q.warnings} warning${q.warnings === 1 ? "" : "s"}`, q?.infos && `${q.infos} info${q.infos === 1 ? "" : "s"}`].filter(Boolean);
  return left.length ? `No errors found; ${left.join(", ")} not shown (--quiet).` : "No problems found.";
}
function ruleLine(id, info) {
  if (!info) return void 0;
  return `<p>Rule <a href="#${slug("rule", id)}"><code>${esc(id)}</code></a>: ${esc(info.description)}${info.source ? ` (<a href="${esc(info.source)}" rel="noopener noreferrer">source</a>)` : ""}${docLink(info)}</p>`;
}
function row(f, i, input, rule, memo2) {
  const file = displayPath(f.file, input.cwd);
  const resource = f.resource ? `${f.resource.type} ${f.resource.name}` : "";
  const search = searchText(memo2, f.message, resource, file, f.ruleId, f.path);
  let detail = excerpt(f, input.secrets, memo2) ?? "";
  if (resource) detail += `<p>Resource: ${memo2.esc(f.resource.type)} <code>${esc(f.resource.name)}</code> at <code>${memo2.esc(f.path || "/")}</code></p>`;
  if (rule) detail += rule;
  const fixes = [f.fix, ...f.alternatives ?? []].filter((x) => x !== null && x !== void 0);
  for (const fix of fixes) detail += `<p>Fix (${memo2.esc(fix.safety)}${fix.safety === "safe" ? ": --fix" : ": --fix-unsafe"}): ${memo2.esc(fix.description)}</p>`;
  const fileHtml = memo2.esc(file);
  const ruleHtml = memo2.esc(f.ruleId);
  return `<tr class="finding" id="finding-${i + 1}" data-severity="${f.severity}" data-rule="${ruleHtml}" data-file="${fileHtml}" data-search="${search}">
<td class="sev"><span class="badge ${f.severity}">${f.severity}</span></td><td class="pos">${posHtml(f, input)}</td><td class="file">${fileHtml}</td><td><code>${ruleHtml}</code></td>
<td class="msg"><details><summary>${memo2.esc(f.message)}</summary><div class="detail">${detail}</div></details></td></tr>`;
}
function posHtml(f, input) {
  const url = fileUrl(input.report?.links, f.file, f.line);
  return url ? `<a href="${esc(url)}" rel="noopener noreferrer">${f.line}:${f.column}</a>` : `${f.line}:${f.column}`;
}
function docLink(info) {
  const url = info.builtin ? void 0 : ruleDocUrl(info.helpUri);
  return url ? ` (<a href="${esc(url)}" rel="noopener noreferrer">docs</a>)` : "";
}
function excerpt(f, secrets, memo2) {
  if (!hasSource(f) || f.line < 1) return void 0;
  const first = Math.max(1, f.line - 2);
  let lines = "";
  const width = String(f.line + 2).length;
  for (let n = first; n <= f.line + 2; n++) {
    const line = findingLine(f, n);
    const text2 = line.length > 120 && secrets?.length ? maskKnown(line, secrets) : line;
    if (n > f.line && text2 === "" && n > f.endLine) break;
    const gutter = `<span class="ln">${String(n).padStart(width)} | </span>`;
    if (n !== f.line) {
      lines += `${n > first ? "\n" : ""}${gutter}${memo2.line(text2)}`;
      continue;
    }
    const start = Math.min(f.column - 1, text2.length);
    const end = f.endLine === f.line ? Math.max(start + 1, Math.min(f.endColumn - 1, text2.length)) : text2.length;
    const before = text2.slice(Math.max(0, start - 120), start);
    const hit = text2.slice(start, Math.min(end, start + 200));
    const after = shorten(text2.slice(Math.min(end, start + 200)), 80);
    lines += `${n > first ? "\n" : ""}<span class="hit">${gutter}${start > 120 ? "\u2026" : ""}${esc(before)}<mark>${esc(hit) || " "}</mark>${esc(after)}</span>`;
  }
  return `<pre class="excerpt">${lines}</pre>`;
}
function suppressedSection(input) {
  const list = input.suppressed ?? [];
  if (list.length === 0) return "";
  const rows = list.map((f) => {
    const reason = f.suppression?.reason ? esc(f.suppression.reason) : '<span class="muted">no reason given</span>';
    return `<tr><td class="file">${esc(displayPath(f.file, input.cwd))}</td><td class="pos">${f.line}:${f.column}</td><td><code>${esc(f.ruleId)}</code></td><td class="msg">${esc(f.message)}</td><td>${esc(suppressionHow(f))}</td><td>${reason}</td></tr>`;
  });
  return `<h2 id="suppressed">Suppressed (${list.length})</h2>
<p class="muted">Findings hidden by orglint-disable comments or the baseline: not counted above, listed here with the reason given.</p>
<table id="suppressed-table">
<thead><tr><th>File</th><th>Position</th><th>Rule</th><th>Finding</th><th>Suppressed by</th><th>Reason</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>`;
}
function rulesSection(input, infos) {
  const reported = [...new Set(input.findings.map((f) => f.ruleId))].sort();
  if (reported.length === 0) return "";
  const docs = reported.map((id) => {
    const info = infos.get(id);
    const body = info?.readme ? markdownToHtml(info.readme, 2) : `<h3>${esc(id)}</h3><p>${esc(info?.description ?? "")}</p>${info?.builtin ? '<p class="muted">A check built into orglint.</p>' : ""}`;
    return `<article class="rule-doc" id="${slug("rule", id)}">
${body}
</article>`;
  });
  return `<h2 id="rules">Rules reported</h2>
${docs.join("\n")}`;
}

export {
  REPORT_CSS2 as REPORT_CSS,
  REPORT_CSS_SHA256,
  REPORT_JS_SHA256,
  HTML_MAX_FINDINGS,
  html
};
