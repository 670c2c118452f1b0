import type { Resource } from '../../rule-api/resource';
import type { Path, ResourceType } from '../../rule-api/types';
import type { SourceDocument } from '../document';
import { isPlaceholder } from '../keywords';
import { isPlain, resourceAt, type Plain } from '../plain-object';
import { apiShape, define, KNOWN_AFTER_APPLY } from './values';

/**
 * The one mapping from the Auth0 provider's resources to the resources rules know, used by the plan source
 * (planned values) and the `.tf` source (configuration values) alike, so rules see the same thing from both.
 * Field names are the ones auth0-deploy-cli uses:
 *
 * - `auth0_client` → client. Attributes keep their names; `default_organization` (a block: a list of one object)
 *   becomes the API's `{organization_id, flows}` object, and is dropped when `disable = true`. The other
 *   one-block attributes (`addons`, `jwt_configuration`, ...) become objects the same way, and so do the add-ons
 *   inside `addons` (`addons { wsfed {} }` is `addons: {wsfed: {}}`, the WS-Fed add-on turned on).
 * - `auth0_client_grant` → clientGrant: `client_id`, `audience`, `scope` (the provider's `scopes`),
 *   `organization_usage`, `allow_any_organization`. A `client_id` that refers to an `auth0_client` of the same
 *   configuration (`auth0_client.portal.id`, unknown until apply) names that client: its `client_id` when known,
 *   else its `name`, as deploy-cli grants do.
 * - `auth0_organization` → organization, with `connections` gathered from `auth0_organization_connection` and
 *   `auth0_organization_connections.enabled_connections` (each `{connection_id, assign_membership_on_login,
 *   is_signup_enabled, show_as_button, name, strategy}`; the strategy and name come from the connection's own
 *   computed attributes, else from the `auth0_connection` it refers to), `discovery_domains` gathered from
 *   `auth0_organization_discovery_domain(s)`, and `client_grants` (`{grant_id}`) from
 *   `auth0_organization_client_grant`. Each finds its organization by `organization_id`, or by the
 *   configuration's reference when the id is unknown.
 * - `auth0_connection` → connection (its `options` block the API's object), with `enabled_clients` from the
 *   `auth0_connection_clients` that names it by `connection_id` (it sets the whole list) or, in old provider
 *   versions, its own `enabled_clients`. Each item is a client id, or a reference to an `auth0_client` of the
 *   configuration, which names that client as a grant's `client_id` does (its `client_id` when known, else its
 *   `name`, as deploy-cli writes enabled clients); any other item stays unknown. `auth0_connection_client` adds
 *   one client to whatever the tenant has, so a connection it names has a list with an unknown part; two
 *   resources setting one connection's list disagree, so the list is unknown.
 *
 * A resource is complete: a planned update's `change.after` holds the whole planned object, and a `.tf` block
 * says everything Terraform will send (an attribute it lacks takes the provider's default).
 */

/** One resource of the provider, as a source read it: values in the provider's shape (blocks as lists). */
export interface TfResource {
  /** `auth0_client` */
  type: string;
  /** `auth0_client.portal`, `module.auth.auth0_client.portal[0]`: how findings name it */
  address: string;
  /** the configuration block it comes from, `module|type.name`: instances of one block share it */
  configKey: string;
  values: Plain;
  doc: SourceDocument;
  /** where `values` sit in `doc.value` */
  at: Path;
  /** extra facts for `Resource.meta.terraform` */
  meta: Plain;
  /** the `configKey` of the `targetType` resource that the attribute at `path` refers to, if exactly one */
  ref(path: Path, targetType: string): string | undefined;
}

/** Where rule paths are rewritten to source paths (unwrapped blocks, renamed attributes, gathered items). */
export class PathRedirects {
  private readonly redirects = new Map<string, Path>();

  add(from: Path, to: Path): void {
    this.redirects.set(JSON.stringify(from), to);
  }

  /** take every redirect of `other` too (an override file's document: the redirects of the resources it sets) */
  copyFrom(other: PathRedirects): void {
    for (const [k, v] of other.redirects) this.redirects.set(k, v);
  }

