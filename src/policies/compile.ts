/**
 * A declarative policy from the config, turned into a rule like the built-in ones: it runs in the same engine,
 * so its findings have exact positions, fixes, suppressions, the baseline, `--rule` and every output format.
 */
import path from 'node:path';
import { defineRule, type AnyRule, type Report } from '../rule-api/define-rule';
import type { Resource } from '../rule-api/resource';
import type { Fix, FixOp, FixSafety, Path, ResourceType, Severity } from '../rule-api/types';
import { checkGlob, GlobError, globMatcher } from '../engine/glob';
import { compileMatcher, readField, type FieldValue, type Matcher, type Verdict } from './matchers';
import type { PolicyResource } from './schema';

/** A policy as written in the config (already checked against POLICY_SCHEMA). */
export interface PolicySpec {
  id: string;
  description?: string;
  severity?: Severity | 'warn';
  files?: string[];
  resource: PolicyResource;
  where?: Record<string, unknown>;
  require?: Record<string, unknown>;
  forbid?: Record<string, unknown>;
  message?: string;
  docs?: string;
  fix?: { set?: Record<string, unknown>; remove?: string[]; safety?: FixSafety };
}

/** Where a rule that is not built in came from (shown by `orglint rules` and `explain`). */
export interface RuleProvenance {
  kind: 'policy' | 'plugin';
  /** the config file (policy) or module (plugin) */
  file: string;
  plugin?: string;
  docs?: string;
  spec?: PolicySpec;
}

/** A rule with its provenance, for rules that come from a config. */
export type ConfiguredRule = AnyRule & { provenance: RuleProvenance };

/** A compile problem, with the path inside the policy where it is. */
export class PolicyError extends Error {
  constructor(
    message: string,
    readonly at: Path,
  ) {
    super(message);
  }
}

const SCOPE: Record<PolicyResource, ResourceType> = {
  client: 'client',
  clientGrant: 'clientGrant',
  organization: 'organization',
  organizationConnection: 'organization',
};

interface Entry {
  field: string;
  keys: string[];
  match: Matcher;
  spec: unknown;
}

/** One thing a policy looks at: a resource, or one connection of an organization. */
interface Target {
  value: Record<string, unknown>;
  prefix: Path;
  name: string;
}

/** A policy's `files` globs, checked as the config's are (syntax, cost, a list of only `!` patterns). */
function policyGlobs(files: string[]): (rel: string) => boolean {
  files.forEach((g, i) => {
    try {
      checkGlob(g);
    } catch (err) {
      if (err instanceof GlobError) throw new PolicyError(`invalid glob ${JSON.stringify(g)} in files: ${err.message}`, ['files', i]);
      throw err;
    }
  });
  if (files.length && files.every((g) => g.startsWith('!'))) throw new PolicyError('files: every pattern starts with "!", so it matches no file (start with e.g. "**")', ['files', 0]);
  return globMatcher(files);
}

