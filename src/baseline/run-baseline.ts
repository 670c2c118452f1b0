import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { summarize, type Finding, type Summary } from '../engine/finding';
import type { LintResult } from '../engine/lint';
import { writeFileAtomic } from '../fix/run-fixes';
import { linkedOutput } from '../cli/outputs';
import { applyBaseline, BaselineError, describeStale, loadBaseline, updatedBaseline, type StaleEntry } from './baseline';

/** The findings and summary left after the baseline, and what it did. */
export interface BaselineOutcome {
  findings: Finding[];
  summary: Summary;
  /** how many findings the baseline hid */
  hidden: number;
  /** the findings it hid, each with its `suppression` */
  suppressed: Finding[];
  stale: StaleEntry[];
}

/** the most stale entries listed one by one */
const MAX_LISTED = 20;

/**
 * `--baseline FILE [--update-baseline]`: with `update`, record the current findings (dropping stale entries)
 * and write the file atomically; then hide what the baseline records and report its stale entries through
 * `warn`. Returns undefined without a baseline file.
 */
export async function runBaseline(
  file: string | undefined,
  update: boolean,
  result: Pick<LintResult, 'findings' | 'summary' | 'files'>,
  cwd: string,
  warn: (message: string) => void,
): Promise<BaselineOutcome | undefined> {
  if (update && !file) throw new BaselineError('--update-baseline needs --baseline FILE: the file to write');
  if (!file) return undefined;
  const abs = path.resolve(cwd, file);
  let baseline = await loadBaseline(abs, update);
  if (update) {
    // (written as a report is: never through a link out of the repository, a pull request's `baselines -> ~`)
    const through = linkedOutput(abs, cwd);
    if (through) throw new BaselineError(`cannot write the baseline ${file}: ${through}`);
    const text = updatedBaseline(result.findings, baseline, result.files);
    try {
      await mkdir(path.dirname(abs), { recursive: true });
      await writeFileAtomic(abs, text);
    } catch (err) {
      throw new BaselineError(`cannot write the baseline ${file}: ${(err as Error).message}`);
    }
    baseline = { file: abs, entries: JSON.parse(text).files };
    warn(`baseline ${file} updated: ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} of this run recorded`);
  }
  const { kept, hidden, stale } = applyBaseline(result.findings, baseline, result.files);
  if (stale.length) {
    const n = stale.reduce((sum, s) => sum + s.count, 0);
    const lines = stale.slice(0, MAX_LISTED).map((s) => `  ${describeStale(s)}`);
    if (stale.length > MAX_LISTED) lines.push(`  ... and ${stale.length - MAX_LISTED} more`);
    warn(`baseline ${file}: ${n} recorded finding${n === 1 ? ' is' : 's are'} gone (--update-baseline prunes them):\n${lines.join('\n')}`);
  }
  const suppressedBefore = result.summary.suppressed ?? 0;
  return {
    findings: kept,
    summary: summarize(kept, result.summary.files, result.summary.clients, suppressedBefore + hidden.length),
    hidden: hidden.length,
    suppressed: hidden,
    stale,
  };
}
