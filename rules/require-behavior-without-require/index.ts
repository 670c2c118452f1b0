import { defineRule } from '../../src/rule-api/define-rule';
import { effectiveOrganizationUsage, isPlaceholder } from '../../src/rule-api/helpers';
import { CLIENT_SCHEMA, nearMissField } from '../../src/schema/auth0/index';

/**
 * Whether a key of the client is a near miss of organization_usage. (Asked of most clients of an export that
 * sets no usage: a key that is a field, as nearly all are, is passed over without a call; for…in lists the keys
 * Object.keys lists, parsed values inherit none.)
 */
function misspeltUsage(c: Record<string, unknown>): boolean {
  for (const k in c) {
    if (Object.prototype.hasOwnProperty.call(CLIENT_SCHEMA, k)) continue;
    if (nearMissField(k, CLIENT_SCHEMA) === 'organization_usage') return true;
  }
  return false;
}

export default defineRule({
  id: 'require-behavior-without-require',
  meta: {
    description: 'organization_require_behavior has no effect unless organization_usage is "require" or "allow"',
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
    withoutUsage:
      'organization_require_behavior {{behavior}} has no effect while organization_usage is {{usage}}; it only applies with "require" or "allow"',
    allowPreLogin:
      'organization_require_behavior "pre_login_prompt" with organization_usage "allow": the current Define Organization Behavior page says it applies (users choose an organization or their personal account), the older page and the API spec say only with "require"; check that the login prompt is the one you want',
    expressDeny:
      'organization_require_behavior {{behavior}} with organization_usage "deny" on an express_configuration application: the API sets "require" on such applications itself, and whether it keeps "deny" is not documented; set organization_usage to "require" to say what the tenant does',
    dependsOnCurrent:
      'organization_require_behavior {{behavior}} only applies if organization_usage is "require" or "allow"; this change does not set organization_usage, so it depends on the current value',
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (!('organization_require_behavior' in c)) return;
    const behavior = c.organization_require_behavior;
    if (behavior === null || isPlaceholder(behavior)) return;
    // an explicit `no_prompt` is what the API stores by default: every export carries it
    if (ctx.options.ignoreDefault && behavior === 'no_prompt') return;
    // on an express_configuration application without a usage the API itself sets "require"
    const usage = effectiveOrganizationUsage(c);
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
    if (usage === 'allow') {
      // a documented setup (Login Flows for Organizations: "Both"); only the pre-login prompt is disputed
      if (behavior === 'pre_login_prompt') ctx.report({ messageId: 'allowPreLogin', at: ['organization_require_behavior'], target: 'key', severity: 'info' });
      return;
    }
    // a misspelt usage is organization-usage-enum's finding; this rule speaks only of valid values
    if (usage !== undefined && usage !== null && usage !== 'deny') return;
    // a misspelt usage key (`organisation_usage: require`) is unknown-field's finding: removing the behavior
    // would lose what the author meant once the key is fixed
    if (usage === undefined && misspeltUsage(c)) return;
    // an express_configuration application is one the API itself makes "require": whether it keeps a written
    // "deny" is not documented, so the behavior may well take effect (info, and no fix removes it)
    if (c.app_type === 'express_configuration') {
      ctx.report({ messageId: 'expressDeny', at: ['organization_require_behavior'], target: 'key', severity: 'info', data: { behavior: JSON.stringify(behavior) } });
      return;
    }
    const data = { behavior: JSON.stringify(behavior), usage: usage === undefined || usage === null ? 'not set (so "deny")' : JSON.stringify(usage) };
    ctx.report({
      messageId: 'withoutUsage',
      at: ['organization_require_behavior'],
      target: 'key',
      data,
      // with "deny" the behavior is never read: removing it changes nothing for anyone
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
