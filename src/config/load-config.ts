import { Ajv2020 } from 'ajv/dist/2020.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AnyRule } from '../rule-api/define-rule';
import { didYouMean } from '../rule-api/helpers';
import type { Path, SeverityOrOff } from '../rule-api/types';
import { loadJson } from '../sources/json-source';
import type { KeywordMap } from '../sources/keywords';
import { DEFAULT_MAX_FILE_SIZE, readTextFile } from '../sources/read-file';
import { loadYamlAsync } from '../sources/yaml-fast';
import { lineColumn } from '../engine/positions';
import { CONFIG_KEYS, CONFIG_SCHEMA } from './schema';
import { ConfigError } from './config-error';
import { loadKeywordsAndExclusions } from './keywords-file';
import type { DeployCliExclusions } from '../sources/deploy-cli-config';

export { ConfigError };

export const CONFIG_NAMES = ['.orglint.yaml', '.orglint.yml', '.orglint.json'];

/** A setting for one rule: severity and options. */
export interface RuleSetting {
  severity?: SeverityOrOff;
  options?: Record<string, unknown>;
}

/** The configuration as orglint uses it. */
export interface Config {
  /** the config file, when there is one */
  file?: string;
  /** folder that `ignore`, `overrides` and `payloads` globs are relative to */
  baseDir: string;
  rules: Record<string, RuleSetting>;
  ignore: string[];
  keywords?: KeywordMap;
  /** what deploy-cli's config (the keywords file) leaves out of management: those types are unknown */
  exclusions?: DeployCliExclusions;
  overrides: { files: string[]; rules: Record<string, RuleSetting> }[];
  maxFileSize: number;
  payloads: string[];
}

/** The first config file found from `dir` upward, if any. */
export function findConfig(dir: string): string | undefined {
  let d = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const f = path.join(d, name);
      if (existsSync(f)) return f;
    }
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

export function defaultConfig(baseDir: string): Config {
  return { baseDir, rules: {}, ignore: [], overrides: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, payloads: [] };
}

let validator: ReturnType<Ajv2020['compile']> | undefined;

/** Read, validate and normalise a config file. Throws ConfigError. */
export async function loadConfig(file: string, rules: readonly AnyRule[], cwd: string): Promise<Config> {
  const display = path.relative(cwd, file) || file;
  const read = await readTextFile(file);
  if (!read.ok) throw new ConfigError(read.message, display);
  const doc = /\.json$/i.test(file) ? loadJson(file, read.text, read.bom) : await loadYamlAsync(file, read.text, read.bom);
  const at = (p: Path, target: 'key' | 'value' = 'value') => {
    const span = doc.locate(p, target);
    return span ? lineColumn(doc, span.start) : { line: 1, column: 1 };
  };
  if (doc.problems.length) {
    const pos = lineColumn(doc, doc.problems[0].span.start);
    throw new ConfigError(doc.problems[0].message, display, pos.line, pos.column);
  }
  const raw = doc.value ?? {};
  validator ??= new Ajv2020({ allErrors: true, strict: false }).compile(CONFIG_SCHEMA);
  if (!validator(raw)) {
    const err = validator.errors![0];
    const p = pointerToPath(err.instancePath);
    if (err.keyword === 'additionalProperties') {
      const key = String(err.params.additionalProperty);
      const known = p.length === 0 ? CONFIG_KEYS : ['files', 'rules'];
      const hint = didYouMean(key, known);
      const pos = at([...p, key], 'key');
      throw new ConfigError(`unknown key "${key}"${hint ? `; did you mean "${hint}"?` : ''} (expected one of: ${known.join(', ')})`, display, pos.line, pos.column);
    }
    const pos = at(p);
    const what = p.length ? `"${p.join('.')}"` : 'the config';
    const expected = p.at(-2) === 'rules' ? 'off, info, warning, error, or [severity, {options}]' : err.message;
    throw new ConfigError(`invalid value for ${what}: expected ${expected}`, display, pos.line, pos.column);
  }
  const cfg = raw as Record<string, unknown>;
  const baseDir = path.dirname(file);
  const config = defaultConfig(baseDir);
  config.file = file;
  const known = new Map(rules.map((r) => [r.id, r]));
  const readRules = (obj: unknown, base: Path): Record<string, RuleSetting> => {
    const out: Record<string, RuleSetting> = {};
    for (const [id, setting] of Object.entries((obj ?? {}) as Record<string, unknown>)) {
      const rule = known.get(id);
      if (!rule && id === 'unused-disable-directive') {
        out[id] = { severity: (Array.isArray(setting) ? setting[0] : setting) as SeverityOrOff };
        continue;
      }
      if (!rule) {
        const hint = didYouMean(id, [...known.keys()]);
        const pos = at([...base, id], 'key');
        throw new ConfigError(`unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ''} (orglint rules lists them)`, display, pos.line, pos.column);
      }
      const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
      if (options !== undefined) checkOptions(rule, options, () => at([...base, id, 1]), display);
      out[id] = { severity: severity as SeverityOrOff, options: options as Record<string, unknown> | undefined };
    }
    return out;
  };
  config.rules = readRules(cfg.rules, ['rules']);
  config.ignore = (cfg.ignore as string[] | undefined) ?? [];
  config.payloads = (cfg.payloads as string[] | undefined) ?? [];
  config.overrides = ((cfg.overrides as { files: string[]; rules?: unknown }[] | undefined) ?? []).map((o, i) => ({
    files: o.files,
    rules: readRules(o.rules, ['overrides', i, 'rules']),
  }));
  if (typeof cfg.maxFileSize === 'number') config.maxFileSize = cfg.maxFileSize;
  if (cfg.keywords) config.keywords = cfg.keywords as KeywordMap;
  if (typeof cfg.keywordsFile === 'string') {
    const kw = await loadKeywordsAndExclusions(path.resolve(baseDir, cfg.keywordsFile), cwd);
    config.keywords = { ...kw.keywords, ...config.keywords };
    if (kw.exclusions) config.exclusions = kw.exclusions;
  }
  return config;
}

const optionValidators = new Map<string, ReturnType<Ajv2020['compile']>>();

/** Validate a rule's options against its schema; throws ConfigError naming where. */
export function checkOptions(rule: AnyRule, options: unknown, where: () => { line: number; column: number }, display: string): void {
  const schema = rule.optionsSchema ?? { type: 'object', additionalProperties: false, properties: {} };
  let validate = optionValidators.get(rule.id);
  if (!validate) {
    validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    optionValidators.set(rule.id, validate);
  }
  if (!validate(options)) {
    const e = validate.errors![0];
    const pos = where();
    const detail =
      e.keyword === 'additionalProperties'
        ? `unknown option "${String(e.params.additionalProperty)}" (known: ${Object.keys((schema.properties as object) ?? {}).join(', ') || 'none'})`
        : `option ${e.instancePath.slice(1) || 'value'} ${e.message}`;
    throw new ConfigError(`invalid options for rule "${rule.id}": ${detail}`, display, pos.line, pos.column);
  }
}

function pointerToPath(pointer: string): Path {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
