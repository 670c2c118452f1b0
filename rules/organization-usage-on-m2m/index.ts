import { defineRule } from '../../src/rule-api/define-rule';

/** grant types that send users through /authorize, where the client's own organization_usage applies */
const USER_FLOWS = ['authorization_code', 'implicit'];

export default defineRule({
  id: 'organization-usage-on-m2m',
  meta: {
    description: 'a machine-to-machine application gets organization access from its client grants, not organization_usage',
    severity: 'warning',
    fixable: [],
    scope: 'client',
    source: 'https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access',
  },
  defaultOptions: {},
  messages: {
    onM2m:
      'organization_usage {{usage}} does not apply to the client credentials of a machine-to-machine application (app_type "non_interactive"); set organization_usage on its client grants, per API',
  },
  check(ctx) {
    const c = ctx.resource.value;
    const usage = c.organization_usage;
    if (usage !== 'allow' && usage !== 'require') return;
    // absent app_type: a PATCH body or plan keeps the tenant's, and an export without it is not known to be M2M
    if (c.app_type !== 'non_interactive') return;
    // the client's setting does apply to users it sends through /authorize
    const grants = c.grant_types;
    if (Array.isArray(grants) && grants.some((g) => USER_FLOWS.includes(g as string))) return;
    ctx.report({ messageId: 'onM2m', at: ['organization_usage'], data: { usage: JSON.stringify(usage) } });
  },
});
