import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { namedFileBytes, type TargetFile } from './files';

/**
 * `--threads auto` lints on worker threads only when that pays. Each worker loads the linter and reads the config
 * (about 45 ms; started before the walk for `--threads N`), and V8 compiles the hot code again for it: on this
 * 2-core machine a single-thread run already keeps the second core about two-thirds busy with V8's own compiler
 * and GC threads (M-yaml: 460 ms of CPU on the main thread, 320 ms on V8's background threads, run with
 * --no-concurrent-recompilation that part moves to the main thread), so a worker competes with them. Measured
 * (2026-12-01, the shared queue of worker-pool.ts, runs kept only while the rest of the machine was idle): M-yaml
 * 513 ms with one thread, 621 ms with two (CPU 773 ms, 1,047 ms); on 4× M-yaml (43 MB) and 2× M-json (22 MB, 23,000
 * files; interleaved, at load 6) two threads still cost 450-530 ms more CPU than one, and were slower. So on fewer than MIN_CORES cores
 * `auto` starts no worker; on more, at least MIN_WORK of input in at least two groups, and a core idle right now
 * (`os.loadavg`: on a busy machine a second thread only competes). `--threads N` starts them on any machine.
 */
export const MIN_CORES = 4;
export const MIN_WORK = 8 * 1024 * 1024;
/** what a file costs beyond its bytes, in bytes of input (the threshold is by bytes alone) */
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
  if (cores < MIN_CORES || idle < 1) return 1;
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
  // (a glob, or a path the walk reports: undefined)
  const bytes = namedFileBytes(cwd, paths);
  if (bytes === undefined) return 1;
  const work = bytes + paths.length * FILE_COST;
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
