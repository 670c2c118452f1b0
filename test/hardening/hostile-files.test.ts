/**
 * Hostile files, one test each, through the real CLI: each gives a clear finding or message and the rest of the
 * run goes on. (Broken YAML/JSON, duplicate keys, a 50 MiB file, an alias bomb, binary, invalid UTF-8, UTF-16
 * and prototype keys in JSON are in test/sources/malformed.test.ts.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli';
import { lint, tempTree } from '../helpers/lint';

const GOOD = 'clients:\n  - name: Still checked\n    organization_usage: Deny\n';
const GOOD_LINE = 'good/tenant.yaml:3:25: error: organization_usage "Deny" is not one of "deny", "allow", "require"; did you mean "deny"? [organization-usage-enum]';
const DEPTH = 100_000;

/** A folder with the good file and the given hostile ones (text, or a function that makes the entry). */
function folder(files: Record<string, string | Buffer | ((abs: string) => void)>): string {
  const dir = tempTree({ 'good/tenant.yaml': GOOD });
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    if (typeof content === 'function') content(abs);
    else writeFileSync(abs, content);
  }
  return dir;
}

/** Lint a folder (or the paths given) with compact output; the good file must still be linted, nothing on stderr. */
async function lintFolder(dir: string, args: string[] = ['.']): Promise<string[]> {
  const run = await runCli(['-f', 'compact', ...args], { cwd: dir, timeoutMs: 30_000 });
  expect(run.stderr).toBe('');
  expect(run.stdout).toContain(GOOD_LINE);
  expect(run.code).toBe(1);
  return run.stdout.split('\n').filter((l) => l && l !== GOOD_LINE);
}

