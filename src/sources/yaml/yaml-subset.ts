/**
 * A fast reader for the plain, line-oriented YAML that deploy-cli writes and people edit: block mappings and
 * sequences, one-line scalars (plain, 'single', "double"), literal/folded block scalars, one-line flow
 * collections and comments. It gives the same values as the `yaml` package (YAML 1.2 core schema) and gives up
 * (returns null) on everything else: anchors, aliases, tags, merge keys, multi-line flow or quoted scalars,
 * duplicate keys, tabs, non-printable characters, keys that are not strings. The caller then parses with the
 * `yaml` package, so whatever this reader accepts must mean exactly what `yaml` makes of it; test/sources/
 * checks that against `yaml` on generated documents.
 */

import { CR, DQ, GIVE_UP, HASH, resolvePlain, SP, SQ } from './yaml-lines';
import { setKey, Tokens } from './yaml-tokens';

/** characters this reader never reads: tabs, non-printables, a BOM, line/paragraph separators */
const UNSUPPORTED_CHARS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
const MAX_BLOCK_DEPTH = 200;

/** Whether the text holds characters the subset reader never accepts. */
export function hasUnsupportedChars(text: string): boolean {
  return UNSUPPORTED_CHARS.test(text) || (text.includes('\r') && /\r(?!\n)/.test(text));
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
