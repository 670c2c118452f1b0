/**
 * Attacks on issue 18's chunked, masked output and synchronous JSON loading, through the real CLI.
 */
import { readFileSync } from 'node:fs';
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
