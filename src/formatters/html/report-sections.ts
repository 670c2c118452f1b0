/**
 * The parts of the HTML report a reviewer signs: the run (orglint version, commit, repository, config, rules off,
 * tenants), a section per tenant, and per application its login model and its findings.
 */
import type { Finding } from '../../engine/finding';
import { flowsRow, groupUnknowns } from '../../login-model/render';
import { SOURCES } from '../../login-model/sources';
import type { ApplicationModel, TenantModel } from '../../login-model/types';
import { REPORT_APPLICATIONS } from '../report-context';
import { displayPath, escapeControls, type FormatInput } from '../types';
import { esc, slug } from './escape';

/**
 * the text of a file, shown in HTML: control characters as escapes, then HTML-escaped. A report repeats the same
 * few texts in every application's row (its type, the login model's cells, the file): each short one is escaped
 * once per report (tenantSectionParts empties the memo).
 */
function text(s: string): string {
  if (s.length > MEMO_MAX_TEXT) return esc(escapeControls(s));
  let shown = texts.get(s);
  if (shown === undefined) {
    if (texts.size >= MEMO_MAX_TEXTS) texts.clear();
    texts.set(s, (shown = esc(escapeControls(s))));
  }
  return shown;
}

const texts = new Map<string, string>();
const MEMO_MAX_TEXT = 200;
const MEMO_MAX_TEXTS = 10_000;


export function runSection(input: FormatInput): string {
  const r = input.report;
  if (!r) return '';
  const rows: [string, string][] = [['orglint', esc(input.toolVersion)]];
  if (r.repository) rows.push(['Repository', `<a href="${esc(r.repository)}" rel="noopener noreferrer">${esc(r.repository.replace(/^https:\/\//, ''))}</a>`]);
  if (r.commit) {
    const short = `<code>${esc(r.commit.slice(0, 12))}</code>`;
    rows.push(['Commit', r.repository ? `<a href="${esc(`${r.repository}/commit/${r.commit}`)}" rel="noopener noreferrer">${short}</a>` : short]);
  }
  rows.push(['Config', r.configFile ? `<code>${text(displayPath(r.configFile, input.cwd))}</code>` : 'none (rule defaults)']);
  rows.push(['Rules off', r.rulesOff.length ? r.rulesOff.map((id) => `<code>${text(id)}</code>`).join(', ') : 'none']);
  const tenants = r.tenants.map((t, i) => `<a href="#${slug('tenant', String(i + 1))}"><code>${text(displayPath(t.id, input.cwd))}</code></a>`);
  rows.push([r.tenants.length === 1 ? 'Tenant' : `Tenants (${r.tenants.length})`, tenants.join(', ') || 'none']);
  return `<section class="run" id="run"><dl>\n${rows.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${v}</dd></div>`).join('\n')}\n</dl></section>`;
}

/** findings per client, by file, then by name (no key string made and hashed per finding) */
type ByClient = Map<string, Map<string, Finding[]>>;
function findingsByClient(findings: readonly Finding[]): ByClient {
  const m: ByClient = new Map();
  for (const f of findings) {
    if (f.resource?.type !== 'client') continue;
    let names = m.get(f.file);
    if (!names) m.set(f.file, (names = new Map()));
    const l = names.get(f.resource.name);
    if (l) l.push(f);
    else names.set(f.resource.name, [f]);
  }
  return m;
}

/** The tenants' table, then each tenant's section, in pieces (the HTML report writes them in turn). */
export function* tenantSectionParts(input: FormatInput): Generator<string> {
  const r = input.report;
  if (!r || r.tenants.length === 0) return;
  texts.clear();
  const byClient = findingsByClient(input.findings);
  const summary = r.tenants.map(
    (t, i) =>
      `<tr><td><a href="#${slug('tenant', String(i + 1))}"><code>${text(displayPath(t.id, input.cwd))}</code></a></td><td class="num">${t.clients}</td><td class="num">${t.errors}</td><td class="num">${t.warnings}</td><td class="num">${t.infos}</td></tr>`,
  );
  yield `<h2 id="tenants">Tenants</h2>
