/**
 * A Terraform module's files are the ones Terraform reads (internal/configs/parser_config_dir.go): names ending in
 * exactly `.tf` or `.tf.json`, none starting with `.`, ending with `~`, or starting and ending with `#`. A file
 * named like Terraform configuration that Terraform does not read (a backup `.old.tf`, `copy.TF`, an editor's
 * `main.tf~` or `#main.tf#`) is no part of the module: walked, it is skipped (`--debug` says why); named, the run
 * says it is not tenant configuration, as for any named file orglint does not read (exit 2, or a note with
 * `--no-error-on-unmatched-pattern`, as the pre-commit hook runs).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { tempTree } from '../../helpers/lint';

const GOOD = ['resource "auth0_client" "p" {', '  name                          = "Portal"', '  organization_usage            = "require"', '  organization_require_behavior = "pre_login_prompt"', '}', ''].join('\n');
/** the same resource again, with a value that would be an error: read as the module's, it is a duplicate */
const AGAIN = 'resource "auth0_client" "p" { organization_usage = "Require" }\n';
const AGAIN_JSON = '{"resource": {"auth0_client": {"p": {"organization_usage": "Require"}}}}\n';
const IGNORED = ['.old.tf', 'main.tf~', '#main.tf#', 'copy.TF', 'Main.Tf'];
const DOT = 'Terraform does not read it with its folder\'s module: it skips every file whose name starts with "." (a hidden file)';
const WHY: Record<string, string> = {
  '.old.tf': DOT,
  'main.tf~': 'Terraform does not read it with its folder\'s module: it skips every file whose name ends with "~" (an editor\'s backup)',
  '#main.tf#': 'Terraform does not read it with its folder\'s module: it skips every file whose name starts and ends with "#" (an editor\'s autosave)',
  'copy.TF': 'Terraform does not read it with its folder\'s module: it reads only names that end in exactly ".tf" or ".tf.json" (lower case), and this one ends in ".TF"',
  'Main.Tf': 'Terraform does not read it with its folder\'s module: it reads only names that end in exactly ".tf" or ".tf.json" (lower case), and this one ends in ".Tf"',
  'copy.TF.json': 'Terraform does not read it with its folder\'s module: it reads only names that end in exactly ".tf" or ".tf.json" (lower case), and this one ends in ".TF.json"',
};

describe('a file Terraform does not read, beside a module', () => {
  it('walked: no part of the module (no duplicate, no finding of its own), and --debug says why each was skipped', async () => {
    const tree: Record<string, string> = { 'mod/main.tf': GOOD, 'mod/copy.TF.json': AGAIN_JSON };
    for (const n of IGNORED) tree[`mod/${n}`] = AGAIN;
    const dir = tempTree(tree);
    const run = await runCli(['-f', 'compact', '--debug', 'mod'], { cwd: dir });
    expect(run.stdout).toBe('');
    expect(run.code).toBe(0);
    for (const n of [...IGNORED, 'copy.TF.json']) expect(run.stderr).toContain(`orglint: debug: skipped ${path.join(dir, 'mod', n)}: ${WHY[n]}\n`);
    // each said once
    expect(run.stderr.split('\n').filter((l) => l.includes('.old.tf'))).toHaveLength(1);
  });

  it('named beside the module file: main.tf is linted alone (the case of the it.fails turned it), each name', async () => {
    for (const n of IGNORED) {
      const dir = tempTree({ 'main.tf': GOOD, [n]: AGAIN });
      const run = await runCli(['-f', 'compact', 'main.tf'], { cwd: dir });
      expect([n, run.stdout, run.code]).toEqual([n, '', 0]);
    }
  });

  it('a hidden file that would be an override file is none: main.tf\'s value is linted', async () => {
    const dir = tempTree({ 'main.tf': GOOD.replace('"require"', '"Require"'), '.x_override.tf': 'resource "auth0_client" "p" {\n  organization_usage = "require"\n}\n' });
    const run = await runCli(['-f', 'compact', '.'], { cwd: dir });
    expect(run.stdout).toContain('main.tf:3:35: error: organization_usage "Require" is not one of');
    expect(run.stdout).not.toContain('.x_override.tf');
  });
});

