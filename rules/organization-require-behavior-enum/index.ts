import { defineRule } from '../../src/rule-api/define-rule';
import { checkEnumField, type EnumCheck } from '../../src/rule-api/helpers';

/** The values the Management API accepts for `organization_require_behavior` (case-sensitive). */
export const ORGANIZATION_REQUIRE_BEHAVIOR = ['no_prompt', 'pre_login_prompt', 'post_login_prompt'] as const;

/** made once: the rule runs for every resource */
const CHECK: EnumCheck = {
  field: 'organization_require_behavior',
  allowed: ORGANIZATION_REQUIRE_BEHAVIOR,
  predictedResponse: { status: 400, errorCode: 'invalid_body' },
  // null clears the field, and PATCH takes it (real answers 200, ../shared/auth0-facts.md §1-2): deploy-cli
  // updates a client with PATCH, so `null` in an export is no 400 either
  nullAllowed: true,
};

export default defineRule({
  id: 'organization-require-behavior-enum',
  meta: {
    description: 'organization_require_behavior must be "no_prompt", "pre_login_prompt" or "post_login_prompt"',
    severity: 'error',
    fixable: ['safe', 'unsafe'],
    scope: 'client',
    source: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior',
  },
  defaultOptions: {},
  messages: {
    invalid: 'organization_require_behavior {{value}} is not one of {{allowed}}{{hint}}',
    wrongType: 'organization_require_behavior must be a string, got {{found}}; expected one of {{allowed}}',
  },
  check(ctx) {
    checkEnumField(ctx, CHECK);
  },
});
