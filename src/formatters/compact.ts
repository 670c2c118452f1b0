import { skippedLine } from './skipped';
import { tenantsCompact } from './tenants';
import { suppressionCounts, type Formatter } from './types';
import { displayPath } from './types';

/** `file:line:col: severity: message [rule-id]`, one a line: for editors and grep; then what was suppressed and skipped. */
export const compact: Formatter = (input) => {
  const lines = input.findings.map((f) => `${displayPath(f.file, input.cwd)}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.ruleId}]\n`);
  const sup = suppressionCounts(input.suppressed);
  if (sup.total) {
    const parts = [sup.inline && `${sup.inline} by orglint-disable comments`, sup.baseline && `${sup.baseline} by the baseline`].filter(Boolean).join(', ');
    lines.push(`${sup.total} finding${sup.total === 1 ? '' : 's'} suppressed (${parts}); -f json lists them with their reasons\n`);
  }
  const skipped = skippedLine(input.notes?.skippedRules, input.cwd);
  if (skipped) lines.push(`orglint: ${skipped}\n`);
  lines.push(...tenantsCompact(input.notes?.tenants));
  return lines.join('');
};
