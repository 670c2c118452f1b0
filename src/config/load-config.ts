import { Ajv2020 } from 'ajv/dist/2020.js';
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AnyRule } from '../rule-api/define-rule';
import { didYouMean } from '../rule-api/helpers';
import type { Path, SeverityOrOff } from '../rule-api/types';
import { loadJson } from '../sources/json/json-source';
import type { KeywordMap } from '../sources/keywords';
import { DEFAULT_MAX_FILE_SIZE, readTextFile } from '../sources/read-file';
import { checkoutOf, namedFileTarget, namedLinkRefused } from '../sources/named-links';
import { loadYamlAsync } from '../sources/yaml/yaml-load';
import { lineColumn } from '../engine/positions';
import { CONFIG_KEYS, CONFIG_SCHEMA } from './schema';
import { ConfigError } from './config-error';
import { checkGlob, GlobError } from '../engine/glob';
import { loadKeywordsAndExclusions } from './keywords-file';
import { PackageBounds, packageJsonOf } from './package-bounds';
import type { DeployCliExclusions } from '../sources/deploy-cli/deploy-cli-config';
import { normalizeSeverity } from './severity';
import { BUILTIN_RULES } from '../engine/settings';
import { compilePolicy, PolicyError, type PolicySpec } from '../policies/compile';
import { resolveModule, loadPlugin } from '../policies/plugins';
import { MATCHER_SCHEMA, POLICY_SCHEMA } from '../policies/schema';

export { ConfigError };

export const CONFIG_NAMES = ['.orglint.yaml', '.orglint.yml', '.orglint.json'];

/** a config's own name, which a dot starts: a config linked to one in a dot folder (`.config/`, `.github/`) is read (named-links.ts) */
const isConfigName = (name: string): boolean => CONFIG_NAMES.includes(name) || /^\.?orglint\.(ya?ml|json)$/.test(name);

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
  /** rules the config adds: its policies, and the rules of its plugins (ids `plugin/rule`) */
  extraRules: AnyRule[];
  /** `requireDirectiveReason: true`: an orglint-disable comment without `-- reason` is a finding */
  requireDirectiveReason: boolean;
}

/**
 * The first config file found from `dir` upward, if any. The search stops at the repository root (the nearest
 * folder with `.git`): a `.orglint.yaml` planted in a folder above the checkout cannot silence its findings.
 */
export function findConfig(dir: string): string | undefined {
  let d = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const f = path.join(d, name);
      if (existsSync(f)) return f;
    }
    if (existsSync(path.join(d, '.git'))) return undefined;
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

export function defaultConfig(baseDir: string): Config {
  return { baseDir, rules: {}, ignore: [], overrides: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, payloads: [], extraRules: [], requireDirectiveReason: false };
}

let validator: ReturnType<Ajv2020['compile']> | undefined;

/** How a config is loaded: named by --config (or the Action's input), and whether plugins may run. */
export interface LoadConfigOptions {
  /** the config was named by the user (`--config`), not found by searching */
  explicit?: boolean;
  /** false: `--no-plugins` — plugins are not loaded (their rules do not run) */
  plugins?: boolean;
  /** texts to read instead of the files on disk (an editor's unsaved config buffers), by absolute path */
  texts?: ReadonlyMap<string, string>;
}

/** One config file of an `extends` chain, parsed and checked against the schema. */
interface Layer {
  file: string;
  display: string;
  raw: Record<string, unknown>;
  at: (p: Path, target?: 'key' | 'value') => { line: number; column: number };
}

const MAX_EXTENDS_DEPTH = 10;

/** Read, validate and normalise a config file and what it extends. Throws ConfigError. */
export async function loadConfig(file: string, rules: readonly AnyRule[], cwd: string, opts: LoadConfigOptions = {}): Promise<Config> {
  const layers = await readChain(file, cwd, [], opts.texts);
  const baseDir = path.dirname(file);
  const trusted = opts.explicit === true || existsSync(path.join(baseDir, '.git'));
  const extraRules = await configuredRules(layers, rules, { trusted, plugins: opts.plugins !== false, root: file, cwd });
  const known = new Map([...rules, ...extraRules].map((r) => [r.id, r]));
  const config = defaultConfig(baseDir);
  config.file = file;
  config.extraRules = extraRules;
  // with plugins off (--no-plugins, the editor), settings of their namespaced rules are kept aside, not errors
  const pluginsOff = opts.plugins === false && layers.some((l) => Array.isArray(l.raw.plugins) && l.raw.plugins.length > 0);
  for (const layer of layers) await mergeLayer(config, layer, known, cwd, pluginsOff);
  return config;
}

