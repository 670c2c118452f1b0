import { displayPath, type Formatter } from './types';

/** `file:line:col: severity: message [rule-id]`, one a line: for editors and grep. */
export const compact: Formatter = (input) =>
  input.findings
    .map((f) => `${displayPath(f.file, input.cwd)}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.ruleId}]\n`)
    .join('');
