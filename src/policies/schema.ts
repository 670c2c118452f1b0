/**
 * JSON Schema of the config's `policies:` list (a team's own declarative rules), `plugins:` and `extends:`.
 * Kept beside the policy code so the config schema only names it.
 */

const scalar = { type: ['string', 'number', 'boolean', 'null'] };

/** A matcher: a value, a list of values (any of), or one operator object. */
export const MATCHER_SCHEMA = {
  oneOf: [
    scalar,
    { type: 'array', items: scalar, minItems: 1 },
    {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      properties: {
        pattern: { type: 'string', minLength: 1, maxLength: 500 },
        notPattern: { type: 'string', minLength: 1, maxLength: 500 },
        exists: { type: 'boolean' },
        contains: scalar,
        not: { $ref: '#/$defs/matcher' },
      },
    },
  ],
} as const;

/** `{ field.path: matcher }`: every entry must match. */
const MATCHERS = {
  type: 'object',
  minProperties: 1,
  propertyNames: { pattern: '^[A-Za-z0-9_$-]+(\\.[A-Za-z0-9_$-]+)*$' },
  additionalProperties: { $ref: '#/$defs/matcher' },
} as const;

export const POLICY_RESOURCES = ['client', 'clientGrant', 'organization', 'organizationConnection'] as const;
export type PolicyResource = (typeof POLICY_RESOURCES)[number];

export const POLICY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'resource'],
  anyOf: [{ required: ['require'] }, { required: ['forbid'] }],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$' },
    description: { type: 'string', minLength: 1, maxLength: 300 },
    severity: { enum: ['info', 'warning', 'warn', 'error'] },
    files: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    resource: { enum: POLICY_RESOURCES },
    where: MATCHERS,
    require: MATCHERS,
    forbid: MATCHERS,
    message: { type: 'string', minLength: 1, maxLength: 1000 },
    docs: { type: 'string', minLength: 1, maxLength: 5000 },
    fix: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        set: { type: 'object', minProperties: 1, propertyNames: MATCHERS.propertyNames },
        remove: { type: 'array', items: { type: 'string', pattern: MATCHERS.propertyNames.pattern }, minItems: 1 },
        safety: { enum: ['safe', 'unsafe'] },
      },
    },
  },
} as const;

const stringOrList = { oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }] };

/** The config keys this room adds, merged into the config schema's `properties` (with `$defs`). */
export const POLICY_CONFIG_PROPERTIES = {
  policies: { type: 'array', items: POLICY_SCHEMA },
  plugins: { type: 'array', items: { type: 'string', minLength: 1 } },
  extends: stringOrList,
} as const;

export const POLICY_DEFS = { matcher: MATCHER_SCHEMA } as const;
