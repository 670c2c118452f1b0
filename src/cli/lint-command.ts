import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultConfig, findConfig, loadConfig, type Config } from '../config/load-config';
import { loadKeywordsAndExclusions } from '../config/keywords-file';
import { displayPath } from '../formatters/types';
import { lintPaths, type LintRequest } from '../engine/lint';
import { didYouMean } from '../rule-api/helpers';
import type { AnyRule } from '../rule-api/define-rule';
import type { SeverityOrOff } from '../rule-api/types';
import type { SkippedRule } from '../rule-api/tenant-model';
import { RULES } from '../../rules/index';
import { version } from '../../package.json';
import { UsageError, type CliIO } from './io';
import { checkOutputTargets, parseOutputs, writeOutputs } from './outputs';
import { checkedResources } from '../formatters/checked-resources';

export const LINT_OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  config: { type: 'string', short: 'c' },
  rule: { type: 'string', multiple: true },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-unsafe': { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  keywords: { type: 'string' },
  baseline: { type: 'string' },
  'update-baseline': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'no-plugins': { type: 'boolean' },
  debug: { type: 'boolean' },
  'var-file': { type: 'string', multiple: true },
} as const;

/** Parse `--rule id=severity` flags. */
export function parseRuleFlags(values: readonly string[] = [], rules: readonly AnyRule[] = RULES): Record<string, SeverityOrOff> {
  const out: Record<string, SeverityOrOff> = {};
  const ids = [...rules.map((r) => r.id), 'unused-disable-directive'];
  for (const v of values) {
    const m = /^((?:@?[\w.-]+\/)?[\w-]+)=(off|info|warning|error)$/.exec(v.trim());
    if (!m) throw new UsageError(`--rule ${v}: expected ID=SEVERITY with SEVERITY one of off, info, warning, error`);
    if (!ids.includes(m[1])) {
      const hint = didYouMean(m[1], ids);
      throw new UsageError(`--rule ${v}: unknown rule "${m[1]}"${hint ? `; did you mean "${hint}"?` : ''}`);
    }
    out[m[1]] = m[2] as SeverityOrOff;
  }
  return out;
}

/** The rules of a run: the built-in ones, then the config's policies and plugin rules. */
export function rulesOf(config: Config): AnyRule[] {
  return config.extraRules.length ? [...RULES, ...config.extraRules] : [...RULES];
}

/**
 * Load the config named by --config, or the nearest one upward from the working folder. `plugins: false`
 * (`--no-plugins`) loads no plugin code.
 */
export async function resolveConfig(io: CliIO, configFlag: string | undefined, keywordsFlag: string | undefined, opts: { plugins?: boolean } = {}): Promise<Config> {
  const file = configFlag ? path.resolve(io.cwd, configFlag) : findConfig(io.cwd);
  if (configFlag && file && !existsSync(file)) throw new UsageError(`config file not found: ${configFlag}`);
  const config = file ? await loadConfig(file, RULES, io.cwd, { explicit: Boolean(configFlag), plugins: opts.plugins }) : defaultConfig(io.cwd);
  if (keywordsFlag) {
    const kw = await loadKeywordsAndExclusions(path.resolve(io.cwd, keywordsFlag), io.cwd);
    config.keywords = { ...config.keywords, ...kw.keywords };
    if (kw.exclusions) config.exclusions = kw.exclusions;
  }
  return config;
}

/** The skipped rules for the outputs' notes (nothing when none). */
export function skippedNotes(list: readonly SkippedRule[] | undefined): { skippedRules?: SkippedRule[] } {
  return list?.length ? { skippedRules: [...list] } : {};
}

/** `--var-file FILE` (repeatable): Terraform variable files applied to every module folder linted. */
function varFiles(io: CliIO, files: readonly string[] | undefined): string[] | undefined {
  if (!files?.length) return undefined;
  return files.map((f) => {
    const abs = path.resolve(io.cwd, f);
    if (!existsSync(abs)) throw new UsageError(`--var-file ${f}: no such file`);
    return abs;
  });
}

/** `orglint [paths...]`: lint, optionally fix, print, and return the exit code. */
export async function lintCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: LINT_OPTIONS, allowPositionals: true, strict: true });
  const outputs = parseOutputs(values.format);
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError(`--max-warnings ${values['max-warnings']}: expected a whole number`);
    maxWarnings = Number(values['max-warnings']);
  }
  const modes = [values.fix, values['fix-unsafe'], values['fix-dry-run']].filter(Boolean).length;
  if (modes > 1 && !(values['fix-dry-run'] && values['fix-unsafe'] && !values.fix)) {
    throw new UsageError('use one of --fix, --fix-unsafe, --fix-dry-run (add --fix-unsafe to --fix-dry-run to preview unsafe fixes)');
  }
  if (values['update-baseline'] && values['fix-dry-run']) throw new UsageError('--update-baseline writes a file: not with --fix-dry-run');
  const color = values['no-color'] ? false : values.color ? true : io.stdoutIsTTY && !io.env.NO_COLOR;
  const debug = values.debug ? (m: string) => io.stderr(`orglint: debug: ${m}\n`) : undefined;
  const config = await resolveConfig(io, values.config, values.keywords, { plugins: !values['no-plugins'] });
  if (debug && config.file) debug(`config ${config.file}`);
  const rules = rulesOf(config);
  const req: LintRequest = {
    cwd: io.cwd,
    paths: positionals.length ? positionals : ['.'],
    config,
    rules,
    cliRules: parseRuleFlags(values.rule, rules),
    debug,
    varFiles: varFiles(io, values['var-file']),
  };
  let result;
  let fixed = 0;
  if (values.fix || values['fix-unsafe'] || values['fix-dry-run']) {
    // the fixers (and the `yaml` package they edit with) load only when fixing
    const { runFixes } = await import('./fix-files');
    ({ result, fixed } = await runFixes(req, values['fix-unsafe'] ? 'unsafe' : 'safe', Boolean(values['fix-dry-run']), outputs, io));
  } else {
    result = await lintPaths(req);
    checkOutputTargets(outputs, result.files, io);
  }
  const wantsBaseline = values.baseline !== undefined || values['update-baseline'];
  const runBaseline = wantsBaseline ? (await import('../baseline/run-baseline')).runBaseline : undefined;
  const base = await runBaseline?.(values.baseline, Boolean(values['update-baseline']), result, io.cwd, (m) => io.stderr(`orglint: ${m}\n`));
  const findings = base?.findings ?? result.findings;
  const summary = base?.summary ?? result.summary;
  const shown = values.quiet ? findings.filter((f) => f.severity === 'error') : findings;
  const baselineNotes = base ? { baselineHidden: base.hidden, baselineStale: base.stale.reduce((n, e) => n + e.count, 0) } : {};
  await writeOutputs(
    outputs,
    {
      findings: shown,
      summary: values.quiet ? { ...summary, warnings: 0, infos: 0 } : summary,
      rules,
      cwd: io.cwd,
      toolVersion: version,
      notes: { ...(values['fix-dry-run'] ? { dryRun: true } : { fixed }), ...baselineNotes, ...skippedNotes(result.skippedRules) },
      files: result.files,
      resources: checkedResources(result),
      // the reports a reviewer signs carry the run's context and every application's login model
      ...(outputs.some((o) => o.format === 'html' || o.format === 'markdown')
        ? { report: (await import('../formatters/report-context')).reportContext(result, findings, { cwd: io.cwd, config, rules, cliRules: req.cliRules, env: io.env }) }
        : {}),
    },
    io,
    color,
  );
  const { errors, warnings } = summary;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`orglint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}
