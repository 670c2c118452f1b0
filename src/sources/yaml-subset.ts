/**
 * A fast reader for the plain, line-oriented YAML that deploy-cli writes and people edit: block mappings and
 * sequences, one-line scalars (plain, 'single', "double"), literal/folded block scalars, one-line flow
 * collections and comments. It gives the same values as the `yaml` package (YAML 1.2 core schema) and gives up
 * (returns null) on everything else: anchors, aliases, tags, merge keys, multi-line flow or quoted scalars,
 * duplicate keys, tabs, non-printable characters, keys that are not strings. The caller then parses with the
 * `yaml` package, so whatever this reader accepts must mean exactly what `yaml` makes of it; test/sources/
 * checks that against `yaml` on generated documents.
 */

/** thrown to give up; one shared object, so giving up costs no stack trace */
export const GIVE_UP = { reason: 'outside the YAML subset' };

const SP = 32;
const CR = 13;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DQ = 34;
const SQ = 39;
const BACKSLASH = 92;
const COMMA = 44;

/** characters this reader never reads: tabs, non-printables, a BOM, line/paragraph separators */
const UNSUPPORTED_CHARS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
/** characters a plain scalar or key may not start with (`-`, `?`, `:` are checked with what follows) */
const INDICATOR = charTable('-?:,[]{}#&*!|>\'"%@`');
/** the first characters of scalars the core schema may resolve to something other than a string */
const MAYBE_TYPED = charTable('0123456789+-.~nNtTfF');
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
const MAX_FLOW_DEPTH = 32;
const MAX_BLOCK_DEPTH = 200;
/** the `yaml` package refuses implicit keys longer than this */
const MAX_KEY = 1000;

