import { findingKey, legacyFindingKey } from '../baseline/finding-key';
import type { SourceDocument } from '../sources/document';
import { toPointer, type Finding } from './finding';
import type { Path } from '../rule-api/types';
import { flatData, flatString, StringTable } from './flat-string';
import { lineText, quotedLine } from './positions';

/** lines of a file either side of a finding that the HTML report shows (stylish: the finding's line only) */
export const HTML_AROUND = 2;

/**
 * Let go of what a finding holds of its document once its tenant is done: the document, its span, the resource and
 * the path inside it. What the outputs still read is kept: the lines they quote (`lines` from line `linesFrom`,
 * masked as `lineText` masks them, `around` either side) and the baseline key (`keyPath`, `legacyKeyPath`).
 * Each finding is replaced in `findings` by that plain data, as a worker sends it back (a new object: one whose
 * properties were deleted is a slow dictionary of a kilobyte), and every string it keeps is a copy of its own
 * (flat-string.ts): a kept line or name cut out of a file's text would keep that whole text alive. `strings`
 * shares one copy of each quoted line, message and path between the findings of a run (a directory export
 * repeats them in every file).
 */
export function detachFindings(findings: Finding[], around = 0, strings = new StringTable()): void {
  const copy = (s: string) => strings.copy(s);
  // the previous finding's document and lines: findings come sorted by file and line, so a line two findings
  // quote (two rules on one key, the HTML report's lines around) is shown once, without a map per document
  let lastDoc: SourceDocument | undefined;
  let lastFrom = 0;
  let lastTexts: string[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const doc = f.doc;
    const kept = keptOf(f);
    if (f.source && f.docPath) {
      // (toPointer joins them into new strings: no view into the text; one string when both are equal)
      const plain = plainKeyPath(f.source.path.length, f.docPath, f.path);
      // (one copy of each between the findings of a run: a directory export repeats the same few paths)
      const key = copy(plain ?? findingKey(f).path);
      const legacy = plain ?? legacyFindingKey(f).path;
      kept.keyPath = key;
      kept.legacyKeyPath = legacy === key ? key : copy(legacy);
    }
    if (doc) {
      const from = Math.max(1, f.line - around);
      const to = f.line + around;
      const texts = new Array<string>(Math.max(0, to - from + 1));
      for (let n = from; n <= to; n++) {
        const j = n - lastFrom;
        texts[n - from] = doc === lastDoc && j >= 0 && j < lastTexts.length ? lastTexts[j] : copy(quotedLine(doc, n));
      }
      lastDoc = doc;
      lastFrom = from;
      lastTexts = texts;
      kept.lines = texts;
      kept.linesFrom = from;
    }
    flattenStrings(kept, copy);
    findings[i] = kept;
  }
}

/**
 * The baseline key's path of a finding whose path below its resource holds no list position (nearly every one):
 * then the identity path (findingKey) and the legacy one (legacyFindingKey) are both that path as a pointer,
 * made once. Undefined otherwise (or when the path is not below the resource): the key functions decide.
 */
function plainKeyPath(from: number, docPath: Path, pointer: string): string | undefined {
  if (docPath.length < from) return undefined;
  for (let i = from; i < docPath.length; i++) if (typeof docPath[i] === 'number') return undefined;
  // a resource that is its whole file (a directory export's client): the path below it is the finding's own
  // `path`, which makeFinding made from this docPath (the only maker of findings with a docPath)
  return from === 0 ? pointer : toPointer(docPath.slice(from));
}

/** a finding's fields a released finding keeps: all but those that tie it to its document */
type KeptField = Exclude<keyof Finding, 'doc' | 'span' | 'source' | 'docPath'>;

/**
 * The finding without what ties it to its document (`doc`, `span`, `source`, `docPath`), as a new object of
 * one shape for every finding: the fields a finding always has first, in makeFinding's order, then those it may
 * have. (An object rest with excluded keys is a runtime call per finding, and gives each combination of optional
 * fields its own shape, which the formatters then read megamorphically.) A field added to Finding must be
 * added here too: the type of `kept` refuses a literal without it, and test/engine/detach-keys.test.ts compares the two.
 */
function keptOf(f: Finding): Finding {
  // (every field but the four left behind must be listed: the type makes a missing one a compile error)
  const kept: { [K in KeptField]-?: Finding[K] } = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    path: f.path,
    resource: f.resource,
    fix: f.fix,
    alternatives: f.alternatives,
    predictedResponse: f.predictedResponse,
    related: f.related,
    messageId: f.messageId,
    lines: f.lines,
    linesFrom: f.linesFrom,
    keyPath: f.keyPath,
    legacyKeyPath: f.legacyKeyPath,
    suppression: f.suppression,
  };
  // (an optional field the finding lacks is there as undefined: nothing asks `in` of a finding, and every output
  // reads them as `f.x?.` or `if (f.x)`; deleting it would make the object a slow dictionary)
  return kept;
}

/**
 * A finding's own strings, copied: what a rule wrote may quote a value the parser cut out of the text. The
 * message and the path through `copy`, one copy per distinct text for the run (a directory export's thousands
 * of findings say the same few things).
 */
function flattenStrings(f: Finding, copy: (s: string) => string): void {
  f.message = copy(f.message);
  // (`path` is a new string toPointer joined: no view into the text; shared all the same)
  f.path = copy(f.path);
  if (f.resource) f.resource = { type: f.resource.type, name: flatString(f.resource.name) };
  // (a fix's description may quote the value it replaces, and a set value may be one the parser read)
  if (f.fix) f.fix = flatData(f.fix);
  if (f.alternatives) f.alternatives = flatData(f.alternatives);
  if (f.related) f.related = flatData(f.related);
  const predicted = f.predictedResponse;
  if (predicted?.errorCode !== undefined) f.predictedResponse = { ...predicted, errorCode: flatString(predicted.errorCode) };
  // (the directive's reason, and its kind, are cut out of the comment's text)
  if (f.suppression) f.suppression = flatData(f.suppression);
}

/** Whether the outputs can quote the finding's source lines. */
export function hasSource(f: Finding): boolean {
  return f.doc !== undefined || f.lines !== undefined;
}

/** Line `n` of a finding's file as the outputs quote it (masked, control characters replaced); '' past the end. */
export function findingLine(f: Finding, n: number): string {
  if (f.doc) return lineText(f.doc, n);
  const lines = f.lines;
  if (!lines) return '';
  const j = n - (f.linesFrom ?? 1);
  return j >= 0 && j < lines.length ? lines[j] : '';
}
