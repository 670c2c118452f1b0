/**
 * Attacks on issue 18 (speed at scale) as built: many secrets, odd folder names, threads with a throwing plugin.
 */
import { describe, expect, it } from 'vitest';
import { maskKnown } from '../../src/engine/redact';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

/** what maskKnown did before the index: every secret searched in turn, longest first as given */
function maskReference(line: string, known: readonly string[]): string {
  let out = line;
  for (const s of known) if (out.includes(s)) out = out.replaceAll(s, '*'.repeat(s.length));
  return out;
}

const longestFirst = (a: string, b: string) => b.length - a.length;

describe('many secrets (an API dump of thousands of clients, each with its client_secret)', () => {
  it('masking a message costs a few searches, not one per secret of the document', () => {
    // secrets sharing a long prefix, as generated ones may: before, every message of the dump was searched once
    // per secret (8,000 clients × 1,600 findings: 7 s for one run, growing with the square of the clients)
    const known = Array.from({ length: 8000 }, (_, i) => `S${String(i).padStart(20, '0')}X`).sort(longestFirst);
    const message = 'organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? client App 4711';
    // (the first call indexes the document's secrets, once for all its messages)
    maskKnown('warm-up', known);
    const original = String.prototype.includes;
    let calls = 0;
    String.prototype.includes = function (this: string, ...args: Parameters<typeof original>) {
      calls++;
      return original.apply(this, args);
    };
    let out: string;
    try {
      out = maskKnown(message, known);
      out = maskKnown(message + ' S00000000000000004711X', known);
    } finally {
      String.prototype.includes = original;
    }
    expect(out).toBe(message + ' ' + '*'.repeat(22));
    expect(calls).toBeLessThan(100);
  });

  it('masks exactly what searching every secret in turn masks: substrings, overlaps, `*` in a secret, short ones', () => {
    const allPieces = ['ab*cd*ef', '****', 'Require', 'Requ', 'quire-X', 'abcabcabc', 'abc', 'x"y\\z', '<tag>&', 'Partner', 'Partner Portal', 'ortal', 'e\u0301e\u0301', '\u2028sep\u2028', '12345678', '2345678', '*a*', 'zz', 'z', '**'];
    let seed = 18;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let round = 0; round < 400; round++) {
      // (half the rounds without `*` in any secret: a long text is then masked in one pass)
      const pieces = round % 2 ? allPieces : allPieces.filter((p) => !p.includes('*'));
      const known = Array.from({ length: 32 + rnd(40) }, (_, i) => pieces[rnd(pieces.length)] + (rnd(3) ? '' : String(i))).sort(longestFirst);
      const parts: string[] = [];
      const want = rnd(2) ? 5000 : 200; // a whole report and a message both
      while (parts.join('').length < want) parts.push(rnd(2) ? known[rnd(known.length)] : pieces[rnd(pieces.length)], ' a*b ', 'Partner Portal ');
      const text = parts.join('');
      expect(maskKnown(text, known)).toBe(maskReference(text, known));
    }
  });

  it('an API dump of 3,000 clients with secrets: no secret in any format', async () => {
    const clients = Array.from({ length: 3000 }, (_, i) => ({
      client_id: `id${i}`,
      name: `App S${String(i).padStart(20, '0')}X`,
      app_type: 'spa',
      organization_usage: i % 5 ? 'require' : 'Require',
      client_secret: `S${String(i).padStart(20, '0')}X`,
    }));
    const dir = tempTree({ 'dump.json': JSON.stringify(clients, null, 2) });
    for (const format of ['json', 'stylish', 'html', 'markdown']) {
      const run = await runCli(['-f', format, 'dump.json'], { cwd: dir, timeoutMs: 60_000 });
      expect(run.code).toBe(1);
      expect(run.stdout).not.toMatch(/S0{10}\d+X/);
      // (a client's name holds its secret: masked where a format shows the name)
      if (format !== 'stylish') expect(run.stdout).toContain('*'.repeat(22));
    }
  }, 120_000);
});

describe('folder names', () => {
  it('a folder named with a backslash is walked and linted (fast-glob read it as an escape: "no such file")', async () => {
    const dir = tempTree({ 'back\\slash/clients/a.json': '{"name":"A","organization_usage":"Require"}' });
    const run = await runCli(['-f', 'compact', '.'], { cwd: dir });
    expect(run.stdout).toBe(
      'back\\slash/clients/a.json:1:34: error: organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? [organization-usage-enum]\n',
    );
    expect(run.code).toBe(1);
  });
});

describe('--threads 2', () => {
  it('a plugin rule that throws and a broken file give the same output as one thread', async () => {
    const files: Record<string, string> = {
      'plug.js': `export default { name: 'p', rules: [{ id: 'thrower', meta: { description: 'throws', severity: 'error', fixable: [], scope: 'client' }, defaultOptions: {}, messages: { x: 'x' },
        check(ctx) { if (ctx.resource.name === 'App 07-1') throw new Error('boom in App 07-1'); } }] };\n`,
      '.orglint.yaml': "plugins: [./plug.js]\noverrides:\n  - files: ['t03/**']\n    rules:\n      organization-usage-enum: off\n",
      't05/clients/bad.json': '{"name": broken',
      // (plugins load only from the config at the repository root)
      '.git/HEAD': 'ref: refs/heads/main\n',
    };
    for (let t = 1; t <= 12; t++) {
      for (let c = 1; c <= 3; c++) {
        const id = String(t).padStart(2, '0');
        files[`t${id}/clients/c${c}.json`] = JSON.stringify({ name: `App ${id}-${c}`, organization_usage: c === 2 ? 'Require' : 'require', client_secret: `s3cr3t-${id}-${c}` });
      }
    }
    const dir = tempTree(files);
    const one = await runCli(['-f', 'json', '--threads', '1', '.'], { cwd: dir });
    const two = await runCli(['-f', 'json', '--threads', '2', '.'], { cwd: dir });
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stderr).toBe(one.stderr);
    const strip = (s: string) => s.replace(/"durationMs":\s*\d+/g, '');
    expect(strip(two.stdout)).toBe(strip(one.stdout));
    expect(one.stdout).toContain('boom in App 07-1');
    expect(one.stdout).not.toContain('s3cr3t-');
  }, 60_000);
});
