/**
 * The entry of a lint worker thread (dist/lint-worker.js; see worker-pool.ts): rebuild the run's config and
 * rules as the main thread did, then lint the groups of targets it is sent, one at a time, and send back each
 * group's outcome as plain data (findings detached from their documents, messages masked, report pieces).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { resolveConfig, rulesOf } from '../cli/lint-command';
import type { CliIO } from '../cli/io';
import { groupShared, lintGroup, type GroupShared, type LintRequest } from './lint';
import { sendableError } from './worker-errors';
import type { FromWorker, ToWorker, WorkerStart } from './worker-protocol';

const start = workerData as WorkerStart;
const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);

let debugLines: string[] = [];
let ready: Promise<{ req: LintRequest; shared: GroupShared }> | undefined;

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
  };
  return { req, shared: await groupShared(req, new Map()) };
}

port.on('message', async (m: ToWorker) => {
  if (m.type === 'stop') {
    port.close();
    return;
  }
  debugLines = [];
  try {
    ready ??= setUp();
    const { req, shared } = await ready;
    const outcome = await lintGroup(req, m.group, { ...shared, rankOf: m.ranks }, m.modelLimit);
    post({ type: 'done', index: m.index, outcome, debug: debugLines });
  } catch (err) {
    post({ type: 'failed', index: m.index, error: sendableError(err), debug: debugLines });
  }
});
post({ type: 'ready' });
