import { finalize } from '../engine/lint';
import { summarize, type Finding, type Summary } from '../engine/finding';
import { runRules } from '../engine/run-rules';
import type { RuleSettings } from '../engine/settings';
import type { AnyRule } from '../rule-api/define-rule';
import { buildLiveTenant, type LiveSnapshot } from './live-model';

/** Findings of a live tenant, as a lint run has them. */
export interface AuditResult {
  findings: Finding[];
  summary: Summary;
  /** rules not run because what they check could not be read */
  skippedRules: string[];
}

/** Rules whose resources were not read (missing scope): they are listed as skipped. */
export function skippedRules(s: LiveSnapshot, rules: readonly AnyRule[], settings: RuleSettings): string[] {
  return rules
    .filter((r) => settings.enabledSomewhere(r.id))
    .filter((r) => (r.meta.scope === 'clientGrant' && !s.clientGrants) || (r.meta.scope === 'organization' && !s.organizations))
    .map((r) => r.id)
    .sort();
}

/** Run every rule over what was read, with the config's and `--rule` severities; sorted findings. */
export function auditSnapshot(s: LiveSnapshot, rules: readonly AnyRule[], settings: RuleSettings): AuditResult {
  const { tenant, docs } = buildLiveTenant(s);
  const findings = finalize(runRules([tenant], rules, settings), docs, rules, settings);
  return { findings, summary: summarize(findings, docs.size, tenant.clients.length), skippedRules: skippedRules(s, rules, settings) };
}
