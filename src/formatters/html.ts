import type { Finding } from '../engine/finding';
import { findingLine, hasSource } from '../engine/detach';
import { maskKnown } from '../engine/redact';
import type { Severity } from '../rule-api/types';
import { REPORT_CSS as BASE_CSS, REPORT_JS } from './html/assets';
import { REPORT_SECTIONS_CSS, runSection, tenantSectionParts } from './html/report-sections';
import { barChart, categoryBars, type Bar } from './html/charts';
import { esc, shorten, slug } from './html/escape';
import { markdownToHtml } from './html/markdown-to-html';
import { rowMemo, searchText, type RowMemo } from './html/row-memo';
import { fileUrl, ruleDocUrl } from './links';
import { ruleInfos, type RuleInfo } from './rule-docs';
import { skippedHtml } from './skipped';
import { tenantsHtml } from './tenants';
import { displayPath, suppressionCounts, suppressionHow, type Formatter, type FormatInput } from './types';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const USAGE = ['require', 'allow', 'deny'];
const BEHAVIOR = ['pre_login_prompt', 'post_login_prompt', 'no_prompt'];
const NOT_SET = '(not set)';
const NOT_IN_PAYLOAD = '(not in the payload)';

export const REPORT_CSS = BASE_CSS + REPORT_SECTIONS_CSS;
/**
 * SHA-256 (base64) of REPORT_CSS and REPORT_JS, for the Content-Security-Policy: written out, since hashing the two
 * constants at each run loaded node:crypto (milliseconds of every HTML report) for the same answer.
 * test/formatters/html-csp.test.ts holds them to the hashes of the texts: change them with the style or script.
 */
export const REPORT_CSS_SHA256 = 'ZGNXSRfShcZypjI0Jdi889flhaJh6TuGKS6usBX1fvM=';
export const REPORT_JS_SHA256 = '4vr2OOI1ULxL/wlsCRv7KeidaR3YsAopWze1+cLYZ9Y=';
/** only the report's own style and script may run: anything injected despite the escaping stays inert */
const CSP = `default-src 'none'; style-src 'sha256-${REPORT_CSS_SHA256}'; script-src 'sha256-${REPORT_JS_SHA256}'; img-src data:; base-uri 'none'; form-action 'none'`;

/**
 * A self-contained HTML audit report: summary figures, inline SVG charts, a findings table filterable by
 * severity, rule, file and text, each finding with its source excerpt, and the docs of every rule reported.
 * No external requests (a strict Content-Security-Policy says so); every text from the files is escaped.
 */
/** the most findings the report lists one by one (a browser cannot open a page of millions) */
export const HTML_MAX_FINDINGS = 20_000;

export const html: Formatter = (input) => {
  let out = '';
  for (const part of htmlParts(input)) out += part;
  return out;
};

