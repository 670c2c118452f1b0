import type { Resource } from '../rule-api/resource';
import type { Fix, FixSafety, Path, PredictedResponse, Severity, Span } from '../rule-api/types';
import type { SourceDocument } from '../sources/document';

/** One problem, with everything every output format needs. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** absolute path (or URL for live resources) */
  file: string;
  /** 1-based, end exclusive */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** JSON Pointer into the parsed document */
  path: string;
  resource: { type: Resource['type']; name: string } | null;
  fix: Fix | null;
  /** other fixes; `--fix-unsafe` prefers an unsafe one of these over a safe `fix` */
  alternatives?: Fix[];
  predictedResponse?: PredictedResponse;
  /** other places that explain the finding: the variable definition a Terraform value came from */
  related?: RelatedLocation[];
  /** internal: which of the rule's messages, for tests that check every message is used */
  messageId?: string;
  /** internal: the document and span, for fixes and source excerpts */
  doc?: SourceDocument;
  span?: Span;
  /** internal: the resource the finding is about, for live fixes */
  source?: Resource;
  /** internal: absolute path of the finding in the document */
  docPath?: Path;
  /**
   * internal, once the document is released (see detach.ts): the lines of the file the outputs quote (the
   * finding's line and `around` either side), the first of them line `linesFrom` (1-based), and the baseline
   * key's paths that `source` and `docPath` gave
   */
  lines?: readonly string[];
  linesFrom?: number;
  keyPath?: string;
  legacyKeyPath?: string;
  /** set on a finding an orglint-disable comment or the baseline hid */
  suppression?: Suppression;
}

/** Why a finding is not counted: an inline directive (with its `-- reason`) or the baseline. */
export interface Suppression {
  kind: 'inline' | 'baseline';
  /** the directive's text after `--`, or the baseline file; null for a directive without one */
  reason: string | null;
  /** inline only: the directive's kind and line; `toEnd` when it hides to the end of the file (`disable-file`, or a
   * `disable` no `enable` closes) */
  directive?: { kind: string; line: number; toEnd?: boolean };
}

/** A place besides the finding's own that explains it. */
export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

/** `['clients', 3, 'organization_usage']` → `/clients/3/organization_usage` */
export function toPointer(path: Path): string {
  if (path.length === 0) return '';
  // ['', ...keys].join('/'): one flat string (a `+=` chain is a tree of pairs)
  const parts = new Array<string>(path.length + 1);
  parts[0] = '';
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const s = typeof seg === 'string' ? seg : String(seg);
    // (a key with neither `~` nor `/` is written as it is: nearly every one)
    parts[i + 1] = s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
  }
  return parts.join('/');
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sort by file, line, column, then severity and rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/**
 * The fix to apply for a finding in a mode, if any. `--fix-unsafe` prefers an unsafe alternative to a safe fix
 * (the fix the rule offers for the other reading), but a rule's own unsafe fix to its unsafe alternatives: rules
 * list the fix that never widens access first.
 */
export function chooseFix(f: Finding, mode: FixSafety): Fix | undefined {
  if (mode === 'unsafe') {
    if (f.fix?.safety === 'unsafe') return f.fix;
    const alt = f.alternatives?.find((a) => a.safety === 'unsafe');
    if (alt) return alt;
  }
  if (f.fix && (f.fix.safety === 'safe' || mode === 'unsafe')) return f.fix;
  return f.alternatives?.find((a) => a.safety === 'safe' || mode === 'unsafe');
}

/** Totals for summaries and exit codes. */
export interface Summary {
  files: number;
  clients: number;
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
  /** findings hidden by orglint-disable comments or the baseline (listed as `suppressed`) */
  suppressed?: number;
}

export function summarize(findings: readonly Finding[], files: number, clients: number, suppressed = 0): Summary {
  const s: Summary = { files, clients, errors: 0, warnings: 0, infos: 0, fixable: 0, suppressed };
  for (const f of findings) {
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.infos++;
    if (f.fix || f.alternatives?.length) s.fixable++;
  }
  return s;
}
