/**
 * Differential attacks on issue 18's speed work (positional reads, short documents without a line table, released
 * findings as arrays, suffix tests of file names), through the real CLI. Each expectation is what the build
 * before today's speed changes gives (checked by running both builds on the same inputs): the speed work must not
 * change it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

/** 1-based line and column of `offset`, lines broken at `\n` only (what orglint counts) */
function at(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - (before.lastIndexOf('\n') + 1) + 1}`;
}

/** a client file of exactly `total` UTF-16 units, padded with `unit`, line breaks `eol`, the bad value at its end */
function client(name: string, total: number, eol: string, unit: string): string {
  const head = `{${eol}  "name": "${name}",${eol}  "pad": "`;
  const tail = `",${eol}  "organization_usage": "Require"${eol}}`;
  let pad = unit.repeat(Math.max(0, Math.floor((total - head.length - tail.length) / unit.length)));
  while (head.length + pad.length + tail.length < total) pad += 'a';
  return head + pad + tail;
}

describe('positions of short and long documents (the 4 KiB no-line-table edge, the 64 KiB read buffer)', () => {
  it('each finding at the column and line the text gives, for every line break and length around both edges', async () => {
    const files: Record<string, string> = {};
    const expected: string[] = [];
    let i = 0;
    for (const eol of ['\n', '\r\n', '\r']) {
      for (const total of [4095, 4096, 4097, 65535, 65536, 65537]) {
        for (const unit of ['a', 'é', '😀', '\u2028']) {
          const name = `e${String(i++).padStart(3, '0')}`;
          const text = client(name, total, eol, unit);
          files[`clients/${name}.json`] = text;
          expected.push(`clients/${name}.json:${at(text, text.lastIndexOf('"Require"'))}: error: organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? [organization-usage-enum]`);
        }
      }
    }
    const dir = tempTree(files);
    for (const threads of ['1', '2']) {
      const run = await runCli(['-f', 'compact', '--threads', threads, '.'], { cwd: dir, timeoutMs: 60_000 });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      expect(run.stdout.split('\n').filter((l) => l.includes('organization-usage-enum'))).toEqual(expected);
    }
  }, 120_000);

  it('a multi-byte character across the 64 KiB read boundary: decoded whole, the finding after it where it is', async () => {
    // 65,535 bytes of ASCII, then a 2-byte é: its bytes are split by the first 64 KiB read
    const head = '{\n  "name": "Edge",\n  "pad": "';
    const pad = 'a'.repeat(65_535 - Buffer.byteLength(head));
    const text = `${head}${pad}é",\n  "organization_usage": "Require"\n}\n`;
    expect(Buffer.byteLength(text.slice(0, text.indexOf('é')))).toBe(65_535);
    const dir = tempTree({ 'clients/Edge.json': text });
    const run = await runCli(['-f', 'json', '--threads', '1', '.'], { cwd: dir });
    const out = JSON.parse(run.stdout) as { findings: { ruleId: string; line: number; column: number }[] };
    expect(out.findings.map((f) => `${f.ruleId} ${f.line}:${f.column}`)).toEqual(['organization-usage-enum 4:25']);
    // and --fix rewrites the value in place, every other byte as it was
    const fixed = await runCli(['--fix', '--threads', '1', '.'], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(readFileSync(path.join(dir, 'clients/Edge.json'), 'utf8')).toBe(text.replace('"Require"', '"require"'));
  });
});

describe('a walked file swapped for something that is not a regular file while another tenant is linted', () => {
  /** a plugin rule that runs `swap` (with `x`, b/clients/x.json) once, while tenant a's client is checked */
  const tree = (swap: string) =>
    tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.orglint.yaml': 'plugins:\n  - ./swap.js\n',
      'swap.js': `
const fs = require('node:fs'); const path = require('node:path'); const cp = require('node:child_process');
let done = false;
module.exports = { name: 'swap', rules: [{ id: 'swap', meta: { description: 'swaps a file of tenant b', severity: 'warning', fixable: [], scope: 'client', source: 'x' }, defaultOptions: {}, messages: { m: 'm' },
  check(ctx) {
    if (done || ctx.resource.value.name !== 'A') return;
    done = true;
    const x = path.join(__dirname, 'b', 'clients', 'x.json');
    ${swap}
  } }] };
`,
      'a/tenant.json': '{"friendly_name": "A"}',
      'a/clients/a.json': '{"name": "A", "organization_usage": "deny"}',
      'b/tenant.json': '{"friendly_name": "B"}',
      'b/clients/x.json': '{"name": "Bx", "organization_usage": "Require"}',
      'b/clients/y.json': '{"name": "By", "organization_usage": "Require"}',
    });
  const y = 'b/clients/y.json:1:38: error: organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? [organization-usage-enum]\n';

  it('a FIFO (a positional read of it fails: ESPIPE) is a read-error, not a hang and not an empty file', async () => {
    const dir = tree(`fs.rmSync(x); cp.execFileSync('mkfifo', [x]);`);
    const run = await runCli(['-f', 'compact', '--threads', '1', 'a', 'b'], { cwd: dir });
    expect(run.stdout).toBe('b/clients/x.json:1:1: error: cannot read file: not a regular file (a FIFO, socket or device) [read-error]\n' + y);
    expect(run.code).toBe(1);
  });

  it('a file that grows past the 64 KiB buffer after it was listed is read whole (no short read taken for its end)', async () => {
    const dir = tree(`fs.writeFileSync(x, JSON.stringify({ name: 'Bx', pad: 'é'.repeat(40000), organization_usage: 'Require' }));`);
    const run = await runCli(['-f', 'compact', '--threads', '1', 'a', 'b'], { cwd: dir });
    expect(run.stdout).toBe('b/clients/x.json:1:40044: error: organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? [organization-usage-enum]\n' + y);
    expect(run.code).toBe(1);
  });

  it('a file that grows past the size limit after it was listed is file-too-large, not read to the limit and parsed', async () => {
    const dir = tree(`fs.writeFileSync(x, '{"name": "Bx", "pad": "' + 'a'.repeat(11 * 1024 * 1024) + '"}');`);
    const run = await runCli(['-f', 'compact', '--threads', '1', 'a', 'b'], { cwd: dir, timeoutMs: 60_000 });
    expect(run.stdout).toBe('b/clients/x.json:1:1: error: file is 11 MiB, over the 10 MiB limit (raise maxFileSize in the config to read it) [file-too-large]\n' + y);
    expect(run.code).toBe(1);
  });
});

