import { defineRule } from '../../src/rule-api/define-rule';
import { checkEnumField } from '../../src/rule-api/helpers';
import { ORGANIZATION_USAGE } from '../organization-usage-enum/index';

export default defineRule({
  id: 'client-grant-organization-usage-enum',
  meta: {
    description: 'a client grant\'s organization_usage must be "deny", "allow" or "require"',
    severity: 'error',
    fixable: ['safe', 'unsafe'],
    scope: 'clientGrant',
    source: 'https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access',
  },
  defaultOptions: {},
  messages: {
    invalid: 'client grant organization_usage {{value}} is not one of {{allowed}}{{hint}}',
    wrongType: 'client grant organization_usage must be a string, got {{type}} {{value}}; expected one of {{allowed}}',
  },
  check(ctx) {
    // the same values as a client's organization_usage; the M2M docs page spells one of them "required"
    checkEnumField(ctx, {
      field: 'organization_usage',
      allowed: ORGANIZATION_USAGE,
      predictedResponse: { status: 400, errorCode: 'invalid_body' },
    });
  },
});
