import { defineRule } from '../../src/rule-api/define-rule';
import { isObject } from '../../src/rule-api/helpers';

/** Grant types that never carry an Organization (Organizations overview, Limitations). */
export const ORGANIZATION_INCOMPATIBLE_GRANTS: Record<string, string> = {
  password: 'the Resource Owner Password flow',
  'http://auth0.com/oauth/grant-type/password-realm': 'the Resource Owner Password flow with realms',
  'urn:ietf:params:oauth:grant-type:device_code': 'the Device Authorization flow',
};

/** the message data of each usage, shared by every report (a report's data is only read) */
const ALLOW: Readonly<Record<string, unknown>> = { usage: JSON.stringify('allow') };
const REQUIRE: Readonly<Record<string, unknown>> = { usage: JSON.stringify('require') };

export default defineRule({
  id: 'organization-incompatible-grant',
  meta: {
    description: 'an application that uses Organizations must not rely on the password or device code grants, or on WS-Fed',
    severity: 'warning',
    fixable: [],
    scope: 'client',
    source: 'https://auth0.com/docs/manage-users/organizations/organizations-overview',
  },
  defaultOptions: {},
  messages: {
    grant:
      'grant type {{grant}} ({{flow}}) does not support Organizations, but organization_usage is {{usage}}; remove the grant or log users in through Universal Login',
    wsfed:
      'the WS-Fed add-on (addons.wsfed) does not support Organizations, but organization_usage is {{usage}}; turn the add-on off or use OIDC or SAML',
  },
  check(ctx) {
    const c = ctx.resource.value;
    const usage = c.organization_usage;
    // absent means "deny" in an export; in a PATCH body or plan it is the unknown current value
    if (usage !== 'allow' && usage !== 'require') return;
    // (JSON.stringify of the one of two values: made per client that uses Organizations, most of an export's)
    const data = usage === 'allow' ? ALLOW : REQUIRE;
    const grants = c.grant_types;
    if (Array.isArray(grants)) {
      for (let i = 0; i < grants.length; i++) {
        const g: unknown = grants[i];
        if (typeof g !== 'string' || !Object.prototype.hasOwnProperty.call(ORGANIZATION_INCOMPATIBLE_GRANTS, g)) continue;
        ctx.report({ messageId: 'grant', at: ['grant_types', i], data: { ...data, grant: JSON.stringify(g), flow: ORGANIZATION_INCOMPATIBLE_GRANTS[g] } });
      }
    }
    // deploy-cli exports an enabled add-on as an object, often `wsfed: {}`; null or false means it is off
    if (isObject(c.addons) && isObject(c.addons.wsfed)) {
      ctx.report({ messageId: 'wsfed', at: ['addons', 'wsfed'], target: 'key', data });
    }
  },
});
