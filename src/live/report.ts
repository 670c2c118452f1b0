import type { Change, ChangeResult } from './apply';
import { escapeLine } from './terminal-text';

/** A field value in a table: JSON, or `(unset)`. */
function show(v: unknown): string {
  if (v === null || v === undefined) return '(unset)';
  const s = escapeLine(JSON.stringify(v));
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** `"Acme Portal" (abc123)` */
export function clientLabel(c: { name: string; clientId: string }): string {
  return `${escapeLine(JSON.stringify(c.name))} (${escapeLine(c.clientId)})`;
}

/** The plan as a table: client, field, from → to; one row a field. */
export function planTable(changes: readonly Change[]): string {
  const rows: [string, string, string][] = [];
  for (const c of changes) {
    Object.keys(c.body).forEach((field, i) => rows.push([i === 0 ? clientLabel(c) : '', escapeLine(field), `${show(c.expect[field])} → ${show(c.body[field])}`]));
  }
  const w0 = Math.min(48, Math.max(6, ...rows.map((r) => r[0].length)));
  const w1 = Math.max(5, ...rows.map((r) => r[1].length));
  const line = (a: string, b: string, c: string) => `  ${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`.trimEnd();
  return [line('client', 'field', 'from → to'), ...rows.map((r) => line(...r))].join('\n') + '\n';
}

/** One line per change that did not simply apply, and the totals. */
export function resultLines(results: readonly ChangeResult[], verb: { done: string; doing: string }): string {
  const out: string[] = [];
  const count = (o: ChangeResult['outcome']) => results.filter((r) => r.outcome === o).length;
  for (const r of results) {
    const who = clientLabel(r.change);
    if (r.outcome === 'conflict') {
      const fields = Object.keys(r.change.expect).filter((f) => JSON.stringify(r.current?.[f] ?? null) !== JSON.stringify(r.change.expect[f] ?? null));
      const what = fields.map((f) => `${f} is now ${show(r.current?.[f])}, expected ${show(r.change.expect[f])}`).join('; ');
      out.push(`conflict: ${who}: ${what || 'changed since it was read'}; left unchanged`);
    } else if (r.outcome === 'failed') out.push(`failed: ${who}: ${r.message ?? 'unknown error'}`);
    else if (r.outcome === 'unknown') out.push(`unknown: ${who}: ${r.message ?? 'no answer'}`);
    else if (r.outcome === 'not-applied') out.push(`not sent: ${who}: ${r.message ?? 'interrupted'}`);
  }
  const applied = count('applied');
  const already = count('already');
  out.push(
    `${verb.done} ${applied} client${applied === 1 ? '' : 's'}` +
      (already ? `, ${already} already as planned` : '') +
      `; ${count('conflict')} conflict${count('conflict') === 1 ? '' : 's'}; ${count('failed') + count('unknown')} failed`,
  );
  return out.map(escapeLine).join('\n') + '\n';
}
