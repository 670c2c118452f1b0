/**
 * The editor's JSON Schema must not flag what orglint accepts: values orglint reads as unknown (a placeholder
 * inside a string or a list item) or as valid (`null` clearing default_organization or the discovery
 * methods, which real PATCH answers accept) are linted with the real CLI and validated with the published
 * schema; wherever orglint reports no error, the schema reports nothing either.
 */
import { Ajv } from 'ajv';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';

const tenantSchema = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(path.join(ROOT, 'docs/schemas/deploy-cli-tenant.schema.json'), 'utf8')));

const ACCEPTED = [
  'default_organization: null',
  'organization_discovery_methods: null',
  'organization_discovery_methods: ["##METHOD##"]',
  'default_organization: { organization_id: "org_##SUFFIX##", flows: [client_credentials] }',
  'default_organization: { organization_id: org_abc, flows: ["@@FLOW@@"] }',
];

describe('deploy-cli-tenant.schema.json against orglint', () => {
  it.each(ACCEPTED)('accepts %s, as orglint does', async (line) => {
    const text = `clients:\n  - name: a\n    app_type: regular_web\n    ${line}\n`;
    const dir = tempTree({});
    writeFileSync(path.join(dir, 'tenant.yaml'), text);
    const run = await runCli(['tenant.yaml', '-f', 'json'], { cwd: dir });
    const errors = (JSON.parse(run.stdout).findings as { severity: string; ruleId: string }[]).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
    tenantSchema(parse(text));
    expect(tenantSchema.errors ?? []).toEqual([]);
  });

  it('still flags what orglint flags', () => {
    for (const line of ['organization_usage: Require', 'default_organization: { organization_id: org_abc }', 'organization_discovery_methods: []']) {
      expect(tenantSchema(parse(`clients:\n  - name: a\n    ${line}\n`))).toBe(false);
    }
  });
});
