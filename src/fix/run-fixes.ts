import type { Fix, FixOp, FixSafety } from '../rule-api/types';
import type { SourceDocument } from '../sources/document';
import { chooseFix, type Finding } from '../engine/finding';
import { lintPaths, type LintRequest, type LintResult } from '../engine/lint';
import { secretsOf } from '../engine/positions';
import { disproveHclEdits } from '../sources/terraform/hcl-fix-proof';
import { releaseHclTrees } from '../sources/terraform/hcl-fix-parse';
import { hclEdits } from '../sources/terraform/hcl-fixer';
import { disproveTfJsonEdits, tfJsonEdits } from '../sources/terraform/tfjson-fixer';
import { tfJsonInfo } from '../sources/terraform/tfjson-read';
import { jsonEdits } from './json-fixer';
import { disproveFix, refusal } from './prove';
import { applyEdits, FixRefused, type TextEdit } from './text-edit';
import { yamlEdits } from './yaml-fixer';

export { checkFixedFile, writeFileAtomic, writeFixedFile, WriteRefused } from './write-file';

/** the most fix passes over one file, as in ESLint */
const MAX_PASSES = 10;

/** A fix orglint did not make, and why: a finding's fix (with its position) or a whole file's. */
export interface FixRefusal {
  file: string;
  line?: number;
  column?: number;
  ruleId?: string;
  message: string;
  /** the finding refused (internal: a refusal whose finding a later pass fixed after all is not reported) */
  key?: string;
}

export interface FixOutcome {
  /** the lint result after fixing: what is left */
  result: LintResult;
  /** files whose text changed, with the text before and after, and the findings whose fixes made the change */
  changed: Map<string, { before: string; after: string; bom: boolean; fixed: Finding[]; secrets: string[] }>;
  /** how many findings were fixed */
  fixed: number;
  /** fixes not made, and files left unchanged, with the reason */
  refused: FixRefusal[];
  /** each kept pass of each changed file, in order: what the fuzzing properties check pass by pass */
  passes: Map<string, FixPass[]>;
}

/** One kept fix pass over one file: the document before, the findings fixed, the text after, its document. */
export interface FixPass {
  doc: SourceDocument;
  applied: Finding[];
  after: string;
  next: SourceDocument;
}

/** A finding's identity across passes: the same rule, message and place in the data (positions move). */
export function findingKey(f: Finding): string {
  return `${f.file}\u0000${f.ruleId}\u0000${f.messageId ?? ''}\u0000${f.path}`;
}

/** The fix's operations with paths from the document's root. */
export function absoluteOps(f: Finding, fix: Fix): FixOp[] {
  return fix.ops.map((op) => ({ ...op, path: [...f.source!.path, ...op.path] }));
}

/**
 * Text edits (in original-text offsets) for one finding's fix, or null when it cannot be made on this file;
 * `refuse` hears why when the fixer refused it on purpose (shared anchors, merge keys, layouts it does not edit).
 * HCL edits are proven here, one finding at a time (an editor's quick fix), unless `proveLater`: `fixPaths`
 * proves all the edits of a file together, once per pass (one proof per finding made `--fix` quadratic).
 */
export function editsForFinding(doc: SourceDocument, f: Finding, fix: Fix, refuse?: (reason: string) => void, opts: { proveLater?: boolean } = {}): TextEdit[] | null {
  if (!f.source || (f.doc ?? f.source.doc) !== doc || doc.readOnly) return null;
  const ops = absoluteOps(f, fix);
  if (doc.format === 'hcl') return tfJsonInfo(doc) ? tfJsonEdits(doc, ops, opts) : hclFindingEdits(doc, ops, refuse, opts);
  let edits: TextEdit[] | null;
  try {
    edits = doc.format === 'yaml' ? yamlEdits(doc.parseText, ops) : jsonEdits(doc.parseText, ops);
  } catch (err) {
    if (!(err instanceof FixRefused)) throw err;
    refuse?.(err.message);
    return null;
  }
  if (!edits) return null;
  if (doc.offsets.identity) return mergeInserts(edits);
  // keyword placeholders were rewritten before parsing: map back, and never edit inside one
  const out: TextEdit[] = [];
  for (const e of edits) {
    if (doc.offsets.overlaps(e.start, e.end)) return null;
    out.push({ start: doc.offsets.toOriginal(e.start), end: doc.offsets.toOriginal(e.end, 'end'), text: e.text });
  }
  return mergeInserts(out);
}

