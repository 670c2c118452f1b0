import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../helpers/lint';
import { SAMPLE_TENANT } from '../helpers/sample-tenant';

/** Debian's `pre-commit` (`apt-get install pre-commit`; .ci/run installs it). The test fails without it. */
const PRE_COMMIT = '/usr/bin/pre-commit';

interface Run {
  code: number | null;
  out: string;
}

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs = 240_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

async function git(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]): Promise<string> {
  const r = await sh('git', args, cwd, env);
  if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.out}`);
  return r.out.trim();
}

describe('the pre-commit hook', () => {
  it('blocks a commit with a violation and shows the finding; a clean commit passes', { timeout: 300_000 }, async () => {
    if (!existsSync(PRE_COMMIT)) throw new Error(`${PRE_COMMIT} is missing: install it with apt-get install -y pre-commit`);
    const work = mkdtempSync(path.join(tmpdir(), 'orglint-pre-commit-'));
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) if (!/^(GIT_|PRE_COMMIT)/.test(k)) env[k] = v;
    Object.assign(env, {
      PRE_COMMIT_HOME: path.join(work, 'pre-commit-home'),
      GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid',
      GIT_CONFIG_GLOBAL: path.join(work, 'gitconfig'), GIT_CONFIG_NOSYSTEM: '1',
      // pre-commit runs `npm install`: take packages from the npm cache when it has them
      npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false',
    });
    writeFileSync(env.GIT_CONFIG_GLOBAL!, '[init]\n\tdefaultBranch = main\n[protocol "file"]\n\tallow = always\n');

    // the hook repository: this checkout's committed files, with dist/ as built from these sources for this run
    const hookRepo = path.join(work, 'orglint');
    await git(work, env, 'clone', '--quiet', '--no-hardlinks', ROOT, hookRepo);
    rmSync(path.join(hookRepo, 'dist'), { recursive: true, force: true });
    cpSync(path.dirname(inject('cliPath')), path.join(hookRepo, 'dist'), { recursive: true });
    await git(hookRepo, env, 'add', '-A', 'dist');
    await git(hookRepo, env, 'commit', '--quiet', '--allow-empty', '-m', 'dist for the test');
    const rev = await git(hookRepo, env, 'rev-parse', 'HEAD');

    // a user's repository that uses the hook
    const repo = path.join(work, 'tenant-config');
    await git(work, env, 'init', '--quiet', repo);
    writeFileSync(path.join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${JSON.stringify(hookRepo)}\n    rev: ${rev}\n    hooks:\n      - id: orglint\n`);
    const install = await sh(PRE_COMMIT, ['install'], repo, env);
    expect(install.out).toContain('pre-commit installed at .git/hooks/pre-commit');

    // a violation: the commit is refused and the output shows the finding
    writeFileSync(path.join(repo, 'tenant.yaml'), SAMPLE_TENANT);
    writeFileSync(path.join(repo, 'README.md'), '# tenant config\n');
    await git(repo, env, 'add', '.');
    const blocked = await sh('git', ['commit', '-m', 'add tenant'], repo, env);
    expect(blocked.out).toMatch(/^orglint\.+Failed$/m);
    expect(blocked.out).toMatch(/6:25 +error +organization_usage "Require" is not one of "deny", "allow", "require"/);
    expect(blocked.out).toContain('tenant.yaml');
    expect(blocked.code).not.toBe(0);
    expect(await git(repo, env, 'rev-list', '--all', '--count').catch(() => '0')).toBe('0');

    // fixed: the commit goes through
    writeFileSync(path.join(repo, 'tenant.yaml'), SAMPLE_TENANT.replace('Require', 'require').replace('pre-login-prompt', 'pre_login_prompt').replace(/organization_usage: allow\n    organization_require_behavior: pre_login_prompt\n/, 'organization_usage: allow\n'));
    await git(repo, env, 'add', '.');
    const passed = await sh('git', ['commit', '-m', 'add tenant'], repo, env);
    expect(passed.out).toMatch(/^orglint\.+Passed$/m);
    expect(passed.code).toBe(0);

    // a commit without files the hook reads skips it
    writeFileSync(path.join(repo, 'README.md'), '# tenant config, v2\n');
    await git(repo, env, 'add', '.');
    const skipped = await sh('git', ['commit', '-m', 'docs'], repo, env);
    expect(skipped.out).toMatch(/^orglint\.+\(no files to check\)Skipped$/m);
    expect(skipped.code).toBe(0);
    rmSync(work, { recursive: true, force: true });
  });
});
