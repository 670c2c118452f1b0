/**
 * Around the outcome table: which organizations an application reaches and through which connections (§0,
 * §4.1, §4.4, N6), how the pre-login prompt finds them (N4), and invitations (§2).
 */
import type { Resource } from '../rule-api/resource';
import { containsPlaceholder, isPlaceholder } from '../sources/keywords';
import { field, placeholderReason } from './inputs';
import type { TenantConnection, TenantContext } from './tenant-context';
import { ERRORS } from './user-flows';
import { unknown, type Answer, type Behavior, type Discovery, type Invitation, type Known, type OrganizationConnection, type OrganizationReach, type Usage } from './types';

export interface AppIdentity {
  name: string;
  clientId?: string;
  firstParty: Known<boolean>;
}

/** The organizations a user-flow app can log users in to (`none` for `deny` [R1]). */
export function organizationsReached(
  app: AppIdentity,
  usage: Known<Usage>,
  ctx: Pick<TenantContext, 'organizations' | 'connections'>,
): Answer<'listed' | 'none'> & { list: OrganizationReach[] } {
  if (!usage.known) return { ...unknown(usage.reason, ['DOB']), list: [] };
  if (usage.value === 'deny') return { value: 'none', row: 'R1', source: ['DOB', 'LF'], list: [] };
  if (!ctx.organizations.known) return { ...unknown(ctx.organizations.reason, ['CO']), list: [] };
  const list = ctx.organizations.value.map((o) => reach(app, o, ctx.connections));
  return { value: list.length ? 'listed' : 'none', source: ['CO', 'CON'], list };
}

function reach(app: AppIdentity, org: Resource, connections: Known<Map<string, TenantConnection>>): OrganizationReach {
  const id = typeof org.value.id === 'string' ? org.value.id : undefined;
  const conns = organizationConnections(app, org, connections);
  const domains = Array.isArray(org.value.discovery_domains)
    ? org.value.discovery_domains.filter((d) => field(d, 'status') === 'verified' && typeof field(d, 'domain') === 'string').map((d) => field(d, 'domain') as string)
    : [];
  return { name: org.name, ...(id ? { id } : {}), access: access(app, org, conns, connections), connections: conns, discoveryDomains: domains };
}

/** §0 "an organization the app cannot use": third-party not opted in [TPA], per-application access [PAA]. */
function access(
  app: AppIdentity,
  org: Resource,
  conns: OrganizationReach['connections'],
  connections: Known<Map<string, TenantConnection>>,
): Answer<'usable' | 'not-usable'> {
  const entitlement = org.value.is_app_entitlement_active;
  if (entitlement === true) return unknown('per-application access is on for this organization and the applications it lists are not in the export', ['PAA'], '§0');
  if (isPlaceholder(entitlement)) return unknown(placeholderReason('is_app_entitlement_active', entitlement, false), ['PAA'], '§0');
  if (!app.firstParty.known) return unknown(app.firstParty.reason, ['TPA'], '§4.1');
  if (app.firstParty.value) return { value: 'usable', row: '§0', source: ['CO', 'CON'] };
  // third-party: the organization must opt in (default block) and offer a domain-level connection [TPA, TPC]
  const tpa = org.value.third_party_client_access;
  if (isPlaceholder(tpa)) return unknown(placeholderReason('third_party_client_access', tpa, false), ['TPA'], '§4.1');
  if (tpa === undefined && org.partial) return unknown('third_party_client_access is not in the payload', ['TPA'], '§4.1');
  if (tpa !== 'allow') {
    return { value: 'not-usable', row: '§4.1', source: ['TPA', 'TPT'], reason: 'third_party_client_access is not allow (default block)', error: ERRORS.E3 };
  }
  if (!connections.known) return unknown(`the organization admits third-party apps, but whether it has a domain-level connection is not known: ${connections.reason}`, ['TPA', 'TPC'], '§4.1');
  if (conns.value === 'unknown') return unknown(conns.reason ?? 'its connections are not known', ['TPA', 'TPC'], '§4.1');
  const domain = conns.list.some((c) => connections.value.get(c.name)?.isDomainConnection === true);
  if (!domain) return { value: 'not-usable', row: '§4.1', source: ['TPA', 'TPC', 'TPS'], reason: 'none of its connections is a domain-level connection (is_domain_connection: true)', error: ERRORS.E3 };
  return { value: 'usable', row: '§4.1', source: ['TPA', 'TPC'] };
}

