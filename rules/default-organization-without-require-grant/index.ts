import { defineRule } from '../../src/rule-api/define-rule';
import { isObject, isPlaceholder } from '../../src/rule-api/helpers';
import type { Resource } from '../../src/rule-api/resource';
import { tenantIndex } from '../../src/rule-api/tenant-index';
import { ORGANIZATION_USAGE } from '../organization-usage-enum/index';

/** The client's default organization object, or undefined (unset, cleared, a placeholder, disabled in Terraform). */
function defaultOrganization(c: Resource): Record<string, unknown> | undefined {
  let v = c.value.default_organization;
  // a Terraform plan writes the block as a list of at most one object
  if (Array.isArray(v) && v.length <= 1) v = v[0];
  if (!isObject(v) || v.disable === true) return undefined;
  return v;
}

export default defineRule({
  id: 'default-organization-without-require-grant',
  meta: {
    description: 'a client\'s default_organization only applies through a client grant with organization_usage "require"',
    severity: 'warning',
    fixable: [],
    scope: 'tenant',
    source: 'https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access',
    needs: ['clientGrant'],
  },
  defaultOptions: {},
  messages: {
    noRequireGrant:
      'default_organization of {{client}} never applies: none of its {{count}} client grants has organization_usage "require"',
    noGrants:
      'default_organization of {{client}} never applies: it is used only through a client grant with organization_usage "require", and this export has no grant for the client',
  },
  check(ctx) {
    if (!ctx.tenant.clients.some((c) => defaultOrganization(c))) return;
    // without a clientGrants section (or with client grants excluded from deploy-cli) the grants are unknown, not absent
    if (!ctx.resources('clientGrant').known) return;
    const index = tenantIndex(ctx.tenant);
    // a grant whose client is a placeholder or known only after apply might be this client's
    if (index.grantsOfUnknownClient.length > 0) return;
    for (const client of ctx.tenant.clients) {
      if (!defaultOrganization(client)) continue;
      // a planned client without its client_id cannot be matched to grants that name it by id
      if (client.partial && typeof client.value.client_id !== 'string') continue;
      const grants = index.grantsByClient.get(client) ?? [];
      const usages = grants.map((g) => g.value.organization_usage);
      if (usages.includes('require')) continue;
      // an unknown or misspelt usage (client-grant-organization-usage-enum's finding) may be meant as "require"
      const unsure = grants.some((g, i) => {
        const u = usages[i];
        if (u === undefined) return g.partial;
        return u !== null && !(ORGANIZATION_USAGE as readonly unknown[]).includes(u);
      });
      if (unsure || usages.some(isPlaceholder)) continue;
      const data = { client: JSON.stringify(client.name), count: grants.length };
      const base = { resource: client, at: ['default_organization'], target: 'key' as const, data };
      ctx.report({ ...base, messageId: grants.length === 0 ? 'noGrants' : 'noRequireGrant' });
    }
  },
});
