import type { Resource, Tenant } from './resource';

/**
 * What a tenant model can know, by resource type. Each is either read (known: the list is the whole list, an
 * empty one means none) or unknown, with the reason. Sub-resources an organization carries (its enabled
 * connections, the client grants it is granted) are kinds of their own: a live token may read organizations
 * without them, and older deploy-cli exports do not list an organization's client grants.
 */
export type ResourceKind =
  | 'client'
  | 'clientGrant'
  | 'organization'
  | 'organizationConnection'
  | 'organizationClientGrant'
  /** deploy-cli `connections` (every strategy but database) */
  | 'connection'
  /** deploy-cli `databases` (database connections, strategy `auth0`) */
  | 'database'
  | 'prompts'
  | 'tenantSettings';

/** Every kind, in the order messages and docs list them. */
export const RESOURCE_KINDS: readonly ResourceKind[] = [
  'client', 'clientGrant', 'organization', 'organizationConnection', 'organizationClientGrant', 'connection', 'database', 'prompts', 'tenantSettings',
];

/**
 * Why a kind is unknown. `excluded`: deploy-cli's config leaves it out of management (AUTH0_EXCLUDED);
 * `scope`: a live token may not read it; `absent`: an export that could hold it does not; `not-held`: the source
 * never holds it (a PATCH body, a HAR capture, a plan). The last is never listed as a skip: every such file
 * would list it.
 */
export type UnknownCause = 'excluded' | 'scope' | 'absent' | 'not-held';

export interface UnknownKind {
  known: false;
  kind: ResourceKind;
  cause: UnknownCause;
  /** for the user: "connections are excluded by AUTH0_EXCLUDED in config.json" */
  reason: string;
}

export interface KnownKind {
  known: true;
  /**
   * names of resources of this kind deploy-cli leaves out (AUTH0_EXCLUDED_CONNECTIONS, or every name outside
   * AUTH0_INCLUDED_CONNECTIONS): such a resource is unknown, not absent
   */
  excluded?: { names?: ReadonlySet<string>; onlyNames?: ReadonlySet<string>; reason: string };
}

export type KindState = KnownKind | UnknownKind;

/** The resources of one kind: all of them, or unknown with the reason. */
export type ResourceSet = { known: true; items: readonly Resource[]; state: KnownKind } | UnknownKind;

/** A rule that did not run (or could not decide) on some tenant, and why. */
export interface SkippedRule {
  ruleId: string;
  reason: string;
  /** the tenants it happened in: a tenant.yaml, a directory export's folder, a live tenant's URL */
  tenants: string[];
}

/** Plural nouns for messages. */
export const KIND_NOUN: Record<ResourceKind, string> = {
  client: 'applications (clients)',
  clientGrant: 'client grants',
  organization: 'organizations',
  organizationConnection: "organizations' enabled connections",
  organizationClientGrant: "organizations' client grants",
  connection: 'connections',
  database: 'database connections',
  prompts: 'prompts settings (universal_login_experience)',
  tenantSettings: 'tenant settings',
};

/** The state of one kind in a tenant (a kind the tenant's sources never mention is unknown). */
export function kindState(tenant: Tenant, kind: ResourceKind): KindState {
  return tenant.kinds[kind] ?? { known: false, kind, cause: 'not-held', reason: `${KIND_NOUN[kind]} are not in this file` };
}

/** The resources of one kind, or why they are unknown. Sub-resource kinds give their organizations. */
export function resources(tenant: Tenant, kind: ResourceKind): ResourceSet {
  const state = kindState(tenant, kind);
  if (!state.known) return state;
  return { known: true, items: itemsOf(tenant, kind), state };
}

