import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, Scalar, visit, type Document, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { FixOp, Path } from '../rule-api/types';
import { detectEol, FixRefused, type TextEdit } from './text-edit';

/**
 * The last text parsed for edits, with its tree and line break: every fix of a file in one pass edits the same
 * text, and parsing it once per finding made fixing a large export quadratic (500 fixes took 11 s).
 */
let lastParsed: { text: string; doc: Document.Parsed; eol: '\n' | '\r\n'; aliases: Map<string, number> } | undefined;

/**
 * Text edits (offsets into `text`) that carry out `ops` on YAML text, keeping everything else byte for byte.
 * Null when an edit cannot be made; throws FixRefused when making it would change what others share (an
 * anchor that aliases or merge keys use) or when the construct is one the fixer does not edit.
 */
export function yamlEdits(text: string, ops: readonly FixOp[]): TextEdit[] | null {
  if (lastParsed?.text !== text) {
    const doc = parseDocument(text, { merge: true, keepSourceTokens: false });
    const aliases = new Map<string, number>();
    if (/\*[^\s]/.test(text)) visit(doc, { Alias: (_, n) => void aliases.set(n.source, (aliases.get(n.source) ?? 0) + 1) });
    lastParsed = { text, doc, eol: detectEol(text), aliases };
  }
  const { doc, eol, aliases } = lastParsed;
  if (doc.errors.length) return null;
  const edits: TextEdit[] = [];
  for (const op of ops) {
    checkShared(doc, op, aliases);
    const e = op.op === 'set' ? setEdit(doc, text, op.path, op.value, op.near, eol) : op.op === 'rename' ? renameEdit(doc, op.path, op.to) : removeEdit(doc, text, op.path);
    if (!e) return null;
    edits.push(e);
  }
  return edits;
}

const where = (path: Path) => path.map(String).join('.');

/** how a node's anchor is named in a message: `&base (used by 2 aliases)` */
function sharedAnchor(node: unknown, aliases: Map<string, number>): string | undefined {
  const anchor = (node as { anchor?: string } | null)?.anchor;
  const uses = anchor ? aliases.get(anchor) : undefined;
  return uses ? `&${anchor}, which ${uses === 1 ? 'an alias uses' : `${uses} aliases use`}` : undefined;
}

/**
 * Refuse an edit that would reach what others share: a path through an alias (`- *base`), a container or value
 * that carries an anchor some alias uses (`&base` merged by `<<: *base`), or a key that only a merge key gives.
 * An alias as the value itself is fine: the edit replaces it at the use site and leaves the anchor alone.
 */
function checkShared(doc: Document.Parsed, op: FixOp, aliases: Map<string, number>): void {
  let node: unknown = doc.contents;
  const path = op.path;
  for (let i = 0; i < path.length; i++) {
    if (isAlias(node)) throw new FixRefused(`${where(path.slice(0, i))} is the alias *${node.source}: its value is shared with the anchor &${node.source}, so the fix is not made here`);
    const shared = sharedAnchor(node, aliases);
    if (shared) throw new FixRefused(`${where(path.slice(0, i)) || 'the document'} carries the anchor ${shared}: the fix would change those too`);
    const seg = path[i];
    if (isMap(node)) {
      const pair = findPair(node, seg);
      if (!pair) {
        if (i === path.length - 1 && op.op === 'remove' && node.items.some((p) => isPair(p) && isMergeKey(p.key))) {
          throw new FixRefused(`${where(path)} comes from a merge key (<<), which others share: remove it where the anchor defines it, or override it here`);
        }
        return;
      }
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return;
  }
  if (isAlias(node)) return;
  const shared = sharedAnchor(node, aliases);
  if (shared && op.op === 'remove') throw new FixRefused(`${where(path)} carries the anchor ${shared}: removing it would leave them undefined`);
  if (shared) throw new FixRefused(`${where(path)} carries the anchor ${shared}: the fix would change those too`);
}

function isMergeKey(key: unknown): boolean {
  return isScalar(key) && (key.source === '<<' || typeof key.value === 'symbol' || key.value === '<<');
}

function parentNode(doc: Document.Parsed, path: Path): unknown {
  let node: unknown = doc.contents;
  for (const seg of path.slice(0, -1)) {
    if (isMap(node)) node = findPair(node, seg)?.value;
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
    if (isScalar(v) && (v.type === Scalar.BLOCK_FOLDED || v.type === Scalar.BLOCK_LITERAL) && v.range) {
      // `key: >-` and its indented lines: the value's range ends after its last line break, which must stay
      let end = v.range[1];
      while (end > v.range[0] && /\s/.test(text[end - 1])) end--;
      return { start: v.range[0], end, text: formatScalar(value) };
    }
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
  let end = sv?.range ? sv.range[1] : sk.range[1];
  // a block scalar's range ends after its last line break: insert after its text, not after the next line
  while (end > sk.range[1] && /\s/.test(text[end - 1])) end--;
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
  const before = text.slice(ls, k.range[0]);
  if (/^[ \t]*\?[ \t]+$/.test(before) && !map.flow) {
    // an explicit key (`? key` / `: value`): the `?` line and the value's lines go together
    const le = lineEnd(text, Math.max(valueEnd - 1, k.range[0]));
    return { start: ls, end: le < text.length ? le + 1 : le, text: '' };
  }
  if (/\?/.test(before)) throw new FixRefused(`${where(path)} is an explicit key (? key) in a layout the fixer does not edit`);
  const onlyIndent = /^[ \t]*$/.test(before);
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
