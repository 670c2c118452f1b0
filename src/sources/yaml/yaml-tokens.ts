import { BACKSLASH, COLON, COMMA, DASH, DQ, GIVE_UP, HASH, INDICATOR, Lines, MAX_KEY, resolvePlain, SP, SQ } from './yaml-lines';

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
const MAX_FLOW_DEPTH = 32;
/** slots in a reader's cache of plain keys (a power of two) */
const KEY_CACHE = 256;

/**
 * Token readers shared by the parser and the locator. `end` is set to the offset just past what was read and
 * `colon` to a key's `:`.
 */
export class Tokens extends Lines {
  end = 0;
  colon = 0;
  /**
   * plain keys read so far, by a hash of their text: the same keys come back in every client, and a key taken
   * from here (after comparing it with the text) is neither cut from the text again nor interned again as a
   * property name. Only this text's keys, and only while it is read
   */
  private readonly keyCache: (string | undefined)[] = new Array<string | undefined>(KEY_CACHE).fill(undefined);

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
        this.colon = i;
        const len = i - p;
        const slot = (c * 31 + t.charCodeAt(i - 1) * 7 + len) & (KEY_CACHE - 1);
        const known = this.keyCache[slot];
        if (known !== undefined && known.length === len && t.startsWith(known, p)) return known;
        const key = t.slice(p, i);
        if (key === '<<' || resolvePlain(key) !== key) throw GIVE_UP;
        this.keyCache[slot] = key;
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
