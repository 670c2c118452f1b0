import { defineRule } from '../../src/rule-api/define-rule';
import { isObject, isPlaceholder } from '../../src/rule-api/helpers';
import type { Resource } from '../../src/rule-api/resource';
import { nameList } from '../../src/rule-api/tenant-index';

/** A client whose pre-login prompt finds organizations by the domain of the email address users type. */
function usesEmailDiscovery(c: Resource): boolean {
  const v = c.value;
  const methods = v.organization_discovery_methods;
  return (
    Array.isArray(methods) &&
    methods.includes('email') &&
    (v.organization_usage === 'require' || v.organization_usage === 'allow') &&
    v.organization_require_behavior === 'pre_login_prompt'
  );
}

/** Why a listed domain does not count: `"acme.com" is pending`. */
function describe(d: Record<string, unknown>): string {
  const domain = JSON.stringify(d.domain ?? '?');
  if (d.status === 'verified') return `${domain} has use_for_organization_discovery false`;
  return `${domain} is ${typeof d.status === 'string' ? d.status : 'not verified'}`;
}

export default defineRule({
  id: 'organization-discovery-domain-unverified',
  meta: {
    description: 'when applications discover organizations by email, each organization needs a verified discovery domain',
    severity: 'info',
    fixable: [],
    scope: 'tenant',
    source: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/create-org-domains',
  },
  defaultOptions: {},
  messages: {
    noDomains: 'organization {{name}} has no discovery domain, so email discovery (used by {{clients}}) cannot find it',
    unverified: 'organization {{name}} has no verified discovery domain ({{domains}}), so email discovery (used by {{clients}}) cannot find it',
  },
  check(ctx) {
    const discovering = ctx.tenant.clients.filter(usesEmailDiscovery);
    if (discovering.length === 0) return;
    const clients = nameList(discovering.map((c) => c.name));
    for (const org of ctx.tenant.organizations) {
      const domains = org.value.discovery_domains;
      // absent: the export predates discovery domains, or the tenant or the export's token cannot read them
      if (!Array.isArray(domains)) continue;
      const listed = domains.filter(isObject);
      const unknown = listed.some((d) => isPlaceholder(d.status) || isPlaceholder(d.use_for_organization_discovery));
      const usable = listed.some((d) => d.status === 'verified' && d.use_for_organization_discovery !== false);
      if (unknown || usable) continue;
      const name = JSON.stringify(org.name);
      const base = { resource: org, at: ['discovery_domains'], target: 'key' as const };
      if (listed.length === 0) ctx.report({ ...base, messageId: 'noDomains', data: { name, clients } });
      else ctx.report({ ...base, messageId: 'unverified', data: { name, clients, domains: listed.map(describe).join(', ') } });
    }
  },
});