/** The organization's enabled connections [CON], and whether each is also enabled for the app (§4.4: ❓ whether it must be). */
function organizationConnections(
  app: AppIdentity,
  org: Resource,
  connections: Known<Map<string, TenantConnection>>,
): Answer<'listed'> & { list: OrganizationConnection[] } {
  const v = org.value.connections;
  if (v === undefined) return { ...unknown(org.partial ? 'the organization\'s connections are not in the payload' : 'the export does not list this organization\'s connections', ['CON']), list: [] };
  if (!Array.isArray(v)) return { ...unknown(isPlaceholder(v) ? placeholderReason('connections', v, false) : 'connections is not a list', ['CON']), list: [] };
  const list: OrganizationConnection[] = [];
  for (const c of v) {
    const name = field(c, 'name') ?? field(c, 'connection_id');
    if (typeof name !== 'string') continue;
    const m = field(c, 'assign_membership_on_login');
    const s = field(c, 'is_signup_enabled');
    list.push({
      name,
      membershipOnLogin: typeof m === 'boolean' ? m : m === undefined ? false : 'unknown',
      signup: typeof s === 'boolean' ? s : s === undefined ? false : 'unknown',
      hidden: field(c, 'show_as_button') === false,
      enabledForApp: enabledForApp(app, name, connections),
    });
  }
  const out: Answer<'listed'> & { list: OrganizationConnection[] } = { value: 'listed', source: ['CON', 'LF'], list };
  if (list.length > 0 && list.every((c) => c.hidden)) {
    out.note = 'every connection is hidden (show_as_button: false): the organization prompt offers none';
    out.error = ERRORS.E7;
  }
  return out;
}

function enabledForApp(app: AppIdentity, name: string, connections: Known<Map<string, TenantConnection>>): boolean | 'unknown' {
  if (!connections.known) return 'unknown';
  const c = connections.value.get(name);
  if (!c || !c.enabledClients.known) return 'unknown';
  const keys = c.enabledClients.value;
  if (keys.some((k) => isPlaceholder(k))) return 'unknown';
  return keys.includes(app.name) || (app.clientId !== undefined && keys.includes(app.clientId));
}

/** How the pre-login prompt finds the organization (N4 [DOB, LF, CO, DOM]); `not-used` by every other behavior. */
export function discoveryOf(usage: Known<Usage>, behavior: Known<Behavior>, methods: Known<string[]>, classic: boolean): Answer<Discovery> {
  const s = ['DOB', 'LF'] as const;
  if (!usage.known) return unknown(usage.reason, [...s]);
  if (usage.value === 'deny') return { value: 'not-used', row: 'R1', source: ['DOB'] };
  if (classic) return unknown('the tenant uses Classic Login, where Organizations are not supported', ['OV', 'ULC'], '§4.2');
  if (!behavior.known) return unknown(behavior.reason, [...s]);
  if (behavior.value !== 'pre_login_prompt') {
    const set = methods.known && methods.value.length > 0;
    return { value: 'not-used', source: ['DOB', 'API', 'TF'], ...(set ? { note: 'organization_discovery_methods is set but only the pre-login prompt uses it' } : {}) };
  }
  if (usage.value === 'allow') return unknown('N2: whether allow + pre_login_prompt shows an organization prompt at all is not settled by the docs', ['DOB', 'DOB-21', 'LF'], 'R3');
  if (!methods.known) return unknown(methods.reason, ['DOB', 'LF'], 'R6');
  const m = methods.value;
  if (m.length === 0) {
    return unknown('N4: organization_discovery_methods is not set, and the docs differ on the default (DOB: email; DOB-21 and CO: the organization name)', ['DOB', 'DOB-21', 'CO'], 'R6');
  }
  const both = m.includes('email') && m.includes('organization_name');
  const value: Discovery = both ? 'email and organization_name' : m.includes('email') ? 'email' : 'organization_name';
  const note = m.includes('email')
    ? 'email: one organization with a matching verified domain is selected, several give a selector, none an error (text undocumented) [LF, DOM]'
    : 'organization_name: users type the organization\'s name, not its display name [CO]';
  return { value, row: 'R6', source: ['DOB', 'LF', 'CO', 'DOM'], note };
}

