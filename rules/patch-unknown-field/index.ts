import { defineRule } from '../../src/rule-api/define-rule';
import { didYouMean } from '../../src/rule-api/helpers';
import { CLIENT_SCHEMA } from '../../src/schema/auth0/index';
import { CLIENT_PATCH_DISPUTED, CLIENT_PATCH_FIELDS, CLIENT_PATCH_PROPERTIES, CLIENT_READ_ONLY_FIELDS } from '../../src/schema/client-patch-schema';
import { payloadMeta } from '../../src/sources/payload/payload-meta';

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

export default defineRule({
  id: 'patch-unknown-field',
  meta: {
    description: 'a client PATCH body may only carry fields the endpoint accepts',
    severity: 'error',
    fixable: ['unsafe'],
    scope: 'client',
    // (payloadMeta answers only for these: on an export's clients the rule has nothing to check)
    origins: ['patch', 'har'],
    source: 'https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id',
  },
  defaultOptions: {},
  messages: {
    unknown:
      'PATCH /api/v2/clients/{id} does not accept a field {{field}}; the API would answer 400 invalid_body ("Additional properties not allowed"){{hint}}',
    legacyName:
      '"cross_origin_auth" is the older name of "cross_origin_authentication": no Management API spec or SDK type lists it, though the API still takes it (recorded deploy-cli writes carrying it were answered 200); send "cross_origin_authentication" instead',
    disputed: '{{field}} may not be accepted by PATCH /api/v2/clients/{id}: {{reason}}',
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    // the create endpoint (POST) accepts other fields: only updates are checked (unknown-field looks at creates)
    if (!meta || meta.kind !== 'update' || meta.bodyProblem) return;
    const body = ctx.resource.value;
    // where each key would be renamed to: two keys renamed onto one field would leave a duplicate key (a body
    // that no longer parses), so neither gets the fix
    const targets = new Map<string, number>();
    for (const key of Object.keys(body)) {
      const to = key === 'cross_origin_auth' ? 'cross_origin_authentication' : has(CLIENT_PATCH_DISPUTED, key) ? undefined : renameTarget(key);
      if (to) targets.set(to, (targets.get(to) ?? 0) + 1);
    }
    const alone = (to: string) => !has(body, to) && targets.get(to) === 1;
    for (const key of Object.keys(body)) {
      if (has(CLIENT_PATCH_DISPUTED, key)) {
        if (key === 'cross_origin_auth') {
          // the same setting under its new name: renaming is a no-op for the API, but both keys may disagree
          const fix = !alone('cross_origin_authentication')
            ? undefined
            : { safety: 'unsafe' as const, description: 'rename "cross_origin_auth" to "cross_origin_authentication"', ops: [{ op: 'rename' as const, path: [key], to: 'cross_origin_authentication' }] };
          ctx.report({ messageId: 'legacyName', at: [key], target: 'key', severity: CLIENT_SCHEMA[key].takenByRealApi ? 'info' : 'warning', fix });
        } else {
          ctx.report({ messageId: 'disputed', at: [key], target: 'key', severity: 'warning', data: { field: JSON.stringify(key), reason: CLIENT_PATCH_DISPUTED[key] } });
        }
        continue;
      }
      if (has(CLIENT_PATCH_PROPERTIES, key) || CLIENT_READ_ONLY_FIELDS.includes(key)) continue;
      const guess = renameTarget(key);
      ctx.report({
        messageId: 'unknown',
        at: [key],
        target: 'key',
        data: { field: JSON.stringify(key), hint: guess ? `; did you mean ${JSON.stringify(guess)}?` : '' },
        // the field the user most likely meant; unsafe, since it guesses (and applies the value there)
        fix: guess && alone(guess) ? { safety: 'unsafe', description: `rename ${JSON.stringify(key)} to ${JSON.stringify(guess)}`, ops: [{ op: 'rename', path: [key], to: guess }] } : undefined,
        predictedResponse: { status: 400, errorCode: 'invalid_body' },
      });
    }
  },
});

/** The accepted field an unknown key is most likely a misspelling of (undefined for a field or a read-only one). */
function renameTarget(key: string): string | undefined {
  if (has(CLIENT_PATCH_PROPERTIES, key) || CLIENT_READ_ONLY_FIELDS.includes(key)) return undefined;
  return didYouMean(key, CLIENT_PATCH_FIELDS);
}