describe('file names the suffix tests read', () => {
  // (an upper-case extension in a directory export is one deploy-cli skips, walked or named: test/cli/extension-case.test.ts)
  it('--stdin-filename with upper-case extensions and // or /./ in it: read as the kind its tail names', async () => {
    const input = '{\n  "name": "Up",\n  "organization_usage": "Require"\n}\n';
    const run = await runCli(['-f', 'compact', '--stdin', '--stdin-filename', 'a//clients/./APP.json'], { cwd: tempTree({}), input });
    expect(run.stdout).toBe('a/clients/APP.json:3:25: error: organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? [organization-usage-enum]\n');
    expect(run.code).toBe(1);
    const upper = await runCli(['-f', 'compact', '--stdin', '--stdin-filename', 'a//clients/./APP.JSON'], { cwd: tempTree({}), input });
    expect(upper.stderr).toContain("orglint: a/clients/APP.JSON: not tenant configuration: the extension .JSON is not .json: deploy-cli reads a directory export's files only by the exact extension .json");
    expect(upper.code).toBe(2);
    const patch = await runCli(['-f', 'compact', '--stdin', '--stdin-filename', 'X.PATCH.JSON'], { cwd: tempTree({}), input: '{\n  "organization_usage": "Require"\n}\n' });
    expect(patch.stdout).toBe('X.PATCH.JSON:2:25: error: organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? [organization-usage-enum]\n');
    expect(patch.code).toBe(1);
  });
});

