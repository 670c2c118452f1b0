/**
 * Attacks on issue 18's chunked, masked output and synchronous JSON loading, through the real CLI.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

describe('very long secrets', () => {
  it('a few secrets of 70,000 characters: linted and masked, no internal error quoting every secret on stderr', async () => {
    // V8 compiles the one regular expression of all secrets when first used, not when made: it was "too large"
    // there, outside the try that guarded its making, and the run died (exit 2) with an internal error whose
    // message quoted the pattern, every secret of the run in it
    const files: Record<string, string> = {};
    const secrets: string[] = [];
    for (let i = 0; i < 6; i++) {
      const secret = `L${String(i).padStart(6, '0')}${'y'.repeat(70_000)}`;
      secrets.push(secret);
      files[`clients/App ${i}.json`] = JSON.stringify({ name: `App ${i}`, client_id: `id${i}`, client_secret: secret, app_type: 'spa', organization_usage: 'Require', callbacks: [`https://x/${secret}`] }, null, 2);
    }
    files['tenant.json'] = '{"friendly_name": "T"}';
    const dir = tempTree(files);
    for (const format of ['json', 'stylish']) {
      const run = await runCli(['-f', format, '.'], { cwd: dir, timeoutMs: 60_000 });
      expect(run.stderr).not.toContain('internal error');
      expect(run.code).toBe(1);
      for (const s of secrets) {
        expect(run.stdout).not.toContain(s.slice(0, 200));
        expect(run.stderr).not.toContain(s.slice(0, 200));
      }
      const out = path.join(dir, `out.${format}`);
      const file = await runCli(['-f', format, '-o', out, '.'], { cwd: dir, timeoutMs: 60_000 });
      expect(file.code).toBe(1);
      expect(readFileSync(out, 'utf8')).toBe(run.stdout);
    }
  }, 120_000);
});

describe('a walked file swapped while the run lints another tenant', () => {
  it('a file replaced by a symbolic link after its folder was listed is not followed (a file listed as regular is never read through a link)', async () => {
    // the walk lists every folder first, then lints tenant by tenant: a plugin rule (or any other process) that
    // swaps b/clients/x.json for a link while tenant a is linted made orglint read what the link points to,
    // anywhere on the machine, though the walk itself skips links in folders
    const swap = `
const fs = require('node:fs'); const path = require('node:path');
let done = false;
module.exports = { name: 'swap', rules: [{ id: 'swap', meta: { description: 'swaps a file of tenant b', severity: 'warning', fixable: [], scope: 'client', source: 'x' }, defaultOptions: {}, messages: { m: 'm' },
  check(ctx) {
    if (done || ctx.resource.value.name !== 'A') return;
    done = true;
    const b = path.join(__dirname, 'b', 'clients');
    fs.rmSync(path.join(b, 'x.json'));
    fs.symlinkSync(path.join(__dirname, 'outside.json'), path.join(b, 'x.json'));
    fs.rmSync(path.join(b, 'z.json'));
    fs.mkdirSync(path.join(b, 'z.json'));
  } }] };
`;
    const dir = tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.orglint.yaml': 'plugins:\n  - ./swap.js\n',
      'swap.js': swap,
      'a/tenant.json': '{"friendly_name": "A"}',
      'a/clients/a.json': '{"name": "A", "organization_usage": "deny"}',
      'b/tenant.json': '{"friendly_name": "B"}',
      'b/clients/x.json': '{"name": "Bx", "organization_usage": "deny"}',
      'b/clients/y.json': '{"name": "By", "organization_usage": "deny"}',
      'b/clients/z.json': '{"name": "Bz", "organization_usage": "deny"}',
      'outside.json': '{"name": "Outside", "organization_usage": "Require"}',
    });
    const run = await runCli(['-f', 'compact', '--threads', '1', 'a', 'b'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      'b/clients/x.json:1:1: error: cannot read file: it became a symbolic link after its folder was listed (as a regular file); it is not read through a link that replaced it [read-error]\n' +
        'b/clients/z.json:1:1: error: cannot read file: it is a directory [read-error]\n',
    );
    expect(run.code).toBe(1);
  });
});

describe('a walked folder swapped while the run lints another tenant', () => {
  // O_NOFOLLOW guards only a path's last part, and Node has no openat: a folder of a later tenant replaced by a
  // link to a folder elsewhere (after the walk listed it, while an earlier tenant is linted) had its files read
  // from where the link points. The walk records each folder's device and inode (folder-guard.ts); after a
  // group's files are read, a folder that is no longer the one listed makes its files read-errors.
  it('a folder replaced by a link to another folder is not read through', async () => {
    const swap = `
const fs = require('node:fs'); const path = require('node:path');
let done = false;
module.exports = { name: 'swap', rules: [{ id: 'swap', meta: { description: 'swaps a folder of tenant b', severity: 'warning', fixable: [], scope: 'client', source: 'x' }, defaultOptions: {}, messages: { m: 'm' },
  check(ctx) {
    if (done || ctx.resource.value.name !== 'A') return;
    done = true;
    fs.renameSync(path.join(__dirname, 'b', 'clients'), path.join(__dirname, 'b', 'old-clients'));
    fs.symlinkSync(path.join(__dirname, 'elsewhere', 'clients'), path.join(__dirname, 'b', 'clients'));
  } }] };
`;
    const dir = tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.orglint.yaml': 'plugins:\n  - ./swap.js\n',
      'swap.js': swap,
      'a/tenant.json': '{"friendly_name": "A"}',
      'a/clients/a.json': '{"name": "A", "organization_usage": "deny"}',
      'b/tenant.json': '{"friendly_name": "B"}',
      'b/clients/x.json': '{"name": "Bx", "organization_usage": "deny"}',
      'elsewhere/clients/x.json': '{"name": "Elsewhere", "organization_usage": "Require"}',
    });
    const run = await runCli(['-f', 'compact', '--threads', '1', 'a', 'b'], { cwd: dir });
    // what is elsewhere is never linted as b/clients/x.json
    expect(run.stdout).not.toContain('organization-usage-enum');
    expect(run.stdout).toContain('b/clients/x.json:1:1: error: cannot read file: its folder clients/ changed after it was listed (replaced by a link or by another folder); its files are not read from where it now leads [read-error]\n');
    expect(run.code).toBe(1);
  });
});

// review: the folders' identities lived in a main-thread map keyed by the walk's listings, and a worker thread
// read its groups with no guard at all. Made deterministic with markers: the worker's copy of the plugin, while it
// loads, waits until the main thread is inside tenant a's check (after the walk), then swaps b/clients; the main
// thread stays in that check until the worker has linted tenant b, so b is read on the worker, after the swap.
describe('a walked folder swapped while a worker thread lints it (--threads 2)', () => {
  it('a folder replaced by another folder is not read as the one listed on a worker either', async () => {
    const swap = `
const fs = require('node:fs'); const path = require('node:path'); const { isMainThread } = require('node:worker_threads');
const mark = (n) => path.join(__dirname, n);
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const waitFor = (n) => { for (let i = 0; i < 1000 && !fs.existsSync(mark(n)); i++) sleep(20); };
if (!isMainThread && fs.existsSync(mark('swap.js'))) {
  waitFor('walked');
  fs.renameSync(path.join(__dirname, 'b', 'clients'), path.join(__dirname, 'b', 'old-clients'));
  // (another folder, not a link: the worker's own listing of b/clients would see a link)
  fs.renameSync(path.join(__dirname, 'elsewhere', 'clients'), path.join(__dirname, 'b', 'clients'));
}
const meta = (scope) => ({ description: 'swap test', severity: 'warning', fixable: [], scope, source: 'x' });
module.exports = { name: 'swap', rules: [
  { id: 'swap', meta: meta('client'), defaultOptions: {}, messages: { m: 'm' }, check(ctx) {
    if (!isMainThread || ctx.resource.value.name !== 'A') return;
    fs.writeFileSync(mark('walked'), '');
    waitFor('b-linted');
  } },
  { id: 'seen', meta: meta('tenant'), defaultOptions: {}, messages: { m: 'm' }, check() {
    if (!isMainThread) fs.writeFileSync(mark('b-linted'), '');
  } },
] };
`;
    const dir = tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.orglint.yaml': 'plugins:\n  - ./swap.js\n',
      'swap.js': swap,
      'a/tenant.json': '{"friendly_name": "A"}',
      // (the larger group, so the main thread takes it first: the worker is not ready before the walk is done)
      'a/clients/a.json': JSON.stringify({ name: 'A', organization_usage: 'deny', description: 'a'.repeat(50_000) }),
      'b/tenant.json': '{"friendly_name": "B"}',
      'b/clients/x.json': '{"name": "Bx", "organization_usage": "deny"}',
      'elsewhere/clients/x.json': '{"name": "Elsewhere", "organization_usage": "Require"}',
    });
    const run = await runCli(['-f', 'compact', '--threads', '2', 'a', 'b'], { cwd: dir, timeoutMs: 60_000 });
    expect(existsSync(path.join(dir, 'b-linted'))).toBe(true);
    expect(run.stdout).not.toContain('organization-usage-enum');
    expect(run.stdout).toContain('b/clients/x.json:1:1: error: cannot read file: its folder clients/ changed after it was listed (replaced by a link or by another folder); its files are not read from where it now leads [read-error]\n');
    expect(run.code).toBe(1);
  }, 60_000);
});

describe('long secrets sharing a start', () => {
  it('secrets alike in their first hundred characters: the secret written is masked, a near miss is not, stdout is what -o writes', async () => {
    // the one regular expression of all secrets holds each secret's first 64 characters only (a whole 30,000-
    // character secret made the engine's cost per character of text grow with it: 15 such secrets and names that
    // nearly match them, 0.2 s → 2.8 s for -f json, 4 s for html); what it finds is then searched in full
    const start = 'k'.repeat(100);
    const files: Record<string, string> = { 'tenant.json': '{"friendly_name": "T"}' };
    for (let i = 0; i < 12; i++) {
      files[`clients/c${i}.json`] = JSON.stringify({ name: `App ${i} ${start}NEAR${i} ${i === 3 ? `${start}S1` : ''}`, client_id: `id${i}`, client_secret: `${start}S${i}`, organization_usage: 'Require' }) + '\n';
    }
    // (a report over 64K characters, so it is written in several chunks)
    for (let i = 12; i < 400; i++) files[`clients/p${i}.json`] = JSON.stringify({ name: `Plain ${i}`, organization_usage: 'Require' }) + '\n';
    const dir = tempTree(files);
    for (const format of ['json', 'stylish', 'sarif', 'html']) {
      const run = await runCli(['-f', format, '.'], { cwd: dir, timeoutMs: 60_000 });
      expect(run.code).toBe(1);
      expect(run.stdout).not.toMatch(/k{100}S\d/);
      expect(run.stdout).not.toMatch(/k{20}S\d/);
      if (format !== 'stylish') {
        // the near misses are no secret: shown as written
        for (let i = 0; i < 12; i++) expect(run.stdout).toContain(`${start}NEAR${i}`);
        expect(run.stdout).toContain('*'.repeat(102));
      }
      const out = path.join(dir, `out.${format}`);
      const file = await runCli(['-f', format, '-o', out, '.'], { cwd: dir, timeoutMs: 60_000 });
      expect(file.code).toBe(1);
      if (format !== 'html') expect(readFileSync(out, 'utf8')).toBe(run.stdout);
    }
  }, 120_000);
});