/** The layers in merge order: what a file extends (in order, recursively) comes before the file itself. */
// `bounded`: a config named (found, --config) or extended by path, read as a named file is (through a link only
// inside its repository); a shared config from a package, and what it extends by path, is held to the package's
// bounds instead (package-bounds.ts: pnpm links node_modules/@org/cfg into node_modules/.pnpm/)
async function readChain(file: string, cwd: string, seen: string[], texts?: ReadonlyMap<string, string>, bounded = true): Promise<Layer[]> {
  if (seen.includes(file)) throw new ConfigError(`extends goes round in a circle: ${[...seen, file].map((f) => path.relative(cwd, f) || f).join(' -> ')}`, path.relative(cwd, seen.at(-1)!) || seen.at(-1));
  if (seen.length > MAX_EXTENDS_DEPTH) throw new ConfigError(`extends is nested more than ${MAX_EXTENDS_DEPTH} deep`, path.relative(cwd, file) || file);
  const layer = await readLayer(file, cwd, texts?.get(file), bounded);
  const ext = layer.raw.extends;
  const list = ext === undefined ? [] : Array.isArray(ext) ? (ext as string[]) : [ext as string];
  const out: Layer[] = [];
  let packages: PackageBounds | undefined;
  for (const [i, spec] of list.entries()) {
    let target: string;
    const pos = layer.at(Array.isArray(ext) ? ['extends', i] : ['extends']);
    // a shared config by path is data a pull request could point anywhere: it stays inside the repository
    // (a package comes from the repository's node_modules)
    const byPath = spec.startsWith('.') || path.isAbsolute(spec);
    // (a file a package's config extends by path is the package's: held to the package's bounds, below)
    if (byPath && bounded) insideRepository(path.dirname(file), spec, 'extends', layer.display, pos, 'install a shared config as a package, or name the file with --config');
    // (a package's package.json and entry, before a byte of either is read: only inside the repository or the
    // package manager's store, whatever node_modules links to; package-bounds.ts)
    const bounds = byPath && bounded ? undefined : (packages ??= new PackageBounds(seen[0] ?? file));
    if (bounds && !byPath) {
      const manifest = packageJsonOf(spec, path.dirname(file));
      if (manifest) bounds.check(spec, manifest, layer.display, pos);
    }
    // (a folder named by path is a package too: its package.json, read to find its entry, is held to the same
    // bounds before a byte of it is read: `./sub/package.json -> ~/.credentials` was quoted by the JSON error)
    const manifestOfFolder = byPath ? folderManifest(path.resolve(path.dirname(file), spec)) : undefined;
    if (manifestOfFolder) {
      if (bounds) bounds.check(spec, manifestOfFolder, layer.display, pos);
      else insideRepository(path.dirname(file), `${spec.replace(/[\/]+$/, '')}/package.json`, 'extends', layer.display, pos, 'install a shared config as a package, or name the file with --config');
    }
    try {
      target = resolveModule(spec, path.dirname(file), 'extends');
    } catch (err) {
      const pos = layer.at(Array.isArray(ext) ? ['extends', i] : ['extends']);
      throw new ConfigError((err as Error).message, layer.display, pos.line, pos.column);
    }
    bounds?.check(spec, target, layer.display, pos);
    if (!/\.(ya?ml|json)$/i.test(target)) {
      const pos = layer.at(Array.isArray(ext) ? ['extends', i] : ['extends']);
      throw new ConfigError(`extends "${spec}" resolves to ${path.relative(cwd, target) || target}, which is not a YAML or JSON config (orglint runs no code from extends; use plugins for rules in code)`, layer.display, pos.line, pos.column);
    }
    out.push(...(await readChain(target, cwd, [...seen, file], texts, byPath && bounded)));
  }
  out.push(layer);
  return out;
}