/** Is the document HCL text (a `.tf` file; a `.tf.json` file is JSON, with a fixer of its own)? */
function isHclText(doc: SourceDocument): boolean {
  return doc.format === 'hcl' && !/\.json$/i.test(doc.file);
}

/** HCL edits for one finding, proven on their own unless `proveLater` (fixPaths proves a file's edits together). */
function hclFindingEdits(doc: SourceDocument, ops: FixOp[], refuse: ((reason: string) => void) | undefined, opts: { proveLater?: boolean }): TextEdit[] | null {
  const edits = hclEdits(doc, ops);
  if (!edits || opts.proveLater) return edits;
  const why = disproveHclEdits(doc, applyEdits(doc.text, edits).text, ops, edits);
  if (why) refuse?.(why);
  return why ? null : edits;
}

/**
 * One fix that adds several keys to the same object inserts them all at the same offset: make that one edit (in
 * the fix's order), since applyEdits leaves a second insert at an offset for the next pass, and after the first
 * the finding is usually gone, so the rest of the fix was never made.
 */
function mergeInserts(edits: TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const e of edits) {
    const same = e.start === e.end ? out.find((o) => o.start === e.start && o.end === e.end) : undefined;
    if (same) same.text += e.text;
    else out.push({ ...e });
  }
  return out;
}

interface PassChange {
  file: string;
  doc: SourceDocument;
  applied: Finding[];
  ops: FixOp[];
  edits: TextEdit[];
}

/**
 * Lint, apply the allowed fixes in memory, and lint again until nothing more is fixable (at most 10 passes).
 * Only findings the first lint reported are fixed, in any pass: a finding that appears because of a fix is
 * reported, never fixed unseen. Each pass is proven before it is kept: the fixed text parses, its value is the
 * old value with exactly the fixes' operations applied (so no other resource, alias or merged value changed),
 * and the fixed findings are gone; otherwise the file is left as it was read, with the reason in `refused`.
 * Writes nothing: `writeFixedFile` does that.
 */
