import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { TargetFile } from './files';

/**
 * `--threads auto` spreads the groups over worker threads only when that pays: each worker loads the linter and
 * reads the config again (about 80 ms of CPU, measured: a worker's start and first group against `node -e 0`),
 * warms its own JIT, and copies its findings back; on M-json (11.2 MB, 11,500 files) two threads cost about
 * 0.35 s more CPU than one (1.7 s against 1.3 s user+sys). So: at least MIN_BYTES of input (the parallel part of
 * a run must be about twice that overhead: ~0.7 s of CPU, M-size input), at least two groups, and a core idle
 * right now (`os.loadavg`): on a busy machine the second thread only competes (measured on this shared 2-core
 * machine at load 6-7: M-json 1.50 s with one thread, 2.21 s with two; M-yaml 1.13 s, 1.75 s). A pre-commit run
 * of a few files never reaches the byte count, and loads this module alone, never the worker code.
 *
 * On fewer than MIN_CORES cores `auto` starts no worker at all: on 2 cores two threads lost at every load we
 * measured, a quiet machine included (`npm run bench`, 13:32 UTC 2026-12-01, load 0.9: M-yaml 501 ms with one
 * thread, 601 ms with two; M-json 1.08 s, 1.34 s), since the worker's start, its JIT warm-up and the copy of its
 * findings back cost more than the second core gives. `--threads N` still starts them on any machine.
 */
export const MIN_BYTES = 8 * 1024 * 1024;
export const MIN_CORES = 4;
export const MIN_GROUPS = 2;
/** more threads than this win nothing: the main thread's merge and output are the rest of the run */
const MAX_AUTO = 4;
/** files whose sizes are read to estimate the input's */
const SAMPLE = 256;

/** How many threads to lint `groups` on (this one and the rest workers); 1 means no worker. */
export function threadsFor(setting: number | 'auto', groups: readonly TargetFile[][]): number {
  if (groups.length < MIN_GROUPS) return 1;
  if (setting !== 'auto') return Math.min(setting, groups.length);
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const idle = Math.floor(cores - os.loadavg()[0]);
  if (cores < MIN_CORES || idle < 1) return 1;
  // the input's size from a sample of at most SAMPLE files (a run of 10,000 files must not stat them all first)
  const files: string[] = [];
  for (const g of groups) for (const t of g) files.push(t.file);
  const step = Math.max(1, Math.floor(files.length / SAMPLE));
  let sampled = 0;
  let size = 0;
  for (let i = 0; i < files.length; i += step) {
    sampled++;
    try {
      size += statSync(files[i]).size;
    } catch {
      // the loader reports it
    }
  }
  const bytes = sampled ? (size / sampled) * files.length : 0;
  return bytes >= MIN_BYTES ? Math.max(1, Math.min(cores, idle + 1, MAX_AUTO, groups.length)) : 1;
}

/** The bundle's worker entry (dist/lint-worker.js beside the code or one folder up, from a chunk); undefined when run from the sources. */
export function workerEntry(): string | undefined {
  for (const rel of ['./lint-worker.js', '../lint-worker.js']) {
    const file = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(file)) return file;
  }
  return undefined;
}
