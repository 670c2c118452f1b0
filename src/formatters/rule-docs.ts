import pkg from '../../package.json';
import { ruleReadme } from '../cli/io';
import type { Finding } from '../engine/finding';
import { BUILTIN_RULES } from '../engine/settings';
import type { AnyRule } from '../rule-api/define-rule';
import type { FixSafety, Severity } from '../rule-api/types';
import { configuredRuleDoc, provenanceOf } from '../policies/describe';

/** What reports say about a rule: its metadata and its README. */
export interface RuleInfo {
  id: string;
  description: string;
  /** default severity */
  severity: Severity;
  fixable: readonly FixSafety[];
  /** the Auth0 documentation the rule rests on */
  source?: string;
  /** the rule's README (Markdown), when it has one */
  readme?: string;
  /** an absolute URL of the README, only when package.json names a GitHub repository */
  helpUri?: string;
  /** checks built into the engine (parse-error, ...) have no rule folder */
  builtin: boolean;
}

const readmes = new Map<string, string | undefined>();

/** Every registered rule, then the built-in checks findings mention, by id. */
export function ruleInfos(rules: readonly AnyRule[], findings: readonly Finding[] = []): Map<string, RuleInfo> {
  const out = new Map<string, RuleInfo>();
  const base = repositoryUrl();
  for (const r of rules) {
    // a policy or plugin rule has no folder under rules/: its documentation comes from its definition
    const configured = provenanceOf(r) !== undefined;
    if (!configured && !readmes.has(r.id)) readmes.set(r.id, ruleReadme(r.id));
    const readme = configured ? configuredRuleDoc(r, process.cwd()) : readmes.get(r.id);
    out.set(r.id, {
      id: r.id,
      description: r.meta.description,
      severity: r.meta.severity,
      fixable: r.meta.fixable,
      source: r.meta.source,
      readme,
      helpUri: base && readme && !configured ? `${base}/blob/HEAD/rules/${r.id}/README.md` : undefined,
      builtin: false,
    });
  }
  for (const f of findings) {
    if (out.has(f.ruleId)) continue;
    const b = BUILTIN_RULES[f.ruleId];
    out.set(f.ruleId, { id: f.ruleId, description: b?.description ?? f.ruleId, severity: b?.severity ?? f.severity, fixable: [], builtin: true });
  }
  return out;
}

/** `https://github.com/OWNER/REPO` from package.json's `repository`, or undefined: never a guessed host. */
export function repositoryUrl(): string | undefined {
  const repo = (pkg as { repository?: string | { url?: string } }).repository;
  const raw = typeof repo === 'string' ? repo : repo?.url;
  if (!raw) return undefined;
  const m = /^(?:github:|git\+https:\/\/github\.com\/|https:\/\/github\.com\/|git:\/\/github\.com\/|git@github\.com:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(raw.trim());
  if (!m || (!raw.includes('github') && raw.includes(':'))) return undefined;
  return `https://github.com/${m[1]}/${m[2]}`;
}

/** The body of a `## Title` section of a README (the title matched without its emoji), or undefined. */
export function readmeSection(readme: string, title: string): string | undefined {
  const lines = readme.split(/\r?\n/);
  const want = title.toLowerCase();
  const start = lines.findIndex((l) => /^##\s/.test(l) && l.replace(/^##\s+/, '').replace(/^[^\p{L}]+/u, '').toLowerCase() === want);
  if (start === -1) return undefined;
  const end = lines.findIndex((l, i) => i > start && /^##?\s/.test(l));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n').trim();
}

/** Markdown as plain text for places that show no formatting (SARIF `help.text`). */
export function markdownToText(md: string): string {
  return md
    .replace(/^```.*$/gm, '')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
