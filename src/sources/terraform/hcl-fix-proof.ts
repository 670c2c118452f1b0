import type { FixOp, Path } from '../../rule-api/types';
import type { SourceDocument } from '../document';
import { firstDifference, refusal } from '../../fix/prove';
import { applyEdits, type TextEdit } from '../../fix/text-edit';
import type { Plain } from '../plain-object';
import { blockValues, parsedHcl, resourceIndexOf, type ParsedHcl } from './hcl-fix-parse';
import { expectAfter, find } from './hcl-fixer';
import { redirects } from './mapping';

/**
 * The proof of HCL edits, made once for all the fixes of a file: the text after is parsed once, and only the
 * blocks the fixes name are evaluated, so fixing a module of thousands of clients stays linear. Undefined when
 * the edited text is proven:
 *
 * - it is the text before with exactly the edits (when given), each inside a resource block the fixes name;
 * - it parses with no syntax error;
 * - it has the same top-level items (blocks, attributes, comments) in the same order, and every byte outside the
 *   resource blocks the fixes name is the same (another resource, a variable, a comment between blocks);
 * - each block a fix names keeps its type and labels, and its values are its old values with exactly the fixes'
 *   operations made (what is not a literal compared as its text).
 *
 * Otherwise the reason, in the words of the YAML and JSON proof (`src/fix/prove.ts`).
 */
export function disproveHclEdits(before: SourceDocument, afterText: string, ops: readonly FixOp[], edits?: readonly TextEdit[]): string | undefined {
  const was = readBefore(before, ops);
  if (typeof was === 'string') return was;
  const { p, named } = was;
  if (edits) {
    // the text after is the text before with exactly these edits, each inside a block the fixes name
    const made = applyEdits(p.text, edits);
    if (made.applied !== edits.length || made.text !== afterText) return changedAt(p, differsAt(p.text, made.text, 0, p.text.length, 0) ?? 0);
    const outside = edits.find((e) => ![...named.keys()].some((i) => p.items[i].start <= e.start && e.end <= p.items[i].end));
    if (outside) return changedAt(p, outside.start);
  }
  const now = parsedHcl(afterText);
  if (!now) return unparsed('the HCL parser is not loaded');
  if (now.hasError) return unparsed('invalid HCL');
  // every byte outside the blocks the fixes name is the same
  const order = [...named.keys()].sort((x, y) => x - y);
  let delta = 0;
  let from = 0;
  for (const i of [...order, undefined]) {
    const b = i === undefined ? undefined : p.items[i];
    const to = b ? b.start : p.text.length;
    const changed = differsAt(p.text, now.text, from, to, delta);
    if (changed !== undefined) return changedAt(p, changed);
    if (!b) break;
    const a = now.items[i!];
    if (!a || a.start !== b.start + delta) return changedAt(p, b.start);
    delta += a.end - a.start - (b.end - b.start);
    from = b.end;
  }
  // the same items, parsed the same way, and each block a fix names made exactly what the fixes say
  if (p.items.length !== now.items.length) return changedAt(p, p.text.length);
  delta = 0;
  for (let i = 0; i < p.items.length; i++) {
    const b = p.items[i];
    const a = now.items[i];
    if (a.type !== b.type || a.start !== b.start + delta) return changedAt(p, b.start);
    const edited = named.get(i);
    if (!edited) {
      if (a.end - a.start !== b.end - b.start) return changedAt(p, b.start);
      continue;
    }
    if (a.header !== b.header) return changedAt(p, b.start);
    const actual = blockValues(now, i);
    if (!actual) return unparsed('the HCL parser is not loaded');
    const diff = firstDifference(normal(edited.expected), normal(actual));
    if (diff === undefined) {
      delta += a.end - a.start - (b.end - b.start);
      continue;
    }
    const where = `${edited.address}${diff === 'the document' ? '' : `.${diff}`}`;
    // the place a fix names, not changed as it says, or a place no fix names, changed
    if (edited.paths.some((at) => diff === at || diff.startsWith(`${at}.`))) return refusal(`the edit would not make the fix's change at ${where}`);
    return refusal(`the edit would also change ${where}, which no fix names`);
  }
  return undefined;
}

/** The first offset in `before` where [from, to) differs from `after` shifted by `delta` (to its end, for the last stretch). */
function differsAt(before: string, after: string, from: number, to: number, delta: number): number | undefined {
  const was = before.slice(from, to);
  const is = to === before.length ? after.slice(from + delta) : after.slice(from + delta, to + delta);
  if (was === is) return undefined;
  let k = 0;
  while (k < was.length && was[k] === is[k]) k++;
  return Math.min(from + k, before.length);
}

interface Named {
  address: string;
  /** the places the ops name in the block, dotted (`default_organization.0.flows`) */
  paths: string[];
  /** the block's values before, with the fixes' operations made */
  expected: Plain;
}

/**
 * The text before, and what each block the ops name must become. Read from what the fixer kept of the text when
 * it made the edits; parsed again only if something is missing.
 */
function readBefore(doc: SourceDocument, ops: readonly FixOp[]): { p: ParsedHcl; named: Map<number, Named> } | string {
  const paths = ops.map((op) => redirects(doc).resolve(op.path));
  let p = parsedHcl(doc.text, false);
  const complete = (q: ParsedHcl) => paths.every((path) => {
    const i = resourceIndexOf(q, path);
    return i !== undefined && q.values.has(i) && q.kinds.has(JSON.stringify(path));
  });
  if (p && !p.hasError && !complete(p)) {
    p = parsedHcl(doc.text);
    for (const path of paths) {
      const t = p && find(p, path);
      if (t) p!.kinds.set(JSON.stringify(path), t.kind);
      const i = p ? resourceIndexOf(p, path) : undefined;
      if (p && i !== undefined) blockValues(p, i);
    }
  }
  if (!p) return unparsed('the HCL parser is not loaded');
  if (p.hasError) return unparsed('the file has a syntax error');
  const named = new Map<number, Named>();
  for (let k = 0; k < ops.length; k++) {
    const path = paths[k];
    const i = resourceIndexOf(p, path);
    const kind = p.kinds.get(JSON.stringify(path));
    if (i === undefined || !p.values.has(i) || kind === undefined) return refusal('a fix names a setting the file does not have');
    const n = named.get(i) ?? { address: `${String(path[1])}.${String(path[2])}`, paths: [], expected: structuredClone(p.values.get(i)!) };
    n.paths.push(path.slice(3).map(String).join('.'));
    named.set(i, n);
    if (!expectAfter(n.expected, ops[k], path, kind === 'block')) return refusal('a fix names a setting the file does not have');
  }
  return { p, named };
}

/** values as JSON compares them (no undefined, no prototype) */
const normal = (v: Plain): unknown => JSON.parse(JSON.stringify(v));

/** The refusal for a change outside what the fixes name: the block it falls in, else its line. */
function changedAt(p: ParsedHcl, offset: number): string {
  let lo = 0;
  let hi = p.items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (p.items[mid].end <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  const item = p.items[lo];
  const what = item?.header && item.start <= offset ? item.header.trim() : `line ${p.text.slice(0, Math.min(offset, p.text.length)).split('\n').length}`;
  return refusal(`the edit would also change ${what}, which no fix names`);
}

const unparsed = (why: string) => refusal(`the fixed text would not parse (${why})`);
