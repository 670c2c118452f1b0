/**
 * Plugins: modules of code rules written with `defineRule`, named by the config's `plugins:`. A plugin is code
 * that runs with orglint's rights, so the config decides only where it may come from (see load-config.ts), and
 * a rule that throws becomes a finding instead of ending the run.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyRule, Report, RuleContext } from '../rule-api/define-rule';
import type { Resource } from '../rule-api/resource';
import type { ConfiguredRule } from './compile';

export interface LoadedPlugin {
  name: string;
  file: string;
  rules: ConfiguredRule[];
}

const NAME = /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/;
const RULE_ID = /^[a-z0-9][a-z0-9-]*$/;
const SEVERITIES = ['error', 'warning', 'info'];
const SCOPES = ['client', 'clientGrant', 'organization', 'tenant'];
const CRASH = 'orglint/plugin-error';
/** a package.json larger than this is no package's manifest (1 MiB) */
const MAX_PACKAGE_JSON = 1024 * 1024;

/** A plugin or shareable config that cannot be used; the config loader shows it at the entry naming it. */
export class PluginError extends Error {}

/** Find a plugin or shareable config: a path relative to `fromDir`, or a package in a node_modules above it. */
export function resolveModule(spec: string, fromDir: string, what: string): string {
  if (spec.startsWith('.') || path.isAbsolute(spec)) {
    const file = path.resolve(fromDir, spec);
    if (!existsSync(file)) throw new PluginError(`${what} "${spec}" not found (looked for ${file})`);
    if (statSync(file).isDirectory()) return packageEntry(file, spec, what);
    return file;
  }
  if (!NAME.test(spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/'))) throw new PluginError(`${what} "${spec}" is not a package name or a path`);
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const pkgDir = path.join(dir, 'node_modules', spec);
    if (existsSync(path.join(pkgDir, 'package.json'))) return packageEntry(pkgDir, spec, what);
    if (path.dirname(dir) === dir) break;
  }
  throw new PluginError(`${what} "${spec}" not found: no node_modules/${spec} in ${fromDir} or a folder above it (npm install it)`);
}

/** A package folder's entry file: `exports["."]` (import or default condition), `main`, or index.js. */
function packageEntry(dir: string, spec: string, what: string): string {
  const pkgFile = path.join(dir, 'package.json');
  let entry = 'index.js';
  if (existsSync(pkgFile)) {
    // (a FIFO hung the run for ever, /dev/zero filled memory; a JSON error quoted the file's first characters)
    const st = statSync(pkgFile);
    if (!st.isFile()) throw new PluginError(`${what} "${spec}": its package.json is not a regular file (a FIFO, socket or device)`);
    if (st.size > MAX_PACKAGE_JSON) throw new PluginError(`${what} "${spec}": its package.json is larger than ${MAX_PACKAGE_JSON} bytes`);
    let pkg: { exports?: unknown; main?: string };
    try {
      pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports?: unknown; main?: string };
    } catch {
      throw new PluginError(`${what} "${spec}": its package.json is not valid JSON`);
    }
    const dot = typeof pkg.exports === 'string' || Array.isArray(pkg.exports) ? pkg.exports : (pkg.exports as Record<string, unknown> | undefined)?.['.'] ?? pkg.exports;
    const pick = (e: unknown): string | undefined => {
      if (typeof e === 'string') return e;
      if (e && typeof e === 'object' && !Array.isArray(e)) {
        const o = e as Record<string, unknown>;
        return pick(o.import ?? o.node ?? o.default ?? o.require);
      }
      return undefined;
    };
    entry = pick(dot) ?? pkg.main ?? entry;
  }
  const file = path.resolve(dir, entry);
  if (!file.startsWith(dir + path.sep)) throw new PluginError(`${what} "${spec}": its package entry points outside the package`);
  if (!existsSync(file)) throw new PluginError(`${what} "${spec}": its entry ${entry} does not exist`);
  return file;
}