/** §2 [INV, SMI, DLR, AZ]: can an invitation be created, and where does its link lead. */
export function invitationOf(client: Resource, usage: Known<Usage>, classic: boolean, defaultRoute: Known<unknown>): Answer<Invitation> {
  if (!usage.known) return unknown(usage.reason, ['SMI']);
  if (usage.value === 'deny') return { value: 'cannot-be-created', row: '§2', source: ['AGS'], error: ERRORS.E9 };
  if (classic) return unknown('invitations are an Organizations feature, which Classic Login does not support', ['OV', 'ULC'], '§4.2');
  const source = ['INV', 'SMI', 'DLR'] as const;
  const route = loginRoute(client.value.initiate_login_uri);
  const ok: Answer<Invitation> = {
    value: 'organization-login',
    row: '§2',
    source: [...source],
    note: 'the invitee logs in or signs up with the invited email and becomes a member; another account consumes the invitation (E6)',
  };
  if (route === 'valid' && typeof client.value.initiate_login_uri === 'string' && /\{organization\.metadata\./.test(client.value.initiate_login_uri)) {
    // [DLR]: an organization without that metadata falls back to default_redirection_uri, and without it to an error page
    const fallback = defaultRoute.known ? loginRoute(defaultRoute.value) : 'unknown';
    if (fallback === 'valid') return { ...ok, note: `${ok.note}; an organization without the metadata initiate_login_uri names falls back to default_redirection_uri [DLR]` };
    const why = defaultRoute.known ? (fallback === 'unknown' ? 'holds a deploy-cli keyword' : 'is not set or not usable') : `is not known (${defaultRoute.reason})`;
    return unknown(`initiate_login_uri uses {organization.metadata.public_*}: an organization without that metadata falls back to default_redirection_uri, which ${why}, and Auth0 then shows an error page [DLR]`, [...source], '§2');
  }
  if (route === 'valid') return ok;
  if (route === 'unknown') return unknown('initiate_login_uri holds a deploy-cli keyword, known only at deploy time', [...source], '§2');
  if (client.value.initiate_login_uri === undefined && client.partial) return unknown('initiate_login_uri is not in the payload', [...source], '§2');
  if (!defaultRoute.known) return unknown(`the app has no usable initiate_login_uri and ${defaultRoute.reason}`, [...source], '§2');
  const fallback = loginRoute(defaultRoute.value);
  if (fallback === 'valid') return ok;
  if (fallback === 'unknown') return unknown('default_redirection_uri holds a deploy-cli keyword, known only at deploy time', [...source], '§2');
  return { value: 'cannot-be-created', row: '§2', source: ['SMI', 'DLR'], reason: 'no login route: neither an https initiate_login_uri nor the tenant\'s default_redirection_uri', error: ERRORS.E8 };
}

/** A login route must be https and not localhost [DLR, API]; `{organization.metadata.public_*}` falls back (DLR). */
function loginRoute(v: unknown): 'valid' | 'invalid' | 'unknown' {
  if (typeof v !== 'string' || v === '') return 'invalid';
  if (containsPlaceholder(v)) return 'unknown';
  let url: URL;
  try {
    url = new URL(v.replace(/\{organization\.[^}]*\}/g, 'x'));
  } catch {
    return 'invalid';
  }
  if (url.protocol !== 'https:') return 'invalid';
  return /^(localhost|127\.0\.0\.1|\[::1\])$/i.test(url.hostname) ? 'invalid' : 'valid';
}
