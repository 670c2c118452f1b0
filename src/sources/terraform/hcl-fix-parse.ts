import type { Node, Tree } from 'web-tree-sitter';
import type { Path } from '../../rule-api/types';
import { detectEol } from '../../fix/text-edit';
import type { Plain } from '../plain-object';
import { evalBody, labelText, Recorder, type Scope } from './hcl-eval';
import { loadedHclParser } from './hcl-parser';

/**
 * A `.tf` text as the fixer reads it: parsed once however many findings it has (a parse per finding made
 * `--fix` quadratic), with its top-level items, an index of its resource blocks and, evaluated once when a fix
 * first needs them, the values of the blocks fixes name.
 *
 * A tree of a large module takes hundreds of MiB of WebAssembly memory, so at most one is alive: parsing
 * another text, or `releaseHclTrees` (before a pass lints the module again), frees it, and what was read from it
 * (items, values, the kind of node each op named) stays for the proof.
 */

export interface HclItem {
  type: string;
  start: number;
  end: number;
  /** a block's text up to its `{` (`resource "auth0_client" "portal" `) */
  header?: string;
}

export interface ParsedHcl {
  text: string;
  eol: '\n' | '\r\n';
  hasError: boolean;
  /** the live tree and its top-level nodes (index-aligned with `items`), until released */
  tree: Tree | null;
  nodes: Node[];
  /** the top-level items of the file (blocks, attributes, comments), in order */
  items: HclItem[];
  /** `resource "type" "name"` blocks by `JSON.stringify([type, name])`: the index of the first of each */
  resources: Map<string, number>;
  /** the values of blocks (by item index), what is not literal shown as its text (`##expr:var.x##`) */
  values: Map<number, Plain>;
  /** the kind of node an op's source path named (`block` for `['resource', t, n, 'default_organization', 0]`) */
  kinds: Map<string, string>;
  /** the attributes and blocks of each body read so far, by name (by the body's node id; live tree only) */
  bodies: Map<number, Map<string, { attr?: Node; blocks: Node[] }>>;
}

/** the texts read last, newest last */
const cache: ParsedHcl[] = [];
const KEEP = 8;

/** what does not see variables, locals or other resources: a fix's proof compares such values as text */
export const OPAQUE_SCOPE: Scope = { variable: () => undefined, local: () => undefined, resource: () => undefined };

export function kids(n: Node): Node[] {
  return n.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
}

export const bodyOf = (block: Node) => kids(block).find((c) => c.type === 'body');

/** Free the live tree (what was read from it stays). */
export function releaseHclTrees(): void {
  for (const p of cache) {
    p.tree?.delete();
    p.tree = null;
    p.nodes = [];
    p.bodies.clear();
  }
}

/**
 * The fixer's read of a text, with its tree alive (`live`, the default: parsed again if it was released), or
 * only what was read from it. Null when the parser is not loaded.
 */
export function parsedHcl(text: string, live = true): ParsedHcl | null {
  const i = cache.findIndex((p) => p.text === text);
  const hit = i === -1 ? undefined : cache.splice(i, 1)[0];
  if (hit && (hit.tree || !live)) {
    cache.push(hit);
    return hit;
  }
  const parser = loadedHclParser();
  if (!parser) return null;
  releaseHclTrees();
  const tree = parser.parse(text)!;
  const body = tree.rootNode.namedChildren.find((c): c is Node => c?.type === 'body');
  const nodes = (body ?? tree.rootNode).namedChildren.filter((c): c is Node => !!c);
  const p: ParsedHcl = hit ?? { text, eol: detectEol(text), hasError: tree.rootNode.hasError, tree, nodes, items: [], resources: new Map(), values: new Map(), kinds: new Map(), bodies: new Map() };
  p.tree = tree;
  p.nodes = nodes;
  if (!hit) {
    nodes.forEach((b, index) => {
      const item: HclItem = { type: b.type, start: b.startIndex, end: b.endIndex };
      p.items.push(item);
      if (b.type !== 'block') return;
      const open = b.children.find((c) => c?.type === 'block_start');
      item.header = text.slice(b.startIndex, open ? open.startIndex : b.startIndex);
      const k = kids(b);
      if (k[0]?.text !== 'resource' || !k[1] || !k[2]) return;
      const key = JSON.stringify([labelText(k[1]), labelText(k[2])]);
      if (!p.resources.has(key)) p.resources.set(key, index);
    });
  }
  cache.push(p);
  while (cache.length > KEEP) cache.shift()!.tree?.delete();
  return p;
}

/**
 * A body's attributes and blocks by name, read once per body: a block with thousands of nested blocks, each with
 * a finding, is not listed again for each.
 */
export function membersOf(p: ParsedHcl, body: Node): Map<string, { attr?: Node; blocks: Node[] }> {
  let m = p.bodies.get(body.id);
  if (m) return m;
  m = new Map();
  for (const c of kids(body)) {
    const name = c.type === 'attribute' || c.type === 'block' ? c.namedChildren[0]?.text : undefined;
    if (name === undefined) continue;
    const entry = m.get(name) ?? { blocks: [] };
    if (c.type === 'attribute') entry.attr ??= c;
    else entry.blocks.push(c);
    m.set(name, entry);
  }
  p.bodies.set(body.id, m);
  return m;
}

/** the index of the resource block a source path (`['resource', type, name, ...]`) is in */
export function resourceIndexOf(p: ParsedHcl, path: Path): number | undefined {
  return path[0] === 'resource' && path.length >= 4 ? p.resources.get(JSON.stringify([path[1], path[2]])) : undefined;
}

/** The values of the block at an item index (evaluated on first use: the tree must be alive then). */
export function blockValues(p: ParsedHcl, index: number): Plain | undefined {
  let v = p.values.get(index);
  const node = p.nodes[index];
  if (!v && node) p.values.set(index, (v = evalBody(bodyOf(node) ?? null, [], OPAQUE_SCOPE, new Recorder(), [], false, true)));
  return v;
}
