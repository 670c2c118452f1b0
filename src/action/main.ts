import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { runBaseline } from '../baseline/run-baseline';
import { resolveConfig, rulesOf, skippedNotes } from '../cli/lint-command';
import { UsageError, type CliIO } from '../cli/io';
import { linkedOutput } from '../cli/outputs';
import { ConfigError } from '../config/config-error';
import { MissingPathError } from '../engine/files';
import { lintPaths } from '../engine/lint';
import { compareFindings } from '../engine/finding';
import { checkSomethingLinted } from '../cli/nothing-linted';
import { mdText } from '../formatters/markdown';
import { writeFileAtomic } from '../fix/run-fixes';
import { checkedResources } from '../formatters/checked-resources';
import { bySeverity } from '../formatters/github';
import { html } from '../formatters/html';
import { markdownReport } from '../formatters/markdown';
import { repoPath, repoRoot } from '../formatters/repo-root';
import { sarif } from '../formatters/sarif';
import { stylish } from '../formatters/stylish';
import type { FormatInput } from '../formatters/types';
import { version } from '../../package.json';
import { flowsDiffStep } from './flows-diff';
import { reportContext } from '../formatters/report-context';

/** GitHub shows 10 error and 10 warning annotations per step; more only clutter the log. */
const MAX_ANNOTATIONS = 50;

/** The Action's inputs, checked. */
interface Inputs {
  paths: string[];
  config?: string;
  failOn: 'error' | 'warning' | 'never';
  maxWarnings: number;
  sarifFile?: string;
  reportFile?: string;
  baseline?: string;
  keywordsFile?: string;
  /** false: load no plugin code from the repository's config */
  plugins: boolean;
  /** compare login flows with this git revision or path (default: the pull request's base) */
  base: string;
  /** `pass-on-empty: true`: paths that hold no tenant configuration pass the step (the CLI's --pass-on-empty) */
  passOnEmpty: boolean;
}

function readInputs(): Inputs {
  const paths = core.getMultilineInput('paths').filter((p) => p.trim() !== '');
  const failOn = core.getInput('fail-on') || 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new UsageError(`input fail-on: expected error, warning or never, got ${JSON.stringify(failOn)}`);
  }
  const max = core.getInput('max-warnings');
  if (max !== '' && !/^\d+$/.test(max)) throw new UsageError(`input max-warnings: expected a whole number, got ${JSON.stringify(max)}`);
  const reportFile = core.getInput('report-file') || undefined;
  if (reportFile && !/\.(md|markdown|html?)$/i.test(reportFile)) {
    throw new UsageError(`input report-file: expected a name ending in .md or .html, got ${JSON.stringify(reportFile)}`);
  }
  return {
    paths: paths.length ? paths : ['.'],
    config: core.getInput('config') || undefined,
    failOn,
    maxWarnings: max === '' ? -1 : Number(max),
    sarifFile: core.getInput('sarif-file') || undefined,
    reportFile,
    baseline: core.getInput('baseline') || undefined,
    keywordsFile: core.getInput('keywords-file') || undefined,
    plugins: readBooleanInput('plugins', booleanInputText('plugins'), true),
    base: core.getInput('base'),
    passOnEmpty: readBooleanInput('pass-on-empty', booleanInputText('pass-on-empty'), false),
  };
}

/**
 * A true/false input (`plugins: false` turns the config's plugins off: no code from the repository runs), read as
 * `@actions/core`'s getBooleanInput reads one: the YAML 1.2 core schema's booleans, `true | True | TRUE | false |
 * False | FALSE`, and nothing else. An input left out of the workflow's `with:` is never empty: the runner passes
 * action.yml's default. An empty one was written so (`plugins: ${{ vars.ORGLINT_PLUGINS }}` with the variable unset)
 * and fails the step as getBooleanInput fails it: read as the default, it would load the repository's plugin code.
 * `unset`: the value when the variable is missing altogether (a run outside a runner).
 */
function readBooleanInput(name: string, v: string | undefined, unset: boolean): boolean {
  if (v === undefined) return unset;
  if (v === 'true' || v === 'True' || v === 'TRUE') return true;
  if (v === 'false' || v === 'False' || v === 'FALSE') return false;
  throw new UsageError(`input ${name}: expected a boolean (true, True, TRUE, false, False or FALSE), got ${JSON.stringify(v)}`);
}

/** An input's text as core.getInput gives it (trimmed), or undefined when the runner set no variable for it. */
function booleanInputText(name: string): string | undefined {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] === undefined ? undefined : core.getInput(name);
}

