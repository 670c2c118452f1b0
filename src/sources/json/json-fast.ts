import type { Path } from '../../rule-api/types';

/** deeper than this, the jsonc-parser path decides (it reports "nesting is too deep" where it must) */
const MAX_DEPTH = 512;

/**
 * Parse JSON with `JSON.parse` when that gives exactly what the jsonc-parser path gives: the text is strict JSON
 * and no object repeats a key (each key in the text is a key in the value). Null otherwise; the caller then
 * takes the jsonc-parser path, which reports errors and duplicate keys with their positions. `JSON.parse` makes
 * `__proto__` an own property, never the prototype.
 */
export function parseJsonFast(text: string): { value: unknown } | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const inValue = countValueTokens(value);
  if (inValue < 0 || inValue !== countTextStrings(text)) return null;
  return { value };
}

/**
 * The strings of the text that the parsed value still holds: its object keys and its string values (every string
 * of strict JSON text is one or the other), or -1 when it nests deeper than MAX_DEPTH. A repeated key drops the
 * earlier member, its key and every string of its value, so the value holds fewer than the text has: equal counts
 * mean no object repeats a key.
 */
function countValueTokens(root: unknown): number {
  if (typeof root === 'string') return 1;
  return typeof root === 'object' && root !== null ? tokensBelow(root, 0) : 0;
}

/** `countValueTokens` of an object or array at depth `d` (recursion: at most MAX_DEPTH deep, allocating nothing) */
function tokensBelow(v: object, d: number): number {
  if (d > MAX_DEPTH) return -1;
  let n = 0;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x === 'string') n++;
      else if (typeof x === 'object' && x !== null) {
        const k = tokensBelow(x, d + 1);
        if (k < 0) return -1;
        n += k;
      }
    }
    return n;
  }
  for (const key in v) {
    n++;
    const x = (v as Record<string, unknown>)[key];
    if (typeof x === 'string') n++;
    else if (typeof x === 'object' && x !== null) {
      const k = tokensBelow(x, d + 1);
      if (k < 0) return -1;
      n += k;
    }
  }
  return n;
}

/**
 * The number of strings in valid JSON text: half its unescaped quotes (outside a string there is no backslash;
 * inside one, a quote is escaped by an odd run of backslashes before it).
 */
function countTextStrings(t: string): number {
  let quotes = 0;
  for (let i = t.indexOf('"'); i !== -1; i = t.indexOf('"', i + 1)) {
    if (t.charCodeAt(i - 1) === 92) {
      let k = i - 2;
      while (t.charCodeAt(k) === 92) k--;
      // (i - 1 - k backslashes: an odd run escapes the quote)
      if ((i - 1 - k) % 2 === 1) continue;
    }
    quotes++;
  }
  return quotes >> 1;
}

/** the end of the string whose opening quote is at `i` (just past its closing quote); the text is valid JSON */
function stringEnd(t: string, i: number): number {
  let j = t.indexOf('"', i + 1);
  while (t.charCodeAt(j - 1) === 92) {
    let k = j - 1;
    while (t.charCodeAt(k) === 92) k--;
    if ((j - 1 - k) % 2 === 0) break;
    j = t.indexOf('"', j + 1);
  }
  return j + 1;
}

function skipSpace(t: string, i: number): number {
  let c = t.charCodeAt(i);
  while (c === 32 || c === 10 || c === 13 || c === 9) c = t.charCodeAt(++i);
  return i;
}

/** Characters the JSON locator has skipped over, so a test can check that finding positions stays linear. */
export const jsonLocatorStats = { chars: 0 };

/** the end of the value starting at `i` in valid JSON text */
function valueEnd(t: string, i: number): number {
  const end = scanValue(t, i);
  jsonLocatorStats.chars += end - i;
  return end;
}

function scanValue(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c === 34) return stringEnd(t, i);
  if (c === 123 || c === 91) {
    let depth = 0;
    for (let j = i; ; j++) {
      const d = t.charCodeAt(j);
      if (d === 34) j = stringEnd(t, j) - 1;
      else if (d === 123 || d === 91) depth++;
      else if ((d === 125 || d === 93) && --depth === 0) return j + 1;
    }
  }
  let j = i + 1;
  for (let d = t.charCodeAt(j); (d >= 48 && d <= 57) || (d >= 97 && d <= 122) || d === 43 || d === 45 || d === 46 || d === 69; d = t.charCodeAt(++j));
  return j;
}

type Range = [number, number];
interface Member {
  key: Range;
  /** the end is -1 until needed: skipping a large value (a HAR's entries) is what costs */
  value: Range;
}

/** What has been read of an object worth remembering: its members so far, and where reading goes on. */
interface ObjectScan {
  members: Map<string, Member>;
  /** the member whose value is to be skipped before the next key */
  pending: Member | null;
  /** where reading goes on */
  next: number;
  done: boolean;
}

/** `quickMember`: the object is large, read it the remembering way */
const LARGE = Symbol('large object');

/**
 * Whether the key literal `t[i, ke)` (quotes included) decodes to `name`. A literal with an escape is longer than
 * what it decodes to, so one exactly as long as `name` matches only as the same characters without a backslash.
 */
function keyIs(t: string, i: number, ke: number, name: string): boolean {
  const len = ke - i - 2;
  if (len === name.length) return t.startsWith(name, i + 1) && !name.includes('\\');
  if (len < name.length) return false;
  for (let j = i + 1; j < ke - 1; j++) if (t.charCodeAt(j) === 92) return JSON.parse(t.slice(i, ke)) === name;
  return false;
}

