/**
 * attack-links6: files orglint reads because a command line or a config names them, other than the tenant files
 * themselves, through a symbolic link (src/sources/named-links.ts), and JSON Web Keys written in HCL that the
 * text scan (redact.ts textJwkMembers) missed. Through the real CLI.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const GOOD_CLIENT = JSON.stringify({ name: 'Portal', app_type: 'spa', organization_usage: 'require' }, null, 2);

function link(target: string, at: string): void {
  mkdirSync(path.dirname(at), { recursive: true });
  symlinkSync(target, at);
}

/** a checkout, and elsewhere a runner's credentials: a JSON object and a broken tfvars, each with planted text */
function setup(): { repo: string; outside: string } {
  const outside = realpathSync(
    tempTree({
      'docker-config.json': '{ "PLANTEDregistryKey": { "auth": "PLANTEDauthValue" } }\n',
      'creds.yaml': 'PLANTEDyamlKey: PLANTEDyamlValue\n',
      'prod.tfvars': 'n = "x"\nPLANTEDtfvarsKey = "PLANTEDtfvarsValue {{\n',
    }),
  );
  const repo = tempTree({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'clients/portal.json': GOOD_CLIENT,
    'tf/main.tf': 'resource "auth0_client" "a" {\n  name               = var.n\n  organization_usage = "require"\n}\nvariable "n" {}\n',
  });
  return { repo, outside };
}

const PLANTED = ['PLANTEDregistryKey', 'PLANTEDauthValue', 'PLANTEDyamlKey', 'PLANTEDyamlValue', 'PLANTEDtfvarsKey', 'PLANTEDtfvarsValue'];
const noPlanted = (out: string) => {
  for (const p of PLANTED) expect(out).not.toContain(p);
};

describe('a config file through a symbolic link is bounded as a named file is', () => {
  it('a found .orglint.json linked outside the repository is refused, its keys never quoted (an unknown-key error quoted them)', async () => {
    const { repo, outside } = setup();
    link(path.join(outside, 'docker-config.json'), path.join(repo, '.orglint.json'));
    const r = await runCli(['clients/portal.json'], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `orglint: config error: .orglint.json: not read: a symbolic link (this path, or a folder on its way) leads to ${path.join(outside, 'docker-config.json')}, outside the repository; orglint follows the links of a named path only to files inside the repository holding it (a link in a pull request could point at a runner's credentials). To use it as the config, name that: orglint --config ${path.join(outside, 'docker-config.json')}\n`,
    );
    noPlanted(r.stdout + r.stderr);
  });

  it('a found .orglint.yaml, and one given with --config, linked outside: refused the same way', async () => {
    const { repo, outside } = setup();
    link(path.join(outside, 'creds.yaml'), path.join(repo, '.orglint.yaml'));
    const found = await runCli(['clients/portal.json'], { cwd: repo });
    expect(found.code).toBe(2);
    expect(found.stderr).toContain('orglint: config error: .orglint.yaml: not read: a symbolic link');
    noPlanted(found.stdout + found.stderr);
    link(path.join(outside, 'docker-config.json'), path.join(repo, 'ci/orglint.json'));
    const named = await runCli(['--config', 'ci/orglint.json', 'clients/portal.json'], { cwd: repo });
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('orglint: config error: ci/orglint.json: not read: a symbolic link');
    noPlanted(named.stdout + named.stderr);
  });

  it('a config linked to a file inside the repository is read as before; a real path outside it, named, too', async () => {
    const { repo, outside } = setup();
    mkdirSync(path.join(repo, 'ci'));
    writeFileSync(path.join(repo, 'ci/orglint.json'), '{ "rules": { "unknown-rule-PLANTEDx": "off" } }\n');
    link('ci/orglint.json', path.join(repo, '.orglint.json'));
    const r = await runCli(['clients/portal.json'], { cwd: repo });
    // (read: its own error names the rule it does not know)
    expect(r.stderr).toContain('unknown-rule-PLANTEDx');
    const real = await runCli(['--config', path.join(outside, 'docker-config.json'), 'clients/portal.json'], { cwd: repo });
    expect(real.stderr).toContain('unknown key "PLANTEDregistryKey"');
  });
});

