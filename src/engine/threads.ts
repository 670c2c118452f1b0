import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TargetFile } from './files';

/**
 * `--threads auto` lints on worker threads only when that pays. A worker costs about 45 ms to load the linter
 * and read the config (started before the walk, it mostly overlaps it), warms its own JIT, and its outcomes are
 * copied back; what it wins is half of the linting. Measured on this 2-core machine (see MIN_WORK): below about
 * MIN_WORK of input two threads are no faster than one.
 * TODO(measure)
 */
export const MIN_WORK = 4 * 1024 * 1024;
/** what a file costs beyond its bytes (opening, a document, a tenant's assembly), in bytes of input */
export const FILE_COST = 0;
export const MIN_GROUPS = 2;
/** more threads than this win nothing: the main thread's merge and output are the rest of the run */
const MAX_AUTO = 4;
/** files whose sizes are read to weigh the groups (a run of 10,000 files must not stat them all first) */
const STAT_BUDGET = 512;
/** files sampled per group */
const PER_GROUP = 4;

/** This machine's cores, and how many of them are idle now (by the 1-minute load average). */
function coresNow(): { cores: number; idle: number } {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return { cores, idle: Math.floor(cores - os.loadavg()[0]) };
}

/** The most threads `auto` would use now: all cores up to MAX_AUTO, but only as many busy as are idle. */
function autoCeiling(): number {
  const { cores, idle } = coresNow();
  if (cores < 2 || idle < 1) return 1;
  return Math.max(1, Math.min(cores, idle + 1, MAX_AUTO));
}

/**
 * Before the walk: how many threads the run may lint on, so that the workers can start while this thread
 * lists the folders (threadsFor decides once the groups are known, and the extra workers are ended). Under
 * `auto`, a run that names only files (pre-commit) is weighed at once from their sizes: one small file never
 * starts a worker.
 */
export function threadsToStart(setting: number | 'auto', cwd: string, paths: readonly string[]): number {
  // (more than the cores start once the groups are known: a run of 3 groups with --threads 64 starts 2)
  if (setting !== 'auto') return Math.min(setting, Math.max(2, coresNow().cores));
  const ceiling = autoCeiling();
  if (ceiling < 2) return 1;
  // a folder or a glob, or more files than are quickly weighed: the walk decides (a worker started for a run
  // too small would only slow it)
  if (paths.length > STAT_BUDGET) return 1;
  let work = 0;
  for (const p of paths) {
    let st;
    try {
      st = statSync(path.resolve(cwd, p));
    } catch {
      // a glob, or a path the walk reports
      return 1;
    }
    if (!st.isFile()) return 1;
    work += st.size + FILE_COST;
  }
  return paths.length >= MIN_GROUPS && work >= MIN_WORK ? ceiling : 1;
}

/** How to spread groups over threads: the order to take them in (heaviest first) and the input's estimated size. */
export interface GroupPlan {
  order: number[];
  /** estimated input: bytes, and FILE_COST per file */
  work: number;
}

/**
 * Weigh the groups by the sizes of a few of their files (at most STAT_BUDGET stats in all): heaviest first, so
 * the last groups taken are small ones and the threads finish together.
 */
export function planGroups(groups: readonly TargetFile[][]): GroupPlan {
  const per = Math.min(PER_GROUP, Math.floor(STAT_BUDGET / Math.max(1, groups.length)));
  const weight = new Float64Array(groups.length);
  let work = 0;
  if (per >= 1) {
    groups.forEach((g, i) => {
      const k = Math.min(per, g.length);
      let size = 0;
      for (let j = 0; j < k; j++) size += sizeOf(g[Math.floor((j * g.length) / k)].file);
      weight[i] = (size / k) * g.length;
      work += weight[i] + g.length * FILE_COST;
    });
  } else {
    // many groups (a folder of thousands of payloads): by their file counts, the size from a sample
    let files = 0;
    groups.forEach((g, i) => {
      weight[i] = g.length;
      files += g.length;
    });
    const step = Math.max(1, Math.floor(groups.length / STAT_BUDGET));
    let sampled = 0;
    let size = 0;
    for (let i = 0; i < groups.length; i += step, sampled++) size += sizeOf(groups[i][0].file);
    work = (size / Math.max(1, sampled) + FILE_COST) * files;
  }
  const order = Array.from(groups, (_, i) => i).sort((a, b) => weight[b] - weight[a] || a - b);
  return { order, work };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    // the loader reports it
    return 0;
  }
}

/** Whether `groups` could be spread at all (cheap: before their files' sizes are read for planGroups). */
export function mayThread(setting: number | 'auto', groups: readonly TargetFile[][]): boolean {
  if (groups.length < MIN_GROUPS) return false;
  return setting === 'auto' ? autoCeiling() > 1 : setting > 1;
}

/** How many threads to lint `groups` on (this one and the rest workers); 1 means no worker. */
export function threadsFor(setting: number | 'auto', groups: readonly TargetFile[][], plan: GroupPlan): number {
  if (groups.length < MIN_GROUPS) return 1;
  if (setting !== 'auto') return Math.min(setting, groups.length);
  if (plan.work < MIN_WORK) return 1;
  return Math.min(autoCeiling(), groups.length);
}

/** The bundle's worker entry (dist/lint-worker.js beside the code or one folder up, from a chunk); undefined when run from the sources. */
export function workerEntry(): string | undefined {
  for (const rel of ['./lint-worker.js', '../lint-worker.js']) {
    const file = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(file)) return file;
  }
  return undefined;
}
