import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  substituteKeywords
} from "./chunk-PYKP3QTX.js";

// src/sources/directives.ts
var DIRECTIVE = /(?:^|[ \t])#[ \t]*orglint-(disable-next-line|disable-line|disable-file|disable|enable)\b([^\r\n]*)/gm;
function parseDirectives(text) {
  if (!text.includes("orglint-")) return [];
  const out = [];
  let line = 1;
  let lineStart = 0;
  for (const m of text.matchAll(DIRECTIVE)) {
    const hash = m.index + m[0].indexOf("#");
    while (true) {
      const nl = text.indexOf("\n", lineStart);
      if (nl === -1 || nl >= hash) break;
      line++;
      lineStart = nl + 1;
    }
    const [idsPart, ...reason] = m[2].split(/\s--\s?|^--\s?/);
    const ruleIds = idsPart.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
    out.push({
      kind: m[1],
      ruleIds,
      reason: reason.length ? reason.join(" -- ").trim() : void 0,
      line,
      span: { start: hash, end: m.index + m[0].length }
    });
  }
  return out;
}

// src/sources/yaml/yaml-lines.ts
var GIVE_UP = { reason: "outside the YAML subset" };
var SP = 32;
var CR = 13;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var DQ = 34;
var SQ = 39;
var BACKSLASH = 92;
var COMMA = 44;
var INDICATOR = charTable("-?:,[]{}#&*!|>'\"%@`");
var MAYBE_TYPED = charTable("0123456789+-.~nNtTfF");
var INT_OCT = /^0o[0-7]+$/;
var INT = /^[-+]?[0-9]+$/;
var INT_HEX = /^0x[0-9a-fA-F]+$/;
var FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
var FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
var MAX_KEY = 1e3;
function charTable(chars) {
  const table = new Uint8Array(128);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}
