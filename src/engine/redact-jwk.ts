/**
 * JSON Web Keys read from a document's text, where the parsed value does not hold them or holds them in another
 * form: a key in a comment (`# {kty: RSA, d: …}`, a commented-out member `# d: …` inside a key), in a string that
 * is not JSON on its own (`"jwk={\"kty\":…}"`, YAML text in a block scalar, a percent-encoded query), a value
 * written with escapes (`"\u0050…"`, `"\x50…"`: the value differs from what the line shows), a file that does
 * not parse, a second YAML document. Each private member's value is taken as the text writes it.
 *
 * One pass over the text (scanJwkText): strings, comments, brackets and YAML indentation told apart; a string or a
 * comment that holds a `kty` is read again as a text of its own (a few levels deep), nothing else is read twice.
 * Names are case-sensitive (RFC 7517 §4: `D` and `Kty` are no JWK members and are never masked), and a member is
 * private only in an object (a bracket, a YAML mapping) that has a `kty` key.
 */
import { addValue } from './redact-value';

/** the members of a JSON Web Key that are private (RFC 7518 §6.2.2, §6.3.2 and §6.4.1; `oth`: other primes) */
export const JWK_PRIVATE_NAMES: ReadonlySet<string> = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k']);

/** the syntax a text is read in: JSON (no comments, no single quotes), YAML, or any of JSON, YAML and HCL */
export const JSON_TEXT = 0;
export const YAML_TEXT = 1;
export const LOOSE_TEXT = 2;
export type TextKind = typeof JSON_TEXT | typeof YAML_TEXT | typeof LOOSE_TEXT;

/** how many strings inside strings (or comments) are read as texts of their own */
const MAX_DEPTH = 4;
/** how many private members' values one value is kept for (a JWK inside `oth`, say) */
const MAX_CAPTURES = 4;
/** the deepest nesting of brackets and YAML mappings read (no configuration nests so) */
const MAX_FRAMES = 1000;

/**
 * Whether the text has `kty` as a word of its own (`"kty"`, `kty:`, `\"kty\"`, `%22kty%22`), not inside a longer
 * name or an id (`…Yktyz…`): a text without one holds no JSON Web Key and is not read.
 */
export function hasKtyWord(text: string, from = 0, to = text.length): boolean {
  for (let at = text.indexOf('kty', from); at !== -1 && at + 3 <= to; at = text.indexOf('kty', at + 3)) {
    if (isKtyWordAt(text, at)) return true;
  }
  return false;
}

/**
 * Whether a text may hold a JSON Web Key: a `kty` word (hasKtyWord), or `kty` written with JSON escapes
 * (`"\\u006bty"`: a parser reads it as `kty`; no writer escapes a letter unless to hide it).
 */
export function mayHoldKty(text: string): boolean {
  return hasKtyWord(text) || ((text.includes('\\u00') || text.includes('\\x') || text.includes('\\U000000')) && ESCAPED_KTY.test(text));
}

/** a letter of `kty` written as an escape: JSON's and YAML's `\u006b`, YAML's `\x6b` and `\U0000006b` */
const ESCAPED_KTY = /\\(?:u00|x|U000000)(?:6[bB]|74|79)/;
const ESCAPED_KTY_G = new RegExp(ESCAPED_KTY.source, 'g');

/** where the next `kty` word (hasKtyWord) at or after `from` is, or -2 when there is none */
export function nextKtyWord(text: string, from: number): number {
  for (let at = text.indexOf('kty', from); at !== -1; at = text.indexOf('kty', at + 3)) if (isKtyWordAt(text, at)) return at;
  return -2;
}