describe('--var-file through a symbolic link is bounded as a named file is', () => {
  it('a --var-file linked outside the repository is a read-error at it, not a byte of it read (its parse errors quoted it)', async () => {
    const { repo, outside } = setup();
    link(path.join(outside, 'prod.tfvars'), path.join(repo, 'tf/prod.tfvars'));
    for (const f of ['stylish', 'json', 'sarif', 'html', 'github', 'junit', 'markdown', 'compact']) {
      const r = await runCli(['tf', '--var-file', 'tf/prod.tfvars', '-f', f], { cwd: repo });
      expect(r.code, f).toBe(1);
      noPlanted(r.stdout + r.stderr);
    }
    const r = await runCli(['tf', '--var-file', 'tf/prod.tfvars', '-f', 'compact'], { cwd: repo });
    expect(r.stdout).toContain(
      `tf/prod.tfvars:1:1: error: not read: a symbolic link (this path, or a folder on its way) leads to ${path.join(outside, 'prod.tfvars')}, outside the repository;`,
    );
  });
});

describe('--keywords through a symbolic link is bounded as a named file is', () => {
  it('a --keywords file linked outside the repository is refused: its values were substituted and quoted in findings', async () => {
    const outside = realpathSync(tempTree({ 'env.json': '{ "TOKEN": "PLANTEDkeywordValue" }\n' }));
    const repo = tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'clients/a.json': '{ "name": "A", "app_type": "spa", "organization_usage": "##TOKEN##" }\n',
    });
    link(path.join(outside, 'env.json'), path.join(repo, 'kw.json'));
    const r = await runCli(['--keywords', 'kw.json', 'clients/a.json'], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `orglint: config error: kw.json: keywords file: not read: a symbolic link (this path, or a folder on its way) leads to ${path.join(outside, 'env.json')}, outside the repository; orglint follows the links of a named path only to files inside the repository holding it (a link in a pull request could point at a runner's credentials). To use it, name that: orglint --keywords ${path.join(outside, 'env.json')}\n`,
    );
    expect(r.stdout + r.stderr).not.toContain('PLANTEDkeywordValue');
    // its real path, named, is read as before (the value shows in the enum finding)
    const real = await runCli(['--keywords', path.join(outside, 'env.json'), 'clients/a.json'], { cwd: repo });
    expect(real.code).toBe(1);
    expect(real.stdout).toContain('organization_usage "PLANTEDkeywordValue"');
  });
});

describe('JSON Web Keys in HCL the text scan missed', () => {
  it('a heredoc member, a heredoc template, merged objects and a comment before = are masked in the excerpts and the fix diff', async () => {
    const dir = tempTree({
      'main.tf': [
        'resource "auth0_client" "a" {',
        '  organization_usage = "Require"',
        '  client_metadata = { a = jsonencode({ kty = "RSA", n = "PUBN", d = <<EOT',
        'PLANTEDheredocD01',
        'EOT',
        '  }) }',
        '}',
        'resource "auth0_client" "b" {',
        '  organization_usage = "Require"',
        '  client_metadata = { b = <<EOT',
        '${jsonencode({ kty = "oct", k = "PLANTEDtplK01" })}',
        'EOT',
        '  }',
        '}',
        'resource "auth0_client" "c" {',
        '  organization_usage = "Require"',
        '  client_metadata = { c = jsonencode(merge({ kty = "RSA", n = "PUBN" }, { d = "PLANTEDmergeD01" })) }',
        '}',
        'resource "auth0_client" "e" {',
        '  organization_usage = "Require"',
        '  client_metadata = { e = jsonencode({ kty = "oct", k /* the key */ = "PLANTEDcmtK01" }) }',
        '}',
        '',
      ].join('\n'),
    });
    const planted = ['PLANTEDheredocD01', 'PLANTEDtplK01', 'PLANTEDmergeD01', 'PLANTEDcmtK01'];
    for (const f of ['stylish', 'json', 'sarif', 'html', 'github', 'junit', 'markdown', 'compact']) {
      const r = await runCli(['-f', f, '.'], { cwd: dir });
      expect(r.code, f).toBe(1);
      for (const p of planted) expect(r.stdout + r.stderr, `${f}: ${p}`).not.toContain(p);
    }
    const diff = await runCli(['--fix-dry-run', '.'], { cwd: dir });
    expect(diff.stdout).toContain('organization_usage = "require"');
    expect(diff.stdout).toContain('n = "PUBN", d = <<EOT');
    expect(diff.stdout).toContain('*****************\n');
    expect(diff.stdout).toContain('k /* the key */ = "*************"');
    for (const p of planted) expect(diff.stdout).not.toContain(p);
  });
});

