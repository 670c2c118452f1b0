import { defineRule } from '../../src/rule-api/define-rule';
import { isPlaceholder } from '../../src/rule-api/helpers';
import { payloadMeta } from '../../src/sources/payload/payload-meta';

const ORG_FIELDS = ['organization_usage', 'organization_require_behavior'] as const;

export default defineRule({
  id: 'patch-third-party-organization',
  meta: {
    description: 'a client update that sets is_first_party to false must also unset organization_usage and organization_require_behavior',
    // auth0-facts §1: the API's 403 (observed), but newer docs allow third-party apps in organizations that opt in
    // (third_party_client_access: allow) — where sources disagree, the lower severity
    severity: 'warning',
    fixable: [],
    scope: 'client',
    // (payloadMeta answers only for these: on an export's clients the rule has nothing to check)
    origins: ['patch', 'har'],
    source: 'https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id',
  },
  defaultOptions: {},
  messages: {
    stillSet:
      'is_first_party false with {{fields}} still set; the API has answered 403 ("Organizations are only available to first party clients"), though newer docs allow third-party applications in organizations that opt in; send null unless your tenant allows it',
    dependsOnCurrent:
      'is_first_party false succeeds only if {{fields}} unset on the client; without null for {{list}} in this request, the API answers 403 when the client still has a value',
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta || meta.kind !== 'update' || meta.bodyProblem) return;
    const body = ctx.resource.value;
    if (body.is_first_party !== false) return;
    const set = ORG_FIELDS.filter((f) => f in body && body[f] !== null);
    // a keyword placeholder could be null after replacement: unknown
    if (set.some((f) => isPlaceholder(body[f]))) return;
    if (set.length) {
      const fields = set.map((f) => `${f} ${JSON.stringify(body[f])}`).join(' and ');
      // disputed (403 recorded, allowed by newer docs): no definite answer is predicted
      ctx.report({ messageId: 'stillSet', at: ['is_first_party'], data: { fields } });
      return;
    }
    const absent = ORG_FIELDS.filter((f) => !(f in body));
    if (absent.length) {
      const fields = absent.length === 1 ? `${absent[0]} is` : `${absent.join(' and ')} are`;
      ctx.report({ messageId: 'dependsOnCurrent', at: ['is_first_party'], severity: 'info', data: { fields, list: absent.join(' and ') } });
    }
  },
});
