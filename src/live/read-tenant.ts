import type { ManagementApi } from '../management-api/client';
import { ApiError } from '../management-api/errors';
import { listClientGrants, listClients, listEnabledConnections, listOrganizations } from '../management-api/resources';
import { mapLimit } from '../engine/map-limit';
import type { LiveSnapshot } from './live-model';

type Obj = Record<string, unknown>;

/**
 * The client fields the rules read. Secrets (`client_secret`, signing and encryption keys) are never asked for;
 * `addons` is reduced to which addons are on, since an addon's settings can hold credentials.
 */
export const CLIENT_FIELDS = [
  'client_id', 'name', 'app_type', 'is_first_party', 'oidc_conformant', 'grant_types', 'callbacks', 'allowed_origins',
  'web_origins', 'allowed_logout_urls', 'initiate_login_uri', 'addons', 'global', 'organization_usage',
  'organization_require_behavior', 'organization_discovery_methods', 'default_organization',
] as const;

const GRANT_FIELDS = ['id', 'client_id', 'audience', 'scope', 'organization_usage', 'allow_any_organization'];
const ORG_FIELDS = ['id', 'name', 'display_name', 'branding', 'metadata', 'token_quota'];

/** Keep only the named fields (a server that ignores `fields` must not make orglint hold a secret). */
export function pick(v: Obj, fields: readonly string[]): Obj {
  const out: Obj = {};
  for (const f of fields) if (f in v && v[f] !== undefined) out[f] = v[f];
  if (out.addons && typeof out.addons === 'object' && !Array.isArray(out.addons)) {
    out.addons = Object.fromEntries(Object.keys(out.addons).map((k) => [k, {}]));
  }
  return out;
}

/** What the live read reports while it runs (a progress line on a terminal). */
export type ReadProgress = (what: string, read: number, total: number | undefined) => void;

/** Is this the API saying the token may not read that resource (or the plan has no such feature)? */
function cannotRead(err: unknown): err is ApiError {
  return err instanceof ApiError && err.status === 403 && (err.errorCode === 'insufficient_scope' || err.errorCode === 'operation_not_supported');
}

function scopeNote(err: ApiError, scope: string, what: string): string {
  if (err.errorCode === 'operation_not_supported') return `the tenant's plan does not allow reading ${what} (403 operation_not_supported): rules that need them are skipped`;
  return `the token lacks the ${scope} scope: ${what} were not read and rules that need them are skipped (grant the scope to the application for the Auth0 Management API)`;
}

/** The reason a rule that needs a kind was skipped, for the outputs' skipped-rules list. */
function skipReason(err: ApiError, scope: string, what: string): string {
  if (err.errorCode === 'operation_not_supported') return `${what} were not read: the tenant's plan does not allow it (403 operation_not_supported)`;
  return `${what} were not read: the token lacks the ${scope} scope`;
}

/**
 * Read a tenant: clients (required), then client grants and organizations with their enabled connections when
 * the token's scopes allow; a missing read scope is a note, not a failure. The global "All Applications" client
 * is left out, as deploy-cli exports do.
 */
export async function readTenant(api: ManagementApi, opts: { signal?: AbortSignal; progress?: ReadProgress; concurrency?: number } = {}): Promise<LiveSnapshot> {
  const { signal, progress, concurrency = 4 } = opts;
  const notes: string[] = [];
  const unread: LiveSnapshot['unread'] = {};
  const raw = await listClients(api, CLIENT_FIELDS, signal, (n, t) => progress?.('clients', n, t));
  const clients = raw.filter((c) => c.global !== true).map((c) => {
    const v = pick(c, CLIENT_FIELDS);
    delete v.global;
    return v;
  });
  let clientGrants: Obj[] | undefined;
  try {
    clientGrants = (await listClientGrants(api, signal, (n, t) => progress?.('client grants', n, t))).map((g) => pick(g, GRANT_FIELDS));
  } catch (err) {
    if (!cannotRead(err)) throw err;
    notes.push(scopeNote(err, 'read:client_grants', 'client grants'));
    unread.clientGrant = skipReason(err, 'read:client_grants', 'client grants');
  }
  let organizations: Obj[] | undefined;
  try {
    organizations = (await listOrganizations(api, signal, (n) => progress?.('organizations', n, undefined))).map((o) => pick(o, ORG_FIELDS));
  } catch (err) {
    if (!cannotRead(err)) throw err;
    notes.push(scopeNote(err, 'read:organizations', 'organizations'));
    unread.organization = unread.organizationConnection = skipReason(err, 'read:organizations', 'organizations');
  }
  if (organizations?.length) {
    const denied = await addConnections(api, organizations, notes, concurrency, signal, progress);
    if (denied) unread.organizationConnection = skipReason(denied, 'read:organization_connections', "organizations' enabled connections");
  }
  return { origin: api.endpoint.origin, clients, clientGrants, organizations, notes, unread };
}

/** Each organization's enabled connections, as deploy-cli exports them (`connections`, named). */
async function addConnections(api: ManagementApi, orgs: Obj[], notes: string[], concurrency: number, signal?: AbortSignal, progress?: ReadProgress): Promise<ApiError | undefined> {
  let denied: ApiError | undefined;
  let done = 0;
  await mapLimit(orgs, concurrency, async (org) => {
    if (denied) return;
    try {
      const list = await listEnabledConnections(api, String(org.id), signal);
      org.connections = list.map((c) => {
        const conn = (c.connection ?? {}) as Obj;
        return pick({ ...c, name: conn.name, strategy: conn.strategy }, ['connection_id', 'name', 'strategy', 'assign_membership_on_login', 'show_as_button', 'is_signup_enabled']);
      });
    } catch (err) {
      if (!cannotRead(err)) throw err;
      denied = err;
    }
    progress?.('organization connections', ++done, orgs.length);
  });
  if (denied) {
    for (const org of orgs) delete org.connections;
    notes.push(scopeNote(denied, 'read:organization_connections', "organizations' enabled connections"));
  }
  return denied;
}
