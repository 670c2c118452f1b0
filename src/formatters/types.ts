import path from 'node:path';
import type { Finding, Summary } from '../engine/finding';
import type { AnyRule } from '../rule-api/define-rule';

/** Everything a formatter may show. */
export interface FormatInput {
  findings: readonly Finding[];
  summary: Summary;
  rules: readonly AnyRule[];
  /** findings' files are shown relative to this folder */
  cwd: string;
  color: boolean;
  toolVersion: string;
  /** findings hidden by a baseline, fixes applied: for summary lines */
  notes?: { baselineHidden?: number; fixed?: number; skippedRules?: string[]; dryRun?: boolean };
}

/** Turns findings into the text of one output format. */
export type Formatter = (input: FormatInput) => string;

/** A finding's file as users see it: relative to the working folder with `/`, or the URL of a live resource. */
export function displayPath(file: string, cwd: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return file;
  const rel = path.relative(cwd, file) || path.basename(file);
  return rel.split(path.sep).join('/');
}
