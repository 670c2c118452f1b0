/**
 * Staged symbolic links through the real `pre-commit` (Debian's): the hook is handed them (`types_or: [file,
 * symlink]`, `types: []` in .pre-commit-hooks.yaml), so a commit that only adds a linked `override.tf` is checked
 * with its module, and a link to a file outside the repository is a read-error whose target never shows in the
 * hook's output (src/sources/named-links.ts).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../helpers/lint';
import { run } from '../helpers/run';
import { requireProgram } from '../helpers/system-programs';

const PRE_COMMIT = '/usr/bin/pre-commit';
const PLANTED = ['{ "name": "PlantedLinkApp",', '  "client_secret": "PLANTEDprecommitK4mZ8",', '  PLANTEDbrokenPrecommitLine', ''].join('\n');

async function git(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]): Promise<string> {
  const r = await run('git', args, { cwd, env, timeoutMs: 60_000 });
  if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.stdout}${r.stderr}`);
  return r.stdout.trim();
}

/** a user's repository with the hook from this checkout installed (as test/pre-commit/pre-commit.test.ts does) */
async function repositoryWithHook(work: string, env: NodeJS.ProcessEnv): Promise<string> {
  const hookRepo = path.join(work, 'orglint');
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0');
  for (const f of listed) {
    if (!f || /^(dist(-action)?|test|docs|bench|examples)\//.test(f) || !existsSync(path.join(ROOT, f))) continue;
    mkdirSync(path.dirname(path.join(hookRepo, f)), { recursive: true });
    cpSync(path.join(ROOT, f), path.join(hookRepo, f));
  }
  cpSync(path.dirname(inject('cliPath')), path.join(hookRepo, 'dist'), { recursive: true });
  await git(hookRepo, env, 'init', '--quiet');
  await git(hookRepo, env, 'add', '-A');
  await git(hookRepo, env, 'commit', '--quiet', '-m', 'orglint at this checkout');
  const rev = await git(hookRepo, env, 'rev-parse', 'HEAD');
  const repo = path.join(work, 'tenant-config');
  await git(work, env, 'init', '--quiet', repo);
  writeFileSync(path.join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${JSON.stringify(hookRepo)}\n    rev: ${rev}\n    hooks:\n      - id: orglint\n`);
  const install = await run(PRE_COMMIT, ['install', '--install-hooks'], { cwd: repo, env, timeoutMs: 240_000 });
  expect(install.code, install.stdout + install.stderr).toBe(0);
  return repo;
}

describe('the pre-commit hook and staged symbolic links', () => {
  it('checks a commit that only adds a linked override.tf, and refuses a link out of the repository without showing its target', { timeout: 300_000 }, async () => {
    requireProgram(PRE_COMMIT, 'pre-commit');
    requireProgram('/usr/bin/git', 'git');
    const work = realpathSync(mkdtempSync(path.join(tmpdir(), 'orglint-pre-commit-links-')));
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) if (!/^(GIT_|PRE_COMMIT|npm_)/i.test(k)) env[k] = v;
    Object.assign(env, {
      PRE_COMMIT_HOME: path.join(work, 'pre-commit-home'),
      GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid',
      GIT_CONFIG_GLOBAL: path.join(work, 'gitconfig'), GIT_CONFIG_NOSYSTEM: '1',
      npm_config_offline: 'true',
    });
    writeFileSync(env.GIT_CONFIG_GLOBAL!, '[init]\n\tdefaultBranch = main\n[protocol "file"]\n\tallow = always\n');
    const repo = await repositoryWithHook(work, env);

    // the module and the shared override it will link, committed without the hook (the override alone overrides
    // nothing: a parse-error on its own)
    mkdirSync(path.join(repo, 'mod'));
    mkdirSync(path.join(repo, 'shared'));
    writeFileSync(path.join(repo, 'mod/main.tf'), 'resource "auth0_client" "p" {\n  name               = "Portal"\n  organization_usage = "require"\n  organization_require_behavior = "pre_login_prompt"\n}\n');
    writeFileSync(path.join(repo, 'shared/ov.tf'), 'resource "auth0_client" "p" {\n  organization_usage = "Require"\n}\n');
    await git(repo, env, 'add', '.');
    await git(repo, env, 'commit', '--quiet', '--no-verify', '-m', 'module');

    // a commit adding only the link: checked with its module, and refused for the value the link sets
    symlinkSync('../shared/ov.tf', path.join(repo, 'mod/override.tf'));
    await git(repo, env, 'add', 'mod/override.tf');
    const linked = await run('git', ['commit', '-m', 'link the shared override'], { cwd: repo, env, timeoutMs: 120_000 });
    const linkedOut = linked.stdout + linked.stderr;
    expect(linkedOut).toMatch(/^orglint\.+Failed$/m);
    expect(linkedOut).toContain('mod/override.tf');
    expect(linkedOut).toMatch(/2:24 +error +organization_usage "Require" is not one of "deny", "allow", "require"/);
    expect(linked.code).not.toBe(0);
    await git(repo, env, 'reset', '--quiet');
    rmSync(path.join(repo, 'mod/override.tf'));

    // a commit adding a client file that links to a file outside the repository: a read-error, the target unread
    const outside = realpathSync(mkdtempSync(path.join(tmpdir(), 'orglint-outside-')));
    writeFileSync(path.join(outside, 'credentials'), PLANTED);
    mkdirSync(path.join(repo, 'clients'));
    symlinkSync(path.join(outside, 'credentials'), path.join(repo, 'clients/evil.json'));
    await git(repo, env, 'add', 'clients/evil.json');
    const evil = await run('git', ['commit', '-m', 'a client'], { cwd: repo, env, timeoutMs: 120_000 });
    const evilOut = evil.stdout + evil.stderr;
    expect(evilOut).toMatch(/^orglint\.+Failed$/m);
    expect(evilOut).toContain(`clients/evil.json`);
    expect(evilOut).toContain(`not read: a symbolic link (this path, or a folder on its way) leads to ${path.join(outside, 'credentials')}, outside the repository`);
    for (const s of ['PlantedLinkApp', 'PLANTEDprecommitK4mZ8', 'PLANTEDbrokenPrecommitLine']) expect(evilOut).not.toContain(s);
    expect(evil.code).not.toBe(0);
    rmSync(work, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
});