describe('a JSON Web Key in HCL inside a .tf.json template', () => {
  it('"${jsonencode({ kty = \\"RSA\\", d = \\"…\\" })}" is masked: a .tf.json string is an HCL template, and was shown as written', async () => {
    const dir = tempTree({
      'main.tf.json': [
        '{',
        '  "resource": {',
        '    "auth0_client": {',
        '      "p": {',
        '        "name": "Portal",',
        '        "organization_usage": "Require",',
        '        "client_metadata": { "a": "${jsonencode({ kty = \\"RSA\\", n = \\"PUBN\\", d = \\"PLANTEDtfJsonD01\\" })}" }',
        '      }',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    });
    for (const f of ['stylish', 'json', 'sarif', 'html', 'github', 'junit', 'markdown', 'compact']) {
      const r = await runCli(['-f', f, '.'], { cwd: dir });
      expect(r.code, f).toBe(1);
      expect(r.stdout + r.stderr, f).not.toContain('PLANTEDtfJsonD01');
    }
    const diff = await runCli(['--fix-dry-run', '.'], { cwd: dir });
    expect(diff.stdout).toContain('"organization_usage": "require"');
    expect(diff.stdout).toContain('n = \\"PUBN\\", d = \\"****************\\"');
  });
});

describe('outside a checkout, a linked folder holding .git', () => {
  // A user needs: in a tree that is no checkout (a CI job's tarball, a folder of exports), a pull request's
  // `vendor -> /some/other/checkout` must not make `vendor` "the repository": the nearest (and only) folder with
  // `.git` was trusted even when it was the link itself, so `vendor/secret.json` was read and its lines quoted, while
  // naming `vendor` (the folder) was refused. Fixed: a `.git` reached through a link below the current folder is the
  // link target's, never the repository of the tree being linted (named-links.ts); links at or above the current
  // folder (and on the way to a path outside it) are the user's way to a checkout and are followed as before
  // (named-links.test.ts "a checkout reached through a linked folder").
  it('vendor -> a folder with .git, outside any checkout: vendor/secret.json is refused as outside the tree', async () => {
    const other = realpathSync(tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'secret.json': '{ "clients": [ { "name": "PLANTEDotherName" PLANTEDbroken\n' }));
    const tree = tempTree({ 'clients/portal.json': GOOD_CLIENT });
    link(other, path.join(tree, 'vendor'));
    const r = await runCli(['vendor/secret.json', '-f', 'compact'], { cwd: tree });
    expect(r.stdout + r.stderr).not.toContain('PLANTED');
    expect(r.stdout).toContain('vendor/secret.json:1:1: error: not read: a symbolic link');
    expect(r.stdout).toBe(
      `vendor/secret.json:1:1: error: not read: a symbolic link (this path, or a folder on its way) leads to ${path.join(other, 'secret.json')}, outside the repository; orglint follows the links of a named path only to files inside the repository holding it (a link in a pull request could point at a runner's credentials). To lint what it leads to, name that: orglint ${path.join(other, 'secret.json')} [read-error]\n`,
    );
    expect(r.code).toBe(1);
    // every format: not a byte of it
    for (const f of ['stylish', 'json', 'sarif', 'html', 'github', 'junit', 'markdown']) {
      const run = await runCli(['vendor/secret.json', '-f', f], { cwd: tree });
      expect(run.code, f).toBe(1);
      expect(run.stdout + run.stderr, f).not.toContain('PLANTED');
    }
  });

  it('the same link in a checkout of its own, a folder below it, a module file, and every named path a flag takes: refused', async () => {
    const other = realpathSync(
      tempTree({
        '.git/HEAD': 'ref: refs/heads/main\n',
        'clients/x.json': '{ "name": "PLANTEDotherName" PLANTEDbroken\n',
        'mod/main.tf': 'resource "auth0_client" "a" {\n  name = "PLANTEDtfName"\n  organization_usage = PLANTEDbroken\n}\n',
        'orglint.json': '{ "PLANTEDconfigKey": 1 }\n',
        'kw.json': '{ "TOKEN": "PLANTEDkeywordValue" }\n',
        'baseline.json': 'PLANTEDbaseKey: {\n',
        'prod.tfvars': 'PLANTEDtfvarsKey = "PLANTEDtfvarsValue {{\n',
      }),
    );
    const tree = tempTree({ 'clients/portal.json': GOOD_CLIENT, 'tf/main.tf': 'resource "auth0_client" "a" {\n  name = var.n\n  organization_usage = "require"\n}\nvariable "n" {}\n' });
    link(other, path.join(tree, 'vendor'));
    const refused = (f: string) => `${f}:1:1: error: not read: a symbolic link (this path, or a folder on its way) leads to ${path.join(other, f.slice('vendor/'.length))}, outside the repository;`;
    // a file below the link, the link's folders, a module file through it
    const files = await runCli(['vendor/clients/x.json', 'vendor/mod/main.tf', '-f', 'compact'], { cwd: tree });
    expect(files.stdout.split('\n').filter(Boolean).map((l) => l.slice(0, l.indexOf(' outside the repository;') + 24))).toEqual([refused('vendor/clients/x.json'), refused('vendor/mod/main.tf')]);
    const folder = await runCli(['vendor/mod', '-f', 'compact'], { cwd: tree });
    expect(folder.stdout).toContain(refused('vendor/mod'));
    // --config, --keywords, --baseline, --var-file through it
    const config = await runCli(['--config', 'vendor/orglint.json', 'clients/portal.json'], { cwd: tree });
    expect([config.code, config.stderr]).toEqual([2, expect.stringContaining(`orglint: config error: vendor/orglint.json: not read: a symbolic link (this path, or a folder on its way) leads to ${path.join(other, 'orglint.json')}, outside the repository;`)]);
    const keywords = await runCli(['--keywords', 'vendor/kw.json', 'clients/portal.json'], { cwd: tree });
    expect([keywords.code, keywords.stderr]).toEqual([2, expect.stringContaining(`orglint: config error: vendor/kw.json: keywords file: not read: a symbolic link`)]);
    const baseline = await runCli(['--baseline', 'vendor/baseline.json', 'clients/portal.json'], { cwd: tree });
    expect([baseline.code, baseline.stderr]).toEqual([2, expect.stringContaining(`orglint: baseline ${path.join(tree, 'vendor/baseline.json')}: not read: a symbolic link`)]);
    const varFile = await runCli(['tf', '--var-file', 'vendor/prod.tfvars', '-f', 'compact'], { cwd: tree });
    expect(varFile.stdout).toContain(refused('vendor/prod.tfvars'));
    for (const r of [files, folder, config, keywords, baseline, varFile]) expect(r.stdout + r.stderr).not.toContain('PLANTED');
  });

  it('a link below the current folder into the current checkout itself (a submodule-like link) is linted as before', async () => {
    const CLIENT = JSON.stringify({ name: 'Portal', app_type: 'spa', organization_usage: 'Require' }, null, 2);
    const ENUM_AT = 'error: organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? [organization-usage-enum]';
    // a submodule (its own `.git` file) linked in elsewhere in the same checkout, and a link up to the checkout's root
    const repo = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'libs/shared/.git': 'gitdir: ../../.git/modules/shared\n', 'libs/shared/clients/a.json': CLIENT, 'clients/b.json': CLIENT, 'work/keep': '' });
    link('libs/shared', path.join(repo, 'vendor'));
    link('..', path.join(repo, 'work/root'));
    const r = await runCli(['vendor/clients/a.json', '-f', 'compact'], { cwd: repo });
    expect([r.code, r.stdout, r.stderr]).toEqual([1, `vendor/clients/a.json:4:25: ${ENUM_AT}\n`, '']);
    // from a folder of the checkout, through a link below it up to the checkout's root
    const up = await runCli(['root/clients/b.json', '-f', 'compact'], { cwd: path.join(repo, 'work') });
    expect([up.code, up.stdout, up.stderr]).toEqual([1, `root/clients/b.json:4:25: ${ENUM_AT}\n`, '']);
    // outside any checkout, a link below the current folder to a checkout inside it: inside the tree, read
    const tree = tempTree({ 'sub/.git/HEAD': 'ref: refs/heads/main\n', 'sub/clients/a.json': CLIENT });
    link('sub', path.join(tree, 'alias'));
    const within = await runCli(['alias/clients/a.json', '-f', 'compact'], { cwd: tree });
    expect([within.code, within.stdout, within.stderr]).toEqual([1, `alias/clients/a.json:4:25: ${ENUM_AT}\n`, '']);
  });
});