<div class="scroll"><table class="tenants"><thead><tr><th>Tenant</th><th>Clients</th><th>Errors</th><th>Warnings</th><th>Infos</th></tr></thead>
<tbody>
${summary.join('\n')}
</tbody></table></div>
<h2 id="applications">Applications and their login flows</h2>
<p class="muted">What Auth0 does when a user of each application starts a login, derived from the settings and the tenant around them, following Auth0's docs row by row (<code>orglint flows</code>). <span class="unknown">unknown</span> means the docs disagree or are silent, or an input is not known: the reason is listed under the table.</p>
`;
  for (let i = 0; i < r.flows.length; i++) {
    const t = r.flows[i];
    yield `${i > 0 ? '\n' : ''}${tenantSection(t, i, input, byClient, r.tenants[i]?.clients ?? t.applications.length)}`;
  }
}

function tenantSection(t: TenantModel, i: number, input: FormatInput, byClient: ByClient, total: number): string {
  const apps = t.applications;
  const reasons: string[] = [];
  const rows = apps.map((a) => {
    const row = flowsRow(a);
    for (const [reason, whats] of groupUnknowns(row.unknowns)) reasons.push(`<li><strong>${text(a.name)}</strong> (${text(whats.join(', '))}): ${text(reason)}</li>`);
    const found = byClient.get(a.file)?.get(a.name) ?? [];
    // (most applications have no finding)
    const counts = found.length === 0 ? '' : ['error', 'warning', 'info']
      .map((sev) => [sev, found.filter((f) => f.severity === sev).length] as const)
      .filter(([, n]) => n > 0)
      .map(([sev, n]) => `<span class="badge ${sev}">${n} ${sev}${n === 1 ? '' : 's'}</span>`)
      .join(' ');
    const cell = (s: string) => (s === 'unknown' ? '<span class="unknown">unknown</span>' : text(s));
    return `<tr id="${slug('app', `${i + 1}-${a.path}`)}"><td><strong>${text(a.name)}</strong><br><span class="muted">${text(displayPath(a.file, input.cwd))}</span></td><td>${text(row.type)}</td><td>${cell(row.users)}</td><td>${cell(row.withoutOrganization)}</td><td>${cell(row.prompt)}</td><td>${personal(a)}</td><td class="orgs">${cell(row.organizations)}</td><td>${counts || '<span class="muted">none</span>'}</td><td>${follows(a)}</td></tr>`;
  });
  const left = total - apps.length;
  const assumptions = t.assumptions.map((x) => `<p class="muted">Assumed: ${text(x)}</p>`).join('');
  return `<section class="tenant" id="${slug('tenant', String(i + 1))}">
<h3>${text(displayPath(t.id, input.cwd))}</h3>
${assumptions}
${
  apps.length
    ? `<div class="scroll"><table class="apps"><thead><tr><th>Application</th><th>Type</th><th>Users</th><th>Without organization</th><th>Prompt</th><th>Personal login</th><th>Organizations (connections)</th><th>Findings</th><th>Follows</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></div>`
    : total
      ? ''
      : '<p class="muted">No application.</p>'
}
${left > 0 ? `<p class="muted">${left} ${left === 1 ? 'application is' : 'applications are'} not shown (this report shows ${REPORT_APPLICATIONS} in all): <code>orglint flows</code> lists them all.</p>` : ''}
${reasons.length ? `<div class="unknowns"><p>Unknown, and why:</p><ul>${reasons.join('')}</ul></div>` : ''}
</section>`;
}

function personal(a: ApplicationModel): string {
  const v = a.personalLogin?.value;
  if (!v) return '';
  return v === 'unknown' ? '<span class="unknown">unknown</span>' : esc(v);
}

function follows(a: ApplicationModel): string {
  const keys = new Set([...a.users.source, ...(a.flows?.withoutOrganization.source ?? []), ...(a.machineToMachine?.source ?? [])]);
  const row = a.row ?? (a.machineToMachine ? '§3' : '');
  const links = [...keys].map(sourceLink);
  return [row ? esc(row) : '', ...links].filter(Boolean).join(' ');
}

/** the link to one of the docs a row follows (the same in every row that follows it) */
function sourceLink(k: keyof typeof SOURCES): string {
  let link = sourceLinks.get(k);
  if (link === undefined) sourceLinks.set(k, (link = `<a href="${esc(SOURCES[k].url)}" rel="noopener noreferrer" title="${esc(SOURCES[k].title)}">${esc(k)}</a>`));
  return link;
}

const sourceLinks = new Map<string, string>();

export const REPORT_SECTIONS_CSS = `
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
