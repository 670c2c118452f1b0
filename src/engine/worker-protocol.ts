import type { SentFolders } from './folder-guard';
import type { SeverityOrOff } from '../rule-api/types';
import type { GroupOutcome } from './group-outcome';

/**
 * How a worker thread rebuilds the run's config and rules (a config holds functions, which cannot cross
 * threads): the CLI's own flags, read again the same way, plugins included.
 */
export interface WorkerConfigSource {
  cwd: string;
  /** `--config` as typed (undefined: the nearest config upward from cwd) */
  config?: string;
  /** `--keywords` as typed */
  keywords?: string;
  /** false for `--no-plugins` */
  plugins: boolean;
}

/** How the run lints, the same on every thread. */
export interface WorkerSettings {
  source: WorkerConfigSource;
  cliRules: Record<string, SeverityOrOff>;
  inlineConfig?: boolean;
  varFiles?: readonly string[];
  release: boolean;
  reportModels: boolean;
  quoteContext: boolean;
  listResources: boolean;
  debug: boolean;
}

/**
 * What every worker is started with (`workerData`), before the walk has found the files: it reads the config
 * and loads the rules at once, then waits for the groups.
 */
export interface WorkerStart extends WorkerSettings {
  /**
   * the run's queue of groups, shared by every thread (an Int32Array): [QUEUE_NEXT] the next position of the
   * `order` to take (Atomics.add), [QUEUE_SLOTS + slot] the group the worker of that slot is linting (-1: none)
   */
  queue: SharedArrayBuffer;
  slot: number;
}

export const QUEUE_NEXT = 0;
export const QUEUE_SLOTS = 1;

/**
 * main → worker: the run's groups (once), or stop. The targets travel flat (a run of 10,000 files is 10,000
 * strings, not 10,000 objects): group g is `files[bounds[g]] … files[bounds[g + 1] - 1]`, each with its rank
 * (its index among all targets) and whether it was named on the command line; threads take the groups in
 * `order` (largest first) through the shared queue.
 */
export type ToWorker =
  | { type: 'groups'; files: string[]; explicit: Uint8Array; ranks: Int32Array; bounds: Int32Array; order: Int32Array; modelLimit?: number; folders: SentFolders }
  | { type: 'stop' };

/**
 * worker → main: started (config read, rules loaded), a group's outcome and its debug lines, or why it failed
 * (index -1: the worker could not start).
 */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; index: number; outcome: GroupOutcome; debug: string[] }
  | { type: 'failed'; index: number; error: SentError; debug: string[] };

/** An error as plain data, so that the main thread throws what it would have thrown itself. */
export interface SentError {
  kind: 'usage' | 'config' | 'other';
  name: string;
  message: string;
  stack?: string;
  code?: string;
  file?: string;
  line?: number;
  column?: number;
}
