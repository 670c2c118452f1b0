import { defineRule } from '../../src/rule-api/define-rule';
import { isPlaceholder } from '../../src/rule-api/helpers';

export default defineRule({
  id: 'require-behavior-without-require',
  meta: {
    description: 'organization_require_behavior has no effect unless organization_usage is "require"',
    severity: 'warning',
    fixable: ['safe', 'unsafe'],
    scope: 'client',
    source: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { ignoreDefault: { type: 'boolean' } },
  },
  defaultOptions: { ignoreDefault: true },
  messages: {
    withoutRequire:
      'organization_require_behavior {{behavior}} has no effect while organization_usage is {{usage}}; it only applies with "require"',
    dependsOnCurrent:
      'organization_require_behavior {{behavior}} only applies if organization_usage is "require"; this change does not set organization_usage, so it depends on the current value',
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (!('organization_require_behavior' in c)) return;
    const behavior = c.organization_require_behavior;
    if (behavior === null || isPlaceholder(behavior)) return;
    // an explicit `no_prompt` is what the API stores by default: every export carries it
    if (ctx.options.ignoreDefault && behavior === 'no_prompt') return;
    const usage = c.organization_usage;
    // a PATCH body or planned update keeps the client's current usage, which only the tenant knows
    if (ctx.resource.partial && !('organization_usage' in c)) {
      ctx.report({
        messageId: 'dependsOnCurrent',
        at: ['organization_require_behavior'],
        target: 'key',
        severity: 'info',
        data: { behavior: JSON.stringify(behavior) },
      });
      return;
    }
    if (usage === 'require' || isPlaceholder(usage)) return;
    // a misspelt usage is organization-usage-enum's finding; this rule speaks only of valid values
    if (usage !== undefined && usage !== null && usage !== 'deny' && usage !== 'allow') return;
    const data = { behavior: JSON.stringify(behavior), usage: usage === undefined || usage === null ? 'not set (so "deny")' : JSON.stringify(usage) };
    ctx.report({
      messageId: 'withoutRequire',
      at: ['organization_require_behavior'],
      target: 'key',
      data,
      fix: { safety: 'safe', description: 'remove organization_require_behavior', ops: [{ op: 'remove', path: ['organization_require_behavior'] }] },
      // the other reading of the mistake: the author meant to require an organization (changes who can log in)
      alternatives: [
        {
          safety: 'unsafe',
          description: 'set organization_usage to "require"',
          ops: [{ op: 'set', path: ['organization_usage'], value: 'require', near: 'organization_require_behavior' }],
        },
      ],
    });
  },
});
