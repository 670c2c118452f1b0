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
    const orgs = ctx.resources('organization');
    if (!orgs.known || orgs.items.length === 0) return;
    if (!ctx.resources('organizationConnection').known) return;
    // each connection enabled for some organization, with the organizations that enable it
    const byConnection = new Map<Resource, string[]>();
    for (const org of orgs.items) {
      for (const key of organizationConnections(org)) {
        const found = findConnection(tenant, key, ctx.resources);
        if (!found.known || !found.connection) continue;
        const list = byConnection.get(found.connection) ?? [];
        if (!list.includes(org.name)) list.push(org.name);
        byConnection.set(found.connection, list);
      }
    }
    // deploy-cli names clients, the API gives ids; without the list (newer exports manage it elsewhere) or
    // with a placeholder in it, it is unknown
    const enabledSets: [Resource, Set<string>, string[]][] = [];
    for (const [conn, orgNamesOfConn] of byConnection) {
      const enabled = conn.value.enabled_clients;
      if (!Array.isArray(enabled) || enabled.some((e) => typeof e !== 'string' || isPlaceholder(e))) continue;
      enabledSets.push([conn, new Set(enabled as string[]), orgNamesOfConn]);
    }
    for (const client of clients) {
      const missing: Resource[] = [];
      const orgNames = new Set<string>();
      for (const [conn, enabled, orgNamesOfConn] of enabledSets) {
        if (enabled.has(client.name) || (typeof client.value.client_id === 'string' && enabled.has(client.value.client_id))) continue;
        missing.push(conn);
        orgNamesOfConn.forEach((n) => orgNames.add(n));
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