function isKtyWordAt(text: string, at: number): boolean {
  const before = at > 0 ? text.charCodeAt(at - 1) : 32;
  const after = at + 3 < text.length ? text.charCodeAt(at + 3) : 32;
  return !isLetter(before) && before !== 95 && !isWordChar(after);
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95;

/** an object of the text: a bracket (`close` is its closing character) or a YAML block mapping at column `col` */
interface Frame {
  close: number;
  col: number;
  kty: boolean;
  vals?: string[];
  /** (YAML) the anchor it is written under (`base: &b`), and the anchors its merge key brings in (`<<: *b`) */
  anchor?: string;
  merges?: string[];
}

/** a private member's value being read: every value until the bracket at `level` closes, or the block at `col` ends */
interface Capture {
  frame: Frame;
  level: number;
  col: number;
  /** the capture this one is inside (`oth: [{ d: [ … ], r: … }]`), and how many there are */
  outer?: Capture;
  depth: number;
}

/**
 * The private members of every JSON Web Key written in the text, as masks (addValue: as written, JSON-escaped and
 * in pieces). `kind` is the text's syntax; a string or comment inside it holding `kty` is read as LOOSE_TEXT.
 */
export function scanJwkText(text: string, found: Set<string>, kind: TextKind, depth = 0): void {
  if (!mayHoldKty(text)) return;
  const n = text.length;
  const root: Frame = { close: 0, col: -1, kty: false };
  const stack: Frame[] = [root];
  /** brackets open (indentation means nothing inside them), and those past MAX_FRAMES that have no frame */
  let brackets = 0;
  let unframed = 0;
  let capture: Capture | undefined;
  /** a value may start here (a quote opens a string only there in YAML: `it's` is a plain scalar) */
  let atValue = true;
  /** nothing but an item's `- ` before this on its line: a key here is a block mapping's */
  let lineFirst = true;
  /** where the current line starts, and the column a value's block lines would be under */
  let lineBegin = 0;
  let valueCol = 0;
  /** (YAML) the line is indented with a tab: no YAML reads it, and its column is not what an editor shows */
  let tabbed = false;
  /** the column of a block mapping's key at `at`: a tab-indented line's is the innermost mapping's (its member) */
  const blockCol = (at: number): number => {
    const top = stack[stack.length - 1];
    return tabbed && top.close === 0 && top.col >= 0 ? top.col : at - lineBegin;
  };
  /** the next `kty` word at or after a position (strings and comments are read in order) */
  let kty = -1;
  const ktyIn = (s: number, e: number): boolean => {
    if (kty !== -2 && kty < s) kty = nextKtyWord(text, s);
    return kty >= s && kty + 3 <= e;
  };
  /** (YAML) the anchors of mappings that have `kty`, and an anchor read for the mapping that comes next */
  const keyAnchors = new Set<string>();
  let anchor: { name: string; col: number } | undefined;
  const close = (f: Frame) => {
    while (capture?.frame === f) capture = capture.outer;
    // (a mapping that merges in one with kty, `{<<: *base, d: …}`, is a key too)
    if (!f.kty && f.merges) f.kty = f.merges.some((m) => keyAnchors.has(m));
    if (f.kty && f.anchor) keyAnchors.add(f.anchor);
    // (a value written as a template, `"${var.prefix}…"`: its literal text)
    if (f.kty && f.vals) for (const v of f.vals) if (!v.includes('${')) addValue(found, v);
    else for (const part of templateLiterals(v)) addValue(found, part);
  };
  /** a frame opened: it takes the anchor written before it */
  const opened = (f: Frame, col: number) => {
    if (anchor && col > anchor.col) f.anchor = anchor.name;
    anchor = undefined;
  };
  const popBlocks = (col: number) => {
    while (stack.length > 1 && stack[stack.length - 1].close === 0 && stack[stack.length - 1].col > col) close(stack.pop()!);
  };
  /** a private member's value of object `f` (also of the member whose value holds it: `oth`) */
  const take = (f: Frame, v: string) => {
    if (!v) return;
    (f.vals ??= []).push(v);
    for (let c = capture; c; c = c.outer) if (c.frame !== f) (c.frame.vals ??= []).push(v);
  };
  /** a private member's value read from here on (inside the values being read already, a few deep) */
  const captureOf = (f: Frame, level: number, col: number): Capture | undefined => {
    if (capture && capture.depth >= MAX_CAPTURES) return capture;
    return { frame: f, level, col, outer: capture, depth: (capture?.depth ?? 0) + 1 };
  };
  /** a value read (not a key): kept when a private member's value is being read */
  const value = (v: string) => {
    if (v) for (let c = capture; c; c = c.outer) (c.frame.vals ??= []).push(v);
  };
  /** the string opened at `at`: its end (after the closing quote) and its text as written; one holding `kty` is read too */
  /** the next `\u00` escape at or after a position (`"\u006bty"`) */
  let escape = -1;
  const escapedKtyIn = (s: number, e: number): boolean => {
    if (escape !== -2 && escape < s) {
      ESCAPED_KTY_G.lastIndex = s;
      const m = ESCAPED_KTY_G.exec(text);
      escape = m ? m.index : -2;
    }
    return escape >= s && escape < e;
  };
  /** the string opened at `at`: where its closing quote is (or the text's end) */
  const string = (at: number): number => {
    const q = text.charCodeAt(at);
    const end = stringEnd(text, at, q, kind);
    // (a YAML string over several lines: the line it ends on)
    if (stringNewline > at) lineBegin = stringNewline + 1;
    if (ktyIn(at, end) || escapedKtyIn(at, end)) {
      if (depth < MAX_DEPTH) nested(text.slice(at + 1, end), q, found, depth);
      // (a key inside strings deeper than are read, `"{\"…\\\"kty…"` encoded five times: the whole string, fail-safe)
      else addValue(found, text.slice(at + 1, end));
    }
    return end;
  };
  /** the name of a key written as a string from `at` to `end`, when it may be a JWK member's (else '') */
  const keyName = (at: number, end: number): string => {
    if (end - at - 1 <= 3) return text.slice(at + 1, end);
    // (`"\u006bty"`: as the parser reads it)
    if (end - at - 1 <= 24 && text.slice(at + 1, end).includes('\\')) return unescape(text.slice(at + 1, end));
    return '';
  };
  /** a key read at `at`; returns where its value starts (or, for a private member, where its value ends) */
  const key = (name: string, at: number, sepEnd: number): number => {
    let f = stack[stack.length - 1];
    if (brackets === 0 && kind !== JSON_TEXT && lineFirst) {
      // a block mapping's key: the first on its line opens (or continues) the mapping at its column
      const col = blockCol(at);
      popBlocks(col);
      f = stack[stack.length - 1];
      if (f.col !== col && stack.length < MAX_FRAMES) {
        stack.push((f = { close: 0, col, kty: false }));
        opened(f, col);
      }
      valueCol = col;
    }
    lineFirst = false;
    anchor = undefined;
    if (name === '<<' && kind !== JSON_TEXT) return mergeKey(f, sepEnd);
    if (name === 'kty') f.kty = true;
    else if (JWK_PRIVATE_NAMES.has(name)) return privateValue(f, sepEnd);
    return sepEnd;
  };
  /** a YAML merge key's value: the aliases it brings in (`*base`, `[*a, *b]`) */
  const mergeKey = (f: Frame, from: number): number => {
    const eol = text.indexOf('\n', from);
    const line = text.slice(from, eol === -1 ? n : eol);
    const m = /^[ \t]*(\*[^\s,\]}]+|\[[^\]\n]*\])/.exec(line);
    if (!m) return from;
    for (const a of m[1].matchAll(/\*([^\s,\]}]+)/g)) (f.merges ??= []).push(a[1]);
    return from + m[0].length;
  };
  /** the value of a private member from `from`: a scalar, a bracket (all it holds), a block scalar, or the lines below */
  const privateValue = (f: Frame, from: number): number => {
    let i = skipSpaces(text, from);
    // (a YAML anchor or tag before the value)
    while (kind !== JSON_TEXT && i < n && (text[i] === '&' || text[i] === '!')) i = skipSpaces(text, skipWord(text, i));
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      capture = captureOf(f, stack.length + 1, -1);
      return i;
    }
    if (c === 34 || c === 39) {
      const end = string(i);
      take(f, text.slice(i + 1, end));
      return Math.min(end + 1, n);
    }
    if (kind !== JSON_TEXT && brackets === 0 && (i >= n || c === 10 || c === 13 || c === 35 || c === 124 || c === 62)) {
      const head = BLOCK_HEAD.exec(text.slice(i, i + 200));
      if (head && (c === 124 || c === 62)) {
        // a block scalar: each of its lines
        const start = i + head[0].length;
        const end = blockEnd(text, start, valueCol);
        for (const line of text.slice(start, end).split('\n')) take(f, line.trim());
        return text.charCodeAt(end - 1) === 10 ? end - 1 : end;
      }
      if (head || i >= n || c === 10 || c === 13 || c === 35) {
        // the lines below (`oth:` then `- r: …`): every value they hold
        capture = captureOf(f, stack.length, valueCol);
        return i;
      }
    }
    // a plain value: up to the end of the line (or of the flow item), a comment cut off
    let j = i;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 10 || d === 13 || (d === 35 && kind !== JSON_TEXT && j > i && isBlank(text.charCodeAt(j - 1)))) break;
      if ((brackets > 0 || kind !== YAML_TEXT) && (d === 44 || d === 125 || d === 93 || d === 41 || d === 38 || d === 32 || d === 9)) break;
      j++;
    }
    take(f, text.slice(i, j).trim());
    // (a YAML plain scalar goes on over the lines below that are more indented: `d: PLANTED…` then `  …rest`; not
    // in a free text, where the words of an indented comment line below are no key's)
    if (kind === YAML_TEXT && brackets === 0) capture = captureOf(f, stack.length, valueCol);
    return j;
  };
  /** the start of a line's content from `at` (a line start): blank lines skipped; the mappings it ends are closed */
  const lineStart = (at: number): number => {
    let j = at;
    for (;;) {
      lineBegin = j;
      while (j < n && (isBlank(text.charCodeAt(j)) || (kind === LOOSE_TEXT && isMark(text, j, true)))) j += kind === LOOSE_TEXT && isMark(text, j, true) ? markLength(text, j) : 1;
      if (text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10) j++;
      if (j < n && text.charCodeAt(j) === 10) {
        j++;
        continue;
      }
      break;
    }
    atValue = true;
    lineFirst = true;
    tabbed = kind === YAML_TEXT && text.slice(lineBegin, j).includes('\t');
    if (brackets > 0 || kind === JSON_TEXT || j >= n) return j;
    // (a line indented with a tab, in a file that does not parse: it ends no mapping, fail-safe for a key above it)
    if (tabbed) return j;
    const col = j - lineBegin;
    // (a comment line ends no mapping: `# d: …` inside a key is that key's, see commentedMembers)
    if (kind === YAML_TEXT && text.charCodeAt(j) === 35) return j;
    while (capture && capture.col >= 0 && (col < capture.col || (col === capture.col && !(text.charCodeAt(j) === 45 && isSpaceAt(text, j + 1))))) capture = capture.outer;
    // a YAML document marker ends every mapping
    if (col === 0 && (text.startsWith('---', j) || text.startsWith('...', j))) popBlocks(-1);
    popBlocks(col);
    valueCol = col;
    return j;
  };
  /** the private members a YAML comment inside an object writes (`# d: …`): that object's */
  const commentedMembers = (body: string, f: Frame) => {
    if (f === root) return;
    for (const m of body.matchAll(COMMENTED_MEMBER)) take(f, m[3] ?? m[4] ?? '');
  };

  let i = lineStart(0);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      i = lineStart(i + 1);
      continue;
    }
    if (isBlank(c) || c === 13) {
      i++;
      continue;
    }
    if (kind === LOOSE_TEXT && isMark(text, i, lineFirst)) {
      i += markLength(text, i);
      continue;
    }
    if (c === 35 && kind === YAML_TEXT && (i === 0 || isSpaceAt(text, i - 1))) {
      // a comment, and the comment lines right after it: a text of their own
      const end = commentBlockEnd(text, i);
      if (depth < MAX_DEPTH && ktyIn(i, end)) scanJwkText(text.slice(i, end), found, LOOSE_TEXT, depth + 1);
      commentedMembers(text.slice(i, end), stack[stack.length - 1]);
      i = end;
      continue;
    }
    // (a single quote outside a string is no JSON: a file written as JSON5, `{'kty': 'RSA', 'd': '…'}`, does not
    // parse and is read as its writer meant it)
    if (c === 34 || (c === 39 && (kind === JSON_TEXT || atValue))) {
      const start = i;
      const close = string(i);
      const end = Math.min(close + 1, n);
      // (JSON may break the line between a key and its colon, `"d"\n: "…"`: inside brackets, or in a JSON text)
      const sep = separatorEnd(text, end, kind, true, kind === JSON_TEXT || brackets > 0);
      if (sep !== -1) i = key(keyName(start, close), start, sep);
      else {
        if (capture) value(text.slice(start + 1, close));
        i = end;
      }
      atValue = lineFirst = false;
      continue;
    }
    if (c === 123 || c === 91 || c === 40) {
      if (stack.length < MAX_FRAMES) {
        const f: Frame = { close: c === 40 ? 41 : c + 2, col: -1, kty: false };
        stack.push(f);
        opened(f, Infinity);
      } else unframed++;
      brackets++;
      atValue = true;
      lineFirst = false;
      i++;
      continue;
    }
    if (c === 125 || c === 93 || c === 41) {
      if (unframed > 0) {
        unframed--;
        brackets--;
      } else {
        // the bracket's frame, and any mapping left open inside it
        let at = stack.length - 1;
        while (at > 0 && stack[at].close === 0) at--;
        if (at > 0) {
          while (stack.length > at) close(stack.pop()!);
          brackets--;
          while (capture && capture.col < 0 && stack.length < capture.level) capture = capture.outer;
        }
      }
      atValue = false;
      i++;
      continue;
    }
    if (c === 44) {
      atValue = true;
      i++;
      continue;
    }
    if (c === 45 && kind !== JSON_TEXT && brackets === 0 && isSpaceAt(text, i + 1)) {
      // a block sequence's item: what the item before it opened is closed
      const col = i - lineBegin;
      popBlocks(col);
      valueCol = col;
      atValue = true;
      i++;
      continue;
    }
    if (atValue && kind !== JSON_TEXT && brackets === 0 && (c === 124 || c === 62)) {
      // a block scalar: its lines are a text (read when it holds `kty`), never keys of this one
      const head = BLOCK_HEAD.exec(text.slice(i, i + 200));
      if (head) {
        const start = i + head[0].length;
        const end = blockEnd(text, start, valueCol);
        if (depth < MAX_DEPTH && ktyIn(start, end)) scanJwkText(text.slice(start, end), found, LOOSE_TEXT, depth + 1);
        if (capture) for (const line of text.slice(start, end).split('\n')) value(line.trim());
        i = end >= n ? n : lineStart(end);
        continue;
      }
    }
    // a word: a key when a separator follows it, else a plain value
    const end = wordEnd(text, i, kind, brackets > 0);
    if (end === i) {
      i++;
      atValue = lineFirst = false;
      continue;
    }
    const sep = separatorEnd(text, end, kind, false);
    if (sep !== -1) {
      // (only a short name can be a JWK member's: no copy of the others)
      i = key(end - i <= 8 ? text.slice(i, end).trim() : '', i, sep);
      atValue = true;
      continue;
    }
    // (an anchor, `&base`, is for the mapping that follows; any other value ends it)
    if (c === 38 && kind !== JSON_TEXT) anchor = { name: text.slice(i + 1, end).trim(), col: valueCol };
    else anchor = undefined;
    if (capture) value(text.slice(i, end).trim());
    i = end;
    atValue = lineFirst = false;
  }
  while (stack.length) close(stack.pop()!);
}

