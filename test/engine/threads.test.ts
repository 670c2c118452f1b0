/**
 * How many threads a run lints on, and in what order the threads take its groups (threads.ts).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FILE_COST, MIN_WORK, planGroups, threadsFor, threadsToStart } from '../../src/engine/threads';
import type { TargetFile } from '../../src/engine/files';
import { tempTree } from '../helpers/lint';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function files(sizes: Record<string, number>): string {
  const dir = tempTree(Object.fromEntries(Object.entries(sizes).map(([name, n]) => [name, 'x'.repeat(n)])));
  dirs.push(dir);
  return dir;
}

const target = (dir: string, name: string): TargetFile => ({ file: path.join(dir, name), explicit: false });

describe('planGroups', () => {
  it('takes the heaviest groups first, equal ones in their order, and weighs the input', () => {
    const dir = files({ 'small.yaml': 100, 'big.yaml': 50_000, 'mid-1.json': 1_000, 'mid-2.json': 1_000, 'mid-3.json': 1_000, 'same.yaml': 100 });
    const groups = [[target(dir, 'small.yaml')], [target(dir, 'big.yaml')], ['mid-1.json', 'mid-2.json', 'mid-3.json'].map((n) => target(dir, n)), [target(dir, 'same.yaml')], [target(dir, 'missing.yaml')]];
    const plan = planGroups(groups);
    expect(plan.order).toEqual([1, 2, 0, 3, 4]);
    expect(plan.work).toBeGreaterThanOrEqual(50_000 + 3_000 + 200 + 7 * FILE_COST);
  });

  it('weighs thousands of groups from a sample, without reading every size', () => {
    const dir = files({ 'one.json': 2_000 });
    const groups = Array.from({ length: 5_000 }, (_, i) => [target(dir, i % 2 ? 'one.json' : 'missing.json')]);
    const plan = planGroups(groups);
    expect(plan.order).toHaveLength(5_000);
    expect(new Set(plan.order).size).toBe(5_000);
    // about half the files have 2,000 bytes
    const bytes = plan.work - 5_000 * FILE_COST;
    expect(bytes).toBeGreaterThan(2_000 * 5_000 * 0.25);
    expect(bytes).toBeLessThan(2_000 * 5_000 * 0.75);
  });
});

describe('threadsToStart and threadsFor', () => {
  it('starts no worker for one small file, or files below the threshold, under auto', () => {
    const dir = files({ 'tenant.yaml': 10_000, 'b.yaml': 10_000 });
    expect(threadsToStart('auto', dir, ['tenant.yaml'])).toBe(1);
    expect(threadsToStart('auto', dir, ['tenant.yaml', 'b.yaml'])).toBe(1);
    const groups = [[target(dir, 'tenant.yaml')], [target(dir, 'b.yaml')]];
    expect(threadsFor('auto', groups, planGroups(groups))).toBe(1);
    expect(threadsFor('auto', groups, { order: [0, 1], work: MIN_WORK - 1 })).toBe(1);
  });

  it('uses the threads asked for, but never more than the groups, and none for one group', () => {
    const dir = files({ 'a.yaml': 10, 'b.yaml': 10, 'c.yaml': 10 });
    const groups = ['a.yaml', 'b.yaml', 'c.yaml'].map((n) => [target(dir, n)]);
    const plan = planGroups(groups);
    expect(threadsFor(2, groups, plan)).toBe(2);
    expect(threadsFor(64, groups, plan)).toBe(3);
    expect(threadsFor(1, groups, plan)).toBe(1);
    expect(threadsFor(8, groups.slice(0, 1), plan)).toBe(1);
    // before the walk, at least two threads for `--threads 2` and more, whatever the cores
    expect(threadsToStart(2, dir, ['.'])).toBe(2);
    expect(threadsToStart(1, dir, ['.'])).toBe(1);
  });
});