describe('a file Terraform does not read, named on the command line', () => {
  it('is not tenant configuration: exit 2 with the reason, whatever it holds, and nothing is written', async () => {
    for (const n of IGNORED) {
      const dir = tempTree({ 'main.tf': GOOD, [n]: AGAIN });
      const run = await runCli(['-f', 'compact', '--fix', n], { cwd: dir });
      expect([n, run.code, run.stdout]).toEqual([n, 2, '']);
      expect(run.stderr).toContain(`orglint: ${n}: not tenant configuration: ${WHY[n]}\n`);
      expect(readFileSync(path.join(dir, n), 'utf8')).toBe(AGAIN);
    }
  });

  it('a named `.old.tf` alone in its folder, and a named `copy.TF.json`: the same', async () => {
    const dir = tempTree({ 'a/.old.tf': AGAIN, 'b/copy.TF.json': AGAIN_JSON });
    const a = await runCli(['a/.old.tf'], { cwd: dir });
    expect(a.code).toBe(2);
    expect(a.stderr).toContain(`orglint: a/.old.tf: not tenant configuration: ${DOT}\n`);
    const b = await runCli(['b/copy.TF.json'], { cwd: dir });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain(`orglint: b/copy.TF.json: not tenant configuration: ${WHY['copy.TF.json']}\n`);
  });

  it('named with the module file, as pre-commit names what is staged: main.tf is linted, the other is a note', async () => {
    const dir = tempTree({ 'main.tf': GOOD.replace('"require"', '"Require"'), '.old.tf': AGAIN });
    const run = await runCli(['-f', 'compact', '--no-error-on-unmatched-pattern', '--pass-on-empty', 'main.tf', '.old.tf'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('main.tf:3:35: error: organization_usage "Require" is not one of');
    expect(run.stdout).not.toContain('declared again');
    expect(run.stderr).toContain(`orglint: note: .old.tf: not tenant configuration: ${DOT}\n`);
  });

  it('a variables file Terraform does not read (`Terraform.tfvars`) is not read as the module\'s either', async () => {
    const main = 'variable "usage" {\n  default = "require"\n}\n' + GOOD.replace('"require"', 'var.usage');
    const dir = tempTree({ 'main.tf': main, 'Terraform.tfvars': 'usage = "Require"\n' });
    const walked = await runCli(['-f', 'compact', '.'], { cwd: dir });
    expect(walked.stdout).toBe('');
    expect(walked.code).toBe(0);
    const named = await runCli(['Terraform.tfvars'], { cwd: dir });
    expect(named.code).toBe(2);
    // (named, it says Terraform does not load it: not "Terraform variables … read with the .tf files of their folder";
    // on a file system that tells case apart, where terraform.tfvars is not this file: fixed-name-case.test.ts)
    expect(named.stderr).toContain(
      'orglint: Terraform.tfvars: not tenant configuration: the name Terraform.tfvars is not terraform.tfvars: Terraform loads terraform.tfvars by that exact name, and on this file system terraform.tfvars is not this file (letter case counts here)',
    );
  });

  it('a hidden `*.auto.tfvars` is read, as Terraform reads it (no name is ignored for variables files)', async () => {
    const main = 'variable "usage" {\n  default = "require"\n}\n' + GOOD.replace('"require"', 'var.usage');
    const dir = tempTree({ 'main.tf': main, '.env.auto.tfvars': 'usage = "Require"\n' });
    const run = await runCli(['-f', 'compact', '.'], { cwd: dir });
    expect(run.stdout).toContain('main.tf:6:35: error: organization_usage "Require" is not one of');
    expect(run.stdout).toContain('(the value of var.usage, set at .env.auto.tfvars:1:9)');
  });
});
