/** JSON Schema of `.orglint.yaml` / `.orglint.json`. */
import { POLICY_CONFIG_PROPERTIES, POLICY_DEFS } from '../policies/schema';

const ruleSetting = {
  oneOf: [
    { enum: ['off', 'info', 'warning', 'error'] },
    {
      type: 'array',
      minItems: 1,
      maxItems: 2,
      prefixItems: [{ enum: ['off', 'info', 'warning', 'error'] }, { type: 'object' }],
      items: false,
    },
  ],
};

const rules = { type: 'object', additionalProperties: ruleSetting };
const globs = { type: 'array', items: { type: 'string', minLength: 1 } };

export const CONFIG_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  additionalProperties: false,
  properties: {
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
    ...POLICY_CONFIG_PROPERTIES,
  },
  $defs: POLICY_DEFS,
} as const;

/** the top-level keys, for "did you mean" */
export const CONFIG_KEYS = Object.keys(CONFIG_SCHEMA.properties);
