import { SEVERITY_VALUES } from './severity';

/** JSON Schema of `.orglint.yaml` / `.orglint.json`. */
import { POLICY_CONFIG_PROPERTIES, POLICY_DEFS } from '../policies/schema';

const ruleSetting = {
  oneOf: [
    { enum: SEVERITY_VALUES },
    {
      type: 'array',
      minItems: 1,
      maxItems: 2,
      prefixItems: [{ enum: SEVERITY_VALUES }, { type: 'object' }],
      items: false,
    },
  ],
};

// null: a `rules:` key whose entries are all commented out (as in the starter config `orglint --init` writes)
const rules = { type: ['object', 'null'], additionalProperties: ruleSetting };
const globs = { type: 'array', items: { type: 'string', minLength: 1 } };

export const CONFIG_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  additionalProperties: false,
  properties: {
    // the editor's schema association (`"$schema": "./node_modules/orglint/..."`), as in ESLint and Spectral configs
    $schema: { type: 'string' },
    rules,
    ignore: globs,
    keywords: { type: 'object' },
    keywordsFile: { type: 'string', minLength: 1 },
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: { files: { ...globs, minItems: 1 }, rules },
      },
    },
    maxFileSize: { type: 'integer', minimum: 1 },
    payloads: globs,
    requireDirectiveReason: { type: 'boolean' },
    ...POLICY_CONFIG_PROPERTIES,
  },
  $defs: POLICY_DEFS,
} as const;

/** the top-level keys, for "did you mean" */
export const CONFIG_KEYS = Object.keys(CONFIG_SCHEMA.properties).filter((k) => k !== '$schema');
