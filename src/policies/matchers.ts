/**
 * Policy matchers: what `where`, `require` and `forbid` say about one field. A matcher answers true, false or
 * unknown — a keyword placeholder (`##ORG_USAGE##`), a Terraform value known only after apply, or a field a
 * PATCH body leaves to the tenant is never guessed at.
 */
import v8 from 'node:v8';
import { containsPlaceholder } from '../sources/keywords';

export type Verdict = true | false | 'unknown';

/** A field as a policy sees it. */
export interface FieldValue {
  present: boolean;
  value: unknown;
  /** set, or defaulted by Auth0 (a documented default), or nothing known (partial resource) */
  source: 'set' | 'default' | 'absent' | 'unknown';
}

export type Matcher = (field: FieldValue) => Verdict;

type Scalar = string | number | boolean | null;

/**
 * Auth0's documented defaults for fields a full export may leave out (../shared/auth0-facts.md §1 and §2): a
 * policy on `organization_usage: deny` also matches a client that does not set it.
 */
export const DOCUMENTED_DEFAULTS: Record<string, Record<string, unknown>> = {
  client: { organization_usage: 'deny', organization_require_behavior: 'no_prompt' },
  clientGrant: { allow_any_organization: false },
  organization: {},
  organizationConnection: { assign_membership_on_login: false, is_signup_enabled: false, show_as_button: true },
};

/** Read a field path (`field` dotted, `keys` the same split) from a resource value. */
export function readField(value: Record<string, unknown>, field: string, type: string, partial: boolean, keys: readonly string[] = field.split('.')): FieldValue {
  let cur: unknown = value;
  for (const key of keys) {
    if (typeof cur === 'string' && containsPlaceholder(cur)) return { present: true, value: cur, source: 'unknown' };
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, key)) {
      if (partial) return { present: false, value: undefined, source: 'unknown' };
      const defaults = DOCUMENTED_DEFAULTS[type] ?? {};
      if (Object.prototype.hasOwnProperty.call(defaults, field)) return { present: false, value: defaults[field], source: 'default' };
      return { present: false, value: undefined, source: 'absent' };
    }
    cur = (cur as Record<string, unknown>)[key];
  }
  if (typeof cur === 'string' && containsPlaceholder(cur)) return { present: true, value: cur, source: 'unknown' };
  return { present: true, value: cur, source: 'set' };
}

/** A compiled policy pattern, and the longest value it is tested on (longer ones are unknown, never cut). */
export interface PolicyPattern {
  re: RegExp;
  maxLength: number;
}

let linearEngine: boolean | undefined;

/** V8's linear-time regular expression engine (flag `l`), switched on the first time a policy needs it. */
function linear(pattern: string): RegExp | undefined {
  if (linearEngine === undefined) {
    try {
      v8.setFlagsFromString('--enable-experimental-regexp-engine');
      linearEngine = new RegExp('a', 'l').test('a');
    } catch {
      linearEngine = false;
    }
  }
  if (!linearEngine) return undefined;
  try {
    return new RegExp(pattern, 'l');
  } catch {
    return undefined;
  }
}

/**
 * A regular expression a policy may use, that cannot hang a run on a hostile value: run by V8's linear-time
 * engine where it can be (most patterns); otherwise (Unicode property escapes, lookarounds, backreferences)
 * by the backtracking engine, and then only without nested repetition, without repeated alternatives and with
 * at most two unbounded repetitions, on values of at most 1,000 characters.
 */
