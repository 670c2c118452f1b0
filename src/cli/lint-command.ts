import { existsSync, lstatSync, statSync } from 'node:fs';
import { DEFAULT_MAX_FILE_SIZE, formatSize, readTextFile } from '../sources/read-file';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultConfig, findConfig, loadConfig, type Config } from '../config/load-config';
import { loadKeywordsAndExclusions } from '../config/keywords-file';
import { normalizeSeverity } from '../config/severity';
import { displayPath, escapeControls } from '../formatters/types';
import { lintPaths, type LintRequest, type LintResult } from '../engine/lint';
import { tuneV8ForRun } from './v8-tuning';
import { compareFindings } from '../engine/finding';
import { didYouMean } from '../rule-api/helpers';
import type { AnyRule } from '../rule-api/define-rule';
import type { SeverityOrOff } from '../rule-api/types';
import type { SkippedRule } from '../rule-api/tenant-model';
import { RULES } from '../../rules/index';
import { version } from '../../package.json';
import { UsageError, type CliIO } from './io';
import { colorFlags, wantColor } from './color';
import { checkOutputTargets, parseOutputs, writeOutputs, type OutputSpec } from './outputs';
import { checkedResources } from '../formatters/checked-resources';
import { checkSomethingLinted } from './nothing-linted';
import { safeBase } from '../formatters/links';

export const LINT_OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  'output-file': { type: 'string', short: 'o' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'print-config': { type: 'string' },
  init: { type: 'boolean' },
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
  'no-error-on-unmatched-pattern': { type: 'boolean' },
  'pass-on-empty': { type: 'boolean' },
  'no-inline-config': { type: 'boolean' },
  'var-file': { type: 'string', multiple: true },
  'link-base': { type: 'string' },
  threads: { type: 'string' },
} as const;

/** Parse `--rule id=severity` flags. */
export function parseRuleFlags(values: readonly string[] = [], rules: readonly AnyRule[] = RULES): Record<string, SeverityOrOff> {
  const out: Record<string, SeverityOrOff> = {};
  const ids = [...rules.map((r) => r.id), 'unused-disable-directive', 'disable-directive-without-reason'];
  for (const v of values) {
    const m = /^((?:@?[\w.-]+\/)?[\w-]+)=([\w-]+)$/.exec(v.trim());
    const severity = m ? normalizeSeverity(m[2]) : undefined;
    if (!m || !severity) throw new UsageError(`--rule ${v}: expected ID=SEVERITY with SEVERITY one of off, info, warning (or warn), error`);
    if (!ids.includes(m[1])) {
      const hint = didYouMean(m[1], ids);
      throw new UsageError(`--rule ${v}: unknown rule "${m[1]}"${hint ? `; did you mean "${hint}"?` : ''}`);
    }
    out[m[1]] = severity;
  }
  return out;
}

/** `--threads N|auto`: worker threads for linting (1: none, everything on the main thread). */
export function parseThreads(value: string | undefined): number | 'auto' {
  if (value === undefined || value === 'auto') return 'auto';
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 64) throw new UsageError(`--threads ${value}: expected auto or a whole number from 1 to 64`);
  return Number(value);
}

/** `-o FILE`: the output that would go to stdout goes to FILE (ESLint's `--output-file`). */
export function withOutputFile(specs: OutputSpec[], outputFile: string | undefined): OutputSpec[] {
  if (outputFile === undefined) return specs;
  if (outputFile === '') throw new UsageError('-o, --output-file: the file name is empty');
  const toStdout = specs.filter((s) => !s.file);
  if (toStdout.length !== 1) {
    throw new UsageError(`-o ${outputFile} takes the one format written to standard output; ${toStdout.length ? 'several are' : 'every -f already names its file'} (use -f NAME=FILE for each)`);
  }
  return specs.map((s) => (s.file ? s : { ...s, file: outputFile, fromOutputFile: true }));
}