/** Lint, annotate, write the job summary and the requested files, set outputs, and fail per `fail-on`. */
async function run(): Promise<void> {
  const inputs = readInputs();
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  const io: CliIO = { cwd, env: process.env, stdout: (t) => core.info(t), stderr: (t) => core.warning(t), stdoutIsTTY: false, stderrIsTTY: false };
  const config = await resolveConfig(io, inputs.config, inputs.keywordsFile, { plugins: inputs.plugins });
  const rules = rulesOf(config);
  // the documents go tenant by tenant; the job summary's report needs each tenant's login model
  const workers = { threads: 'auto' as const, source: { cwd, config: inputs.config, keywords: inputs.keywordsFile, plugins: inputs.plugins } };
  const result = await lintPaths({ cwd, paths: inputs.paths, config, rules, release: true, reportModels: true, quoteContext: true, workers });
  // a workflow that lints nothing must not pass: a wrong `paths` fails the step, and the job summary says why
  checkSomethingLinted(result, inputs.paths, { errorOnUnmatched: true, passOnEmpty: inputs.passOnEmpty }, (m) => core.warning(`orglint: ${m}`));
  // (pass-on-empty) the step passes, and says that nothing was checked rather than "no problems" alone
  const empty = result.files.length === 0 ? `orglint: no tenant configuration found in ${inputs.paths.join(', ')}: nothing was linted (pass-on-empty)` : '';
  if (empty) core.notice(empty);
  const base = await runBaseline(inputs.baseline, false, result, cwd, (m) => core.warning(m));
  const input: FormatInput = {
    findings: base?.findings ?? result.findings,
    summary: base?.summary ?? result.summary,
    suppressed: [...result.suppressed, ...(base?.suppressed ?? [])].sort(compareFindings),
    rules,
    cwd,
    color: false,
    toolVersion: version,
    notes: { ...(base ? { baselineHidden: base.hidden, baselineStale: base.stale.reduce((n, s) => n + s.count, 0) } : {}), ...skippedNotes(result.skippedRules) },
    files: result.files,
    resources: checkedResources(result),
    report: reportContext(result, base?.findings ?? result.findings, { cwd, config, rules, env: process.env }),
  };
  logFindings(input);
  annotate(input);
  const report = markdownReport(input);
  const flows = await flowsDiffStep(cwd, inputs.paths, config, inputs.base);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw((empty ? `> ${mdText(empty)}\n\n` : '') + (flows ?? '') + report).write({ overwrite: false });
  if (inputs.sarifFile) await writeReport(cwd, inputs.sarifFile, sarif(input));
  if (inputs.reportFile) await writeReport(cwd, inputs.reportFile, /\.html?$/i.test(inputs.reportFile) ? html(input) : report);
  const { errors, warnings } = input.summary;
  core.setOutput('errors', errors);
  core.setOutput('warnings', warnings);
  core.setOutput('sarif-file', inputs.sarifFile ?? '');
  core.setOutput('report-file', inputs.reportFile ?? '');
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (inputs.failOn === 'never') return;
  if (errors > 0) core.setFailed(`orglint found ${plural(errors, 'error')}`);
  else if (inputs.failOn === 'warning' && warnings > 0) core.setFailed(`orglint found ${plural(warnings, 'warning')} (fail-on: warning)`);
  else if (inputs.maxWarnings >= 0 && warnings > inputs.maxWarnings) {
    core.setFailed(`orglint found ${plural(warnings, 'warning')}, more than max-warnings ${inputs.maxWarnings}`);
  }
}

/** The stylish report in the log, between stop-commands markers: file contents must not act as workflow commands. */
function logFindings(input: FormatInput): void {
  const token = randomBytes(16).toString('hex');
  core.info(`::stop-commands::${token}`);
  core.info(stylish(input).trimEnd());
  core.info(`::${token}::`);
}

/** One annotation per finding, most severe first, positioned on the file relative to the repository root. */
function annotate(input: FormatInput): void {
  const root = repoRoot(input.cwd);
  const ordered = bySeverity(input.findings);
  for (const f of ordered.slice(0, MAX_ANNOTATIONS)) {
    const props: core.AnnotationProperties = { title: f.ruleId, file: repoPath(f.file, root) };
    if (f.line >= 1) {
      props.startLine = f.line;
      props.endLine = Math.max(f.endLine, f.line);
      if (f.endLine <= f.line && f.column >= 1) {
        props.startColumn = f.column;
        props.endColumn = Math.max(f.endColumn, f.column);
      }
    }
    if (f.severity === 'error') core.error(f.message, props);
    else if (f.severity === 'warning') core.warning(f.message, props);
    else core.notice(f.message, props);
  }
  if (ordered.length > MAX_ANNOTATIONS) core.info(`${ordered.length - MAX_ANNOTATIONS} more findings are not annotated: the job summary lists them`);
}

async function writeReport(cwd: string, file: string, text: string): Promise<void> {
  const abs = path.resolve(cwd, file);
  // (sarif-file, report-file in the checkout: never written through a link out of the repository, outputs.ts)
  const through = linkedOutput(abs, cwd);
  if (through) throw new UsageError(`cannot write ${file}: ${through}`);
  try {
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFileAtomic(abs, text);
  } catch (err) {
    throw new UsageError(`cannot write ${file}: ${(err as Error).message}`);
  }
}

/** Why orglint could not run, as the failure message (no stack trace unless ORGLINT_DEBUG is set). */
function failure(err: unknown): string {
  if (err instanceof ConfigError) return `orglint: config error: ${err.display}`;
  if (err instanceof UsageError || err instanceof MissingPathError) return `orglint: ${err.message}`;
  const e = err as Error;
  return `orglint: internal error: ${e?.message ?? String(err)}${process.env.ORGLINT_DEBUG ? `\n${e?.stack ?? ''}` : ''}`;
}

/** The job summary of a run that could not lint: the reason, so the failed step explains itself. */
async function summarizeFailure(message: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const lines = message.split('\n').map((l) => `> ${mdText(l.replace(/^orglint: /, ''))}`);
  await core.summary.addRaw(['## orglint: ❌ could not run', '', ...lines, ''].join('\n')).write({ overwrite: false });
}

try {
  await run();
} catch (err) {
  const message = failure(err);
  await summarizeFailure(message).catch(() => undefined);
  core.setFailed(message);
}
