/** `npm run test:shared` without the shared folders: it fails at once and says why, never a silent pass. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/lint';
import { run } from '../helpers/run';

describe('npm run test:shared', () => {
  it('fails with the reason when ../shared/real-world and ../shared/real-api are absent', { timeout: 120_000 }, async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'orglint-no-shared-'));
    const r = await run(process.execPath, [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.shared.config.ts'], {
      cwd: ROOT,
      env: { ...process.env, ORGLINT_SHARED: empty, NO_COLOR: '1', VITEST: undefined, VITEST_POOL_ID: undefined, VITEST_WORKER_ID: undefined },
    });
    expect(r.code).not.toBe(0);
    const out = r.stdout + r.stderr;
    expect(out).toContain(`npm run test:shared needs ${path.join(empty, 'real-world')} and ${path.join(empty, 'real-api')}, which are missing.`);
    expect(out).toContain('`npm test` needs none of it.');
  });

  it('is a script of package.json with its own config, which npm test leaves out', async () => {
    const pkg = (await import('../../package.json')).default as { scripts: Record<string, string> };
    expect(pkg.scripts['test:shared']).toBe('vitest run --config vitest.shared.config.ts');
    const main = (await import('../../vitest.config')).default as { test: { exclude: string[] } };
    expect(main.test.exclude).toContain('test/shared/**');
  });
});