describe('--baseline is read as a named file is', () => {
  it('a baseline linked outside the repository is refused (JSON.parse quoted its first characters); /dev/zero is never read', async () => {
    const outside = realpathSync(tempTree({ 'creds': 'PLANTEDbaseKey: PLANTEDbaseValue\n' }));
    const repo = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'clients/portal.json': GOOD_CLIENT, 'broken.json': 'PLANTEDbroken: {\n' });
    link(path.join(outside, 'creds'), path.join(repo, 'baseline.json'));
    const r = await runCli(['--baseline', 'baseline.json', 'clients/portal.json'], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `orglint: baseline ${path.join(repo, 'baseline.json')}: not read: a symbolic link (this path, or a folder on its way) leads to ${path.join(outside, 'creds')}, outside the repository; orglint follows the links of a named path only to files inside the repository holding it (a link in a pull request could point at a runner's credentials). To use it, name that: orglint --baseline ${path.join(outside, 'creds')}\n`,
    );
    // a broken baseline of its own: the position, not its text
    const broken = await runCli(['--baseline', 'broken.json', 'clients/portal.json'], { cwd: repo });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toBe(`orglint: baseline ${path.join(repo, 'broken.json')}:1:1: invalid JSON: unexpected character\n`);
    // a device named as the baseline: refused, not read without end
    const zero = await runCli(['--baseline', '/dev/zero', 'clients/portal.json'], { cwd: repo, timeoutMs: 20_000 });
    expect(zero.code).toBe(2);
    expect(zero.stderr).toBe('orglint: baseline /dev/zero: cannot read file: not a regular file (a FIFO, socket or device)\n');
  });
});

