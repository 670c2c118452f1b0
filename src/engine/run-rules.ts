import path from 'node:path';
import type { AnyRule, Report, RuleContext } from '../rule-api/define-rule';
import { formatMessage } from '../rule-api/define-rule';
import type { Resource, Tenant } from '../rule-api/resource';
import type { Fix, Origin, Severity } from '../rule-api/types';
import { resources, type ResourceKind, type ResourceSet, type SkippedRule, type UnknownKind } from '../rule-api/tenant-model';
import { toPointer, type Finding, type RelatedLocation } from './finding';
import { spanToPosition } from './positions';
import type { EffectiveSetting, RuleSettings } from './settings';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Counts rule invocations, so a test can check that cross-resource rules stay linear. */
export const ruleStats = { contexts: 0 };

/** The kind a rule's scope iterates (undefined for tenant-scope rules). */
function scopeKind(rule: AnyRule): ResourceKind | undefined {
  const s = rule.meta.scope;
  return s === 'client' || s === 'clientGrant' || s === 'organization' ? s : undefined;
}

function scopeList(tenant: Tenant, rule: AnyRule): readonly Resource[] {
  switch (rule.meta.scope) {
    case 'client':
      return tenant.clients;
    case 'clientGrant':
      return tenant.clientGrants;
    case 'organization':
      return tenant.organizations;
    case 'connection':
      return tenant.connections;
    default:
      return tenant.settings.filter((r) => r.type === rule.meta.scope);
  }
}

/**
 * Rules skipped per tenant and why: an unknown input found before the rule ran (excluded, unreadable) or when
 * it asked (absent from the export). Causes a source can never hold (`not-held`) are not kept.
 */
export class SkipLog {
  private readonly seen = new Map<string, SkippedRule>();

  add(ruleId: string, unknown: UnknownKind, tenant: string): void {
    if (unknown.cause === 'not-held') return;
    const key = `${ruleId}\u0000${unknown.reason}`;
    const seen = this.seen.get(key);
    if (!seen) this.seen.set(key, { ruleId, reason: unknown.reason, tenants: [tenant] });
    else if (!seen.tenants.includes(tenant)) seen.tenants.push(tenant);
  }

  /** sorted by rule id, then reason */
  list(): SkippedRule[] {
    return [...this.seen.values()].sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
  }
}

/** The first input a rule needs that deploy-cli's config excludes or the live token cannot read. */
function blockedInput(rule: AnyRule, tenant: Tenant): UnknownKind | undefined {
  const own = scopeKind(rule);
  const blocked = own && blockedKind(tenant, own);
  if (blocked) return blocked;
  const needs = rule.meta.needs;
  if (!needs) return undefined;
  for (let i = 0; i < needs.length; i++) {
    const b = blockedKind(tenant, needs[i]);
    if (b) return b;
  }
  return undefined;
}

/** A kind the tenant cannot have known (excluded, or unreadable with the token); a kind it does not list is only not held. */
function blockedKind(tenant: Tenant, kind: ResourceKind): UnknownKind | undefined {
  const state = tenant.kinds[kind];
  return state && !state.known && (state.cause === 'excluded' || state.cause === 'scope') ? state : undefined;
}

const originsOf = new WeakMap<readonly Resource[], ReadonlySet<Origin>>();

/**
 * Whether a scope's resources hold one from these sources (a rule declaring `meta.origins` has nothing to check
 * on the others); each list's sources are found once.
 */
function holdsOrigin(list: readonly Resource[], origins: readonly Origin[]): boolean {
  let held = originsOf.get(list);
  if (!held) {
    const found = new Set<Origin>();
    for (let i = 0; i < list.length; i++) found.add(list[i].origin);
    originsOf.set(list, (held = found));
  }
  for (let i = 0; i < origins.length; i++) if (held.has(origins[i])) return true;
  return false;
}

/** `keep` when every resource's findings are wanted: known, so the loop asks nothing per resource */
export const keepAll = (_resource: Resource): boolean => true;

