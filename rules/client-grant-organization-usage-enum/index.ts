import { defineRule } from '../../src/rule-api/define-rule';
import { checkEnumField, type EnumCheck } from '../../src/rule-api/helpers';
import { ORGANIZATION_USAGE } from '../organization-usage-enum/index';

/** made once: the rule runs for every resource */
const CHECK: EnumCheck = {
  field: 'organization_usage',
  allowed: ORGANIZATION_USAGE,
  predictedResponse: { status: 400, errorCode: 'invalid_body' },
  // null clears the field, and PATCH takes it (real answers 200, ../shared/auth0-facts.md §1-2): deploy-cli
  // updates a client with PATCH, so `null` in an export is no 400 either
  nullAllowed: true,
};

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
    wrongType: 'client grant organization_usage must be a string, got {{found}}; expected one of {{allowed}}',
  },
  check(ctx) {
    // the same values as a client's organization_usage; the M2M docs page spells one of them "required"
    checkEnumField(ctx, CHECK);
  },
});
