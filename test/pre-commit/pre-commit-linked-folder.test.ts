/**
 * A staged linked folder through the real `pre-commit` (Debian's): a walk follows a linked `clients/` folder inside
 * the repository as deploy-cli does (src/engine/walk-links.ts), so a commit that only adds one must be checked.
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

describe('the pre-commit hook and a staged linked folder', () => {
  // git stages a linked folder as one path (`tenant/clients`, a link), which the hook's `files:` did not match: a
  // commit adding `tenant/clients -> ../shared/clients` (now read by deploy-cli and by a walk of tenant/ as the
  // tenant's clients) was never checked, and one adding `tenant/organizations -> /home/runner/...` passed too
  it('checks a commit that only adds a linked clients/ folder, and refuses one linked out of the repository', { timeout: 300_000 }, async () => {
    requireProgram(PRE_COMMIT, 'pre-commit');
    requireProgram('/usr/bin/git', 'git');
    const work = realpathSync(mkdtempSync(path.join(tmpdir(), 'orglint-pre-commit-linked-folder-')));
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

    // a tenant, and clients kept apart (committed without the hook): two clients of one name, which the tenant
    // that links them deploys as one client overwriting the other
    mkdirSync(path.join(repo, 'tenant'));
    mkdirSync(path.join(repo, 'shared/clients'), { recursive: true });
    writeFileSync(path.join(repo, 'tenant/tenant.json'), '{ "friendly_name": "T" }\n');
    writeFileSync(path.join(repo, 'shared/clients/a.json'), '{ "name": "A", "app_type": "spa", "organization_usage": "bogus" }\n');
    await git(repo, env, 'add', '.');
    await git(repo, env, 'commit', '--quiet', '--no-verify', '-m', 'tenant');

    symlinkSync('../shared/clients', path.join(repo, 'tenant/clients'));
    await git(repo, env, 'add', 'tenant/clients');
    const linked = await run('git', ['commit', '-m', 'link the shared clients'], { cwd: repo, env, timeoutMs: 120_000 });
    const linkedOut = linked.stdout + linked.stderr;
    expect(linkedOut).toMatch(/^orglint\.+Failed$/m);
    expect(linkedOut).toContain('tenant/clients/a.json');
    expect(linkedOut).toMatch(/1:57 +error +organization_usage "bogus" is not one of "deny", "allow", "require"/);
    expect(linked.code).not.toBe(0);
    await git(repo, env, 'reset', '--quiet');
    rmSync(path.join(repo, 'tenant/clients'));

    const outside = realpathSync(mkdtempSync(path.join(tmpdir(), 'orglint-outside-')));
    writeFileSync(path.join(outside, 'o.json'), PLANTED);
    symlinkSync(outside, path.join(repo, 'tenant/organizations'));
    await git(repo, env, 'add', 'tenant/organizations');
    const evil = await run('git', ['commit', '-m', 'organizations'], { cwd: repo, env, timeoutMs: 120_000 });
    const evilOut = evil.stdout + evil.stderr;
    expect(evilOut).toMatch(/^orglint\.+Failed$/m);
    expect(evilOut).toContain(`not read: a symbolic link (this path, or a folder on its way) leads to ${outside}, outside the repository`);
    for (const s of ['PlantedLinkApp', 'PLANTEDprecommitK4mZ8', 'PLANTEDbrokenPrecommitLine']) expect(evilOut).not.toContain(s);
    expect(evil.code).not.toBe(0);
    rmSync(work, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
});
