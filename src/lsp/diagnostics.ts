/** Findings as LSP diagnostics: 0-based UTF-16 ranges, the rule id as code, its documentation as a link. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { Finding } from '../engine/finding';
import { packageRoot } from '../cli/io';
import { repositoryUrl } from '../formatters/rule-docs';
import type { BrokenConfig } from './workspace';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** The range of a finding in the editor's text (the same text orglint linted). */
export function findingRange(f: Finding, doc: TextDocument): Range {
  if (f.span && f.doc && f.doc.text === doc.getText()) return { start: doc.positionAt(f.span.start), end: doc.positionAt(Math.max(f.span.end, f.span.start)) };
  return { start: { line: f.line - 1, character: f.column - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } };
}

/** Where a rule is documented: its README on GitHub when package.json names the repository, else on disk. */
export function ruleDocUrl(ruleId: string): string | undefined {
  const readme = path.join(packageRoot(), 'rules', ruleId, 'README.md');
  if (!/^[a-z0-9-]+$/.test(ruleId) || !existsSync(readme)) return undefined;
  const base = repositoryUrl();
  return base ? `${base}/blob/HEAD/rules/${ruleId}/README.md` : pathToFileURL(readme).href;
}

export function toDiagnostic(f: Finding, doc: TextDocument): Diagnostic {
  const href = ruleDocUrl(f.ruleId);
  return {
    range: findingRange(f, doc),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: 'orglint',
    message: f.message,
  };
}

/** A config that does not load: one diagnostic on the config file, at the line and column it names. */
export function configDiagnostic(c: BrokenConfig): Diagnostic {
  const pos = { line: c.line - 1, character: c.column - 1 };
  return { range: { start: pos, end: pos }, severity: DiagnosticSeverity.Error, code: 'config-error', source: 'orglint', message: c.message };
}
