import type { ManagementApi } from '../management-api/client';
import { AbortedError, AnswerError, ApiError, NetworkError, RedirectError } from '../management-api/errors';
import { explainError } from '../management-api/messages';
import { sleep } from '../management-api/pacer';
import { getClient, patchClient } from '../management-api/resources';
import { mapLimit } from '../engine/map-limit';
import type { ChangeOp, Journal, JournalEntry, Outcome } from './journal';
import { sameValue } from './plan';

type Obj = Record<string, unknown>;

/** One client change to make with compare-and-set: only if every field still holds `expect`. */
export interface Change {
  clientId: string;
  name: string;
  /** the values the fields must hold now */
  expect: Obj;
  /** the PATCH body */
  body: Obj;
}

/** What became of one change. */
export interface ChangeResult {
  change: Change;
  outcome: Outcome;
  message?: string;
  /** the fields' values found, for conflicts */
  current?: Obj;
}

/** How to run the changes, and the two ways to stop them. */
export interface ApplyOptions {
  op: ChangeOp;
  concurrency: number;
  /** first Ctrl-C: start nothing new, let requests in flight finish */
  stop: AbortSignal;
  /** second Ctrl-C (or the grace time is over): abandon requests in flight */
  abandon: AbortSignal;
  progress?: (done: number, total: number) => void;
}

/** The outcome of a run: each change's result (changes never started are absent), and a fatal error if any. */
export interface ApplyReport {
  results: ChangeResult[];
  /** why the run stopped early for every client (credentials, scopes, plan, tenant unreachable) */
  fatal?: string;
  /** changes not started because the run was stopped */
  notStarted: number;
}

/** the most PATCH tries when an answer was lost (each after re-reading the client) */
const UNSURE_TRIES = 3;

const now = () => new Date().toISOString();
const fieldsOf = (v: Obj, fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, v[f] ?? null]));

/**
 * Apply changes within the rate limit: for each client, re-read it; if a field no longer holds the expected
 * value, skip it as a conflict (never clobber); else write the attempt to the journal (on disk) and PATCH only
 * those fields. A PATCH whose answer was lost is settled by reading the client again, never by blind retry.
 */
export async function applyChanges(api: ManagementApi, journal: Journal, changes: readonly Change[], o: ApplyOptions): Promise<ApplyReport> {
  const results: ChangeResult[] = [];
  const halt = new AbortController();
  const stopAll = AbortSignal.any([o.stop, halt.signal]);
  let fatal: string | undefined;
  let done = 0;
  let notStarted = 0;
  const explain = (err: unknown, body?: Obj) => explainError(err, api.endpoint, api.tokens.credentials, body);
  const settle = async (change: Change, outcome: Outcome, extra: Omit<Extract<JournalEntry, { type: 'result' }>, 'type' | 'at' | 'op' | 'client_id' | 'outcome'> = {}) => {
    await journal.append({ type: 'result', at: now(), op: o.op, client_id: change.clientId, outcome, ...extra });
    results.push({ change, outcome, message: extra.message, current: extra.current });
    o.progress?.(++done, changes.length);
  };
  const failFatal = (message: string) => {
    fatal ??= message;
    halt.abort();
  };

  await mapLimit(changes, o.concurrency, async (change) => {
    if (stopAll.aborted) return void notStarted++;
    const fields = Object.keys(change.body);
    // the fields to compare: the ones changed and the ones the plan rests on
    const watched = [...new Set([...fields, ...Object.keys(change.expect)])];
    const read = () => getClient(api, change.clientId, [...watched, 'name'], AbortSignal.any([stopAll, o.abandon]));
    let current: Obj;
    try {
      current = fieldsOf(await read(), watched);
    } catch (err) {
      if (err instanceof AbortedError) return void notStarted++;
      const e = explain(err);
      if (e.fatal) failFatal(e.message);
      return settle(change, 'failed', { status: statusOf(err), message: e.message });
    }
    if (fields.every((f) => sameValue(current[f], change.body[f]))) return settle(change, 'already', { after: current });
    if (watched.some((f) => !sameValue(current[f], change.expect[f]))) return settle(change, 'conflict', { current });
    if (stopAll.aborted) return void notStarted++;
    await journal.append({ type: 'attempt', at: now(), op: o.op, client_id: change.clientId, name: change.name, before: current, body: change.body });
    for (let tries = 1; ; tries++) {
      try {
        const answer = await patchClient(api, change.clientId, change.body, o.abandon, stopAll);
        // a 2xx that is JSON but not a client says nothing of what happened: settled by reading, below
        if (!answer || typeof answer !== 'object' || Array.isArray(answer)) throw new AnswerError('PATCH', `/api/v2/clients/${change.clientId}`, 200, 'is not a client object');
        // the API answers the client as stored: one that does not show the change is not taken at its word
        if (!fields.every((f) => sameValue(answer[f], change.body[f]))) throw new AnswerError('PATCH', `/api/v2/clients/${change.clientId}`, 200, 'does not show the change');
        return settle(change, 'applied', { status: 200, after: fieldsOf(answer, fields) });
      } catch (err) {
        if (err instanceof AbortedError) {
          return err.sent
            ? settle(change, 'unknown', { message: 'interrupted while the PATCH was in flight; the next run checks whether it landed' })
            : settle(change, 'not-applied', { message: 'interrupted before the PATCH was sent' });
        }
        if (err instanceof RedirectError && err.path === '/oauth/token') {
          // renewing the token was redirected: the PATCH itself was never sent
          failFatal(explain(err).message);
          return settle(change, 'failed', { message: explain(err).message });
        }
        if (err instanceof RedirectError) {
          // the PATCH reached the tenant and was answered with a redirect (never followed): stop the run, and
          // read the client once to record whether the change landed anyway
          failFatal(explain(err).message);
          const readBack = () => getClient(api, change.clientId, [...watched, 'name'], o.abandon);
          return settleByReading(change, fields, watched, current, readBack, explain(err).message, settle);
        }
        // a lost answer, a 5xx, or a 2xx orglint cannot read (not JSON, too large): the change may have landed
        const unsure = err instanceof NetworkError || err instanceof AnswerError || (err instanceof ApiError && err.status >= 500);
        if (!unsure) {
          const e = explain(err, change.body);
          if (e.fatal) failFatal(e.message);
          return settle(change, 'failed', { status: statusOf(err), message: e.message });
        }
        // the PATCH may have landed: look before trying again
        try {
          await sleep(250 * tries, o.abandon);
          const now2 = fieldsOf(await read(), watched);
          if (fields.every((f) => sameValue(now2[f], change.body[f]))) return settle(change, 'applied', { after: fieldsOf(now2, fields), recovered: true });
          if (watched.some((f) => !sameValue(now2[f], current[f]))) return settle(change, 'conflict', { current: now2 });
        } catch (readErr) {
          if (readErr instanceof AbortedError) return settle(change, 'unknown', { message: 'interrupted while checking whether the PATCH landed' });
          const e = explain(readErr);
          if (e.fatal) failFatal(e.message);
          return settle(change, 'unknown', { message: `${explain(err, change.body).message}; checking whether it landed failed: ${e.message}` });
        }
        if (tries >= UNSURE_TRIES) {
          const e = explain(withTries(err, tries), change.body);
          return settle(change, 'failed', { status: statusOf(err), message: e.message });
        }
      }
    }
  });
  return { results, fatal, notStarted };
}

