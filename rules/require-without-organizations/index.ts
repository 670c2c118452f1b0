import { defineRule } from '../../src/rule-api/define-rule';

export default defineRule({
  id: 'require-without-organizations',
  meta: {
    description: 'organization_usage "require" needs at least one organization in the tenant',
    severity: 'warning',
    fixable: [],
    scope: 'tenant',
    source: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior',
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
    // a missing organizations section means unknown, not none
    if (!tenant.hasOrganizations || tenant.organizations.length > 0) return;
    // a directory export cannot show an empty list (an empty folder holds no file): an empty result there means
    // its organization files did not parse, which parse-error already reports
    if ([...tenant.clients, ...tenant.clientGrants].some((r) => r.origin === 'deploy-cli-directory')) return;
    for (const client of tenant.clients) {
      if (client.value.organization_usage !== 'require') continue;
      ctx.report({ messageId: 'client', resource: client, at: ['organization_usage'], data: { name: JSON.stringify(client.name) } });
    }
    for (const grant of tenant.clientGrants) {
      if (grant.value.organization_usage !== 'require') continue;
      const data = { name: JSON.stringify(grant.value.client_id ?? '?'), audience: JSON.stringify(grant.value.audience ?? '?') };
      ctx.report({ messageId: 'grant', resource: grant, at: ['organization_usage'], data });
    }
  },
});
