import type { Path } from '../../rule-api/types';
import type { EntryIndex } from './yaml-subset';
import { Tokens } from './yaml-tokens';

/** [start, end) offsets into the parse text */
export type Range = [number, number];

/** A node met on the way down a path: where it starts and, for leaves, where it ends. */
interface Node {
  kind: 'map' | 'seq' | 'flow' | 'leaf';
  /** block collections: the column of their keys or dashes */
  col: number;
  start: number;
  /** start of the line holding `start` */
  line: number;
  /** leaves and flow collections: the end of the value */
  end: number;
  /** leaves and flow collections: the `yaml` package's range[2] (the end with the comments that belong to it) */
  after: number;
}

/** A key of a mapping or an item of a sequence, and where its value starts. */
interface Entry {
  key: string | number;
  keyStart: number;
  keyEnd: number;
  /** block: the offset after the `:` or `-`; flow: the value's start */
  at: number;
  line: number;
  /** flow entries: the value's end */
  end: number;
}

/** collections with this many entries keep their entries (and a map of keys), not only their lines */
const REMEMBER_FROM = 32;

/**
 * What has been read of a block collection: the line of each entry (a few numbers per collection, so every
 * collection on the way to a finding can be remembered), and for large ones the entries themselves by key.
 */
interface Children {
  lines: number[];
  /** where to look for the next entry; -1 before the first */
  pos: number;
  done: boolean;
  list?: Entry[];
  byKey?: Map<string, Entry>;
}

/**
 * Finds the range of the node at a path in a document that `parseYamlSubset` accepted, with the same ranges the
 * `yaml` package gives (`locateNode` in yaml-source.ts): one pass over the lines of each collection on the way,
 * remembered, so many findings in one file stay cheap.
 */
export class SubsetLocator {
  private readonly t: Tokens;
  private readonly cache = new Map<number, Children>();
  private rootNode: Node | undefined;

  constructor(text: string, index?: EntryIndex) {
    this.t = new Tokens(text);
    for (const [start, lines] of index ?? []) this.cache.set(start, { lines, pos: 0, done: true });
  }

  /** [start, end) of the value (or key) at `path`, or of the deepest node on it that exists */
  locate(path: Path, target: 'key' | 'value'): Range {
    let node = this.root();
    let key: Range | null = null;
    for (const seg of path) {
      key = null;
      let entry: Entry | undefined;
      const isMap = node.kind === 'map' || (node.kind === 'flow' && this.t.text.charCodeAt(node.start) === 123);
      const isSeq = node.kind === 'seq' || (node.kind === 'flow' && !isMap);
      if (isMap) entry = this.lookup(node, String(seg));
      else if (isSeq && typeof seg === 'number') entry = this.item(node, seg);
      if (!entry) return this.range(node);
      if (isMap) key = [entry.keyStart, entry.keyEnd];
      node = this.value(entry, node);
    }
    if (target === 'key' && key) return key;
    return this.range(node);
  }

  private root(): Node {
    if (!this.rootNode) {
      this.t.skipDocumentStart();
      this.rootNode = { kind: 'map', col: 0, start: this.t.ls, line: this.t.ls, end: 0, after: 0 };
    }
    return this.rootNode;
  }

  private range(node: Node): Range {
    if (node.kind === 'leaf' || node.kind === 'flow') return [node.start, node.end > node.start ? node.end : node.after];
    return [node.start, this.endOf(node)];
  }

