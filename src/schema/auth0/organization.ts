import { THIRD_PARTY_CLIENT_ACCESS_VALUES } from './enums';
import type { ObjectSchema } from './field';

/**
 * An organization (`/api/v2/organizations`; `organizations` in deploy-cli): `GetOrganizationResponseContent`,
 * `CreateOrganizationRequestContent`, `UpdateOrganizationRequestContent` of the auth0 SDK, plus the keys
 * deploy-cli's export adds (its connections, client grants and discovery domains), ../shared/auth0-facts.md §3.
 */
export const ORGANIZATION_SCHEMA: ObjectSchema = {
  id: { type: 'string', readOnly: true },
  name: { type: 'string', constraints: { pattern: '^[a-z0-9_-]+$', minLength: 1, maxLength: 50 } },
  display_name: { type: 'string', constraints: { minLength: 1, maxLength: 255 } },
  branding: { type: 'object' },
  metadata: { type: 'object', constraints: { maxProperties: 25 } },
  token_quota: { type: 'object', nullable: true },
  third_party_client_access: { type: 'string', enum: THIRD_PARTY_CLIENT_ACCESS_VALUES },
  is_app_entitlement_active: { type: 'boolean' },
  enabled_connections: { type: 'array', createOnly: true },
  // GET of one organization (for a client's view) says which client it is associated with
  client: { type: 'object', readOnly: true },
  connections: { type: 'array', exportOnly: true },
  client_grants: { type: 'array', exportOnly: true },
  // the applications of the organization, as newer deploy-cli exports list them (issue 11)
  clients: { type: 'array', exportOnly: true },
  discovery_domains: { type: 'array', exportOnly: true },
};

/**
 * One connection of an organization (`/api/v2/organizations/{id}/enabled_connections`; deploy-cli's
 * `organizations[].connections[]` names the connection by `name`, and dumps carry its `strategy`).
 */
export const ORGANIZATION_CONNECTION_SCHEMA: ObjectSchema = {
  connection_id: { type: 'string', createOnly: true },
  assign_membership_on_login: { type: 'boolean' },
  is_signup_enabled: { type: 'boolean' },
  show_as_button: { type: 'boolean' },
  connection: { type: 'object', readOnly: true },
  name: { type: 'string', exportOnly: true },
  strategy: { type: 'string', exportOnly: true },
};
