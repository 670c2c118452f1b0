import { CLIENT_GRANT_ORGANIZATION_USAGE_VALUES } from './enums';
import type { ObjectSchema } from './field';

/**
 * A client grant (`/api/v2/client-grants`; `clientGrants` in deploy-cli, which names the client by its name in
 * `client_id`): `ClientGrantResponseContent`, `CreateClientGrantRequestContent`, `UpdateClientGrantRequestContent`
 * of the auth0 SDK, and ../shared/auth0-facts.md §2.
 */
export const CLIENT_GRANT_SCHEMA: ObjectSchema = {
  id: { type: 'string', readOnly: true },
  client_id: { type: 'string', createOnly: true },
  audience: { type: 'string', createOnly: true },
  scope: { type: 'array', items: 'string', nullable: true },
  organization_usage: { type: 'string', enum: CLIENT_GRANT_ORGANIZATION_USAGE_VALUES, nullable: true },
  allow_any_organization: { type: 'boolean', nullable: true },
  default_for: { type: 'string', enum: ['third_party_clients'], createOnly: true },
  is_system: { type: 'boolean', readOnly: true },
  subject_type: { type: 'string', enum: ['client', 'user', 'anonymous_user'], createOnly: true },
  authorization_details_types: { type: 'array', items: 'string' },
  allow_all_scopes: { type: 'boolean', nullable: true },
};
