import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import type { FixOp, Path } from '../rule-api/types';
import { detectEol, type TextEdit } from './text-edit';

/**
 * Text edits that carry out `ops` on JSON text, touching only the value, property or item concerned: the rest
 * of the file keeps its layout byte for byte. (jsonc-parser's `modify` re-formatted every line an edit touched,
 * which turned a one-line JSON file into a pretty-printed one, and removing the last item of a one-line array
 * gave broken JSON.)
 */
export function jsonEdits(text: string, ops: readonly FixOp[]): TextEdit[] | null {
  // every fix of a file in one pass edits the same text: parse it once, not once per finding
  if (lastParsed?.text !== text) lastParsed = { text, root: parseTree(text, [], { disallowComments: true }), eol: detectEol(text) };
  const { root, eol } = lastParsed;
  if (!root) return null;
  const edits: TextEdit[] = [];
  for (const op of ops) {
    const e = op.op === 'set' ? setEdit(text, root, op.path, op.value, op.near, eol) : op.op === 'rename' ? renameEdit(root, op.path, op.to) : removeEdit(root, op.path);
    if (!e) return null;
    edits.push(e);
  }
  return edits;
}

let lastParsed: { text: string; root: Node | undefined; eol: string } | undefined;

const end = (n: Node) => n.offset + n.length;

/** Replace a property's key, leaving its value and layout alone. */
function renameEdit(root: Node, path: Path, to: string): TextEdit | null {
  const node = path.length ? findNodeAtLocation(root, [...path]) : undefined;
  const key = node?.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return key ? { start: key.offset, end: end(key), text: JSON.stringify(to) } : null;
}

/** Remove a property or an array item with the comma that separates it from its neighbour. */
function removeEdit(root: Node, path: Path): TextEdit | null {
  if (path.length === 0) return null;
  const node = findNodeAtLocation(root, [...path]);
  const item = node?.parent?.type === 'property' ? node.parent : node;
  const container = item?.parent;
  if (!item || !container?.children) return null;
  const siblings = container.children;
  const i = siblings.indexOf(item);
  if (siblings.length === 1) return { start: container.offset + 1, end: end(item), text: '' };
  if (i < siblings.length - 1) return { start: item.offset, end: siblings[i + 1].offset, text: '' };
  return { start: end(siblings[i - 1]), end: end(item), text: '' };
}

/** Replace a value, or add a property after `near` (else after the last one) in the layout of its neighbours. */
function setEdit(text: string, root: Node, path: Path, value: unknown, near: string | undefined, eol: string): TextEdit | null {
  const json = JSON.stringify(value);
  if (json === undefined) return null;
  const existing = findNodeAtLocation(root, [...path]);
  if (existing) return { start: existing.offset, end: end(existing), text: json };
  const key = path[path.length - 1];
  const parent = path.length ? findNodeAtLocation(root, [...path.slice(0, -1)]) : undefined;
  if (!parent || parent.type !== 'object' || typeof key !== 'string') return null;
  const props = parent.children ?? [];
  const colon = /":\s/.test(text.slice(parent.offset, end(parent))) ? ': ' : ':';
  const entry = `${JSON.stringify(key)}${colon}${json}`;
  if (props.length === 0) return { start: parent.offset + 1, end: parent.offset + 1, text: entry };
  const after = props.find((p) => p.children?.[0]?.value === near) ?? props[props.length - 1];
  const at = end(after);
  const lineStart = text.lastIndexOf('\n', after.offset - 1) + 1;
  const indent = text.slice(lineStart, after.offset);
  // a property on a line of its own gets a line of its own; in a one-line object it stays on that line
  if (lineStart > parent.offset && /^[ \t]*$/.test(indent)) return { start: at, end: at, text: `,${eol}${indent}${entry}` };
  return { start: at, end: at, text: `,${colon === ': ' ? ' ' : ''}${entry}` };
}
