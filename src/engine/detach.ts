import { findingKey, legacyFindingKey } from '../baseline/finding-key';
import type { SourceDocument } from '../sources/document';
import type { Finding } from './finding';
import { flatData, flatString } from './flat-string';
import { lineText } from './positions';

/** lines of a file either side of a finding that the HTML report shows (stylish: the finding's line only) */
export const HTML_AROUND = 2;

/**
 * Let go of what a finding holds of its document once its tenant is done: the document, the resource and the
 * path inside it. What the outputs still read is kept: the lines they quote (`lines`, masked as `lineText`
 * masks them, `around` either side; one table per file shared by its findings) and the baseline key (`keyPath`, `legacyKeyPath`).
 * The finding is then plain data, as a worker sends it back, and every string it keeps is a copy of its own
 * (flat-string.ts): a kept line or name cut out of a file's text would keep that whole text alive.
 */
export function detachFindings(findings: Iterable<Finding>, around = 0): void {
  const tables = new Map<SourceDocument, Map<number, string>>();
  for (const f of findings) {
    if (f.source && f.docPath) {
      f.keyPath = flatString(findingKey(f).path);
      f.legacyKeyPath = flatString(legacyFindingKey(f).path);
    }
    const doc = f.doc;
    if (doc) {
      let table = tables.get(doc);
      if (!table) tables.set(doc, (table = new Map()));
      for (let n = Math.max(1, f.line - around); n <= f.line + around; n++) if (!table.has(n)) table.set(n, flatString(lineText(doc, n)));
      f.lines = table;
    }
    flattenStrings(f);
    delete f.doc;
    delete f.source;
    delete f.docPath;
  }
}

/** A finding's own strings, copied: what a rule wrote may quote a value the parser cut out of the text. */
function flattenStrings(f: Finding): void {
  f.message = flatString(f.message);
  f.path = flatString(f.path);
  if (f.resource) f.resource = { type: f.resource.type, name: flatString(f.resource.name) };
  if (f.fix) f.fix = flatData(f.fix);
  if (f.alternatives) f.alternatives = flatData(f.alternatives);
  if (f.related) f.related = flatData(f.related);
  if (f.predictedResponse) f.predictedResponse = flatData(f.predictedResponse);
  if (f.suppression) f.suppression = flatData(f.suppression);
}

/** Whether the outputs can quote the finding's source lines. */
export function hasSource(f: Finding): boolean {
  return f.doc !== undefined || f.lines !== undefined;
}

/** Line `n` of a finding's file as the outputs quote it (masked, control characters replaced); '' past the end. */
export function findingLine(f: Finding, n: number): string {
  if (f.doc) return lineText(f.doc, n);
  return f.lines?.get(n) ?? '';
}