/** a lookup table of ASCII characters: 1 for those in `chars` */
function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/** A plain scalar's value under the YAML 1.2 core schema, as the `yaml` package resolves it. */
export function resolvePlain(s: string): unknown {
  if (MAYBE_TYPED[s.charCodeAt(0)] !== 1) return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

/** Whether the text holds characters the subset reader never accepts. */
export function hasUnsupportedChars(text: string): boolean {
  return UNSUPPORTED_CHARS.test(text) || (text.includes('\r') && /\r(?!\n)/.test(text));
}

/** Lines read by the YAML reader and locator, so a test can check that their work stays linear. */
export const yamlLineStats = { lines: 0 };

/**
 * The current line of a text: `ls` its start, `le` its end (before `\r\n`), `nx` the next line's start, `ind`
 * its indentation (-1 past the end), `content` whether it holds more than spaces and a comment.
 */
export class Lines {
  ls = 0;
  le = 0;
  nx = 0;
  ind = 0;
  content = false;
  constructor(readonly text: string) {}

  /** load the line starting at `pos` */
  at(pos: number): void {
    yamlLineStats.lines++;
    const t = this.text;
    const nl = t.indexOf('\n', pos);
    let le = nl === -1 ? t.length : nl;
    this.nx = nl === -1 ? t.length : nl + 1;
    if (le > pos && t.charCodeAt(le - 1) === CR) le--;
    let i = pos;
    while (i < le && t.charCodeAt(i) === SP) i++;
    this.ls = pos;
    this.le = le;
    this.ind = i - pos;
    this.content = i < le && t.charCodeAt(i) !== HASH;
  }

  /** move to the first content line at or after `pos`; false (and `ind` -1) at the end of the text */
  seek(pos: number): boolean {
    const len = this.text.length;
    while (pos < len) {
      this.at(pos);
      if (this.content) return true;
      pos = this.nx;
    }
    this.ls = this.le = this.nx = len;
    this.ind = -1;
    this.content = false;
    return false;
  }

  /** the start of the line after the one holding `pos` */
  nextLine(pos: number): number {
    const nl = this.text.indexOf('\n', pos);
    return nl === -1 ? this.text.length : nl + 1;
  }

  /** whether a block sequence entry (`-` then a space or the line end) starts at `p` */
  isSeqAt(p: number): boolean {
    return this.text.charCodeAt(p) === DASH && (p + 1 === this.le || this.text.charCodeAt(p + 1) === SP);
  }

  /** skip the optional `---` that opens the document; false when the document is not one this reader handles */
  skipDocumentStart(): boolean {
    const t = this.text;
    if (!this.seek(0)) return false;
    if (this.ind === 0 && t.startsWith('---', this.ls)) {
      for (let i = this.ls + 3; i < this.le; i++) if (t.charCodeAt(i) !== SP) return false;
      if (!this.seek(this.nx)) return false;
    }
    return this.ind === 0 && !this.isSeqAt(this.ls);
  }
}

/**
 * Token readers shared by the parser and the locator. `end` is set to the offset just past what was read and
 * `colon` to a key's `:`.
 */
export class Tokens extends Lines {
  end = 0;
  colon = 0;

  /** a double-quoted scalar on one line starting at `p` */
  dq(p: number): string {
    const t = this.text;
    let out = '';
    let seg = p + 1;
    let i = seg;
    for (;;) {
      if (i >= this.le) throw GIVE_UP;
      const c = t.charCodeAt(i);
      if (c === DQ) break;
      if (c === BACKSLASH) {
        out += t.slice(seg, i);
        const e = t[i + 1];
        if (e === 'x' || e === 'u' || e === 'U') {
          const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
          const hex = t.substr(i + 2, n);
          if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex) || i + 2 + n > this.le) throw GIVE_UP;
          const code = parseInt(hex, 16);
          if (code > 0x10ffff) throw GIVE_UP;
          out += String.fromCodePoint(code);
          i += 2 + n;
        } else {
          const r = ESCAPES[e];
          if (r === undefined || i + 1 >= this.le) throw GIVE_UP;
          out += r;
          i += 2;
        }
        seg = i;
        continue;
      }
      i++;
    }
    this.end = i + 1;
    return out + t.slice(seg, i);
  }

  /** a single-quoted scalar on one line starting at `p` */
  sq(p: number): string {
    const t = this.text;
    let out = '';
    let seg = p + 1;
    for (;;) {
      const i = t.indexOf("'", seg);
      if (i === -1 || i >= this.le) throw GIVE_UP;
      if (t.charCodeAt(i + 1) === SQ && i + 1 < this.le) {
        out += t.slice(seg, i + 1);
        seg = i + 2;
        continue;
      }
      this.end = i + 1;
      return out + t.slice(seg, i);
    }
  }

  /**
   * If a block mapping key starts at `p` (a plain or quoted scalar, then `:` and a space or the line end), its
   * text; `colon` is set. Undefined when `p` starts a value instead.
   */
  probeKey(p: number): string | undefined {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === DQ || c === SQ) {
      const key = c === DQ ? this.dq(p) : this.sq(p);
      const e = this.end;
      if (t.charCodeAt(e) !== COLON) return undefined;
      if ((e + 1 !== this.le && t.charCodeAt(e + 1) !== SP) || key === '<<' || e - p > MAX_KEY) throw GIVE_UP;
      this.colon = e;
      return key;
    }
    if (INDICATOR[c] === 1) return undefined;
    for (let i = p + 1; i < this.le; i++) {
      const ch = t.charCodeAt(i);
      if (ch === HASH && t.charCodeAt(i - 1) === SP) return undefined;
      if (ch === COLON && (i + 1 === this.le || t.charCodeAt(i + 1) === SP)) {
        if (t.charCodeAt(i - 1) === SP || i - p > MAX_KEY) throw GIVE_UP;
        const key = t.slice(p, i);
        if (key === '<<' || resolvePlain(key) !== key) throw GIVE_UP;
        this.colon = i;
        return key;
      }
    }
    return undefined;
  }

  /** a plain scalar in block context from `p` to the end of the line or a comment; `end` is its trimmed end */
  plainEnd(p: number): number {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (INDICATOR[c] === 1 && !(c === DASH && p + 1 < this.le && t.charCodeAt(p + 1) !== SP)) throw GIVE_UP;
    let end = this.le;
    for (let i = p + 1; i < this.le; i++) {
      const ch = t.charCodeAt(i);
      if (ch === HASH && t.charCodeAt(i - 1) === SP) {
        end = i;
        break;
      }
      if (ch === COLON && (i + 1 === this.le || t.charCodeAt(i + 1) === SP)) throw GIVE_UP;
    }
    while (t.charCodeAt(end - 1) === SP) end--;
    return (this.end = end);
  }

  /** after a quoted scalar or flow collection ending at `e`: only spaces, then the line end or a comment */
  trail(e: number): void {
    const t = this.text;
    let i = e;
    while (i < this.le && t.charCodeAt(i) === SP) i++;
    if (i < this.le && (t.charCodeAt(i) !== HASH || i === e)) throw GIVE_UP;
  }

  /** skip spaces from `i` on the current line */
  spaces(i: number): number {
    while (i < this.le && this.text.charCodeAt(i) === SP) i++;
    return i;
  }

  /** a flow collection on one line starting at `p`; `onItem` sees each entry's key (or index) and value range */
  flow(p: number, depth: number, build: boolean, onItem?: (key: string | number, keyStart: number, keyEnd: number, start: number, end: number) => void): unknown {
    if (depth > MAX_FLOW_DEPTH) throw GIVE_UP;
    const t = this.text;
    const isMap = t.charCodeAt(p) === 123;
    const close = isMap ? 125 : 93;
    const out: unknown = build ? (isMap ? {} : []) : undefined;
    let i = this.spaces(p + 1);
    if (t.charCodeAt(i) === close) {
      this.end = i + 1;
      return out;
    }
    for (let n = 0; ; n++) {
      let key: string | number = n;
      let keyStart = -1;
      let keyEnd = -1;
      if (isMap) {
        keyStart = i;
        key = this.flowKey(i);
        keyEnd = this.end;
        i = this.spaces(this.colon + 1);
      }
      const start = i;
      const value = this.flowItem(i, depth, build);
      const end = this.end;
      onItem?.(key, keyStart, keyEnd, start, end);
      if (build) {
        if (!isMap) (out as unknown[]).push(value);
        else if (Object.prototype.hasOwnProperty.call(out, key)) throw GIVE_UP;
        else setKey(out as Record<string, unknown>, key as string, value);
      }
      i = this.spaces(end);
      const c = t.charCodeAt(i);
      if (c === close) {
        this.end = i + 1;
        return out;
      }
      if (c !== COMMA || i >= this.le) throw GIVE_UP;
      i = this.spaces(i + 1);
      if (t.charCodeAt(i) === close) throw GIVE_UP;
    }
  }

  private flowKey(i: number): string {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c === DQ || c === SQ) {
      const key = c === DQ ? this.dq(i) : this.sq(i);
      const e = this.end;
      if (t.charCodeAt(e) !== COLON || key === '<<' || e - i > MAX_KEY) throw GIVE_UP;
      this.colon = e;
      return key;
    }
    const e = this.flowPlainEnd(i, true);
    const key = t.slice(i, e);
    if (resolvePlain(key) !== key || key === '<<' || e - i > MAX_KEY) throw GIVE_UP;
    return key;
  }

  private flowItem(i: number, depth: number, build: boolean): unknown {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c === 91 || c === 123) return this.flow(i, depth + 1, build);
    if (c === DQ) return this.dq(i);
    if (c === SQ) return this.sq(i);
    const e = this.flowPlainEnd(i, false);
    return build ? resolvePlain(t.slice(i, e)) : undefined;
  }

  /** a plain scalar inside a flow collection; as a key, `colon` is set to the `:` that follows it */
  private flowPlainEnd(i: number, asKey: boolean): number {
    const t = this.text;
    const c = t.charCodeAt(i);
    // `-` may start a plain scalar only before a character that can continue one (not a space, not `,[]{}`)
    const n1 = t.charCodeAt(i + 1);
    if (INDICATOR[c] === 1 && !(c === DASH && i + 1 < this.le && n1 !== SP && n1 !== COMMA && n1 !== 91 && n1 !== 93 && n1 !== 123 && n1 !== 125)) throw GIVE_UP;
    let j = i + 1;
    for (; j < this.le; j++) {
      const ch = t.charCodeAt(j);
      if (ch === COMMA || ch === 93 || ch === 125) break;
      if (ch === 91 || ch === 123 || (ch === HASH && t.charCodeAt(j - 1) === SP)) throw GIVE_UP;
      if (ch === COLON) {
        const n = t.charCodeAt(j + 1);
        if (j + 1 === this.le || n === SP || n === COMMA || n === 93 || n === 125) {
          if (!asKey) throw GIVE_UP;
          break;
        }
      }
    }
    if (j >= this.le) throw GIVE_UP;
    let e = j;
    while (t.charCodeAt(e - 1) === SP) e--;
    if (asKey) {
      if (t.charCodeAt(j) !== COLON || e !== j || t.charCodeAt(j + 1) !== SP) throw GIVE_UP;
      this.colon = j;
    }
    this.end = e;
    return e;
  }

  /**
   * A block scalar whose header (`|`, `|-`, `>`, `>-`) is at `p`, inside a collection at column `col`. Leaves
   * the lines on the next content line; `end` is the scalar's end (after its last non-blank line).
   */
  block(p: number, col: number, build: boolean): string | undefined {
    const t = this.text;
    const folded = t.charCodeAt(p) === 62;
    let i = p + 1;
    const strip = t.charCodeAt(i) === DASH;
    if (strip) i++;
    if (this.spaces(i) !== this.le) throw GIVE_UP;
    const lines: string[] = [];
    let indent = -1;
    let leadingBlank = 0;
    let end = this.nx;
    let pos = this.nx;
    while (pos < t.length) {
      this.at(pos);
      if (this.ls + this.ind === this.le) {
        if (indent === -1) leadingBlank = Math.max(leadingBlank, this.ind);
        else if (this.ind > indent) throw GIVE_UP;
        if (build) lines.push('');
        pos = this.nx;
        continue;
      }
      if (indent === -1) {
        if (this.ind <= col) break;
        indent = this.ind;
        if (leadingBlank > indent) throw GIVE_UP;
      } else if (this.ind < indent) break;
      if (build) lines.push(t.slice(this.ls + indent, this.le));
      end = this.nx;
      pos = this.nx;
    }
    if (indent === -1) throw GIVE_UP;
    this.seek(pos < t.length ? this.ls : pos);
    if (this.ind > col) throw GIVE_UP;
    this.end = end;
    if (!build) return undefined;
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    let value: string;
    if (!folded) value = lines.join('\n');
    else {
      if (lines[0] === '' || lines.some((l) => l.charCodeAt(0) === SP)) throw GIVE_UP;
      value = lines[0];
      let empties = 0;
      for (let k = 1; k < lines.length; k++) {
        if (lines[k] === '') {
          empties++;
          continue;
        }
        value += empties ? '\n'.repeat(empties) : ' ';
        value += lines[k];
        empties = 0;
      }
    }
    return strip ? value : value + '\n';
  }
}

