import { setFlagsFromString } from 'node:v8';
import { namedFileBytes } from '../engine/files';

/** a named file at least this large makes a run large (a 10,000-client tenant.yaml is ~10 MB) */
const LARGE_FILE = 1024 * 1024;

/**
 * For a large run, tell V8 not to inline functions into the ones it optimises. orglint's hot code is many small
 * calls through many rules; with inlining, TurboFan spends more time compiling the big merged graphs (on the second
 * core, where the GC also runs) than the short run gains back. Measured 2026-12-01 on 2 cores, interleaved, CPU
 * (user+sys) per run: M-json 0.87 → 0.78 s, M-yaml 0.68 → 0.62 s, a 10,000-client tenant.yaml 0.78 → 0.68 s,
 * a 1,000-client Terraform module 1.16 → 1.08 s; no case slower. A small run (pre-commit naming a few small
 * files) does not pay the few milliseconds of loading `node:v8`: nothing in it runs long enough to be optimised.
 * The flag changes only how V8 compiles, never what the code does; it applies to the whole process (the worker
 * threads too). Only the CLI sets it: a program using the library keeps its own V8 settings.
 */
export function tuneCompilerForRun(cwd: string, paths: readonly string[]): boolean {
  // a folder, a glob or a missing path (the walk decides what it holds: undefined), or named files of LARGE_FILE in all
  const bytes = namedFileBytes(cwd, paths, LARGE_FILE);
  if (bytes !== undefined && bytes < LARGE_FILE) return false;
  try {
    setFlagsFromString('--no-turbo-inlining');
    return true;
  } catch {
    // a runtime that refuses flags after start-up: it runs as it would have
    return false;
  }
}
