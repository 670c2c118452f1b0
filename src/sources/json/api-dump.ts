import type { Resource } from '../../rule-api/resource';
import type { ResourceKind } from '../../rule-api/tenant-model';
import type { Origin, Path, ResourceType } from '../../rule-api/types';
import type { SourceDocument } from '../document';
import { endsWithName } from '../file-name';
import { isObject, resourceName, type PlainObject } from '../plain-object';
import { CLIENT_SCHEMA } from '../../schema/auth0';
import { nearMissField } from '../../schema/auth0/field';
import type { SourceKind } from '../source-kind';

/** Build a resource from an object inside a document. */
export function makeResource(
  type: ResourceType,
  value: PlainObject,
  doc: SourceDocument,
  at: Path,
  origin: Origin,
  fallbackName: string,
  partial = false,
): Resource {
  return { type, name: resourceName(type, value, fallbackName), value, doc, path: at, origin, partial };
}

/**
 * Fields only an Auth0 client has: one of them (or `name` with `callbacks` / `grant_types`) makes an object a
 * client even without `client_id` (a hand-written dump, an export of a few fields).
 */
const CLIENT_FIELDS = [
  'client_id', 'app_type', 'organization_usage', 'organization_require_behavior', 'organization_discovery_methods',
  'default_organization', 'token_endpoint_auth_method', 'is_first_party', 'oidc_conformant', 'jwt_configuration',
  'allowed_logout_urls', 'web_origins', 'initiate_login_uri', 'cross_origin_authentication', 'client_metadata',
];

export function looksLikeClient(v: unknown): boolean {
  const has = (k: string) => Object.hasOwn(v as object, k);
  if (!isObject(v)) return false;
  if (CLIENT_FIELDS.some(has) || (has('name') && (has('callbacks') || has('grant_types')))) return true;
  // a named object whose only client field is misspelt (`organisation_usage`) is the client unknown-field is for:
  // not recognising it skipped the file quietly in a folder walk
  if (typeof v.name !== 'string') return false;
  return Object.keys(v).some((k) => { const near = nearMissField(k, CLIENT_SCHEMA); return near !== undefined && CLIENT_FIELDS.includes(near); });
}

/** `GET /api/v2/client-grants` items: a client and the API it may call. */
function looksLikeGrant(v: unknown): boolean {
  return isObject(v) && typeof v.client_id === 'string' && typeof v.audience === 'string';
}

/** `GET /api/v2/organizations` items: an `org_` id, or a name with a display name, connections or branding. */
function looksLikeOrganization(v: unknown): boolean {
  if (!isObject(v)) return false;
  if (typeof v.id === 'string' && v.id.startsWith('org_')) return true;
  return typeof v.name === 'string' && (Object.hasOwn(v, 'display_name') || Array.isArray(v.connections) || Array.isArray(v.enabled_connections) || isObject(v.branding));
}

/** the keys of a Management API dump object: its three lists and the paging fields */
const DUMP_LISTS: Record<string, { type: ResourceType; looksLike: (v: unknown) => boolean }> = {
  clients: { type: 'client', looksLike: looksLikeClient },
  client_grants: { type: 'clientGrant', looksLike: looksLikeGrant },
  organizations: { type: 'organization', looksLike: looksLikeOrganization },
};
const PAGING_KEYS = new Set(['start', 'limit', 'total', 'length', 'next']);

/**
 * Management API dumps: `GET /api/v2/clients` (an array of clients, or `{clients: [...]}` when paginated), and
 * an object of `clients`, `client_grants` and `organizations` (what `orglint audit --live --snapshot` and
 * deploy-cli's recordings hold), any of the three alone. A list counts when one of its items looks like its
 * resource; an object of only those keys (and paging fields) counts even when its lists are empty.
 */
export const apiDump: SourceKind = {
  name: 'api-dump',
  format: 'json',
  sniff: (file, text) => endsWithName(file, '.json') && /"(clients|client_grants|organizations)"|^\s*\[/.test(text),
  extract(doc, file) {
    const v = doc.value;
    const resources: Resource[] = [];
    const add = (list: unknown[], type: ResourceType, base: Path, key: string) =>
      list.forEach((item, i) => {
        if (isObject(item)) resources.push(makeResource(type, item, doc, [...base, i], 'api-dump', `${key}[${i}]`));
      });
    if (Array.isArray(v)) {
      // a bare array: clients (GET /api/v2/clients), or every item an organization or a grant
      if (v.some(looksLikeClient)) add(v, 'client', [], 'clients');
      else if (v.length && v.every(looksLikeOrganization)) add(v, 'organization', [], 'organizations');
      else if (v.length && v.every(looksLikeGrant)) add(v, 'clientGrant', [], 'client_grants');
      else return null;
      const only = resources[0].type;
      return { tenantKey: file, resources, lists: only === 'organization' ? ['organization'] : only === 'clientGrant' ? ['clientGrant'] : [] };
    }
    if (!isObject(v)) return null;
    const keys = Object.keys(v);
    const present = keys.filter((k) => Object.hasOwn(DUMP_LISTS, k) && Array.isArray(v[k]));
    if (present.length === 0) return null;
    const onlyDumpKeys = keys.every((k) => Object.hasOwn(DUMP_LISTS, k) || PAGING_KEYS.has(k));
    const recognised = present.filter((k) => (v[k] as unknown[]).some(DUMP_LISTS[k].looksLike));
    if (recognised.length === 0 && !(onlyDumpKeys && present.every((k) => (v[k] as unknown[]).length === 0))) return null;
    for (const k of present) add(v[k] as unknown[], DUMP_LISTS[k].type, [k], k);
    const lists: ResourceKind[] = [];
    if (Array.isArray(v.organizations)) lists.push('organization');
    if (Array.isArray(v.client_grants)) lists.push('clientGrant');
    return { tenantKey: file, resources, lists };
  },
};
