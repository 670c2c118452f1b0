/**
 * Attacks on "which folder is the repository" for a named path through a link, and on shared configs from
 * packages (`extends`), through the real CLI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const CLIENT = '{ "name": "A", "app_type": "spa", "organization_usage": "Require" }\n';
const OTHER = '{ "name": "PLANTEDotherName", "app_type": "spa", "organization_usage": "PLANTEDother" }\n';

function link(target: string, at: string): void {
  mkdirSync(path.dirname(at), { recursive: true });
  symlinkSync(target, at);
}

describe('extends: a folder named by path is a package whose package.json is bounded too', () => {
  it("the top config's `extends: ./sub`, sub/package.json linked outside the repository: refused, not quoted", async () => {
    // (JSON.parse's error quoted its first characters: `Unexpected token 'P', "PLANTEDsec"... is not valid JSON`)
    const outside = realpathSync(tempTree({ 'creds.txt': 'PLANTEDsecret {"a":1}\n' }));
    const repo = realpathSync(tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', '.orglint.json': '{ "extends": "./sub" }\n', 'clients/a.json': CLIENT, 'sub/orglint.json': '{}\n' }));
    link(path.join(outside, 'creds.txt'), path.join(repo, 'sub/package.json'));
    const r = await runCli(['clients/a.json'], { cwd: repo });
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      `orglint: config error: .orglint.json:1:14: extends "./sub/package.json" is outside the repository (${repo}); config paths must stay inside it (install a shared config as a package, or name the file with --config)\n`,
    ]);
  });

  it("a package's config extending by path a folder outside the repository: refused at its extends entry, its package.json not read", async () => {
    const outside = realpathSync(tempTree({ 'pkgdir/package.json': 'PLANTEDpkg {\n', 'pkgdir/orglint.json': '{ "PLANTEDkey": 1 }\n' }));
    const repo = realpathSync(
      tempTree({
        '.git/HEAD': 'ref: refs/heads/main\n',
        '.orglint.json': '{ "extends": "@org/cfg" }\n',
        'clients/a.json': CLIENT,
        'node_modules/@org/cfg/package.json': '{ "name": "@org/cfg", "main": "orglint.json" }\n',
        'node_modules/@org/cfg/orglint.json': `{ "extends": ${JSON.stringify(path.join(outside, 'pkgdir'))} }\n`,
      }),
    );
    const r = await runCli(['clients/a.json'], { cwd: repo });
    const target = path.join(outside, 'pkgdir/package.json');
    expect([r.code, r.stdout, r.stderr]).toEqual([
      2,
      '',
      `orglint: config error: node_modules/@org/cfg/orglint.json:1:14: extends "${path.join(outside, 'pkgdir')}" resolves, links followed, to ${target}, outside the repository (${repo}) and the package manager's store; orglint reads a shared config from a package only there (a link in node_modules, which a pull request can commit, could point at a runner's files). Install the package in the repository (not linked from elsewhere), or name the config with --config\n`,
    ]);
  });

  it("a package's package.json that is a FIFO: a config error at once (the run hung for ever)", async () => {
    const repo = realpathSync(tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', '.orglint.json': '{ "extends": "@org/cfg" }\n', 'clients/a.json': CLIENT }));
    mkdirSync(path.join(repo, 'node_modules/@org/cfg'), { recursive: true });
    execFileSync('mkfifo', [path.join(repo, 'node_modules/@org/cfg/package.json')]);
    const r = await runCli(['clients/a.json'], { cwd: repo, timeoutMs: 10_000 });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'orglint: config error: .orglint.json:1:14: extends "@org/cfg": its package.json is not a regular file (a FIFO, socket or device)\n']);
  });

  it("a package's package.json that is not JSON: said so, its text never quoted", async () => {
    const repo = realpathSync(
      tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', '.orglint.json': '{ "extends": "@org/cfg" }\n', 'clients/a.json': CLIENT, 'node_modules/@org/cfg/package.json': 'PLANTEDtext {\n' }),
    );
    const r = await runCli(['clients/a.json'], { cwd: repo });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'orglint: config error: .orglint.json:1:14: extends "@org/cfg": its package.json is not valid JSON\n']);
  });
});

describe("pnpm's store-dir from the environment is no licence to read any folder", () => {
  it("store-dir a runner's folder (npm run exports a pull request's .npmrc `store-dir=`): a package linked into it, outside pnpm's layout, is refused", async () => {
    // (`npm run lint` with a committed `.npmrc` holding `store-dir=/home/runner/.config` sets npm_config_store_dir)
    const runner = realpathSync(tempTree({ 'gh/hosts.yml': 'github.com:\n  PLANTEDtoken: x\n' }));
    const repo = realpathSync(tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', '.orglint.json': '{ "extends": "@org/cfg" }\n', 'clients/a.json': CLIENT, 'node_modules/@org/cfg/package.json': '{ "name": "@org/cfg", "main": "orglint.yml" }\n' }));
    link(path.join(runner, 'gh/hosts.yml'), path.join(repo, 'node_modules/@org/cfg/orglint.yml'));
    const env = { npm_config_store_dir: runner, NPM_CONFIG_STORE_DIR: undefined, PNPM_HOME: undefined, XDG_DATA_HOME: undefined };
    const r = await runCli(['clients/a.json'], { cwd: repo, env });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      `orglint: config error: .orglint.json:1:14: extends "@org/cfg" resolves, links followed, to ${path.join(runner, 'gh/hosts.yml')}, outside the repository (${repo}) and the package manager's store; orglint reads a shared config from a package only there (a link in node_modules, which a pull request can commit, could point at a runner's files). Install the package in the repository (not linked from elsewhere), or name the config with --config\n`,
    );
  });
});

describe('outside a checkout, a named path through a link to the current folder', () => {
  function setup(): { tree: string; other: string; alias: string } {
    const other = realpathSync(tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'clients/x.json': OTHER }));
    const top = realpathSync(tempTree({ 'tree/clients/a.json': CLIENT }));
    const tree = path.join(top, 'tree');
    link(other, path.join(tree, 'vendor'));
    // (`cd alias` leaves $PWD at alias while Node's process.cwd() is tree: `orglint "$PWD/vendor/…"`)
    const alias = path.join(top, 'alias');
    link(tree, alias);
    return { tree, other, alias };
  }

  it('$PWD/vendor/clients/x.json with $PWD a link to the current folder: refused as vendor/clients/x.json is (it was read and quoted)', async () => {
    const { tree, other, alias } = setup();
    const refused = (shown: string) =>
      `${shown}:1:1: error: not read: a symbolic link (this path, or a folder on its way) leads to ${path.join(other, 'clients/x.json')}, outside the repository; orglint follows the links of a named path only to files inside the repository holding it (a link in a pull request could point at a runner's credentials). To lint what it leads to, name that: orglint ${path.join(other, 'clients/x.json')} [read-error]\n`;
    const plain = await runCli(['vendor/clients/x.json', '-f', 'compact'], { cwd: tree });
    expect([plain.code, plain.stdout]).toEqual([1, refused('vendor/clients/x.json')]);
    const viaAlias = await runCli([path.join(alias, 'vendor/clients/x.json'), '-f', 'compact'], { cwd: tree });
    expect([viaAlias.code, viaAlias.stdout, viaAlias.stderr]).toEqual([1, refused('../alias/vendor/clients/x.json'), '']);
    const folder = await runCli([path.join(alias, 'vendor'), '-f', 'compact'], { cwd: tree });
    expect(folder.code).toBe(1);
    expect(folder.stdout + folder.stderr).not.toContain('PLANTED');
    // the tree's own files through the alias are still linted
    const own = await runCli([path.join(alias, 'clients/a.json'), '-f', 'compact'], { cwd: tree });
    expect([own.code, own.stdout]).toEqual([1, '../alias/clients/a.json:1:57: error: organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? [organization-usage-enum]\n']);
  });

  it('-o "$PWD/vendor/report.txt" with $PWD a link to the current folder: refused, nothing written in the other checkout (it was written, over its file)', async () => {
    const { tree, other, alias } = setup();
    writeFileSync(path.join(other, 'clients/r.txt'), 'kept\n');
    const fresh = await runCli(['clients/a.json', '-f', 'compact', '-o', path.join(alias, 'vendor/report.txt')], { cwd: tree });
    expect([fresh.code, fresh.stdout, fresh.stderr]).toEqual([
      2,
      '',
      `orglint: -o ${path.join(alias, 'vendor/report.txt')}: a symbolic link (this path, or a folder on its way) leads to ${other}, outside the repository; orglint writes a report through a link only into the repository holding it (a link in a pull request could point at a runner's files). Remove or replace the link (name the real path only if you mean to write there)\n`,
    ]);
    expect(existsSync(path.join(other, 'report.txt'))).toBe(false);
    const over = await runCli(['clients/a.json', '-f', 'compact', '-o', path.join(alias, 'vendor/clients/r.txt')], { cwd: tree });
    expect(over.code).toBe(2);
    expect(readFileSync(path.join(other, 'clients/r.txt'), 'utf8')).toBe('kept\n');
    // a report in the tree itself, named through the alias, is written as before
    const own = await runCli(['clients/a.json', '-f', 'compact', '-o', path.join(alias, 'out.txt')], { cwd: tree });
    expect(own.code).toBe(1);
    expect(readFileSync(path.join(tree, 'out.txt'), 'utf8')).toContain('clients/a.json:1:57: error:');
  });

  // A user needs: run from a subfolder of a tree that is no checkout (`cd tenants && orglint ../vendor/…`), a pull
  // request's `vendor -> /other/checkout` still must not make the other checkout "the repository". Today the path
  // is outside the current folder, so by the documented rule ("links … on the way to a path outside it are yours")
  // its links are the user's, and the other checkout's file is read and quoted. Not fixed: outside a checkout
  // nothing tells the tree's root from the current folder; a rule for it (the outermost folder of the tree?) is the
  // product's to decide, as it changes the documented case.
  it.fails('from a subfolder of the tree, ../vendor/clients/x.json through a link to another checkout is refused', async () => {
    const { tree } = setup();
    const r = await runCli(['../vendor/clients/x.json', '-f', 'compact'], { cwd: path.join(tree, 'clients') });
    expect(r.stdout + r.stderr).not.toContain('PLANTED');
    expect(r.stdout).toContain('../vendor/clients/x.json:1:1: error: not read: a symbolic link');
  });
});

describe('main.tf ignored, override.tf linted: a finding that rests on override.tf\'s value', () => {
  const MAIN = 'resource "auth0_client" "a" {\n  name                          = "A"\n  app_type                      = "regular_web"\n  organization_usage            = "require"\n  organization_require_behavior = "post_login_prompt"\n}\n';
  const OVERRIDE = 'resource "auth0_client" "a" {\n  oidc_conformant = false\n}\n';

  it('with nothing ignored, the merged resource is an error shown at main.tf (the value override.tf breaks)', async () => {
    const repo = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'mod/main.tf': MAIN, 'mod/override.tf': OVERRIDE });
    const r = await runCli(['mod', '-f', 'compact'], { cwd: repo });
    expect([r.code, r.stdout]).toEqual([
      1,
      'mod/main.tf:5:35: error: organization_require_behavior "post_login_prompt" requires oidc_conformant: true, got false; --fix leaves it: oidc_conformant is set again in override.tf, which Terraform merges over this file: change it there [post-login-prompt-requires-oidc-conformant]\n',
    ]);
  });

  // A user needs: the override file they lint sets `oidc_conformant = false`, which makes the merged resource (what
  // Terraform applies) an error; with main.tf ignored the run passes with exit 0 and nothing at all, as the finding
  // is shown at main.tf's organization_require_behavior and every finding shown in the ignored file is dropped
  // (lint.ts `shown`). It should be reported where the linted file's value is (override.tf:2:21, the finding's
  // related location), with main.tf's value as related. Not fixed here: re-showing a finding at another place means
  // a new document, span, excerpt and baseline key for it (detach.ts, baseline keys), more than a small fix.
  it.fails('with main.tf ignored, override.tf\'s oidc_conformant = false is still reported, at override.tf', async () => {
    const repo = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', '.orglint.json': '{ "ignore": ["mod/main.tf"] }\n', 'mod/main.tf': MAIN, 'mod/override.tf': OVERRIDE });
    for (const args of [['mod'], ['mod/override.tf']]) {
      const r = await runCli([...args, '-f', 'compact'], { cwd: repo });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^mod\/override\.tf:2:\d+: error: .*\[post-login-prompt-requires-oidc-conformant\]\n$/);
    }
  });
});

describe('outside a checkout, a config above the current folder', () => {
  // A user needs: outside a checkout "the repository" is the current folder (README, Hostile input), and "a config
  // planted above the checkout is never read"; but the upward search for .orglint.* only stops at a folder with
  // `.git`, so in a tree without one (a CI job's tarball, a folder of exports under the world-writable /tmp) a
  // `.orglint.json` another user left in a folder above is read: it can turn every rule off (a silent pass) or, as
  // here, stop the run. Not fixed: users who keep one config above several exports folders (no checkout) rely on
  // the search going up; where it should stop outside a checkout is the product's to decide.
  it.fails('a .orglint.json in the folder above a tree without .git is not read', async () => {
    const top = realpathSync(tempTree({ '.orglint.json': '{ "PLANTEDabove": 1 }\n', 'tree/clients/a.json': CLIENT }));
    const r = await runCli(['clients/a.json', '-f', 'compact'], { cwd: path.join(top, 'tree') });
    expect(r.stdout + r.stderr).not.toContain('PLANTED');
    expect(r.code).toBe(1);
  });
});
