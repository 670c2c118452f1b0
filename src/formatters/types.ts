import path from 'node:path';
import type { Finding, Summary } from '../engine/finding';
import type { AnyRule } from '../rule-api/define-rule';
import type { Resource } from '../rule-api/resource';
import type { SkippedRule } from '../rule-api/tenant-model';
import type { ReportContext } from './report-context';

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
  notes?: { baselineHidden?: number; baselineStale?: number; fixed?: number; skippedRules?: SkippedRule[]; dryRun?: boolean };
  /** the files linted (absolute), for formats that list clean files too (JUnit) */
  files?: readonly string[];
  /** every resource checked in the linted files: JUnit test cases, the HTML report's client charts */
  resources?: readonly CheckedResource[];
  /** the run's context for the reports a reviewer signs (HTML, Markdown): commit, config, tenants, login model */
  report?: ReportContext;
}

/** A resource orglint checked, whether or not it has findings. */
export interface CheckedResource {
  type: Resource['type'];
  name: string;
  /** absolute path (or URL) of the file holding it */
  file: string;
  /** JSON Pointer of the resource in its document */
  path: string;
  /** true for a PATCH body or planned change: absent fields are unknown, not defaults */
  partial: boolean;
  /** clients only: the values as written (undefined when absent) */
  organizationUsage?: unknown;
  organizationRequireBehavior?: unknown;
}

/** Turns findings into the text of one output format. */
export type Formatter = (input: FormatInput) => string;

/** A finding's file as users see it: relative to the working folder with `/`, or the URL of a live resource. */
export function displayPath(file: string, cwd: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return escapeControls(file);
  const rel = path.relative(cwd, file) || path.basename(file);
  return escapeControls(rel.split(path.sep).join('/'));
}

/**
 * Control characters written as escapes (`\n`, `\u001b`): a file named `a\n::error::…` must not start a line
 * that a CI runner reads as a workflow command, nor an ESC sequence rewrite the terminal.
 */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
