import type { Change } from './apply';
import type { JournalEntry } from './journal';
import { sameValue } from './plan';

type Obj = Record<string, unknown>;

/**
 * The client fields orglint's live fixes can change (see the rules' fix ops). A rollback restores no other field,
 * whatever a journal says: a journal is a file anyone can edit, and `callbacks` or `grant_types` restored from
 * it would open the tenant.
 */
export const FIX_FIELDS: ReadonlySet<string> = new Set([
  'organization_usage', 'organization_require_behavior', 'organization_discovery_methods', 'default_organization', 'oidc_conformant',
]);

/** A field of a journal refused by rollback, and why. */
export interface RefusedField {
  clientId: string;
  name: string;
  field: string;
  why: 'not-a-fix-field' | 'not-in-plan';
}

/**
 * The changes that undo what a journal records as applied: per client, each field goes back to its value before
 * the first fix that touched it, provided it still holds the value the last fix set (compare-and-set). Only
 * fields that orglint's fixes change and that the journal's own plan for that client lists are restored; the
 * others are returned as refused. Clients a rollback already restored are left out, so running rollback twice
 * changes nothing more.
 */
export function rollbackPlan(entries: readonly JournalEntry[]): { changes: Change[]; refused: RefusedField[] } {
  const state = new Map<string, { name: string; fields: Map<string, { original: unknown; last: unknown }> }>();
  const attempts = new Map<string, Extract<JournalEntry, { type: 'attempt' }>>();
  const planned = new Map<string, Set<string>>();
  const refused = new Map<string, RefusedField>();
  for (const e of entries) {
    if (e.type === 'plan') {
      const set = planned.get(e.client_id) ?? new Set<string>();
      for (const f of Object.keys(e.body)) set.add(f);
      planned.set(e.client_id, set);
    }
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
      const why = !FIX_FIELDS.has(f) ? 'not-a-fix-field' : !planned.get(e.client_id)?.has(f) ? 'not-in-plan' : undefined;
      if (why) {
        refused.set(`${e.client_id}\u0000${f}`, { clientId: e.client_id, name: attempt.name, field: f, why });
        continue;
      }
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
  return { changes: out, refused: [...refused.values()] };
}

/** The changes of `rollbackPlan`, without the refused fields. */
export function rollbackChanges(entries: readonly JournalEntry[]): Change[] {
  return rollbackPlan(entries).changes;
}