describe('a report written through a symbolic link is bounded as a named file is read', () => {
  it('-o / -f NAME=FILE linked outside the repository (or into .git) is refused and nothing is written; inside it, written through the link', async () => {
    const outside = realpathSync(tempTree({ 'victim': 'ORIGINAL\n' }));
    const repo = realpathSync(tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'clients/portal.json': GOOD_CLIENT, 'out/keep.txt': '' }));
    link(path.join(outside, 'victim'), path.join(repo, 'orglint.json'));
    const o = await runCli(['clients/portal.json', '-f', 'json', '-o', 'orglint.json'], { cwd: repo });
    expect(o.code).toBe(2);
    expect(o.stderr).toBe(
      `orglint: -o orglint.json: a symbolic link (this path, or a folder on its way) leads to ${path.join(outside, 'victim')}, outside the repository; orglint writes a report through a link only into the repository holding it (a link in a pull request could point at a runner's files). Remove or replace the link (name the real path only if you mean to write there)\n`,
    );
    expect(readFileSync(path.join(outside, 'victim'), 'utf8')).toBe('ORIGINAL\n');
    // a linked folder, a file not yet there below it: refused before mkdir creates anything there
    link(outside, path.join(repo, 'reports'));
    const dir = await runCli(['clients/portal.json', '-f', 'sarif=reports/new/orglint.sarif'], { cwd: repo });
    expect(dir.code).toBe(2);
    expect(dir.stderr).toContain(`orglint: -f sarif=reports/new/orglint.sarif: a symbolic link (this path, or a folder on its way) leads to ${outside}, outside the repository;`);
    expect(existsSync(path.join(outside, 'new'))).toBe(false);
    // into a dot folder of the repository (a git hook)
    link('.git/hooks/pre-push', path.join(repo, 'hook.txt'));
    mkdirSync(path.join(repo, '.git/hooks'));
    writeFileSync(path.join(repo, '.git/hooks/pre-push'), '#!/bin/sh\n');
    const hook = await runCli(['clients/portal.json', '-f', 'compact=hook.txt'], { cwd: repo });
    expect(hook.code).toBe(2);
    expect(hook.stderr).toContain('in a folder or file of the repository whose name starts with a dot');
    expect(readFileSync(path.join(repo, '.git/hooks/pre-push'), 'utf8')).toBe('#!/bin/sh\n');
    // inside the repository: written to the link's target, the link kept
    link('out/keep.txt', path.join(repo, 'inside.json'));
    const ok = await runCli(['clients/portal.json', '-f', 'json=inside.json'], { cwd: repo });
    expect(ok.code).toBe(0);
    expect(readFileSync(path.join(repo, 'out/keep.txt'), 'utf8')).toContain('"summary"');
    expect(lstatSync(path.join(repo, 'inside.json')).isSymbolicLink()).toBe(true);
    // a path outside the current folder's tree is the user's: written as named
    const elsewhere = await runCli(['clients/portal.json', '-f', `json=${path.join(outside, 'report.json')}`], { cwd: repo });
    expect(elsewhere.code).toBe(0);
    expect(readFileSync(path.join(outside, 'report.json'), 'utf8')).toContain('"summary"');
  });
});

