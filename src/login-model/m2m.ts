/**
 * §3 of login-flows.md [M2C, M2A, API, TF, TPC, CC]: for `grant_type=client_credentials` the client grant of the
 * requested audience decides, not the client's own organization settings.
 */
import type { Resource } from '../rule-api/resource';
import { quote } from '../rule-api/define-rule';
import { tenantIndex } from '../rule-api/tenant-index';
import { isPlaceholder } from '../sources/keywords';
import { field, placeholderReason, readBoolean, readEnum, USAGES } from './inputs';
import type { TenantContext } from './tenant-context';
import { unknown, type Answer, type GrantAccess, type Known } from './types';

/** The client's `default_organization` for client credentials, or why it does not apply. */
function defaultOrganization(client: Resource): Known<string | undefined> {
  let v = client.value.default_organization;
  // a Terraform plan writes the block as a list of at most one object
  if (Array.isArray(v) && v.length <= 1) v = v[0];
  if (v === undefined || v === null) {
    if (v === undefined && client.partial) return { known: false, reason: 'default_organization is not in the payload' };
    return { known: true, value: undefined };
  }
  if (isPlaceholder(v)) return { known: false, reason: placeholderReason('default_organization', v, false) };
  const id = field(v, 'organization_id');
  const flows = field(v, 'flows');
  if (isPlaceholder(id) || isPlaceholder(flows)) return { known: false, reason: 'default_organization holds a deploy-cli keyword' };
  // only flows: ["client_credentials"] makes it apply [M2C]
  if (typeof id !== 'string' || !Array.isArray(flows) || !flows.includes('client_credentials')) return { known: true, value: undefined };
  return { known: true, value: id };
}

interface AssociationIndex {
  byGrantId: Map<string, string[]>;
  /** `client\0audience`, or `client\0*` when the entry names no audience */
  byClient: Map<string, string[]>;
  broken?: string;
}

const associations = new WeakMap<readonly Resource[], AssociationIndex>();

/** Who names which grant in its `client_grants` (deploy-cli: by client name and audience), built once per tenant. */
function associationIndex(orgs: readonly Resource[]): AssociationIndex {
  let index = associations.get(orgs);
  if (index) return index;
  index = { byGrantId: new Map(), byClient: new Map() };
  const add = (m: Map<string, string[]>, k: string, org: string) => {
    const l = m.get(k);
    if (!l) m.set(k, [org]);
    else if (!l.includes(org)) l.push(org);
  };
  for (const o of orgs) {
    const list = o.value.client_grants;
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      index.broken ??= `organization ${quote(o.name)}'s client_grants is not a list`;
      continue;
    }
    for (const g of list) {
      if (typeof g === 'string') {
        add(index.byGrantId, g, o.name);
        continue;
      }
      const gid = field(g, 'grant_id') ?? field(g, 'id');
      if (typeof gid === 'string') add(index.byGrantId, gid, o.name);
      const c = field(g, 'client_id');
      const a = field(g, 'audience');
      if (typeof c === 'string') add(index.byClient, `${c}\u0000${typeof a === 'string' ? a : '*'}`, o.name);
    }
  }
  associations.set(orgs, index);
  return index;
}

/** Organizations associated with this grant (`POST /organizations/{id}/client-grants` [M2A]). */
function associated(grant: Resource, client: Resource, orgs: readonly Resource[]): Known<string[]> {
  const index = associationIndex(orgs);
  if (index.broken) return { known: false, reason: index.broken };
  const names = new Set<string>();
  if (typeof grant.value.id === 'string') for (const n of index.byGrantId.get(grant.value.id) ?? []) names.add(n);
  const audience = typeof grant.value.audience === 'string' ? grant.value.audience : undefined;
  for (const key of [client.name, client.value.client_id]) {
    if (typeof key !== 'string') continue;
    for (const a of audience === undefined ? ['*'] : [audience, '*']) for (const n of index.byClient.get(`${key}\u0000${a}`) ?? []) names.add(n);
  }
  return { known: true, value: [...names] };
}