/**
 * Run every enabled rule over the tenants. `keep` decides which resources' findings are wanted (a pre-commit
 * run names one file of a directory export, but the rules see the whole tenant). A named file that holds a
 * tenant-wide setting (the prompts, the tenant settings) changes what every resource is judged against: the
 * rules that read that kind keep their findings on all the tenant's resources, each one on an unnamed file
 * pointing at the named setting (`related`) and offering no fix (orglint writes only files it was handed).
 * Rules that could not run on a tenant, or asked for an input the tenant does not have, go to `skips`.
 */
export function runRules(
  tenants: readonly Tenant[],
  rules: readonly AnyRule[],
  settings: RuleSettings,
  keep: (resource: Resource) => boolean = keepAll,
  skips: SkipLog = new SkipLog(),
  // the resources a named tenant-wide setting may show findings on: not those of a file the config's `ignore`
  // globs leave out (the user said so; a walk of the folder does not report them either)
  reportable: (resource: Resource) => boolean = keepAll,
  // which of the findings made are shown (undefined: all): a resource kept only because a linked override file sets
  // its values shows none at the values of its own, unlinted file (engine/override-kept.ts). Asked once a finding,
  // after the rules ran, never in a rule's loop over the resources
  shown?: (finding: Finding) => boolean,
): Finding[] {
  const findings: Finding[] = [];
  if (tenants.length === 0) return findings;
  const active = rules.filter((r) => settings.enabledSomewhere(r.id));
  for (let t = 0; t < tenants.length; t++) {
    const tenant = tenants[t];
    // (a run that keeps everything, or a tenant whose settings are all in unnamed files: nothing to widen)
    const named = keep === keepAll ? NONE : namedSettings(tenant, keep);
    for (let i = 0; i < active.length; i++) {
      const rule = active[i];
      const wide = named.length ? causes(rule, named) : undefined;
      runRule(rule, tenant, settings, keep, skips, findings, wide, reportable);
    }
  }
  return shown ? findings.filter(shown) : findings;
}

const NONE: readonly Resource[] = [];

/** The tenant-wide settings (one of each kind per tenant, every resource judged against them) in the named files. */
function namedSettings(tenant: Tenant, keep: (resource: Resource) => boolean): readonly Resource[] {
  const settings = tenant.settings;
  if (settings.length === 0) return NONE;
  const named = settings.filter((s) => TENANT_WIDE[s.type] !== undefined && keep(s));
  return named.length ? named : NONE;
}

/** The kinds held once per tenant, and how the pointer to a named one calls them. */
const TENANT_WIDE: Partial<Record<ResourceKind, string>> = { prompts: 'prompts settings', tenantSettings: 'tenant settings' };

/** The named tenant-wide settings a rule reads (its `meta.needs` or `meta.reads`), or undefined when none. */
function causes(rule: AnyRule, named: readonly Resource[]): readonly Resource[] | undefined {
  const { needs, reads } = rule.meta;
  if (!needs && !reads) return undefined;
  const read = named.filter((s) => needs?.includes(s.type) || reads?.includes(s.type));
  return read.length ? read : undefined;
}

/** Where a named setting sits, for a finding its change shows on an unnamed file (a fresh object each time). */
function pointerTo(setting: Resource): RelatedLocation {
  const doc = setting.doc;
  const at = spanToPosition(doc, doc.locate(setting.path, 'value') ?? { start: 0, end: 0 });
  return { file: doc.file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, message: `named in this run: the ${TENANT_WIDE[setting.type]} this finding depends on; the finding's own file was not named` };
}

/**
 * A finding on a file the run was not handed, kept because a named tenant-wide setting it reads changed: it says
 * where that setting is, and offers no fix (the fix would write a file the user did not name).
 */
function widened(f: Finding, wide: readonly Resource[]): void {
  const pointers = wide.map(pointerTo);
  f.related = f.related ? [...f.related, ...pointers] : pointers;
  f.fix = null;
  delete f.alternatives;
}

/**
 * One rule on one tenant. The context is made once and aimed at each resource in turn (a rule's check is
 * synchronous: it reports before it returns). Settings are asked per file only when some override names the rule
 * (a tenant's resources come from a few files, or one per resource in a directory export); otherwise one answer
 * holds for every file. `wide`: the named tenant-wide settings the rule reads, which make it keep every resource's
 * findings (see runRules).
 */
