import type { FixOp, Path } from '../../rule-api/types';
import type { SourceDocument } from '../document';
import { jsonEdits } from '../../fix/json-fixer';
import { expectedValue, firstDifference, refusal } from '../../fix/prove';
import { applyEdits, type TextEdit } from '../../fix/text-edit';
import { isPlain } from '../plain-object';
import { redirects } from './mapping';
import { escapeTemplates, isTemplate } from './tfjson-eval';
import { strictJson, tfJsonInfo, type TfJsonInfo } from './tfjson-read';

/**
 * Fixes in `.tf.json` text: the JSON fixer's edits (one value replaced, one property or item removed, one
 * property added in the layout of its neighbours; the rest byte for byte), at the JSON place each value was
 * read from (a block written as an object or as an array of one object, labels written as objects or arrays).
 * A value that is not a literal (a `${...}` template: a variable, a reference, a function) is never rewritten,
 * and a string written is escaped so Terraform reads it as the text it is (`$${`, `%%{`).
 *
 * Proven before it is handed back: the edited text must be strict JSON without a repeated key, and its value
 * must be the old file's with exactly those JSON changes made (nothing else in the file differs).
 */

/** the plain JSON value at a JSON path */
function at(value: unknown, path: Path): unknown {
  let v = value;
  for (const seg of path) {
    if (Array.isArray(v) && typeof seg === 'number') v = v[seg];
    else if (isPlain(v) && typeof seg === 'string' && Object.prototype.hasOwnProperty.call(v, seg)) v = v[seg];
    else return undefined;
  }
  return v;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** The JSON operation that carries out `op` (at the evaluated path `path`), or null when it cannot be made safely. */
function jsonOp(op: FixOp, path: Path, info: TfJsonInfo): FixOp | null {
  const key = JSON.stringify(path);
  const jp = info.jsonPaths.get(key);
  // a block written as an array of one object: the property holding the array is the block
  const block = (p: Path): Path | null => {
    if (typeof p[p.length - 1] !== 'number') return p;
    const list = at(info.value, p.slice(0, -1));
    return Array.isArray(list) && list.length === 1 ? p.slice(0, -1) : null;
  };
  if (op.op === 'remove') {
    if (!jp) return null;
    const target = typeof path[path.length - 1] === 'number' ? block(jp) ?? jp : jp;
    return { op: 'remove', path: target };
  }
  if (op.op === 'rename') {
    const target = jp ? block(jp) : null;
    if (!target || !NAME.test(op.to) || typeof target[target.length - 1] !== 'string') return null;
    return { op: 'rename', path: target, to: op.to };
  }
  if (jp) return info.literals.has(key) ? { ...op, path: jp, value: escapeTemplates(op.value) } : null;
  // a property added: to an object the file has, with a plain key, a value that is not a block
  const parent = info.jsonPaths.get(JSON.stringify(path.slice(0, -1)));
  const name = path[path.length - 1];
  if (!parent || typeof name !== 'string' || isTemplate(name) || name === '//' || isPlain(op.value) || !isPlain(at(info.value, parent))) return null;
  return { ...op, path: [...parent, name], value: escapeTemplates(op.value) };
}

/** The JSON operations (file paths) that carry out `ops` (document paths), or null when one cannot be made safely. */
function jsonOps(doc: SourceDocument, info: TfJsonInfo, ops: readonly FixOp[]): FixOp[] | null {
  const json: FixOp[] = [];
  for (const op of ops) {
    const j = jsonOp(op, redirects(doc).resolve(op.path), info);
    if (!j) return null;
    json.push(j);
  }
  return json;
}

/**
 * Text edits for `ops` (document paths, as rules see them) on a `.tf.json` document, or null when not provably safe.
 * `proveLater`: the edits are not proven here; `disproveTfJsonEdits` proves all the edits of a file together (one
 * strict parse of the file per finding made `--fix` on a module of thousands of clients quadratic).
 */
export function tfJsonEdits(doc: SourceDocument, ops: readonly FixOp[], opts: { proveLater?: boolean } = {}): TextEdit[] | null {
  const info = tfJsonInfo(doc);
  if (!info || doc.problems.length) return null;
  const json = jsonOps(doc, info, ops);
  if (!json) return null;
  const raw = jsonEdits(doc.text, json);
  if (!raw) return null;
  // several properties added at one place are one edit (applyEdits would leave the second for another pass)
  const edits: TextEdit[] = [];
  for (const e of raw) {
    const same = e.start === e.end ? edits.find((o) => o.start === e.start && o.end === e.end) : undefined;
    if (same) same.text += e.text;
    else edits.push({ ...e });
  }
  if (opts.proveLater) return edits;
  return disproveTfJsonEdits(doc, applyEdits(doc.text, edits).text, ops) ? null : edits;
}

/**
 * Why `text` (the `.tf.json` document's text with the edits of `ops` made) is not proven, or undefined when it is:
 * the result is strict JSON without a repeated key, and its value is the old one with exactly these changes.
 */
export function disproveTfJsonEdits(doc: SourceDocument, text: string, ops: readonly FixOp[]): string | undefined {
  const info = tfJsonInfo(doc);
  const json = info && !doc.problems.length ? jsonOps(doc, info, ops) : null;
  if (!info || !json) return refusal('a fix names a setting the file does not have');
  const after = strictJson({ file: doc.file, text, bom: doc.bom });
  if (after.problems.length) return refusal(`the fixed text would not parse (${after.problems[0].message})`);
  const expected = expectedValue(info.value, json);
  if (!expected) return refusal('a fix names a setting the file does not have');
  const diff = firstDifference(expected.value, after.value);
  return diff === undefined ? undefined : refusal(`the edit would also change ${diff}, which no fix names`);
}