/** Set a key the way the `yaml` package does: `__proto__` becomes an own property, never the prototype. */
export function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

/** Reads a whole document into plain data, or throws GIVE_UP. */
class SubsetParser extends Tokens {
  private depth = 0;
  /** the start of each entry's line, for the root mapping and the collections directly in it */
  readonly index: EntryIndex = new Map();

  document(): unknown {
    if (!this.skipDocumentStart()) throw GIVE_UP;
    const value = this.map(0, this.ls);
    if (this.ind !== -1) throw GIVE_UP;
    return value;
  }

  private enter(): void {
    if (++this.depth > MAX_BLOCK_DEPTH) throw GIVE_UP;
  }

  private map(col: number, p: number): Record<string, unknown> {
    this.enter();
    const obj: Record<string, unknown> = {};
    const lines: number[] | undefined = this.depth <= INDEX_DEPTH ? [] : undefined;
    if (lines) this.index.set(p, lines);
    for (;;) {
      lines?.push(this.ls);
      const key = this.probeKey(p);
      if (key === undefined) throw GIVE_UP;
      const q = this.spaces(this.colon + 1);
      let value: unknown;
      if (q === this.le || this.text.charCodeAt(q) === HASH) value = this.nested(col, true, q !== this.le);
      else value = this.inline(q, col);
      if (Object.prototype.hasOwnProperty.call(obj, key)) throw GIVE_UP;
      setKey(obj, key, value);
      if (this.ind < col) break;
      p = this.ls + col;
      if (this.ind > col || this.isSeqAt(p)) throw GIVE_UP;
    }
    this.depth--;
    return obj;
  }