async function readLayer(file: string, cwd: string, text?: string, bounded = true): Promise<Layer> {
  const display = path.relative(cwd, file) || file;
  // (a config found by name or given with --config is a named file: a `.orglint.json -> ~/.docker/config.json` in a
  // pull request is not read through its link, whose keys an unknown-key error would quote; named-links.ts)
  const where = text !== undefined ? undefined : bounded ? namedFileTarget(file, { hiddenName: isConfigName }) : { read: file };
  if (where && !('read' in where)) throw new ConfigError(namedLinkRefused(where).message.replace(/To lint what it leads to, name that: orglint (.*)$/s, 'To use it as the config, name that: orglint --config $1'), display);
  const read = text !== undefined ? ({ ok: true, text, bom: false } as const) : await readTextFile(where!.read);
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
    const err = pickError(validator.errors!);
    const p = pointerToPath(err.instancePath);
    if (err.keyword === 'additionalProperties') {
      const key = String(err.params.additionalProperty);
      const known = knownKeys(p);
      const hint = didYouMean(key, known);
      const pos = at([...p, key], 'key');
      throw new ConfigError(`unknown key "${key}"${hint ? `; did you mean "${hint}"?` : ''} (expected one of: ${known.join(', ')})`, display, pos.line, pos.column);
    }
    const pos = at(p);
    const what = p.length ? `"${p.join('.')}"` : 'the config';
    throw new ConfigError(`invalid value for ${what}: expected ${expectedText(p, err)}`, display, pos.line, pos.column);
  }
  return { file, display, raw: raw as Record<string, unknown>, at };
}

/** Policies and plugin rules of the whole chain. A later policy with the same id replaces an earlier one. */
async function configuredRules(
  layers: Layer[],
  builtIn: readonly AnyRule[],
  o: { trusted: boolean; plugins: boolean; root: string; cwd: string },
): Promise<AnyRule[]> {
  const builtInIds = new Set([...builtIn.map((r) => r.id), ...Object.keys(BUILTIN_RULES)]);
  const byId = new Map<string, AnyRule>();
  const pluginNames = new Map<string, string>();
  for (const layer of layers) {
    const here = new Set<string>();
    for (const [i, spec] of ((layer.raw.policies as PolicySpec[] | undefined) ?? []).entries()) {
      try {
        if (builtInIds.has(spec.id)) throw new PolicyError(`policy id "${spec.id}" is the id of a built-in rule; choose another`, ['id']);
        if (here.has(spec.id)) throw new PolicyError(`policy id "${spec.id}" is used twice in this file`, ['id']);
        here.add(spec.id);
        byId.set(spec.id, compilePolicy(spec, path.dirname(layer.file), layer.file));
      } catch (err) {
        if (!(err instanceof PolicyError)) throw err;
        const pos = layer.at(['policies', i, ...err.at], err.at.length ? 'key' : 'value');
        throw new ConfigError(err.message, layer.display, pos.line, pos.column);
      }
    }
    const plugins = (layer.raw.plugins as string[] | undefined) ?? [];
    if (!plugins.length || !o.plugins) continue;
    if (!o.trusted) {
      const pos = layer.at(['plugins']);
      throw new ConfigError(
        `plugins are code: orglint loads them only from the config at the repository root or one named by --config, and ${path.relative(o.cwd, o.root) || o.root} is neither (use --config to name it, or --no-plugins)`,
        layer.display,
        pos.line,
        pos.column,
      );
    }
    for (const [i, spec] of plugins.entries()) {
      let loaded;
      try {
        loaded = await loadPlugin(spec, path.dirname(layer.file));
      } catch (err) {
        const pos = layer.at(['plugins', i]);
        throw new ConfigError((err as Error).message, layer.display, pos.line, pos.column);
      }
      // two plugins of one name would share ids: the second would silently replace the first's rules
      const earlier = pluginNames.get(loaded.name);
      if (earlier !== undefined && earlier !== loaded.file) {
        const pos = layer.at(['plugins', i]);
        throw new ConfigError(`plugin "${spec}" is named "${loaded.name}", like another plugin of this config (${path.relative(o.cwd, earlier) || earlier}); rule ids would clash`, layer.display, pos.line, pos.column);
      }
      pluginNames.set(loaded.name, loaded.file);
      for (const rule of loaded.rules) byId.set(rule.id, rule);
    }
  }
  return [...byId.values()];
}