export async function fixPaths(req: LintRequest, mode: FixSafety): Promise<FixOutcome> {
  const overlay = new Map<string, { text: string; bom: boolean }>();
  const originals = new Map<string, { text: string; bom: boolean; secrets: string[] }>();
  const fixedIn = new Map<string, Map<string, Finding>>();
  const blocked = new Set<string>();
  const refused: FixRefusal[] = [];
  let result = await lintPaths(req);
  const reported = new Set(result.findings.filter((f) => chooseFix(f, mode)).map(findingKey));
  // a later pass may also fix what the same rule now finds in a setting it already fixed (`[email, Email]`:
  // the case fix makes a repeat, which is removed), never a finding of another rule or setting
  const touched = new Set<string>();
  const mayFix = (f: Finding) => reported.has(findingKey(f)) || (f.docPath !== undefined && f.source !== undefined && touched.has(settingKey(f.file, f.ruleId, f.source.path, f.docPath)));
  const refusedKeys = new Set<string>();
  const passes = new Map<string, FixPass[]>();
  const block = (file: string, message: string) => {
    blocked.add(file);
    passes.delete(file);
    overlay.delete(file);
    originals.delete(file);
    fixedIn.delete(file);
    refused.push({ file, message });
  };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const byFile = new Map<string, Finding[]>();
    for (const f of result.findings) {
      if (!f.doc || blocked.has(f.file) || !mayFix(f) || !chooseFix(f, mode)) continue;
      const list = byFile.get(f.file) ?? [];
      list.push(f);
      byFile.set(f.file, list);
    }
    const changes: PassChange[] = [];
    for (const [file, findings] of byFile) {
      const doc = result.docs.get(file);
      // a finding on a file the run reads but does not lint (an override file the config's `ignore` globs leave
      // out, merged as Terraform merges it): never written, and said so, not a fix offered and silently not made
      if (!doc) {
        for (const f of findings) {
          if (refusedKeys.has(findingKey(f))) continue;
          refusedKeys.add(findingKey(f));
          refused.push({ file, line: f.line, column: f.column, ruleId: f.ruleId, message: refusal(`the file is not one of those linted (the config's ignore globs leave it out): orglint does not write it`), key: findingKey(f) });
        }
        continue;
      }
      if (doc.problems.length) continue;
      // one finding's edits must land together: group them, skip groups that overlap earlier ones
      const edits: TextEdit[] = [];
      const applied: Finding[] = [];
      const ops: FixOp[] = [];
      for (const f of findings) {
        const fix = chooseFix(f, mode)!;
        const e = editsForFinding(
          doc,
          f,
          fix,
          (reason) => {
            if (refusedKeys.has(findingKey(f))) return;
            refusedKeys.add(findingKey(f));
            refused.push({ file, line: f.line, column: f.column, ruleId: f.ruleId, message: reason, key: findingKey(f) });
          },
          { proveLater: true },
        );
        if (!e || e.some((x) => edits.some((y) => overlap(x, y)))) continue;
        edits.push(...e);
        applied.push(f);
        ops.push(...absoluteOps(f, fix));
      }
      if (edits.length === 0) continue;
      const { text } = applyEdits(doc.text, edits);
      if (text === doc.text) continue;
      if (!originals.has(file)) originals.set(file, { text: doc.text, bom: doc.bom, secrets: secretsOf(doc) });
      overlay.set(file, { text, bom: doc.bom });
      changes.push({ file, doc, applied, ops, edits });
    }
    if (changes.length === 0) break;
    // the fixer's parse of a large module is hundreds of MiB: not kept while the module is read again
    releaseHclTrees();
    result = await lintPaths({ ...req, overlay });
    let reverted = false;
    for (const c of changes) {
      const after = result.docs.get(c.file);
      const why =
        disproveFix(c.doc, after, c.ops) ??
        (isHclText(c.doc) ? disproveHclEdits(c.doc, after!.text, c.ops, c.edits) : tfJsonInfo(c.doc) ? disproveTfJsonEdits(c.doc, overlay.get(c.file)!.text, c.ops) : undefined) ??
        stillThere(result, c);
      if (why) {
        block(c.file, why);
        reverted = true;
        continue;
      }
      const list = passes.get(c.file) ?? [];
      list.push({ doc: c.doc, applied: c.applied, after: overlay.get(c.file)!.text, next: result.docs.get(c.file)! });
      passes.set(c.file, list);
      const mine = fixedIn.get(c.file) ?? new Map<string, Finding>();
      for (const f of c.applied) {
        if (!mine.has(findingKey(f))) mine.set(findingKey(f), f);
        for (const op of absoluteOps(f, chooseFix(f, mode)!)) touched.add(settingKey(c.file, f.ruleId, f.source!.path, op.path));
      }
      fixedIn.set(c.file, mine);
    }
    // the text just proven is the next pass's to edit: its tree stays unless the module is read again now
    if (reverted) {
      releaseHclTrees();
      result = await lintPaths({ ...req, overlay });
    }
  }
  releaseHclTrees();
  const changed: FixOutcome['changed'] = new Map();
  for (const [file, o] of originals) {
    changed.set(file, { before: o.text, after: overlay.get(file)!.text, bom: o.bom, fixed: [...(fixedIn.get(file)?.values() ?? [])], secrets: o.secrets });
  }
  let fixed = 0;
  for (const m of fixedIn.values()) fixed += m.size;
  const done = new Set([...fixedIn.values()].flatMap((m) => [...m.keys()]));
  return { result, changed, fixed, refused: refused.filter((r) => !r.key || !done.has(r.key)), passes };
}

/**
 * Do two edits touch? Ranges that overlap, or two inserts at one offset (applyEdits keeps only the first, and
 * the second finding's fix would be proven as made): the later finding waits for the next pass.
 */
function overlap(x: TextEdit, y: TextEdit): boolean {
  return (x.start < y.end && y.start < x.end) || (x.start === x.end && y.start === y.end && x.start === y.start);
}

/** a rule's finding in one setting of one resource: the resource's path and the setting's key */
function settingKey(file: string, ruleId: string, resource: readonly (string | number)[], at: readonly (string | number)[]): string {
  return `${file}\u0000${ruleId}\u0000${JSON.stringify(at.slice(0, resource.length + 1))}`;
}

/** A fixed finding the new text still has: the fix did not do what it said. */
function stillThere(result: LintResult, c: PassChange): string | undefined {
  const keys = new Set(c.applied.map(findingKey));
  const left = result.findings.find((f) => f.file === c.file && keys.has(findingKey(f)));
  return left ? refusal(`the fix for ${left.ruleId} at ${left.line}:${left.column} would not remove the finding`) : undefined;
}
