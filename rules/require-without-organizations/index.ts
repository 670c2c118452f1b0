import { defineRule } from '../../src/rule-api/define-rule';

export default defineRule({
  id: 'require-without-organizations',
  meta: {
    description: 'organization_usage "require" needs at least one organization in the tenant',
    severity: 'warning',
    fixable: [],
    scope: 'tenant',
    source: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior',
    needs: ['organization'],
  },
  defaultOptions: {},
  messages: {
    client:
      'client {{name}} requires an organization, but this export holds none (organizations is empty): every login of the application will fail',
    grant:
      'the grant of {{name}} for {{audience}} requires an organization, but this export holds none (organizations is empty): every client credentials request for it will fail',
  },
  check(ctx) {
    const { tenant } = ctx;
    const clients = tenant.clients.filter((c) => c.value.organization_usage === 'require');
    const grants = tenant.clientGrants.filter((g) => g.value.organization_usage === 'require');
    if (clients.length === 0 && grants.length === 0) return;
    // a missing organizations section, or organizations excluded from deploy-cli, means unknown, not none; a
    // directory export cannot show an empty list (an empty folder holds no file), so there it is unknown too
    const orgs = ctx.resources('organization');
    if (!orgs.known || orgs.items.length > 0) return;
    for (const client of clients) {
      ctx.report({ messageId: 'client', resource: client, at: ['organization_usage'], data: { name: JSON.stringify(client.name) } });
    }
    for (const grant of grants) {
      const data = { name: JSON.stringify(grant.value.client_id ?? '?'), audience: JSON.stringify(grant.value.audience ?? '?') };
      ctx.report({ messageId: 'grant', resource: grant, at: ['organization_usage'], data });
    }
  },
});