  private seq(col: number, p: number): unknown[] {
    this.enter();
    const arr: unknown[] = [];
    const lines: number[] | undefined = this.depth <= INDEX_DEPTH ? [] : undefined;
    if (lines) this.index.set(p, lines);
    for (;;) {
      lines?.push(this.ls);
      const q = this.spaces(p + 1);
      if (q === this.le || this.text.charCodeAt(q) === HASH) arr.push(this.nested(col, false, q !== this.le || this.afterBlankOrComment()));
      else if (this.isSeqAt(q)) arr.push(this.seq(q - this.ls, q));
      else if (this.probeKey(q) !== undefined) arr.push(this.map(q - this.ls, q));
      else arr.push(this.inline(q, col));
      if (this.ind < col) break;
      if (this.ind > col) throw GIVE_UP;
      p = this.ls + col;
      if (!this.isSeqAt(p)) break;
    }
    this.depth--;
    return arr;
  }

  /**
   * The value on the lines after `key:` or `-` (and a comment, when `commented`). An empty value followed by
   * a comment or blank line has a range this reader does not reproduce, so it gives up on that.
   */
  private nested(col: number, inMap: boolean, commented: boolean): unknown {
    const next = this.nx;
    this.seek(next);
    if (this.ind > col) {
      const p = this.ls + this.ind;
      return this.isSeqAt(p) ? this.seq(this.ind, p) : this.map(this.ind, p);
    }
    if (inMap && this.ind === col && this.isSeqAt(this.ls + col)) return this.seq(col, this.ls + col);
    // an empty value's range takes in the blank and comment lines after it: not reproduced here
    if (commented || this.ls !== next) throw GIVE_UP;
    return null;
  }