/** Merge one layer's settings into the config (later layers win). */
async function mergeLayer(config: Config, layer: Layer, known: Map<string, AnyRule>, cwd: string, pluginsOff: boolean): Promise<void> {
  const { raw: cfg, at, display } = layer;
  const readRules = (obj: unknown, base: Path): Record<string, RuleSetting> => {
    const out: Record<string, RuleSetting> = {};
    for (const [id, setting] of Object.entries((obj ?? {}) as Record<string, unknown>)) {
      const rule = known.get(id);
      if (!rule && pluginsOff && id.includes('/')) continue;
      if (!rule && (id === 'unused-disable-directive' || id === 'disable-directive-without-reason')) {
        out[id] = { severity: normalizeSeverity(Array.isArray(setting) ? setting[0] : setting) };
        continue;
      }
      if (!rule) {
        const hint = didYouMean(id, [...known.keys()]);
        const pos = at([...base, id], 'key');
        throw new ConfigError(`unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ''} (orglint rules lists them)`, display, pos.line, pos.column);
      }
      const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
      if (options !== undefined) checkOptions(rule, options, () => at([...base, id, 1]), display);
      out[id] = { severity: normalizeSeverity(severity), options: options as Record<string, unknown> | undefined };
    }
    return out;
  };
  // every glob is checked as written, at its line and column; a list must include something before it excludes
  const globLists: [Path, string[], unknown][] = [
    [['ignore'], config.ignore, cfg.ignore],
    [['payloads'], config.payloads, cfg.payloads],
  ];
  ((cfg.overrides as { files: unknown }[] | undefined) ?? []).forEach((o, i) => globLists.push([['overrides', i, 'files'], [], o.files]));
  for (const [p, before, list] of globLists) checkGlobs(list as string[] | undefined, before, p, at, display);
  const layerDir = path.dirname(layer.file);
  // globs are relative to the folder of the config that wrote them
  const rebase = (globs: string[]) => (layerDir === config.baseDir ? globs : globs.map((g) => rebaseGlob(g, layerDir, config.baseDir)));
  for (const [id, s] of Object.entries(readRules(cfg.rules, ['rules']))) {
    const prev = config.rules[id];
    config.rules[id] = { severity: s.severity ?? prev?.severity, options: s.options ?? prev?.options };
  }
  config.ignore.push(...rebase((cfg.ignore as string[] | undefined) ?? []));
  config.payloads.push(...rebase((cfg.payloads as string[] | undefined) ?? []));
  config.overrides.push(
    ...((cfg.overrides as { files: string[]; rules?: unknown }[] | undefined) ?? []).map((o, i) => ({
      files: rebase(o.files),
      rules: readRules(o.rules, ['overrides', i, 'rules']),
    })),
  );
  if (typeof cfg.maxFileSize === 'number') config.maxFileSize = cfg.maxFileSize;
  if (typeof cfg.requireDirectiveReason === 'boolean') config.requireDirectiveReason = cfg.requireDirectiveReason;
  if (cfg.keywords) config.keywords = { ...config.keywords, ...(cfg.keywords as KeywordMap) };
  if (typeof cfg.keywordsFile === 'string') {
    const kw = await loadKeywordsAndExclusions(insideRepository(layerDir, cfg.keywordsFile, 'keywordsFile', layer.display, layer.at(['keywordsFile'])), cwd);
    config.keywords = { ...config.keywords, ...kw.keywords, ...((cfg.keywords as KeywordMap | undefined) ?? {}) };
    if (kw.exclusions) config.exclusions = kw.exclusions;
  }
}

/**
 * Check each glob of a list (syntax and cost, see engine/glob). `before` is what earlier configs of an `extends`
 * chain put in the same list: a `!` pattern may take back what they matched, but a list of only `!` patterns
 * matches nothing.
 */
