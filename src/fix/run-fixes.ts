import { randomBytes } from 'node:crypto';
import { chmod, open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Fix, FixOp, FixSafety } from '../rule-api/types';
import type { SourceDocument } from '../sources/document';
import { chooseFix, type Finding } from '../engine/finding';
import { lintPaths, type LintRequest, type LintResult } from '../engine/lint';
import { hclEdits } from '../sources/terraform/hcl-fixer';
import { jsonEdits } from './json-fixer';
import { applyEdits, type TextEdit } from './text-edit';
import { yamlEdits } from './yaml-fixer';

/** the most fix passes over one file, as in ESLint */
const MAX_PASSES = 10;

export interface FixOutcome {
  /** the lint result after fixing: what is left */
  result: LintResult;
  /** files whose text changed, with the text before and after */
  changed: Map<string, { before: string; after: string; bom: boolean }>;
  /** how many findings were fixed */
  fixed: number;
}

/** Text edits (in original-text offsets) for one finding's fix, or null when it cannot be made on this file. */
export function editsForFinding(doc: SourceDocument, f: Finding, fix: Fix): TextEdit[] | null {
  if (!f.source || f.source.doc !== doc || doc.readOnly) return null;
  const ops: FixOp[] = fix.ops.map((op) => ({ ...op, path: [...f.source!.path, ...op.path] }));
  if (doc.format === 'hcl') return hclEdits(doc, ops);
  const edits = doc.format === 'yaml' ? yamlEdits(doc.parseText, ops) : jsonEdits(doc.parseText, ops);
  if (!edits) return null;
  if (doc.offsets.identity) return edits;
  // keyword placeholders were rewritten before parsing: map back, and never edit inside one
  const out: TextEdit[] = [];
  for (const e of edits) {
    if (doc.offsets.overlaps(e.start, e.end)) return null;
    out.push({ start: doc.offsets.toOriginal(e.start), end: doc.offsets.toOriginal(e.end, 'end'), text: e.text });
  }
  return out;
}

/**
 * Lint, apply the allowed fixes in memory, and lint again until nothing more is fixable (at most 10 passes).
 * Writes nothing: `writeFixes` does that.
 */
export async function fixPaths(req: LintRequest, mode: FixSafety): Promise<FixOutcome> {
  const overlay = new Map<string, { text: string; bom: boolean }>();
  const originals = new Map<string, { text: string; bom: boolean }>();
  let fixed = 0;
  let result = await lintPaths(req);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changedThisPass = false;
    const byFile = new Map<string, Finding[]>();
    for (const f of result.findings) {
      if (!chooseFix(f, mode) || !f.doc) continue;
      const list = byFile.get(f.file) ?? [];
      list.push(f);
      byFile.set(f.file, list);
    }
    for (const [file, findings] of byFile) {
      const doc = result.docs.get(file);
      if (!doc || doc.problems.length) continue;
      // one finding's edits must land together: group them, skip groups that overlap earlier ones
      const edits: TextEdit[] = [];
      let count = 0;
      for (const f of findings) {
        const e = editsForFinding(doc, f, chooseFix(f, mode)!);
        if (!e || e.some((x) => edits.some((y) => x.start < y.end && y.start < x.end))) continue;
        edits.push(...e);
        count++;
      }
      if (edits.length === 0) continue;
      const { text } = applyEdits(doc.text, edits);
      if (text === doc.text) continue;
      if (!originals.has(file)) originals.set(file, { text: doc.text, bom: doc.bom });
      overlay.set(file, { text, bom: doc.bom });
      fixed += count;
      changedThisPass = true;
    }
    if (!changedThisPass) break;
    result = await lintPaths({ ...req, overlay });
  }
  const changed = new Map<string, { before: string; after: string; bom: boolean }>();
  for (const [file, o] of originals) changed.set(file, { before: o.text, after: overlay.get(file)!.text, bom: o.bom });
  return { result, changed, fixed };
}

/**
 * Write a file atomically: a temporary file in the same folder, then rename. An existing file keeps its mode;
 * a new one gets `newMode`.
 */
export async function writeFileAtomic(file: string, text: string, bom = false, newMode = 0o644): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.orglint-tmp`);
  const mode = (await stat(file).catch(() => undefined))?.mode ?? newMode;
  const handle = await open(tmp, 'wx', 0o600);
  try {
    await handle.writeFile((bom ? '\uFEFF' : '') + text, 'utf8');
    await handle.sync();
  } catch (err) {
    await handle.close();
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await handle.close();
  try {
    await chmod(tmp, mode & 0o7777);
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}
