/**
 * orglint's programmatic API (the package's `import … from 'orglint'`; types in types/index.d.ts): lint paths and
 * get the JSON report `orglint -f json` prints, render a report in any output format, declare rules.
 */
import path from 'node:path';
import { checkedResources } from './formatters/checked-resources';
import { FORMATTERS, type FormatInput } from './formatters/index';
import { jsonReport } from './formatters/json';
import { lintPaths } from './engine/lint';
import type { ResourceType, SeverityOrOff } from './rule-api/types';
import type { Summary } from './engine/finding';
import { parseRuleFlags, resolveConfig, rulesOf, skippedNotes } from './cli/lint-command';
import type { Config } from './config/load-config';
import type { LintResult } from './engine/lint';
import type { CliIO } from './cli/io';
import { version } from '../package.json';

/** The version of this orglint. */
export { version };

export interface LintOptions {
  /** the folder paths are relative to and the config is looked for from (default: `process.cwd()`) */
  cwd?: string;
  /** a config file, as `--config` (default: the nearest .orglint.yaml/.yml/.json upward from `cwd`) */
  config?: string;
  /** rule severities, as `--rule ID=SEVERITY`: over the config's */
  rules?: Record<string, SeverityOrOff | 'warn' | 0 | 1 | 2>;
  /** a keywords file, as `--keywords` */
  keywords?: string;
  /** false loads no plugin code named by the config, as `--no-plugins` (default: true, as the CLI) */
  plugins?: boolean;
}

/** A finding as the JSON report shows it. */
export interface JsonFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  path: string;
  resource: { type: ResourceType; name: string } | null;
  fix: { safety: 'safe' | 'unsafe'; description: string } | null;
  alternativeFixes?: { safety: 'safe' | 'unsafe'; description: string }[];
  predictedResponse?: { status: number; errorCode?: string };
}

/** The JSON report: the object `orglint -f json` prints (version 1 of the contract). */
export interface LintReport {
  version: 1;
  tool: { name: 'orglint'; version: string };
  summary: Summary;
  findings: JsonFinding[];
  baselineHidden?: number;
  /** rules that did not run on some tenant, or could not decide, because an input was unknown */
  skippedRules?: { ruleId: string; reason: string; tenants: string[] }[];
}

/** The output formats `format()` (and `-f`) know. */
export const FORMAT_NAMES = Object.keys(FORMATTERS) as readonly string[];

/** What each report lint() returned was made from, for format(); the report itself stays plain data. */
interface Made {
  input: Omit<FormatInput, 'color'>;
  result: LintResult;
  config: Config;
  cliRules: Record<string, SeverityOrOff>;
}
const made = new WeakMap<LintReport, Made>();

/**
 * Lint files and folders as `orglint PATHS -f json` does, and return that report. Rejects with the message the
 * CLI prints before exiting 2 (a bad config, a missing path); findings, parse errors included, are in the report.
 */
export async function lint(paths: readonly string[], options: LintOptions = {}): Promise<LintReport> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const io: CliIO = { cwd, env: process.env, stdout: () => {}, stderr: () => {}, stdoutIsTTY: false, stderrIsTTY: false };
  const config = await resolveConfig(io, options.config, options.keywords, { plugins: options.plugins !== false });
  const rules = rulesOf(config);
  const cliRules = parseRuleFlags(Object.entries(options.rules ?? {}).map(([id, s]) => `${id}=${String(s)}`), rules);
  const result = await lintPaths({ cwd, paths: paths.length ? paths : ['.'], config, rules, cliRules });
  const input: Omit<FormatInput, 'color'> = {
    findings: result.findings,
    summary: result.summary,
    rules,
    cwd,
    toolVersion: version,
    notes: { fixed: 0, ...skippedNotes(result.skippedRules) },
    files: result.files,
    resources: checkedResources(result),
  };
  const report = jsonReport({ ...input, color: false }) as unknown as LintReport;
  made.set(report, { input, result, config, cliRules });
  return report;
}

/**
 * Render a report lint() returned in an output format (`stylish`, `sarif`, `html`, …), as `-f NAME` prints it.
 * `color` colours the terminal formats (default: false).
 */
export async function format(report: LintReport, name: string, options: { color?: boolean } = {}): Promise<string> {
  const m = made.get(report);
  if (!m) throw new TypeError('format() takes a report that lint() returned (a report read back from JSON has lost what the formats show)');
  const load = Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : undefined;
  if (!load) throw new TypeError(`unknown format "${name}" (formats: ${FORMAT_NAMES.join(', ')})`);
  const input = { ...m.input, color: options.color === true };
  // the reports a reviewer signs carry the run's context and the login model, as the CLI gives them
  if (name === 'html' || name === 'markdown') {
    const { reportContext } = await import('./formatters/report-context');
    input.report = reportContext(m.result, m.input.findings, { cwd: m.input.cwd, config: m.config, rules: m.input.rules, cliRules: m.cliRules, env: process.env });
  }
  return (await load())(input);
}