/**
 * The literal text of an HCL template (a string's text between its `${…}` and `%{…}`, escapes as written), each
 * piece of it; `$${` and `%%{` are literal.
 */
export function templateLiterals(raw: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 92) {
      i++;
      continue;
    }
    if ((c !== 36 && c !== 37) || raw.charCodeAt(i + 1) !== 123) continue;
    if (i > 0 && raw.charCodeAt(i - 1) === c) continue;
    if (i > from) parts.push(raw.slice(from, i));
    // (to the brace that closes it: braces and strings inside counted)
    let level = 0;
    let j = i + 1;
    for (; j < raw.length; j++) {
      const d = raw.charCodeAt(j);
      if (d === 123) level++;
      else if (d === 125 && --level === 0) break;
    }
    i = j;
    from = j + 1;
  }
  if (from < raw.length) parts.push(raw.slice(from));
  return parts;
}

/** a block scalar's header (`|`, `>-`, `|2+`) and what ends its line */
const BLOCK_HEAD = /^(?:[|>][-+0-9]*)?[ \t]*(?:#[^\n]*)?\r?(?:\n|$)/;

const isBlank = (c: number) => c === 32 || c === 9;

/** a private member written in a comment: its name (quoted or not), then `:` or `=`, then its value */
export const COMMENTED_MEMBER = /(?:^|[\s{,])(["']?)(d|p|q|dp|dq|qi|k)\1[ \t]*[:=][ \t]*(?:"([^"\n]*)"|'?([^\s"',}\]#]+))/gm;

/** a string that holds `kty`, read as a text of its own: unescaped, percent-decoded; its masks in the forms the string writes them */
function nested(raw: string, quote: number, found: Set<string>, depth: number): void {
  let text = quote === 39 ? raw.replaceAll("''", "'") : unescape(raw);
  // (percent-decoded as often as it was encoded, a few times: a URL in a query of a URL, `%257B%2522kty%2522…`)
  let decoded = 0;
  while (decoded < MAX_DEPTH && text.includes('%')) {
    try {
      const next = decodeURIComponent(text.replace(/\+/g, ' '));
      if (next === text) break;
      text = next;
      decoded++;
    } catch {
      // (not percent-encoded)
      break;
    }
  }
  const inner = new Set<string>();
  scanJwkText(text, inner, LOOSE_TEXT, depth + 1);
  for (const s of inner) {
    addValue(found, s);
    for (let e = s, k = 0; k < decoded; k++) {
      const next = encodeURIComponent(e);
      if (next === e) break;
      addValue(found, (e = next));
    }
  }
}

/** a JSON, YAML or HCL double-quoted string's text with its escapes resolved (`\"`, `\\`, `\n`, `\u0041`, `\x41`) */
function unescape(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|U000[0-9a-fA-F]{5}|.)/gs, (_, e: string) => {
    if (e.length > 1) return String.fromCodePoint(Math.min(parseInt(e.slice(1), 16), 0x10ffff));
    return e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
  });
}

function isSpaceAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return at >= text.length || c === 32 || c === 9 || c === 10 || c === 13;
}

function skipSpaces(text: string, at: number): number {
  let j = at;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  return j;
}

function skipWord(text: string, at: number): number {
  let j = at;
  while (j < text.length && !isSpaceAt(text, j)) j++;
  return j;
}

/** a comment mark a LOOSE_TEXT reads as space (`#`, `//`, `/*`, `*\/`, a block comment's ` * `) */
function isMark(text: string, at: number, lineFirst: boolean): boolean {
  const c = text.charCodeAt(at);
  if (c === 35) return true;
  if (c === 47) return text.charCodeAt(at + 1) === 47 || text.charCodeAt(at + 1) === 42;
  if (c !== 42) return false;
  // (`*/`, or a ` * ` that starts a line of a block comment)
  return text.charCodeAt(at + 1) === 47 || (lineFirst && isSpaceAt(text, at + 1));
}

function markLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c === 47 || (c === 42 && text.charCodeAt(at + 1) === 47) ? 2 : 1;
}

