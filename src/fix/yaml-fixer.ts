import { isMap, isPair, isScalar, isSeq, parseDocument, Scalar, type Document, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { FixOp, Path } from '../rule-api/types';
import { detectEol, type TextEdit } from './text-edit';

/**
 * The last text parsed for edits, with its tree and line break: every fix of a file in one pass edits the same
 * text, and parsing it once per finding made fixing a large export quadratic (500 fixes took 11 s).
 */
let lastParsed: { text: string; doc: Document.Parsed; eol: '\n' | '\r\n' } | undefined;

/** Text edits (offsets into `text`) that carry out `ops` on YAML text, keeping everything else byte for byte. */
export function yamlEdits(text: string, ops: readonly FixOp[]): TextEdit[] | null {
  if (lastParsed?.text !== text) lastParsed = { text, doc: parseDocument(text, { merge: true, keepSourceTokens: false }), eol: detectEol(text) };
  const { doc, eol } = lastParsed;
  if (doc.errors.length) return null;
  const edits: TextEdit[] = [];
  for (const op of ops) {
    const e = op.op === 'set' ? setEdit(doc, text, op.path, op.value, op.near, eol) : op.op === 'rename' ? renameEdit(doc, op.path, op.to) : removeEdit(doc, text, op.path);
    if (!e) return null;
    edits.push(e);
  }
  return edits;
}

function parentNode(doc: Document.Parsed, path: Path): unknown {
  let node: unknown = doc.contents;
  for (const seg of path.slice(0, -1)) {
    if (isMap(node)) node = node.get(seg, true);
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return null;
  }
  return node;
}

function parentMap(doc: Document.Parsed, path: Path): YAMLMap | null {
  const node = parentNode(doc, path);
  return isMap(node) ? node : null;
}

/** The sequence holding the item at `path` (whose last segment is an index), or null. */
function parentSeq(doc: Document.Parsed, path: Path): YAMLSeq | null {
  const node = parentNode(doc, path);
  return isSeq(node) && typeof path[path.length - 1] === 'number' ? node : null;
}

function findPair(map: YAMLMap, key: string | number): Pair | undefined {
  return map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key)) as Pair | undefined;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl;
}

