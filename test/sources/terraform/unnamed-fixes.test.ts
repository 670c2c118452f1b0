/**
 * orglint writes only the files it is handed (named, or found in a folder or glob named). A Terraform module brings
 * in files that were not: `orglint main.tf` lints the value override.tf sets in main.tf's resource, shown in
 * override.tf. That finding is shown (main.tf named as the place of the value it replaces), but offers no fix, and
 * says why: `--fix` once edited override.tf though the user named only main.tf.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { tempTree } from '../../helpers/lint';

const MAIN = 'resource "auth0_client" "a" {\n  name               = "A"\n  app_type           = "spa"\n  organization_usage = "allow"\n}\n';
const OVERRIDE = 'resource "auth0_client" "a" {\n  organization_usage = "required"\n}\n';
const FIXED = OVERRIDE.replace('"required"', '"require"');
const ENUM = 'organization_usage "required" is not one of "deny", "allow", "require"; did you mean "require"?';
const LEFT = (file: string) => `; --fix leaves it: ${file} was not named, and orglint writes only the files it is handed: name it too (or its folder) to fix it`;

interface Got {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  message: string;
  fix: unknown;
  related?: unknown[];
}
const json = async (dir: string, args: string[]) => JSON.parse((await runCli(['-f', 'json', ...args], { cwd: dir })).stdout).findings as Got[];
const read = (dir: string, f: string) => readFileSync(path.join(dir, f), 'utf8');

describe('a finding shown in an override file that was not named', () => {
  it('is shown, with main.tf as the related place, and offers no fix: the message says why', async () => {
    const dir = tempTree({ 'main.tf': MAIN, 'override.tf': OVERRIDE });
    const got = await json(dir, ['main.tf']);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ file: 'override.tf', line: 2, column: 24, ruleId: 'organization-usage-enum', fix: null, message: ENUM + LEFT('override.tf') });
    expect(got[0].related).toEqual([{ file: 'main.tf', line: 4, column: 24, endLine: 4, endColumn: 31, message: 'auth0_client.a sets organization_usage here too; override.tf replaces it' }]);
  });

  it('--fix-dry-run shows no diff for it, and --fix-unsafe leaves override.tf and main.tf as they were', async () => {
    const dir = tempTree({ 'main.tf': MAIN, 'override.tf': OVERRIDE });
    const dry = await runCli(['--fix-dry-run', '--fix-unsafe', 'main.tf'], { cwd: dir });
    expect(dry.stdout).not.toContain('--- a/');
    expect(dry.stdout).toContain(`2:24  error    ${ENUM}${LEFT('override.tf')}  organization-usage-enum`);
    const run = await runCli(['--fix-unsafe', '-f', 'compact', 'main.tf'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`override.tf:2:24: error: ${ENUM}${LEFT('override.tf')} [organization-usage-enum]\n`);
    expect(read(dir, 'override.tf')).toBe(OVERRIDE);
    expect(read(dir, 'main.tf')).toBe(MAIN);
  });

  it('both files named: fixed in override.tf', async () => {
    const dir = tempTree({ 'main.tf': MAIN, 'override.tf': OVERRIDE });
    const got = await json(dir, ['main.tf', 'override.tf']);
    expect(got[0]).toMatchObject({ file: 'override.tf', message: ENUM, fix: { description: 'replace "required" with "require"' } });
    const run = await runCli(['--fix-unsafe', 'main.tf', 'override.tf'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(read(dir, 'override.tf')).toBe(FIXED);
  });

  it('the module folder walked (or a glob matching both): both files are handed, so it is fixed', async () => {
    const dir = tempTree({ 'mod/main.tf': MAIN, 'mod/override.tf': OVERRIDE, 'glob/main.tf': MAIN, 'glob/override.tf': OVERRIDE });
    expect((await runCli(['--fix-unsafe', 'mod/'], { cwd: dir })).code).toBe(0);
    expect(read(dir, 'mod/override.tf')).toBe(FIXED);
    expect((await runCli(['--fix-unsafe', 'glob/*.tf'], { cwd: dir })).code).toBe(0);
    expect(read(dir, 'glob/override.tf')).toBe(FIXED);
  });

  it('a .tf.json override file not named: the same', async () => {
    const over = '{"resource": {"auth0_client": {"a": {"organization_usage": "required"}}}}\n';
    const dir = tempTree({ 'main.tf': MAIN, 'override.tf.json': over });
    const run = await runCli(['--fix-unsafe', '-f', 'compact', 'main.tf'], { cwd: dir });
    expect(run.stdout).toContain(`override.tf.json:1:60: error: ${ENUM}${LEFT('override.tf.json')} [organization-usage-enum]`);
    expect(read(dir, 'override.tf.json')).toBe(over);
  });
});

describe('a finding shown in main.tf when main.tf was not named', () => {
  const BAD = MAIN.replace('"allow"', '"Allow"');

  it('naming override.tf (or variables.tf, as pre-commit names what changed) lints main.tf, and leaves its fix', async () => {
    for (const named of ['override.tf', 'variables.tf']) {
      const dir = tempTree({ 'main.tf': BAD, 'override.tf': 'resource "auth0_client" "a" {\n  description = "x"\n}\n', 'variables.tf': 'variable "x" {\n  default = 1\n}\n' });
      const run = await runCli(['--fix-unsafe', '-f', 'compact', named], { cwd: dir });
      expect([named, run.code]).toEqual([named, 1]);
      expect(run.stdout).toContain(`main.tf:4:24: error: organization_usage "Allow" is not one of "deny", "allow", "require"; did you mean "allow"?${LEFT('main.tf')} [organization-usage-enum]`);
      expect(read(dir, 'main.tf')).toBe(BAD);
      // named too, it is fixed
      expect((await runCli(['--fix-unsafe', named, 'main.tf'], { cwd: dir })).code).toBe(0);
      expect(read(dir, 'main.tf')).toBe(MAIN);
    }
  });
});
