import { defineRule } from '../../src/rule-api/define-rule';
import { isObject, isPlaceholder } from '../../src/rule-api/helpers';
import { userOrganizationUsage } from '../../src/rule-api/organization-usage';
import type { Resource } from '../../src/rule-api/resource';
import { nameList } from '../../src/rule-api/tenant-index';
import { findConnection } from '../../src/rule-api/tenant-model';

/** The connection names (or ids) an organization enables, as deploy-cli (name) or the API (connection_id) writes them. */
function organizationConnections(org: Resource): string[] {
  const list = org.value.connections;
  if (!Array.isArray(list)) return [];
  const out: string[] = [];
  for (const c of list) {
    if (!isObject(c) || c.is_enabled === false) continue;
    const key = typeof c.name === 'string' && c.name !== '' ? c.name : c.connection_id;
    if (typeof key === 'string' && key !== '' && !isPlaceholder(key)) out.push(key);
  }
  return out;
}

/** An organization, and which applications its members may use: all, or those with member access. */
interface OrgAccess {
  name: string;
  members: 'all' | Set<string>;
}

/**
 * Per-application access (Early Access): an organization with `is_app_entitlement_active: true` admits only the
 * applications its `clients` list with `use_for_member_access: true` (deploy-cli names them). Without the list,
 * or with a placeholder, which applications it admits is unknown.
 */
function memberAccess(org: Resource): 'all' | Set<string> | 'unknown' {
  const active = org.value.is_app_entitlement_active;
  if (active === undefined || active === false) return 'all';
  if (active !== true) return 'unknown';
  const list = org.value.clients;
  if (!Array.isArray(list)) return 'unknown';
  const out = new Set<string>();
  for (const c of list) {
    if (!isObject(c) || typeof c.client_id !== 'string' || isPlaceholder(c.client_id)) return 'unknown';
    if (c.use_for_member_access === true) out.add(c.client_id);
  }
  return out;
}

export default defineRule({
  id: 'organization-connection-not-enabled-for-client',
  meta: {
    description: "an application that uses Organizations should have its organizations' connections enabled for it too",
    severity: 'info',
    fixable: [],
    scope: 'tenant',
    source: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-connections',
    needs: ['organization', 'organizationConnection', 'connection', 'database'],
  },
  defaultOptions: {},
  messages: {
    notEnabled:
      'application {{client}} uses Organizations, but {{connections}} of {{organizations}} {{verb}} not enabled for it (enabled_clients): the Login Flows docs offer only connections enabled for both the application and the organization, while a support article reports logins through organization-only connections; enable it for the application if its users cannot log in',
  },
  check(ctx) {
    const { tenant } = ctx;
    const clients = tenant.clients.filter((c) => !c.partial && c.value.is_first_party !== false && userOrganizationUsage(c));
    if (clients.length === 0) return;
    // a Terraform plan or module holds the organizations it manages, not the tenant's list: each it holds counts
    const orgs = ctx.resources('organization');
    const held = orgs.known ? orgs.items : orgs.cause === 'not-held' ? ctx.tenant.organizations : [];
    if (held.length === 0) return;
    const orgConnections = ctx.resources('organizationConnection');
    if (!orgConnections.known && orgConnections.cause !== 'not-held') return;
    // each connection enabled for some organization, with the organizations that enable it and who may use them
    const byConnection = new Map<Resource, OrgAccess[]>();
    for (const org of held) {
      const access = memberAccess(org);
      if (access === 'unknown') continue;
      for (const key of organizationConnections(org)) {
        const found = findConnection(tenant, key, ctx.resources);
        if (!found.known || !found.connection) continue;
        const list = byConnection.get(found.connection) ?? [];
        if (!list.some((a) => a.name === org.name)) list.push({ name: org.name, members: access });
        byConnection.set(found.connection, list);
      }
    }
    // deploy-cli names clients, the API gives ids; without the list (newer exports manage it elsewhere) or
    // with a placeholder in it, it is unknown
    const enabledSets: [Resource, Set<string>, OrgAccess[]][] = [];
    for (const [conn, orgNamesOfConn] of byConnection) {
      const enabled = conn.value.enabled_clients;
      if (!Array.isArray(enabled) || enabled.some((e) => typeof e !== 'string' || isPlaceholder(e))) continue;
      enabledSets.push([conn, new Set(enabled as string[]), orgNamesOfConn]);
    }
    // no connection to compare with: no client can miss one
    if (enabledSets.length === 0) return;
    for (const client of clients) {
      const missing: Resource[] = [];
      const orgNames = new Set<string>();
      // deploy-cli names a client by its name; a Terraform resource is named by its address, its `name` is a value
      const keys = [client.name, client.value.name, client.value.client_id].filter((k): k is string => typeof k === 'string');
      for (const [conn, enabled, orgsOfConn] of enabledSets) {
        if (keys.some((k) => enabled.has(k))) continue;
        // only the organizations this application may log users in to
        const usable = orgsOfConn.filter((o) => o.members === 'all' || keys.some((k) => o.members instanceof Set && o.members.has(k)));
        if (usable.length === 0) continue;
        missing.push(conn);
        usable.forEach((o) => orgNames.add(o.name));
      }
      if (missing.length === 0) continue;
      const names = missing.map((c) => c.name);
      const data = {
        client: JSON.stringify(client.name),
        connections: `connection${names.length === 1 ? '' : 's'} ${nameList(names)}`,
        organizations: `organization${orgNames.size === 1 ? '' : 's'} ${nameList([...orgNames])}`,
        verb: names.length === 1 ? 'is' : 'are',
      };
      const at = 'organization_usage' in client.value ? ['organization_usage'] : ['app_type'];
      ctx.report({ messageId: 'notEnabled', resource: client, at, data });
    }
  },
});
