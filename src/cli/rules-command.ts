import { parseArgs } from 'node:util';
import { BUILTIN_RULES } from '../engine/settings';
import { didYouMean } from '../rule-api/helpers';
import { RULES } from '../../rules/index';
import { ruleReadme, UsageError, type CliIO } from './io';
import { configuredRuleDoc, provenanceOf } from '../policies/describe';
import type { AnyRule } from '../rule-api/define-rule';
import path from 'node:path';
import { escapeControls } from '../formatters/types';

const CONFIG_OPTIONS = { config: { type: 'string', short: 'c' }, 'no-plugins': { type: 'boolean' } } as const;
/** The flags of `orglint rules` and `orglint explain` (their --help lists each; a test checks it). */
export const RULES_OPTIONS = { format: { type: 'string', short: 'f' }, ...CONFIG_OPTIONS } as const;
export const EXPLAIN_OPTIONS = CONFIG_OPTIONS;

/** The config's policies and plugin rules (the nearest config, or --config), loaded as a lint run would. */
async function configuredRules(io: CliIO, values: { config?: string; 'no-plugins'?: boolean }): Promise<AnyRule[]> {
  const { resolveConfig } = await import('./lint-command');
  return (await resolveConfig(io, values.config, undefined, { plugins: !values['no-plugins'] })).extraRules;
}

function docsOf(r: AnyRule, cwd: string): string {
  const p = provenanceOf(r);
  if (!p) return `rules/${r.id}/README.md`;
  if (p.kind === 'policy') return p.docs && /^https?:\/\//.test(p.docs) ? p.docs : path.relative(cwd, p.file) || p.file;
  return path.relative(cwd, p.file) || p.file;
}

/** `orglint rules [--format json]`: every rule with its default severity, fixability and description. */
export async function rulesCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({ args: argv, options: RULES_OPTIONS, strict: true });
  const extra = await configuredRules(io, values);
  const list = [
    ...[...RULES, ...extra].map((r) => ({
      id: r.id,
      severity: r.meta.severity,
      fixable: r.meta.fixable,
      scope: r.meta.scope,
      // the resource types the rule cannot decide without (besides its scope's own): unknown ones skip it
      needs: r.meta.needs ?? [],
      reads: r.meta.reads ?? [],
      description: r.meta.description,
      docs: docsOf(r, io.cwd),
      ...(provenanceOf(r) ? { origin: provenanceOf(r)!.kind } : {}),
    })),
    ...Object.entries(BUILTIN_RULES).map(([id, b]) => ({ id, severity: b.severity, fixable: [], scope: 'file', needs: [], reads: [], description: b.description, docs: 'docs/rules.md' })),
  ];
  if (values.format === 'json') {
    io.stdout(JSON.stringify(list, null, 2) + '\n');
    return 0;
  }
  if (values.format && values.format !== 'text') throw new UsageError(`orglint rules --format ${values.format}: expected text or json`);
  const width = Math.max(...list.map((r) => r.id.length));
  for (const r of list) {
    const fix = r.fixable.length ? ` (fix: ${r.fixable.join(', ')})` : '';
    const origin = 'origin' in r && r.origin ? ` [${r.origin}]` : '';
    io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${escapeControls(r.description)}${fix}${origin}\n`);
  }
  return 0;
}

/** `orglint explain ID`: the rule's README. */
export async function explainCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: EXPLAIN_OPTIONS, allowPositionals: true, strict: true });
  const id = positionals[0];
  if (!id) throw new UsageError('orglint explain: name a rule id (orglint rules lists them)');
  const builtIn = RULES.find((r) => r.id === id);
  if (!builtIn && !BUILTIN_RULES[id]) {
    const extra = await configuredRules(io, values);
    const configured = extra.find((r) => r.id === id);
    if (configured) {
      io.stdout(configuredRuleDoc(configured, io.cwd)!);
      return 0;
    }
    const hint = didYouMean(id, [...RULES, ...extra].map((r) => r.id));
    throw new UsageError(`unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ''} (orglint rules lists them)`);
  }
  const text = ruleReadme(id);
  const rule = builtIn;
  if (!text && rule) {
    // the bundle runs without its rules/ folder (copied elsewhere): the metadata is all there is
    io.stdout(`# ${id}\n\n${rule.meta.description}\n\nSeverity: ${rule.meta.severity}. Source: ${rule.meta.source}\n(the full README is rules/${id}/README.md in the orglint package)\n`);
    return 0;
  }
  if (!text) {
    const builtin = BUILTIN_RULES[id];
    if (builtin) {
      io.stdout(`# ${id}\n\n${builtin.description}. Built into orglint; severity ${builtin.severity}.\n`);
      return 0;
    }
    const hint = didYouMean(id, RULES.map((r) => r.id));
    throw new UsageError(`unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ''} (orglint rules lists them)`);
  }
  io.stdout(text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}