function itemsOf(tenant: Tenant, kind: ResourceKind): readonly Resource[] {
  switch (kind) {
    case 'client':
      return tenant.clients;
    case 'clientGrant':
      return tenant.clientGrants;
    case 'organization':
    case 'organizationConnection':
    case 'organizationClientGrant':
      return tenant.organizations;
    case 'connection':
      return tenant.connections.filter((c) => !isDatabase(c));
    case 'database':
      return tenant.connections.filter(isDatabase);
    case 'prompts':
      return tenant.settings.filter((s) => s.type === 'prompts');
    case 'tenantSettings':
      return tenant.settings.filter((s) => s.type === 'tenantSettings');
  }
}

/** Is this connection a database connection (deploy-cli `databases`, or strategy `auth0`)? */
export function isDatabase(c: Resource): boolean {
  return c.meta?.database === true || c.value.strategy === 'auth0';
}

/** The strategy of a connection: `auth0` for deploy-cli `databases`, else its `strategy` when it is a string. */
export function connectionStrategy(c: Resource): string | undefined {
  if (c.meta?.database === true) return 'auth0';
  return typeof c.value.strategy === 'string' ? c.value.strategy : undefined;
}

/** Is the name one deploy-cli leaves out of this kind (so the resource is unknown)? */
export function isExcludedName(state: KnownKind, name: string): boolean {
  const ex = state.excluded;
  if (!ex) return false;
  return (ex.names?.has(name) ?? false) || (ex.onlyNames !== undefined && !ex.onlyNames.has(name));
}

const connectionIndexes = new WeakMap<Tenant, Map<string, Resource[]>>();

/** The tenant's connections by name and by id (built once per tenant). */
function connectionIndex(tenant: Tenant): Map<string, Resource[]> {
  let index = connectionIndexes.get(tenant);
  if (index) return index;
  index = new Map();
  for (const c of tenant.connections) {
    for (const key of [c.value.name, c.value.id]) {
      if (typeof key !== 'string' || key === '') continue;
      const list = index.get(key);
      if (list) list.push(c);
      else index.set(key, [c]);
    }
  }
  connectionIndexes.set(tenant, index);
  return index;
}

/**
 * The connection an organization (or a rule) names, by name or id: found, known to be absent, or unknown
 * (connections not read, excluded, or the name excluded from deploy-cli). `ask` reads a kind's state the way
 * the rule context does, so that asking is recorded.
 */
export function findConnection(
  tenant: Tenant,
  key: string,
  ask?: (kind: ResourceKind) => ResourceSet,
): { known: true; connection: Resource | undefined } | UnknownKind {
  const found = connectionIndex(tenant).get(key);
  if (found?.length === 1) {
    // a connection the source holds is known even where the source does not hold them all (a plan); only one
    // deploy-cli does not manage is not the tenant's
    const kind = isDatabase(found[0]) ? 'database' : 'connection';
    const state = kindState(tenant, kind);
    if (!state.known && state.cause === 'excluded') return askedState(tenant, kind, ask) as UnknownKind;
    if (state.known && isExcludedName(state, key)) return { known: false, kind, cause: 'excluded', reason: state.excluded!.reason };
    return { known: true, connection: found[0] };
  }
  // two connections of one name cannot both exist in a tenant: the export is inconsistent, so unknown
  if (found && found.length > 1) return { known: false, kind: 'connection', cause: 'not-held', reason: `two connections are named ${JSON.stringify(key)}` };
  for (const kind of ['connection', 'database'] as const) {
    const state = askedState(tenant, kind, ask);
    if (!state.known) return state;
    if (isExcludedName(state, key)) return { known: false, kind, cause: 'excluded', reason: state.excluded!.reason };
  }
  return { known: true, connection: undefined };
}

/** A kind's state, asked through the rule context when there is one (so that asking is recorded); only the state is read, so without `ask` no list is made. */
function askedState(tenant: Tenant, kind: ResourceKind, ask: ((kind: ResourceKind) => ResourceSet) | undefined): KindState {
  if (!ask) return kindState(tenant, kind);
  const set = ask(kind);
  return set.known ? set.state : set;
}
