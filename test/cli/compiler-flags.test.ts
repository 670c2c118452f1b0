import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tuneCompilerForRun } from '../../src/cli/compiler-flags';

// Which runs tell V8 not to inline (a large run's compile time costs more than inlining gains: see
// compiler-flags.ts for the measurements). The decision is what a user of pre-commit notices: a hook naming a few
// small files must not pay for loading node:v8.
describe('tuneCompilerForRun', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'orglint-compiler-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'small.yaml'), 'clients: []\n');
  writeFileSync(path.join(dir, 'big.yaml'), `clients: []\n${'#'.repeat(1024 * 1024)}\n`);

  it('leaves a run of a few small named files alone', () => {
    expect(tuneCompilerForRun(dir, ['small.yaml'])).toBe(false);
    expect(tuneCompilerForRun(dir, ['small.yaml', 'small.yaml'])).toBe(false);
  });

  it('tunes a folder, a glob or a missing path (the walk decides what they hold)', () => {
    expect(tuneCompilerForRun(dir, ['.'])).toBe(true);
    expect(tuneCompilerForRun(dir, ['**/*.yaml'])).toBe(true);
    expect(tuneCompilerForRun(dir, ['small.yaml', 'missing.yaml'])).toBe(true);
  });

  it('tunes named files of a megabyte or more', () => {
    expect(tuneCompilerForRun(dir, ['big.yaml'])).toBe(true);
    expect(tuneCompilerForRun(dir, ['small.yaml', 'big.yaml'])).toBe(true);
  });
});
