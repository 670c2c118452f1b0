import { defineRule } from '../../src/rule-api/define-rule';
import { isObject, isPlaceholder } from '../../src/rule-api/helpers';
import { clientsOfGrant } from '../../src/rule-api/tenant-index';
import type { Resource, Tenant } from '../../src/rule-api/resource';

const granted = new WeakMap<Tenant, { keys: Set<string>; unsure: boolean }>();

/**
 * The client names and ids organizations' `client_grants` name (deploy-cli writes `{client_id: CLIENT NAME}`;
 * the API writes grant ids), and whether some entry is a placeholder or unreadable.
 */
function grantedKeys(tenant: Tenant): { keys: Set<string>; unsure: boolean } {
  let g = granted.get(tenant);
  if (g) return g;
  g = { keys: new Set(), unsure: false };
  for (const org of tenant.organizations) {
    const list = org.value.client_grants;
    if (!Array.isArray(list)) continue;
    for (const e of list) {
      const key = isObject(e) ? (e.client_id ?? e.grant_id ?? e.id) : e;
      if (typeof key === 'string' && key !== '' && !isPlaceholder(key)) g.keys.add(key);
      else g.unsure = true;
    }
  }
  granted.set(tenant, g);
  return g;
}

/** Could an organization's client_grants entry mean this grant? */
function mayBeGranted(tenant: Tenant, grant: Resource, keys: Set<string>): boolean {
  if (typeof grant.value.id === 'string' && keys.has(grant.value.id)) return true;
  for (const client of clientsOfGrant(tenant, grant)) {
    // deploy-cli resolves a client name to the first grant it finds for that client: with several, any may be it
    if (keys.has(client.name) || (typeof client.value.client_id === 'string' && keys.has(client.value.client_id))) return true;
  }
  return typeof grant.value.client_id === 'string' && keys.has(grant.value.client_id);
}

export default defineRule({
  id: 'client-grant-require-without-organization',
  meta: {
    description: 'a client grant with organization_usage "require" and allow_any_organization false needs an organization that grants it',
    severity: 'warning',
    fixable: [],
    scope: 'clientGrant',
    source: 'https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access',
    needs: ['organization', 'organizationClientGrant'],
  },
  defaultOptions: {},
  messages: {
    noOrganization:
      'the grant of {{client}} for {{audience}} requires an organization and allow_any_organization is false, but no organization of this export lists it in client_grants: every client credentials request for it will fail until an organization is granted access',
  },
  check(ctx) {
    const g = ctx.resource.value;
    if (g.organization_usage !== 'require') return;
    const any = g.allow_any_organization;
    // absent is false in an export and the unknown current value in a PATCH body or plan
    if (any === true || isPlaceholder(any) || (any === undefined && ctx.resource.partial) || (any !== undefined && any !== false)) return;
    if (typeof g.client_id !== 'string' || isPlaceholder(g.client_id)) return;
    const orgs = ctx.resources('organization');
    // an empty organizations list is require-without-organizations' finding
    if (!orgs.known || orgs.items.length === 0) return;
    if (!ctx.resources('organizationClientGrant').known) return;
    const { keys, unsure } = grantedKeys(ctx.tenant);
    if (unsure || mayBeGranted(ctx.tenant, ctx.resource, keys)) return;
    const data = { client: JSON.stringify(g.client_id), audience: JSON.stringify(g.audience ?? '?') };
    ctx.report({ messageId: 'noOrganization', at: ['organization_usage'], data });
  },
});
