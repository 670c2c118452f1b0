import { defineRule } from '../../src/rule-api/define-rule';
import { checkEnumField } from '../../src/rule-api/helpers';

/** The values the Management API accepts for `organization_usage` (case-sensitive). */
export const ORGANIZATION_USAGE = ['deny', 'allow', 'require'] as const;

export default defineRule({
  id: 'organization-usage-enum',
  meta: {
    description: 'organization_usage must be "deny", "allow" or "require"',
    severity: 'error',
    fixable: ['safe', 'unsafe'],
    scope: 'client',
    source: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior',
  },
  defaultOptions: {},
  messages: {
    invalid: 'organization_usage {{value}} is not one of {{allowed}}{{hint}}',
    wrongType: 'organization_usage must be a string, got {{type}} {{value}}; expected one of {{allowed}}',
  },
  check(ctx) {
    checkEnumField(ctx, {
      field: 'organization_usage',
      allowed: ORGANIZATION_USAGE,
      predictedResponse: { status: 400, errorCode: 'invalid_body' },
    });
  },
});