/** Client-credentials access of one client, per grant; undefined for a user-flow app without grants. */
export function machineAccess(client: Resource, ctx: TenantContext, isMachine: boolean): (Answer<'listed' | 'none'> & { grants: GrantAccess[] }) | undefined {
  if (!ctx.clientGrants.known) return isMachine ? { ...unknown(ctx.clientGrants.reason, ['M2C']), grants: [] } : undefined;
  const index = tenantIndex(ctx.tenant);
  const grants = index.grantsByClient.get(client) ?? [];
  if (grants.length === 0) {
    if (!isMachine) return undefined;
    if (index.grantsOfUnknownClient.length) return { ...unknown('some client grants name their client with a placeholder: they may be this app\'s', ['M2C']), grants: [] };
    return { value: 'none', source: ['M2C'], note: 'no client grant: this app cannot call an API with client credentials', grants: [] };
  }
  const firstParty = readBoolean(client, 'is_first_party', true);
  const def = defaultOrganization(client);
  return { value: 'listed', row: '§3', source: ['M2C', 'API', 'TF'], grants: grants.map((g) => grantAccess(g, client, ctx, firstParty, def)) };
}

function grantAccess(grant: Resource, client: Resource, ctx: TenantContext, firstParty: Known<boolean>, def: Known<string | undefined>): GrantAccess {
  const audience = typeof grant.value.audience === 'string' ? grant.value.audience : '(unknown audience)';
  const usage = readEnum(grant, 'organization_usage', USAGES, 'deny');
  const shown = grant.value.organization_usage === undefined ? '(not set)' : String(grant.value.organization_usage);
  if (!usage.known) return { audience, usage: shown, withoutOrganization: unknown(usage.reason, ['M2C'], '§3'), withOrganization: unknown(usage.reason, ['M2C'], '§3') };
  const s = ['M2C', 'API', 'TF'] as const;
  let without: GrantAccess['withoutOrganization'];
  if (usage.value !== 'require') without = { value: 'token-without-organization', row: '§3', source: [...s] };
  else if (!def.known) without = unknown(def.reason, ['M2C'], '§3');
  else if (def.value) without = { value: 'token-for-default-organization', row: '§3', source: ['M2C'], note: `default_organization ${def.value}` };
  else without = { value: 'fails', row: '§3', source: [...s], reason: 'the grant requires an organization and the app has no default_organization for client_credentials', error: { status: 'undocumented' } };
  let withOrg: GrantAccess['withOrganization'];
  if (usage.value === 'deny') withOrg = { value: 'fails', row: '§3', source: [...s], reason: 'the grant must not use organizations', error: { status: 'undocumented' } };
  else {
    const any = readBoolean(grant, 'allow_any_organization', false);
    if (!any.known) withOrg = unknown(any.reason, ['M2C'], '§3');
    else if (any.value) {
      withOrg =
        firstParty.known && firstParty.value
          ? { value: 'any-organization', row: '§3', source: ['M2C', 'M2A'], note: 'allow_any_organization is for trusted internal applications' }
          : unknown(firstParty.known ? 'allow_any_organization is not available to third-party apps [M2C, TPC]' : firstParty.reason, ['M2C', 'TPC'], '§3');
    } else if (!ctx.organizations.known) withOrg = unknown(ctx.organizations.reason, ['M2C'], '§3');
    else {
      const orgs = associated(grant, client, ctx.organizations.value);
      if (!orgs.known) withOrg = unknown(orgs.reason, ['M2C'], '§3');
      else if (orgs.value.length === 0) withOrg = { value: 'fails', row: '§3', source: ['M2C', 'M2A'], reason: 'no organization is associated with this grant', error: { status: 'undocumented' }, organizations: [] };
      else withOrg = { value: 'associated-organizations', row: '§3', source: ['M2C', 'M2A'], organizations: orgs.value };
    }
  }
  return { audience, usage: shown, withoutOrganization: without, withOrganization: withOrg };
}
