/** What `orglint explain`, SARIF and the reports say about a rule a config added (it has no README folder). */
import path from 'node:path';
import type { AnyRule } from '../rule-api/define-rule';
import { escapeControls } from '../formatters/types';
import type { ConfiguredRule, RuleProvenance } from './compile';

export function provenanceOf(rule: AnyRule): RuleProvenance | undefined {
  return (rule as Partial<ConfiguredRule>).provenance;
}

/** Markdown documentation for a policy or plugin rule, from its description, docs and definition. */
export function configuredRuleDoc(rule: AnyRule, cwd: string): string | undefined {
  const p = provenanceOf(rule);
  if (!p) return undefined;
  const where = path.relative(cwd, p.file) || p.file;
  // a config or plugin is hostile input: an ESC in its text must not rewrite the terminal (a line break in docs stays one)
  const safe = (text: string) => text.split(/\r?\n/).map(escapeControls).join('\n');
  const lines = [`# ${rule.id}`, '', safe(rule.meta.description), ''];
  if (p.kind === 'policy') {
    lines.push(`A team policy defined in \`${where}\` (\`policies:\`). Severity: ${rule.meta.severity}.`, '');
    if (p.docs) lines.push('## Docs', '', safe(p.docs), '');
    const { id: _id, description: _d, docs: _docs, message: _m, ...definition } = p.spec ?? ({} as Record<string, unknown>);
    lines.push('## Definition', '', '```json', JSON.stringify(definition, null, 2), '```', '');
  } else {
    lines.push(`A rule of the plugin \`${p.plugin}\`, loaded from \`${where}\`. Severity: ${rule.meta.severity}.`, '');
    if (rule.meta.source) lines.push(`Source: ${safe(rule.meta.source)}`, '');
  }
  return lines.join('\n');
}