function resolvePlain(s) {
  const c = s.charCodeAt(0);
  if (MAYBE_TYPED[c] !== 1) return s;
  switch (c) {
    case 110:
    // n
    case 78:
      return s === "null" || s === "Null" || s === "NULL" ? null : s;
    case 116:
    // t
    case 84:
      return s === "true" || s === "True" || s === "TRUE" ? true : s;
    case 102:
    // f
    case 70:
      return s === "false" || s === "False" || s === "FALSE" ? false : s;
    case 126:
      return s === "~" ? null : s;
  }
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? -Infinity : Infinity;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}
var yamlLineStats = { lines: 0 };
var Lines = class {
  constructor(text) {
    this.text = text;
  }
  text;
  ls = 0;
  le = 0;
  nx = 0;
  ind = 0;
  content = false;
  /** load the line starting at `pos` */
  at(pos) {
    yamlLineStats.lines++;
    const t = this.text;
    const nl = t.indexOf("\n", pos);
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
  seek(pos) {
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
  nextLine(pos) {
    const nl = this.text.indexOf("\n", pos);
    return nl === -1 ? this.text.length : nl + 1;
  }
  /** whether a block sequence entry (`-` then a space or the line end) starts at `p` */
  isSeqAt(p) {
    return this.text.charCodeAt(p) === DASH && (p + 1 === this.le || this.text.charCodeAt(p + 1) === SP);
  }
  /** skip the optional `---` that opens the document; false when the document is not one this reader handles */
  skipDocumentStart() {
    const t = this.text;
    if (!this.seek(0)) return false;
    if (this.ind === 0 && t.startsWith("---", this.ls)) {
      for (let i = this.ls + 3; i < this.le; i++) if (t.charCodeAt(i) !== SP) return false;
      if (!this.seek(this.nx)) return false;
    }
    return this.ind === 0 && !this.isSeqAt(this.ls);
  }
};

// src/sources/yaml/yaml-tokens.ts
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\"
};
var MAX_FLOW_DEPTH = 32;
var KEY_CACHE = 256;
var Tokens = class extends Lines {
  end = 0;
  colon = 0;
  /**
   * plain keys read so far, by a hash of their text: the same keys come back in every client, and a key taken
   * from here (after comparing it with the text) is neither cut from the text again nor interned again as a
   * property name. Only this text's keys, and only while it is read
   */
  keyCache = new Array(KEY_CACHE).fill(void 0);
  /** a double-quoted scalar on one line starting at `p` */
  dq(p) {
    const t = this.text;
    let out = "";
    let seg = p + 1;
    let i = seg;
    for (; ; ) {
      if (i >= this.le) throw GIVE_UP;
      const c = t.charCodeAt(i);
      if (c === DQ) break;
      if (c === BACKSLASH) {
        out += t.slice(seg, i);
        const e = t[i + 1];
        if (e === "x" || e === "u" || e === "U") {
          const n = e === "x" ? 2 : e === "u" ? 4 : 8;
          const hex = t.substr(i + 2, n);
          if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex) || i + 2 + n > this.le) throw GIVE_UP;
          const code = parseInt(hex, 16);
          if (code > 1114111) throw GIVE_UP;
          out += String.fromCodePoint(code);
          i += 2 + n;
        } else {
          const r = ESCAPES[e];
          if (r === void 0 || i + 1 >= this.le) throw GIVE_UP;
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
  sq(p) {
    const t = this.text;
    let out = "";
    let seg = p + 1;
    for (; ; ) {
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
  probeKey(p) {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === DQ || c === SQ) {
      const key = c === DQ ? this.dq(p) : this.sq(p);
      const e = this.end;
      if (t.charCodeAt(e) !== COLON) return void 0;
      if (e + 1 !== this.le && t.charCodeAt(e + 1) !== SP || key === "<<" || e - p > MAX_KEY) throw GIVE_UP;
      this.colon = e;
      return key;
    }
    if (INDICATOR[c] === 1) return void 0;
    for (let i = p + 1; i < this.le; i++) {
      const ch = t.charCodeAt(i);
      if (ch === HASH && t.charCodeAt(i - 1) === SP) return void 0;
      if (ch === COLON && (i + 1 === this.le || t.charCodeAt(i + 1) === SP)) {
        if (t.charCodeAt(i - 1) === SP || i - p > MAX_KEY) throw GIVE_UP;
        this.colon = i;
        const len = i - p;
        const slot = c * 31 + t.charCodeAt(i - 1) * 7 + len & KEY_CACHE - 1;
        const known = this.keyCache[slot];
        if (known !== void 0 && known.length === len && t.startsWith(known, p)) return known;
        const key = t.slice(p, i);
        if (key === "<<" || resolvePlain(key) !== key) throw GIVE_UP;
        this.keyCache[slot] = key;
        return key;
      }
    }
    return void 0;
  }
  /** a plain scalar in block context from `p` to the end of the line or a comment; `end` is its trimmed end */
  plainEnd(p) {
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
    return this.end = end;
  }
  /** after a quoted scalar or flow collection ending at `e`: only spaces, then the line end or a comment */
  trail(e) {
    const t = this.text;
    let i = e;
    while (i < this.le && t.charCodeAt(i) === SP) i++;
    if (i < this.le && (t.charCodeAt(i) !== HASH || i === e)) throw GIVE_UP;
  }
  /** skip spaces from `i` on the current line */
  spaces(i) {
    while (i < this.le && this.text.charCodeAt(i) === SP) i++;
    return i;
  }
  /** a flow collection on one line starting at `p`; `onItem` sees each entry's key (or index) and value range */
  flow(p, depth, build, onItem) {
    if (depth > MAX_FLOW_DEPTH) throw GIVE_UP;
    const t = this.text;
    const isMap = t.charCodeAt(p) === 123;
    const close = isMap ? 125 : 93;
    const out = build ? isMap ? {} : [] : void 0;
    let i = this.spaces(p + 1);
    if (t.charCodeAt(i) === close) {
      this.end = i + 1;
      return out;
    }
    for (let n = 0; ; n++) {
      let key = n;
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
        if (!isMap) out.push(value);
        else if (Object.prototype.hasOwnProperty.call(out, key)) throw GIVE_UP;
        else setKey(out, key, value);
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
  flowKey(i) {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c === DQ || c === SQ) {
      const key2 = c === DQ ? this.dq(i) : this.sq(i);
      const e2 = this.end;
      if (t.charCodeAt(e2) !== COLON || key2 === "<<" || e2 - i > MAX_KEY) throw GIVE_UP;
      this.colon = e2;
      return key2;
    }
    const e = this.flowPlainEnd(i, true);
    const key = t.slice(i, e);
    if (resolvePlain(key) !== key || key === "<<" || e - i > MAX_KEY) throw GIVE_UP;
    return key;
  }
  flowItem(i, depth, build) {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c === 91 || c === 123) return this.flow(i, depth + 1, build);
    if (c === DQ) return this.dq(i);
    if (c === SQ) return this.sq(i);
    const e = this.flowPlainEnd(i, false);
    return build ? resolvePlain(t.slice(i, e)) : void 0;
  }
  /** a plain scalar inside a flow collection; as a key, `colon` is set to the `:` that follows it */
  flowPlainEnd(i, asKey) {
    const t = this.text;
    const c = t.charCodeAt(i);
    const n1 = t.charCodeAt(i + 1);
    if (INDICATOR[c] === 1 && !(c === DASH && i + 1 < this.le && n1 !== SP && n1 !== COMMA && n1 !== 91 && n1 !== 93 && n1 !== 123 && n1 !== 125)) throw GIVE_UP;
    let j = i + 1;
    for (; j < this.le; j++) {
      const ch = t.charCodeAt(j);
      if (ch === COMMA || ch === 93 || ch === 125) break;
      if (ch === 91 || ch === 123 || ch === HASH && t.charCodeAt(j - 1) === SP) throw GIVE_UP;
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
  block(p, col, build) {
    const t = this.text;
    const folded = t.charCodeAt(p) === 62;
    let i = p + 1;
    const strip = t.charCodeAt(i) === DASH;
    if (strip) i++;
    if (this.spaces(i) !== this.le) throw GIVE_UP;
    const lines = [];
    let indent = -1;
    let leadingBlank = 0;
    let end = this.nx;
    let pos = this.nx;
    while (pos < t.length) {
      this.at(pos);
      if (this.ls + this.ind === this.le) {
        if (indent === -1) leadingBlank = Math.max(leadingBlank, this.ind);
        else if (this.ind > indent) throw GIVE_UP;
        if (build) lines.push("");
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
    if (!build) return void 0;
    while (lines.length && lines[lines.length - 1] === "") lines.pop();
    let value;
    if (!folded) value = lines.join("\n");
    else {
      if (lines[0] === "" || lines.some((l) => l.charCodeAt(0) === SP)) throw GIVE_UP;
      value = lines[0];
      let empties = 0;
      for (let k = 1; k < lines.length; k++) {
        if (lines[k] === "") {
          empties++;
          continue;
        }
        value += empties ? "\n".repeat(empties) : " ";
        value += lines[k];
        empties = 0;
      }
    }
    return strip ? value : value + "\n";
  }
};
function setKey(obj, key, value) {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

// src/sources/yaml/yaml-locate.ts
var REMEMBER_FROM = 32;
var SubsetLocator = class {
  t;
  cache = /* @__PURE__ */ new Map();
  rootNode;
  constructor(text, index) {
    this.t = new Tokens(text);
    for (const [start, lines] of index ?? []) this.cache.set(start, { lines, pos: 0, done: true });
  }
  /** [start, end) of the value (or key) at `path`, or of the deepest node on it that exists */
  locate(path, target) {
    let node = this.root();
    let key = null;
    for (const seg of path) {
      key = null;
      let entry;
      const isMap = node.kind === "map" || node.kind === "flow" && this.t.text.charCodeAt(node.start) === 123;
      const isSeq = node.kind === "seq" || node.kind === "flow" && !isMap;
      if (isMap) entry = this.lookup(node, String(seg));
      else if (isSeq && typeof seg === "number") entry = this.item(node, seg);
      if (!entry) return this.range(node);
      if (isMap) key = [entry.keyStart, entry.keyEnd];
      node = this.value(entry, node);
    }
    if (target === "key" && key) return key;
    return this.range(node);
  }
  root() {
    if (!this.rootNode) {
      this.t.skipDocumentStart();
      this.rootNode = { kind: "map", col: 0, start: this.t.ls, line: this.t.ls, end: 0, after: 0 };
    }
    return this.rootNode;
  }
  range(node) {
    if (node.kind === "leaf" || node.kind === "flow") return [node.start, node.end > node.start ? node.end : node.after];
    return [node.start, this.endOf(node)];
  }
  /**
   * A block collection's range[1]: the end of its last leaf, or of the comment lines after it when `yaml` keeps
   * those in a collection on the way down. (`yaml` gives trailing comment lines to the innermost collection,
   * not at column 0, that is indented no more than one of them; lines more indented than the leaf's collection
   * already belong to the leaf.)
   */
  endOf(node) {
    const cols = [];
    let n = node;
    let last;
    for (; ; ) {
      last = this.value(this.lastEntry(n), n);
      if (last.kind !== "map" && last.kind !== "seq") break;
      cols.push(last.col);
      n = last;
    }
    const t = this.t;
    const text = t.text;
    let pos = last.after > 0 && text.charCodeAt(last.after - 1) !== 10 ? t.nextLine(last.after) : last.after;
    let deepest = -1;
    while (pos < text.length) {
      t.at(pos);
      if (t.content) break;
      if (t.ls + t.ind < t.le) deepest = Math.max(deepest, t.ind);
      pos = t.nx;
    }
    if (deepest >= 0 && cols.some((c) => c > 0 && c <= deepest)) return pos < text.length ? t.ls + t.ind : text.length;
    return last.after;
  }
  /**
   * A one-line leaf's range[2], given the start of the line after it: that line, plus the comment lines more
   * indented than the leaf's collection (blank lines between them included) that follow.
   */
  leafAfter(next, col) {
    const t = this.t;
    let end = next;
    let pos = next;
    while (pos < t.text.length) {
      t.at(pos);
      if (t.content) break;
      if (t.ls + t.ind < t.le) {
        if (t.ind <= col) break;
        end = t.nx;
      }
      pos = t.nx;
    }
    return end;
  }
  /** the entry of a mapping with this key, reading no further into the mapping than needed */
  lookup(node, key) {
    if (node.kind === "flow") return this.flowEntries(node).find((e) => e.key === key);
    const c = this.children(node);
    if (!c.list && c.lines.length >= REMEMBER_FROM) this.remember(node, c);
    if (c.byKey) {
      const found = c.byKey.get(key);
      if (found || c.done) return found;
    } else {
      for (let i = 0; i < c.lines.length; i++) {
        if (!this.mayBeKey(i === 0 ? node.start : c.lines[i] + node.col, key)) continue;
        const e = this.entryAt(node, c, i);
        if (e.key === key) return e;
      }
    }
    while (this.readEntry(node, c)) {
      const i = c.lines.length - 1;
      if (!c.list && !this.mayBeKey(i === 0 ? node.start : c.lines[i] + node.col, key)) continue;
      const e = this.entryAt(node, c, i);
      if (e.key === key) return e;
    }
    return void 0;
  }
  /**
   * Whether the mapping key at `p` may be `key`: a quoted key may (its text is decoded to tell), a plain one
   * only if the text there is `key` followed by `:` and a space or the line end.
   */
  mayBeKey(p, key) {
    const text = this.t.text;
    const c = text.charCodeAt(p);
    if (c === 34 || c === 39) return true;
    if (!text.startsWith(key, p)) return false;
    const after = p + key.length;
    if (text.charCodeAt(after) !== 58) return false;
    const n = text.charCodeAt(after + 1);
    return after + 1 === text.length || n === 32 || n === 10 || n === 13;
  }
  /** the `i`th item of a sequence, reading no further than needed */
  item(node, i) {
    if (node.kind === "flow") return this.flowEntries(node)[i];
    const c = this.children(node);
    while (c.lines.length <= i && this.readEntry(node, c)) ;
    return i < c.lines.length ? this.entryAt(node, c, i) : void 0;
  }
  /** the last entry of a collection */
  lastEntry(node) {
    if (node.kind === "flow") return this.flowEntries(node).at(-1);
    const c = this.children(node);
    while (this.readEntry(node, c)) ;
    return this.entryAt(node, c, c.lines.length - 1);
  }
  children(node) {
    let c = this.cache.get(node.start);
    if (!c) {
      c = { lines: [], pos: -1, done: false };
      this.cache.set(node.start, c);
    }
    return c;
  }
  /** the `i`th entry read so far: remembered for large collections, read again from its line for small ones */
  entryAt(node, c, i) {
    if (c.list) return c.list[i];
    const t = this.t;
    const line = c.lines[i];
    t.at(line);
    const p = i === 0 ? node.start : line + node.col;
    if (node.kind !== "map") return { key: i, keyStart: -1, keyEnd: -1, at: p + 1, line, end: 0 };
    const key = t.probeKey(p);
    return { key, keyStart: p, keyEnd: t.colon, at: t.colon + 1, line, end: 0 };
  }
  /** read the next entry of a block collection (skipping the lines of the one before); false at its end */
  readEntry(node, c) {
    if (c.done) return false;
    const t = this.t;
    const isMap = node.kind === "map";
    const col = node.col;
    let line = -1;
    if (c.pos < 0) {
      t.at(node.line);
      line = node.line;
    } else {
      const len = t.text.length;
      let pos = c.pos;
      while (pos < len) {
        t.at(pos);
        pos = t.nx;
        if (!t.content || t.ind > col) continue;
        if (t.ind < col) break;
        const seqLine = t.isSeqAt(t.ls + col);
        if (isMap && seqLine) continue;
        if (isMap || seqLine) line = t.ls;
        break;
      }
      if (line < 0) {
        c.done = true;
        return false;
      }
    }
    c.lines.push(line);
    c.pos = t.nx;
    if (c.list) {
      const e = this.entryAt(node, { lines: c.lines, pos: 0, done: false }, c.lines.length - 1);
      c.list.push(e);
      if (isMap && !c.byKey.has(e.key)) c.byKey.set(e.key, e);
    } else if (c.lines.length === REMEMBER_FROM) this.remember(node, c);
    return true;
  }
  /** a large collection: keep its entries, with a map of keys, rather than read them again */
  remember(node, c) {
    const plain = { lines: c.lines, pos: 0, done: false };
    c.list = c.lines.map((_, i) => this.entryAt(node, plain, i));
    c.byKey = /* @__PURE__ */ new Map();
    for (const e of [...c.list].reverse()) if (typeof e.key === "string") c.byKey.set(e.key, e);
  }
  flowEntries(node) {
    const t = this.t;
    const list = [];
    t.at(node.line);
    t.flow(node.start, 0, false, (key, keyStart, keyEnd, start, end) => list.push({ key, keyStart, keyEnd, at: start, line: node.line, end }));
    return list;
  }
  /** the node an entry holds */
  value(e, parent) {
    const t = this.t;
    t.at(e.line);
    if (parent.kind === "flow") {
      const c2 = t.text.charCodeAt(e.at);
      return { kind: c2 === 91 || c2 === 123 ? "flow" : "leaf", col: -1, start: e.at, line: e.line, end: e.end, after: e.end };
    }
    const col = parent.col;
    const q = t.spaces(e.at);
    if (q === t.le || t.text.charCodeAt(q) === 35) {
      const empty = t.le;
      t.seek(t.nx);
      if (t.ind > col) {
        const p = t.ls + t.ind;
        return { kind: t.isSeqAt(p) ? "seq" : "map", col: t.ind, start: p, line: t.ls, end: 0, after: 0 };
      }
      if (parent.kind === "map" && t.ind === col && t.isSeqAt(t.ls + col)) return { kind: "seq", col, start: t.ls + col, line: t.ls, end: 0, after: 0 };
      return { kind: "leaf", col: -1, start: empty, line: e.line, end: empty, after: empty };
    }
    if (parent.kind === "seq") {
      if (t.isSeqAt(q)) return { kind: "seq", col: q - t.ls, start: q, line: t.ls, end: 0, after: 0 };
      if (t.probeKey(q) !== void 0) return { kind: "map", col: q - t.ls, start: q, line: t.ls, end: 0, after: 0 };
    }
    const c = t.text.charCodeAt(q);
    const line = t.ls;
    if (c === 124 || c === 62) {
      t.block(q, col, false);
      return { kind: "leaf", col: -1, start: q, line, end: t.end, after: t.end };
    }
    let kind = "leaf";
    if (c === 34) t.dq(q);
    else if (c === 39) t.sq(q);
    else if (c === 91 || c === 123) {
      t.flow(q, 0, false);
      kind = "flow";
    } else t.plainEnd(q);
    const end = t.end;
    return { kind, col: -1, start: q, line, end, after: this.leafAfter(t.nx, col) };
  }
};

// src/sources/yaml/yaml-subset.ts
var UNSUPPORTED_CHARS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
var MAX_BLOCK_DEPTH = 200;
function hasUnsupportedChars(text) {
  return UNSUPPORTED_CHARS.test(text) || text.includes("\r") && /\r(?!\n)/.test(text);
}
var SubsetParser = class extends Tokens {
  depth = 0;
  /** the start of each entry's line, for the root mapping and the collections directly in it */
  index = /* @__PURE__ */ new Map();
  document() {
    if (!this.skipDocumentStart()) throw GIVE_UP;
    const value = this.map(0, this.ls);
    if (this.ind !== -1) throw GIVE_UP;
    return value;
  }
  enter() {
    if (++this.depth > MAX_BLOCK_DEPTH) throw GIVE_UP;
  }
  map(col, p) {
    this.enter();
    const obj = {};
    const lines = this.depth <= INDEX_DEPTH ? [] : void 0;
    if (lines) this.index.set(p, lines);
    for (; ; ) {
      lines?.push(this.ls);
      const key = this.probeKey(p);
      if (key === void 0) throw GIVE_UP;
      const q = this.spaces(this.colon + 1);
      let value;
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
  seq(col, p) {
    this.enter();
    const arr = [];
    const lines = this.depth <= INDEX_DEPTH ? [] : void 0;
    if (lines) this.index.set(p, lines);
    for (; ; ) {
      lines?.push(this.ls);
      const q = this.spaces(p + 1);
      if (q === this.le || this.text.charCodeAt(q) === HASH) arr.push(this.nested(col, false, q !== this.le || this.afterBlankOrComment()));
      else if (this.isSeqAt(q)) arr.push(this.seq(q - this.ls, q));
      else if (this.probeKey(q) !== void 0) arr.push(this.map(q - this.ls, q));
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
  nested(col, inMap, commented) {
    const next = this.nx;
    this.seek(next);
    if (this.ind > col) {
      const p = this.ls + this.ind;
      return this.isSeqAt(p) ? this.seq(this.ind, p) : this.map(this.ind, p);
    }
    if (inMap && this.ind === col && this.isSeqAt(this.ls + col)) return this.seq(col, this.ls + col);
    if (commented || this.ls !== next) throw GIVE_UP;
    return null;
  }
  /**
   * Whether the line before the current one is blank or a comment (`yaml` gives an empty sequence item after
   * such a line a different range; this reader gives up on those).
   */
  afterBlankOrComment() {
    if (this.ls === 0) return false;
    const t = this.text;
    let i = t.lastIndexOf("\n", this.ls - 2) + 1;
    while (t.charCodeAt(i) === SP) i++;
    const c = t.charCodeAt(i);
    return c === HASH || c === 10 || c === CR;
  }
  /** a value that starts on the current line at `q` */
  inline(q, col) {
    const t = this.text;
    const c = t.charCodeAt(q);
    let value;
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
};
var INDEX_DEPTH = 2;
function parseYamlSubset(text) {
  if (hasUnsupportedChars(text)) return null;
  try {
    const parser = new SubsetParser(text);
    return { value: parser.document(), index: parser.index };
  } catch {
    return null;
  }
}

// src/sources/yaml/yaml-fast.ts
function loadYamlFast(file, text, bom, keywords, prepared = substituteKeywords(text, "yaml", keywords)) {
  const { parseText, offsets, placeholders } = prepared;
  if (mayHoldDirective(text) && parseDirectives(text).length) return null;
  const parsed = parseYamlSubset(parseText);
  if (!parsed) return null;
  let locator;
  return {
    file,
    format: "yaml",
    text,
    parseText,
    offsets,
    bom,
    value: parsed.value,
    problems: [],
    directives: [],
    placeholders,
    locate(path, target) {
      locator ??= new SubsetLocator(parseText, parsed.index);
      const [a, b] = locator.locate(path, target);
      return { start: offsets.toOriginal(a), end: offsets.toOriginal(b, "end") };
    }
  };
}
function mayHoldDirective(text) {
  for (let i = text.indexOf("#"); i !== -1; i = text.indexOf("#", i + 1)) {
    let j = i + 1;
    for (let c = text.charCodeAt(j); c === 32 || c === 9; c = text.charCodeAt(++j)) ;
    if (text.startsWith("orglint-", j)) return true;
  }
  return false;
}

export {
  parseDirectives,
  loadYamlFast
};
