/**
 * How the test server judges a `PATCH /api/v2/clients/{id}` body, modelled on the Management API's answers
 * (/work/shared/auth0-facts.md §4 and the seed doc's status table).
 */

/** An error answer: status and the API's JSON error body. */
export interface ApiErrorAnswer {
  status: number;
  body: { statusCode: number; error: string; message: string; errorCode?: string };
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Build an error answer the way the API spells them. */
export function apiError(status: number, message: string, errorCode?: string): ApiErrorAnswer {
  const body: ApiErrorAnswer['body'] = { statusCode: status, error: STATUS_TEXT[status] ?? 'Error', message };
  if (errorCode) body.errorCode = errorCode;
  return { status, body };
}

/** Fields `PATCH /api/v2/clients/{id}` accepts (a subset of the API's schema: what tests and orglint touch). */
const ACCEPTED = new Set([
  'name', 'description', 'client_secret', 'logo_uri', 'callbacks', 'allowed_origins', 'web_origins', 'grant_types',
  'client_aliases', 'allowed_clients', 'allowed_logout_urls', 'jwt_configuration', 'encryption_key', 'sso',
  'cross_origin_authentication', 'cross_origin_loc', 'sso_disabled', 'custom_login_page_on', 'token_endpoint_auth_method',
  'app_type', 'is_first_party', 'oidc_conformant', 'custom_login_page', 'custom_login_page_preview', 'form_template',
  'addons', 'client_metadata', 'mobile', 'initiate_login_uri', 'native_social_login', 'refresh_token',
  'default_organization', 'organization_usage', 'organization_require_behavior', 'organization_discovery_methods',
  'client_authentication_methods', 'require_pushed_authorization_requests', 'oidc_logout', 'compliance_level',
]);

/** Fields that need `update:client_keys` rather than `update:clients`. */
const KEY_FIELDS = ['client_secret', 'encryption_key', 'client_authentication_methods'];

const ENUMS: Record<string, { values: string[]; doc: string }> = {
  organization_usage: {
    values: ['deny', 'allow', 'require'],
    doc: "Defines how to proceed during an authentication transaction with regards an organization. Can be 'deny' (default), 'allow' or 'require'.",
  },
  organization_require_behavior: {
    values: ['no_prompt', 'pre_login_prompt', 'post_login_prompt'],
    doc: "Defines how to proceed during an authentication transaction when `client.organization_usage: 'require'`. Can be `no_prompt` (default), `pre_login_prompt` or  `post_login_prompt`.",
  },
};

const ORG_FIELDS = ['organization_usage', 'organization_require_behavior', 'organization_discovery_methods', 'default_organization'];

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

const invalid = (message: string) => apiError(400, `Payload validation error: ${message}`, 'invalid_body');

/** What the API would answer to this body, or null when it would accept it. */
export function validatePatch(
  body: unknown,
  current: Record<string, unknown>,
  scopes: ReadonlySet<string>,
  opts: { organizationsFeature: boolean },
): ApiErrorAnswer | null {
  if (typeName(body) !== 'object') return invalid(`'Expected type object but found type ${typeName(body)}'.`);
  const b = body as Record<string, unknown>;
  const extra = Object.keys(b).filter((k) => !ACCEPTED.has(k));
  if (extra.length) return invalid(`'Additional properties not allowed: ${extra.join(',')}'.`);
  for (const [field, e] of Object.entries(ENUMS)) {
    if (!(field in b) || b[field] === null) continue;
    const v = b[field];
    if (typeof v !== 'string') return invalid(`'Expected type string but found type ${typeName(v)}' on property ${field} (${e.doc}).`);
    if (!e.values.includes(v)) return invalid(`'No enum match for: ${JSON.stringify(v)}' on property ${field} (${e.doc}).`);
  }
  const dm = b.organization_discovery_methods;
  if (dm !== undefined && dm !== null) {
    if (!Array.isArray(dm)) return invalid(`'Expected type array but found type ${typeName(dm)}' on property organization_discovery_methods.`);
    if (dm.length === 0) return invalid(`'Array is too short (0), minimum 1' on property organization_discovery_methods.`);
  }
  const keys = KEY_FIELDS.filter((k) => k in b);
  if (keys.length && !scopes.has('update:client_keys')) {
    return apiError(
      403,
      `Some fields cannot be updated with the permissions granted by the bearer token scopes. The following fields require update:client_keys: ${keys.join(', ')}.`,
      'insufficient_scope',
    );
  }
  const settingOrg = ORG_FIELDS.some((k) => b[k] !== undefined && b[k] !== null);
  if (settingOrg && !opts.organizationsFeature) return apiError(403, 'The account is not allowed to perform this operation.', 'operation_not_supported');
  const next = { ...current, ...b };
  const thirdParty = next.is_first_party === false;
  const orgSet = ['organization_usage', 'organization_require_behavior'].some((k) => next[k] !== undefined && next[k] !== null && next[k] !== 'deny');
  if (thirdParty && orgSet && ('is_first_party' in b || settingOrg)) {
    return apiError(
      403,
      'Organizations are only available to first party clients on user-based flows. Properties organization_usage and organization_require_behavior must be unset for third party clients.',
      'invalid_body',
    );
  }
  return null;
}

/** Apply an accepted PATCH body: `null` clears a field, like the API. */
export function applyPatch(current: Record<string, unknown>, body: Record<string, unknown>): Record<string, unknown> {
  const next = { ...current };
  for (const [k, v] of Object.entries(body)) {
    if (v === null) delete next[k];
    else next[k] = v;
  }
  return next;
}