/** Import a plugin and check its shape; rule ids become `name/id`. Throws an Error with a message for the user. */
export async function loadPlugin(spec: string, fromDir: string): Promise<LoadedPlugin> {
  const file = resolveModule(spec, fromDir, 'plugin');
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (err) {
    throw new PluginError(`plugin "${spec}" could not be loaded: ${(err as Error).message}`);
  }
  const plugin = (mod.default ?? mod) as { name?: unknown; rules?: unknown };
  if (!plugin || typeof plugin !== 'object') throw new PluginError(`plugin "${spec}": its default export must be { name, rules: [...] }`);
  const name = plugin.name;
  if (typeof name !== 'string' || !NAME.test(name)) throw new PluginError(`plugin "${spec}": "name" must be a lower-case package-like name (got ${JSON.stringify(name)})`);
  if (!Array.isArray(plugin.rules)) throw new PluginError(`plugin "${spec}" (${name}): "rules" must be an array of rules made with defineRule`);
  const seen = new Set<string>();
  const rules = plugin.rules.map((r, i) => {
    const rule = checkRule(r, `plugin "${spec}" (${name}) rule #${i + 1}`);
    if (seen.has(rule.id)) throw new PluginError(`plugin "${spec}" (${name}): rule id "${rule.id}" is defined twice`);
    seen.add(rule.id);
    return wrap(rule, name, file);
  });
  return { name, file, rules };
}

function checkRule(r: unknown, where: string): AnyRule {
  const rule = r as Partial<AnyRule> | null;
  if (!rule || typeof rule !== 'object') throw new PluginError(`${where}: not an object`);
  if (typeof rule.id !== 'string' || !RULE_ID.test(rule.id)) throw new PluginError(`${where}: "id" must be lower-case letters, digits and - (got ${JSON.stringify(rule.id)})`);
  const meta = rule.meta as Partial<AnyRule['meta']> | undefined;
  const label = `${where} "${rule.id}"`;
  if (!meta || typeof meta !== 'object') throw new PluginError(`${label}: "meta" is missing`);
  if (typeof meta.description !== 'string' || !meta.description) throw new PluginError(`${label}: meta.description must be a non-empty string`);
  if (!SEVERITIES.includes(meta.severity as string)) throw new PluginError(`${label}: meta.severity must be one of ${SEVERITIES.join(', ')}`);
  if (!SCOPES.includes(meta.scope as string)) throw new PluginError(`${label}: meta.scope must be one of ${SCOPES.join(', ')}`);
  if (typeof rule.check !== 'function') throw new PluginError(`${label}: "check" must be a function`);
  if (!rule.messages || typeof rule.messages !== 'object') throw new PluginError(`${label}: "messages" must be an object of message templates`);
  return {
    ...(rule as AnyRule),
    // (origins lets the engine skip a built-in rule; a plugin's rule always runs, a mistyped source cannot silence it)
    meta: { ...(meta as AnyRule['meta']), fixable: meta.fixable ?? [], source: meta.source ?? '', origins: undefined },
    defaultOptions: rule.defaultOptions ?? {},
  };
}

/** Namespace the id, and turn an exception in the rule into a finding that names plugin and rule. */
function wrap(rule: AnyRule, plugin: string, file: string): ConfiguredRule {
  const id = `${plugin}/${rule.id}`;
  const check = rule.check;
  return {
    ...rule,
    id,
    messages: { ...rule.messages, [CRASH]: 'plugin {{plugin}}: rule {{rule}} threw an error, so it checked nothing here: {{error}}' },
    check(ctx: RuleContext<Record<string, unknown>>) {
      const crash = (err: unknown) => {
        const target: Resource | undefined = ctx.resource ?? ctx.tenant.clients[0] ?? ctx.tenant.clientGrants[0] ?? ctx.tenant.organizations[0];
        if (!target) return;
        ctx.report({ messageId: CRASH, data: { plugin, rule: id, error: errorText(err) }, severity: 'error', ...(ctx.resource ? {} : { resource: target }) });
      };
      // the rule sees the tenant read-only (one plugin must not hide resources from the rules after it), and may
      // report only while its check runs: a report from a callback that fires later is dropped
      let open = true;
      const view = Object.create(ctx) as RuleContext<Record<string, unknown>>;
      Object.defineProperties(view, {
        tenant: { value: readOnly(ctx.tenant) },
        resource: { value: ctx.resource && readOnly(ctx.resource) },
        options: { value: readOnly(ctx.options) },
        report: { value: (r: Report) => { if (open) ctx.report(plainReport(r)); } },
      });
      try {
        const out = check.call(rule, view) as unknown;
        if (out && typeof (out as Promise<unknown>).then === 'function') {
          (out as Promise<unknown>).then(undefined, () => undefined);
          crash(new Error('check returned a Promise: rules run synchronously, so nothing it reports after an await is seen'));
        }
      } catch (err) {
        crash(err);
      } finally {
        open = false;
      }
    },
    provenance: { kind: 'plugin', file, plugin },
  };
}