/** arrays with this many items, and objects with this many members, are remembered between findings */
const REMEMBER_FROM = 32;
/** and so are objects once this much of their text has been read (a HAR's `log`) */
const REMEMBER_SPAN = 4096;

/**
 * Finds the range of the value (or key) at a path in JSON text that `parseJsonFast` accepted, as the
 * jsonc-parser path does (`locateJson`): strings with their quotes, the deepest existing node when the path
 * goes further. Objects are read up to the key looked for, and a value's end is found only when needed; large
 * arrays (an API dump's clients) and large objects are remembered, so each finding costs about the same.
 */
export class JsonLocator {
  // (made when first needed: a small file's few findings remember nothing, and a directory export has thousands)
  private arrays: Map<number, Range[]> | undefined;
  private objects: Map<number, ObjectScan> | undefined;
  private ends: Map<number, number> | undefined;

  constructor(private readonly text: string) {}

  /** [start, end) of the value (or key) at `path`, or of the deepest node on it that exists */
  locate(path: Path, target: 'key' | 'value'): Range {
    const t = this.text;
    let node: Range = [skipSpace(t, 0), -1];
    let key: Range | undefined;
    for (const seg of path) {
      key = undefined;
      const c = t.charCodeAt(node[0]);
      if (c === 123) {
        const m = this.member(node[0], String(seg));
        if (!m) return this.whole(node);
        key = m.key;
        node = m.value;
      } else if (c === 91 && typeof seg === 'number') {
        const item = this.item(node[0], seg);
        if (!item) return this.whole(node);
        node = item;
      } else return this.whole(node);
    }
    return target === 'key' && key ? key : this.whole(node);
  }

  /** a range with its end found (kept in the range, which remembered members share) */
  private whole(r: Range): Range {
    if (r[1] < 0) r[1] = this.end(r[0]);
    return [r[0], r[1]];
  }

  /** the end of the value starting at `start`, remembered for long values */
  private end(start: number): number {
    const known = this.ends?.get(start);
    if (known !== undefined) return known;
    const end = valueEnd(this.text, start);
    if (end - start >= REMEMBER_SPAN) (this.ends ??= new Map()).set(start, end);
    return end;
  }

  /** the member of the object opening at `open` with this name, reading no further than it */
  private member(open: number, name: string): Member | undefined {
    const known = this.objects?.get(open);
    if (known) {
      const m = known.members.get(name);
      if (m || known.done) return m;
    } else {
      // most objects are small and asked once: read their keys in place, keeping nothing
      const quick = this.quickMember(open, name);
      if (quick !== LARGE) return quick;
    }
    const t = this.text;
    const scan: ObjectScan = known ?? { members: new Map(), pending: null, next: skipSpace(t, open + 1), done: false };
    let found: Member | undefined;
    while (!scan.done) {
      let i = scan.next;
      if (scan.pending) {
        i = skipSpace(t, this.whole(scan.pending.value)[1]);
        if (t.charCodeAt(i) === 44) i = skipSpace(t, i + 1);
        scan.pending = null;
        scan.next = i;
      }
      if (t.charCodeAt(i) !== 34) {
        scan.done = true;
        break;
      }
      const ke = stringEnd(t, i);
      const raw = t.slice(i + 1, ke - 1);
      const key = raw.includes('\\') ? (JSON.parse(t.slice(i, ke)) as string) : raw;
      const m: Member = { key: [i, ke], value: [skipSpace(t, skipSpace(t, ke) + 1), -1] };
      if (!scan.members.has(key)) scan.members.set(key, m);
      scan.pending = m;
      if (key === name) {
        found = m;
        break;
      }
    }
    if (!known && (scan.members.size >= REMEMBER_FROM || scan.next - open >= REMEMBER_SPAN)) (this.objects ??= new Map()).set(open, scan);
    return found;
  }

  /**
   * The member named `name` of the object opening at `open`, found without recording the members before it; LARGE
   * once the object turns out to be one worth remembering (then `member` reads it again, recording).
   */
  private quickMember(open: number, name: string): Member | undefined | typeof LARGE {
    const t = this.text;
    let i = skipSpace(t, open + 1);
    for (let count = 1; t.charCodeAt(i) === 34; count++) {
      if (count >= REMEMBER_FROM || i - open >= REMEMBER_SPAN) return LARGE;
      const ke = stringEnd(t, i);
      const value = skipSpace(t, skipSpace(t, ke) + 1);
      if (keyIs(t, i, ke, name)) return { key: [i, ke], value: [value, -1] };
      i = skipSpace(t, this.end(value));
      if (t.charCodeAt(i) === 44) i = skipSpace(t, i + 1);
    }
    return i - open >= REMEMBER_SPAN ? LARGE : undefined;
  }

  private item(open: number, index: number): Range | undefined {
    const known = this.arrays?.get(open);
    if (known) return known[index];
    const t = this.text;
    const list: Range[] = [];
    let i = skipSpace(t, open + 1);
    while (t.charCodeAt(i) !== 93) {
      const e = valueEnd(t, i);
      list.push([i, e]);
      if (list.length > index && list.length < REMEMBER_FROM) return list[index];
      i = skipSpace(t, e);
      if (t.charCodeAt(i) === 44) i = skipSpace(t, i + 1);
    }
    if (list.length >= REMEMBER_FROM) (this.arrays ??= new Map()).set(open, list);
    return list[index];
  }
}
