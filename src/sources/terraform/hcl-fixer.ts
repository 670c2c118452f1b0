import type { Node } from 'web-tree-sitter';
import type { FixOp, Path } from '../../rule-api/types';
import type { SourceDocument } from '../document';
import type { TextEdit } from '../../fix/text-edit';
import { isPlain, type Plain } from '../plain-object';
import { evalExpr, Recorder } from './hcl-eval';
import { blockValues, bodyOf, kids, membersOf, OPAQUE_SCOPE, parsedHcl, resourceIndexOf, type ParsedHcl } from './hcl-fix-parse';
import { redirects } from './mapping';

/**
 * Fixes in HCL text: each edit replaces one expression, removes the lines of one attribute or block, removes
 * one list item, or inserts one attribute line in the layout of its neighbours (`=` aligned as `terraform fmt`
 * aligns the group, on the new line only). Comments and everything else stay byte for byte. An attribute whose
 * value is not a literal (a variable, a reference, a function) is never rewritten: the fix would have to change
 * the variable, which other modules or environments may set differently.
 *
 * A text is parsed once, however many findings it has (hcl-fix-parse.ts). An edit is checked against its
 * block's values here (a rename onto an existing name, a place that is not there); the proof that the edited text means exactly what the fixes say is `disproveHclEdits`
 * (hcl-fix-proof.ts), made once for all the edits of a file.
 */

/** what an edit refuses, for a finding's message */
export type HclEditRefusal = 'not-literal';

export type Target =
  | { kind: 'attr'; node: Node; expr: Node; body: Node }
  | { kind: 'block'; node: Node; body: Node }
  | { kind: 'item'; node: Node; tuple: Node; index: number }
  | { kind: 'absent'; body: Node; key: string };

/** The node at a source path (`['resource', type, name, 'default_organization', 0, 'flows', 1]`). */
export function find(p: ParsedHcl, path: Path): Target | undefined {
  const index = resourceIndexOf(p, path);
  const block = index === undefined ? undefined : p.nodes[index];
  if (!block) return undefined;
  let body = bodyOf(block);
  let i = 3;
  while (body && i < path.length) {
    const key = path[i];
    if (typeof key !== 'string') return undefined;
    const member = membersOf(p, body).get(key);
    const attr = member?.attr;
    if (attr) {
      const expr = kids(attr).find((c) => c.type === 'expression')!;
      if (i === path.length - 1) return { kind: 'attr', node: attr, expr, body };
      const tuple = expr.namedChildren[0]?.type === 'collection_value' ? expr.namedChildren[0].namedChildren[0] : undefined;
      const index = path[i + 1];
      if (tuple?.type !== 'tuple' || typeof index !== 'number' || i + 1 !== path.length - 1) return undefined;
      const items = kids(tuple).filter((c) => c.type === 'expression');
      return items[index] ? { kind: 'item', node: items[index], tuple, index } : undefined;
    }
    const blocks = member?.blocks ?? [];
    if (blocks.length === 0) return i === path.length - 1 ? { kind: 'absent', body, key } : undefined;
    const index = path[i + 1];
    if (typeof index !== 'number' || !blocks[index]) return undefined;
    if (i + 1 === path.length - 1) return { kind: 'block', node: blocks[index], body };
    body = bodyOf(blocks[index]);
    i += 2;
  }
  return undefined;
}