/** The report in pieces: the head, figures and charts, each tenant's section, the findings a batch of rows at a time, the rest. */
function* htmlParts(input: FormatInput): Generator<string> {
  const infos = ruleInfos(input.rules, input.findings);
  const s = input.summary;
  const total = s.errors + s.warnings + s.infos;
  const when = new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">
<meta name="referrer" content="no-referrer">
<title>orglint report: ${total === 0 ? 'no problems' : `${total} problem${total === 1 ? '' : 's'}`}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<h1>orglint report</h1>
<p class="meta">orglint ${esc(input.toolVersion)} · ${esc(when)}</p>
${runSection(input)}
${figures(input)}
<h2>Charts</h2>
<section class="charts">
${charts(input)}
</section>
`;
  yield* tenantSectionParts(input);
  yield '\n';
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

function figures(input: FormatInput): string {
  const s = input.summary;
  const items: [string, number, string][] = [
    ['problems', s.errors + s.warnings + s.infos, ''],
    ['errors', s.errors, 'error'],
    ['warnings', s.warnings, 'warning'],
    ['infos', s.infos, 'info'],
    ['files checked', s.files, ''],
    ['clients checked', s.clients, ''],
    ['with a fix', s.fixable, ''],
  ];
  const sup = suppressionCounts(input.suppressed);
  if (sup.total) items.push(['suppressed', sup.total, '']);
  if (input.notes?.quietHidden?.warnings) items.push(['warnings not shown (--quiet)', input.notes.quietHidden.warnings, 'warning']);
  if (input.notes?.baselineHidden) items.push(['hidden by the baseline', input.notes.baselineHidden, '']);
  if (input.notes?.baselineStale) items.push(['stale baseline entries', input.notes.baselineStale, '']);
  if (input.notes?.fixed) items.push(['fixed', input.notes.fixed, '']);
  const unaudited = input.notes?.tenants?.filter((t) => !t.audited).length;
  if (unaudited) items.unshift(['tenants not audited', unaudited, 'error']);
  const cards = items.map(([what, n, cls]) => `<div class="figure${cls ? ` ${cls}` : ''}"><span class="n">${n}</span><span class="what">${esc(what)}</span></div>`);
  const skipped = skippedHtml(input.notes?.skippedRules, input.cwd, esc);
  return `<section class="figures" id="figures">\n${cards.join('\n')}\n</section>${tenantsHtml(input.notes?.tenants, esc)}${skipped}`;
}

function charts(input: FormatInput): string {
  const legend = SEVERITIES.map((sev) => ({ value: 0, cls: `sev-${sev}`, label: sev }));
  const bySeverity: Bar[] = SEVERITIES.map((sev) => ({
    label: sev,
    segments: [{ value: input.findings.filter((f) => f.severity === sev).length, cls: `sev-${sev}`, label: sev }],
    filter: { name: 'severity' as const, value: sev },
  }));
  const perRule = new Map<string, Record<Severity, number>>();
  for (const f of input.findings) {
    const c = perRule.get(f.ruleId) ?? { error: 0, warning: 0, info: 0 };
    c[f.severity]++;
    perRule.set(f.ruleId, c);
  }
  const byRule: Bar[] = [...perRule]
    .sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1))
    .map(([id, c]) => ({
      label: id,
      segments: SEVERITIES.map((sev) => ({ value: c[sev], cls: `sev-${sev}`, label: sev })),
      filter: { name: 'rule' as const, value: id },
    }));
  const clients = (input.resources ?? []).filter((r) => r.type === 'client');
  const cut = cutter(input);
  const usage = clients.map((c) => valueLabel(c.organizationUsage, c.partial, cut));
  const behavior = clients.map((c) => valueLabel(c.organizationRequireBehavior, c.partial, cut));
  return [
    barChart('chart-severity', 'Findings by severity', bySeverity),
    barChart('chart-usage', `Clients by organization_usage (${clients.length})`, categoryBars(usage, [...USAGE, NOT_SET, NOT_IN_PAYLOAD], valueClass(USAGE)), [], undefined, cut),
    barChart('chart-behavior', `Clients by organization_require_behavior (${clients.length})`, categoryBars(behavior, [...BEHAVIOR, NOT_SET, NOT_IN_PAYLOAD], valueClass(BEHAVIOR)), [], undefined, cut),
    barChart('chart-rules', 'Findings by rule and severity', byRule, legend, { labelWidth: 300, barWidth: 620, wide: true }),
  ].join('\n');
}

const total = (c: Record<Severity, number>) => c.error + c.warning + c.info;

/**
 * `shorten` for a text that may hold a secret: masked before it is cut (the final mask over the whole report finds
 * a secret only whole; cut, its first characters would be left showing). Masked only when it is cut.
 */
function cutter(input: FormatInput): (s: string, max: number) => string {
  const secrets = input.secrets;
  return (s, max) => (s.length <= max || !secrets?.length ? shorten(s, max) : shorten(maskKnown(s, secrets), max));
}

/** how a field's value is shown in a chart: the string itself, or JSON for anything else */
function valueLabel(v: unknown, partial: boolean, cut: (s: string, max: number) => string): string {
  if (v === undefined) return partial ? NOT_IN_PAYLOAD : NOT_SET;
  if (typeof v === 'string') return v;
  return cut(JSON.stringify(v) ?? String(v), 40);
}

function valueClass(valid: readonly string[]): (v: string) => string {
  return (v) =>
    valid.includes(v) ? 'val-ok' : v === NOT_SET || v === NOT_IN_PAYLOAD ? 'val-unset' : /^(##\w+##|@@\w+@@)$/.test(v) ? 'val-unknown' : 'val-bad';
}

function* findingsSection(input: FormatInput, infos: Map<string, RuleInfo>): Generator<string> {
  const files = new Map<string, number>();
  const rules = new Map<string, number>();
  for (const f of input.findings) {
    const name = displayPath(f.file, input.cwd);
    files.set(name, (files.get(name) ?? 0) + 1);
    rules.set(f.ruleId, (rules.get(f.ruleId) ?? 0) + 1);
  }
  const cut = cutter(input);
  const options = (m: Map<string, number>) =>
    [...m.keys()].sort().map((k) => `<option value="${esc(k)}">${esc(cut(k, 60))} (${m.get(k)})</option>`).join('');
  const sevOptions = SEVERITIES.map((s) => `<option value="${s}">${s}</option>`).join('');
  // the most important findings first when there are more than a page can hold
  const shown = input.findings.length > HTML_MAX_FINDINGS ? [...input.findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)).slice(0, HTML_MAX_FINDINGS) : input.findings;
  const memo = rowMemo();
  // each rule's line (its description and docs link, a URL checked) is the same in every finding of the rule
  const ruleLines = new Map<string, string | undefined>();
  const ruleLineOf = (id: string) => {
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
  // the rows a batch at a time, `\n` between
  for (let i = 0; i < shown.length; i += ROWS) {
    let batch = i > 0 ? '\n' : '';
    for (let j = i; j < Math.min(i + ROWS, shown.length); j++) batch += `${j > i ? '\n' : ''}${row(shown[j], j, input, ruleLineOf(shown[j].ruleId), memo)}`;
    yield batch;
  }
  const left = input.findings.length - shown.length;
  if (left > 0) yield `${shown.length ? '\n' : ''}<tr><td colspan="5">${left} more findings are not shown in this report (it lists the first ${HTML_MAX_FINDINGS}, errors first); -f json lists them all</td></tr>`;
  yield `
</tbody>
</table>
<p id="no-match" class="muted"${input.findings.length ? ' hidden' : ''}>${input.findings.length ? 'No finding matches the filters.' : noProblems(input)}</p>`;
}

/** findings rows per piece of the report */
const ROWS = 64;

/** What an empty findings table says: never "no problems" while --quiet left warnings out. */
function noProblems(input: FormatInput): string {
  const q = input.notes?.quietHidden;
  const left = [q?.warnings && `${q.warnings} warning${q.warnings === 1 ? '' : 's'}`, q?.infos && `${q.infos} info${q.infos === 1 ? '' : 's'}`].filter(Boolean);
  return left.length ? `No errors found; ${left.join(', ')} not shown (--quiet).` : 'No problems found.';
}

/** A finding's line about its rule: what it checks, its source and docs; undefined for a rule not known. */
function ruleLine(id: string, info: RuleInfo | undefined): string | undefined {
  if (!info) return undefined;
  return `<p>Rule <a href="#${slug('rule', id)}"><code>${esc(id)}</code></a>: ${esc(info.description)}${info.source ? ` (<a href="${esc(info.source)}" rel="noopener noreferrer">source</a>)` : ''}${docLink(info)}</p>`;
}

function row(f: Finding, i: number, input: FormatInput, rule: string | undefined, memo: RowMemo): string {
  const file = displayPath(f.file, input.cwd);
  const resource = f.resource ? `${f.resource.type} ${f.resource.name}` : '';
  const search = searchText(memo, f.message, resource, file, f.ruleId, f.path);
  // (the row's pieces joined by `+`: V8 links them and copies the text once, when a chunk of the report is written)
  let detail = excerpt(f, input.secrets, memo) ?? '';
  if (resource) detail += `<p>Resource: ${memo.esc(f.resource!.type)} <code>${esc(f.resource!.name)}</code> at <code>${memo.esc(f.path || '/')}</code></p>`;
  if (rule) detail += rule;
  const fixes = [f.fix, ...(f.alternatives ?? [])].filter((x) => x !== null && x !== undefined);
  for (const fix of fixes) detail += `<p>Fix (${memo.esc(fix.safety)}${fix.safety === 'safe' ? ': --fix' : ': --fix-unsafe'}): ${memo.esc(fix.description)}</p>`;
  const fileHtml = memo.esc(file);
  const ruleHtml = memo.esc(f.ruleId);
  return `<tr class="finding" id="finding-${i + 1}" data-severity="${f.severity}" data-rule="${ruleHtml}" data-file="${fileHtml}" data-search="${search}">
<td class="sev"><span class="badge ${f.severity}">${f.severity}</span></td><td class="pos">${posHtml(f, input)}</td><td class="file">${fileHtml}</td><td><code>${ruleHtml}</code></td>
<td class="msg"><details><summary>${memo.esc(f.message)}</summary><div class="detail">${detail}</div></details></td></tr>`;
}

/** `line:column`, a link to the file at the commit when the report knows where it lives. */
function posHtml(f: Finding, input: FormatInput): string {
  const url = fileUrl(input.report?.links, f.file, f.line);
  return url ? `<a href="${esc(url)}" rel="noopener noreferrer">${f.line}:${f.column}</a>` : `${f.line}:${f.column}`;
}

/** ` (docs)` to the rule README by absolute URL, when package.json names orglint's repository. */
function docLink(info: RuleInfo): string {
  const url = info.builtin ? undefined : ruleDocUrl(info.helpUri);
  return url ? ` (<a href="${esc(url)}" rel="noopener noreferrer">docs</a>)` : '';
}

/** Two lines either side of the finding, its span marked; long lines cut. */
function excerpt(f: Finding, secrets: readonly string[] | undefined, memo: RowMemo): string | undefined {
  if (!hasSource(f) || f.line < 1) return undefined;
  const first = Math.max(1, f.line - 2);
  let lines = '';
  const width = String(f.line + 2).length;
  for (let n = first; n <= f.line + 2; n++) {
    const line = findingLine(f, n);
    // (a line this long may be cut below: masked first, `*` for each character, so columns stay)
    const text = line.length > 120 && secrets?.length ? maskKnown(line, secrets) : line;
    if (n > f.line && text === '' && n > f.endLine) break;
    const gutter = `<span class="ln">${String(n).padStart(width)} | </span>`;
    if (n !== f.line) {
      lines += `${n > first ? '\n' : ''}${gutter}${memo.line(text)}`;
      continue;
    }
    const start = Math.min(f.column - 1, text.length);
    const end = f.endLine === f.line ? Math.max(start + 1, Math.min(f.endColumn - 1, text.length)) : text.length;
    const before = text.slice(Math.max(0, start - 120), start);
    const hit = text.slice(start, Math.min(end, start + 200));
    const after = shorten(text.slice(Math.min(end, start + 200)), 80);
    lines += `${n > first ? '\n' : ''}<span class="hit">${gutter}${start > 120 ? '…' : ''}${esc(before)}<mark>${esc(hit) || ' '}</mark>${esc(after)}</span>`;
  }
  return `<pre class="excerpt">${lines}</pre>`;
}

/** Every suppressed finding: where, what, how it was hidden and the reason given. */
function suppressedSection(input: FormatInput): string {
  const list = input.suppressed ?? [];
  if (list.length === 0) return '';
  const rows = list.map((f) => {
    const reason = f.suppression?.reason ? esc(f.suppression.reason) : '<span class="muted">no reason given</span>';
    return `<tr><td class="file">${esc(displayPath(f.file, input.cwd))}</td><td class="pos">${f.line}:${f.column}</td><td><code>${esc(f.ruleId)}</code></td><td class="msg">${esc(f.message)}</td><td>${esc(suppressionHow(f))}</td><td>${reason}</td></tr>`;
  });
  return `<h2 id="suppressed">Suppressed (${list.length})</h2>
<p class="muted">Findings hidden by orglint-disable comments or the baseline: not counted above, listed here with the reason given.</p>
<table id="suppressed-table">
<thead><tr><th>File</th><th>Position</th><th>Rule</th><th>Finding</th><th>Suppressed by</th><th>Reason</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

function rulesSection(input: FormatInput, infos: Map<string, RuleInfo>): string {
  const reported = [...new Set(input.findings.map((f) => f.ruleId))].sort();
  if (reported.length === 0) return '';
  const docs = reported.map((id) => {
    const info = infos.get(id);
    const body = info?.readme
      ? markdownToHtml(info.readme, 2)
      : `<h3>${esc(id)}</h3><p>${esc(info?.description ?? '')}</p>${info?.builtin ? '<p class="muted">A check built into orglint.</p>' : ''}`;
    return `<article class="rule-doc" id="${slug('rule', id)}">\n${body}\n</article>`;
  });
  return `<h2 id="rules">Rules reported</h2>\n${docs.join('\n')}`;
}
