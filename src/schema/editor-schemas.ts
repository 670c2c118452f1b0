/**
 * JSON Schemas for editors (yaml-language-server, VS Code's JSON support): the orglint config, and the
 * Organizations fields of deploy-cli's tenant.yaml and clients/*.json. Generated from the config schema and
 * the Auth0 field module, written to docs/schemas/ by `npm run docs`, and checked in CI, so they cannot drift.
 * Only what orglint knows is constrained; every other key of an export stays allowed.
 */
import { CONFIG_SCHEMA } from '../config/schema';
import type { AnyRule } from '../rule-api/define-rule';
import { BUILTIN_RULES } from '../engine/settings';
import {
  CLIENT_GRANT_ORGANIZATION_USAGE_VALUES,
  CLIENT_SCHEMA,
  DEFAULT_ORGANIZATION_FLOW_VALUES,
  ORGANIZATION_DISCOVERY_VALUES,
  ORGANIZATION_REQUIRE_BEHAVIOR_VALUES,
  ORGANIZATION_USAGE_VALUES,
  THIRD_PARTY_CLIENT_ACCESS_VALUES,
} from './auth0';

const DOB = 'https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior';

/**
 * a deploy-cli keyword placeholder (`##KEY##`, `@@KEY@@`) stands for a value only deploy-cli knows; orglint
 * never judges a string that holds one (`org_##SUFFIX##` too, see containsPlaceholder), so neither does the editor
 */
const PLACEHOLDER = '(##[A-Za-z0-9_.-]+##|@@[A-Za-z0-9_.-]+@@)';
const placeholder = { type: 'string', pattern: PLACEHOLDER, description: 'a deploy-cli keyword placeholder' };
/** `null` where the Management API takes it to clear the field and orglint accepts it in an export */
const orPlaceholder = (schema: Record<string, unknown>, nullable = false) => ({ anyOf: [schema, placeholder, ...(nullable ? [{ type: 'null' }] : [])] });
const nullable = (field: keyof typeof CLIENT_SCHEMA) => CLIENT_SCHEMA[field]?.nullable === true;

const enumField = (values: readonly string[], description: string, withNull = false) =>
  orPlaceholder({ enum: withNull ? [...values, null] : [...values], description, markdownDescription: `${description}\n\n[Define Organization Behavior](${DOB})` });

/** The Organizations fields of a client, as deploy-cli exports and the Management API accept them. */
export const CLIENT_ORGANIZATION_PROPERTIES = {
  organization_usage: enumField(ORGANIZATION_USAGE_VALUES, 'How the application treats Organizations: deny (individuals only, the default), allow (both), require (business users only).'),
  organization_require_behavior: enumField(
    ORGANIZATION_REQUIRE_BEHAVIOR_VALUES,
    'With allow or require: no_prompt (the request must name an organization), pre_login_prompt (ask for the organization first), post_login_prompt (log in, then pick an organization).',
  ),
  organization_discovery_methods: orPlaceholder({
    type: 'array',
    minItems: 1,
    // a repeated method is accepted by the API (organization-discovery-methods-valid warns): not a schema error
    items: orPlaceholder({ enum: [...ORGANIZATION_DISCOVERY_VALUES] }),
    description: 'How the pre-login prompt finds the organization: email (a verified organization domain), organization_name. Only with pre_login_prompt.',
  }, nullable('organization_discovery_methods')),
  default_organization: orPlaceholder({
    type: 'object',
    required: ['organization_id', 'flows'],
    additionalProperties: false,
    properties: {
      organization_id: orPlaceholder({ type: 'string', pattern: '^org_[A-Za-z0-9]+$' }),
      flows: orPlaceholder({ type: 'array', items: orPlaceholder({ enum: [...DEFAULT_ORGANIZATION_FLOW_VALUES] }) }),
    },
    description: 'The organization of client-credentials requests without one, when the audience\'s grant has organization_usage require.',
  }, nullable('default_organization')),
} as const;

