/**
 * A write never clobbers (issue 12): fixed files are written only when they are the regular UTF-8 file orglint
 * read, inside the linted tree, unchanged since; links, modes, owners and groups survive. Output files never
 * replace a device, a FIFO, this process's stdout or one of the inputs. Through the real CLI (run as root in CI
 * containers, which is where `/dev/null` was replaced).
 */
import { spawn } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readFileSync, readlinkSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFixedFile, WriteRefused } from '../../src/fix/run-fixes';
import { runCli } from '../helpers/cli';
import { fix, tempTree } from '../helpers/lint';

const BAD = 'clients:\n  - name: A\n    app_type: spa\n    organization_usage: Require\n';
const GOOD = BAD.replace('Require', 'require');

describe('fixed files are written safely or not at all', () => {
  it('a symbolic link inside the linted folder: its target is fixed and the link stays a link', async () => {
    const dir = tempTree({ 'real/t.yaml': BAD });
    symlinkSync('real/t.yaml', path.join(dir, 'tenant.yaml'));
    const run = await runCli(['--fix', 'tenant.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(lstatSync(path.join(dir, 'tenant.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'tenant.yaml'))).toBe('real/t.yaml');
    expect(readFileSync(path.join(dir, 'real/t.yaml'), 'utf8')).toBe(GOOD);
  });

  it('a link to a file outside the linted folder is not written (nor read: named links stay inside the repository)', async () => {
    const outside = tempTree({ 't.yaml': BAD });
    const dir = tempTree({});
    symlinkSync(path.join(outside, 't.yaml'), path.join(dir, 'tenant.yaml'));
    const run = await runCli(['--fix', 'tenant.yaml'], { cwd: dir });
    expect(readFileSync(path.join(outside, 't.yaml'), 'utf8')).toBe(BAD);
    // outside a checkout the repository is the current folder: the target is refused before it is read
    // (test/cli/named-links.test.ts), so there is nothing to fix and nothing of it is shown
    expect(run.stdout).toContain(`leads to ${realpathSync(path.join(outside, 't.yaml'))}, outside the repository`);
    expect(run.stdout).not.toContain('organization_usage');
    expect(run.code).toBe(1);
  });

  it('a read-only file, a hard-linked file and a UTF-16 file are refused, each with its reason', async () => {
    const dir = tempTree({ 'ro.yaml': BAD, 'h1.yaml': BAD });
    chmodSync(path.join(dir, 'ro.yaml'), 0o444);
    linkSync(path.join(dir, 'h1.yaml'), path.join(dir, 'h2.yaml'));
    writeFileSync(path.join(dir, 'u16.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BAD, 'utf16le')]));
    const run = await runCli(['--fix', 'ro.yaml', 'h1.yaml', 'u16.yaml'], { cwd: dir });
    expect(run.stderr.split('\n').filter(Boolean).sort()).toEqual([
      'orglint: h1.yaml: not written: it has 2 hard links: replacing it would leave the other names with the old text, and rewriting it in place is not atomic',
      'orglint: ro.yaml: not written: it is read-only (no write permission bits); make it writable to fix it',
      "orglint: u16.yaml: not written: it is UTF-16; orglint writes UTF-8 only and does not change a file's encoding",
    ]);
    expect(readFileSync(path.join(dir, 'ro.yaml'), 'utf8')).toBe(BAD);
    expect(readFileSync(path.join(dir, 'h2.yaml'), 'utf8')).toBe(BAD);
    expect(readFileSync(path.join(dir, 'u16.yaml')).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xfe]));
    expect(run.stdout).not.toContain('fixed');
  });

  it('keeps the owner, the group and the mode', async () => {
    const dir = tempTree({ 'tenant.yaml': BAD });
    const file = path.join(dir, 'tenant.yaml');
    chmodSync(file, 0o640);
    // as root (CI containers) the file gets another owner first; otherwise it keeps the user's own
    if (process.getuid?.() === 0) chownSync(file, 1234, 4321);
    const before = statSync(file);
    await runCli(['--fix', 'tenant.yaml'], { cwd: dir });
    const after = statSync(file);
    expect(readFileSync(file, 'utf8')).toBe(GOOD);
    expect([after.uid, after.gid, after.mode & 0o7777]).toEqual([before.uid, before.gid, 0o640]);
  });

  it('a file edited after orglint read it is not overwritten: the edit survives', async () => {
    const dir = tempTree({ 'tenant.yaml': BAD });
    const file = path.join(dir, 'tenant.yaml');
    const outcome = await fix([file], 'safe', { cwd: dir });
    const change = outcome.changed.get(file)!;
    const edited = BAD + '  - name: Added while orglint ran\n';
    writeFileSync(file, edited);
    await expect(writeFixedFile(file, change.before, change.after, change.bom, [dir])).rejects.toThrow(
      new WriteRefused('it changed on disk since orglint read it; run the fix again'),
    );
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });
});

