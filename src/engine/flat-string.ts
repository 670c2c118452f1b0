/**
 * Copies of strings that refer to nothing else. V8 makes `text.slice(a, b)` of 13 characters or more a view into
 * `text`, and `a + b` a pair of its two parts: a line, a name or a secret a parser cut out of a file keeps that
 * whole file's text alive for as long as it is kept. What outlives its tenant's documents (a released finding,
 * a checked resource, a run's secrets) is copied with these, so that only what is shown stays in memory.
 */

/** the shortest string V8 makes a view or a pair of (shorter ones are always copies) */
const MIN_VIEW = 13;

/**
 * `s` as a string of its own: `' ' + s` is flattened into one new string when it is sliced, and the slice refers
 * to that copy only.
 */
export function flatString(s: string): string {
  return s.length < MIN_VIEW ? s : (' ' + s).slice(1);
}

/** the longest string a StringTable shares, and how many characters it holds (past that, strings are only copied) */
const MAX_SHARED_LENGTH = 1024;
const MAX_SHARED_CHARS = 16 * 1024 * 1024;

/**
 * One copy (flatString) per distinct string, for a run: the findings of a directory export repeat the same
 * lines, messages and key paths thousands of times. Keyed by content, so the copy given back is always equal to
 * the string asked for.
 */
export class StringTable {
  private readonly copies = new Map<string, string>();
  private chars = 0;

  copy(s: string): string {
    if (s.length < MIN_VIEW) return s;
    if (s.length > MAX_SHARED_LENGTH) return flatString(s);
    let c = this.copies.get(s);
    if (c === undefined) {
      c = flatString(s);
      if (this.chars < MAX_SHARED_CHARS) {
        this.copies.set(c, c);
        this.chars += c.length;
      }
    }
    return c;
  }
}

/** how deep flatData copies; below, a value is kept as it is (a hostile file nests thousands deep) */
const MAX_DEPTH = 64;

/**
 * Plain data (a fix, a predicted response) with every string in it flattened: arrays and plain objects are
 * copied, anything else kept as it is.
 */
export function flatData<T>(v: T, depth = 0): T {
  if (typeof v === 'string') return flatString(v) as T;
  if (v === null || typeof v !== 'object' || depth > MAX_DEPTH) return v;
  if (Array.isArray(v)) return v.map((x) => flatData(x, depth + 1)) as T;
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return v;
  const out: Record<string, unknown> = proto === null ? Object.create(null) : {};
  for (const k of Object.keys(v)) {
    const x = flatData((v as Record<string, unknown>)[k], depth + 1);
    // (an own `__proto__` key stays a key: assigning it would set the copy's prototype)
    if (k === '__proto__') Object.defineProperty(out, k, { value: x, enumerable: true, writable: true, configurable: true });
    else out[k] = x;
  }
  return out as T;
}
