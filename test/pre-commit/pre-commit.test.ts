import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../helpers/lint';
import { run } from '../helpers/run';
import { SAMPLE_TENANT } from '../helpers/sample-tenant';
import { requireProgram } from '../helpers/system-programs';

/** Debian's `pre-commit` (scripts/install-test-deps.sh installs it). The test fails without it. */
const PRE_COMMIT = '/usr/bin/pre-commit';

/**
 * What installing the hook costs a user, measured on this machine with `pre-commit install-hooks`:
 * - before (language: node): pre-commit ran `npm install --dev --prod` in its clone (88 packages, 102 MB of
 *   node_modules: TypeScript, vitest, esbuild, playwright-core, ...), then `npm install -g` of the packed
 *   package into an environment of 26 packages (orglint and 25 runtime dependencies), 8.3 MB.
 * - after (language: script, no runtime dependencies): nothing but pre-commit's clone of the repository; no
 *   node_modules, no environment. This test keeps it so.
 */
const MAX_PACKAGES_INSTALLED = 0;

async function git(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]): Promise<string> {
  const r = await run('git', args, { cwd, env, timeoutMs: 60_000 });
  if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.stdout}${r.stderr}`);
  return r.stdout.trim();
}

/** Every path under `dir` (links not followed), and the bytes of its files. */
function inventory(dir: string): { paths: string[]; bytes: number } {
  const paths: string[] = [];
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      paths.push(f);
      if (e.isDirectory()) walk(f);
      else if (e.isFile()) bytes += lstatSync(f).size;
    }
  };
  walk(dir);
  return { paths, bytes };
}

describe('the pre-commit hook', () => {
  it('installs nothing, blocks a commit with a violation, passes a clean one, and reads only tenant configuration', { timeout: 300_000 }, async () => {
    requireProgram(PRE_COMMIT, 'pre-commit');
    requireProgram('/usr/bin/git', 'git');
    const work = mkdtempSync(path.join(tmpdir(), 'orglint-pre-commit-'));
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) if (!/^(GIT_|PRE_COMMIT|npm_)/i.test(k)) env[k] = v;
    Object.assign(env, {
      PRE_COMMIT_HOME: path.join(work, 'pre-commit-home'),
      GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid',
      GIT_CONFIG_GLOBAL: path.join(work, 'gitconfig'), GIT_CONFIG_NOSYSTEM: '1',
      // if anything did run npm, it would take packages from the npm cache only
      npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false',
    });
    writeFileSync(env.GIT_CONFIG_GLOBAL!, '[init]\n\tdefaultBranch = main\n[protocol "file"]\n\tallow = always\n');

    // the hook repository: this checkout's files (committed or new), with dist/ as built from these sources
    const hookRepo = path.join(work, 'orglint');
    const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0');
    for (const f of listed) {
      if (!f || /^dist(-action)?\//.test(f) || !existsSync(path.join(ROOT, f))) continue;
      mkdirSync(path.dirname(path.join(hookRepo, f)), { recursive: true });
      cpSync(path.join(ROOT, f), path.join(hookRepo, f));
    }
    cpSync(path.dirname(inject('cliPath')), path.join(hookRepo, 'dist'), { recursive: true });
    await git(hookRepo, env, 'init', '--quiet');
    await git(hookRepo, env, 'add', '-A');
    await git(hookRepo, env, 'commit', '--quiet', '-m', 'orglint at this checkout');
    const rev = await git(hookRepo, env, 'rev-parse', 'HEAD');

    // a user's repository that uses the hook
    const repo = path.join(work, 'tenant-config');
    await git(work, env, 'init', '--quiet', repo);
    writeFileSync(path.join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${JSON.stringify(hookRepo)}\n    rev: ${rev}\n    hooks:\n      - id: orglint\n`);
    const install = await run(PRE_COMMIT, ['install', '--install-hooks'], { cwd: repo, env, timeoutMs: 240_000 });
    expect(install.stdout).toContain('pre-commit installed at .git/hooks/pre-commit');
    expect(install.code, install.stdout + install.stderr).toBe(0);

    // what the install left: pre-commit's clone of the hook repository, and nothing else
    const home = inventory(env.PRE_COMMIT_HOME!);
    const installed = home.paths.filter((p) => /[/\\]node_modules[/\\][^/\\]+[/\\]package\.json$/.test(p));
    expect(installed.length).toBe(MAX_PACKAGES_INSTALLED);
    expect(home.paths.filter((p) => /node_env|node_modules/.test(path.basename(p)))).toEqual([]);
    const clone = inventory(hookRepo);
    expect(home.bytes).toBeLessThan(clone.bytes + 1024 * 1024);

    // a violation: the commit is refused and the output shows the finding
    writeFileSync(path.join(repo, 'tenant.yaml'), SAMPLE_TENANT);
    writeFileSync(path.join(repo, 'README.md'), '# tenant config\n');
    await git(repo, env, 'add', '.');
    const blocked = await run('git', ['commit', '-m', 'add tenant'], { cwd: repo, env });
    const blockedOut = blocked.stdout + blocked.stderr;
    expect(blockedOut).toMatch(/^orglint\.+Failed$/m);
    expect(blockedOut).toMatch(/6:25 +error +organization_usage "Require" is not one of "deny", "allow", "require"/);
    expect(blockedOut).toContain('tenant.yaml');
    expect(blocked.code).not.toBe(0);
    expect(await git(repo, env, 'rev-list', '--all', '--count').catch(() => '0')).toBe('0');

    // fixed: the commit goes through
    writeFileSync(path.join(repo, 'tenant.yaml'), SAMPLE_TENANT.replace('Require', 'require').replace('pre-login-prompt', 'pre_login_prompt').replace(/organization_usage: allow\n    organization_require_behavior: pre_login_prompt\n/, 'organization_usage: allow\n'));
    await git(repo, env, 'add', '.');
    const passed = await run('git', ['commit', '-m', 'add tenant'], { cwd: repo, env });
    expect(passed.stdout + passed.stderr).toMatch(/^orglint\.+Passed$/m);
    expect(passed.code).toBe(0);

    // a Helm values file with a top-level organizations: is no tenant: the hook does not even run
    mkdirSync(path.join(repo, 'charts/portal'), { recursive: true });
    writeFileSync(path.join(repo, 'charts/portal/values.yaml'), 'organizations:\n  - name: Acme\n    organization_usage: Require\nclients:\n  - name: x\n    organization_usage: Require\n');
    writeFileSync(path.join(repo, 'README.md'), '# tenant config, v2\n');
    await git(repo, env, 'add', '.');
    const helm = await run('git', ['commit', '-m', 'chart and docs'], { cwd: repo, env });
    expect(helm.stdout + helm.stderr).toMatch(/^orglint\.+\(no files to check\)Skipped$/m);
    expect(helm.code).toBe(0);

    // a directory export's client: checked with the rest of its tenant read from disk
    mkdirSync(path.join(repo, 'tenant/clients'), { recursive: true });
    writeFileSync(path.join(repo, 'tenant/clients/portal.json'), JSON.stringify({ name: 'Portal', app_type: 'spa', organization_usage: 'Require' }, null, 2));
    await git(repo, env, 'add', '.');
    const dirExport = await run('git', ['commit', '-m', 'portal'], { cwd: repo, env });
    expect(dirExport.stdout + dirExport.stderr).toMatch(/tenant\/clients\/portal\.json[\s\S]*organization_usage "Require"/);
    expect(dirExport.code).not.toBe(0);
    await git(repo, env, 'reset', '--quiet', '--hard');
    rmSync(path.join(repo, 'tenant'), { recursive: true, force: true });

    // a file the pattern matches but that holds no tenant (tenant-notes.yaml): a note, not a failed commit
    writeFileSync(path.join(repo, 'tenant-notes.yaml'), 'owner: platform-team\nreview: quarterly\n');
    await git(repo, env, 'add', '.');
    const notes = await run('git', ['commit', '-m', 'notes'], { cwd: repo, env });
    expect(notes.stdout + notes.stderr).toMatch(/^orglint\.+Passed$/m);
    expect(notes.code).toBe(0);
    rmSync(work, { recursive: true, force: true });
  });
});
