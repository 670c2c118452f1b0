import { defineRule, type RuleContext } from '../../src/rule-api/define-rule';
import { isObject } from '../../src/rule-api/helpers';
import type { Resource } from '../../src/rule-api/resource';
import type { Path } from '../../src/rule-api/types';
import {
  CLIENT_GRANT_SCHEMA, CLIENT_SCHEMA, hasField, nearMissField, ORGANIZATION_CONNECTION_SCHEMA, ORGANIZATION_SCHEMA, type ObjectSchema,
} from '../../src/schema/auth0/index';
import { payloadMeta } from '../../src/sources/payload/payload-meta';

/** the resources this rule checks (connections and settings are read for other rules, not checked here) */
type Checked = 'client' | 'clientGrant' | 'organization';
const OBJECT_NAMES: Record<Checked, string> = { client: 'a client', clientGrant: 'a client grant', organization: 'an organization' };
const SCHEMAS: Record<Checked, ObjectSchema> = { client: CLIENT_SCHEMA, clientGrant: CLIENT_GRANT_SCHEMA, organization: ORGANIZATION_SCHEMA };

/**
 * Sources this rule does not read: a Terraform plan holds the provider's attribute names (not the API's), and
 * Terraform itself rejects an unknown attribute before there is a plan; a live tenant's GET answer holds only
 * fields the API has (a near miss there means orglint's list is stale, not that the user made a typo).
 */
function skipped(r: Resource): boolean {
  if (r.origin === 'terraform' || r.origin === 'live') return true;
  // a client update body: patch-unknown-field reports every key the endpoint does not take, near miss or not
  const meta = payloadMeta(r);
  return r.type === 'client' && meta?.kind === 'update';
}

function check(ctx: RuleContext<unknown>, r: Resource, value: Record<string, unknown>, base: Path, schema: ObjectSchema, what: string): void {
  // every key of every resource is asked: most objects have no near miss, and then nothing more is made
  let guesses: Map<string, string> | undefined;
  // (for…in: the keys Object.keys lists, in its order, without making the list; parsed values inherit none)
  for (const key in value) {
    // (a field, as nearly every key is, without a call: nearMissField says no to it first)
    if (Object.prototype.hasOwnProperty.call(schema, key)) continue;
    const guess = nearMissField(key, schema);
    if (guess) (guesses ??= new Map()).set(key, guess);
  }
  if (!guesses) return;
  const keysPerGuess = new Map<string, number>();
  for (const guess of guesses.values()) keysPerGuess.set(guess, (keysPerGuess.get(guess) ?? 0) + 1);
  for (const [key, guess] of guesses) {
    // a capture is never edited; a rename onto a key already there would lose one of the two values, and two
    // misspellings of one field (`organizationUsage` and `organisation_usage`) renamed together would leave a
    // duplicate key: the file would no longer parse
    const fixable = r.origin !== 'har' && !hasOwn(value, guess) && keysPerGuess.get(guess) === 1;
    ctx.report({
      messageId: 'unknown',
      resource: r,
      at: [...base, key],
      target: 'key',
      data: { field: JSON.stringify(key), what, guess: JSON.stringify(guess), effect: effect(r) },
      // a request body with an unknown field is refused whole (additionalProperties: false)
      ...(r.origin === 'har' || r.origin === 'patch' ? { predictedResponse: { status: 400, errorCode: 'invalid_body' } } : {}),
      fix: fixable ? { safety: 'unsafe', description: `rename ${JSON.stringify(key)} to ${JSON.stringify(guess)}`, ops: [{ op: 'rename', path: [...base, key], to: guess }] } : undefined,
    });
  }
}

function hasOwn(o: object, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

/** What happens to the misspelt key where it is read. */
function effect(r: Resource): string {
  if (r.origin === 'deploy-cli-yaml' || r.origin === 'deploy-cli-directory') return 'deploy-cli sends it as written, so the deploy fails or the setting is never applied';
  if (r.origin === 'har' || r.origin === 'patch') return 'the API rejects a body with unknown fields (400 invalid_body)';
  return 'the setting it was meant to be is not there';
}

export default defineRule({
  id: 'unknown-field',
  meta: {
    description: 'a key of a client, client grant, organization or organization connection that is a near miss of a field is a typo',
    severity: 'error',
    fixable: ['unsafe'],
    scope: 'tenant',
    source: 'https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id',
  },
  defaultOptions: {},
  messages: {
    unknown: 'unknown field {{field}} of {{what}}; did you mean {{guess}}? {{effect}}',
  },
  check(ctx) {
    // (each list in turn, not one array of them all: a directory export's tenant has thousands of clients)
    const { clients, clientGrants, organizations } = ctx.tenant;
    for (const all of [clients, clientGrants, organizations]) {
      for (let n = 0; n < all.length; n++) {
        const r = all[n];
        if (skipped(r)) continue;
        const type = r.type as Checked;
        check(ctx, r, r.value, [], SCHEMAS[type], OBJECT_NAMES[type]);
        if (r.type !== 'organization') continue;
        for (const list of ['connections', 'enabled_connections']) {
          const items = r.value[list];
          if (!Array.isArray(items)) continue;
          for (let i = 0; i < items.length; i++) {
            const item: unknown = items[i];
            if (isObject(item)) check(ctx, r, item, [list, i], ORGANIZATION_CONNECTION_SCHEMA, 'an organization connection');
          }
        }
      }
    }
  },
});
