import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { tuneV8ForRun, YOUNG_CAP, youngGenerationCap } from '../../src/cli/v8-tuning';
// (the benchmark's own generator: a deploy-cli directory export of one tenant)
import { tenantDirectory } from '../../bench/corpus.mjs';

// Which runs the CLI tunes V8 for (see v8-tuning.ts for the measurements). The decision is what a user of
// pre-commit notices: a hook naming a few small files must not pay for loading node:v8.
describe('tuneV8ForRun', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'orglint-v8-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'small.yaml'), 'clients: []\n');
  writeFileSync(path.join(dir, 'big.yaml'), `clients: []\n${'#'.repeat(1024 * 1024)}\n`);

  it('leaves a run of a few small named files alone', () => {
    expect(tuneV8ForRun(dir, ['small.yaml'])).toBeUndefined();
    expect(tuneV8ForRun(dir, ['small.yaml', 'small.yaml'])).toBeUndefined();
  });

  it('tunes a folder, a glob or a missing path (the walk decides what they hold)', () => {
    expect(tuneV8ForRun(dir, ['.'])).toBeTypeOf('function');
    expect(tuneV8ForRun(dir, ['**/*.yaml'])).toBeTypeOf('function');
    expect(tuneV8ForRun(dir, ['small.yaml', 'missing.yaml'])).toBeTypeOf('function');
  });

  it('tunes named files of a megabyte or more', () => {
    expect(tuneV8ForRun(dir, ['big.yaml'])).toBeTypeOf('function');
    expect(tuneV8ForRun(dir, ['small.yaml', 'big.yaml'])).toBeTypeOf('function');
  });
});

describe('youngGenerationCap', () => {
  const stats = (size: number) => () => [
    { space_name: 'old_space', space_size: 64 * YOUNG_CAP },
    { space_name: 'new_space', space_size: size },
  ];

  it('stops the growth once the new space reaches 8 MiB semi-spaces, once', () => {
    const flags: string[] = [];
    let size = YOUNG_CAP / 4;
    const check = youngGenerationCap(() => stats(size)(), (f) => flags.push(f));
    check();
    size = YOUNG_CAP / 2;
    check();
    expect(flags).toEqual([]);
    size = YOUNG_CAP;
    check();
    check();
    size = 2 * YOUNG_CAP;
    check();
    expect(flags).toEqual(['--semi-space-growth-factor=1']);
  });

  it('a runtime that refuses the flag, or has no new space, runs on', () => {
    const refuse = youngGenerationCap(stats(YOUNG_CAP), () => {
      throw new Error('refused');
    });
    expect(() => refuse()).not.toThrow();
    const none = youngGenerationCap(() => [{ space_name: 'old_space', space_size: 1e9 }], () => {
      throw new Error('not asked');
    });
    expect(() => none()).not.toThrow();
  });
});

// End to end, in child processes on the bundled CLI and library: a directory export of 80 tenants makes V8 grow
// the young generation to 16 MiB semi-spaces (32 MiB of new space) when nothing stops it, as a program using the
// library sees; the CLI's run of the same folder stays at 8 MiB semi-spaces, with the same findings.
describe('a large CLI run keeps the young generation at 8 MiB semi-spaces', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'orglint-young-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (let t = 0; t < 80; t++) {
    for (const [rel, text] of Object.entries(tenantDirectory(t, 100).files)) {
      const file = path.join(dir, `tenant-${t}`, rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text as string);
    }
  }
  const cli = inject('cliPath');
  // prints the new space's size when the process ends
  const preload = path.join(dir, 'new-space.cjs');
  writeFileSync(
    preload,
    `process.on('exit', () => { const s = require('node:v8').getHeapSpaceStatistics().find((x) => x.space_name === 'new_space'); process.stderr.write('NEW_SPACE ' + s.space_size + '\\n'); });`,
  );
  const library = path.join(dir, 'library.mjs');
  writeFileSync(
    library,
    `const { lintPaths, defaultConfig, RULES } = await import(${JSON.stringify(path.join(path.dirname(cli), 'index.js'))});
const dir = process.argv[2];
const r = await lintPaths({ cwd: dir, paths: ['.'], config: defaultConfig(dir), rules: RULES, cliRules: {}, release: true });
console.log(r.findings.length);`,
  );
  const newSpace = (stderr: string) => Number(/NEW_SPACE (\d+)/.exec(stderr)?.[1]);

  it('the library alone (no cap) grows it to 32 MiB; the CLI stops at 16 MiB, same findings', () => {
    const lib = spawnSync(process.execPath, ['-r', preload, library, dir], { encoding: 'utf8', timeout: 60_000 });
    const run = spawnSync(process.execPath, ['-r', preload, cli, '--threads', '1', '-f', 'json', '-o', 'out/findings.json', '.'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(lib.status).toBe(0);
    expect(run.status).toBe(1);
    expect(newSpace(lib.stderr)).toBe(2 * YOUNG_CAP);
    expect(newSpace(run.stderr)).toBeLessThanOrEqual(YOUNG_CAP);
    const written = JSON.parse(readFileSync(path.join(dir, 'out/findings.json'), 'utf8')) as { findings: unknown[] };
    expect(written.findings.length).toBeGreaterThan(100);
    expect(written.findings.length).toBe(Number(lib.stdout.trim()));
  });
});
