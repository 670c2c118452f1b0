import type { SkippedRule } from '../rule-api/tenant-model';
import { displayPath, escapeControls } from './types';

/**
 * Rules listed as skipped, in every output format: one helper per format, so each formatter adds one call.
 * A rule is skipped when an input it needs is unknown: excluded from deploy-cli, unreadable with the live
 * token, or absent from the export it asked about.
 */

/** `a/tenant.yaml`, `b/ and 3 more`: the tenants a skip happened in, as users see paths. */
export function tenantList(tenants: readonly string[], cwd: string, max = 3): string {
  const shown = tenants.slice(0, max).map((t) => displayPath(t, cwd));
  return tenants.length > max ? `${shown.join(', ')} and ${tenants.length - max} more` : shown.join(', ');
}

/** The skips grouped by reason and tenants, in first-seen order, rule ids sorted. */
export function byReason(list: readonly SkippedRule[], cwd: string): { reason: string; where: string; ruleIds: string[] }[] {
  const groups = new Map<string, { reason: string; where: string; ruleIds: string[] }>();
  for (const s of list) {
    const where = tenantList(s.tenants, cwd);
    const key = `${s.reason}\u0000${where}`;
    const g = groups.get(key);
    if (!g) groups.set(key, { reason: s.reason, where, ruleIds: [s.ruleId] });
    else if (!g.ruleIds.includes(s.ruleId)) g.ruleIds.push(s.ruleId);
  }
  return [...groups.values()].map((g) => ({ ...g, ruleIds: g.ruleIds.sort() }));
}

function countRules(list: readonly SkippedRule[]): number {
  return new Set(list.map((s) => s.ruleId)).size;
}

/** One line for stylish and compact: `skipped 3 rules: a, b — reason (in t.yaml); c — other reason (in d/)`. */
export function skippedLine(list: readonly SkippedRule[] | undefined, cwd: string): string | undefined {
  if (!list?.length) return undefined;
  const n = countRules(list);
  const parts = byReason(list, cwd).map((g) => `${g.ruleIds.join(', ')} — ${g.reason} (in ${g.where})`);
  return escapeControls(`skipped ${n} rule${n === 1 ? '' : 's'}: ${parts.join('; ')}`);
}

/** The JSON contract's `skippedRules`: `[{ruleId, reason, tenants}]`, sorted by rule. */
export function skippedJson(list: readonly SkippedRule[], cwd: string): { ruleId: string; reason: string; tenants: string[] }[] {
  return list.map((s) => ({ ruleId: s.ruleId, reason: s.reason, tenants: s.tenants.map((t) => displayPath(t, cwd)) }));
}

/** SARIF `toolExecutionNotifications`: one note per skipped rule and reason, tied to the rule. */
export function skippedSarifNotifications(list: readonly SkippedRule[], cwd: string, ruleIndex: (id: string) => number | undefined): Record<string, unknown>[] {
  return list.map((s) => {
    const index = ruleIndex(s.ruleId);
    return {
      level: 'note',
      message: { text: `rule ${s.ruleId} was skipped: ${s.reason} (in ${tenantList(s.tenants, cwd)})` },
      associatedRule: index === undefined ? { id: s.ruleId } : { id: s.ruleId, index },
      properties: { skippedRule: true, reason: s.reason, tenants: s.tenants.map((t) => displayPath(t, cwd)) },
    };
  });
}

/** Markdown lines: a heading and a table of rule, reason and where (`code`/`text` escape for Markdown). */
export function skippedMarkdown(list: readonly SkippedRule[], cwd: string, code: (s: string) => string, text: (s: string) => string): string[] {
  if (!list.length) return [];
  const n = countRules(list);
  const out = ['### Skipped rules', '', `${n} rule${n === 1 ? ' was' : 's were'} not run, or could not decide, because an input was unknown:`, '', '| rule | why | where |', '|---|---|---|'];
  for (const s of list) out.push(`| ${code(s.ruleId)} | ${text(s.reason)} | ${text(tenantList(s.tenants, cwd))} |`);
  out.push('');
  return out;
}

/** HTML: a short list under the figures (`esc` escapes text). */
export function skippedHtml(list: readonly SkippedRule[] | undefined, cwd: string, esc: (s: string) => string): string {
  if (!list?.length) return '';
  const items = list.map((s) => `<li><code>${esc(s.ruleId)}</code>: ${esc(s.reason)} (in ${esc(tenantList(s.tenants, cwd))})</li>`);
  return `<section class="skipped muted" id="skipped"><p>Skipped rules (an input was unknown):</p><ul>\n${items.join('\n')}\n</ul></section>`;
}

/** JUnit: a test suite of skipped test cases, one per rule and reason (`xml` escapes text). */
export function skippedJunit(list: readonly SkippedRule[] | undefined, cwd: string, xml: (s: string) => string): string {
  if (!list?.length) return '';
  const cases = list.map((s) => `    <testcase classname="orglint.skipped" name="${xml(s.ruleId)}"><skipped message="${xml(`${s.reason} (in ${tenantList(s.tenants, cwd)})`)}"/></testcase>`);
  return `  <testsuite name="(skipped rules)" tests="${list.length}" failures="0" errors="0" skipped="${list.length}">\n${cases.join('\n')}\n  </testsuite>\n`;
}
