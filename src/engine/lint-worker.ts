/**
 * The entry of a lint worker thread (dist/lint-worker.js; see worker-pool.ts). It starts while the main thread
 * still walks the folders: it rebuilds the run's config and rules as the main thread did, then, once the groups
 * come, takes them one after another from the queue it shares with every thread (no round trip to the main
 * thread between two groups), and sends back each group's outcome as plain data (findings detached from their
 * documents, messages masked, report pieces).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { resolveConfig, rulesOf } from '../cli/lint-command';
import type { CliIO } from '../cli/io';
import type { FolderListings, TargetFile } from './files';
import { receiveFolders } from './folder-guard';
import { groupShared, lintGroup, type GroupShared, type LintRequest } from './lint';
import { sendableError } from './worker-errors';
import { QUEUE_NEXT, QUEUE_SLOTS, type FromWorker, type ToWorker, type WorkerStart } from './worker-protocol';

const start = workerData as WorkerStart;
const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);
const queue = new Int32Array(start.queue);

let debugLines: string[] = [];

async function setUp(): Promise<{ req: LintRequest; shared: GroupShared }> {
  const { source } = start;
  // what the config's loading says was already said by the main thread, which read it first
  const io: CliIO = { cwd: source.cwd, env: process.env, stdout: () => {}, stderr: () => {}, stdoutIsTTY: false, stderrIsTTY: false };
  const config = await resolveConfig(io, source.config, source.keywords, { plugins: source.plugins });
  const req: LintRequest = {
    cwd: source.cwd,
    paths: [],
    config,
    rules: rulesOf(config),
    cliRules: start.cliRules,
    debug: start.debug ? (m) => debugLines.push(m) : undefined,
    inlineConfig: start.inlineConfig,
    varFiles: start.varFiles,
    release: start.release,
    reportModels: start.reportModels,
    quoteContext: start.quoteContext,
    listResources: start.listResources,
  };
  return { req, shared: await groupShared(req, new Map()) };
}

// at once, while the main thread walks
const ready = setUp().then(
  (s) => {
    post({ type: 'ready' });
    return s;
  },
  (err) => {
    post({ type: 'failed', index: -1, error: sendableError(err), debug: [] });
    return undefined;
  },
);

async function lintQueue(m: Extract<ToWorker, { type: 'groups' }>): Promise<void> {
  const setup = await ready;
  if (!setup) return;
  const { req, shared } = setup;
  const rankOf = new Map<string, number>();
  for (let i = 0; i < m.files.length; i++) rankOf.set(m.files[i], m.ranks[i]);
  // the walk's folders, each checked after a group's files are read here as on the main thread (folder-guard.ts);
  // the folders of siblings this thread lists are recorded under the same listings
  const listings: FolderListings = new Map();
  receiveFolders(listings, m.folders);
  const groupShared = { ...shared, rankOf, listings };
  for (;;) {
    const at = Atomics.add(queue, QUEUE_NEXT, 1);
    if (at >= m.order.length) break;
    const index = m.order[at];
    Atomics.store(queue, QUEUE_SLOTS + start.slot, index);
    const group: TargetFile[] = [];
    for (let i = m.bounds[index]; i < m.bounds[index + 1]; i++) group.push(m.explicit[i] === 2 ? { file: m.files[i], explicit: false, linked: true } : { file: m.files[i], explicit: m.explicit[i] === 1 });
    debugLines = [];
    try {
      const outcome = await lintGroup(req, group, groupShared, m.modelLimit);
      post({ type: 'done', index, outcome, debug: debugLines });
    } catch (err) {
      post({ type: 'failed', index, error: sendableError(err), debug: debugLines });
      break;
    } finally {
      Atomics.store(queue, QUEUE_SLOTS + start.slot, -1);
    }
  }
}

port.on('message', (m: ToWorker) => {
  if (m.type === 'stop') port.close();
  else void lintQueue(m);
});