  /** the source path of a rule path; the key of an unwrapped block is the block's own key, not its item's */
  resolve(path: Path, target: 'key' | 'value' = 'value'): Path {
    if (this.redirects.size === 0) return path;
    for (let k = path.length; k > 0; k--) {
      const to = this.redirects.get(JSON.stringify(path.slice(0, k)));
      if (to && k === path.length && target === 'key' && typeof to[to.length - 1] === 'number') return to.slice(0, -1);
      if (to) return [...to, ...path.slice(k)];
    }
    return path;
  }
}

const redirectsOf = new WeakMap<SourceDocument, PathRedirects>();

/** The redirects of a document (created on first use). */
export function redirects(doc: SourceDocument): PathRedirects {
  let r = redirectsOf.get(doc);
  if (!r) redirectsOf.set(doc, (r = new PathRedirects()));
  return r;
}

/** The resource types read, and the one-block attributes of each. */
export const BLOCKS: Record<string, readonly string[]> = {
  auth0_client: [
    'default_organization', 'addons', 'jwt_configuration', 'refresh_token', 'mobile', 'native_social_login', 'oidc_logout',
    'session_transfer', 'token_exchange', 'token_quota', 'signed_request_object', 'client_authentication_methods',
    'express_configuration', 'my_organization_configuration',
  ],
  auth0_client_grant: [],
  auth0_organization: ['branding', 'token_quota'],
  auth0_organization_connection: [],
  auth0_organization_connections: [],
  auth0_organization_discovery_domain: [],
  auth0_organization_discovery_domains: [],
  auth0_organization_client_grant: [],
  auth0_connection: ['options'],
  auth0_connection_clients: [],
  auth0_connection_client: [],
};
/** blocks whose one-item blocks are unwrapped too */
const NESTED: Record<string, readonly string[]> = { auth0_client: ['addons'] };

const RESOURCE_TYPES: Record<string, ResourceType> = {
  auth0_client: 'client',
  auth0_client_grant: 'clientGrant',
  auth0_organization: 'organization',
  auth0_connection: 'connection',
};

/** Is this a provider resource type orglint reads? */
export function isReadType(type: string): boolean {
  return Object.prototype.hasOwnProperty.call(BLOCKS, type);
}

/**
 * Attributes the provider computes, known only after apply unless set: a `.tf` source fills them with a
 * placeholder, as a plan does through `after_unknown`.
 */
export const COMPUTED: Record<string, readonly string[]> = {
  auth0_client: ['client_id'],
  auth0_organization: ['id'],
  auth0_organization_connection: ['name', 'strategy'],
  auth0_connection: ['id'],
  auth0_client_grant: ['id'],
  auth0_connection_clients: ['name', 'strategy'],
  auth0_connection_client: ['name', 'strategy'],
};

const known = (v: unknown): v is string => typeof v === 'string' && v !== '' && !isPlaceholder(v);

interface Mapped {
  tf: TfResource;
  value: Plain;
  resource?: Resource;
}

