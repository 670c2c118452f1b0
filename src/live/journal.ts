import { constants } from 'node:fs';
import { open, readdir, readFile, stat, truncate, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { LiveSetupError } from '../management-api/endpoint';
import { redactDeep } from '../management-api/secret-forms';

type Obj = Record<string, unknown>;

/** Whether a change is a fix or the rollback of one. */
export type ChangeOp = 'fix' | 'rollback';

/** What became of one client's change. `unknown`: the request was abandoned, it may or may not have landed. */
export type Outcome = 'applied' | 'already' | 'conflict' | 'failed' | 'unknown' | 'not-applied';

/** One line of the journal (JSON Lines). Never holds a secret or a token. */
export type JournalEntry =
  | { type: 'run'; at: string; command: ChangeOp; tenant: string; tool: string; mode?: string; pid: number }
  | { type: 'plan'; at: string; client_id: string; name: string; before: Obj; body: Obj; rules: string[] }
  | { type: 'attempt'; at: string; op: ChangeOp; client_id: string; name: string; before: Obj; body: Obj }
  | {
      type: 'result';
      at: string;
      op: ChangeOp;
      client_id: string;
      outcome: Outcome;
      /** HTTP status of the PATCH, when one was answered */
      status?: number;
      /** the changed fields as the API answered them */
      after?: Obj;
      /** the fields' values found on re-reading, for conflicts */
      current?: Obj;
      message?: string;
      /** settled on a later run by re-reading the client (after an interruption) */
      recovered?: boolean;
    }
  | { type: 'end'; at: string; outcome: 'done' | 'interrupted' | 'stopped'; applied: number; conflicts: number; failed: number };

/** The journal file of a run: appended line by line, each line on disk before the next request. */
export class Journal {
  private chain: Promise<void> = Promise.resolve();

  private constructor(
    readonly file: string,
    private readonly handle: FileHandle,
    private readonly redact: (s: string) => string,
  ) {}

  /**
   * Open a journal for appending: a new file (mode 0600), or an existing journal of the same tenant (a line
   * cut short by a crash is dropped). Returns the entries already in it.
   */
  static async open(file: string, tenant: string, redact: (s: string) => string): Promise<{ journal: Journal; previous: JournalEntry[] }> {
    let previous: JournalEntry[] = [];
    let handle: FileHandle;
    try {
      handle = await open(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_EXCL, 0o600);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new LiveSetupError(`cannot create the journal ${file}: ${(err as Error).message}`);
      const read = await inspectJournal(file, tenant);
      previous = read.entries;
      if (read.validLength !== read.size) await truncate(file, read.validLength);
      handle = await open(file, constants.O_WRONLY | constants.O_APPEND);
      await handle.chmod(0o600);
    }
    return { journal: new Journal(file, handle, redact), previous };
  }

  /** Append one entry and flush it to disk; resolves once it is durable. */
  append(entry: JournalEntry): Promise<void> {
    // each string redacted, not the JSON text: a secret spelled with quotes could otherwise cut a line apart
    const line = JSON.stringify(redactDeep(entry, this.redact)) + '\n';
    const next = this.chain.then(async () => {
      await this.handle.write(line);
      await this.handle.datasync();
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.chain;
    await this.handle.close();
  }
}

/**
 * Check an existing journal before anything is done with it: a regular file, written by orglint (or empty), of
 * this tenant in every run. Nothing is changed; an error says why it may not be continued.
 */
export async function inspectJournal(file: string, tenant: string): Promise<Awaited<ReturnType<typeof readJournal>>> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new LiveSetupError(`the journal ${file} is not a regular file; choose another --journal path`);
  const read = await readJournal(file);
  // an existing file is continued only when orglint wrote it (an empty file has nothing to lose): never append
  // to, or cut the last line of, another file named by mistake
  if (read.size > 0 && !isOrglintRun(read.entries[0])) {
    throw new LiveSetupError(`the journal ${file} exists and is not an orglint journal (its first line is not an orglint run record); it was left as it is: choose another --journal path`);
  }
  for (const run of read.entries) {
    if (run.type === 'run' && run.tenant !== tenant) throw new LiveSetupError(`the journal ${file} is for ${run.tenant}, not ${tenant}`);
  }
  return read;
}

/** Read a journal; a last line without its newline (cut short by a crash) is left out. */
export async function readJournal(file: string): Promise<{ entries: JournalEntry[]; validLength: number; size: number }> {
  let text: string;
  let handle: FileHandle | undefined;
  try {
    // O_NONBLOCK and a check of what was opened: a FIFO named as the journal is refused, never read (it would hang)
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!(await handle.stat()).isFile()) throw new LiveSetupError(`the journal ${file} is not a regular file; choose another --journal path`);
    text = await handle.readFile('utf8');
  } catch (err) {
    if (err instanceof LiveSetupError) throw err;
    throw new LiveSetupError(`cannot read the journal ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  } finally {
    await handle?.close();
  }
  const size = Buffer.byteLength(text);
  const end = text.lastIndexOf('\n') + 1;
  const entries: JournalEntry[] = [];
  text
    .slice(0, end)
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let v: unknown;
      try {
        v = JSON.parse(line);
      } catch {
        throw new LiveSetupError(`${file}:${i + 1}: not a journal line (invalid JSON)`);
      }
      if (!isEntry(v)) throw new LiveSetupError(`${file}:${i + 1}: not a journal line`);
      entries.push(v);
    });
  return { entries, validLength: Buffer.byteLength(text.slice(0, end)), size };
}

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** Whether a parsed line has the shape of a journal entry (the fields later steps rely on, with their types). */
function isEntry(v: unknown): v is JournalEntry {
  if (!isObj(v)) return false;
  switch (v.type) {
    case 'run':
      return typeof v.tenant === 'string' && typeof v.command === 'string';
    case 'plan':
    case 'attempt':
      return typeof v.client_id === 'string' && typeof v.name === 'string' && isObj(v.before) && isObj(v.body) && (v.type === 'plan' || v.op === 'fix' || v.op === 'rollback');
    case 'result':
      return typeof v.client_id === 'string' && (v.op === 'fix' || v.op === 'rollback') && typeof v.outcome === 'string';
    case 'end':
      return typeof v.outcome === 'string';
    default:
      return false;
  }
}

/** The first line of every journal orglint writes. */
function isOrglintRun(e: JournalEntry | undefined): boolean {
  return e?.type === 'run' && typeof e.tool === 'string' && e.tool.startsWith('orglint ');
}

/** Attempts with no result after them: the requests in flight when a run was killed. */
export function unsettled(entries: readonly JournalEntry[]): Extract<JournalEntry, { type: 'attempt' }>[] {
  const open = new Map<string, Extract<JournalEntry, { type: 'attempt' }>>();
  for (const e of entries) {
    if (e.type === 'attempt') open.set(`${e.op}:${e.client_id}`, e);
    else if (e.type === 'result' && e.outcome !== 'unknown') open.delete(`${e.op}:${e.client_id}`);
  }
  return [...open.values()];
}

/** Whether the journal's last run ended before it was done (interrupted or killed). */
export function lastRunUnfinished(entries: readonly JournalEntry[]): boolean {
  let unfinished = false;
  for (const e of entries) {
    if (e.type === 'run') unfinished = true;
    else if (e.type === 'end') unfinished = e.outcome === 'interrupted';
  }
  return unfinished;
}

/** `orglint-journal-HOST-20250102T030405Z.jsonl`: names sort by time. */
export function defaultJournalName(host: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `orglint-journal-${host.replace(/[^\w.-]/g, '_')}-${stamp}.jsonl`;
}

/** The newest journal of this tenant in `dir` whose last run did not finish, to continue it. */
export async function findUnfinishedJournal(dir: string, host: string): Promise<string | undefined> {
  const prefix = `orglint-journal-${host.replace(/[^\w.-]/g, '_')}-`;
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith(prefix) && n.endsWith('.jsonl')).sort().reverse();
  for (const n of names) {
    const file = path.join(dir, n);
    // a damaged journal may hold a change left in flight: stop rather than start a new journal beside it
    const { entries } = await readJournal(file).catch((err: Error) => {
      throw new LiveSetupError(`the newest journal of this tenant is damaged, so a change it left in flight cannot be settled: ${err.message}; repair that line, or move the journal away if its run had finished`);
    });
    if (lastRunUnfinished(entries)) return file;
    return undefined;
  }
  return undefined;
}
