import type { Path } from '../rule-api/types';

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
  const inValue = countValueKeys(value);
  if (inValue < 0 || inValue !== countTextKeys(text)) return null;
  return { value };
}

/** the number of object keys in a parsed value, or -1 when it nests deeper than MAX_DEPTH */
function countValueKeys(root: unknown): number {
  let n = 0;
  const stack: unknown[] = [root];
  const depths: number[] = [0];
  while (stack.length) {
    const v = stack.pop();
    const d = depths.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (d > MAX_DEPTH) return -1;
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === 'object' && x !== null) (stack.push(x), depths.push(d + 1));
      continue;
    }
    for (const k in v) {
      n++;
      const x = (v as Record<string, unknown>)[k];
      if (typeof x === 'object' && x !== null) (stack.push(x), depths.push(d + 1));
    }
  }
  return n;
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

/** the number of keys in valid JSON text: strings followed by `:` */
function countTextKeys(t: string): number {
  let n = 0;
  let i = t.indexOf('"');
  while (i !== -1) {
    const k = skipSpace(t, stringEnd(t, i));
    if (t.charCodeAt(k) === 58) n++;
    i = t.indexOf('"', k);
  }
  return n;
}

/** Values the JSON locator has skipped over, so a test can check that finding positions stays linear. */
export const jsonLocatorStats = { values: 0 };

/** the end of the value starting at `i` in valid JSON text */
function valueEnd(t: string, i: number): number {
  jsonLocatorStats.values++;
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
  value: Range;
}

/** objects and arrays with this many members are remembered between findings */
const REMEMBER_FROM = 32;
/** and objects spanning this many characters */
const REMEMBER_SPAN = 4096;

/**
 * Finds the range of the value (or key) at a path in JSON text that `parseJsonFast` accepted, as the
 * jsonc-parser path does (`locateJson`): strings with their quotes, the deepest existing node when the path
 * goes further. Large objects and arrays (an API dump's list of clients) are read once and remembered; small
 * ones are read again, which costs less than keeping them for every finding.
 */
export class JsonLocator {
  private readonly objects = new Map<number, Map<string, Member>>();
  private readonly arrays = new Map<number, Range[]>();
  private root: Range | undefined;

  constructor(private readonly text: string) {}

  /** [start, end) of the value (or key) at `path`, or of the deepest node on it that exists */
  locate(path: Path, target: 'key' | 'value'): Range {
    const t = this.text;
    if (!this.root) {
      const start = skipSpace(t, 0);
      this.root = [start, valueEnd(t, start)];
    }
    let node: Range = this.root;
    let key: Range | undefined;
    for (const seg of path) {
      key = undefined;
      const c = t.charCodeAt(node[0]);
      if (c === 123) {
        const m = this.member(node[0], String(seg));
        if (!m) return node;
        key = m.key;
        node = m.value;
      } else if (c === 91 && typeof seg === 'number') {
        const item = this.item(node[0], seg);
        if (!item) return node;
        node = item;
      } else return node;
    }
    return target === 'key' && key ? key : node;
  }

  private member(open: number, name: string): Member | undefined {
    const known = this.objects.get(open);
    if (known) return known.get(name);
    let found: Member | undefined;
    let count = 0;
    let end = open;
    this.members(open, (key, m) => {
      if (key === name) found = m;
      count++;
      end = m.value[1];
    });
    // remember objects with many members, and those whose members are long to skip over (a HAR's `log`,
    // whose `entries` would otherwise be scanned again for every request body looked up)
    if (count >= REMEMBER_FROM || end - open >= REMEMBER_SPAN) {
      const all = new Map<string, Member>();
      this.members(open, (key, m) => all.set(key, m));
      this.objects.set(open, all);
    }
    return found;
  }

  /** each member of the object opening at `open`: its name, key range and value range */
  private members(open: number, each: (name: string, m: Member) => void): void {
    const t = this.text;
    let i = skipSpace(t, open + 1);
    while (t.charCodeAt(i) === 34) {
      const ke = stringEnd(t, i);
      const raw = t.slice(i + 1, ke - 1);
      const vs = skipSpace(t, skipSpace(t, ke) + 1);
      const ve = valueEnd(t, vs);
      each(raw.includes('\\') ? (JSON.parse(t.slice(i, ke)) as string) : raw, { key: [i, ke], value: [vs, ve] });
      i = skipSpace(t, ve);
      if (t.charCodeAt(i) === 44) i = skipSpace(t, i + 1);
    }
  }

  private item(open: number, index: number): Range | undefined {
    const known = this.arrays.get(open);
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
    if (list.length >= REMEMBER_FROM) this.arrays.set(open, list);
    return list[index];
  }
}
