import { defineRule, type Report } from '../../src/rule-api/define-rule';
import { isPlaceholder } from '../../src/rule-api/helpers';

const FIELD = 'organization_discovery_methods';
const BEHAVIORS = ['no_prompt', 'pre_login_prompt', 'post_login_prompt'];

/** A field's value for a message: quoted, or what its absence means. */
function shown(value: unknown, meaning: string): string {
  if (value === undefined) return `not set (so "${meaning}")`;
  if (value === null) return `null (so "${meaning}")`;
  return JSON.stringify(value);
}

export default defineRule({
  id: 'discovery-methods-without-pre-login-prompt',
  meta: {
    description: 'organization_discovery_methods only works with organization_require_behavior "pre_login_prompt"',
    severity: 'warning',
    fixable: ['safe', 'unsafe'],
    scope: 'client',
    source: 'https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id',
  },
  defaultOptions: {},
  messages: {
    notPreLogin:
      'organization_discovery_methods has no effect while organization_require_behavior is {{behavior}}; it is only used by "pre_login_prompt"',
    notRequired:
      'organization_discovery_methods has no effect while organization_require_behavior is {{behavior}} and organization_usage is {{usage}}; it is only used by the "pre_login_prompt" of an application that requires an organization',
  },
  check(ctx) {
    const c = ctx.resource.value;
    const methods = c[FIELD];
    // other shapes are organization-discovery-methods-valid's finding; [] and null set nothing
    if (!Array.isArray(methods) || methods.length === 0) return;
    // in a PATCH body or a plan an absent field keeps its current value, which we cannot see
    if (ctx.resource.partial && !('organization_require_behavior' in c)) return;
    const behavior = c.organization_require_behavior;
    if (behavior === 'pre_login_prompt' || isPlaceholder(behavior)) return;
    // a misspelt behavior is organization-require-behavior-enum's finding
    if (behavior !== undefined && behavior !== null && !BEHAVIORS.includes(behavior as string)) return;
    const usage = c.organization_usage;
    const usageKnown = !(ctx.resource.partial && !('organization_usage' in c)) && !isPlaceholder(usage);
    const required = usage === 'require';
    const report: Report = {
      messageId: required || !usageKnown ? 'notPreLogin' : 'notRequired',
      at: [FIELD],
      target: 'key',
      data: { behavior: shown(behavior, 'no_prompt'), usage: shown(usage, 'deny') },
      // null, not removal: a file without the key leaves the tenant's methods in place, and the API refuses to
      // move away from pre_login_prompt while they are set (terraform-provider-auth0 issue #1416)
      fix: { safety: 'safe', description: `set ${FIELD} to null (clears them)`, ops: [{ op: 'set', path: [FIELD], value: null }] },
    };
    // the other reading: the prompt was meant to be shown; only sensible when an organization is required
    if (required) {
      report.alternatives = [
        {
          safety: 'unsafe',
          description: 'set organization_require_behavior to "pre_login_prompt"',
          ops: [{ op: 'set', path: ['organization_require_behavior'], value: 'pre_login_prompt', near: 'organization_usage' }],
        },
      ];
    }
    ctx.report(report);
  },
});