/** the last line break inside the string stringEnd last read (-1: none) */
let stringNewline = -1;

/** where a string opened at `at` ends (its closing quote, or the text's end); sets stringNewline */
function stringEnd(text: string, at: number, quote: number, kind: TextKind): number {
  const n = text.length;
  let j = at + 1;
  stringNewline = -1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (quote === 39) {
      // (a YAML single-quoted string: `''` is a quote)
      if (c === 39) {
        if (text.charCodeAt(j + 1) !== 39) return j;
        j += 2;
        continue;
      }
    } else if (c === 92) {
      j += 2;
      continue;
    } else if (c === 34) return j;
    if (c === 10) {
      // (a JSON or loose string ends at its line: an unclosed quote does not swallow the text)
      if (kind !== YAML_TEXT) return j;
      stringNewline = j;
    }
    j++;
  }
  return n;
}

/** after a key at `at` (spaces skipped): the end of `:` or `=` when one follows, else -1 */
function separatorEnd(text: string, at: number, kind: TextKind, quoted: boolean, lineBreaks = false): number {
  let j = skipSpaces(text, at);
  if (lineBreaks) while (j < text.length && (text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13 || isBlank(text.charCodeAt(j)))) j++;
  const c = text.charCodeAt(j);
  if (c === 58) {
    // (a plain YAML key's colon is followed by space: `https://x` is a value)
    if (quoted || kind === JSON_TEXT || colonEnds(text, j, kind)) return j + 1;
    return -1;
  }
  if (c === 61 && kind === LOOSE_TEXT && text.charCodeAt(j + 1) !== 61 && text.charCodeAt(j + 1) !== 62) return j + 1;
  return -1;
}

