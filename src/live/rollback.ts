import type { Change } from './apply';
import type { JournalEntry } from './journal';
import { sameValue } from './plan';

type Obj = Record<string, unknown>;

/**
 * The changes that undo what a journal records as applied: per client, each field goes back to its value before
 * the first fix that touched it, provided it still holds the value the last fix set (compare-and-set). Clients a
 * rollback already restored are left out, so running rollback twice changes nothing more.
 */
export function rollbackChanges(entries: readonly JournalEntry[]): Change[] {
  const state = new Map<string, { name: string; fields: Map<string, { original: unknown; last: unknown }> }>();
  const attempts = new Map<string, Extract<JournalEntry, { type: 'attempt' }>>();
  for (const e of entries) {
    if (e.type === 'attempt') attempts.set(`${e.op}:${e.client_id}`, e);
    if (e.type !== 'result' || (e.outcome !== 'applied' && e.outcome !== 'already')) continue;
    if (e.op === 'rollback') {
      state.delete(e.client_id);
      continue;
    }
    const attempt = attempts.get(`fix:${e.client_id}`);
    // `already` without an attempt: someone else made the change; there is nothing of ours to undo
    if (!attempt || e.outcome === 'already') continue;
    const s = state.get(e.client_id) ?? { name: attempt.name, fields: new Map() };
    for (const [f, v] of Object.entries(attempt.body)) {
      const prior = s.fields.get(f);
      s.fields.set(f, { original: prior ? prior.original : (attempt.before[f] ?? null), last: v });
    }
    state.set(e.client_id, s);
  }
  const out: Change[] = [];
  for (const [clientId, s] of state) {
    const expect: Obj = {};
    const body: Obj = {};
    for (const [f, { original, last }] of s.fields) {
      if (sameValue(original, last)) continue;
      expect[f] = last ?? null;
      body[f] = original ?? null;
    }
    if (Object.keys(body).length) out.push({ clientId, name: s.name, expect, body });
  }
  return out;
}
