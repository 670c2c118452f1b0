import { defineRule } from '../../src/rule-api/define-rule';
import { isPlaceholder } from '../../src/rule-api/helpers';
import type { Tenant } from '../../src/rule-api/resource';
import { resources } from '../../src/rule-api/tenant-model';

const admitsThirdParty = new WeakMap<Tenant, boolean>();

/** Does some organization of the tenant let third-party applications in (or might it, being a placeholder)? */
function someOrganizationAdmits(tenant: Tenant): boolean {
  let known = admitsThirdParty.get(tenant);
  if (known === undefined) {
    known = tenant.organizations.some((o) => o.value.third_party_client_access === 'allow' || isPlaceholder(o.value.third_party_client_access));
    admitsThirdParty.set(tenant, known);
  }
  return known;
}

export default defineRule({
  id: 'organization-third-party-client',
  meta: {
    description: 'a third-party application (is_first_party: false) should not use Organizations unless an organization admits third-party applications',
    severity: 'warning',
    fixable: [],
    scope: 'client',
    source: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-third-party-application-access',
  },
  defaultOptions: {},
  messages: {
    thirdParty:
      'organization_usage {{usage}} on a third-party application (is_first_party: false): organizations block third-party applications unless their third_party_client_access is "allow", and tenants without that feature answer 403',
    noOrganizationAllows:
      'organization_usage {{usage}} on a third-party application (is_first_party: false), but no organization of this tenant sets third_party_client_access to "allow", so none lets its users in',
  },
  check(ctx) {
    // a request body that makes a client third-party is patch-third-party-organization's finding (an error there)
    if (ctx.resource.origin === 'patch' || ctx.resource.origin === 'har') return;
    const c = ctx.resource.value;
    const usage = c.organization_usage;
    // absent usage is "deny" in an export and unknown in a PATCH body; absent is_first_party is unknown in both
    if (usage !== 'allow' && usage !== 'require') return;
    if (c.is_first_party !== false) return;
    const { tenant } = ctx;
    if (resources(tenant, 'organization').known) {
      // newer docs: an organization with third_party_client_access "allow" admits third-party applications
      if (someOrganizationAdmits(tenant)) return;
      ctx.report({ messageId: 'noOrganizationAllows', at: ['organization_usage'], data: { usage: JSON.stringify(usage) } });
      return;
    }
    ctx.report({ messageId: 'thirdParty', at: ['organization_usage'], data: { usage: JSON.stringify(usage) } });
  },
});
