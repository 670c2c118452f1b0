/**
 * Code actions: each fix of a finding as a quick fix (the safe one preferred), "disable for this line" in YAML,
 * and "fix all safe problems" for the file. Edits come from the same fixers as `--fix`.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit as LspEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/finding';
import type { Fix } from '../rule-api/types';
import { editsForFinding, fixPaths } from '../fix/run-fixes';
import { findingRange, toDiagnostic } from './diagnostics';
import type { LintOfFile } from './workspace';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.orglint`;

const overlaps = (a: Range, b: Range) =>
  !(a.end.line < b.start.line || (a.end.line === b.start.line && a.end.character < b.start.character) || b.end.line < a.start.line || (b.end.line === a.start.line && b.end.character < a.start.character));

/** Quick fixes and disable comments for the findings under `range`. */
export function quickFixes(doc: TextDocument, lint: LintOfFile, range: Range): CodeAction[] {
  const out: CodeAction[] = [];
  for (const f of lint.findings) {
    const r = findingRange(f, doc);
    if (!overlaps(r, range)) continue;
    const diagnostic = toDiagnostic(f, doc);
    const fixes = [f.fix, ...(f.alternatives ?? [])].filter((x): x is Fix => x !== null && x !== undefined);
    let preferred = false;
    for (const fix of fixes) {
      const edits = f.doc ? editsForFinding(f.doc, f, fix) : null;
      if (!edits || !f.doc || f.doc.text !== doc.getText()) continue;
      const isPreferred: boolean = fix.safety === 'safe' && !preferred;
      preferred ||= isPreferred;
      out.push({
        title: `${capitalize(fix.description)}${fix.safety === 'unsafe' ? ' (unsafe: changes who can log in or guesses)' : ''}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred,
        edit: { changes: { [doc.uri]: edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text })) } },
      });
    }
    const disable = disableComment(doc, f, r);
    if (disable) out.push({ title: `Disable ${f.ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [doc.uri]: [disable] } } });
  }
  return out;
}

/** `# orglint-disable-next-line RULE` above the finding's line, with its indentation (YAML only). */
function disableComment(doc: TextDocument, f: Finding, r: Range): LspEdit | undefined {
  if (f.doc?.format !== 'yaml' || f.ruleId === 'parse-error') return undefined;
  const text = doc.getText();
  const lineStart = doc.offsetAt({ line: r.start.line, character: 0 });
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const at = { line: r.start.line, character: 0 };
  return { range: { start: at, end: at }, newText: `${indent}# orglint-disable-next-line ${f.ruleId}${eol}` };
}

/** Every safe fix of the file at once, as one edit of the whole document. */
export async function fixAllSafe(doc: TextDocument, lint: LintOfFile, overlay: Map<string, { text: string; bom: boolean }>): Promise<CodeAction | undefined> {
  if (!lint.findings.some((f) => f.fix?.safety === 'safe' || f.alternatives?.some((a) => a.safety === 'safe'))) return undefined;
  const outcome = await fixPaths({ cwd: lint.config.baseDir, paths: [lint.file], config: lint.config, rules: lint.rules, overlay }, 'safe');
  const changed = outcome.changed.get(lint.file);
  if (!changed || changed.before !== doc.getText()) return undefined;
  const end = doc.positionAt(doc.getText().length);
  return {
    title: `Fix all safe orglint problems (${outcome.fixed})`,
    kind: FIX_ALL_KIND,
    diagnostics: [] as Diagnostic[],
    edit: { changes: { [doc.uri]: [{ range: { start: { line: 0, character: 0 }, end }, newText: changed.after }] } },
  };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
