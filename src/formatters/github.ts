import type { Finding } from '../engine/finding';
import type { Severity } from '../rule-api/types';
import { repoPath, repoRoot } from './repo-root';
import { skippedLine } from './skipped';
import { tenantsGithub } from './tenants';
import { suppressionCounts, wholeFileSuppressions, type Formatter } from './types';
import { escapeData, escapeProperty } from './workflow-escape';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };


/** Findings, most severe first; the order within a severity is kept (file, line, column). */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), one a finding, most severe first: the
 * runner turns them into annotations on the pull request's diff.
 */
export const github: Formatter = (input) => {
  const root = repoRoot(input.cwd);
  return bySeverity(input.findings)
    .map((f) => {
      const props: [string, string | number][] = [['file', repoPath(f.file, root)]];
      if (f.line >= 1) {
        props.push(['line', f.line], ['endLine', Math.max(f.endLine, f.line)]);
        if (f.column >= 1) props.push(['col', f.column], ['endColumn', Math.max(f.endColumn, f.column)]);
      }
      props.push(['title', f.ruleId]);
      const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      // a place that explains the finding goes on a line of its own under the message, as stylish shows it
      const related = f.related ? f.related.map((r) => `\n↳ ${repoPath(r.file, root)}:${r.line}:${r.column}: ${r.message}`).join('') : '';
      return `::${COMMAND[f.severity]} ${list}::${escapeData(f.message + related)}\n`;
    })
    .join('') + suppressedNotices(input) + skippedNotice(input) + tenantsGithub(input.notes?.tenants, escapeData, escapeProperty);
};

/**
 * What directives and the baseline hid, so a `run: orglint -f github` step shows it: a notice on the line of each
 * `orglint-disable-file` (or unclosed `orglint-disable`) that hid findings (on the pull request's diff), and one notice with the count.
 */
function suppressedNotices(input: Parameters<Formatter>[0]): string {
  const sup = suppressionCounts(input.suppressed);
  if (!sup.total) return '';
  const root = repoRoot(input.cwd);
  const out: string[] = [];
  for (const w of wholeFileSuppressions(input.suppressed)) {
    const props = `file=${escapeProperty(repoPath(w.file, root))},line=${w.line},title=${escapeProperty(w.directive)}`;
    const why = w.reason ? `"${w.reason}"` : 'no reason given';
    out.push(`::notice ${props}::${escapeData(`${w.directive} hides ${w.count} finding${w.count === 1 ? '' : 's'}: ${why}`)}\n`);
  }
  const parts = [sup.inline && `${sup.inline} by orglint-disable comments${sup.noReason ? ` (${sup.noReason} without a reason)` : ''}`, sup.baseline && `${sup.baseline} by the baseline`].filter(Boolean).join(', ');
  out.push(`::notice title=${escapeProperty('orglint: suppressed findings')}::${escapeData(`${sup.total} finding${sup.total === 1 ? '' : 's'} suppressed (${parts}); -f json lists them with their reasons`)}\n`);
  return out.join('');
}

/** One notice naming the skipped rules (without a file, so it shows in the run's summary, not on the diff). */
function skippedNotice(input: Parameters<Formatter>[0]): string {
  const line = skippedLine(input.notes?.skippedRules, input.cwd);
  return line ? `::notice title=${escapeProperty('orglint: skipped rules')}::${escapeData(line)}\n` : '';
}