export function safeRegExp(pattern: string): PolicyPattern | string {
  let unicode: RegExp;
  try {
    unicode = new RegExp(pattern, 'u');
  } catch (err) {
    return (err as Error).message.replace(/^Invalid regular expression: /, '');
  }
  // the linear engine has no Unicode mode: a pattern that needs one (\p{L}, \u{1F600}) would mean something else
  const fast = /\\[pP]\{|\\u\{/.test(pattern) ? undefined : linear(pattern);
  if (fast) return { re: fast, maxLength: 100_000 };
  if (hasNestedQuantifier(pattern)) return 'it repeats a group that itself repeats or has alternatives (such as (a+)+ or (a|aa)+), which can take exponential time';
  // each long repetition, and the scan for a start that a pattern not anchored with ^ makes, multiplies the
  // steps a failing match can take by the value's length: (\p{L}*\p{L}*!) is n³, seconds per 1,000 characters
  const degree = unboundedQuantifiers(pattern) + (anchoredAtStart(pattern) ? 0 : 1);
  if (degree > 2) return 'it has more than two unbounded repetitions (*, +, {n,}, or {n,m} with m over 10; a pattern not anchored with ^ counts as one more) and needs the backtracking engine, which can take polynomial time on a long value';
  return { re: unicode, maxLength: 1_000 };
}

/**
 * The indexes of a pattern's syntax characters: what is not escaped (`\\x`) and not inside a class (`[...]`).
 * The three checks below read patterns through it.
 */
function* syntaxIndexes(p: string): Generator<number> {
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else yield i;
  }
}

function unboundedQuantifiers(p: string): number {
  let n = 0;
  for (const i of syntaxIndexes(p)) {
    const c = p[i];
    if (c === '*' || c === '+') n++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i, i + 24));
      if (m && m[2] !== undefined && (m[3] === '' || Number(m[3]) > 10)) n++;
    }
  }
  return n;
}

/** `^…` with no top-level alternative: the engine tries one start only. */
function anchoredAtStart(p: string): boolean {
  if (!p.startsWith('^')) return false;
  let depth = 0;
  for (const i of syntaxIndexes(p)) {
    const c = p[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

/**
 * Does a quantified group contain a quantifier or an alternative (`(a+)+`, `(a|aa)*`)? Those are the shapes that
 * backtrack exponentially. Conservative: it may refuse a safe pattern, never accept such a one.
 */
function hasNestedQuantifier(p: string): boolean {
  const stack: boolean[] = [];
  for (const i of syntaxIndexes(p)) {
    const c = p[i];
    if (c === '(') stack.push(false);
    else if (c === ')') {
      const inner = stack.pop() ?? false;
      const next = p[i + 1];
      const quantified = next === '*' || next === '+' || next === '?' || next === '{';
      if (inner && quantified && next !== '?') return true;
      if (stack.length && (inner || quantified)) stack[stack.length - 1] = true;
    } else if ((c === '*' || c === '+' || c === '{' || c === '|') && stack.length) stack[stack.length - 1] = true;
  }
  return false;
}

/** Compile one matcher from the config (already checked against the schema). */
export function compileMatcher(spec: unknown): Matcher {
  if (Array.isArray(spec)) {
    const list = spec as Scalar[];
    return known((v) => list.some((s) => s === v));
  }
  if (spec === null || typeof spec !== 'object') return known((v) => v === spec);
  const [[op, arg]] = Object.entries(spec as Record<string, unknown>);
  switch (op) {
    case 'exists':
      return (f) => (f.present ? arg === true : f.source === 'unknown' ? 'unknown' : arg === false);
    case 'pattern':
    case 'notPattern': {
      const compiled = safeRegExp(String(arg));
      if (typeof compiled === 'string') throw new Error(compiled);
      const { re, maxLength } = compiled;
      return (f) => {
        if (f.source === 'unknown') return 'unknown';
        const v = f.value;
        if (typeof v !== 'string') return op === 'notPattern';
        // a value longer than the pattern may safely read is not guessed at by testing a part of it
        if (v.length > maxLength) return 'unknown';
        const hit = re.test(v);
        return op === 'pattern' ? hit : !hit;
      };
    }
    case 'contains':
      return (f) => {
        if (f.source === 'unknown') return 'unknown';
        if (!Array.isArray(f.value)) return false;
        if (f.value.some((x) => typeof x === 'string' && containsPlaceholder(x))) return f.value.includes(arg) ? true : 'unknown';
        return f.value.includes(arg);
      };
    case 'not': {
      const inner = compileMatcher(arg);
      return (f) => {
        const r = inner(f);
        return r === 'unknown' ? r : !r;
      };
    }
    default:
      throw new Error(`unknown matcher "${op}"`);
  }
}

/** A matcher on the field's value: unknown stays unknown; an unset field is its default, else `undefined`. */
function known(test: (value: unknown) => boolean): Matcher {
  return (f) => (f.source === 'unknown' ? 'unknown' : test(f.value));
}

/** The operator names, for messages and docs. */
export const MATCHER_NAMES = ['a value', 'a list of values', 'pattern', 'notPattern', 'exists', 'contains', 'not'];
