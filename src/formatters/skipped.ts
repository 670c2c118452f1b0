import type { SkippedRule } from '../rule-api/tenant-model';
import { escapeControls } from './types';

/**
 * Rules listed as skipped, in every output format: one helper per format, so each formatter adds one call.
 * A rule is skipped when an input it needs is unknown: excluded from deploy-cli, unreadable with the live
 * token, or absent from the export it asked about.
 */

/** The skips grouped by reason, reasons in first-seen order, rule ids sorted. */
export function byReason(list: readonly SkippedRule[]): [reason: string, ruleIds: string[]][] {
  const groups = new Map<string, string[]>();
  for (const s of list) {
    const ids = groups.get(s.reason);
    if (ids) {
      if (!ids.includes(s.ruleId)) ids.push(s.ruleId);
    } else groups.set(s.reason, [s.ruleId]);
  }
  return [...groups].map(([reason, ids]) => [reason, ids.sort()]);
}

function countRules(list: readonly SkippedRule[]): number {
  return new Set(list.map((s) => s.ruleId)).size;
}

/** One line for stylish and compact: `skipped 3 rules: a, b — reason; c — other reason`; undefined when none. */
export function skippedLine(list: readonly SkippedRule[] | undefined): string | undefined {
  if (!list?.length) return undefined;
  const n = countRules(list);
  const parts = byReason(list).map(([reason, ids]) => `${ids.join(', ')} — ${reason}`);
  return escapeControls(`skipped ${n} rule${n === 1 ? '' : 's'}: ${parts.join('; ')}`);
}

/** The JSON contract's `skippedRules`: `[{ruleId, reason}]`, sorted. */
export function skippedJson(list: readonly SkippedRule[]): { ruleId: string; reason: string }[] {
  return list.map((s) => ({ ruleId: s.ruleId, reason: s.reason }));
}

/** SARIF `toolExecutionNotifications`: one note per skipped rule and reason, tied to the rule. */
export function skippedSarifNotifications(list: readonly SkippedRule[], ruleIndex: (id: string) => number | undefined): Record<string, unknown>[] {
  return list.map((s) => {
    const index = ruleIndex(s.ruleId);
    return {
      level: 'note',
      message: { text: `rule ${s.ruleId} was skipped: ${s.reason}` },
      associatedRule: index === undefined ? { id: s.ruleId } : { id: s.ruleId, index },
      properties: { skippedRule: true, reason: s.reason },
    };
  });
}

/** Markdown lines: a heading and a table of rule and reason (text already escaped by `text`). */
export function skippedMarkdown(list: readonly SkippedRule[], code: (s: string) => string, text: (s: string) => string): string[] {
  if (!list.length) return [];
  const n = countRules(list);
  const out = [`### Skipped rules`, '', `${n} rule${n === 1 ? ' was' : 's were'} not run, or could not decide, because an input was unknown:`, '', '| rule | why |', '|---|---|'];
  for (const s of list) out.push(`| ${code(s.ruleId)} | ${text(s.reason)} |`);
  out.push('');
  return out;
}

/** HTML: a short list under the figures (`esc` escapes text). */
export function skippedHtml(list: readonly SkippedRule[] | undefined, esc: (s: string) => string): string {
  if (!list?.length) return '';
  const items = list.map((s) => `<li><code>${esc(s.ruleId)}</code>: ${esc(s.reason)}</li>`);
  return `<section class="skipped muted" id="skipped"><p>Skipped rules (an input was unknown):</p><ul>\n${items.join('\n')}\n</ul></section>`;
}
