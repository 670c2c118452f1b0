import { isDeepStrictEqual } from 'node:util';
import type { FixOp, Path } from '../rule-api/types';
import type { SourceDocument } from '../sources/document';

/**
 * What a document's value must be after its fixes: the value before, with exactly the fixes' operations carried
 * out on the data (aliases and merge keys already resolved by the parser). Undefined when an operation names a
 * place that does not exist.
 */
export function expectedValue(before: unknown, ops: readonly FixOp[]): { value: unknown } | undefined {
  const value = structuredClone(before);
  const root = { value };
  const parentOf = (path: Path): [Record<string | number, unknown>, string | number] | undefined => {
    let node: unknown = root;
    const full: Path = ['value', ...path];
    for (const seg of full.slice(0, -1)) {
      if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, seg)) return undefined;
      node = (node as Record<string | number, unknown>)[seg];
    }
    if (node === null || typeof node !== 'object') return undefined;
    return [node as Record<string | number, unknown>, full[full.length - 1]];
  };
  // renames and sets first, then removals from the last index back, so earlier indexes still mean what the ops meant
  for (const op of ops) {
    if (op.op !== 'rename') continue;
    const at = parentOf(op.path);
    if (!at || Array.isArray(at[0]) || !Object.prototype.hasOwnProperty.call(at[0], at[1]) || Object.prototype.hasOwnProperty.call(at[0], op.to)) return undefined;
    const [parent, key] = at;
    // the key keeps its place among the others: object key order is not part of the value compared
    Object.defineProperty(parent, op.to, { value: parent[key], enumerable: true, writable: true, configurable: true });
    delete parent[key];
  }
  const sets = ops.filter((o) => o.op === 'set');
  const removes = ops.filter((o) => o.op === 'remove').sort((a, b) => comparePaths(b.path, a.path));
  for (const op of sets) {
    const at = parentOf(op.path);
    if (!at) return undefined;
    const [parent, key] = at;
    if (Array.isArray(parent) && (typeof key !== 'number' || key >= parent.length)) return undefined;
    Object.defineProperty(parent, key, { value: structuredClone((op as { value: unknown }).value), enumerable: true, writable: true, configurable: true });
  }
  for (const op of removes) {
    const at = parentOf(op.path);
    if (!at) return undefined;
    const [parent, key] = at;
    if (Array.isArray(parent)) {
      if (typeof key !== 'number' || key >= parent.length) return undefined;
      parent.splice(key, 1);
    } else delete parent[key];
  }
  return { value: root.value };
}

function comparePaths(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === 'number' && typeof b[i] === 'number') return (a[i] as number) - (b[i] as number);
    return String(a[i]) < String(b[i]) ? -1 : 1;
  }
  return a.length - b.length;
}

/** The first place where two values differ, as a dotted path ('' for the root), or undefined when equal. */
export function firstDifference(a: unknown, b: unknown, path: (string | number)[] = []): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const key = Array.isArray(a) ? Number(k) : k;
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, key]);
      if (d !== undefined) return d;
    }
  }
  return path.map(String).join('.') || 'the document';
}

/**
 * Why the fixed text must not be written, or undefined when it is proven: it parses, and its value is the value
 * before with exactly the fixes' operations applied (nothing else changed, for any resource).
 */
export function disproveFix(before: SourceDocument, after: SourceDocument | undefined, ops: readonly FixOp[]): string | undefined {
  if (!after) return refusal('the fixed text is no longer read as tenant configuration');
  if (after.problems.length) return refusal(`the fixed text would not parse (${after.problems[0].message})`);
  // a Terraform module's value is evaluated from its blocks, not the data the ops address: its edits are proven
  // on the HCL text (sources/terraform/hcl-fix-proof.ts, called by run-fixes)
  if (before.format !== 'yaml' && before.format !== 'json') return undefined;
  const expected = expectedValue(before.value, ops);
  if (!expected) return refusal('a fix names a setting the file does not have');
  const diff = firstDifference(expected.value, after.value);
  return diff === undefined ? undefined : refusal(`the edit would also change ${diff}, which no fix names`);
}

/** Why a file's fixes are not written (shown as `FILE: not fixed: <reason>`; docs/errors.md lists each). */
export function refusal(reason: string): string {
  return reason;
}
