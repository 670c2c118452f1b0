import { finalize } from '../engine/lint';
import { summarize, type Finding, type Summary } from '../engine/finding';
import { runRules, SkipLog } from '../engine/run-rules';
import type { SkippedRule } from '../rule-api/tenant-model';
import type { RuleSettings } from '../engine/settings';
import type { AnyRule } from '../rule-api/define-rule';
import { buildLiveTenant, type LiveSnapshot } from './live-model';

/** Findings of a live tenant, as a lint run has them. */
export interface AuditResult {
  findings: Finding[];
  summary: Summary;
  /** rules not run (or unable to decide) because what they check could not be read, with the reason */
  skippedRules: SkippedRule[];
}

/** Run every rule over what was read, with the config's and `--rule` severities; sorted findings. */
export function auditSnapshot(s: LiveSnapshot, rules: readonly AnyRule[], settings: RuleSettings): AuditResult {
  const { tenant, docs } = buildLiveTenant(s);
  const skips = new SkipLog();
  const findings = finalize(runRules([tenant], rules, settings, undefined, skips), docs, rules, settings);
  return { findings, summary: summarize(findings, docs.size, tenant.clients.length), skippedRules: skips.list() };
}