/** Compile a policy into a rule. `baseDir` is the folder its `files` globs are relative to. */
export function compilePolicy(spec: PolicySpec, baseDir: string, configFile: string): ConfiguredRule {
  const entries = (key: 'where' | 'require' | 'forbid'): Entry[] =>
    Object.entries(spec[key] ?? {}).map(([field, m]) => {
      try {
        return { field, keys: field.split('.'), match: compileMatcher(m), spec: m };
      } catch (err) {
        throw new PolicyError(`invalid matcher for "${field}": ${(err as Error).message}`, [key, field]);
      }
    });
  const where = entries('where');
  const require = entries('require');
  const forbid = entries('forbid');
  spec.files?.forEach((g, i) => {
    // globs are matched against paths relative to the config's folder: an absolute one never matches, and the
    // policy would be off without a word
    if (path.isAbsolute(g.replace(/^!/, '')) || /^[A-Za-z]:[\\/]/.test(g.replace(/^!/, ''))) {
      throw new PolicyError(`files glob "${g}" is an absolute path, which never matches: globs are relative to the config's folder`, ['files', i]);
    }
  });
  const inFiles = spec.files ? policyGlobs(spec.files) : undefined;
  const fileHits = new Map<string, boolean>();
  const severity: Severity = spec.severity === 'warn' ? 'warning' : (spec.severity ?? 'error');
  const safety: FixSafety = spec.fix?.safety ?? 'unsafe';
  const type = spec.resource;

  const rule = defineRule({
    id: spec.id,
    meta: {
      description: spec.description ?? `team policy ${spec.id}`,
      severity,
      fixable: spec.fix ? [safety] : [],
      scope: SCOPE[type],
      source: spec.docs && /^https?:\/\//.test(spec.docs) ? spec.docs : `policy in ${path.basename(configFile)}`,
    },
    defaultOptions: {},
    messages: { violation: '{{text}}' },
    check(ctx) {
      const resource = ctx.resource;
      if (inFiles) {
        let hit = fileHits.get(resource.doc.file);
        if (hit === undefined) fileHits.set(resource.doc.file, (hit = inFiles(relativeFile(resource, baseDir))));
        if (!hit) return;
      }
      for (const target of targets(resource, type)) {
        const read = (e: Entry) => readField(target.value, e.field, type, resource.partial, e.keys);
        let applies = true;
        for (const e of where) if (e.match(read(e)) !== true) applies = false;
        if (!applies) continue;
        let violations: { entry: Entry; field: FieldValue; kind: 'require' | 'forbid' }[] | undefined;
        for (const e of require) {
          const f = read(e);
          if (e.match(f) === false) (violations ??= []).push({ entry: e, field: f, kind: 'require' });
        }
        for (const e of forbid) {
          const f = read(e);
          if ((e.match(f) as Verdict) === true) (violations ??= []).push({ entry: e, field: f, kind: 'forbid' });
        }
        if (!violations) continue;
        const ops = fixOps(spec, target) ?? [];
        const found = violations;
        found.forEach((v, i) => {
          const at = v.field.present ? [...target.prefix, ...v.entry.field.split('.')] : [...target.prefix];
          const mine = ops.filter((o) => o.field === v.entry.field);
          // ops that belong to no violated field go with the first finding, so each edit is made once
          const rest = i === 0 ? ops.filter((o) => !found.some((w) => w.entry.field === o.field)) : [];
          const own = [...mine, ...rest].map((o) => o.op);
          const report: Report = {
            messageId: 'violation',
            at,
            data: { text: message(spec, target, v.entry, v.field, v.kind, (f) => readField(target.value, f, type, resource.partial)) },
          };
          if (own.length) report.fix = { safety, description: describeFix(own), ops: own } satisfies Fix;
          ctx.report(report);
        });
      }
    },
  });
  return Object.assign(rule, { provenance: { kind: 'policy' as const, file: configFile, docs: spec.docs, spec } });
}

