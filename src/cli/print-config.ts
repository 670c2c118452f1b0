import path from 'node:path';
import type { Config } from '../config/load-config';
import { globMatcher } from '../engine/glob';
import { BUILTIN_RULES, RuleSettings } from '../engine/settings';
import { displayPath } from '../formatters/types';
import type { SeverityOrOff } from '../rule-api/types';
import { payloadFileMatcher } from '../sources/payload/payload';
import type { AnyRule } from '../rule-api/define-rule';

/**
 * `orglint --print-config FILE`: the settings orglint applies to FILE, as JSON (ESLint's `--print-config`): every
 * rule as `[severity]` or `[severity, options]` after the config's `rules`, its matching `overrides` and `--rule`;
 * whether FILE is ignored or read as a PATCH body; the config file it came from. Keyword values can be secrets (a
 * deploy-cli mapping often holds client secrets): only their names are shown.
 */
export function printConfig(file: string, config: Config, rules: readonly AnyRule[], cliRules: Record<string, SeverityOrOff>, cwd: string): string {
  const abs = path.resolve(cwd, file);
  const settings = new RuleSettings(config, rules, cliRules);
  const out: Record<string, [SeverityOrOff] | [SeverityOrOff, Record<string, unknown>]> = {};
  for (const id of [...rules.map((r) => r.id), ...Object.keys(BUILTIN_RULES)].sort()) {
    const s = settings.get(id, abs);
    out[id] = Object.keys(s.options).length ? [s.severity, s.options] : [s.severity];
  }
  const rel = path.relative(config.baseDir, abs).split(path.sep).join('/');
  const printed = {
    file: displayPath(abs, cwd),
    configFile: config.file ? displayPath(config.file, cwd) : null,
    ignored: config.ignore.length > 0 && globMatcher(config.ignore)(rel),
    payload: /\.patch\.json$/i.test(abs) || (/\.json$/i.test(abs) && payloadFileMatcher(config.payloads, config.baseDir)?.(abs) === true),
    maxFileSize: config.maxFileSize,
    keywords: Object.keys(config.keywords ?? {}).sort(),
    rules: out,
  };
  return JSON.stringify(printed, null, 2) + '\n';
}
