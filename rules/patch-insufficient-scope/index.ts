import { defineRule } from '../../src/rule-api/define-rule';
import {
  CLIENT_FIELD_SCOPES,
  CREATE_CLIENTS_SCOPE,
  UPDATE_CLIENT_KEYS_SCOPE,
  UPDATE_CLIENTS_SCOPE,
} from '../../src/schema/client-patch-schema';
import { payloadMeta } from '../../src/sources/payload/payload-meta';

const FORBIDDEN = { predictedResponse: { status: 403, errorCode: 'insufficient_scope' } };

/** The token's scopes for a message (names only; a scope is not a secret). */
function scopeList(scopes: readonly string[]): string {
  if (scopes.length === 0) return 'no scopes';
  const shown = scopes.slice(0, 6).join(' ');
  return JSON.stringify(scopes.length > 6 ? `${shown} ...` : shown);
}

export default defineRule({
  id: 'patch-insufficient-scope',
  meta: {
    description: 'the bearer token of a client update must grant update:clients, and update:client_keys for key fields',
    severity: 'error',
    fixable: [],
    scope: 'client',
    // (payloadMeta answers only for these: on an export's clients the rule has nothing to check)
    origins: ['patch', 'har'],
    source: 'https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id',
  },
  defaultOptions: {},
  messages: {
    noScope: 'the bearer token grants {{scopes}}, without {{needed}}; the API would answer 403 insufficient_scope',
    fieldScope: '{{field}} can only be changed with the {{needed}} scope, which the bearer token lacks; the API would answer 403 insufficient_scope',
    keysOnly:
      'the bearer token grants update:client_keys but not update:clients, so {{field}} cannot be changed; the API would answer 403 insufficient_scope',
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    // scopes are known only from a HAR request whose token is a JWT; a placeholder token says nothing
    if (!meta?.scopes || !meta.request) return;
    const scopes = new Set(meta.scopes);
    // point at the Authorization header's name, never at the token
    const header = meta.authorizationHeader !== undefined ? ['headers', meta.authorizationHeader, 'name'] : ['method'];
    const scopesData = { scopes: scopeList(meta.scopes) };
    if (meta.kind === 'create') {
      if (!scopes.has(CREATE_CLIENTS_SCOPE)) ctx.report({ messageId: 'noScope', resource: meta.request, at: header, data: { ...scopesData, needed: CREATE_CLIENTS_SCOPE }, ...FORBIDDEN });
      return;
    }
    const clients = scopes.has(UPDATE_CLIENTS_SCOPE);
    const keys = scopes.has(UPDATE_CLIENT_KEYS_SCOPE);
    if (!clients && !keys) {
      ctx.report({ messageId: 'noScope', resource: meta.request, at: header, data: { ...scopesData, needed: `${UPDATE_CLIENTS_SCOPE} (or ${UPDATE_CLIENT_KEYS_SCOPE})` }, ...FORBIDDEN });
      return;
    }
    let reportedKeysOnly = false;
    for (const key of Object.keys(ctx.resource.value)) {
      const needed = CLIENT_FIELD_SCOPES[key];
      if (needed && !scopes.has(needed)) {
        ctx.report({ messageId: 'fieldScope', at: [key], target: 'key', data: { field: JSON.stringify(key), needed }, ...FORBIDDEN });
      } else if (!needed && !clients && !reportedKeysOnly) {
        // "Some fields cannot be updated with the permissions granted by the bearer token scopes"
        reportedKeysOnly = true;
        ctx.report({ messageId: 'keysOnly', at: [key], target: 'key', data: { field: JSON.stringify(key) }, ...FORBIDDEN });
      }
    }
  },
});