/** An exception as text, whatever was thrown (an object whose toString throws, a Symbol, null). */
function errorText(err: unknown): string {
  try {
    return err instanceof Error ? String(err.message) : String(err);
  } catch {
    return 'a value that cannot be shown';
  }
}

const views = new WeakMap<object, object>();
const targets = new WeakMap<object, object>();
const FROZEN: ProxyHandler<object> = {
  get(t, key, receiver) {
    const v = Reflect.get(t, key, receiver === views.get(t) ? t : receiver) as unknown;
    if (v === null || typeof v !== 'object') return v;
    // a proxy must answer a frozen property with its very value
    if (!Object.isExtensible(t) && Object.getOwnPropertyDescriptor(t, key)?.configurable === false) return v;
    return readOnly(v);
  },
  set(_t, key) {
    throw new TypeError(`a plugin rule may not change the tenant (it set "${String(key)}")`);
  },
  deleteProperty(_t, key) {
    throw new TypeError(`a plugin rule may not change the tenant (it deleted "${String(key)}")`);
  },
  defineProperty(_t, key) {
    throw new TypeError(`a plugin rule may not change the tenant (it defined "${String(key)}")`);
  },
  setPrototypeOf() {
    throw new TypeError('a plugin rule may not change the tenant');
  },
};

/** A read-only view of plain objects and arrays (other objects, such as a parsed document, are left as they are). */
function readOnly<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return value;
  let v = views.get(value);
  if (!v) {
    v = new Proxy(value, FROZEN);
    views.set(value, v);
    targets.set(v, value);
  }
  return v as T;
}

/**
 * A plugin's report as plain data: its fixes and predicted answer hold only what a worker thread can send back
 * (a function or a Symbol is left out, as JSON leaves it out), and a severity that is none of error, warning,
 * info is ignored (the rule's own is used). Without this, `--threads 2` failed a run `--threads 1` passed.
 */
function plainReport(r: Report): Report {
  const out: Report = { ...r, ...(r.resource ? { resource: unwrap(r.resource) } : {}) };
  if (r.severity !== undefined && !SEVERITIES.includes(r.severity as string)) delete out.severity;
  if (r.fix !== undefined) out.fix = plainData(r.fix) as Report['fix'];
  if (r.alternatives !== undefined) out.alternatives = plainData(r.alternatives) as Report['alternatives'];
  if (r.predictedResponse !== undefined) out.predictedResponse = plainData(r.predictedResponse) as Report['predictedResponse'];
  return out;
}

/** A copy without functions or Symbols (cycles and BigInts kept: they clone, and JSON reports them as before). */
function plainData(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value === null || typeof value !== 'object') return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const v of value) out.push(plainData(v, seen));
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    // a Date, a Map, a class instance: as a worker would send it, or left out when it cannot be sent
    try {
      return structuredClone(value);
    } catch {
      return undefined;
    }
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [k, v] of Object.entries(value)) {
    const p = plainData(v, seen);
    if (p !== undefined) out[k] = p;
  }
  return out;
}

function unwrap<T extends object>(value: T): T {
  return (targets.get(value) as T | undefined) ?? value;
}
