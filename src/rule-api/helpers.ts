import { isPlaceholder } from '../sources/keywords';
import type { Report, RuleContext } from './define-rule';
import type { Fix, PredictedResponse } from './types';

export { isPlaceholder, containsPlaceholder } from '../sources/keywords';
export { isObject } from '../sources/plain-object';

/** Levenshtein distance, small strings only. */
export function editDistance(a: string, b: string): number {
  const prev: number[] = [];
  for (let j = 0; j <= b.length; j++) prev.push(j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The candidate a user most likely meant, if any is close enough. */
export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
  const v = value.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const limit = Math.max(2, Math.floor(c.length / 3));
    // lengths further apart than the limit cannot be close: skip the O(n·m) distance (a key of 460 KB took 2 s)
    const d = Math.abs(v.length - c.length) > limit ? Infinity : editDistance(v, c.toLowerCase());
    const prefix = v.length >= 3 && (c.startsWith(v) || v.startsWith(c)) ? 0 : d;
    const score = Math.min(d, prefix);
    if (score <= limit && score < bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/** The value with case, surrounding space and `-`/space/`_` differences removed, as Auth0 spells enums. */
export function canonicalEnumSpelling(value: string): string {
  // an export repeats the same few misspellings in every file: each is spelt out once (keyed by the whole value;
  // short values only, and a bounded number: values can be hostile)
  let c = canonicalSpellings.get(value);
  if (c === undefined) {
    c = value.trim().toLowerCase().replace(/[\s-]+/g, '_');
    if (value.length <= 64 && canonicalSpellings.size < 4096) canonicalSpellings.set(value, c);
  }
  return c;
}

const canonicalSpellings = new Map<string, string>();

/** A type name for messages: "a number", "an array", "null". */
export function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return /^[aeiou]/.test(typeof v) ? `an ${typeof v}` : `a ${typeof v}`;
}

/**
 * A value as a message shows it after "got": its kind and its JSON (`a string "yes"`), or only `null` (never
 * "got null null").
 */
export function describeValue(v: unknown): string {
  return v === null ? 'null' : `${describeType(v)} ${JSON.stringify(v)}`;
}

export interface EnumCheck {
  field: string;
  allowed: readonly string[];
  /** null clears the field in a PATCH body; in an export it is a type error */
  nullAllowed?: boolean;
  predictedResponse?: PredictedResponse;
}

/**
 * Report a field whose value is not one of `allowed`: a safe fix when only case, spaces or `-`/`_` differ, an
 * unsafe one for a near-miss spelling. Placeholders are unknown values and left to `unresolved-keyword`.
 * Messages used: `invalid` (value, allowed, hint) and `wrongType` (value, type, allowed).
 */
export function checkEnumField<O>(ctx: RuleContext<O>, check: EnumCheck, base: readonly (string | number)[] = NO_BASE): void {
  let obj: unknown = ctx.resource.value;
  for (let i = 0; i < base.length; i++) obj = (obj as Record<string | number, unknown> | undefined)?.[base[i]];
  if (typeof obj !== 'object' || obj === null || !(check.field in obj)) return;
  const value = (obj as Record<string, unknown>)[check.field];
  if (value === null && (check.nullAllowed ?? ctx.resource.partial)) return;
  // the common case first: a valid value costs no message parts
  if (typeof value === 'string' && check.allowed.includes(value)) return;
  if (isPlaceholder(value)) return;
  const at = [...base, check.field];
  const list = check.allowed.map((a) => `"${a}"`).join(', ');
  // each finding its own copy: a check is a constant its rule shares between calls
  const extra: Partial<Report> = check.predictedResponse ? { predictedResponse: { ...check.predictedResponse } } : {};
  if (typeof value !== 'string') {
    ctx.report({ messageId: 'wrongType', at, data: { found: describeValue(value), allowed: list }, ...extra });
    return;
  }
  const canonical = canonicalEnumSpelling(value);
  let fix: Fix | undefined;
  let hint = '';
  if (check.allowed.includes(canonical)) {
    hint = `; did you mean "${canonical}"?`;
    fix = { safety: 'safe', description: `replace ${JSON.stringify(value)} with "${canonical}"`, ops: [{ op: 'set', path: at, value: canonical }] };
  } else {
    const guess = value.trim() === '' ? undefined : didYouMean(canonical, check.allowed);
    if (guess) {
      hint = `; did you mean "${guess}"?`;
      fix = { safety: 'unsafe', description: `replace ${JSON.stringify(value)} with "${guess}"`, ops: [{ op: 'set', path: at, value: guess }] };
    }
  }
  ctx.report({ messageId: 'invalid', at, data: { value: JSON.stringify(value), allowed: list, hint }, fix, ...extra });
}

/** the path of a field of the resource itself */
const NO_BASE: readonly (string | number)[] = [];

/**
 * A client's `organization_usage` as the API applies it: on an `express_configuration` application without one,
 * the API sets `require` itself (a real POST answer, ../shared/auth0-facts.md §1). Otherwise the value as written.
 */
export function effectiveOrganizationUsage(client: Record<string, unknown>): unknown {
  const usage = client.organization_usage;
  if ((usage === undefined || usage === null) && client.app_type === 'express_configuration') return 'require';
  return usage;
}