/** Map the resources of one configuration (a plan, a module folder) to the resources rules read. */
export function mapTerraform(list: readonly TfResource[]): Resource[] {
  const byConfig = new Map<string, Mapped[]>();
  const mapped: Mapped[] = [];
  for (const tf of list) {
    if (!isReadType(tf.type)) continue;
    const paths = redirects(tf.doc);
    const value = apiShape(tf.values, BLOCKS[tf.type], (from, to) => paths.add([...tf.at, ...from], [...tf.at, ...to]), NESTED[tf.type]);
    const m: Mapped = { tf, value };
    mapped.push(m);
    byConfig.set(tf.configKey, [...(byConfig.get(tf.configKey) ?? []), m]);
    const kind = RESOURCE_TYPES[tf.type];
    if (!kind) continue;
    if (kind === 'client' && isPlain(value.default_organization)) {
      const d = value.default_organization;
      if (d.disable === true) delete value.default_organization;
      else if ('disable' in d) value.default_organization = Object.fromEntries(Object.entries(d).filter(([k]) => k !== 'disable'));
    }
    if (kind === 'clientGrant' && 'scopes' in value && !('scope' in value)) {
      define(value, 'scope', value.scopes);
      delete value.scopes;
      paths.add([...tf.at, 'scope'], [...tf.at, 'scopes']);
    }
    m.resource = resourceAt(kind, tf.address, value, tf.doc, tf.at, 'terraform', false, { terraform: { address: tf.address, ...tf.meta } });
  }
  /** the one mapped resource of `targetType` that the attribute at `path` of `m` names */
  const target = (m: Mapped, path: Path, targetType: string): Mapped | undefined => {
    const key = m.tf.ref(path, targetType);
    const found = key ? byConfig.get(key) ?? [] : [];
    return found.length === 1 && found[0].tf.type === targetType ? found[0] : undefined;
  };
  const orgsById = new Map<string, Mapped>();
  for (const m of mapped) if (m.tf.type === 'auth0_organization' && known(m.value.id)) orgsById.set(m.value.id, m);
  const orgOf = (m: Mapped): Mapped | undefined => {
    const id = m.value.organization_id;
    return (known(id) ? orgsById.get(id) : undefined) ?? target(m, ['organization_id'], 'auth0_organization');
  };
  /** the organizations' lists a block with `count` / `for_each` adds to: how many items it adds is unknown */
  const unknownLists = new Map<Mapped, Set<string>>();
  /** add `item` (found at `from` in the source) to the list `key` of the organization */
  const gather = (org: Mapped, key: string, item: Plain, source: TfResource, from: Path) => {
    const entry: Plain = {};
    for (const [k, v] of Object.entries(item)) if (k !== 'organization_id' && k !== 'id') define(entry, k, v);
    // (`count = 0` or a condition makes none: the list is unknown, never a guess either way)
    if (source.meta.instances === 'unknown' || unknownLists.get(org)?.has(key)) {
      unknownLists.set(org, new Set([...(unknownLists.get(org) ?? []), key]));
      define(org.value, key, KNOWN_AFTER_APPLY);
      return entry;
    }
    const list = Array.isArray(org.value[key]) ? (org.value[key] as unknown[]) : [];
    // a position can follow only inside one file: an item gathered from another file points at its organization
    if (source.doc === org.tf.doc) redirects(org.tf.doc).add([...org.tf.at, key, list.length], [...source.at, ...from]);
    list.push(entry);
    org.value[key] = list;
    return entry;
  };
  for (const m of mapped) {
    const type = m.tf.type;
    if (type === 'auth0_client_grant') linkGrantClient(m, target(m, ['client_id'], 'auth0_client'));
    if (RESOURCE_TYPES[type]) continue;
    const org = orgOf(m);
    if (!org) continue;
    if (type === 'auth0_organization_connection') {
      connectionFacts(gather(org, 'connections', m.value, m.tf, []), target(m, ['connection_id'], 'auth0_connection'));
    } else if (type === 'auth0_organization_connections' && Array.isArray(m.value.enabled_connections)) {
      m.value.enabled_connections.forEach((item, i) => {
        if (!isPlain(item)) return;
        const entry = gather(org, 'connections', item, m.tf, ['enabled_connections', i]);
        connectionFacts(entry, target(m, ['enabled_connections', i, 'connection_id'], 'auth0_connection'));
      });
    } else if (type === 'auth0_organization_discovery_domain') {
      gather(org, 'discovery_domains', m.value, m.tf, []);
    } else if (type === 'auth0_organization_discovery_domains' && Array.isArray(m.value.discovery_domains)) {
      m.value.discovery_domains.forEach((item, i) => {
        if (isPlain(item)) gather(org, 'discovery_domains', item, m.tf, ['discovery_domains', i]);
      });
    } else if (type === 'auth0_organization_client_grant') {
      gather(org, 'client_grants', { grant_id: m.value.grant_id }, m.tf, []);
    }
  }
  enabledClients(mapped, target);
  return mapped.flatMap((m) => (m.resource ? [m.resource] : []));
}

