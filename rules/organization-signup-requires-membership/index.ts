import { defineRule } from '../../src/rule-api/define-rule';
import { isObject, isPlaceholder } from '../../src/rule-api/helpers';

/** How a message names a connection: deploy-cli writes its `name`, the API its `connection_id`. */
function label(c: Record<string, unknown>, i: number): string {
  if (typeof c.name === 'string') return JSON.stringify(c.name);
  if (typeof c.connection_id === 'string') return JSON.stringify(c.connection_id);
  return `#${i + 1}`;
}

export default defineRule({
  id: 'organization-signup-requires-membership',
  meta: {
    description: 'an organization connection with is_signup_enabled also needs assign_membership_on_login',
    severity: 'error',
    fixable: ['unsafe'],
    scope: 'organization',
    source: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-connections',
  },
  defaultOptions: {},
  messages: {
    withoutMembership:
      'connection {{connection}} has is_signup_enabled true while assign_membership_on_login is {{membership}}; organization signup needs membership on authentication',
  },
  check(ctx) {
    const connections = ctx.resource.value.connections;
    if (!Array.isArray(connections)) return;
    connections.forEach((c, i) => {
      if (!isObject(c) || c.is_signup_enabled !== true) return;
      const membership = c.assign_membership_on_login;
      if (membership === true || isPlaceholder(membership)) return;
      // a planned change that leaves the field out keeps its current value, unknown here
      if (membership === undefined && ctx.resource.partial) return;
      const shown = membership === undefined ? 'not set (so false)' : JSON.stringify(membership);
      ctx.report({
        messageId: 'withoutMembership',
        at: ['connections', i, 'is_signup_enabled'],
        data: { connection: label(c, i), membership: shown },
        // the fix applied never widens access: signup goes off; making every user who logs in through the
        // connection a member is the other reading, offered but never applied by --fix-unsafe
        fix: {
          safety: 'unsafe',
          description: 'set is_signup_enabled to false',
          ops: [{ op: 'set', path: ['connections', i, 'is_signup_enabled'], value: false }],
        },
        alternatives: [
          {
            safety: 'unsafe',
            description: 'set assign_membership_on_login to true',
            ops: [{ op: 'set', path: ['connections', i, 'assign_membership_on_login'], value: true, near: 'is_signup_enabled' }],
          },
        ],
      });
    });
  },
});
