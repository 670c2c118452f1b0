import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';

/**
 * The body of `PATCH /api/v2/clients/{id}` (`UpdateClientRequestContent` in Auth0's Management API OpenAPI
 * spec, https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id), derived from the one schema
 * module (`./auth0/`): the fields, their types, which accept `null`, the enums, the read-only fields and the
 * fields that need more than `update:clients` are edited there. Nested objects are checked only as far as the
 * spec is stable (type and `null`); their inner keys are left to the API.
 */

import { CLIENT_SCHEMA, type FieldSpec } from './auth0/index';

export {
  APP_TYPE_VALUES, ORGANIZATION_DISCOVERY_VALUES, ORGANIZATION_REQUIRE_BEHAVIOR_VALUES, ORGANIZATION_USAGE_VALUES,
} from './auth0/index';

/** The JSON Schema of one field's value in a PATCH body, from the schema module. */
function patchSchema(f: FieldSpec): Record<string, unknown> {
  const type = f.nullable ? [f.type, 'null'] : f.type;
  const out: Record<string, unknown> = { type, ...f.constraints };
  if (f.type === 'array') {
    if (f.enum) out.items = { enum: [...f.enum] };
    else if (f.items) out.items = { type: f.items };
  } else if (f.enum) {
    out.enum = f.nullable ? [...f.enum, null] : [...f.enum];
  }
  return out;
}

const entries = Object.entries(CLIENT_SCHEMA);

/**
 * Every field the endpoint may take, with its JSON Schema (`UpdateClientRequestContent.properties`): the
 * accepted fields and the disputed ones (typed alike; `patch-unknown-field` says where the sources disagree).
 */
export const CLIENT_PATCH_PROPERTIES: Record<string, Record<string, unknown>> = Object.fromEntries(
  entries.filter(([, f]) => !f.readOnly && !f.exportOnly && (!f.createOnly || f.disputed)).map(([k, f]) => [k, patchSchema(f)]),
);

/** The field names the endpoint accepts for certain (no source disputes them). */
export const CLIENT_PATCH_FIELDS: readonly string[] = entries.filter(([, f]) => !f.readOnly && !f.exportOnly && !f.createOnly && !f.disputed).map(([k]) => k);

/** Fields the sources disagree on (in a PATCH body), with the reason. */
export const CLIENT_PATCH_DISPUTED: Readonly<Record<string, string>> = Object.fromEntries(
  entries.filter(([, f]) => f.disputed).map(([k, f]) => [k, f.disputed as string]),
);

/**
 * Fields a client has (`GET /api/v2/clients/{id}` returns them) that a PATCH body must not carry: the API
 * answers 400 `invalid_body` ("Additional properties not allowed").
 */
export const CLIENT_READ_ONLY_FIELDS: readonly string[] = entries.filter(([, f]) => f.readOnly).map(([k]) => k);

/**
 * Fields that need a scope besides `update:clients` (the endpoint's notes: `client_secret` needs
 * `update:client_keys`, `client_authentication_methods` needs `update:client_credentials`,
 * `token_vault_privileged_access` needs `update:client_token_vault_privileged_access`).
 */
export const CLIENT_FIELD_SCOPES: Readonly<Record<string, string>> = Object.fromEntries(
  entries.filter(([, f]) => f.scope).map(([k, f]) => [k, f.scope as string]),
);

/** The scope the endpoint asks for, and the one a body of only key fields may use instead. */
export const UPDATE_CLIENTS_SCOPE = 'update:clients';
export const UPDATE_CLIENT_KEYS_SCOPE = 'update:client_keys';
/** `POST /api/v2/clients` asks for this one. */
export const CREATE_CLIENTS_SCOPE = 'create:clients';

/**
 * Fields whose values have their own client rules (`organization-usage-enum`, `default-organization-valid`,
 * ...): the body check leaves them alone so one mistake is one finding.
 */
export const FIELDS_WITH_OWN_RULES: readonly string[] = [
  'organization_usage',
  'organization_require_behavior',
  'organization_discovery_methods',
  'default_organization',
];

/** The JSON Schema of the body (JSON Schema 2020-12). */
export const CLIENT_PATCH_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: CLIENT_PATCH_PROPERTIES,
} as const;

let validator: ValidateFunction | undefined;

/** Validate a body against the schema (compiled once, on first use); every error, ajv's shape. */
export function validateClientPatch(body: unknown): ErrorObject[] {
  validator ??= new Ajv2020({ allErrors: true, strict: false }).compile(CLIENT_PATCH_SCHEMA);
  return validator(body) ? [] : [...(validator.errors ?? [])];
}
