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

/** arrays with this many items are remembered between findings */
const REMEMBER_FROM = 32;

/**
 * Finds the range of the value (or key) at a path in JSON text that `parseJsonFast` accepted, as the
 * jsonc-parser path does (`locateJson`): strings with their quotes, the deepest existing node when the path
 * goes further. Objects are read up to the key looked for; large arrays (an API dump's list of clients) are read
 * once and remembered.
 */
export class JsonLocator {
  private readonly arrays = new Map<number, Range[]>();

  constructor(private readonly text: string) {}

  /** [start, end) of the value (or key) at `path`, or of the deepest node on it that exists */
  locate(path: Path, target: 'key' | 'value'): Range {
    const t = this.text;
    // the root's end is found only if the root itself is the answer
    let node: Range = [skipSpace(t, 0), -1];
    const whole = (r: Range): Range => (r[1] < 0 ? [r[0], valueEnd(t, r[0])] : r);
    let key: Range | undefined;
    for (const seg of path) {
      key = undefined;
      const c = t.charCodeAt(node[0]);
      if (c === 123) {
        const m = this.member(node[0], String(seg));
        if (!m) return whole(node);
        key = m.key;
        node = m.value;
      } else if (c === 91 && typeof seg === 'number') {
        const item = this.item(node[0], seg);
        if (!item) return whole(node);
        node = item;
      } else return whole(node);
    }
    return target === 'key' && key ? key : whole(node);
  }

  /** the member of the object opening at `open` with this name, reading no further than it */
  private member(open: number, name: string): Member | undefined {
    const t = this.text;
    let i = skipSpace(t, open + 1);
    while (t.charCodeAt(i) === 34) {
      const ke = stringEnd(t, i);
      const raw = t.slice(i + 1, ke - 1);
      const vs = skipSpace(t, skipSpace(t, ke) + 1);
      const key = raw.includes('\\') ? (JSON.parse(t.slice(i, ke)) as string) : raw;
      if (key === name) return { key: [i, ke], value: [vs, valueEnd(t, vs)] };
      i = skipSpace(t, valueEnd(t, vs));
      if (t.charCodeAt(i) === 44) i = skipSpace(t, i + 1);
    }
    return undefined;
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
