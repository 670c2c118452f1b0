/**
 * What the review of the bounded links found (through the real CLI): a report written through a link out of the
 * repository from a monorepo's package or a current folder reached through a link; a refusal message that printed
 * a pull request's path with its line end (a workflow command in a CI log); a user's own config linked from outside
 * any checkout (a dotfile manager) or to a dot folder of the repository (`.config/`) refused.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const CLIENT = JSON.stringify({ name: 'Portal', app_type: 'spa', organization_usage: 'require' }, null, 2);

describe('reports written through links, reviewed', () => {
  it('refuses -o ../../orglint.sarif from a package of a monorepo when it links out of the checkout', async () => {
    const outside = realpathSync(tempTree({ 'victim.txt': 'victim\n' }));
    const repo = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'packages/auth0/clients/portal.json': CLIENT });
    symlinkSync(path.join(outside, 'victim.txt'), path.join(repo, 'orglint.sarif'));
    const run = await runCli(['clients', '-f', 'sarif', '-o', '../../orglint.sarif'], { cwd: path.join(repo, 'packages/auth0') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('outside the repository');
    expect(readFileSync(path.join(outside, 'victim.txt'), 'utf8')).toBe('victim\n');
  });

  it('refuses a path given through a linked current folder', async () => {
    const outside = realpathSync(tempTree({ 'victim.txt': 'victim\n' }));
    const real = realpathSync(tempTree({ 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/clients/portal.json': CLIENT }));
    const via = realpathSync(tempTree({}));
    symlinkSync(real, path.join(via, 'l'));
    symlinkSync(path.join(outside, 'victim.txt'), path.join(real, 'repo/orglint.sarif'));
    const cwd = path.join(via, 'l/repo');
    const run = await runCli(['clients', '-f', 'sarif', '-o', path.join(cwd, 'orglint.sarif')], { cwd });
    expect(run.code).toBe(2);
    expect(readFileSync(path.join(outside, 'victim.txt'), 'utf8')).toBe('victim\n');
  });

  it('never prints a line end of a linked path: no workflow command in the message', async () => {
    const repo = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'clients/portal.json': CLIENT });
    const evil = path.join(repo, '.h\n::error file=a::pwned');
    mkdirSync(evil);
    writeFileSync(path.join(evil, 't.json'), '{}\n');
    symlinkSync(path.join('..', '.h\n::error file=a::pwned', 't.json'), path.join(repo, 'clients/evil.json'));
    const run = await runCli(['clients/evil.json'], { cwd: repo });
    expect(run.code).toBe(1);
    for (const line of (run.stdout + run.stderr).split('\n')) expect(line.startsWith('::')).toBe(false);
    expect(run.stdout).toContain("$'");
    const out = await runCli(['clients/portal.json', '-o', 'r.sarif'], { cwd: symlinkOut(repo) });
    for (const line of (out.stdout + out.stderr).split('\n')) expect(line.startsWith('::')).toBe(false);
  });

  it('reads a config the user linked from outside any checkout, and one linked to .config/ in the repository', async () => {
    const home = realpathSync(tempTree({ '.dotfiles/o/orglint.yaml': 'rules: {}\n' }));
    mkdirSync(path.join(home, '.config'));
    symlinkSync('../.dotfiles/o/orglint.yaml', path.join(home, '.config/orglint.yaml'));
    const repo = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'clients/portal.json': CLIENT, '.config/orglint.yaml': 'rules: {}\n' });
    const stow = await runCli(['clients', '--config', path.join(home, '.config/orglint.yaml')], { cwd: repo });
    expect(stow.stderr).not.toContain('not read');
    expect(stow.code).not.toBe(2);
    symlinkSync('.config/orglint.yaml', path.join(repo, '.orglint.yaml'));
    const found = await runCli(['clients'], { cwd: repo });
    expect(found.stderr).not.toContain('not read');
    expect(found.code).not.toBe(2);
    // (a config linked into .git is still refused)
    const repo2 = tempTree({ '.git/config': '[remote "origin"]\n  url = https://PLANTEDtoken@example.invalid/x\n', 'clients/portal.json': CLIENT });
    symlinkSync('.git/config', path.join(repo2, '.orglint.yaml'));
    const git = await runCli(['clients'], { cwd: repo2 });
    expect(git.code).toBe(2);
    expect(git.stdout + git.stderr).not.toContain('PLANTEDtoken');
  });
});

/** a repository whose r.sarif links to a path holding a line end (outside it) */
function symlinkOut(repo: string): string {
  symlinkSync('/nonexistent\n::error file=b::pwned2', path.join(repo, 'r.sarif'));
  return repo;
}

describe('the baseline written through links, reviewed', () => {
  it('--update-baseline writes no baseline through a linked folder out of the repository', async () => {
    const outside = realpathSync(tempTree({ 'keep.txt': 'x\n' }));
    const repo = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'clients/portal.json': CLIENT });
    symlinkSync(outside, path.join(repo, 'baselines'));
    const run = await runCli(['clients', '--baseline', 'baselines/orglint-baseline.json', '--update-baseline'], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot write the baseline baselines/orglint-baseline.json: a symbolic link');
    expect(existsSync(path.join(outside, 'orglint-baseline.json'))).toBe(false);
    // a baselines folder of the repository itself is written as before
    const repo2 = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'clients/portal.json': CLIENT, 'baselines/.keep': '' });
    const ok = await runCli(['clients', '--baseline', 'baselines/orglint-baseline.json', '--update-baseline'], { cwd: repo2 });
    expect(ok.code).not.toBe(2);
    expect(existsSync(path.join(repo2, 'baselines/orglint-baseline.json'))).toBe(true);
  });
});
