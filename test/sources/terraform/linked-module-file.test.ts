/**
 * pre-commit names only what a commit changed: a commit that changes only variables.tf of a module whose main.tf
 * is a symbolic link to a shared file (as teams link one main.tf into each environment) must lint the module
 * through the link, as a walk of the folder does; it passed silently (the module's files were listed as regular
 * files only). A link out of the repository stays a read-error, its target unread.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';

const dir = mkdtempSync(path.join(tmpdir(), 'orglint-linked-module-'));
const outside = mkdtempSync(path.join(tmpdir(), 'orglint-linked-outside-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

mkdirSync(path.join(dir, '.git'));
mkdirSync(path.join(dir, 'shared'));
mkdirSync(path.join(dir, 'mod'));
writeFileSync(path.join(dir, 'shared/main.tf'), 'resource "auth0_client" "a" {\n  name = "A"\n  organization_usage = var.u\n}\n');
symlinkSync('../shared/main.tf', path.join(dir, 'mod/main.tf'));
writeFileSync(path.join(dir, 'mod/variables.tf'), 'variable "u" {\n  default = "Allow"\n}\n');

describe('a named variables.tf beside a linked main.tf', () => {
  it('lints the module through the link, as the hook runs it', async () => {
    const run = await runCli(['-f', 'compact', '--no-error-on-unmatched-pattern', '--pass-on-empty', 'mod/variables.tf'], { cwd: dir });
    expect(run.stdout).toContain('mod/main.tf:3:24: error: organization_usage "Allow" is not one of');
    expect(run.code).toBe(1);
  });

  it('leaves a linked module file outside the repository unread, a read-error', async () => {
    writeFileSync(path.join(outside, 'secret.tf'), 'PLANTED_OUTSIDE_TEXT = "x"\n');
    symlinkSync(path.join(outside, 'secret.tf'), path.join(dir, 'mod/other.tf'));
    const run = await runCli(['-f', 'compact', '--no-error-on-unmatched-pattern', '--pass-on-empty', 'mod/variables.tf'], { cwd: dir });
    expect(run.stdout).toContain('mod/other.tf:1:1: error: not read: a symbolic link to a file outside the repository');
    expect(run.stdout + run.stderr).not.toContain('PLANTED_OUTSIDE_TEXT');
    expect(run.code).toBe(1);
  });
});
