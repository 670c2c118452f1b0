import type { SeverityOrOff } from '../rule-api/types';
import type { TargetFile } from './files';
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

/** What every worker is started with (`workerData`). */
export interface WorkerStart {
  source: WorkerConfigSource;
  cliRules: Record<string, SeverityOrOff>;
  inlineConfig?: boolean;
  varFiles?: readonly string[];
  release: boolean;
  reportModels: boolean;
  quoteContext: boolean;
  debug: boolean;
}

/** main → worker: lint this group (or stop). */
export type ToWorker = { type: 'group'; index: number; group: TargetFile[]; ranks: Map<string, number>; modelLimit?: number } | { type: 'stop' };

/** worker → main: a group's outcome and its debug lines, or why it failed. */
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