  /**
   * A block collection's range[1]: the end of its last leaf, or of the comment lines after it when `yaml` keeps
   * those in a collection on the way down. (`yaml` gives trailing comment lines to the innermost collection,
   * not at column 0, that is indented no more than one of them; lines more indented than the leaf's collection
   * already belong to the leaf.)
   */
  private endOf(node: Node): number {
    const cols: number[] = [];
    let n = node;
    let last: Node;
    for (;;) {
      last = this.value(this.lastEntry(n), n);
      if (last.kind !== 'map' && last.kind !== 'seq') break;
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
    // those comment lines run up to the next content (its indentation included) or the end of the text
    if (deepest >= 0 && cols.some((c) => c > 0 && c <= deepest)) return pos < text.length ? t.ls + t.ind : text.length;
    return last.after;
  }

  /**
   * A one-line leaf's range[2], given the start of the line after it: that line, plus the comment lines more
   * indented than the leaf's collection (blank lines between them included) that follow.
   */
  private leafAfter(next: number, col: number): number {
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
  private lookup(node: Node, key: string): Entry | undefined {
    if (node.kind === 'flow') return this.flowEntries(node).find((e) => e.key === key);
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
    return undefined;
  }

  /**
   * Whether the mapping key at `p` may be `key`: a quoted key may (its text is decoded to tell), a plain one
   * only if the text there is `key` followed by `:` and a space or the line end.
   */
  private mayBeKey(p: number, key: string): boolean {
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
  private item(node: Node, i: number): Entry | undefined {
    if (node.kind === 'flow') return this.flowEntries(node)[i];
    const c = this.children(node);
    while (c.lines.length <= i && this.readEntry(node, c));
    return i < c.lines.length ? this.entryAt(node, c, i) : undefined;
  }

  /** the last entry of a collection */
  private lastEntry(node: Node): Entry {
    if (node.kind === 'flow') return this.flowEntries(node).at(-1)!;
    const c = this.children(node);
    while (this.readEntry(node, c));
    return this.entryAt(node, c, c.lines.length - 1);
  }

  private children(node: Node): Children {
    let c = this.cache.get(node.start);
    if (!c) {
      c = { lines: [], pos: -1, done: false };
      this.cache.set(node.start, c);
    }
    return c;
  }

  /** the `i`th entry read so far: remembered for large collections, read again from its line for small ones */
  private entryAt(node: Node, c: Children, i: number): Entry {
    if (c.list) return c.list[i];
    const t = this.t;
    const line = c.lines[i];
    t.at(line);
    const p = i === 0 ? node.start : line + node.col;
    if (node.kind !== 'map') return { key: i, keyStart: -1, keyEnd: -1, at: p + 1, line, end: 0 };
    const key = t.probeKey(p)!;
    return { key, keyStart: p, keyEnd: t.colon, at: t.colon + 1, line, end: 0 };
  }

  /** read the next entry of a block collection (skipping the lines of the one before); false at its end */
  private readEntry(node: Node, c: Children): boolean {
    if (c.done) return false;
    const t = this.t;
    const isMap = node.kind === 'map';
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
      if (isMap && !c.byKey!.has(e.key as string)) c.byKey!.set(e.key as string, e);
    } else if (c.lines.length === REMEMBER_FROM) this.remember(node, c);
    return true;
  }

  /** a large collection: keep its entries, with a map of keys, rather than read them again */
  private remember(node: Node, c: Children): void {
    const plain = { lines: c.lines, pos: 0, done: false };
    c.list = c.lines.map((_, i) => this.entryAt(node, plain, i));
    c.byKey = new Map();
    for (const e of [...c.list].reverse()) if (typeof e.key === 'string') c.byKey.set(e.key, e);
  }

  private flowEntries(node: Node): Entry[] {
    const t = this.t;
    const list: Entry[] = [];
    t.at(node.line);
    t.flow(node.start, 0, false, (key, keyStart, keyEnd, start, end) => list.push({ key, keyStart, keyEnd, at: start, line: node.line, end }));
    return list;
  }

  /** the node an entry holds */
  private value(e: Entry, parent: Node): Node {
    const t = this.t;
    t.at(e.line);
    if (parent.kind === 'flow') {
      const c = t.text.charCodeAt(e.at);
      return { kind: c === 91 || c === 123 ? 'flow' : 'leaf', col: -1, start: e.at, line: e.line, end: e.end, after: e.end };
    }
    const col = parent.col;
    const q = t.spaces(e.at);
    if (q === t.le || t.text.charCodeAt(q) === 35) {
      const empty = t.le;
      t.seek(t.nx);
      if (t.ind > col) {
        const p = t.ls + t.ind;
        return { kind: t.isSeqAt(p) ? 'seq' : 'map', col: t.ind, start: p, line: t.ls, end: 0, after: 0 };
      }
      if (parent.kind === 'map' && t.ind === col && t.isSeqAt(t.ls + col)) return { kind: 'seq', col, start: t.ls + col, line: t.ls, end: 0, after: 0 };
      return { kind: 'leaf', col: -1, start: empty, line: e.line, end: empty, after: empty };
    }
    if (parent.kind === 'seq') {
      if (t.isSeqAt(q)) return { kind: 'seq', col: q - t.ls, start: q, line: t.ls, end: 0, after: 0 };
      if (t.probeKey(q) !== undefined) return { kind: 'map', col: q - t.ls, start: q, line: t.ls, end: 0, after: 0 };
    }
    const c = t.text.charCodeAt(q);
    const line = t.ls;
    if (c === 124 || c === 62) {
      t.block(q, col, false);
      return { kind: 'leaf', col: -1, start: q, line, end: t.end, after: t.end };
    }
    let kind: Node['kind'] = 'leaf';
    if (c === 34) t.dq(q);
    else if (c === 39) t.sq(q);
    else if (c === 91 || c === 123) {
      t.flow(q, 0, false);
      kind = 'flow';
    } else t.plainEnd(q);
    const end = t.end;
    return { kind, col: -1, start: q, line, end, after: this.leafAfter(t.nx, col) };
  }
}
