import path from 'node:path';
import type { Finding, Summary } from '../engine/finding';
import type { AnyRule } from '../rule-api/define-rule';
import type { Resource } from '../rule-api/resource';
import type { SkippedRule } from '../rule-api/tenant-model';
import type { ReportContext } from './report-context';

/** One tenant of a several-tenant audit, in the order given. */
export interface TenantStatus {
  /** `https://DOMAIN` */
  tenant: string;
  audited: boolean;
  clients: number;
  errors: number;
  warnings: number;
  infos: number;
  /** not audited: why (already redacted; one line) */
  reason?: string;
}

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
  notes?: {
    baselineHidden?: number;
    baselineStale?: number;
    fixed?: number;
    skippedRules?: SkippedRule[];
    dryRun?: boolean;
    /** `--quiet`: how many warnings and infos were left out of `findings` (still counted for --max-warnings) */
    quietHidden?: { warnings: number; infos: number };
    /** `audit --live` of several tenants: each one, in the order given, audited or why not (tenants.ts shows them) */
    tenants?: TenantStatus[];
  };
  /** findings an orglint-disable comment or the baseline hid, each with its `suppression` */
  suppressed?: readonly Finding[];
  /** the files linted (absolute), for formats that list clean files too (JUnit) */
  files?: readonly string[];
  /** every resource checked in the linted files: JUnit test cases, the HTML report's client charts */
  resources?: readonly CheckedResource[];
  /** the run's context for the reports a reviewer signs (HTML, Markdown): commit, config, tenants, login model */
  report?: ReportContext;
  /**
   * the forms of every secret the run's documents hold, which the output is masked for once it is made
   * (writeOutputs): a format that cuts a text (the HTML report's labels and long lines) masks it first, so that a
   * cut never leaves the part of a secret the final mask no longer recognises
   */
  secrets?: readonly string[];
}

/** How many findings were suppressed, inline and by the baseline, and how many directives gave no reason. */
export function suppressionCounts(suppressed: readonly Finding[] = []): { total: number; inline: number; baseline: number; noReason: number } {
  let inline = 0;
  let noReason = 0;
  for (const f of suppressed) {
    if (f.suppression?.kind !== 'inline') continue;
    inline++;
    if (!f.suppression.reason) noReason++;
  }
  return { total: suppressed.length, inline, baseline: suppressed.length - inline, noReason };
}

/**
 * Directives that hid findings to the end of their file: `orglint-disable-file`, and an `orglint-disable` that no
 * `orglint-enable` closes (as loud a switch): file, line, the directive in words, how many, reason.
 */
export function wholeFileSuppressions(suppressed: readonly Finding[] = []): { file: string; line: number; directive: string; count: number; reason: string | null }[] {
  const out = new Map<string, { file: string; line: number; directive: string; count: number; reason: string | null }>();
  for (const f of suppressed) {
    const d = f.suppression?.directive;
    if (f.suppression?.kind !== 'inline' || !d || (d.kind !== 'disable-file' && !(d.kind === 'disable' && d.toEnd))) continue;
    const key = `${f.file}\u0000${d.line}`;
    const e = out.get(key);
    if (e) e.count++;
    else out.set(key, { file: f.file, line: d.line, directive: d.kind === 'disable-file' ? 'orglint-disable-file' : 'orglint-disable without orglint-enable', count: 1, reason: f.suppression.reason });
  }
  return [...out.values()];
}

/** How a suppressed finding was hidden, in words: `orglint-disable-file (line 1)`, `baseline`. */
export function suppressionHow(f: Finding): string {
  const s = f.suppression;
  if (!s) return '';
  if (s.kind === 'baseline') return 'baseline';
  return s.directive ? `orglint-${s.directive.kind} (line ${s.directive.line})` : 'orglint-disable';
}

export type { CheckedResource } from './checked-resource';
import type { CheckedResource } from './checked-resource';

/** Turns findings into the text of one output format. */
export interface Formatter {
  (input: FormatInput): string;
  /**
   * The same text in pieces, each made when it is asked for (a long report is masked and written chunk by chunk,
   * never held whole): their concatenation is exactly what the formatter returns.
   */
  parts?: (input: FormatInput) => Iterable<string>;
}

/** A finding's file as users see it: relative to the working folder with `/`, or the URL of a live resource. */
export function displayPath(file: string, cwd: string): string {
  // thousands of findings name a few hundred files, in every format: each shown path is made once (a relative
  // path depends on the process's working folder too, and is not kept)
  if (cwd === shownFrom) {
    // (only absolute paths are kept, from an absolute folder)
    const known = shown.get(file);
    if (known !== undefined) return known;
  }
  if (!path.isAbsolute(cwd) || !path.isAbsolute(file)) return showPath(file, cwd);
  if (cwd !== shownFrom) {
    shownFrom = cwd;
    shown.clear();
    // a normalised working folder: a normalised file below it is shown as the rest of its path (what
    // path.relative gives, without resolving both again)
    below = path.sep === '/' && path.resolve(cwd) === cwd ? (cwd.endsWith('/') ? cwd : `${cwd}/`) : undefined;
  }
  let text = shown.get(file);
  if (text === undefined) {
    if (shown.size >= MAX_SHOWN) shown.clear();
    const plain = below !== undefined && file.startsWith(below) && !file.includes('/.') && !file.includes('//') && !file.endsWith('/');
    shown.set(file, (text = plain ? escapeControls(file.slice(below!.length)) : showPath(file, cwd)));
  }
  return text;
}

let shownFrom: string | undefined;
let below: string | undefined;
const shown = new Map<string, string>();
const MAX_SHOWN = 100_000;

function showPath(file: string, cwd: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return escapeControls(file);
  const rel = path.relative(cwd, file) || path.basename(file);
  return escapeControls(path.sep === '/' ? rel : rel.split(path.sep).join('/'));
}

/**
 * Control characters written as escapes (`\n`, `\u001b`): a file named `a\n::error::…` must not start a line
 * that a CI runner reads as a workflow command, nor an ESC sequence rewrite the terminal.
 */
export function escapeControls(text: string): string {
  // (most texts hold none: one search says so, without the replacement's work)
  if (!CONTROLS.test(text)) return text;
  return text.replace(CONTROLS_ALL, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const CONTROLS_ALL = new RegExp(CONTROLS.source, 'g');