/** A client as an enabled client names it: a literal id, or the configuration's client it refers to. */
function clientKey(m: Mapped, value: unknown, path: Path, target: Target): unknown {
  if (known(value)) return value;
  const client = target(m, path, 'auth0_client');
  if (client && known(client.value.client_id)) return client.value.client_id;
  if (client && known(client.value.name)) return client.value.name;
  return isPlaceholder(value) ? value : KNOWN_AFTER_APPLY;
}

type Target = (m: Mapped, path: Path, targetType: string) => Mapped | undefined;

/** Each connection's `enabled_clients`, from its own attribute (old providers) and the resources that set it. */
function enabledClients(mapped: readonly Mapped[], target: Target): void {
  const byId = new Map<string, Mapped>();
  for (const m of mapped) if (m.tf.type === 'auth0_connection' && known(m.value.id)) byId.set(m.value.id, m);
  const connectionOf = (m: Mapped) => (known(m.value.connection_id) ? byId.get(m.value.connection_id) : undefined) ?? target(m, ['connection_id'], 'auth0_connection');
  /** per connection: the lists set (whole), and the clients added one by one */
  const lists = new Map<Mapped, { whole: { list: unknown; from: Mapped }[]; added: unknown[] }>();
  const entry = (c: Mapped) => lists.get(c) ?? (lists.set(c, { whole: [], added: [] }).get(c)!);
  for (const m of mapped) {
    const type = m.tf.type;
    if (type === 'auth0_connection' && 'enabled_clients' in m.tf.values) entry(m).whole.push({ list: m.tf.values.enabled_clients, from: m });
    if (type !== 'auth0_connection_clients' && type !== 'auth0_connection_client') continue;
    const connection = connectionOf(m);
    if (!connection?.resource) continue;
    // a block with `count` / `for_each` in a `.tf` file: how many instances exist (none, with `count = 0` or a
    // condition) is not known, so neither is what it sets
    const instanced = m.tf.meta.instances === 'unknown';
    if (type === 'auth0_connection_clients') entry(connection).whole.push({ list: instanced ? KNOWN_AFTER_APPLY : m.tf.values.enabled_clients, from: m });
    else entry(connection).added.push(instanced ? KNOWN_AFTER_APPLY : clientKey(m, m.tf.values.client_id, ['client_id'], target));
  }
  for (const [connection, { whole, added }] of lists) {
    let value: unknown = KNOWN_AFTER_APPLY;
    if (whole.length === 1 && added.length === 0) {
      const { list, from } = whole[0];
      value = Array.isArray(list) ? list.map((v, i) => clientKey(from, v, ['enabled_clients', i], target)) : isPlaceholder(list) ? list : KNOWN_AFTER_APPLY;
      if (from.tf.doc === connection.tf.doc && from !== connection) redirects(connection.tf.doc).add([...connection.tf.at, 'enabled_clients'], [...from.tf.at, 'enabled_clients']);
    } else if (whole.length === 0) {
      // added to what the tenant already has: the clients named, and an unknown rest
      value = [...added, KNOWN_AFTER_APPLY];
    }
    define(connection.value, 'enabled_clients', value);
  }
}

/** A grant whose `client_id` is unknown but refers to a client of the configuration names that client. */
function linkGrantClient(grant: Mapped, client: Mapped | undefined): void {
  if (!client || known(grant.value.client_id)) return;
  const key = known(client.value.client_id) ? client.value.client_id : known(client.value.name) ? client.value.name : undefined;
  if (key !== undefined) define(grant.value, 'client_id', key);
}

/** An organization connection's name and strategy: its own computed values, else the `auth0_connection` it names. */
function connectionFacts(entry: Plain, connection: Mapped | undefined): void {
  if (!connection) return;
  for (const key of ['strategy', 'name']) {
    const v = connection.value[key];
    if (!known(entry[key]) && known(v)) define(entry, key, v);
  }
}

/** Does the configuration hold client grants? Then its clients' grants are the ones it lists (one tenant). */
export function holdsClientGrants(list: readonly TfResource[]): boolean {
  return list.some((r) => r.type === 'auth0_client_grant');
}