describe('hostile files: a clear finding or message, and the run goes on', () => {
  it('100,000-deep YAML flow nesting ([[[…]]] and {a: {a: …}})', async () => {
    const dir = folder({
      'seq/tenant.yaml': `clients: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`,
      'map/tenant.yaml': `clients: ${'{a: '.repeat(DEPTH)}1${'}'.repeat(DEPTH)}\n`,
    });
    expect(await lintFolder(dir)).toEqual([
      expect.stringMatching(/^map\/tenant\.yaml:1:\d+: error: invalid YAML: nesting is too deep to read \[parse-error\]$/),
      expect.stringMatching(/^seq\/tenant\.yaml:1:\d+: error: invalid YAML: nesting is too deep to read \[parse-error\]$/),
    ]);
  });

  it('100,000-deep YAML block sequence (- - - - …)', async () => {
    const dir = folder({ 'block/tenant.yaml': `clients:\n${'- '.repeat(DEPTH)}x\n` });
    expect(await lintFolder(dir)).toEqual([expect.stringMatching(/^block\/tenant\.yaml:2:\d+: error: invalid YAML: nesting is too deep to read \[parse-error\]$/)]);
  });

  it('100,000-deep JSON arrays and objects', async () => {
    const dir = folder({
      'dump.json': `{"clients": ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}`,
      't/clients/deep.json': `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`,
    });
    expect(await lintFolder(dir)).toEqual([
      'dump.json:1:1: error: invalid JSON: nesting is too deep to read [parse-error]',
      't/clients/deep.json:1:1: error: invalid JSON: nesting is too deep to read [parse-error]',
    ]);
  });

  it('symbolic link loops: a walk does not follow a loop (and says so with --debug); a named loop is a read-error', async () => {
    const dir = folder({
      'loops/self.yaml': (f) => symlinkSync('self.yaml', f),
      'loops/a.yaml': (f) => symlinkSync('b.yaml', f),
      'loops/b.yaml': (f) => symlinkSync('a.yaml', f),
      'loops/up': (f) => symlinkSync('..', f),
    });
    expect(await lintFolder(dir)).toEqual([]);
    const debug = await runCli(['-f', 'compact', '--debug', '.'], { cwd: dir });
    // (deploy-cli's stat fails on them too: nothing it would read is left unread)
    for (const name of ['a.yaml', 'b.yaml', 'self.yaml']) {
      expect(debug.stderr).toContain(`skipped ${path.join(dir, 'loops', name)}: a symbolic link that leads nowhere (deploy-cli skips it too)`);
    }
    // a link back up is not walked again (a walk through it would never end)
    expect(debug.stderr).toContain(`skipped ${path.join(dir, 'loops', 'up')}: a symbolic link back to a folder the walk is in (a loop: not walked again)`);
    expect(await lintFolder(dir, ['good', 'loops/self.yaml'])).toEqual(['loops/self.yaml:1:1: error: cannot read file: too many symbolic links (a link loop?) [read-error]']);
  });

  it('a link in a pull request pointing outside the folder is not read (its content never reaches the output)', async () => {
    const outside = tempTree({ 'secret.yaml': 'clients:\n  - name: OUTSIDE-SECRET-VALUE\n    organization_usage: Bogus\n' });
    const dir = folder({ 'pr/tenant.yaml': (f) => symlinkSync(path.join(outside, 'secret.yaml'), f), 'pr/clients/x.json': (f) => symlinkSync(path.join(outside, 'secret.yaml'), f) });
    const run = await runCli(['-f', 'json', '.'], { cwd: dir });
    expect(run.stdout).not.toContain('OUTSIDE');
    expect(run.stdout).not.toContain('Bogus');
    // the linked client and the linked tenant.yaml (names a tool deploys from: a walk cannot tell what they hold
    // without reading them) are read-errors naming their target
    const out = JSON.parse(run.stdout);
    expect(out.summary.files).toBe(3); // good/tenant.yaml and the two refused links
    expect(out.findings.filter((f: { file: string }) => f.file.startsWith('pr/')).map((f: { file: string; ruleId: string; message: string }) => [f.file, f.ruleId, f.message.slice(0, 26)])).toEqual([
      ['pr/clients/x.json', 'read-error', 'not read: a symbolic link '],
      ['pr/tenant.yaml', 'read-error', 'not read: a symbolic link '],
    ]);
  });

  it('an unreadable file and an unreadable folder are read-errors (as another user when tests run as root)', async () => {
    const dir = folder({ 'locked.yaml': GOOD, 'locked-dir/tenant.yaml': GOOD });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'good'), 0o755);
    chmodSync(path.join(dir, 'good/tenant.yaml'), 0o644);
    chmodSync(path.join(dir, 'locked.yaml'), 0o000);
    chmodSync(path.join(dir, 'locked-dir'), 0o000);
    // root reads anything: run the CLI as "nobody" then, so permissions apply (never skip this test)
    const asRoot = process.getuid?.() === 0;
    const run = await runCliAs(['-f', 'compact', '.'], dir, asRoot ? { uid: 65534, gid: 65534 } : {});
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      GOOD_LINE,
      'locked-dir:1:1: error: cannot read file: permission denied [read-error]',
      'locked.yaml:1:1: error: cannot read file: permission denied [read-error]',
    ]);
    expect(run.code).toBe(1);
  });

  it('a FIFO (and a device) named on the command line is refused at once, not read forever; a walk skips it', async () => {
    const dir = folder({ 'pipe/tenant.yaml': (f) => expect(spawnSync('mkfifo', [f]).status).toBe(0) });
    const started = Date.now();
    expect(await lintFolder(dir, ['good', 'pipe/tenant.yaml', '/dev/zero'])).toEqual([
      expect.stringMatching(/^(\.\.\/)+dev\/zero:1:1: error: cannot read file: not a regular file \(a FIFO, socket or device\) \[read-error\]$/),
      'pipe/tenant.yaml:1:1: error: cannot read file: not a regular file (a FIFO, socket or device) [read-error]',
    ]);
    expect(await lintFolder(dir)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(20_000);
    const debug = await runCli(['--debug', '.'], { cwd: dir });
    expect(debug.stderr).toContain(`skipped ${path.join(dir, 'pipe/tenant.yaml')}: not a regular file (a FIFO, socket or device)`);
  });

  it('empty files: a finding where the name makes the file an export, a --debug note otherwise', async () => {
    const dir = folder({ 't/clients/empty.json': '', 't/clients/blank.json': ' \n\n', 't/clients/bom.json': '\uFEFF', 'tenant.yaml': '' });
    expect(await lintFolder(dir)).toEqual([
      't/clients/blank.json:1:1: error: the file is empty: expected a JSON object [parse-error]',
      't/clients/bom.json:1:1: error: the file is empty: expected a JSON object [parse-error]',
      't/clients/empty.json:1:1: error: the file is empty: expected a JSON object [parse-error]',
    ]);
    // named, an empty tenant.yaml is nothing to lint: exit 2, saying so
    const named = await runCli(['--debug', 'tenant.yaml'], { cwd: dir });
    expect(named.stderr).toContain(`skipped ${path.join(dir, 'tenant.yaml')}: the file is empty`);
    expect(named.stderr).toContain('orglint: tenant.yaml: not tenant configuration: the file is empty\n');
    expect(named.code).toBe(2);
  });

  it('CRLF, mixed and bare-CR line endings: exact positions, --fix keeps each line ending, bare CR named', async () => {
    const mixed = 'clients:\r\n  - name: A\n    organization_usage: Deny\r\n  - name: B\r\n    organization_usage: Require\n';
    const dir = folder({ 'mixed/tenant.yaml': mixed, 'cr/tenant.yaml': 'clients:\r  - name: A\r    organization_usage: Deny\r' });
    expect(await lintFolder(dir)).toEqual([
      'cr/tenant.yaml:1:9: error: invalid YAML: a line ends in a bare carriage return (CR), which is not read as a line break; save the file with LF or CRLF line endings [parse-error]',
      'mixed/tenant.yaml:3:25: error: organization_usage "Deny" is not one of "deny", "allow", "require"; did you mean "deny"? [organization-usage-enum]',
      'mixed/tenant.yaml:5:25: error: organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? [organization-usage-enum]',
    ]);
    await runCli(['--fix', 'mixed/tenant.yaml'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'mixed/tenant.yaml'), 'utf8')).toBe(mixed.replace('Deny', 'deny').replace('Require', 'require'));
  });

  it('__proto__, constructor and prototype keys in YAML are plain data: no pollution, no invented finding', async () => {
    const yaml = [
      '__proto__: {polluted: root}',
      'constructor: {prototype: {polluted: root}}',
      'clients:',
      '  - name: P',
      '    __proto__: {organization_usage: Require, polluted: 1}',
      '    constructor: {prototype: {polluted: 2}}',
      '    prototype: {polluted: 3}',
      '    organization_usage: allow',
      '  - <<: {__proto__: {polluted: merged}, name: Q}',
      '    organization_usage: Bogus',
      '    client_metadata: {__proto__: {isAdmin: true}, toString: x, hasOwnProperty: y}',
      'organizations:',
      '  - name: __proto__',
      'clientGrants:',
      '  - {client_id: constructor, audience: prototype, __proto__: {allow_any_organization: true}}',
      '',
    ].join('\n');
    const before = [Object.getOwnPropertyNames(Object.prototype).sort(), Object.getOwnPropertyNames(Array.prototype).sort()];
    const dir = tempTree({ 'tenant.yaml': yaml });
    const result = await lint([path.join(dir, 'tenant.yaml')], { cwd: dir });
    expect([Object.getOwnPropertyNames(Object.prototype).sort(), Object.getOwnPropertyNames(Array.prototype).sort()]).toEqual(before);
    const probe = {} as Record<string, unknown>;
    expect([probe.polluted, probe.isAdmin, probe.organization_usage]).toEqual([undefined, undefined, undefined]);
    expect(result.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual(['10:25 organization-usage-enum']);
    const value = result.docs.get(path.join(dir, 'tenant.yaml'))!.value as { clients: Record<string, unknown>[] };
    expect(Object.getPrototypeOf(value.clients[0])).toBe(Object.prototype);
    expect(Object.keys(value.clients[0])).toEqual(['name', '__proto__', 'constructor', 'prototype', 'organization_usage']);
    const cli = await runCli(['-f', 'compact', 'tenant.yaml'], { cwd: dir });
    expect(cli.stdout).toBe('tenant.yaml:10:25: error: organization_usage "Bogus" is not one of "deny", "allow", "require" [organization-usage-enum]\n');
  });

  it('a YAML mapping used as a key: a warning of the parser never reaches stderr', async () => {
    const dir = folder({ 'k/tenant.yaml': 'clients:\n  - ? {organization_usage: Require}\n    : x\n    name: K\n' });
    expect(await lintFolder(dir)).toEqual([]);
  });

  it('names with spaces, non-ASCII characters and control characters: shown, escaped, never a workflow command', async () => {
    const evil = 'a\n::error file=x.yaml::injected\u001b[2J.yaml';
    const dir = folder({
      'my tenants/日本 テナント/clients/Müller App (prod) #1.json': '{"name": "Müller App", "organization_usage": "Deny"}',
      [`evil/${evil}`]: GOOD,
    });
    const lines = await lintFolder(dir);
    expect(lines).toEqual([
      'evil/a\\n::error file=x.yaml::injected\\u001b[2J.yaml:3:25: error: organization_usage "Deny" is not one of "deny", "allow", "require"; did you mean "deny"? [organization-usage-enum]',
      'my tenants/日本 テナント/clients/Müller App (prod) #1.json:1:46: error: organization_usage "Deny" is not one of "deny", "allow", "require"; did you mean "deny"? [organization-usage-enum]',
    ]);
    for (const format of ['stylish', 'github', 'compact']) {
      const run = await runCli(['-f', format, '.'], { cwd: dir });
      expect(run.stdout.split('\n').filter((l) => /^::error file=x\.yaml/.test(l.trimStart()))).toEqual([]);
      // the terminal formats escape it; github keeps the name as GitHub must match it, with %0A for the line break
      if (format !== 'github') expect(run.stdout).not.toContain('\u001b');
    }
  });

  it('20,000 files in one folder: read in bounded time, every one counted', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 20_000; i++) files[`t/clients/app-${String(i).padStart(5, '0')}.json`] = JSON.stringify({ name: `App ${i}`, organization_usage: i % 1000 === 0 ? 'Deny' : 'deny' });
    const dir = tempTree(files);
    const started = Date.now();
    const run = await runCli(['-f', 'json', '.'], { cwd: dir, timeoutMs: 60_000 });
    const report = JSON.parse(run.stdout);
    expect(report.summary).toMatchObject({ files: 20_000, clients: 20_000, errors: 20 });
    expect(report.findings.map((f: { file: string }) => f.file)).toEqual(Array.from({ length: 20 }, (_, k) => `t/clients/app-${String(k * 1000).padStart(5, '0')}.json`));
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 90_000);
});

/** The bundled CLI as another user (uid/gid), for permission tests when the tests run as root. */
function runCliAs(args: string[], cwd: string, ids: { uid?: number; gid?: number }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [inject('cliPath'), ...args], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined }, ...ids });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('a directive naming a rule id with control characters (found by the long fuzz run, seed 1212)', () => {
  it('the unused-directive message shows them escaped', async () => {
    const dir = tempTree({ 'tenant.yaml': 'clients:\n# orglint-disable-line organization-usage-enum\u007f\u001b[2J\n' });
    const run = await runCli(['-f', 'compact', 'tenant.yaml'], { cwd: dir });
    expect(run.stdout).toBe('tenant.yaml:2:1: warning: unused disable directive: "organization-usage-enum\\u007f\\u001b[2J" is not a rule orglint knows [unused-disable-directive]\n');
  });
});
