import type { Position, Span } from '../rule-api/types';
import type { SourceDocument } from '../sources/document';
import { isTerraformJsonName } from '../sources/file-name';
import { collectSecrets, documentSecrets, longestFirstOf, redactSecrets, textPrivateKeys } from './redact';
import { mayHoldKty } from './redact-jwk';
import { textJwkMembers } from './redact-hcl';
import { textJwks } from './redact-text';
import { isJsonTree } from '../sources/json/json-source';

/**
 * Where the lines of a document's text start, read only as far as a position was asked for: a finding near the
 * top of a large file does not pay for the lines below it. `scanned`: every line break before it is recorded.
 */
interface LineTable {
  starts: number[];
  scanned: number;
}

/**
 * What positions.ts remembers of a document: its line table, its shown lines, its secrets. Kept on the document
 * itself under a symbol of this module, not in WeakMaps: every document of a directory export is asked, and an
 * entry in a WeakMap costs the garbage collector an ephemeron to trace at each scavenge while the document lives
 * (the memo goes when the document goes, as a WeakMap's entry would).
 */
interface DocMemo {
  lines?: LineTable;
  texts?: Map<number, string>;
  secrets?: string[];
}

const MEMO = Symbol('positions memo');

/** what positions are computed from: a document, or any object holding a text that never changes (a module file) */
export type HasText = Pick<SourceDocument, 'text'>;

/** the document's memo, made (non-enumerable: no copy, comparison or output of the document sees it) when first asked */
function memoOf(doc: HasText): DocMemo {
  const held = (doc as { [MEMO]?: DocMemo })[MEMO];
  if (held) return held;
  const memo: DocMemo = {};
  Object.defineProperty(doc, MEMO, { value: memo });
  return memo;
}

/** The document's line table, holding every line start at or before `offset`. */
function linesTo(doc: HasText, offset: number): LineTable {
  const memo = memoOf(doc);
  let table = memo.lines;
  if (!table) memo.lines = table = { starts: [0], scanned: 0 };
  if (table.scanned > offset) return table;
  const t = doc.text;
  let i = t.indexOf('\n', table.scanned);
  while (i !== -1 && i < offset) {
    table.starts.push(i + 1);
    i = t.indexOf('\n', i + 1);
  }
  if (i === -1) table.scanned = Infinity;
  else {
    table.starts.push(i + 1);
    table.scanned = i + 1;
  }
  return table;
}

/**
 * A text this short (a directory export's client file is about a kilobyte) is read again for each position asked,
 * up to it: no table of its lines is kept. Its findings are few, each read costs less than the table's growth
 * does, and the thousands of small documents of a run then make no table each for the collector to free.
 */
const SCAN_MAX = 4096;

/**
 * `{ line, column, endLine, endColumn }` of `start` and `end` in a short text, as the line table gives them: an
 * offset's line is the number of line breaks before it.
 */
function scanned(t: string, start: number, end: number): Position {
  let line = 0;
  let from = 0;
  let i = t.indexOf('\n');
  while (i !== -1 && i < start) {
    line++;
    from = i + 1;
    i = t.indexOf('\n', from);
  }
  const startLine = line;
  const startFrom = from;
  while (i !== -1 && i < end) {
    line++;
    from = i + 1;
    i = t.indexOf('\n', from);
  }
  return { line: startLine + 1, column: start - startFrom + 1, endLine: line + 1, endColumn: end - from + 1 };
}

