import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';

/**
 * The body of `PATCH /api/v2/clients/{id}` (`UpdateClientRequestContent` in Auth0's Management API OpenAPI
 * spec, https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id). One place for the accepted
 * fields, their types, which accept `null`, the enums, the read-only fields and the fields that need more than
 * `update:clients`: when the API changes, this file is the one edit. Nested objects are checked only as far as
 * the spec is stable (type and `null`); their inner keys are left to the API.
 */

const str = { type: 'string' };
const strOrNull = { type: ['string', 'null'] };
const bool = { type: 'boolean' };
const boolOrNull = { type: ['boolean', 'null'] };
const strings = { type: 'array', items: { type: 'string' } };
const obj = { type: 'object' };
const objOrNull = { type: ['object', 'null'] };
const arrOrNull = { type: ['array', 'null'] };
const enumOrNull = (values: readonly string[]) => ({ type: ['string', 'null'], enum: [...values, null] });

/** `organization_usage` values (`ClientOrganizationUsagePatchEnum`). */
export const ORGANIZATION_USAGE_VALUES = ['deny', 'allow', 'require'] as const;
/** `organization_require_behavior` values (`ClientOrganizationRequireBehaviorPatchEnum`). */
export const ORGANIZATION_REQUIRE_BEHAVIOR_VALUES = ['no_prompt', 'pre_login_prompt', 'post_login_prompt'] as const;
/** `organization_discovery_methods` items (`ClientOrganizationDiscoveryEnum`). */
export const ORGANIZATION_DISCOVERY_VALUES = ['email', 'organization_name'] as const;

/** `app_type` values (`ClientAppTypeEnum`). */
export const APP_TYPE_VALUES = [
  'native', 'spa', 'regular_web', 'non_interactive', 'resource_server', 'express_configuration', 'b2b_integration',
  'rms', 'box', 'cloudbees', 'concur', 'dropbox', 'mscrm', 'echosign', 'egnyte', 'newrelic', 'office365', 'salesforce',
  'sentry', 'sharepoint', 'slack', 'springcm', 'zendesk', 'zoom', 'sso_integration', 'oag',
] as const;

/** Every field the endpoint accepts, with its JSON Schema (`UpdateClientRequestContent.properties`). */
export const CLIENT_PATCH_PROPERTIES: Record<string, Record<string, unknown>> = {
  name: { type: 'string', pattern: '^[^<>]+$' },
  description: { type: 'string', maxLength: 140 },
  client_secret: { type: 'string', minLength: 1 },
  logo_uri: str,
  callbacks: strings,
  oidc_logout: obj,
  oidc_backchannel_logout: obj,
  session_transfer: objOrNull,
  allowed_origins: strings,
  web_origins: strings,
  grant_types: strings,
  client_aliases: strings,
  allowed_clients: strings,
  allowed_logout_urls: strings,
  jwt_configuration: obj,
  encryption_key: objOrNull,
  sso: bool,
  cross_origin_authentication: bool,
  // the older name, still in deploy-cli exports and still accepted
  cross_origin_auth: bool,
  cross_origin_loc: strOrNull,
  sso_disabled: bool,
  custom_login_page_on: bool,
  token_endpoint_auth_method: enumOrNull(['none', 'client_secret_post', 'client_secret_basic']),
  is_token_endpoint_ip_header_trusted: bool,
  app_type: { type: 'string', enum: [...APP_TYPE_VALUES] },
  is_first_party: bool,
  oidc_conformant: bool,
  custom_login_page: str,
  custom_login_page_preview: str,
  token_quota: objOrNull,
  identity_assertion_authorization_grant: objOrNull,
  form_template: str,
  addons: obj,
  client_metadata: { type: 'object', maxProperties: 10 },
  mobile: obj,
  initiate_login_uri: str,
  native_social_login: objOrNull,
  fedcm_login: objOrNull,
  refresh_token: objOrNull,
  default_organization: objOrNull,
  organization_usage: enumOrNull(ORGANIZATION_USAGE_VALUES),
  organization_require_behavior: enumOrNull(ORGANIZATION_REQUIRE_BEHAVIOR_VALUES),
  organization_discovery_methods: { ...arrOrNull, minItems: 1, items: { enum: [...ORGANIZATION_DISCOVERY_VALUES] } },
  client_authentication_methods: objOrNull,
  require_pushed_authorization_requests: bool,
  require_proof_of_possession: bool,
  signed_request_object: obj,
  token_vault_privileged_access: obj,
  compliance_level: enumOrNull(['none', 'fapi1_adv_pkj_par', 'fapi1_adv_mtls_par', 'fapi2_sp_pkj_mtls', 'fapi2_sp_mtls_mtls']),
  skip_non_verifiable_callback_uri_confirmation_prompt: boolOrNull,
  token_exchange: objOrNull,
  par_request_expiry: { type: ['integer', 'null'], minimum: 10, maximum: 600 },
  express_configuration: objOrNull,
  b2b_integration_configuration: objOrNull,
  my_organization_configuration: objOrNull,
  async_approval_notification_channels: { ...arrOrNull, minItems: 1, items: str },
  third_party_security_mode: { type: 'string', enum: ['strict', 'permissive'] },
  redirection_policy: { type: 'string', enum: ['allow_always', 'open_redirect_protection'] },
};

/** The field names the endpoint accepts. */
export const CLIENT_PATCH_FIELDS: readonly string[] = Object.keys(CLIENT_PATCH_PROPERTIES);

/**
 * Fields a client has (`GET /api/v2/clients/{id}` returns them) that a PATCH body must not carry: the API
 * answers 400 `invalid_body` ("Additional properties not allowed").
 */
export const CLIENT_READ_ONLY_FIELDS: readonly string[] = [
  'client_id',
  'tenant',
  'global',
  'signing_keys',
  'jwks_uri',
  'callback_url_template',
  'external_client_id',
  'external_metadata_type',
  'external_metadata_created_by',
  'resource_server_identifier',
];

/**
 * Fields that need a scope besides `update:clients` (the endpoint's notes: `client_secret` needs
 * `update:client_keys`, `client_authentication_methods` needs `update:client_credentials`).
 */
export const CLIENT_FIELD_SCOPES: Readonly<Record<string, string>> = {
  client_secret: 'update:client_keys',
  client_authentication_methods: 'update:client_credentials',
};

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
