import { chooseFix, compareFindings } from '../engine/finding';
import { runRules } from '../engine/run-rules';
import type { RuleSettings } from '../engine/settings';
import type { AnyRule } from '../rule-api/define-rule';
import type { FixOp, FixSafety, Path } from '../rule-api/types';
import { buildLiveTenant, sortKeys, type LiveSnapshot } from './live-model';
import { CLIENT_FIELDS } from './read-tenant';

type Obj = Record<string, unknown>;

/** the most fix passes, as for files */
const MAX_PASSES = 10;

/** the fields a plan rests on: those the rules read, but the name and the add-ons (reduced to names when read) */
const BASIS_FIELDS = CLIENT_FIELDS.filter((f) => f !== 'client_id' && f !== 'name' && f !== 'addons');

/** One client's planned change: the values it was planned from and the PATCH body. */
export interface PlannedChange {
  clientId: string;
  name: string;
  /** each changed top-level field as read (null when absent): the compare-and-set condition */
  before: Obj;
  /** one minimal PATCH body: each changed field's new value, null to clear it */
  body: Obj;
  /**
   * the other fields the rules read, as read (null when absent): a fix may rest on them (a behavior is removed
   * because organization_usage is "allow"), so a change to any of them since the plan is a conflict too
   */
  basis: Obj;
  /** the fixes it carries out */
  fixes: { ruleId: string; description: string }[];
}

/** All planned changes, and fixes that cannot be applied live. */
export interface Plan {
  changes: PlannedChange[];
  /** fixes for client grants or organizations (orglint only updates clients) */
  notApplied: number;
}

/** JSON equality (key order ignored); absent and null are the same field value. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a ?? null)) === JSON.stringify(sortKeys(b ?? null));
}

/** Apply fix ops to a copy of a client. */
export function applyOps(value: Obj, ops: readonly FixOp[]): Obj {
  const out = structuredClone(value);
  for (const op of ops) {
    if (op.path.length === 0) continue;
    const parent = walk(out, op.path.slice(0, -1), op.op === 'set');
    const last = op.path[op.path.length - 1];
    if (!parent) continue;
    if (op.op === 'set') (parent as Obj)[last as string] = structuredClone(op.value);
    else if (op.op === 'rename') {
      const p = parent as Obj;
      if (Object.prototype.hasOwnProperty.call(p, last)) {
        p[op.to] = p[last as string];
        delete p[last as string];
      }
    } else if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else delete (parent as Obj)[last as string];
  }
  return out;
}

function walk(root: Obj, path: Path, create: boolean): Obj | unknown[] | undefined {
  let node: unknown = root;
  for (const seg of path) {
    const container = node as Obj;
    if (container[seg as string] === undefined || container[seg as string] === null) {
      if (!create) return undefined;
      container[seg as string] = typeof seg === 'number' ? [] : {};
    }
    node = container[seg as string];
    if (typeof node !== 'object' || node === null) return undefined;
  }
  return node as Obj;
}

/**
 * Plan the fixes of every finding in `mode` (safe, or safe and unsafe), pass after pass as for files: apply the
 * fixes in memory, run the rules again, until nothing more is fixable. The result per client is the difference
 * of its top-level fields: one minimal PATCH body.
 */
export function planFixes(s: LiveSnapshot, rules: readonly AnyRule[], settings: RuleSettings, mode: FixSafety): Plan {
  const original = new Map<string, Obj>();
  for (const c of s.clients) if (typeof c.client_id === 'string') original.set(c.client_id, c);
  const working = new Map([...original].map(([id, c]) => [id, structuredClone(c)]));
  const fixes = new Map<string, PlannedChange['fixes']>();
  let notApplied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { tenant } = buildLiveTenant({ ...s, clients: s.clients.map((c) => working.get(c.client_id as string) ?? c) });
    const findings = runRules([tenant], rules, settings).sort(compareFindings);
    const touched = new Map<string, Set<string>>();
    let changed = false;
    for (const f of findings) {
      const fix = chooseFix(f, mode);
      if (!fix || !f.source) continue;
      if (f.source.type !== 'client') {
        if (pass === 0) notApplied++;
        continue;
      }
      const id = f.source.value.client_id;
      if (typeof id !== 'string' || !working.has(id)) continue;
      // one finding's ops land together; a field already changed in this pass waits for the next one
      const fields = new Set(fix.ops.map((op) => String(op.path[0])));
      const seen = touched.get(id) ?? new Set<string>();
      if ([...fields].some((x) => seen.has(x))) continue;
      const next = applyOps(working.get(id)!, fix.ops);
      if (sameValue(next, working.get(id))) continue;
      working.set(id, next);
      for (const x of fields) seen.add(x);
      touched.set(id, seen);
      const list = fixes.get(id) ?? [];
      list.push({ ruleId: f.ruleId, description: fix.description });
      fixes.set(id, list);
      changed = true;
    }
    if (!changed) break;
  }
  const changes: PlannedChange[] = [];
  for (const [id, before] of original) {
    const after = working.get(id)!;
    const body: Obj = {};
    const was: Obj = {};
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (k === 'client_id' || sameValue(before[k], after[k])) continue;
      body[k] = after[k] ?? null;
      was[k] = before[k] ?? null;
    }
    if (Object.keys(body).length === 0) continue;
    const name = typeof before.name === 'string' && before.name ? before.name : id;
    const basis = Object.fromEntries(BASIS_FIELDS.filter((f) => !(f in body)).map((f) => [f, before[f] ?? null]));
    changes.push({ clientId: id, name, before: was, body, basis, fixes: fixes.get(id) ?? [] });
  }
  return { changes, notApplied };
}
