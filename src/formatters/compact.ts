import { skippedLine } from './skipped';
import { displayPath, type Formatter } from './types';

/** `file:line:col: severity: message [rule-id]`, one a line: for editors and grep; skipped rules on a last line. */
export const compact: Formatter = (input) => {
  const lines = input.findings.map((f) => `${displayPath(f.file, input.cwd)}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.ruleId}]\n`).join('');
  const skipped = skippedLine(input.notes?.skippedRules, input.cwd);
  return skipped ? `${lines}orglint: ${skipped}\n` : lines;
};
