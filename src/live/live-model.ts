import { createTenant, type Resource, type Tenant } from '../rule-api/resource';
import { KIND_NOUN, type ResourceKind } from '../rule-api/tenant-model';
import type { ResourceType } from '../rule-api/types';
import type { SourceDocument } from '../sources/document';
import { loadJson } from '../sources/json/json-source';
import { resourceName } from '../sources/plain-object';

type Obj = Record<string, unknown>;

/** What was read from a live tenant: the same shape `--snapshot` writes. */
export interface LiveSnapshot {
  /** `https://DOMAIN` (or the test server's base URL) */
  origin: string;
  clients: Obj[];
  /** undefined: not read (the token lacks the scope) */
  clientGrants?: Obj[];
  organizations?: Obj[];
  /** what could not be read, one line each, for the user */
  notes: string[];
  /** why a kind was not read (a missing scope, a plan without the feature), for the rules listed as skipped */
  unread?: Partial<Record<ResourceKind, string>>;
}

/** What `audit --live` never reads: rules that need it answer unknown (listed as skipped when they ask). */
const NOT_READ_LIVE: ResourceKind[] = ['organizationClientGrant', 'connection', 'database', 'prompts', 'tenantSettings'];

/** Read or unknown, per kind, for a live tenant. */
function liveKinds(s: LiveSnapshot): Tenant['kinds'] {
  const kinds: Tenant['kinds'] = { client: { known: true } };
  const set = (kind: ResourceKind, read: boolean) => {
    const why = s.unread?.[kind];
    kinds[kind] = read && !why ? { known: true } : { known: false, kind, cause: 'scope', reason: why ?? `${KIND_NOUN[kind]} were not read` };
  };
  set('clientGrant', s.clientGrants !== undefined);
  set('organization', s.organizations !== undefined);
  set('organizationConnection', s.organizations !== undefined && s.organizations.every((o) => Array.isArray(o.connections)));
  if (!s.organizations) kinds.organizationConnection = kinds.organization;
  for (const kind of NOT_READ_LIVE) kinds[kind] = { known: false, kind, cause: 'absent', reason: `orglint audit --live does not read ${KIND_NOUN[kind]}` };
  return kinds;
}

/** The URL that names a live resource in findings, e.g. `https://DOMAIN/api/v2/clients/CLIENT_ID`. */
export function resourceUrl(origin: string, type: ResourceType, id: string): string {
  const collection = type === 'client' ? 'clients' : type === 'clientGrant' ? 'client-grants' : 'organizations';
  return `${origin}/api/v2/${collection}/${encodeURIComponent(id)}`;
}

/** The same value with object keys sorted at every level, so the text is stable from run to run. */
export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out: Obj = {};
    for (const k of Object.keys(v).sort()) Object.defineProperty(out, k, { value: sortKeys((v as Obj)[k]), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}

/** Pretty-printed, key-sorted JSON: the text of a live document and of a snapshot. */
export function stableJson(v: unknown): string {
  return `${JSON.stringify(sortKeys(v), null, 2)}\n`;
}

/** A document for one live resource: findings get a line, a column and a JSON Pointer into it. */
export function liveDocument(url: string, value: Obj): SourceDocument {
  return loadJson(url, stableJson(value), false);
}

const ID_KEY: Record<ResourceType, string> = { client: 'client_id', clientGrant: 'id', organization: 'id', connection: 'id', prompts: 'id', tenantSettings: 'id' };

/** The id of a resource as read (client_id for clients, id for the others). */
export function resourceId(type: ResourceType, v: Obj, index: number): string {
  const id = v[ID_KEY[type]];
  return typeof id === 'string' && id !== '' ? id : `${type}-${index}`;
}

/** Build the engine's Tenant from what was read: one document a resource, origin `live`. */
export function buildLiveTenant(s: LiveSnapshot): { tenant: Tenant; docs: Map<string, SourceDocument> } {
  const docs = new Map<string, SourceDocument>();
  const make = (type: ResourceType, list: Obj[] | undefined): Resource[] =>
    (list ?? []).map((item, i) => {
      const url = resourceUrl(s.origin, type, resourceId(type, item, i));
      const doc = liveDocument(url, item);
      docs.set(url, doc);
      const value = doc.value as Obj;
      return { type, name: resourceName(type, value, url), value, doc, path: [], origin: 'live', partial: false };
    });
  const tenant = createTenant(s.origin, {
    clients: make('client', s.clients),
    clientGrants: make('clientGrant', s.clientGrants),
    organizations: make('organization', s.organizations),
    kinds: liveKinds(s),
  });
  return { tenant, docs };
}

/** The snapshot as a Management API dump that `orglint FILE` reads (an object with a `clients` array). */
export function snapshotText(s: LiveSnapshot): string {
  const dump: Obj = { clients: s.clients };
  if (s.clientGrants) dump.client_grants = s.clientGrants;
  if (s.organizations) dump.organizations = s.organizations;
  return stableJson(dump);
}