/** Standard input, up to one byte over the size limit (the loader reports a larger input as file-too-large). */
async function readStdin(io: CliIO, maxSize: number): Promise<Uint8Array> {
  if (!io.readStdin) throw new UsageError('--stdin: standard input cannot be read here');
  return io.readStdin(maxSize + 1);
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
function varFiles(io: CliIO, files: readonly string[] | undefined, maxFileSize = DEFAULT_MAX_FILE_SIZE): string[] | undefined {
  if (!files?.length) return undefined;
  return files.map((f) => {
    const abs = path.resolve(io.cwd, f);
    if (!existsSync(abs)) throw new UsageError(`--var-file ${f}: no such file`);
    // a named variables file that cannot be read would leave every variable unknown and pass silently
    const stat = statSync(abs);
    if (!stat.isFile()) throw new UsageError(`--var-file ${f}: not a regular file`);
    if (stat.size > maxFileSize) throw new UsageError(`--var-file ${f}: over the ${formatSize(maxFileSize)} limit (raise maxFileSize in the config)`);
    return abs;
  });
}

/** `orglint [paths...]`: lint, optionally fix, print, and return the exit code. */
export async function lintCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals, tokens } = parseArgs({ args: argv, options: LINT_OPTIONS, allowPositionals: true, strict: true, tokens: true });
  if (values.init) {
    if (argv.length > 1) throw new UsageError('--init takes no other options or paths: it writes .orglint.yaml in this folder');
    return (await import('./init-command')).initCommand(io);
  }
  const outputs = withOutputFile(parseOutputs(values.format), values['output-file']);
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError(`--max-warnings ${values['max-warnings']}: expected a whole number`);
    maxWarnings = Number(values['max-warnings']);
  }
  const threads = parseThreads(values.threads);
  const linkBase = values['link-base'];
  if (linkBase !== undefined && !safeBase(linkBase)) {
    throw new UsageError(`--link-base ${JSON.stringify(linkBase)}: expected an http(s) URL without credentials, query or fragment, e.g. https://github.com/OWNER/REPO/blob/SHA`);
  }
  const modes = [values.fix, values['fix-unsafe'], values['fix-dry-run']].filter(Boolean).length;
  if (modes > 1 && !(values['fix-dry-run'] && values['fix-unsafe'] && !values.fix)) {
    throw new UsageError('use one of --fix, --fix-unsafe, --fix-dry-run (add --fix-unsafe to --fix-dry-run to preview unsafe fixes)');
  }
  if (values['update-baseline'] && values['fix-dry-run']) throw new UsageError('--update-baseline writes a file: not with --fix-dry-run');
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename names standard input: add --stdin');
  if (values.stdin) {
    if (values['stdin-filename'] === undefined || values['stdin-filename'] === '') {
      throw new UsageError('--stdin needs --stdin-filename NAME: the name decides how the text is read (tenant.yaml, clients/app.json, x.patch.json)');
    }
    if (positionals.length) throw new UsageError('--stdin lints standard input: name no paths as well');
    if (modes) throw new UsageError('--stdin has no file to fix: not with --fix, --fix-unsafe or --fix-dry-run');
  }
  const color = wantColor(colorFlags(tokens), io.env, io.stdoutIsTTY);
  // (escaped: a path or a value may hold a line end, which would start a workflow command in a CI log)
  const debug = values.debug ? (m: string) => io.stderr(`orglint: debug: ${escapeControls(m)}\n`) : undefined;
  const config = await resolveConfig(io, values.config, values.keywords, { plugins: !values['no-plugins'] });
  if (debug && config.file) debug(`config ${config.file}`);
  const rules = rulesOf(config);
  if (values['print-config'] !== undefined) {
    if (positionals.length || values.stdin) throw new UsageError('--print-config FILE prints the settings of one file: name no other paths');
    const { printConfig } = await import('./print-config');
    io.stdout(printConfig(values['print-config'], config, rules, parseRuleFlags(values.rule, rules), io.cwd));
    return 0;
  }
  const stdin = values.stdin ? { file: path.resolve(io.cwd, values['stdin-filename']!), bytes: await readStdin(io, config.maxFileSize) } : undefined;
  const req: LintRequest = {
    cwd: io.cwd,
    paths: stdin ? [] : positionals.length ? positionals : ['.'],
    config,
    rules,
    cliRules: parseRuleFlags(values.rule, rules),
    debug,
    stdin,
    inlineConfig: !values['no-inline-config'],
    varFiles: varFiles(io, values['var-file'], config.maxFileSize),
    // each tenant's documents go once its findings and report pieces are made (fixes keep them: they edit them)
    release: !modes,
    reportModels: outputs.some((o) => o.format === 'html' || o.format === 'markdown'),
    quoteContext: outputs.some((o) => o.format === 'html'),
    // (the formats that list what passed too)
    listResources: outputs.some((o) => o.format === 'html' || o.format === 'junit'),
    // a worker reads the config again as this run did (plugins too); fixes and --stdin stay on this thread
    workers: { threads, source: { cwd: io.cwd, config: values.config, keywords: values.keywords, plugins: !values['no-plugins'] } },
  };
  const policy = { errorOnUnmatched: !values['no-error-on-unmatched-pattern'], passOnEmpty: Boolean(values['pass-on-empty']) };
  const note = (m: string) => io.stderr(`orglint: ${m}\n`);
  // what the "nothing was linted" message names: with --stdin there are no paths, and "found in :" named nothing
  const named = stdin ? [`standard input (--stdin-filename ${values['stdin-filename']})`] : req.paths;
  let result;
  let fixed = 0;
  if (!stdin) req.betweenGroups = tuneV8ForRun(io.cwd, req.paths);
  if (values.fix || values['fix-unsafe'] || values['fix-dry-run']) {
    // the fixers (and the `yaml` package they edit with) load only when fixing
    const { runFixes } = await import('./fix-files');
    const check = (r: LintResult) => checkSomethingLinted(r, named, policy, note);
    ({ result, fixed } = await runFixes(req, values['fix-unsafe'] ? 'unsafe' : 'safe', Boolean(values['fix-dry-run']), outputs, io, check));
  } else {
    result = await lintPaths(req);
    checkSomethingLinted(result, named, policy, note);
    checkOutputTargets(outputs, result.files, io);
  }
  // the linted files are checked above (checkOutputTargets); a report written over the other files the run reads
  // (the config, the baseline, the keywords, the --stdin name) would destroy them too: refuse before writing
  const inputs = [stdin?.file, config.file, values.baseline, values.keywords].filter((f): f is string => f !== undefined);
  const read = new Set(inputs.map((f) => path.resolve(io.cwd, f)));
  for (const o of outputs) {
    if (o.file && read.has(path.resolve(io.cwd, o.file))) throw new UsageError(`${o.file} is a file this run reads: an output there would overwrite it (choose another name)`);
  }
  const wantsBaseline = values.baseline !== undefined || values['update-baseline'];
  const runBaseline = wantsBaseline ? (await import('../baseline/run-baseline')).runBaseline : undefined;
  const base = await runBaseline?.(values.baseline, Boolean(values['update-baseline']), result, io.cwd, (m) => io.stderr(`orglint: ${m}\n`));
  const findings = base?.findings ?? result.findings;
  const summary = base?.summary ?? result.summary;
  const suppressed = [...result.suppressed, ...(base?.suppressed ?? [])].sort(compareFindings);
  const shown = values.quiet ? findings.filter((f) => f.severity === 'error') : findings;
  const baselineNotes = base ? { baselineHidden: base.hidden, baselineStale: base.stale.reduce((n, e) => n + e.count, 0) } : {};
  const quietNotes = values.quiet ? { quietHidden: { warnings: summary.warnings, infos: summary.infos } } : {};
  await writeOutputs(
    outputs,
    {
      findings: shown,
      // every finding counted, shown or not (what --max-warnings compares); quietHidden says how many are left out
      summary,
      suppressed,
      rules,
      cwd: io.cwd,
      toolVersion: version,
      notes: { ...(values['fix-dry-run'] ? { dryRun: true } : { fixed }), ...baselineNotes, ...quietNotes, ...skippedNotes(result.skippedRules) },
      files: result.files,
      resources: checkedResources(result),
      // the reports a reviewer signs carry the run's context and every application's login model
      ...(outputs.some((o) => o.format === 'html' || o.format === 'markdown')
        ? { report: (await import('../formatters/report-context')).reportContext(result, findings, { cwd: io.cwd, config, rules, cliRules: req.cliRules, env: io.env, linkBase }) }
        : {}),
    },
    io,
    color,
    result.secrets,
  );
  const { errors, warnings } = summary;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`orglint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}