/** Read the client once after a PATCH whose answer says nothing sure: applied, not applied (failed), or unknown. */
async function settleByReading(
  change: Change,
  fields: string[],
  watched: string[],
  before: Obj,
  read: () => Promise<Obj>,
  message: string,
  settle: (c: Change, o: Outcome, extra?: { message?: string; after?: Obj; current?: Obj; recovered?: boolean }) => Promise<void>,
): Promise<void> {
  try {
    const now2 = fieldsOf(await read(), watched);
    if (fields.every((f) => sameValue(now2[f], change.body[f]))) return settle(change, 'applied', { after: fieldsOf(now2, fields), recovered: true, message });
    if (watched.every((f) => sameValue(now2[f], before[f]))) return settle(change, 'failed', { message });
    return settle(change, 'conflict', { current: now2 });
  } catch (readErr) {
    const why = readErr instanceof RedirectError ? 'reading it back was redirected too' : `reading it back failed: ${(readErr as Error).message}`;
    return settle(change, 'unknown', { message: `${message}; ${why}; the next run checks whether it landed` });
  }
}

/** The same error, counting every PATCH try (each was checked by reading the client again). */
function withTries(err: unknown, tries: number): unknown {
  if (err instanceof ApiError) return new ApiError(err.status, err.errorCode, err.apiMessage, err.method, err.path, err.rate, tries);
  if (err instanceof NetworkError) return new NetworkError(err.method, err.path, err.reason, tries);
  return err;
}

function statusOf(err: unknown): number | undefined {
  return err instanceof ApiError ? err.status : undefined;
}

/**
 * Settle the attempts a killed run left open: read each client again and record whether its PATCH landed
 * (`applied`), did not (`not-applied`), or the client was changed since (`conflict`).
 */
export async function recoverUnsettled(
  api: ManagementApi,
  journal: Journal,
  open: readonly Extract<JournalEntry, { type: 'attempt' }>[],
  signal: AbortSignal,
): Promise<{ recovered: number; failed: string[] }> {
  const failed: string[] = [];
  let recovered = 0;
  await mapLimit(open, 4, async (a) => {
    const fields = Object.keys(a.body);
    let cur: Obj;
    try {
      cur = fieldsOf(await getClient(api, a.client_id, fields, signal), fields);
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        await journal.append({ type: 'result', at: now(), op: a.op, client_id: a.client_id, outcome: 'failed', status: 404, message: 'deleted since', recovered: true });
        return;
      }
      failed.push(`${a.name} (${a.client_id}): ${explainError(err, api.endpoint, api.tokens.credentials).message}`);
      return;
    }
    const outcome: Outcome = fields.every((f) => sameValue(cur[f], a.body[f]))
      ? 'applied'
      : fields.every((f) => sameValue(cur[f], a.before[f]))
        ? 'not-applied'
        : 'conflict';
    await journal.append({ type: 'result', at: now(), op: a.op, client_id: a.client_id, outcome, recovered: true, ...(outcome === 'applied' ? { after: cur } : { current: cur }) });
    recovered++;
  });
  return { recovered, failed };
}