/** 1-based line and column (UTF-16 code units) of an offset in the document's text. */
export function lineColumn(doc: HasText, offset: number): { line: number; column: number } {
  if (doc.text.length <= SCAN_MAX) {
    const at = Math.min(Math.max(offset, 0), doc.text.length);
    const p = scanned(doc.text, at, at);
    // (an offset outside the text: where the table would put it, on the line of the nearest end)
    return { line: p.line, column: offset - at + p.column };
  }
  const starts = linesTo(doc, offset).starts;
  const lo = lineAt(starts, offset);
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/**
 * The 1-based range of a span; the end is exclusive, as in ESLint and SARIF. Offsets are kept inside the text,
 * so a parser's one-character error span at the end of a file never points past the last line's end.
 */
export function spanToPosition(doc: HasText, span: Span): Position {
  const start = Math.min(Math.max(span.start, 0), doc.text.length);
  const end = Math.min(Math.max(span.end, start), doc.text.length);
  if (doc.text.length <= SCAN_MAX) return scanned(doc.text, start, end);
  // (one table for both ends: it holds every line start up to the end; the lines found as lineColumn finds them)
  const starts = linesTo(doc, end).starts;
  const a = lineAt(starts, start);
  const b = lineAt(starts, end);
  return { line: a + 1, column: start - starts[a] + 1, endLine: b + 1, endColumn: end - starts[b] + 1 };
}

/** the 0-based line holding `offset`, in a table holding every line start at or before it */
function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text of a 1-based line, without its line break, secrets masked (it is shown to people). */
export function lineText(doc: SourceDocument, line: number): string {
  // once per line: thousands of findings on one megabyte-long line must not each scan it again
  const memo = memoOf(doc);
  let lines = memo.texts;
  if (!lines) memo.texts = lines = new Map();
  let text = lines.get(line);
  if (text === undefined) {
    const shown = shownLine(doc, line);
    if (shown === undefined) return '';
    lines.set(line, (text = shown));
  }
  return text;
}

/**
 * lineText without remembering the line, for a caller that keeps each line it asks for once (detach.ts: a
 * released finding's lines): the same text, without a map of them on each document.
 */
export function quotedLine(doc: SourceDocument, line: number): string {
  const known = (doc as { [MEMO]?: DocMemo })[MEMO]?.texts?.get(line);
  return known ?? shownLine(doc, line) ?? '';
}

/** line `line` (1-based) as shown (masked, control characters replaced), or undefined past the text's lines */
function shownLine(doc: SourceDocument, line: number): string | undefined {
  let s: number | undefined;
  let e: number;
  const t = doc.text;
  if (t.length <= SCAN_MAX) {
    // (the line breaks read up to the line's end: see SCAN_MAX)
    if (!Number.isInteger(line) || line < 1) return undefined;
    s = 0;
    for (let n = 1; n < line; n++) {
      const i = t.indexOf('\n', s);
      if (i === -1) return undefined;
      s = i + 1;
    }
    const i = t.indexOf('\n', s);
    e = i === -1 ? t.length : i;
  } else {
    // the table up to the start of the line after this one (or the text's end)
    let table = linesTo(doc, 0);
    while (table.starts.length <= line && table.scanned !== Infinity) table = linesTo(doc, table.scanned);
    const starts = table.starts;
    s = starts[line - 1];
    if (s === undefined) return undefined;
    e = line < starts.length ? starts[line] - 1 : t.length;
  }
  // control characters (but tab) shown as U+FFFD, one for one so carets keep their columns: no ESC sequence
  // or stray carriage return from a file reaches a terminal or a CI log
  return redactSecrets(t.slice(s, e).replace(/\r$/, ''), secretsOf(doc)).replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, '\ufffd');
}

/** The values a document holds as secrets (see redact.ts), computed once per document. */
export function secretsOf(doc: SourceDocument): string[] {
  const memo = memoOf(doc);
  let s = memo.secrets;
  if (!s) {
    const kty = mayHoldKty(doc.text);
    if (doc.secretValues?.length || doc.text.includes('PRIVATE KEY-----') || kty) {
      const found = new Set<string>();
      collectSecrets(doc.value, found, isJsonTree(doc));
      if (doc.secretValues?.length) collectSecrets(doc.secretValues, found);
      // (a key in the text outside every value: commented out)
      textPrivateKeys(doc.text, found);
      textJwks(doc.text, doc.format, found, kty);
      if (tfJsonJwk(doc)) templateJwkMembers(doc.text, found);
      s = found.size === 0 ? [] : longestFirstOf(found);
    } else s = documentSecrets(doc.value, isJsonTree(doc));
    memo.secrets = s;
  }
  return s;
}

/**
 * Add a document's secrets to a run's set, without keeping a list for the document (most documents of a run show
 * nothing: only those with findings need theirs, `secretsOf`). The set, sorted longest first, is what the
 * documents' secretsOf lists merged would give.
 */
export function addSecretsOf(doc: SourceDocument, into: Set<string>): void {
  const known = (doc as { [MEMO]?: DocMemo })[MEMO]?.secrets;
  if (known) for (const s of known) into.add(s);
  else {
    collectSecrets(doc.value, into, isJsonTree(doc));
    if (doc.secretValues?.length) collectSecrets(doc.secretValues, into);
    textPrivateKeys(doc.text, into);
    textJwks(doc.text, doc.format, into);
    if (tfJsonJwk(doc)) templateJwkMembers(doc.text, into);
  }
}

/** a Terraform JSON file whose strings are HCL templates (`"${jsonencode({ kty = \"RSA\", d = … })}"`) */
function tfJsonJwk(doc: SourceDocument): boolean {
  // (a document made for a test or a caller of the library may have no file name)
  return doc.format !== 'yaml' && typeof doc.file === 'string' && isTerraformJsonName(doc.file) && doc.text.includes('${') && doc.text.includes('kty');
}

/** the JSON Web Keys written in HCL inside the `${…}` templates of a Terraform JSON file's strings (textJwkMembers) */
function templateJwkMembers(text: string, found: Set<string>): void {
  // (the file's own strings, as written: a module's document holds what it evaluates, where a template is unknown)
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return;
  }
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.includes('${') && v.includes('kty')) textJwkMembers(v, found);
    } else if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') stack.push(...Object.values(v));
  }
}
