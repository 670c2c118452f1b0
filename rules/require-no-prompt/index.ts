import { defineRule } from '../../src/rule-api/define-rule';

export default defineRule({
  id: 'require-no-prompt',
  meta: {
    description: 'organization_usage "require" without a prompt rejects every login that does not name an organization',
    severity: 'info',
    fixable: [],
    scope: 'client',
    source: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior',
  },
  defaultOptions: {},
  messages: {
    noPrompt:
      'organization_usage "require" with organization_require_behavior {{behavior}}: every /authorize request must carry an organization parameter, or it is rejected',
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (c.organization_usage !== 'require') return;
    // a machine-to-machine client never goes through /authorize (organization-usage-on-m2m speaks of it)
    if (c.app_type === 'non_interactive') return;
    const hasBehavior = 'organization_require_behavior' in c;
    // a PATCH body or plan without the behavior keeps the tenant's, which may well be a prompt
    if (!hasBehavior && ctx.resource.partial) return;
    const behavior = c.organization_require_behavior;
    // prompts, placeholders and misspellings (organization-require-behavior-enum) are not this finding
    if (behavior !== undefined && behavior !== null && behavior !== 'no_prompt') return;
    const shown = behavior === 'no_prompt' ? '"no_prompt"' : `${behavior === null ? 'null' : 'not set'} (so "no_prompt")`;
    ctx.report({
      messageId: 'noPrompt',
      at: behavior === 'no_prompt' ? ['organization_require_behavior'] : ['organization_usage'],
      data: { behavior: shown },
    });
  },
});
