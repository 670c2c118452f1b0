import { escapeControls } from '../formatters/types';
import type { LintResult } from '../engine/lint';
import { UsageError } from './io';

/** Nothing linted is never success: what a run does about paths that gave nothing, and about an empty run. */
export interface EmptyRunPolicy {
  /** false with `--no-error-on-unmatched-pattern`: an argument that gives nothing is a note, not exit 2 */
  errorOnUnmatched: boolean;
  /**
   * `--pass-on-empty`: a run that lints no file at all exits 0 when its paths held no candidate; a folder or glob
   * whose candidates were refused (symbolic links, FIFOs: deploy-cli follows a link) still fails
   */
  passOnEmpty: boolean;
}

/** A run that must not pass: a named path or glob gave nothing to lint, or the run linted no file. */
export class NothingLintedError extends UsageError {}

/**
 * Throw NothingLintedError (exit 2) for arguments that gave no file to lint, unless the policy makes them notes
 * (passed to `warn`), and for a run that linted no file at all, unless it may pass empty.
 */
export function checkSomethingLinted(result: Pick<LintResult, 'unmatched' | 'files'>, paths: readonly string[], policy: EmptyRunPolicy, warn: (message: string) => void): void {
  // with --pass-on-empty a folder or glob may hold nothing; a file named that is not tenant configuration is still wrong
  const errors = policy.errorOnUnmatched ? result.unmatched.filter((u) => !policy.passOnEmpty || u.kind === 'file' || u.refused > 0) : [];
  if (errors.length) {
    const lines = errors.map((u) => u.message);
    throw new NothingLintedError(`${lines.join('\norglint: ')}\n(--no-error-on-unmatched-pattern reports these as notes and lints the rest)`);
  }
  for (const u of result.unmatched) warn(`note: ${u.message}`);
  if (result.files.length === 0 && policy.passOnEmpty && result.unmatched.some((u) => u.refused > 0)) {
    throw new NothingLintedError(`nothing was linted, and files were left unread (symbolic links or FIFOs): --pass-on-empty passes only a run whose paths hold no tenant configuration file at all`);
  }
  if (result.files.length === 0 && !policy.passOnEmpty) {
    throw new NothingLintedError(`no tenant configuration found in ${paths.map(escapeControls).join(', ')}: nothing was linted (--pass-on-empty lets such a run pass)`);
  }
}