  /**
   * Whether the line before the current one is blank or a comment (`yaml` gives an empty sequence item after
   * such a line a different range; this reader gives up on those).
   */
  private afterBlankOrComment(): boolean {
    if (this.ls === 0) return false;
    const t = this.text;
    let i = t.lastIndexOf('\n', this.ls - 2) + 1;
    while (t.charCodeAt(i) === SP) i++;
    const c = t.charCodeAt(i);
    return c === HASH || c === 10 || c === CR;
  }

  /** a value that starts on the current line at `q` */
  private inline(q: number, col: number): unknown {
    const t = this.text;
    const c = t.charCodeAt(q);
    let value: unknown;
    if (c === 124 || c === 62) return this.block(q, col, true);
    if (c === DQ || c === SQ || c === 91 || c === 123) {
      value = c === DQ ? this.dq(q) : c === SQ ? this.sq(q) : this.flow(q, 0, true);
      this.trail(this.end);
    } else {
      value = resolvePlain(t.slice(q, this.plainEnd(q)));
    }
    this.seek(this.nx);
    if (this.ind > col) throw GIVE_UP;
    return value;
  }
}

/**
 * Where the entries of some collections start: collection start offset → the start of each entry's line. The
 * parser records it for the root mapping and the collections in it (a tenant's `clients`), so locating a
 * finding in a large file does not read those again.
 */
export type EntryIndex = Map<number, number[]>;

/** collections this deep (the root is 1) have their entries indexed while parsing */
const INDEX_DEPTH = 2;

/** Parse `text` if it is in the subset; null when the `yaml` package must read it. */
export function parseYamlSubset(text: string): { value: unknown; index: EntryIndex } | null {
  if (hasUnsupportedChars(text)) return null;
  try {
    const parser = new SubsetParser(text);
    return { value: parser.document(), index: parser.index };
  } catch {
    return null;
  }
}
