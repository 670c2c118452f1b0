/**
 * A long report goes to stdout in chunks, each masked on its own (cli/outputs.ts writeMasked, writeInChunks): what
 * reaches the reader is exactly the text the whole report masked at once would be, a secret written across the place
 * a chunk is cut is masked all the same, and a reader that goes away mid-report still ends the run quietly with its
 * real exit code.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { CHUNK, writeInChunks, writeMasked } from '../../src/cli/outputs';
import { maskKnown } from '../../src/engine/redact';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

/** what writeMasked writes, chunk by chunk */
function chunks(parts: string[], secrets: string[]): string[] {
  const out: string[] = [];
  writeMasked(parts, secrets, (t) => out.push(t));
  return out;
}

describe('writeMasked', () => {
  it('masks a secret that one piece starts and the next ends, where the first chunk would be cut', () => {
    const secret = 'S3cr3t-Straddling-Value';
    // the first piece fills a chunk and ends in the middle of the secret, with no line end in it
    const head = `${'x'.repeat(CHUNK - 40)}\n${'y'.repeat(30)}${secret.slice(0, 9)}`;
    const parts = [head, `${secret.slice(9)} tail\n`, `${'z'.repeat(CHUNK)}\n`, `last ${secret}`];
    const out = chunks(parts, [secret]);
    expect(out.length).toBeGreaterThan(1);
    for (const c of out) expect(c).not.toContain(secret.slice(0, 9) + secret.slice(9, 12));
    expect(out.join('')).toBe(maskKnown(parts.join(''), [secret]));
    expect(out.join('')).toContain(`${'y'.repeat(30)}${'*'.repeat(secret.length)} tail\n`);
  });

  it('cuts every chunk just after a line end, so a character of two UTF-16 units is never split', () => {
    const line = `${'a'.repeat(99)}😀\n`;
    const parts = Array.from({ length: 3 * (CHUNK / 100) }, () => line);
    const out = chunks(parts, []);
    expect(out.length).toBeGreaterThanOrEqual(2);
    for (const c of out.slice(0, -1)) expect(c.endsWith('\n')).toBe(true);
    expect(out.join('')).toBe(parts.join(''));
  });

  it('a secret that holds a line end is masked over the whole text, even across a chunk\'s line end', () => {
    const secret = '-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC';
    const [first, second] = secret.split('\n');
    const parts = [`${'x'.repeat(CHUNK)}\n${first}\n`, `${second}\n`, 'end\n'];
    const out = chunks(parts, [secret, second]);
    expect(out.join('')).toBe(maskKnown(parts.join(''), [secret, second]));
    expect(out.join('')).not.toContain(first);
    expect(out.join('')).not.toContain(second);
  });

  it('masks in the order the whole text is masked: secrets that overlap give the same stars', () => {
    // (the longer secret masked first takes the overlap; the shorter one then matches only where it stands alone)
    const secrets = ['abcdef-secret', 'secret-xyz1', 'cdef'];
    const piece = 'abcdef-secret-xyz1 and secret-xyz1 and cdef\n';
    const parts = Array.from({ length: Math.ceil((3 * CHUNK) / piece.length) }, (_, i) => (i % 7 === 0 ? `${i}:` : '') + piece);
    const out = chunks(parts, secrets);
    expect(out.length).toBeGreaterThan(2);
    expect(out.join('')).toBe(maskKnown(parts.join(''), secrets));
  });

  it('with many secrets (the indexed search), chunk by chunk is the whole text masked', () => {
    const secrets = Array.from({ length: 200 }, (_, i) => `sec-${i.toString(36).padStart(4, '0')}-value-${i * 7919}`).sort((a, b) => b.length - a.length);
    const parts = Array.from({ length: 4000 }, (_, i) => `line ${i}: ${secrets[i % 200]} and ${secrets[(i * 13) % 200].slice(3)}\n`);
    const out = chunks(parts, secrets);
    expect(out.length).toBeGreaterThan(2);
    const whole = maskKnown(parts.join(''), secrets);
    expect(out.join('')).toBe(whole);
    for (const s of secrets) expect(whole).not.toContain(s);
  });
});

describe('writeInChunks', () => {
  it('writes a finished text in pieces cut after line ends, whose concatenation is the text', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `${i} ✖ ${'w'.repeat(i % 50)}\n`).join('') + 'no line end';
    const out: string[] = [];
    writeInChunks(text, (t) => out.push(t));
    expect(out.length).toBeGreaterThan(1);
    expect(out.join('')).toBe(text);
    const empty: string[] = [];
    writeInChunks('', (t) => empty.push(t));
    expect(empty).toEqual(['']);
  });
});

/** A folder of tenants, each in a folder named by its client's secret: the secret is in every file's shown path. */
function tenantsNamedBySecrets(n: number): { dir: string; secrets: string[] } {
  const files: Record<string, string> = {};
  const secrets: string[] = [];
  for (let t = 0; t < n; t++) {
    const secret = `Zq${t}-s3cr3t-${(t * 2654435761).toString(36)}`;
    secrets.push(secret);
    const clients = Array.from({ length: 6 }, (_, i) => `  - name: App ${t}-${i} ✓\n    app_type: regular_web\n    client_secret: ${secret}\n    organization_usage: Require\n`).join('');
    files[`${secret}/tenant.yaml`] = `clients:\n${clients}`;
  }
  return { dir: tempTree(files), secrets };
}

describe('a long report on stdout', () => {
  it('stylish, json, sarif, html: stdout is the text -o writes (masked whole), and no secret is in either', async () => {
    const { dir, secrets } = tenantsNamedBySecrets(150);
    // (the HTML report says when it was made)
    const timeless = (t: string) => t.replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/g, 'TIME');
    for (const format of ['stylish', 'json', 'sarif', 'html']) {
      const run = await runCli(['.', '-f', format, '--threads', '1'], { cwd: dir });
      const file = await runCli(['.', '-f', `${format}=out/report.${format}`, '--threads', '1'], { cwd: dir });
      expect([run.code, run.stderr, file.code, file.stderr]).toEqual([1, '', 1, '']);
      const written = readFileSync(path.join(dir, 'out', `report.${format}`), 'utf8');
      expect(run.stdout.length).toBeGreaterThan(2 * CHUNK);
      expect(timeless(run.stdout)).toBe(timeless(written));
      for (const s of secrets) expect(run.stdout).not.toContain(s);
      expect(run.stdout).toContain(`${'*'.repeat(secrets[0].length)}/tenant.yaml`);
      if (format === 'sarif') expect((JSON.parse(run.stdout) as { runs: { results: unknown[] }[] }).runs[0].results).toHaveLength(900);
      if (format === 'json') expect((JSON.parse(run.stdout) as { findings: unknown[] }).findings).toHaveLength(900);
    }
  });

  it('a reader that goes away after the first chunk: the run ends quietly, exit 1 for its errors', async () => {
    const { dir } = tenantsNamedBySecrets(150);
    for (const format of ['stylish', 'json', 'sarif', 'html']) {
      const run = await new Promise<{ code: number | null; stderr: string; got: number }>((resolve, reject) => {
        const child = spawn(process.execPath, [inject('cliPath'), '.', '-f', format, '--threads', '1'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        let got = 0;
        child.stdout.once('data', (d: Buffer) => {
          got = d.length;
          child.stdout.destroy();
        });
        child.stderr.on('data', (d) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stderr, got }));
      });
      expect([format, run.code, run.stderr]).toEqual([format, 1, '']);
      expect(run.got).toBeGreaterThan(0);
    }
  });
});