/**
 * Whether the colon at `at` ends a plain key: followed by space (YAML: `https://x` is a value), or in a free text
 * also by a quote, a bracket or a word (a JavaScript object in a HAR body, `{kty:'oct',k:'…'}`)
 */
function colonEnds(text: string, at: number, kind: TextKind): boolean {
  const c = text.charCodeAt(at + 1);
  if (isSpaceAt(text, at + 1) || c === 44 || c === 93 || c === 125) return true;
  return kind === LOOSE_TEXT && (c === 34 || c === 39 || c === 123 || c === 91 || isWordChar(c));
}

/** where a plain word from `at` ends: before a separator, a bracket, a quote after space, a comment, the line's end */
function wordEnd(text: string, at: number, kind: TextKind, flow: boolean): number {
  const n = text.length;
  let j = at;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13) break;
    if (c === 58 && (kind === JSON_TEXT || colonEnds(text, j, kind))) break;
    if (c === 61 && kind === LOOSE_TEXT) break;
    if (c === 35 && kind !== JSON_TEXT && j > at && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) break;
    if (kind === LOOSE_TEXT && c === 47 && (text.charCodeAt(j + 1) === 47 || text.charCodeAt(j + 1) === 42) && j > at && isSpaceAt(text, j - 1)) break;
    if (c === 123 || c === 91 || c === 40 || c === 34) break;
    if ((flow || kind !== YAML_TEXT) && (c === 44 || c === 125 || c === 93 || c === 41 || c === 38 || c === 32 || c === 9)) break;
    j++;
  }
  return j;
}

/** the end of a comment at `at` and of the comment-only lines right after it */
function commentBlockEnd(text: string, at: number): number {
  let eol = text.indexOf('\n', at);
  for (;;) {
    if (eol === -1) return text.length;
    const next = skipSpaces(text, eol + 1);
    if (text.charCodeAt(next) !== 35) return eol;
    eol = text.indexOf('\n', next);
  }
}

/** the end of the lines below a key at column `col` that are its value (more indented, or blank) */
function blockEnd(text: string, from: number, col: number): number {
  let at = from;
  while (at < text.length) {
    const content = skipSpaces(text, at);
    const c = text.charCodeAt(content);
    if (content < text.length && c !== 10 && c !== 13 && content - at <= col) return at;
    const eol = text.indexOf('\n', at);
    if (eol === -1) return text.length;
    at = eol + 1;
  }
  return text.length;
}