describe("the Action's sarif-file and report-file through a symbolic link", () => {
  it('sarif-file linked outside the repository fails the step, the target untouched', async () => {
    const outside = realpathSync(tempTree({ 'victim': 'ORIGINAL\n' }));
    const ws = realpathSync(tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'clients/portal.json': GOOD_CLIENT }));
    link(path.join(outside, 'victim'), path.join(ws, 'orglint.sarif'));
    const runner = realpathSync(tempTree({ 'summary.md': '', 'output': '' }));
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) if (!/^(INPUT_|GITHUB_|RUNNER_)/.test(k)) env[k] = v;
    Object.assign(env, {
      INPUT_PATHS: 'clients/portal.json',
      'INPUT_FAIL-ON': 'error',
      'INPUT_SARIF-FILE': 'orglint.sarif',
      INPUT_PLUGINS: 'true',
      'INPUT_PASS-ON-EMPTY': 'false',
      GITHUB_WORKSPACE: ws,
      GITHUB_STEP_SUMMARY: path.join(runner, 'summary.md'),
      GITHUB_OUTPUT: path.join(runner, 'output'),
      GITHUB_ACTIONS: 'true',
      RUNNER_TEMP: runner,
    });
    const r = await new Promise<{ code: number | null; out: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [inject('actionPath')], { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, out });
      });
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain(`cannot write orglint.sarif: a symbolic link (this path, or a folder on its way) leads to ${path.join(outside, 'victim')}, outside the repository;`);
    expect(readFileSync(path.join(outside, 'victim'), 'utf8')).toBe('ORIGINAL\n');
  });
});

describe('a shared config from a package is not a named file', () => {
  it('extends a package pnpm links into node_modules/.pnpm: read (the dot folder is the package store, not a secret)', async () => {
    const store = 'node_modules/.pnpm/@org+cfg@1.0.0/node_modules/@org/cfg';
    const repo = realpathSync(
      tempTree({
        '.git/HEAD': 'ref: refs/heads/main\n',
        [`${store}/package.json`]: '{ "name": "@org/cfg", "version": "1.0.0", "main": "orglint.json" }\n',
        [`${store}/orglint.json`]: '{ "rules": { "organization-usage-enum": "off" } }\n',
        '.orglint.json': '{ "extends": "@org/cfg" }\n',
        'clients/a.json': '{ "name": "A", "app_type": "spa", "organization_usage": "Require" }\n',
      }),
    );
    link('../.pnpm/@org+cfg@1.0.0/node_modules/@org/cfg', path.join(repo, 'node_modules/@org/cfg'));
    const r = await runCli(['clients/a.json', '-f', 'compact'], { cwd: repo });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
