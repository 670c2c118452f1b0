import { version } from '../../package.json';
import { applyChanges, recoverUnsettled, type Change } from './apply';
import { Journal, readJournal, unsettled, type ChangeOp, type JournalEntry } from './journal';
import { planTable, resultLines } from './report';
import { interruptions, type LiveSession } from './session';
import { escapeLine } from './terminal-text';

/** Exit code of an interrupted run (as a shell reports Ctrl-C). */
export const EXIT_INTERRUPTED = 130;

/** What `fix --live` and `rollback` hand over once they know their changes. */
export interface ChangeRun {
  op: ChangeOp;
  journalFile: string;
  /** the changes; computed after the journal is open and earlier runs' open attempts are settled */
  changes: (previous: JournalEntry[]) => Change[];
  /** the journal's first line for a fresh journal / each run */
  runEntry: { mode?: string };
  concurrency: number;
  /** entries to write after the run line (fix: the plan) */
  planEntries?: (changes: Change[]) => JournalEntry[];
}

/**
 * Open the journal (continuing an unfinished one), settle what a killed run left in flight, print the plan,
 * apply it, write the end line. Exit code: 0 all applied (or nothing to do), 1 some failed or conflicted,
 * 2 stopped by credentials/scopes/plan before anything was applied, 130 interrupted.
 */
export async function runChanges(session: LiveSession, run: ChangeRun): Promise<number> {
  const { api, io } = session;
  const { journal, previous } = await Journal.open(run.journalFile, api.endpoint.origin, session.redact);
  try {
    if (previous.length) io.stderr(`orglint: continuing the journal ${run.journalFile}\n`);
    const open = unsettled(previous);
    await journal.append({ type: 'run', at: new Date().toISOString(), command: run.op, tenant: api.endpoint.origin, tool: `orglint ${version}`, pid: process.pid, ...run.runEntry });
    if (open.length) {
      const r = await recoverUnsettled(api, journal, open, AbortSignal.timeout(120_000));
      io.stderr(`orglint: settled ${r.recovered} change${r.recovered === 1 ? '' : 's'} an earlier run left in flight\n`);
      for (const f of r.failed) io.stderr(`orglint: could not settle ${f}\n`);
    }
    const entries = open.length ? (await readJournal(run.journalFile)).entries : previous;
    const changes = run.changes(entries);
    for (const e of run.planEntries?.(changes) ?? []) await journal.append(e);
    if (changes.length === 0) {
      io.stdout(run.op === 'fix' ? 'nothing to fix\n' : 'nothing to roll back\n');
      await journal.append({ type: 'end', at: new Date().toISOString(), outcome: 'done', applied: 0, conflicts: 0, failed: 0 });
      return 0;
    }
    const signals = interruptions(io);
    let report;
    try {
      report = await applyChanges(api, journal, changes, {
        op: run.op,
        concurrency: run.concurrency,
        stop: signals.stop,
        abandon: signals.abandon,
        progress: (n, total) => session.progress(`${run.op === 'fix' ? 'applying' : 'rolling back'} ${n}/${total}`),
      });
    } finally {
      signals.dispose();
      session.progress(undefined);
    }
    const count = (o: string) => report.results.filter((r) => r.outcome === o).length;
    const applied = count('applied') + count('already');
    const troubled = count('conflict') + count('failed') + count('unknown');
    const interrupted = signals.interrupted();
    await journal.append({
      type: 'end',
      at: new Date().toISOString(),
      outcome: interrupted ? 'interrupted' : report.fatal ? 'stopped' : 'done',
      applied,
      conflicts: count('conflict'),
      failed: count('failed') + count('unknown'),
    });
    io.stdout(resultLines(report.results, run.op === 'fix' ? { done: 'applied', doing: 'applying' } : { done: 'restored', doing: 'restoring' }));
    if (report.notStarted) io.stdout(`not started: ${report.notStarted} client${report.notStarted === 1 ? '' : 's'}${interrupted ? ' (interrupted: run the same command again to continue)' : ''}\n`);
    io.stdout(`journal: ${escapeLine(run.journalFile)}\n`);
    if (report.fatal) io.stderr(`orglint: stopped: ${report.fatal}\n`);
    if (interrupted) return EXIT_INTERRUPTED;
    if (report.fatal) return applied === 0 ? 2 : 1;
    return troubled || report.notStarted ? 1 : 0;
  } finally {
    await journal.close();
  }
}

/** Print a plan, and say that nothing is sent without --yes. */
export function printPlan(session: LiveSession, title: string, changes: readonly Change[], yes: boolean): void {
  const fields = changes.reduce((n, c) => n + Object.keys(c.body).length, 0);
  session.io.stdout(`${title}: ${fields} change${fields === 1 ? '' : 's'} to ${changes.length} client${changes.length === 1 ? '' : 's'}\n`);
  if (changes.length) session.io.stdout(planTable(changes));
  if (!yes && changes.length) session.io.stdout('nothing was sent: run again with --yes to apply this plan\n');
}
