import type { AnyRule } from '../rule-api/define-rule';
import type { Resource, Tenant } from '../rule-api/resource';
import type { ResourceKind } from '../rule-api/tenant-model';
import type { RuleSettings } from './settings';

/** the kinds a tenant holds once, which every application is judged against (run-rules.ts `TENANT_WIDE`) */
const TENANT_WIDE: readonly ResourceKind[] = ['prompts', 'tenantSettings'];

/**
 * How many of a tenant's clients a run that named only some of its files decided a verdict on: the clients of the
 * named files and, when a named file holds a tenant-wide setting (`prompts/prompts.json`, `tenant.json`) that an
 * enabled rule reads (its `meta.needs` or `meta.reads`), every client the config's `ignore` does not leave out,
 * since run-rules.ts checks each of them against that setting and shows its findings on them (a staged
 * prompts.json judges every application of the export: "0 clients checked" beside their findings was untrue). A
 * rule whose input deploy-cli's config excludes or the token cannot read decides nothing, and is not counted.
 */
export function clientsDecided(
  tenant: Tenant,
  rules: readonly AnyRule[],
  settings: RuleSettings,
  keep: (resource: Resource) => boolean,
  reportable: (resource: Resource) => boolean,
): number {
  const decided = decidedClients(tenant, rules, settings, keep, reportable);
  let n = 0;
  for (const c of tenant.clients) if (decided(c)) n++;
  return n;
}

/**
 * Whether the run decided a client's verdict (see clientsDecided): the reports list these clients as checked (the
 * HTML report's charts, JUnit's test cases), as the summary counts them.
 */
export function decidedClients(
  tenant: Tenant,
  rules: readonly AnyRule[],
  settings: RuleSettings,
  keep: (resource: Resource) => boolean,
  reportable: (resource: Resource) => boolean,
): (client: Resource) => boolean {
  const named = new Set<ResourceKind>();
  for (const s of tenant.settings) if (TENANT_WIDE.includes(s.type as ResourceKind) && keep(s)) named.add(s.type as ResourceKind);
  const wide =
    named.size > 0 &&
    rules.some((r) => {
      if (!settings.enabledSomewhere(r.id)) return false;
      const read = [...(r.meta.needs ?? []), ...(r.meta.reads ?? [])];
      return read.some((k) => named.has(k)) && !(r.meta.needs ?? []).some((k) => blocked(tenant, k));
    });
  return wide ? (c) => keep(c) || reportable(c) : keep;
}

/** a kind the tenant cannot have known (excluded by deploy-cli's config, or unreadable with the token) */
function blocked(tenant: Tenant, kind: ResourceKind): boolean {
  const state = tenant.kinds[kind];
  return !!state && !state.known && (state.cause === 'excluded' || state.cause === 'scope');
}
