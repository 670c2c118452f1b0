/** `orglint flows` output: a text table per tenant, Markdown, and the versioned JSON contract. */
import { mdCode, mdCodeSpan, mdText as mdPlain } from '../formatters/markdown-text';
import { displayPath, escapeControls } from '../formatters/types';
import { machineCell, organizationsCell, short } from './phrases';
import { SOURCES, type SourceKey } from './sources';
import type { Answer, ApplicationModel, TenantModel } from './types';

/** the version of the `orglint flows -f json` contract; bumped on any incompatible change */
export const FLOWS_JSON_VERSION = 1;

export interface FlowsRow {
  application: string;
  type: string;
  users: string;
  withoutOrganization: string;
  prompt: string;
  organizations: string;
  follows: string;
  /** the unknown answers of the row, with their reasons */
  unknowns: { what: string; reason: string }[];
}

const ASPECTS: [string, (a: ApplicationModel) => Answer | undefined][] = [
  ['users', (a) => a.users],
  ['without organization', (a) => a.flows?.withoutOrganization],
  ['organization the app can use', (a) => a.flows?.validOrganization],
  ['organization it cannot use', (a) => a.flows?.unusableOrganization],
  ['invitation', (a) => a.flows?.invitation],
  ['prompt', (a) => a.prompt],
  ['discovery', (a) => a.discovery],
  ['personal login', (a) => a.personalLogin],
  ['organizations', (a) => a.organizations],
  ['client grants', (a) => a.machineToMachine],
];

export function flowsRow(a: ApplicationModel): FlowsRow {
  const unknowns: FlowsRow['unknowns'] = [];
  for (const [what, get] of ASPECTS) {
    const x = get(a);
    if (x?.value === 'unknown') unknowns.push({ what, reason: x.reason ?? 'unknown' });
  }
  for (const g of a.machineToMachine?.grants ?? []) {
    for (const [what, x] of [['without organization', g.withoutOrganization], ['with an organization', g.withOrganization]] as const) {
      if (x.value === 'unknown') unknowns.push({ what: `${g.audience}, ${what}`, reason: x.reason ?? 'unknown' });
    }
  }
  const sources = new Set<SourceKey>([...a.users.source, ...(a.flows?.withoutOrganization.source ?? []), ...(a.machineToMachine?.source ?? [])]);
  const follows = [a.row ?? (a.machineToMachine ? '§3' : ''), [...sources].join(', ')].filter(Boolean).join(' ');
  return {
    application: a.name,
    type: a.type,
    users: short(a.users),
    withoutOrganization: a.flows ? short(a.flows.withoutOrganization) : machineCell(a),
    prompt: a.prompt ? short(a.prompt) : '',
    organizations: a.flows ? organizationsCell(a) : '',
    follows,
    unknowns,
  };
}

const HEAD = ['application', 'type', 'users', 'without organization', 'prompt', 'organizations', 'follows'];
const cells = (r: FlowsRow) => [r.application, r.type, r.users, r.withoutOrganization, r.prompt, r.organizations, r.follows];

/** Text: one aligned table per tenant, then the unknown answers with their reasons. */
export function flowsText(models: readonly TenantModel[], cwd: string): string {
  const out: string[] = [];
  for (const t of models) {
    out.push(displayPath(t.id, cwd));
    const rows = t.applications.map(flowsRow);
    if (rows.length === 0) {
      out.push('  no application', '');
      continue;
    }
    const table = [HEAD, ...rows.map((r) => cells(r).map((c) => escapeControls(cut(c, 70))))];
    const widths = HEAD.map((_, i) => Math.max(...table.map((r) => [...r[i]].length)));
    for (const r of table) out.push(`  ${r.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join('  ').trimEnd()}`);
    const notes = rows.flatMap((r) => groupUnknowns(r.unknowns).map(([reason, whats]) => `${escapeControls(cut(r.application, 120))} (${whats.join(', ')}): ${escapeControls(reason)}`));
    if (notes.length) out.push('', '  unknown:', ...notes.map((n) => `    ${n}`));
    const facts = t.applications.flatMap((a) => a.notes.map((n) => `${escapeControls(cut(a.name, 120))}: ${escapeControls(n.text)} [${n.source.join(', ')}]`));
    if (facts.length) out.push('', '  notes:', ...facts.map((n) => `    ${n}`));
    for (const a of t.assumptions) out.push('', `  assumed: ${escapeControls(a)}`);
    out.push('');
  }
  return out.join('\n');
}

/** the unknown answers of a row, one entry per reason: [reason, what it leaves unknown] */
export function groupUnknowns(unknowns: FlowsRow['unknowns']): [string, string[]][] {
  const m = new Map<string, string[]>();
  for (const u of unknowns) {
    const l = m.get(u.reason);
    if (l) l.push(u.what);
    else m.set(u.reason, [u.what]);
  }
  return [...m];
}

function cut(s: string, n: number): string {
  const chars = [...s];
  return chars.length > n ? `${chars.slice(0, n - 1).join('')}…` : s;
}

/** Markdown text with control characters shown as escapes (a name may hold ESC or a newline) */
const mdText = (s: string) => mdPlain(escapeControls(s));

/** Markdown: a table per tenant; unknown cells carry their reason; each row links the docs it follows. */
export function flowsMarkdown(models: readonly TenantModel[], cwd: string): string {
  const out: string[] = ['## orglint flows', ''];
  for (const t of models) {
    out.push(`### ${mdCodeSpan(displayPath(t.id, cwd))}`, '');
    for (const a of t.assumptions) out.push(`_Assumed: ${mdText(a)}_`, '');
    if (t.applications.length === 0) {
      out.push('No application.', '');
      continue;
    }
    out.push(`| ${HEAD.join(' | ')} |`, `|${HEAD.map(() => '---').join('|')}|`);
    const reasons: string[] = [];
    for (const a of t.applications) {
      const r = flowsRow(a);
      out.push(`| ${[r.application, r.type, r.users, r.withoutOrganization, r.prompt, r.organizations].map(mdText).join(' | ')} | ${linkSources(a)} |`);
      for (const [reason, whats] of groupUnknowns(r.unknowns)) reasons.push(`- ${mdText(r.application)} (${mdText(whats.join(', '))}): unknown: ${mdText(reason)}`);
    }
    out.push('');
    if (reasons.length) out.push(...reasons, '');
  }
  return out.join('\n');
}

function linkSources(a: ApplicationModel): string {
  const keys = new Set<SourceKey>([...a.users.source, ...(a.flows?.withoutOrganization.source ?? []), ...(a.machineToMachine?.source ?? [])]);
  const row = a.row ?? (a.machineToMachine ? '§3' : '');
  return [row, ...[...keys].map((k) => `[${k}](${SOURCES[k].url})`)].filter(Boolean).join(' ');
}

/** The versioned JSON contract (README: "orglint flows"). */
export function flowsJson(models: readonly TenantModel[], cwd: string, toolVersion: string): string {
  const used = new Set<string>();
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'source' && Array.isArray(x)) x.forEach((s) => used.add(s as string));
        else collect(x);
      }
    }
  };
  const tenants = models.map((t) => ({
    ...t,
    id: displayPath(t.id, cwd),
    applications: t.applications.map((a) => ({ ...a, file: displayPath(a.file, cwd) })),
  }));
  collect(tenants);
  const sources = Object.fromEntries([...used].sort().map((k) => [k, SOURCES[k as SourceKey]]));
  return `${JSON.stringify({ version: FLOWS_JSON_VERSION, tool: { name: 'orglint', version: toolVersion }, kind: 'flows', sources, tenants }, null, 2)}\n`;
}
