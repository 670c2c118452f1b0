import { defineRule } from '../../src/rule-api/define-rule';
import { CLIENT_READ_ONLY_FIELDS } from '../../src/schema/client-patch-schema';
import { payloadMeta } from '../../src/sources/payload/payload-meta';

export default defineRule({
  id: 'patch-read-only-field',
  meta: {
    description: 'a client PATCH body must not carry read-only fields such as client_id, tenant or signing_keys',
    severity: 'error',
    fixable: ['safe'],
    scope: 'client',
    // (payloadMeta answers only for these: on an export's clients the rule has nothing to check)
    origins: ['patch', 'har'],
    source: 'https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id',
  },
  defaultOptions: {},
  messages: {
    readOnly:
      '{{field}} is read-only and cannot be sent in a PATCH body; the API would answer 400 invalid_body ("Additional properties not allowed")',
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta || meta.kind !== 'update' || meta.bodyProblem) return;
    for (const key of Object.keys(ctx.resource.value)) {
      if (!CLIENT_READ_ONLY_FIELDS.includes(key)) continue;
      ctx.report({
        messageId: 'readOnly',
        at: [key],
        target: 'key',
        data: { field: JSON.stringify(key) },
        // the API would never apply it, so leaving it out changes nothing but the 400
        fix: { safety: 'safe', description: `remove ${JSON.stringify(key)}`, ops: [{ op: 'remove', path: [key] }] },
        predictedResponse: { status: 400, errorCode: 'invalid_body' },
      });
    }
  },
});