function checkGlobs(list: string[] | undefined, before: readonly string[], base: Path, at: (p: Path) => { line: number; column: number }, display: string): void {
  if (!list?.length) return;
  list.forEach((pattern, i) => {
    try {
      checkGlob(pattern);
    } catch (err) {
      if (!(err instanceof GlobError)) throw err;
      const pos = at([...base, i]);
      throw new ConfigError(`invalid glob ${JSON.stringify(pattern)} in ${base.join('.')}: ${err.message}`, display, pos.line, pos.column);
    }
  });
  if ([...before, ...list].every((p) => p.startsWith('!'))) {
    const pos = at([...base, 0]);
    throw new ConfigError(`${base.join('.')}: every pattern starts with "!", so it matches no file (a "!" pattern only takes back what an earlier one matched; start with e.g. "**")`, display, pos.line, pos.column);
  }
}

/** A glob written relative to `from`, rewritten relative to `to` (an extended config in another folder). */
function rebaseGlob(glob: string, from: string, to: string): string {
  const neg = glob.startsWith('!') ? '!' : '';
  const g = neg ? glob.slice(1) : glob;
  const rel = path.relative(to, from).split(path.sep).join('/');
  // a pattern without a slash matches a base name at any depth below its own folder
  const body = g.includes('/') ? g.replace(/^\.\//, '') : `**/${g}`;
  return `${neg}${rel ? `${rel}/` : ''}${body}`;
}

/** ajv reports every branch of a oneOf: show the one deepest in the document, the most specific. */
function pickError(errors: NonNullable<ReturnType<Ajv2020['compile']>['errors']>) {
  const depth = (e: (typeof errors)[number]) => e.instancePath.split('/').length;
  const deepest = Math.max(...errors.map(depth));
  const list = errors.filter((e) => depth(e) === deepest);
  return list.find((e) => e.keyword === 'additionalProperties') ?? list.find((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf') ?? list[0];
}

function knownKeys(p: Path): string[] {
  if (p.length === 0) return CONFIG_KEYS;
  if (p[0] === 'policies' && p.length === 2) return Object.keys(POLICY_SCHEMA.properties);
  if (p[0] === 'policies' && p[2] === 'fix') return Object.keys(POLICY_SCHEMA.properties.fix.properties);
  if (p[0] === 'policies') return Object.keys(MATCHER_SCHEMA.oneOf[2].properties);
  return ['files', 'rules'];
}

function expectedText(p: Path, err: { message?: string; keyword: string; params: Record<string, unknown> }): string {
  if (p.at(-2) === 'rules' || (p.at(-3) === 'rules' && p.at(-1) === 0)) return 'off, info, warning (or warn), error, or [severity, {options}]';
  if (p[0] === 'policies' && (p[2] === 'where' || p[2] === 'require' || p[2] === 'forbid') && p.length >= 4) {
    return `a value, a list of values, or one of { pattern }, { notPattern }, { exists }, { contains }, { not }`;
  }
  const missing = err.keyword === 'required' ? String(err.params.missingProperty) : undefined;
  if (p[0] === 'policies' && p.length === 2 && (err.keyword === 'anyOf' || missing === 'require' || missing === 'forbid')) return 'a "require" or a "forbid" entry';
  if (missing) return `a "${missing}" entry`;
  return err.message ?? 'something else';
}

/** The package.json of a folder `extends` names by path (resolveModule reads it for the entry), if there is one. */
function folderManifest(dir: string): string | undefined {
  try {
    if (!statSync(dir).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  const manifest = path.join(dir, 'package.json');
  return existsSync(manifest) ? manifest : undefined;
}

/**
 * A path a config names, resolved from the config's folder; it must stay inside the repository holding the
 * config (or, outside a checkout, the config's folder), links resolved: a config from a pull request must not
 * read `../../` or `/etc` files whose values would come back in findings.
 */
function insideRepository(
  baseDir: string,
  value: string,
  key: string,
  display: string,
  pos: { line: number; column: number },
  hint = 'use --keywords FILE on the command line for another file',
): string {
  // (the repository by named-links' rule, as a named file's: never a checkout a link below the current folder leads to)
  const repo = checkoutOf(baseDir);
  const root = repo ?? baseDir;
  const file = path.resolve(baseDir, value);
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  const rel = path.relative(real(root), real(file));
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    const where = repo ? 'the repository' : "the config's folder";
    throw new ConfigError(`${key} "${value}" is outside ${where} (${root}); config paths must stay inside it (${hint})`, display, pos.line, pos.column);
  }
  return file;
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
