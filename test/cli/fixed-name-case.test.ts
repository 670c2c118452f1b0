/**
 * A name that differs only in letter case from one deploy-cli or Terraform opens by a fixed name (`tenant.json`,
 * `prompts/prompts.json`, `database-connections/NAME/database.json` or `settings.json`, `terraform.tfvars`,
 * `terraform.tfvars.json`) is read as that name when the file system gives it for that name, as a
 * case-insensitive one (macOS, Windows) does: deploy-cli's `isFile(path.join(folder, 'tenant.json'))` then reads
 * `Tenant.JSON`. orglint decides it the same way, by `stat`: a hard link of the fixed name to the file (what a
 * case-insensitive file system shows, one file under both names) makes it read, linted once, its findings at its
 * own name; two different files (a case-sensitive file system) leave it unread, as before, saying why. Walked and
 * named alike (pre-commit names the file).
 */
import { linkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const NOTE = '(--no-error-on-unmatched-pattern reports these as notes and lints the rest)\n';
const CLIENT = '{ "name": "Ok", "organization_usage": "allow" }\n';
const PARSE = 'error: invalid JSON: expected a value [parse-error]';

const deployCliWhy = (name: string, fixed: string) =>
  `the name ${name} is not ${fixed}: deploy-cli opens ${fixed} by that exact name, and on this file system ${fixed} is not this file (letter case counts here), so deploy-cli does not read it (rename it to ${fixed})`;

/** every fixed name deploy-cli opens that orglint reads, each as a broken file in another letter case (its parse error at 1:COLUMN) */
const FIXED: { file: string; fixed: string; text: string; column: number }[] = [
  { file: 'exp/Tenant.JSON', fixed: 'tenant.json', text: '{ "friendly_name": }\n', column: 20 },
  { file: 'exp/prompts/PROMPTS.json', fixed: 'prompts.json', text: '{ "universal_login_experience": }\n', column: 33 },
  { file: 'exp/database-connections/users/Database.json', fixed: 'database.json', text: '{ "name": "Users", "strategy": }\n', column: 32 },
  { file: 'exp/database-connections/old/settings.JSON', fixed: 'settings.json', text: '{ "name": "Old", "strategy": }\n', column: 30 },
];

/** the export with one of them, and the fixed name beside it: the same file (`link`), another file, or none */
function exportWith(f: (typeof FIXED)[number], fixedName: 'link' | 'other' | 'none'): string {
  const dir = tempTree({ 'exp/clients/ok.json': CLIENT, [f.file]: f.text, ...(fixedName === 'other' ? { [path.join(path.dirname(f.file), f.fixed)]: '{ "name": "Fine", "strategy": "auth0" }\n' } : {}) });
  if (fixedName === 'link') linkSync(path.join(dir, f.file), path.join(dir, path.dirname(f.file), f.fixed));
  return dir;
}

const findings = (stdout: string) => (JSON.parse(stdout) as { findings: { file: string; line: number; column: number; ruleId: string }[] }).findings.map((x) => `${x.file}:${x.line}:${x.column} ${x.ruleId}`);

describe('a deploy-cli fixed name in another letter case, the same file as the fixed name (a case-insensitive file system)', () => {
  for (const f of FIXED) {
    it(`${f.file} is read as ${f.fixed}: walked and named, linted once, findings at its own name`, async () => {
      const dir = exportWith(f, 'link');
      const walked = await runCli(['exp', '-f', 'json', '--debug'], { cwd: dir });
      expect(walked.code).toBe(1);
      // once, at the name as it is listed: the fixed name is the same file by a second name
      expect(findings(walked.stdout)).toEqual([`${f.file}:1:${f.column} parse-error`]);
      expect(JSON.parse(walked.stdout).summary).toMatchObject({ files: 2, errors: 1 });
      const second = path.join(dir, path.dirname(f.file), f.fixed);
      expect(walked.stderr).toContain(`orglint: debug: skipped ${second}: the same file as ${path.basename(f.file)} (`);
      // pre-commit names the file: the same finding, and the export around it is read without it twice
      const named = await runCli([f.file, '-f', 'compact'], { cwd: dir });
      expect([named.code, named.stdout, named.stderr]).toEqual([1, `${f.file}:1:${f.column}: ${PARSE}\n`, '']);
      const withClient = await runCli([f.file, 'exp/clients/ok.json', '-f', 'json'], { cwd: dir });
      expect(findings(withClient.stdout)).toEqual([`${f.file}:1:${f.column} parse-error`]);
    });
  }

  it("prompts/Prompts.json's settings are the export's prompts (a rule reads them), walked or named", async () => {
    const dir = tempTree({ 'exp/clients/ok.json': CLIENT, 'exp/prompts/Prompts.json': '{ "universal_login_experience": "Classic" }\n' });
    linkSync(path.join(dir, 'exp/prompts/Prompts.json'), path.join(dir, 'exp/prompts/prompts.json'));
    for (const args of [['exp'], ['exp/prompts/Prompts.json'], ['exp/clients/ok.json', 'exp/prompts/Prompts.json']]) {
      const run = await runCli([...args, '-f', 'json'], { cwd: dir });
      expect(findings(run.stdout), args.join(' ')).toEqual(['exp/prompts/Prompts.json:1:33 organization-requires-new-universal-login']);
    }
  });
});

describe('a deploy-cli fixed name in another letter case, not the fixed name (a file system that tells case apart)', () => {
  for (const f of FIXED) {
    for (const beside of ['other', 'none'] as const) {
      it(`${f.file} (${beside === 'other' ? `beside another ${f.fixed}` : `no ${f.fixed}`}) is not read, walked or named, and the run says why`, async () => {
        const dir = exportWith(f, beside);
        const walked = await runCli(['exp', '-f', 'json', '--debug'], { cwd: dir });
        expect(walked.code).toBe(0);
        expect(findings(walked.stdout)).toEqual([]);
        expect(walked.stderr).toContain(`orglint: debug: skipped ${path.join(dir, f.file)}: ${deployCliWhy(path.basename(f.file), f.fixed)}\n`);
        const named = await runCli([f.file, '-f', 'compact'], { cwd: dir });
        expect([named.code, named.stdout, named.stderr]).toEqual([2, '', `orglint: ${f.file}: not tenant configuration: ${deployCliWhy(path.basename(f.file), f.fixed)}\n${NOTE}`]);
      });
    }
  }

  it('a folder whose only candidates are such names says so when nothing is linted', async () => {
    const dir = tempTree({ 'exp/clients/.keep': '', 'exp/Tenant.json': '{ "friendly_name": "T" }\n', 'exp/prompts/Prompts.json': '{}\n' });
    const run = await runCli(['exp', '-f', 'compact'], { cwd: dir });
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(
      'orglint: no tenant configuration found in exp (2 files named like a file deploy-cli or Terraform opens by its exact name (tenant.json, prompts.json, database.json, terraform.tfvars) but for the letter case, which this file system tells apart, so they are not read (--debug says which))\n' +
        NOTE,
    );
  });
});

describe('Terraform variables opened by a fixed name in another letter case', () => {
  const main = 'variable "usage" {\n  default = "deny"\n}\nresource "auth0_client" "a" {\n  name = "A"\n  organization_usage = var.usage\n}\n';
  const enumAt = (at: string) =>
    `tf/main.tf:6:24: error: organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? (the value of var.usage, set at ${at}); --fix leaves it: the value comes from var.usage, change it where the variable is set [organization-usage-enum]\n`;
  const VARS: { name: string; fixed: string; text: string; at: string }[] = [
    { name: 'Terraform.tfvars', fixed: 'terraform.tfvars', text: 'usage = "Require"\n', at: 'Terraform.tfvars:1:9' },
    { name: 'terraform.TFVARS.json', fixed: 'terraform.tfvars.json', text: '{ "usage": "Require" }\n', at: 'terraform.TFVARS.json:1:12' },
  ];

  for (const v of VARS) {
    it(`${v.name}, the same file as ${v.fixed}: its values are the module's, walked or named (once, at its name)`, async () => {
      const dir = tempTree({ 'tf/main.tf': main, [`tf/${v.name}`]: v.text });
      linkSync(path.join(dir, 'tf', v.name), path.join(dir, 'tf', v.fixed));
      for (const args of [['tf'], [`tf/${v.name}`], ['tf/main.tf']]) {
        const run = await runCli([...args, '-f', 'compact'], { cwd: dir });
        expect([run.code, run.stdout, run.stderr], args.join(' ')).toEqual([1, enumAt(v.at), '']);
      }
    });

    it(`${v.name}, not ${v.fixed} (a file system that tells case apart): not loaded with the module, named it says why`, async () => {
      const dir = tempTree({ 'tf/main.tf': main, [`tf/${v.name}`]: v.text });
      const walked = await runCli(['tf', '-f', 'compact'], { cwd: dir });
      expect([walked.code, walked.stdout, walked.stderr]).toEqual([0, '', '']);
      const named = await runCli([`tf/${v.name}`, '-f', 'compact'], { cwd: dir });
      const why = `the name ${v.name} is not ${v.fixed}: Terraform loads ${v.fixed} by that exact name, and on this file system ${v.fixed} is not this file (letter case counts here), so ${v.name}'s values apply only as a -var-file (--var-file here; rename it to ${v.fixed})`;
      expect([named.code, named.stdout, named.stderr]).toEqual([2, '', `orglint: tf/${v.name}: not tenant configuration: ${why}\n${NOTE}`]);
      // beside a different terraform.tfvars, that one is what Terraform loads
      const other = tempTree({ 'tf/main.tf': main, [`tf/${v.name}`]: v.text, [`tf/${v.fixed}`]: v.fixed.endsWith('.json') ? '{ "usage": "allow" }\n' : 'usage = "allow"\n' });
      const both = await runCli(['tf', '-f', 'compact'], { cwd: other });
      expect([both.code, both.stdout, both.stderr]).toEqual([0, '', '']);
    });
  }
});
