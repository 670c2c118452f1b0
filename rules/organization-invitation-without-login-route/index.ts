import { defineRule } from '../../src/rule-api/define-rule';
import { isPlaceholder } from '../../src/rule-api/helpers';
import { userOrganizationUsage } from '../../src/rule-api/organization-usage';
import { resources } from '../../src/rule-api/tenant-model';

/** Is the field unset (absent, null or empty) in a complete resource? */
const unset = (v: unknown) => v === undefined || v === null || v === '';

export default defineRule({
  id: 'organization-invitation-without-login-route',
  meta: {
    description: "invitations to an application that uses Organizations need its initiate_login_uri or the tenant's default_redirection_uri",
    severity: 'info',
    fixable: [],
    scope: 'tenant',
    source: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/send-membership-invitations',
    needs: ['tenantSettings'],
  },
  defaultOptions: {},
  messages: {
    noRoute:
      'application {{client}} uses Organizations but has no initiate_login_uri, and the tenant settings have no default_redirection_uri: creating an organization invitation for it fails ("A default login route is required to generate the invitation url"); set one of them if you invite members',
  },
  check(ctx) {
    // a PATCH body or plan that leaves initiate_login_uri out keeps its unknown current value
    const clients = ctx.tenant.clients.filter((c) => !c.partial && userOrganizationUsage(c) && unset(c.value.initiate_login_uri));
    if (clients.length === 0) return;
    // without any organization there is nothing to invite anyone to
    const orgs = resources(ctx.tenant, 'organization');
    if (orgs.known && orgs.items.length === 0) return;
    const settings = ctx.resources('tenantSettings');
    if (!settings.known || settings.items.length === 0) return;
    const tenantSettings = settings.items[0];
    const route = tenantSettings.value.default_redirection_uri;
    // a hand-written tenant section that leaves it out keeps the tenant's current value
    if (!unset(route) || isPlaceholder(route) || (route === undefined && tenantSettings.partial)) return;
    for (const client of clients) {
      const at = 'organization_usage' in client.value ? ['organization_usage'] : ['app_type'];
      ctx.report({ messageId: 'noRoute', resource: client, at, data: { client: JSON.stringify(client.name) } });
    }
  },
});
