import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultConfig, type Config } from '../../src/config/load-config';
import { lintPaths, type LintResult } from '../../src/engine/lint';
import { fixPaths } from '../../src/fix/run-fixes';
import { compact } from '../../src/formatters/compact';
import type { FixSafety, SeverityOrOff } from '../../src/rule-api/types';
import { RULES } from '../../rules/index';

export const ROOT = path.resolve(__dirname, '../..');

/** Lint paths in-process with every rule and the default config (or the one given). */
export async function lint(
  paths: string[],
  opts: { cwd?: string; config?: Partial<Config>; rules?: Record<string, SeverityOrOff> } = {},
): Promise<LintResult> {
  const cwd = opts.cwd ?? ROOT;
  return lintPaths({ cwd, paths, config: { ...defaultConfig(cwd), ...opts.config }, rules: RULES, cliRules: opts.rules });
}

/** Fix paths in memory; returns the new texts by file and what is left. */
export async function fix(paths: string[], mode: FixSafety, opts: { cwd?: string; config?: Partial<Config> } = {}) {
  const cwd = opts.cwd ?? ROOT;
  return fixPaths({ cwd, paths, config: { ...defaultConfig(cwd), ...opts.config }, rules: RULES }, mode);
}

/** Compact lines (`file:line:col: severity: message [rule]`) relative to `cwd`. */
export function compactLines(result: LintResult, cwd = ROOT): string[] {
  return compact({ findings: result.findings, summary: result.summary, rules: RULES, cwd, color: false, toolVersion: 'test' })
    .split('\n')
    .filter(Boolean);
}

/** A fresh temporary folder holding the given files (relative path → text). */
export function tempTree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'orglint-test-'));
  for (const [rel, text] of Object.entries(files)) {
    const f = path.join(dir, rel);
    mkdirSync(path.dirname(f), { recursive: true });
    writeFileSync(f, text);
  }
  return dir;
}

/** Lint a single YAML text as a tenant.yaml in a temp folder. */
export async function lintYaml(text: string, opts: Parameters<typeof lint>[1] = {}): Promise<LintResult> {
  const dir = tempTree({ 'tenant.yaml': text });
  return lint([path.join(dir, 'tenant.yaml')], { cwd: dir, ...opts });
}