function runRule(
  rule: AnyRule,
  tenant: Tenant,
  settings: RuleSettings,
  keep: (resource: Resource) => boolean,
  skips: SkipLog,
  findings: Finding[],
  wide: readonly Resource[] | undefined,
  reportable: (resource: Resource) => boolean,
): void {
  const blocked = blockedInput(rule, tenant);
  if (blocked) {
    if (settings.get(rule.id, tenant.id).severity !== 'off') skips.add(rule.id, blocked, tenant.id);
    return;
  }
  // (a tenant-scope rule has no list of its own to look in: it always runs)
  if (rule.meta.origins && rule.meta.scope !== 'tenant' && !holdsOrigin(scopeList(tenant, rule), rule.meta.origins)) return;
  const uniform = settings.uniform(rule.id);
  const byDefault = rule.meta.severity;
  const own = scopeKind(rule);
  const tenantScope = rule.meta.scope === 'tenant';
  // which resources are checked and reported: every one when a named setting the rule reads changed
  const filter = !wide ? keep : reportable === keepAll ? keepAll : (r: Resource) => keep(r) || reportable(r);
  let current: Resource | undefined;
  // the setting of the resource being checked (of its file)
  let setting: EffectiveSetting | undefined = uniform;
  let asked: Map<ResourceKind, ResourceSet> | undefined;
  const ctx: RuleContext<Record<string, unknown>> = {
    options: {},
    tenant,
    resource: undefined as unknown as Resource,
    report(r: Report) {
      const target = r.resource ?? current;
      if (!target) throw new Error(`rule ${rule.id}: a tenant-scope report must name its resource`);
      if (r.resource && filter !== keepAll && !filter(target)) return;
      const f = makeFinding(rule, target, r);
      if (wide && !keep(target)) widened(f, wide);
      // a finding takes the setting of the file it is shown in: a tenant-scope rule's, or one shown in a Terraform
      // override file that sets the value (not the resource's file)
      const s = tenantScope || f.file !== file ? uniform ?? settings.get(rule.id, f.file) : setting!;
      if (s.severity === 'off') return;
      f.severity = effective(r.severity, s, byDefault);
      findings.push(f);
    },
    resources(kind: ResourceKind) {
      if (!rule.meta.needs?.includes(kind) && !rule.meta.reads?.includes(kind) && kind !== own) {
        throw new Error(`rule ${rule.id}: reads ${kind} without declaring it in meta.needs or meta.reads`);
      }
      // asked per resource by some rules (and per connection name by findConnection): each kind's list is made
      // once for this rule on this tenant, and lives no longer than this run
      asked ??= new Map();
      let set = asked.get(kind);
      if (!set) asked.set(kind, (set = resources(tenant, kind)));
      if (!set.known) skips.add(rule.id, set, tenant.id);
      return set;
    },
  };
  if (tenantScope) {
    ruleStats.contexts++;
    ctx.options = (uniform ?? settings.get(rule.id, tenant.id)).options;
    rule.check(ctx);
    return;
  }
  const list = scopeList(tenant, rule);
  const perFile = uniform === undefined;
  const filtered = filter !== keepAll;
  let file: string | undefined;
  for (let i = 0; i < list.length; i++) {
    const resource = list[i];
    if (filtered && !filter(resource)) continue;
    if (perFile && resource.doc.file !== file) {
      file = resource.doc.file;
      setting = settings.get(rule.id, file);
    }
    // (a resource whose values another file sets may have findings shown there, where the rule may be on)
    if (setting!.severity === 'off' && (!perFile || !resource.doc.documentOf)) continue;
    ruleStats.contexts++;
    current = resource;
    ctx.resource = resource;
    ctx.options = setting!.options;
    // one call site for every rule: it stays megamorphic and inlines none (a rule's check inlined here for one
    // rule would be thrown away at the next)
    rule.check(ctx);
  }
}

/**
 * A finding's severity. A report may carry its own: at the rule's default configuration it is used as is (a
 * warning rule can say "error" for its worst case); once the user configures the rule's severity, that wins,
 * except that a report below the default (an info "depends on the current value") stays that low.
 */
function effective(reported: Severity | undefined, setting: EffectiveSetting, byDefault: Severity): Severity {
  const configured = setting.severity === 'off' ? byDefault : setting.severity;
  if (!reported) return configured;
  if (!setting.configured) return reported;
  if (RANK[reported] > RANK[byDefault]) return RANK[reported] > RANK[configured] ? reported : configured;
  return configured;
}

