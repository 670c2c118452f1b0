import {
  APP_TYPE_VALUES, COMPLIANCE_LEVEL_VALUES, ORGANIZATION_DISCOVERY_VALUES, ORGANIZATION_REQUIRE_BEHAVIOR_VALUES, ORGANIZATION_USAGE_VALUES,
  REDIRECTION_POLICY_VALUES, THIRD_PARTY_SECURITY_MODE_VALUES, TOKEN_ENDPOINT_AUTH_METHOD_VALUES,
} from './enums';
import type { FieldSpec, ObjectSchema } from './field';

const string: FieldSpec = { type: 'string' };
const boolean: FieldSpec = { type: 'boolean' };
const object: FieldSpec = { type: 'object' };
const strings: FieldSpec = { type: 'array', items: 'string' };
const nullableObject: FieldSpec = { type: 'object', nullable: true };
const readOnly = (type: FieldSpec['type']): FieldSpec => ({ type, readOnly: true });

/**
 * A client (application): every field `GET /api/v2/clients/{id}` returns or `PATCH` takes, per the Management
 * API spec (`UpdateClientRequestContent`, `Client`), the `auth0` SDK's types and the facts in
 * `../shared/auth0-facts.md` §1 and §4. Nullability is the PATCH body's: real PATCH answers (200) show `null`
 * clearing `signed_request_object`, `client_authentication_methods`, `token_vault_privileged_access`,
 * `oidc_backchannel_logout`, `addons`, `organization_discovery_methods` and `default_organization`.
 */
export const CLIENT_SCHEMA: ObjectSchema = {
  name: { type: 'string', constraints: { pattern: '^[^<>]+$' } },
  description: { type: 'string', constraints: { maxLength: 140 } },
  client_secret: { type: 'string', constraints: { minLength: 1 }, scope: 'update:client_keys' },
  logo_uri: string,
  callbacks: strings,
  oidc_logout: object,
  oidc_backchannel_logout: nullableObject,
  session_transfer: nullableObject,
  allowed_origins: strings,
  web_origins: strings,
  grant_types: strings,
  client_aliases: strings,
  allowed_clients: strings,
  allowed_logout_urls: strings,
  jwt_configuration: object,
  encryption_key: nullableObject,
  sso: boolean,
  cross_origin_authentication: boolean,
  cross_origin_auth: {
    type: 'boolean',
    disputed:
      'the older name of cross_origin_authentication: in no Management API spec or SDK type, yet the API still takes it (98 recorded deploy-cli writes carrying it were answered 200/201)',
    takenByRealApi: true,
  },
  cross_origin_loc: { type: 'string', nullable: true },
  sso_disabled: boolean,
  custom_login_page_on: boolean,
  token_endpoint_auth_method: { type: 'string', enum: TOKEN_ENDPOINT_AUTH_METHOD_VALUES, nullable: true },
  is_token_endpoint_ip_header_trusted: boolean,
  app_type: { type: 'string', enum: APP_TYPE_VALUES },
  is_first_party: boolean,
  oidc_conformant: boolean,
  custom_login_page: string,
  custom_login_page_preview: string,
  token_quota: nullableObject,
  identity_assertion_authorization_grant: nullableObject,
  anonymous_sessions: nullableObject,
  form_template: string,
  addons: nullableObject,
  client_metadata: { type: 'object', constraints: { maxProperties: 10 } },
  mobile: object,
  initiate_login_uri: string,
  native_social_login: nullableObject,
  fedcm_login: nullableObject,
  refresh_token: nullableObject,
  default_organization: nullableObject,
  organization_usage: { type: 'string', enum: ORGANIZATION_USAGE_VALUES, nullable: true },
  organization_require_behavior: { type: 'string', enum: ORGANIZATION_REQUIRE_BEHAVIOR_VALUES, nullable: true },
  organization_discovery_methods: { type: 'array', enum: ORGANIZATION_DISCOVERY_VALUES, nullable: true, constraints: { minItems: 1 } },
  client_authentication_methods: { type: 'object', nullable: true, scope: 'update:client_credentials' },
  require_pushed_authorization_requests: boolean,
  require_proof_of_possession: boolean,
  signed_request_object: nullableObject,
  token_vault_privileged_access: { type: 'object', nullable: true, scope: 'update:client_token_vault_privileged_access' },
  compliance_level: { type: 'string', enum: COMPLIANCE_LEVEL_VALUES, nullable: true },
  skip_non_verifiable_callback_uri_confirmation_prompt: { type: 'boolean', nullable: true },
  token_exchange: nullableObject,
  par_request_expiry: { type: 'integer', nullable: true, constraints: { minimum: 10, maximum: 600 } },
  express_configuration: nullableObject,
  b2b_integration_configuration: {
    type: 'object',
    disputed:
      'the Management API spec lists it in no update body, the auth0 SDK 7.1.0 update type (UpdateClientRequestContent) does',
  },
  my_organization_configuration: nullableObject,
  async_approval_notification_channels: { type: 'array', items: 'string', nullable: true, constraints: { minItems: 1 } },
  third_party_security_mode: {
    type: 'string',
    enum: THIRD_PARTY_SECURITY_MODE_VALUES,
    createOnly: true,
    disputed:
      'it is set when the client is created and cannot be modified, though the auth0 SDK 7.1.0 update type (UpdateClientRequestContent) lists it',
  },
  redirection_policy: { type: 'string', enum: REDIRECTION_POLICY_VALUES },
  // returned by GET, taken by no write (additionalProperties: false → 400 invalid_body)
  client_id: readOnly('string'),
  tenant: readOnly('string'),
  global: readOnly('boolean'),
  signing_keys: readOnly('array'),
  jwks_uri: readOnly('string'),
  callback_url_template: readOnly('boolean'),
  external_client_id: readOnly('string'),
  external_metadata_type: readOnly('string'),
  external_metadata_created_by: readOnly('string'),
  resource_server_identifier: readOnly('string'),
  created_at: readOnly('string'),
  updated_at: readOnly('string'),
  // older GET answers and deploy-cli exports carry the tenant members who own the client
  owners: readOnly('array'),
};
