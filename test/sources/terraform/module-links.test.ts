/**
 * A Terraform module's file that is a symbolic link (a shared override.tf or main.tf linked into each module), through
 * the CLI. Terraform follows it, so orglint reads it as part of the module when its real path is inside the
 * repository (never a silent pass), writes no file through it (the fix is left to the user, with the reason), and
 * never reads a target outside the repository (a read-error, and not one byte of the target shown).
 */
import { lstatSync, mkdirSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { tempTree } from '../../helpers/lint';

const MAIN = 'resource "auth0_client" "portal" {\n  name               = "Portal"\n  app_type           = "spa"\n  organization_usage = "require"\n  organization_require_behavior = "pre_login_prompt"\n}\n';
const OVERRIDE = 'resource "auth0_client" "portal" {\n  organization_usage = "Require"\n}\n';
const ENUM = 'override.tf:2:24: error: organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"?';
const NO_WRITE = (file: string, target: string) => `--fix leaves it: ${file} is a symbolic link (to ${target}): orglint writes no file through a link, change that file by hand`;
const SECRET = 'supersecretvalue1234567890abcdefXYZ';

const compact = async (dir: string, args: string[]) => {
  const r = await runCli([...args, '-f', 'compact'], { cwd: dir });
  return { code: r.code, out: r.stdout, err: r.stderr, lines: r.stdout.split('\n').filter((l) => / (error|warning): /.test(l)) };
};

const OUTSIDE =
  'not read: a symbolic link to a file outside the repository; Terraform reads it as part of the module, so what it sets is unknown here (orglint follows the links of a module only to files inside its repository)';
const HIDDEN =
  'not read: a symbolic link to a file in a folder of the repository whose name starts with a dot (.git, .ssh, ...), or not named as a Terraform file (*.tf, *.tf.json, *.tfvars); Terraform reads it as part of the module, so what it sets is unknown here';

/** not a byte of what a refused link points to, in any format */
async function neverShown(dir: string, args: string[], planted: string[]): Promise<void> {
  for (const f of ['stylish', 'json', 'sarif', 'html', 'markdown', 'junit', 'github', 'compact']) {
    const o = await runCli([...args, '-f', f], { cwd: dir });
    for (const p of planted) expect(o.stdout + o.stderr, `${f}: ${p}`).not.toContain(p);
  }
}

/** a module whose override.tf links to a file kept once in shared/ (which the config leaves out of the walk) */
function linkedOverride(): string {
  const dir = tempTree({ 'main.tf': MAIN, 'shared/o.tf': OVERRIDE, '.orglint.yaml': "ignore: ['shared/**']\n" });
  symlinkSync('shared/o.tf', path.join(dir, 'override.tf'));
  return dir;
}

describe('a symbolic link in a Terraform module', () => {
  it('a linked override.tf is merged whether named, walked or only its primary file named', async () => {
    const dir = linkedOverride();
    for (const args of [['override.tf'], ['.'], ['main.tf'], ['main.tf', 'override.tf']]) {
      const r = await compact(dir, args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.lines, args.join(' ')).toEqual([`${ENUM}; ${NO_WRITE('override.tf', 'shared/o.tf')} [organization-usage-enum]`]);
    }
  });

  it('--fix and --fix-dry-run write nothing through the link: the link stays, its target keeps its bytes', async () => {
    const dir = linkedOverride();
    for (const m of ['--fix', '--fix-dry-run', '--fix-unsafe']) {
      const r = await compact(dir, ['override.tf', m]);
      expect(r.code, m).toBe(1);
      expect(r.out, m).toContain(NO_WRITE('override.tf', 'shared/o.tf'));
      expect(lstatSync(path.join(dir, 'override.tf')).isSymbolicLink()).toBe(true);
      expect(readlinkSync(path.join(dir, 'override.tf'))).toBe('shared/o.tf');
      expect(readFileSync(path.join(dir, 'shared/o.tf'), 'utf8')).toBe(OVERRIDE);
      expect(readFileSync(path.join(dir, 'main.tf'), 'utf8')).toBe(MAIN);
    }
    const dry = await compact(dir, ['.', '--fix-dry-run']);
    expect(dry.out).not.toContain('+++');
  });

  it('a linked main.tf beside a regular override.tf is linted (walked or not) and never written', async () => {
    const dir = tempTree({ 'm/override.tf': 'resource "auth0_client" "portal" {\n  organization_usage = "deny"\n}\n', 'common/main.tf': MAIN });
    symlinkSync('../common/main.tf', path.join(dir, 'm/main.tf'));
    const warning = `m/main.tf:5:3: warning: organization_require_behavior "pre_login_prompt" has no effect while organization_usage is "deny"; it only applies with "require" or "allow"; ${NO_WRITE('main.tf', '../common/main.tf')} [require-behavior-without-require]`;
    // (no .git: the trusted root is the module folder, and common/ is outside it)
    const outside = await compact(dir, ['m']);
    expect(outside.lines).toEqual([expect.stringContaining('m/main.tf:1:1: error: not read: a symbolic link to a file outside the repository')]);
    // the same tree inside a repository: common/ is in it
    mkdirSync(path.join(dir, '.git'));
    for (const args of [['m'], ['m/override.tf'], ['m/main.tf'], ['.']]) {
      const r = await compact(dir, args);
      expect(r.lines, args.join(' ')).toEqual([warning]);
      expect(r.code, args.join(' ')).toBe(0);
    }
    const fixed = await compact(dir, ['m', '--fix']);
    expect(fixed.lines).toEqual([warning]);
    expect(readFileSync(path.join(dir, 'common/main.tf'), 'utf8')).toBe(MAIN);
    expect(lstatSync(path.join(dir, 'm/main.tf')).isSymbolicLink()).toBe(true);
  });

  it('a link to a file outside the repository is never read: a read-error in every format, not a byte of it shown', async () => {
    const outside = tempTree({ 'creds.tf': `resource "auth0_client" "portal" {\n  client_secret = "${SECRET}"\n  organization_usage = "Require"\n}\n` });
    const dir = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'main.tf': MAIN });
    symlinkSync(path.join(outside, 'creds.tf'), path.join(dir, 'x_override.tf'));
    const r = await compact(dir, ['.']);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      'x_override.tf:1:1: error: not read: a symbolic link to a file outside the repository; Terraform reads it as part of the module, so what it sets is unknown here (orglint follows the links of a module only to files inside its repository) [read-error]',
    ]);
    await neverShown(dir, ['.'], [SECRET, '"Require"']);
  });

  it('a link into .git (or any dot folder of the repository), or to a file not named as a Terraform file, is never read: walked or named', async () => {
    const TOKEN = 'ghp_PLANTEDx9Kq2VbN7mLp4RtY8wZc3Hd6Fj1Sa0';
    const dir = tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.git/config': `[remote "origin"]\n\turl = https://deploybot:${TOKEN}@github.com/o/r\n`,
      '.secrets/creds.tf': `resource "auth0_client" "b" {\n  client_secret = "${SECRET}"\n}\n`,
      'shared/o.txt': OVERRIDE,
      'mod/b.tf': 'resource "auth0_client" "b" {\n  name               = "B"\n  app_type           = "spa"\n  organization_usage = "allow"\n}\n',
    });
    symlinkSync('../.git/config', path.join(dir, 'mod/override.tf'));
    symlinkSync('../.secrets/creds.tf', path.join(dir, 'mod/x_override.tf'));
    symlinkSync('../shared/o.txt', path.join(dir, 'mod/y_override.tf'));
    for (const args of [['.'], ['mod'], ['mod/override.tf', 'mod/x_override.tf', 'mod/y_override.tf'], ['mod/b.tf']]) {
      const r = await compact(dir, args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.lines, args.join(' ')).toEqual(['override.tf', 'x_override.tf', 'y_override.tf'].map((f) => `mod/${f}:1:1: error: ${HIDDEN} [read-error]`));
    }
    for (const args of [['.'], ['mod/override.tf', 'mod/x_override.tf', 'mod/y_override.tf']]) await neverShown(dir, args, [TOKEN, 'deploybot', 'remote "origin"', SECRET, '"Require"']);
  });

  it('a named link to a file outside the repository is refused before it is read (a binary target too)', async () => {
    const dir = tempTree({ '.git/HEAD': 'x\n', 'main.tf': MAIN });
    symlinkSync('/proc/self/environ', path.join(dir, 'override.tf'));
    for (const args of [['override.tf'], ['.'], ['main.tf', 'override.tf']]) {
      const r = await compact(dir, args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.lines, args.join(' ')).toEqual([`override.tf:1:1: error: ${OUTSIDE} [read-error]`]);
    }
  });

  it('a link that leads nowhere is a read-error; a module with no Auth0 resource is not orglint\'s to report', async () => {
    const dir = tempTree({ '.git/HEAD': 'x\n', 'a/main.tf': MAIN, 'b/main.tf': 'resource "aws_s3_bucket" "b" {}\n' });
    symlinkSync('nowhere.tf', path.join(dir, 'a/versions.tf'));
    symlinkSync('/etc/hostname', path.join(dir, 'b/versions.tf'));
    const r = await compact(dir, ['.']);
    expect(r.lines).toEqual([
      'a/versions.tf:1:1: error: cannot read file: a symbolic link whose target does not exist (or links that loop); Terraform cannot read it either [read-error]',
    ]);
  });

  it('a linked terraform.tfvars inside the repository gives the variable its value', async () => {
    const dir = tempTree({
      '.git/HEAD': 'x\n',
      'env/prod.tfvars': 'usage = "Require"\n',
      'm/main.tf': 'variable "usage" {\n  default = "require"\n}\nresource "auth0_client" "portal" {\n  name = "P"\n  organization_usage = var.usage\n}\n',
    });
    symlinkSync('../env/prod.tfvars', path.join(dir, 'm/terraform.tfvars'));
    const r = await compact(dir, ['m']);
    expect(r.lines).toEqual([expect.stringMatching(/^m\/main\.tf:6:24: error: organization_usage "Require" .*\(the value of var\.usage, set at terraform\.tfvars:1:9\)/)]);
  });
});