/** Turn a rule's report into a finding with its position resolved. */
export function makeFinding(rule: AnyRule, resource: Resource, r: Report): Finding {
  const template = rule.messages[r.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id}: unknown messageId "${r.messageId}"`);
  const docPath = r.at?.length ? resource.path.concat(r.at) : resource.path.slice();
  // (a value a Terraform override file sets is found in that file)
  const doc = resource.doc.documentOf?.(docPath) ?? resource.doc;
  const span = doc.locate(docPath, r.target ?? 'value') ?? { start: 0, end: 0 };
  const at = spanToPosition(doc, span);
  // (the fields written one by one, in the order a spread of the position gave: a literal with a spread in it is
  // built property by property, slowly)
  const finding: Finding = {
    ruleId: rule.id,
    severity: r.severity ?? rule.meta.severity,
    message: formatMessage(template, r.data),
    file: doc.file,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    path: toPointer(docPath),
    resource: { type: resource.type, name: resource.name },
    // a capture or a plan is never edited: its findings offer no fix
    fix: doc.readOnly ? null : r.fix ?? null,
    messageId: r.messageId,
    doc,
    span,
    source: resource,
    docPath,
  };
  // (before the variable check below, which must see the alternatives too)
  if (r.alternatives?.length && !doc.readOnly) finding.alternatives = [...r.alternatives];
  // a value set by a Terraform variable: the finding stays on the value, and names where the variable is set
  const origin = doc.valueOrigin?.(docPath);
  if (origin) {
    const where = `${path.relative(path.dirname(doc.file), origin.file) || path.basename(origin.file)}:${origin.position.line}:${origin.position.column}`;
    finding.message += ` (the value of ${origin.name}, set at ${where})`;
    finding.related = [{ file: origin.file, ...origin.position, message: `${origin.name} is set here` }];
  }
  // a value an override file sets: where the file it overrides sets the value it replaces
  const replaced = doc !== resource.doc ? resource.doc.replacedAt?.(docPath) : undefined;
  if (replaced) (finding.related ??= []).push(replaced);
  // the other values the verdict read that another file sets (a Terraform override or variables file)
  const elsewhere = resource.doc.readElsewhere?.(resource, docPath, doc.file);
  if (elsewhere) (finding.related ??= []).push(...elsewhere);
  // a fix that would rewrite a value a variable gives is not made: the variable may differ per environment
  if (doc.valueOrigin && (finding.fix || finding.alternatives)) {
    const fromVariable = (fix: Fix) => fix.ops.some((op) => op.op === 'set' && doc.valueOrigin!([...resource.path, ...op.path]));
    const blocked = [finding.fix, ...(finding.alternatives ?? [])].find((x): x is Fix => !!x && fromVariable(x));
    if (blocked) {
      const name = doc.valueOrigin([...resource.path, ...blocked.ops.find((op) => op.op === 'set' && doc.valueOrigin!([...resource.path, ...op.path]))!.path])!.name;
      if (finding.fix && fromVariable(finding.fix)) finding.fix = null;
      if (finding.alternatives) finding.alternatives = finding.alternatives.filter((x) => !fromVariable(x));
      if (finding.alternatives?.length === 0) delete finding.alternatives;
      finding.message += `; --fix leaves it: the value comes from ${name}, change it where ${name.startsWith('local.') ? 'the local is' : 'the variable is'} set`;
    }
  }
  // a value the fixer cannot rewrite in this file (a `.tf.json` template): no fix is offered, and the message says why
  if (doc.fixLeft && finding.fix) {
    const why = finding.fix.ops.map((op) => doc.fixLeft!([...resource.path, ...op.path], op.op)).find((x) => x !== undefined);
    if (why) {
      finding.fix = null;
      finding.message += `; --fix leaves it: ${why}`;
    }
  }
  if (finding.alternatives && doc.fixLeft) {
    finding.alternatives = finding.alternatives.filter((x) => !x.ops.some((op) => doc.fixLeft!([...resource.path, ...op.path], op.op)));
    if (finding.alternatives.length === 0) delete finding.alternatives;
  }
  if (r.predictedResponse) finding.predictedResponse = r.predictedResponse;
  return finding;
}
