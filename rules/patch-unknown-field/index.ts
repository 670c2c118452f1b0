import { defineRule } from '../../src/rule-api/define-rule';
import { didYouMean } from '../../src/rule-api/helpers';
import { CLIENT_PATCH_FIELDS, CLIENT_PATCH_PROPERTIES, CLIENT_READ_ONLY_FIELDS } from '../../src/schema/client-patch-schema';
import { payloadMeta } from '../../src/sources/payload-meta';

export default defineRule({
  id: 'patch-unknown-field',
  meta: {
    description: 'a client PATCH body may only carry fields the endpoint accepts',
    severity: 'error',
    fixable: [],
    scope: 'client',
    source: 'https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id',
  },
  defaultOptions: {},
  messages: {
    unknown:
      'PATCH /api/v2/clients/{id} does not accept a field {{field}}; the API would answer 400 invalid_body ("Additional properties not allowed"){{hint}}',
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    // the create endpoint (POST) accepts other fields: only updates are checked
    if (!meta || meta.kind !== 'update' || meta.bodyProblem) return;
    const body = ctx.resource.value;
    for (const key of Object.keys(body)) {
      if (Object.prototype.hasOwnProperty.call(CLIENT_PATCH_PROPERTIES, key) || CLIENT_READ_ONLY_FIELDS.includes(key)) continue;
      const guess = didYouMean(key, CLIENT_PATCH_FIELDS);
      ctx.report({
        messageId: 'unknown',
        at: [key],
        target: 'key',
        data: { field: JSON.stringify(key), hint: guess ? `; did you mean ${JSON.stringify(guess)}?` : '' },
        predictedResponse: { status: 400, errorCode: 'invalid_body' },
      });
    }
  },
});