describe('output files', () => {
  it('-f json=/dev/null leaves /dev/null the device it is', async () => {
    const dir = tempTree({ 'tenant.yaml': GOOD });
    const run = await runCli(['-f', 'json=/dev/null', 'tenant.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('-f sarif=/dev/stdout prints the report on stdout', async () => {
    const dir = tempTree({ 'tenant.yaml': GOOD });
    const run = await runCli(['-f', 'sarif=/dev/stdout', 'tenant.yaml'], { cwd: dir });
    expect(JSON.parse(run.stdout).version).toBe('2.1.0');
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });

  it('a FIFO is written plainly, never replaced by a regular file', async () => {
    const dir = tempTree({ 'tenant.yaml': BAD });
    const fifo = path.join(dir, 'report.fifo');
    await new Promise<void>((resolve, reject) => spawn('mkfifo', [fifo]).on('exit', (c) => (c === 0 ? resolve() : reject(new Error(`mkfifo ${c}`)))));
    const reader = new Promise<string>((resolve) => {
      let out = '';
      const cat = spawn('cat', [fifo]);
      cat.stdout.on('data', (d) => (out += d));
      cat.on('exit', () => resolve(out));
    });
    await runCli(['-f', 'compact=report.fifo', 'tenant.yaml'], { cwd: dir });
    expect(await reader).toContain('tenant.yaml:4:25: error: organization_usage "Require"');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('an output path that is one of the inputs is refused before anything is written', async () => {
    const dir = tempTree({ 'tenant.yaml': BAD });
    mkdirSync(path.join(dir, 'sub'));
    symlinkSync('../tenant.yaml', path.join(dir, 'sub/alias.yaml'));
    for (const out of ['tenant.yaml', './sub/../tenant.yaml', 'sub/alias.yaml']) {
      const run = await runCli(['--fix', '-f', `json=${out}`, 'tenant.yaml'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`orglint: -f json=${out}: that file is one of the files linted; orglint never writes a report over its input\n`);
      expect(readFileSync(path.join(dir, 'tenant.yaml'), 'utf8')).toBe(BAD);
    }
  });
});

describe('--fix-dry-run shows exactly what --fix would write', () => {
  it('a file --fix would refuse to write gets no diff, the same reason, and its findings stay in the output', async () => {
    const dir = tempTree({ 'ro.yaml': BAD, 'ok.yaml': BAD });
    chmodSync(path.join(dir, 'ro.yaml'), 0o444);
    const run = await runCli(['--fix-dry-run', '-f', 'compact', 'ro.yaml', 'ok.yaml'], { cwd: dir });
    expect(run.stderr).toBe('orglint: ro.yaml: not written: it is read-only (no write permission bits); make it writable to fix it\n');
    expect(run.stdout).toContain('+++ b/ok.yaml');
    expect(run.stdout).not.toContain('+++ b/ro.yaml');
    expect(run.stdout).toContain('ro.yaml:4:25: error: organization_usage "Require"');
    expect(run.stdout).not.toContain('ok.yaml:4:25: error');
  });
});
