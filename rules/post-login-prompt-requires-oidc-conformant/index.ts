import { defineRule } from '../../src/rule-api/define-rule';

export default defineRule({
  id: 'post-login-prompt-requires-oidc-conformant',
  meta: {
    description: 'organization_require_behavior "post_login_prompt" needs oidc_conformant: true',
    severity: 'error',
    fixable: ['unsafe'],
    scope: 'client',
    source: 'https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id',
  },
  defaultOptions: {},
  messages: {
    notConformant: 'organization_require_behavior "post_login_prompt" requires oidc_conformant: true, got false',
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (c.organization_require_behavior !== 'post_login_prompt') return;
    // only an explicit false: an absent flag (a hand-written file, a PATCH body) keeps a value we cannot see
    if (c.oidc_conformant !== false) return;
    ctx.report({
      messageId: 'notConformant',
      at: ['organization_require_behavior'],
      fix: {
        safety: 'unsafe',
        description: 'set oidc_conformant to true',
        ops: [{ op: 'set', path: ['oidc_conformant'], value: true }],
      },
    });
  },
});