/** A scalar in the style of the one it replaces. */
function formatScalar(value: unknown, like?: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  const type = isScalar(like) ? like.type : undefined;
  if (type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  if (type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  const plainSafe = /^[A-Za-z_][A-Za-z0-9_./-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value);
  return plainSafe ? value : JSON.stringify(value);
}

function setEdit(doc: Document.Parsed, text: string, path: Path, value: unknown, near: string | undefined, eol: string): TextEdit | null {
  const seq = parentSeq(doc, path);
  if (seq) {
    const item = seq.items[path[path.length - 1] as number] as { range?: [number, number, number] } | undefined;
    return item?.range ? { start: item.range[0], end: item.range[1], text: formatScalar(value, item) } : null;
  }
  const map = parentMap(doc, path);
  const key = path[path.length - 1];
  if (!map) return null;
  const pair = findPair(map, key);
  if (pair) {
    const v = pair.value as { range?: [number, number, number] } | null;
    if ((isSeq(v) || isMap(v)) && !v.flow && v.range) return replaceBlockCollection(text, pair, v.range, formatScalar(value));
    if (v?.range) return { start: v.range[0], end: v.range[1], text: formatScalar(value, v) };
    // `key:` with no value: write the value after the colon
    const colon = text.indexOf(':', (pair.key as { range: [number, number, number] }).range[1]);
    if (colon === -1) return null;
    return { start: colon + 1, end: colon + 1, text: ` ${formatScalar(value)}` };
  }
  const sibling = (near !== undefined ? findPair(map, near) : undefined) ?? (map.items[map.items.length - 1] as Pair | undefined);
  const entry = `${String(key)}: ${formatScalar(value)}`;
  if (!sibling) return null;
  const sv = sibling.value as { range?: [number, number, number] } | null;
  const sk = sibling.key as { range: [number, number, number] };
  const end = sv?.range ? sv.range[1] : sk.range[1];
  if (map.flow) return { start: end, end, text: `, ${entry}` };
  const indent = ' '.repeat(sk.range[0] - lineStart(text, sk.range[0]));
  let at = lineEnd(text, end);
  if (eol === '\r\n' && text[at - 1] === '\r') at--;
  return { start: at, end: at, text: `${eol}${indent}${entry}` };
}

/**
 * `key:` followed by an indented block sequence or mapping becomes `key: value` on the key's line; a comment
 * after the colon stays, the block's lines go.
 */
function replaceBlockCollection(text: string, pair: Pair, range: [number, number, number], scalar: string): TextEdit | null {
  const colon = text.indexOf(':', (pair.key as { range: [number, number, number] }).range[1]);
  if (colon === -1 || colon > range[0]) return null;
  let end = range[1];
  while (end > range[0] && /\s/.test(text[end - 1])) end--;
  const afterColon = text.slice(colon + 1, lineEnd(text, colon)).replace(/\r$/, '');
  const comment = /^[ \t]+#/.test(afterColon) ? afterColon : '';
  return { start: colon + 1, end, text: ` ${scalar}${comment}` };
}

/** Replace a mapping key, in the quoting of the key it replaces; its value and comments stay. */
function renameEdit(doc: Document.Parsed, path: Path, to: string): TextEdit | null {
  const map = parentMap(doc, path);
  const pair = map ? findPair(map, path[path.length - 1]) : undefined;
  const key = pair?.key as { range?: [number, number, number] } | undefined;
  return key?.range ? { start: key.range[0], end: key.range[1], text: formatScalar(to, key) } : null;
}

function removeEdit(doc: Document.Parsed, text: string, path: Path): TextEdit | null {
  const seq = parentSeq(doc, path);
  if (seq) return removeItemEdit(seq, text, path[path.length - 1] as number);
  const map = parentMap(doc, path);
  if (!map) return null;
  const pair = findPair(map, path[path.length - 1]);
  if (!pair) return null;
  const k = pair.key as { range: [number, number, number] };
  const v = pair.value as { range?: [number, number, number] } | null;
  const valueEnd = v?.range ? v.range[1] : k.range[1];
  const index = map.items.indexOf(pair);
  const next = map.items[index + 1] as Pair | undefined;
  const nextKey = next ? (next.key as { range: [number, number, number] }).range[0] : undefined;
  if (map.flow) {
    if (nextKey !== undefined) return { start: k.range[0], end: nextKey, text: '' };
    const prev = map.items[index - 1] as Pair | undefined;
    if (!prev) return { start: k.range[0], end: valueEnd, text: '' };
    const pv = prev.value as { range?: [number, number, number] } | null;
    const pk = prev.key as { range: [number, number, number] };
    return { start: pv?.range ? pv.range[1] : pk.range[1], end: valueEnd, text: '' };
  }
  const ls = lineStart(text, k.range[0]);
  const onlyIndent = /^[ \t]*$/.test(text.slice(ls, k.range[0]));
  if (onlyIndent) {
    const le = lineEnd(text, Math.max(valueEnd - 1, k.range[0]));
    return { start: ls, end: le < text.length ? le + 1 : le, text: '' };
  }
  // the first key of a sequence item (`- key: value`): pull the next key up, or leave an empty mapping
  if (nextKey !== undefined) return { start: k.range[0], end: nextKey, text: '' };
  return { start: k.range[0], end: valueEnd, text: '{}' };
}

/** Remove one item of a sequence: its whole `- item` line in block style, the item and a comma in flow style. */
function removeItemEdit(seq: YAMLSeq, text: string, index: number): TextEdit | null {
  const range = (i: number) => (seq.items[i] as { range?: [number, number, number] } | undefined)?.range;
  const r = range(index);
  if (!r) return null;
  if (seq.flow) {
    const next = range(index + 1);
    if (next) return { start: r[0], end: next[0], text: '' };
    const prev = range(index - 1);
    return { start: prev ? prev[1] : r[0], end: r[1], text: '' };
  }
  const ls = lineStart(text, r[0]);
  // only `- item` alone on its line (after indentation) is removed; anything else is left to the user
  if (!/^[ \t]*-[ \t]+$/.test(text.slice(ls, r[0]))) return null;
  const le = lineEnd(text, Math.max(r[1] - 1, r[0]));
  return { start: ls, end: le < text.length ? le + 1 : le, text: '' };
}