const clientSchema = { type: 'object', properties: { name: { type: 'string', minLength: 1 }, ...CLIENT_ORGANIZATION_PROPERTIES } };

const connection = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    assign_membership_on_login: orPlaceholder({ type: 'boolean', description: 'Users logging in through this connection become members of the organization.' }),
    is_signup_enabled: orPlaceholder({ type: 'boolean', description: 'A signup link on the organization prompt (database connections, with assign_membership_on_login).' }),
    show_as_button: orPlaceholder({ type: 'boolean', description: 'Shown as a button on the organization prompt (enterprise connections).' }),
  },
};

const organization = {
  type: 'object',
  properties: {
    name: orPlaceholder({ type: 'string', pattern: '^[a-z0-9_-]{1,50}$', description: 'Lower-case letters, digits, _ and -; at most 50 characters; users type it in the organization prompt.' }),
    display_name: { type: 'string', minLength: 1, maxLength: 255 },
    connections: orPlaceholder({ type: 'array', maxItems: 10, items: connection }),
    third_party_client_access: orPlaceholder({ enum: [...THIRD_PARTY_CLIENT_ACCESS_VALUES] }),
  },
};

const clientGrant = {
  type: 'object',
  properties: {
    organization_usage: enumField(CLIENT_GRANT_ORGANIZATION_USAGE_VALUES, 'Whether client-credentials tokens for this audience may (allow) or must (require) carry an organization.'),
    allow_any_organization: orPlaceholder({ type: 'boolean', description: 'Tokens for every organization, associated or not: for trusted internal applications only.' }),
  },
};

/** deploy-cli `tenant.yaml`: only the Organizations parts are constrained. */
export function tenantSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'auth0-deploy-cli tenant.yaml (Organizations fields, as orglint checks them)',
    type: 'object',
    properties: {
      clients: { type: 'array', items: clientSchema },
      clientGrants: { type: 'array', items: clientGrant },
      organizations: { type: 'array', items: organization },
    },
  };
}

/** deploy-cli directory export `clients/*.json`: one client. */
export function clientSchemaFile(): Record<string, unknown> {
  return { $schema: 'http://json-schema.org/draft-07/schema#', title: 'auth0-deploy-cli clients/*.json (Organizations fields)', ...clientSchema };
}

/** `.orglint.yaml` / `.orglint.json`, with every rule id for completion. */
export function configSchema(rules: readonly AnyRule[]): Record<string, unknown> {
  const props = CONFIG_SCHEMA.properties as Record<string, unknown>;
  const setting = (props.rules as { additionalProperties: unknown }).additionalProperties;
  const ruleProps: Record<string, unknown> = {};
  for (const r of rules) ruleProps[r.id] = { ...(setting as object), description: `${r.meta.description} (default: ${r.meta.severity})` };
  for (const [id, b] of Object.entries(BUILTIN_RULES)) ruleProps[id] = { ...(setting as object), description: `${b.description} (default: ${b.severity})` };
  const rulesSchema = { type: 'object', properties: ruleProps, additionalProperties: setting, description: 'Rule severities: off, info, warning, error, or [severity, {options}]' };
  return {
    ...CONFIG_SCHEMA,
    title: 'orglint configuration (.orglint.yaml / .orglint.json)',
    properties: {
      $schema: { type: 'string' },
      ...props,
      rules: rulesSchema,
      overrides: { ...(props.overrides as object), items: { ...((props.overrides as { items: object }).items), properties: { ...((props.overrides as { items: { properties: object } }).items.properties), rules: rulesSchema } } },
    },
  };
}

/** Every schema file orglint publishes, by file name under docs/schemas/. */
export function editorSchemas(rules: readonly AnyRule[]): Record<string, string> {
  const text = (o: unknown) => `${JSON.stringify(o, null, 2)}\n`;
  return {
    'orglint-config.schema.json': text(configSchema(rules)),
    'deploy-cli-tenant.schema.json': text(tenantSchema()),
    'deploy-cli-client.schema.json': text(clientSchemaFile()),
  };
}
