import { defineRule } from '../../src/rule-api/define-rule';
import { userOrganizationUsage } from '../../src/rule-api/organization-usage';
import { resources } from '../../src/rule-api/tenant-model';

export default defineRule({
  id: 'organization-requires-new-universal-login',
  meta: {
    description: 'applications that use Organizations need Universal Login, not Classic Login (prompts.universal_login_experience "classic")',
    severity: 'warning',
    fixable: [],
    scope: 'tenant',
    source: 'https://auth0.com/docs/manage-users/organizations/organizations-overview',
    needs: ['prompts'],
  },
  defaultOptions: {},
  messages: {
    classic:
      'application {{client}} uses Organizations (organization_usage {{usage}}), but the tenant uses Classic Login (prompts.universal_login_experience "classic"): Organizations are supported only with Universal Login',
  },
  check(ctx) {
    const clients = ctx.tenant.clients.filter((c) => userOrganizationUsage(c));
    if (clients.length === 0) return;
    // a tenant known to have no organization logs nobody in through one
    const orgs = resources(ctx.tenant, 'organization');
    if (orgs.known && orgs.items.length === 0) return;
    const prompts = ctx.resources('prompts');
    if (!prompts.known || prompts.items.length === 0) return;
    // absent keeps the tenant's current experience, which the export does not show; a placeholder is unknown
    if (prompts.items[0].value.universal_login_experience !== 'classic') return;
    for (const client of clients) {
      const at = 'organization_usage' in client.value ? ['organization_usage'] : ['app_type'];
      ctx.report({ messageId: 'classic', resource: client, at, data: { client: JSON.stringify(client.name), usage: JSON.stringify(userOrganizationUsage(client)) } });
    }
  },
});