function relativeFile(resource: Resource, baseDir: string): string {
  const file = resource.doc.file;
  // a live tenant's documents are URLs: `files` globs never match them
  if (/^[a-z]+:\/\//.test(file)) return '\0';
  return path.relative(baseDir, file).split(path.sep).join('/');
}

const NO_PREFIX: Path = [];

function targets(resource: Resource, type: PolicyResource): Target[] {
  if (type !== 'organizationConnection') return [{ value: resource.value, prefix: NO_PREFIX, name: resource.name }];
  const list = resource.value.connections;
  if (!Array.isArray(list)) return [];
  const out: Target[] = [];
  list.forEach((c, i) => {
    if (c === null || typeof c !== 'object' || Array.isArray(c)) return;
    const conn = c as Record<string, unknown>;
    const id = conn.name ?? conn.connection_id ?? (conn.connection as Record<string, unknown> | undefined)?.name ?? `#${i + 1}`;
    out.push({ value: conn, prefix: ['connections', i], name: `${resource.name} → ${String(id)}` });
  });
  return out;
}

/**
 * The edits of a policy's fix for one target. A dotted `set` whose parent is missing sets the first missing
 * key to an object holding the rest (`default_organization.flows` on a client without `default_organization`),
 * as one edit with every other `set` below the same key; one whose parent is not an object cannot be made, and
 * the finding then offers no fix rather than a fix that `--fix` silently skips.
 */
function fixOps(spec: PolicySpec, target: Target): { field: string; op: FixOp }[] | undefined {
  const out: { field: string; op: FixOp }[] = [];
  const created = new Map<string, { op: FixOp & { op: 'set' }; value: Record<string, unknown> }>();
  for (const [field, value] of Object.entries(spec.fix?.set ?? {})) {
    const keys = field.split('.');
    let cur: unknown = target.value;
    let depth = 0;
    for (; depth < keys.length - 1; depth++) {
      if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
      if (!Object.prototype.hasOwnProperty.call(cur, keys[depth])) break;
      cur = (cur as Record<string, unknown>)[keys[depth]];
    }
    if (depth === keys.length - 1) {
      if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
      out.push({ field, op: { op: 'set', path: [...target.prefix, ...keys], value } });
      continue;
    }
    // keys[depth] is missing: build the object below it
    const head = keys.slice(0, depth + 1);
    const key = head.join('.');
    let entry = created.get(key);
    if (!entry) {
      entry = { value: Object.create(null) as Record<string, unknown>, op: { op: 'set', path: [...target.prefix, ...head], value: undefined } };
      entry.op.value = entry.value;
      created.set(key, entry);
      out.push({ field, op: entry.op });
    }
    let obj = entry.value;
    for (const k of keys.slice(depth + 1, -1)) {
      const next = obj[k];
      obj = next !== null && typeof next === 'object' ? (next as Record<string, unknown>) : (obj[k] = Object.create(null) as Record<string, unknown>);
    }
    obj[keys[keys.length - 1]] = value;
  }
  for (const field of spec.fix?.remove ?? []) out.push({ field, op: { op: 'remove', path: [...target.prefix, ...field.split('.')] } });
  // plain objects again, for the fixers and for JSON.stringify
  for (const e of created.values()) e.op.value = JSON.parse(JSON.stringify(e.value)) as unknown;
  return out;
}

function describeFix(ops: FixOp[]): string {
  return ops
    .map((o) => (o.op === 'set' ? `set ${o.path.join('.')} to ${JSON.stringify(o.value)}` : `remove ${o.path.join('.')}`))
    .join(', ');
}

/** A value as a message shows it: `"allow"`, `not set`, `not set (so "deny")`. */
export function showValue(f: FieldValue): string {
  if (f.source === 'default') return `not set (so ${JSON.stringify(f.value)})`;
  if (!f.present) return 'not set';
  const s = JSON.stringify(f.value);
  return s === undefined ? String(f.value) : s;
}

function expected(spec: unknown): string {
  if (Array.isArray(spec)) return `one of ${spec.map((v) => JSON.stringify(v)).join(', ')}`;
  if (spec === null || typeof spec !== 'object') return JSON.stringify(spec);
  const [[op, arg]] = Object.entries(spec as Record<string, unknown>);
  if (op === 'exists') return arg ? 'set' : 'not set';
  if (op === 'pattern') return `a match of /${String(arg)}/`;
  if (op === 'notPattern') return `no match of /${String(arg)}/`;
  if (op === 'contains') return `a list containing ${JSON.stringify(arg)}`;
  return `not ${expected(arg)}`;
}

function message(
  spec: PolicySpec,
  target: Target,
  entry: Entry,
  field: FieldValue,
  kind: 'require' | 'forbid',
  read: (field: string) => FieldValue,
): string {
  if (spec.message) {
    return spec.message.replace(/\{\{\s*([A-Za-z0-9_$.-]+)\s*\}\}/g, (all, key: string) => {
      if (key === 'name') return target.name;
      if (key === 'id' || key === 'policy') return spec.id;
      if (key === 'field') return entry.field;
      if (key === 'value') return showValue(field);
      if (key === 'expected') return expected(entry.spec);
      const f = read(key);
      return f.source === 'absent' ? 'not set' : f.source === 'default' ? String(f.value) : f.present ? stringValue(f.value) : all;
    });
  }
  const what = spec.description ?? `team policy ${spec.id}`;
  return kind === 'require'
    ? `${target.name}: ${entry.field} is ${showValue(field)}, expected ${expected(entry.spec)} (${what})`
    : `${target.name}: ${entry.field} is ${showValue(field)}, which is forbidden (${what})`;
}

function stringValue(v: unknown): string {
  return typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
}
