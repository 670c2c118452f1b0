/**
 * The JSON Schemas for editors: docs/schemas/ is what the schema modules generate (so it cannot drift), and an
 * editor validating with them flags what orglint flags in tenant files and configs.
 */
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editorSchemas } from '../../src/schema/editor-schemas';
import { RULES } from '../../rules/index';
import { ROOT } from '../helpers/lint';

const schemaFile = (name: string) => path.join(ROOT, 'docs/schemas', name);

describe('docs/schemas', () => {
  it('is generated from the schema modules (npm run docs regenerates it)', () => {
    for (const [name, text] of Object.entries(editorSchemas(RULES))) expect(readFileSync(schemaFile(name), 'utf8'), `docs/schemas/${name} is stale: run npm run docs`).toBe(text);
  });

  it('the tenant schema flags organization_usage: Require and accepts placeholders and unknown keys', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(schemaFile('deploy-cli-tenant.schema.json'), 'utf8')));
    const bad = parse('clients:\n  - name: A\n    organization_usage: Require\n    custom_login_page_on: true\n');
    expect(validate(bad)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toContain('/clients/0/organization_usage');
    const good = parse('clients:\n  - name: A\n    organization_usage: "##ORG_USAGE##"\n    organization_require_behavior: post_login_prompt\n    sso_disabled: false\norganizations:\n  - name: acme\n    display_name: Acme\n');
    expect(validate(good), JSON.stringify(validate.errors)).toBe(true);
    for (const file of ['examples/deploy-cli-yaml-orgs/tenant.yaml']) {
      // the examples are full of deliberate mistakes; the schema must at least read them
      validate(parse(readFileSync(path.join(ROOT, file), 'utf8')));
    }
  });

  it('the client schema reads a clients/*.json file', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(schemaFile('deploy-cli-client.schema.json'), 'utf8')));
    expect(validate({ name: 'A', organization_usage: 'require', default_organization: { organization_id: 'org_abc', flows: ['client_credentials'] } })).toBe(true);
    expect(validate({ name: 'A', default_organization: { flows: ['client_credentials'] } })).toBe(false);
  });

  it('the config schema accepts the example configs and $schema, and rejects a misspelt key', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(schemaFile('orglint-config.schema.json'), 'utf8')));
    for (const f of ['examples/policies/.orglint.yaml', 'examples/plugin/.orglint.yaml']) expect(validate(parse(readFileSync(path.join(ROOT, f), 'utf8'))), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
    expect(validate({ $schema: './node_modules/orglint/docs/schemas/orglint-config.schema.json', rules: { 'require-no-prompt': 'off' } })).toBe(true);
    expect(validate({ rulez: {} })).toBe(false);
    expect(validate({ rules: { 'require-no-prompt': 'loud' } })).toBe(false);
  });
});