/** A value as HCL: strings quoted (with `${` and `%{` escaped), lists and objects of such. */
export function hclLiteral(v: unknown): string | undefined {
  if (typeof v === 'string') return JSON.stringify(v).replace(/\$\{/g, '$$$${').replace(/%\{/g, '%%{');
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
  if (typeof v === 'boolean' || v === null) return String(v);
  if (Array.isArray(v)) {
    const items = v.map(hclLiteral);
    return items.every((x) => x !== undefined) ? `[${items.join(', ')}]` : undefined;
  }
  if (isPlain(v)) {
    const parts: string[] = [];
    for (const [k, x] of Object.entries(v)) {
      const lit = hclLiteral(x);
      if (lit === undefined) return undefined;
      parts.push(`${/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : JSON.stringify(k)} = ${lit}`);
    }
    return `{ ${parts.join(', ')} }`;
  }
  return undefined;
}

/** Is the expression a literal (no variable, reference, function or template part)? */
function isLiteral(expr: Node): boolean {
  const v = evalExpr(expr, [], { scope: OPAQUE_SCOPE, rec: new Recorder(), attr: [], opaque: true });
  return !JSON.stringify(v ?? null).includes('##expr:');
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl;
}

/** The end of the line a node ends on, or of the last line of a `/* ... *\/` comment that starts there and runs on. */
function endOfLine(text: string, n: Node): number {
  let at = lineEnd(text, n.endIndex);
  for (let guard = 0; guard < 100; guard++) {
    const c = n.tree.rootNode.descendantForIndex(Math.max(at - 1, n.endIndex));
    if (c?.type !== 'comment' || c.endIndex <= at) break;
    at = lineEnd(text, c.endIndex);
  }
  return at;
}

/** Remove the whole lines of a node that stands alone on them (a comment after it goes too). */
function removeLines(text: string, n: Node): TextEdit | null {
  const ls = lineStart(text, n.startIndex);
  if (!/^[ \t]*$/.test(text.slice(ls, n.startIndex))) return null;
  const le = lineEnd(text, n.endIndex);
  if (!/^[ \t]*((#|\/\/).*)?\r?$/.test(text.slice(n.endIndex, le))) return null;
  return { start: ls, end: le < text.length ? le + 1 : le, text: '' };
}

function removeItem(tuple: Node, index: number): TextEdit {
  const items = kids(tuple).filter((c) => c.type === 'expression');
  const item = items[index];
  if (index < items.length - 1) return { start: item.startIndex, end: items[index + 1].startIndex, text: '' };
  if (index > 0) return { start: items[index - 1].endIndex, end: item.endIndex, text: '' };
  const comma = tuple.children.find((c) => c?.type === ',' && c.startIndex >= item.endIndex);
  return { start: item.startIndex, end: comma ? comma.endIndex : item.endIndex, text: '' };
}

/** A new `key = value` line after `near` (or the last attribute), `=` aligned with that attribute's group. */
function insertAttr(text: string, body: Node, key: string, value: string, near: string | undefined, eol: string): TextEdit | null {
  const attrs = kids(body).filter((c) => c.type === 'attribute');
  const anchor = attrs.find((a) => a.namedChildren[0]?.text === near) ?? attrs[attrs.length - 1];
  if (!anchor) {
    // an empty block: the line goes after `{`, indented one level deeper than the block
    const block = body.parent;
    const open = block?.children.find((c) => c?.type === 'block_start');
    if (!block || !open) return null;
    const indent = /^[ \t]*/.exec(text.slice(lineStart(text, block.startIndex)))![0];
    let le = endOfLine(text, open);
    if (le >= (block.children.find((c) => c?.type === 'block_end')?.startIndex ?? 0)) return null;
    // before a CRLF's `\r`, as for a line after an attribute
    if (text[le - 1] === '\r') le--;
    return { start: le, end: le, text: `${eol}${indent}  ${key} = ${value}` };
  }
  const ls = lineStart(text, anchor.startIndex);
  const indent = text.slice(ls, anchor.startIndex);
  if (!/^[ \t]*$/.test(indent)) return null;
  const eq = anchor.children.find((c) => c?.type === '=');
  const eqColumn = eq ? eq.startIndex - ls : indent.length + key.length + 1;
  const pad = Math.max(1, eqColumn - indent.length - key.length);
  let at = endOfLine(text, anchor);
  if (text[at - 1] === '\r') at--;
  return { start: at, end: at, text: `${eol}${indent}${key}${' '.repeat(pad)}= ${value}` };
}

function editFor(text: string, t: Target, op: FixOp, eol: string): TextEdit | null {
  if (op.op === 'remove') {
    if (t.kind === 'attr' || t.kind === 'block') return removeLines(text, t.node);
    if (t.kind === 'item') return removeItem(t.tuple, t.index);
    return null;
  }
  if (op.op === 'rename') return renameEdit(text, t, op.to);
  const lit = hclLiteral(op.value);
  if (lit === undefined) return null;
  if (t.kind === 'attr') return isLiteral(t.expr) ? { start: t.expr.startIndex, end: t.expr.endIndex, text: lit } : null;
  if (t.kind === 'item') return isLiteral(t.node) ? { start: t.node.startIndex, end: t.node.endIndex, text: lit } : null;
  if (t.kind === 'absent' && !isPlain(op.value)) return insertAttr(text, t.body, t.key, lit, op.near, eol);
  return null;
}

/** A new name for an attribute (its `=` kept in its column when there is room) or for a block. */
function renameEdit(text: string, t: Target, to: string): TextEdit | null {
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(to)) return null;
  if (t.kind === 'block') {
    const id = t.node.namedChildren[0];
    return id ? { start: id.startIndex, end: id.endIndex, text: to } : null;
  }
  if (t.kind !== 'attr') return null;
  const id = t.node.namedChildren[0];
  const eq = t.node.children.find((c) => c?.type === '=');
  if (!id || !eq || text.slice(id.endIndex, eq.startIndex).includes('\n')) return null;
  const width = eq.startIndex - id.startIndex;
  return { start: id.startIndex, end: eq.startIndex, text: to + ' '.repeat(Math.max(1, width - to.length)) };
}

/**
 * Make one op on a block's values (`values`, changed in place), at a source path (`['resource', type, name,
 * ...]`); `isBlock`: the path names a nested block (`default_organization`, 0). False when the op cannot be made.
 */
export function expectAfter(values: Plain, op: FixOp, path: Path, isBlock: boolean): boolean {
  let grand: unknown;
  let parent: unknown = values;
  for (const seg of path.slice(3, -1)) [grand, parent] = [parent, (parent as Plain | unknown[] | undefined)?.[seg as never]];
  const last = path[path.length - 1];
  if (op.op === 'rename') {
    // an attribute: its key changes; a block (`key`, 0): the key of its one-item list
    const [obj, key] = typeof last === 'number' ? [grand, path[path.length - 2]] : [parent, last];
    const own = (o: Plain, k: string) => Object.prototype.hasOwnProperty.call(o, k);
    if (!isPlain(obj) || typeof key !== 'string' || !own(obj, key) || own(obj, op.to)) return false;
    if (typeof last === 'number' && (!Array.isArray(obj[key]) || (obj[key] as unknown[]).length !== 1)) return false;
    // as own keys (a `__proto__` or `constructor` is a name like any other here)
    Object.defineProperty(obj, op.to, { value: obj[key], enumerable: true, writable: true, configurable: true });
    delete obj[key];
    return true;
  }
  if (Array.isArray(parent) && typeof last === 'number') {
    if (op.op === 'remove') parent.splice(last, 1);
    else parent[last] = op.value;
    // the last block of its kind removed: the key goes too
    if (parent.length === 0 && isPlain(grand) && op.op === 'remove' && typeof path[path.length - 2] === 'string') {
      const key = path[path.length - 2] as string;
      if (grand[key] === parent && isBlock) delete grand[key];
    }
    return true;
  }
  if (!isPlain(parent)) return false;
  if (op.op === 'remove') delete parent[last as string];
  else Object.defineProperty(parent, last as string, { value: op.value, enumerable: true, writable: true, configurable: true });
  return true;
}

/**
 * Text edits for `ops` (document paths, as rules see them) on a `.tf` document, or null when one cannot be made.
 * Not yet proven: `disproveHclEdits` proves the edited text (of one finding, or of every finding of a file).
 */
export function hclEdits(doc: SourceDocument, ops: readonly FixOp[]): TextEdit[] | null {
  const p = parsedHcl(doc.text);
  if (!p || p.hasError) return null;
  const edits: TextEdit[] = [];
  const after = new Map<number, Plain>();
  for (const op of ops) {
    const path = redirects(doc).resolve(op.path);
    const t = find(p, path);
    const e = t ? editFor(doc.text, t, op, p.eol) : null;
    if (!t || !e) return null;
    p.kinds.set(JSON.stringify(path), t.kind);
    // the op must be one the block's values can take (no rename onto a name it has, no place it lacks)
    const index = resourceIndexOf(p, path)!;
    const values = copyAlong(after.get(index) ?? blockValues(p, index)!, path);
    after.set(index, values);
    if (!expectAfter(values, op, path, t.kind === 'block')) return null;
    edits.push(e);
  }
  return edits;
}

/**
 * `values` with the containers along a source path copied (one level each), so `expectAfter` can try an op
 * without touching the values kept for the proof, in time that does not grow with the rest of the block.
 */
function copyAlong(values: Plain, path: Path): Plain {
  const copy = (v: unknown): unknown => (Array.isArray(v) ? v.slice() : isPlain(v) ? { ...v } : v);
  const root = copy(values) as Plain;
  let node: unknown = root;
  for (const seg of path.slice(3, -1)) {
    const own = (Array.isArray(node) || isPlain(node)) && Object.prototype.hasOwnProperty.call(node, seg);
    if (!own) break;
    const child = copy((node as Record<string | number, unknown>)[seg]);
    Object.defineProperty(node, seg, { value: child, enumerable: true, writable: true, configurable: true });
    node = child;
  }
  return root;
}
