import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { namedFileBytes } from '../engine/files';

/** a named file at least this large makes a run large (a 10,000-client tenant.yaml is ~10 MB) */
const LARGE_FILE = 1024 * 1024;

/**
 * How V8 runs orglint's CLI on a large run (a folder, a glob, named files of LARGE_FILE in all): what the
 * library never does (a program using it keeps its own V8 settings), and what a small run (pre-commit naming a
 * few small files) does not pay for (loading `node:v8`: nothing in it runs long enough to matter). Both changes
 * are to how V8 compiles and sizes its heap, never to what the code does, and apply to the whole process.
 *
 * - Not to inline functions into the ones it optimises. orglint's hot code is many small calls through many rules;
 *   with inlining, TurboFan spends more time compiling the big merged graphs (on the second core, where the GC
 *   also runs) than the short run gains back. Measured 2026-12-01 on 2 cores, interleaved, CPU (user+sys) per
 *   run: M-json 0.87 → 0.78 s, M-yaml 0.68 → 0.62 s, a 10,000-client tenant.yaml 0.78 → 0.68 s, a 1,000-client
 *   Terraform module 1.16 → 1.08 s; no case slower.
 * - The young generation stops growing at YOUNG_CAP (see `youngGenerationCap`).
 *
 * Returns the check to run between groups of tenants for a large run, undefined for a small one.
 */
export function tuneV8ForRun(cwd: string, paths: readonly string[]): (() => void) | undefined {
  // a folder, a glob or a missing path (the walk decides what it holds: undefined), or named files of LARGE_FILE in all
  const bytes = namedFileBytes(cwd, paths, LARGE_FILE);
  if (bytes !== undefined && bytes < LARGE_FILE) return undefined;
  try {
    setFlagsFromString('--no-turbo-inlining');
  } catch {
    // a runtime that refuses flags after start-up: it runs as it would have
    return undefined;
  }
  return youngGenerationCap();
}

/** the young generation's size (both semi-spaces) past which it is not let grow: 8 MiB semi-spaces */
export const YOUNG_CAP = 16 * 1024 * 1024;

/**
 * V8 doubles the young generation (new space) each time more bytes survive scavenges than it holds, up to 16 MiB
 * semi-spaces. A lint run keeps each tenant's documents until the tenant's findings are made, so they survive a
 * scavenge or two and the new space reaches its largest: 32 MiB of pages, touched, for data that lives a few tens
 * of milliseconds. Stopped at 8 MiB semi-spaces (what `node --max-semi-space-size=8` gives, but from inside the
 * process: that flag is read only when the heap is made; `--semi-space-growth-factor` at each growth), peak RSS
 * fell 108 → 93 MiB on M-json and 100 → 86 MiB on M-yaml, wall time unchanged (2026-12-01, 2 cores, 4 runs each
 * interleaved; `npm run bench` has the rows). Smaller was worse on M-json (4 MiB: 112–118 MiB, more promoted).
 *
 * The check is cheap (one heap statistics call) and is made between groups of tenants, so the growth it stops is
 * the one to 16 MiB semi-spaces a large run reaches only after some tenants. It acts once.
 */
export function youngGenerationCap(
  stats: () => readonly { space_name: string; space_size: number }[] = getHeapSpaceStatistics,
  setFlags: (flags: string) => void = setFlagsFromString,
): () => void {
  let done = false;
  return () => {
    if (done) return;
    const space = stats().find((s) => s.space_name === 'new_space');
    if (!space || space.space_size < YOUNG_CAP) return;
    done = true;
    try {
      setFlags('--semi-space-growth-factor=1');
    } catch {
      // refused: the young generation grows as V8 decides
    }
  };
}
