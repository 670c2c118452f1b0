/**
 * A shared config from a package (`extends: "@org/cfg"`, found in node_modules) through a symbolic link, through
 * the real CLI. A pull request can commit `node_modules/evil -> /some/folder` or a linked
 * `node_modules/@org/cfg/orglint.json` / `package.json`: both were read wherever they led, and quoted (an unknown-key
 * error named the keys of the file read; JSON.parse's error quoted package.json's first characters). Now the real
 * path of the package's package.json and of its config must be inside the repository (node_modules/.pnpm, pnpm's
 * package store, is no secret) or inside pnpm's own store; otherwise a config error at the `extends` entry names
 * where the link leads, and not a byte of it is read (src/config/package-bounds.ts).
 */
import { mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const CLIENT = '{ "name": "A", "app_type": "spa", "organization_usage": "Require" }\n';
const PACKAGE = '{ "name": "@org/cfg", "version": "1.0.0", "main": "orglint.json" }\n';
const OFF = '{ "rules": { "organization-usage-enum": "off" } }\n';

function link(target: string, at: string): void {
  mkdirSync(path.dirname(at), { recursive: true });
  symlinkSync(target, at);
}

/** a checkout extending @org/cfg, and elsewhere a runner's files (a package, a config, a broken package.json) */
function setup(): { repo: string; outside: string } {
  const outside = realpathSync(
    tempTree({
      'evil/package.json': '{ "name": "evil", "main": "orglint.json" }\n',
      'evil/orglint.json': '{ "PLANTEDevilKey": 1 }\n',
      'creds.json': '{ "PLANTEDcredsKey": "PLANTEDcredsValue" }\n',
      'broken.json': 'PLANTEDbrokenStart {\n',
    }),
  );
  const repo = realpathSync(tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', '.orglint.json': '{ "extends": "@org/cfg" }\n', 'clients/a.json': CLIENT }));
  return { repo, outside };
}

const outsideError = (spec: string, column: number, target: string, repo: string) =>
  `orglint: config error: .orglint.json:1:${column}: extends "${spec}" resolves, links followed, to ${target}, outside the repository (${repo}) and the package manager's store; orglint reads a shared config from a package only there (a link in node_modules, which a pull request can commit, could point at a runner's files). Install the package in the repository (not linked from elsewhere), or name the config with --config\n`;

describe('a shared config from a package, through a symbolic link', () => {
  it('node_modules/evil -> a folder outside the repository: a config error at the extends entry, nothing of it read', async () => {
    const { repo, outside } = setup();
    writeFileSync(path.join(repo, '.orglint.json'), '{ "extends": "evil" }\n');
    link(path.join(outside, 'evil'), path.join(repo, 'node_modules/evil'));
    const r = await runCli(['clients/a.json'], { cwd: repo });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', outsideError('evil', 14, path.join(outside, 'evil/package.json'), repo)]);
  });

  it("the package's config, or its package.json, linked outside the repository: refused the same way (their text was quoted)", async () => {
    const { repo, outside } = setup();
    const pkg = path.join(repo, 'node_modules/@org/cfg');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(path.join(pkg, 'package.json'), PACKAGE);
    link(path.join(outside, 'creds.json'), path.join(pkg, 'orglint.json'));
    const config = await runCli(['clients/a.json'], { cwd: repo });
    expect([config.code, config.stdout, config.stderr]).toEqual([2, '', outsideError('@org/cfg', 14, path.join(outside, 'creds.json'), repo)]);
    const repo2 = realpathSync(tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', '.orglint.json': '{ "extends": "@org/cfg" }\n', 'clients/a.json': CLIENT, 'node_modules/@org/cfg/orglint.json': OFF }));
    link(path.join(outside, 'broken.json'), path.join(repo2, 'node_modules/@org/cfg/package.json'));
    const broken = await runCli(['clients/a.json'], { cwd: repo2 });
    expect([broken.code, broken.stdout, broken.stderr]).toEqual([2, '', outsideError('@org/cfg', 14, path.join(outside, 'broken.json'), repo2)]);
    for (const r of [config, broken]) expect(r.stdout + r.stderr).not.toContain('PLANTED');
  });

  it("a link into a dot folder of the repository (not node_modules/.pnpm) is refused; one inside the repository is read", async () => {
    const { repo } = setup();
    const pkg = path.join(repo, 'node_modules/@org/cfg');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(path.join(pkg, 'package.json'), PACKAGE);
    mkdirSync(path.join(repo, '.secrets'));
    writeFileSync(path.join(repo, '.secrets/x.json'), '{ "PLANTEDhiddenKey": 1 }\n');
    link('../../../.secrets/x.json', path.join(pkg, 'orglint.json'));
    const hidden = await runCli(['clients/a.json'], { cwd: repo });
    expect([hidden.code, hidden.stdout, hidden.stderr]).toEqual([
      2,
      '',
      `orglint: config error: .orglint.json:1:14: extends "@org/cfg" resolves, links followed, to ${path.join(repo, '.secrets/x.json')}, in a folder or file of the repository whose name starts with a dot (node_modules/.pnpm aside); orglint reads a shared config from a package only inside the repository or the package manager's store (a link in node_modules, which a pull request can commit, could point at a secret). Install the package again, or name the config with --config\n`,
    ]);
    // a workspace package linked in (npm, yarn and pnpm workspaces link node_modules/@org/cfg -> ../../packages/cfg)
    const ws = realpathSync(tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', '.orglint.json': '{ "extends": "@org/cfg" }\n', 'clients/a.json': CLIENT, 'packages/cfg/package.json': PACKAGE, 'packages/cfg/orglint.json': OFF }));
    link('../../packages/cfg', path.join(ws, 'node_modules/@org/cfg'));
    const read = await runCli(['clients/a.json', '-f', 'compact'], { cwd: ws });
    expect([read.code, read.stdout, read.stderr]).toEqual([0, '', '']);
  });

  it("pnpm's global virtual store outside the repository is read when it is pnpm's store (store-dir), refused otherwise", async () => {
    const { repo } = setup();
    const store = realpathSync(tempTree({ 'v10/links/@org/cfg/1.0.0/abc123/node_modules/@org/cfg/package.json': PACKAGE, 'v10/links/@org/cfg/1.0.0/abc123/node_modules/@org/cfg/orglint.json': OFF }));
    const inStore = path.join(store, 'v10/links/@org/cfg/1.0.0/abc123/node_modules/@org/cfg');
    link(inStore, path.join(repo, 'node_modules/@org/cfg'));
    const env = { npm_config_store_dir: store, NPM_CONFIG_STORE_DIR: undefined, PNPM_HOME: undefined, XDG_DATA_HOME: undefined };
    const read = await runCli(['clients/a.json', '-f', 'compact'], { cwd: repo, env });
    expect([read.code, read.stdout, read.stderr]).toEqual([0, '', '']);
    const refused = await runCli(['clients/a.json', '-f', 'compact'], { cwd: repo, env: { ...env, npm_config_store_dir: undefined } });
    expect([refused.code, refused.stdout, refused.stderr]).toEqual([2, '', outsideError('@org/cfg', 14, path.join(inStore, 'package.json'), repo)]);
  });

  it("a pnpm-installed package's config extending its own file by path is read (it was refused as a dot folder); one leading out is not", async () => {
    const store = 'node_modules/.pnpm/@org+cfg@1.0.0/node_modules/@org/cfg';
    const { repo, outside } = setup();
    mkdirSync(path.join(repo, store), { recursive: true });
    writeFileSync(path.join(repo, store, 'package.json'), PACKAGE);
    writeFileSync(path.join(repo, store, 'orglint.json'), '{ "extends": "./base.json" }\n');
    writeFileSync(path.join(repo, store, 'base.json'), OFF);
    link('../.pnpm/@org+cfg@1.0.0/node_modules/@org/cfg', path.join(repo, 'node_modules/@org/cfg'));
    const read = await runCli(['clients/a.json', '-f', 'compact'], { cwd: repo });
    expect([read.code, read.stdout, read.stderr]).toEqual([0, '', '']);
    // the package's own file linked out of the repository, or its extends naming a file outside it: refused there
    writeFileSync(path.join(repo, store, 'orglint.json'), `{ "extends": ${JSON.stringify(path.join(outside, 'creds.json'))} }\n`);
    const absolute = await runCli(['clients/a.json'], { cwd: repo });
    expect([absolute.code, absolute.stdout]).toEqual([2, '']);
    expect(absolute.stderr).toBe(
      `orglint: config error: node_modules/@org/cfg/orglint.json:1:14: extends "${path.join(outside, 'creds.json')}" resolves, links followed, to ${path.join(outside, 'creds.json')}, outside the repository (${repo}) and the package manager's store; orglint reads a shared config from a package only there (a link in node_modules, which a pull request can commit, could point at a runner's files). Install the package in the repository (not linked from elsewhere), or name the config with --config\n`,
    );
    writeFileSync(path.join(repo, store, 'orglint.json'), '{ "extends": "./base.json" }\n');
    rmSync(path.join(repo, store, 'base.json'));
    link(path.join(outside, 'creds.json'), path.join(repo, store, 'base.json'));
    const linked = await runCli(['clients/a.json'], { cwd: repo });
    expect([linked.code, linked.stdout]).toEqual([2, '']);
    expect(linked.stderr).toContain(`orglint: config error: node_modules/@org/cfg/orglint.json:1:14: extends "./base.json" resolves, links followed, to ${path.join(outside, 'creds.json')}, outside the repository`);
    for (const r of [absolute, linked]) expect(r.stdout + r.stderr).not.toContain('PLANTED');
  });
});
