/**
 * A finding whose verdict rests on values set in another file than the one it is shown in (an override file, the
 * file it overrides, a variables file) names each of those places as `related`, whatever the rule: the values its
 * check read, not only the one it is shown at. Through the CLI, in JSON, SARIF and stylish.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { tempTree } from '../../helpers/lint';

const MAIN = 'resource "auth0_client" "portal" {\n  name               = "Portal"\n  app_type           = "spa"\n  organization_usage = "require"\n  organization_require_behavior = "pre_login_prompt"\n}\n';
const DENY = 'resource "auth0_client" "portal" {\n  organization_usage = "deny"\n}\n';

interface Got {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  related?: { file: string; line: number; column: number; message: string }[];
}
const json = async (files: Record<string, string>) => JSON.parse((await runCli(['.', '-f', 'json'], { cwd: tempTree(files) })).stdout).findings as Got[];
const usageAt = (file: string, line: number, column: number, endColumn: number, what = 'is set here') => ({ file, line, column, endLine: line, endColumn, message: `organization_usage, which this finding depends on, ${what}` });

describe('a finding that rests on a value another file sets', () => {
  it('names the override file that sets it: JSON, SARIF and stylish', async () => {
    const files = { 'main.tf': MAIN, 'override.tf': DENY };
    const [f] = await json(files);
    expect(f).toMatchObject({ ruleId: 'require-behavior-without-require', file: 'main.tf', line: 5, column: 3 });
    expect(f.related).toEqual([usageAt('override.tf', 2, 24, 30)]);
    const sarif = JSON.parse((await runCli(['.', '-f', 'sarif'], { cwd: tempTree(files) })).stdout);
    expect(sarif.runs[0].results[0].relatedLocations).toEqual([
      expect.objectContaining({
        physicalLocation: expect.objectContaining({ artifactLocation: expect.objectContaining({ uri: 'override.tf' }), region: expect.objectContaining({ startLine: 2, startColumn: 24 }) }),
        message: { text: 'organization_usage, which this finding depends on, is set here' },
      }),
    ]);
    const stylish = await runCli(['.'], { cwd: tempTree(files) });
    expect(stylish.stdout).toContain('↳ override.tf:2:24: organization_usage, which this finding depends on, is set here');
  });

  it('shown in the override file, names what the overridden file sets (and the value it replaces, as before)', async () => {
    const main = MAIN.replace('"require"', '"deny"').replace('  organization_require_behavior = "pre_login_prompt"\n', '  organization_require_behavior = "no_prompt"\n');
    const [f] = await json({ 'main.tf': main, 'override.tf': 'resource "auth0_client" "portal" {\n  organization_require_behavior = "post_login_prompt"\n}\n' });
    expect(f).toMatchObject({ ruleId: 'require-behavior-without-require', file: 'override.tf', line: 2, column: 3 });
    expect(f.related).toEqual([
      expect.objectContaining({ file: 'main.tf', line: 5, column: 35, message: 'auth0_client.portal sets organization_require_behavior here too; override.tf replaces it' }),
      usageAt('main.tf', 4, 24, 30),
      expect.objectContaining({ file: 'main.tf', line: 3, column: 24, message: 'app_type, which this finding depends on, is set here' }),
    ]);
  });

  it('names the variables file that sets it, for a resource no override touches', async () => {
    const [f] = await json({
      'main.tf': MAIN.replace('"require"', 'var.usage'),
      'variables.tf': 'variable "usage" {\n  default = "require"\n}\n',
      'terraform.tfvars': 'usage = "deny"\n',
    });
    expect(f).toMatchObject({ ruleId: 'require-behavior-without-require', file: 'main.tf', line: 5, column: 3 });
    expect(f.related).toEqual([usageAt('terraform.tfvars', 1, 9, 15, 'is var.usage, set here')]);
  });

  it('names nothing the rule did not read, nor the value it is shown at twice, nor a place in its own file', async () => {
    // organization-usage-enum reads organization_usage only: the name override.tf sets is not its verdict's
    const enumOnly = await json({ 'main.tf': MAIN.replace('"require"', '"Require"'), 'override.tf': 'resource "auth0_client" "portal" {\n  name = "Other"\n}\n' });
    expect(enumOnly.map((f) => [f.ruleId, f.related])).toEqual([['organization-usage-enum', undefined]]);
    // shown at the value override.tf sets: its own place is the finding's, main.tf's the one entry it had already
    const own = await json({ 'main.tf': MAIN, 'override.tf': DENY.replace('"deny"', '"Require"') });
    expect(own.map((f) => [f.ruleId, f.file, f.related?.map((r) => r.message)])).toEqual([
      ['organization-usage-enum', 'override.tf', ['auth0_client.portal sets organization_usage here too; override.tf replaces it']],
    ]);
    // a variable set in the finding's own file: no related for it (the place is in the file shown)
    const same = await json({ 'main.tf': `variable "usage" {\n  default = "deny"\n}\n${MAIN.replace('"require"', 'var.usage')}` });
    expect(same.map((f) => [f.ruleId, f.related])).toEqual([['require-behavior-without-require', undefined]]);
  });

  it('a .tf.json override file is named the same way', async () => {
    const [f] = await json({ 'main.tf': MAIN, 'override.tf.json': '{"resource": {"auth0_client": {"portal": {"organization_usage": "deny"}}}}\n' });
    expect(f.related).toEqual([usageAt('override.tf.json', 1, 65, 71)]);
  });
});
