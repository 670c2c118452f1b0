/**
 * The pieces the YAML subset reader (yaml-subset.ts), its token readers (yaml-tokens.ts) and the locator
 * (yaml-locate.ts) share: character codes, the core-schema resolution of plain scalars, and the line reader.
 */

/** thrown to give up; one shared object, so giving up costs no stack trace */
export const GIVE_UP = { reason: 'outside the YAML subset' };

/** character codes the readers compare against */
export const SP = 32;
export const CR = 13;
export const HASH = 35;
export const COLON = 58;
export const DASH = 45;
export const DQ = 34;
export const SQ = 39;
export const BACKSLASH = 92;
export const COMMA = 44;

/** characters a plain scalar or key may not start with (`-`, `?`, `:` are checked with what follows) */
export const INDICATOR = charTable('-?:,[]{}#&*!|>\'"%@`');
/** the first characters of scalars the core schema may resolve to something other than a string */
const MAYBE_TYPED = charTable('0123456789+-.~nNtTfF');
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** the `yaml` package refuses implicit keys longer than this */
export const MAX_KEY = 1000;

/** a lookup table of ASCII characters: 1 for those in `chars` */
function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/**
 * A plain scalar's value under the YAML 1.2 core schema, as the `yaml` package resolves it. Most keys and many
 * values start with a letter that could begin null, true or false (`name`, `token_lifetime`, `false`): those are
 * told by comparing the few spellings, and only digits, signs and dots go through the number patterns.
 */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  if (MAYBE_TYPED[c] !== 1) return s;
  switch (c) {
    case 0x6e: // n
    case 0x4e: // N
      return s === 'null' || s === 'Null' || s === 'NULL' ? null : s;
    case 0x74: // t
    case 0x54: // T
      return s === 'true' || s === 'True' || s === 'TRUE' ? true : s;
    case 0x66: // f
    case 0x46: // F
      return s === 'false' || s === 'False' || s === 'FALSE' ? false : s;
    case 0x7e: // ~
      return s === '~' ? null : s;
  }
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
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
