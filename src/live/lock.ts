import { constants } from 'node:fs';
import { lstatSync, mkdirSync, readFileSync } from 'node:fs';
import { link, open, rename, stat, unlink } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { LiveSetupError } from '../management-api/endpoint';

/** What a lock file holds: who took it. */
interface LockInfo {
  pid: number;
  host: string;
  tenant: string;
  command: string;
  at: string;
}

/** A lock file whose content cannot be read (being written, or damaged) counts as held for this long. */
const UNREADABLE_GRACE_MS = 60_000;

/** `.orglint-lock-HOST`: one per tenant in a folder. */
export function lockName(host: string): string {
  return `.orglint-lock-${host.replace(/[^\w.-]/g, '_')}`;
}

/**
 * A folder of this user's locks on this machine (`$TMPDIR/orglint-locks-UID`, mode 0700), so runs started from
 * different folders see each other too; undefined when it cannot be made safely (then only the other folders are
 * used): it must be a real directory owned by this user, not a link someone planted in a shared /tmp.
 */
export function machineLockDir(): string | undefined {
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const dir = path.join(tmpdir(), `orglint-locks-${uid ?? 'user'}`);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
  }
  try {
    const st = lstatSync(dir);
    if (!st.isDirectory() || (uid !== undefined && st.uid !== uid) || (st.mode & 0o022) !== 0) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** Whether a process of this machine is alive (EPERM: it is, but another user's). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When a process of this machine started (ms since the epoch), from /proc on Linux; undefined elsewhere or when it
 * cannot be read. Clock ticks are taken as 100 a second (USER_HZ on every Linux architecture Node runs on).
 */
function startedAt(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name (field 2) may hold spaces and parentheses: count fields after its closing parenthesis
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    const boot = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    return Number.isFinite(ticks) && Number.isFinite(boot) ? boot * 1000 + ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the lock's holder still runs: its pid is alive, is not this process (a container restarts with the same
 * pids, so a killed run's pid may be ours now), and did not start after the lock was written (a reused pid).
 */
function holderAlive(l: LockInfo): boolean {
  if (l.pid === process.pid || !alive(l.pid)) return false;
  const started = startedAt(l.pid);
  const at = Date.parse(l.at);
  // slack for btime's rounding and a clock set back a little: in doubt the holder counts as running
  return started === undefined || !Number.isFinite(at) || started <= at + 5000;
}

function parse(text: string): LockInfo | undefined {
  try {
    const v = JSON.parse(text) as LockInfo;
    return Number.isInteger(v?.pid) && typeof v.host === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

/** A control-character-free rendering of a lock's holder, for a message. */
const who = (l: LockInfo) => `${l.command} (pid ${l.pid} on ${JSON.stringify(l.host)}, since ${JSON.stringify(l.at)})`.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

/** A folder to lock in; an optional one that cannot be written (read-only working folder) is passed over. */
export interface LockPlace {
  dir: string;
  optional?: boolean;
}

/**
 * The per-tenant lock of `fix --live --yes` and `rollback --yes`: a file created with O_EXCL in each folder
 * given (the journal's folder, the working folder, this user's lock folder), holding pid and host. A lock of a
 * process of this machine that is gone is stale and taken over (said on `warn`); any other is refused (exit 2),
 * naming its holder. Returns a release function.
 */
export async function lockTenant(places: readonly LockPlace[], tenant: string, host: string, command: string, warn: (m: string) => void): Promise<() => Promise<void>> {
  const files = new Map<string, boolean>();
  for (const p of places) {
    const f = path.join(path.resolve(p.dir), lockName(host));
    files.set(f, (files.get(f) ?? true) && Boolean(p.optional));
  }
  const held: string[] = [];
  const release = async () => {
    for (const f of held.splice(0)) await unlink(f).catch(() => undefined);
  };
  try {
    for (const [f, optional] of files) {
      if (await take(f, { pid: process.pid, host: hostname(), tenant, command, at: new Date().toISOString() }, warn, optional)) held.push(f);
    }
  } catch (err) {
    await release();
    throw err;
  }
  return release;
}

/** Cannot create a file there at all (as opposed to: someone holds the lock). */
const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR']);

/** Take one lock file; false when `optional` and the folder cannot be written (nothing taken there). */
async function take(file: string, me: LockInfo, warn: (m: string) => void, optional: boolean): Promise<boolean> {
  for (let tries = 0; tries < 3; tries++) {
    try {
      const h = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
      try {
        await h.writeFile(JSON.stringify(me) + '\n');
        await h.datasync();
      } finally {
        await h.close();
      }
      return true;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (optional && code && UNWRITABLE.has(code)) return false;
      if (code !== 'EEXIST') throw new LiveSetupError(`cannot create the lock file ${file}: ${(err as Error).message}`);
    }
    const text = await readLock(file);
    if (text === undefined) continue; // removed meanwhile: try again
    const other = parse(text);
    if (!other) {
      const age = Date.now() - ((await stat(file).catch(() => undefined))?.mtimeMs ?? Date.now());
      if (age < UNREADABLE_GRACE_MS) throw new LiveSetupError(`another orglint run is starting on this tenant (the lock file ${file} is being written); wait for it to finish`);
      if (!(await breakStale(file, text))) continue;
      warn(`removed the unreadable lock file ${file} (older than ${UNREADABLE_GRACE_MS / 1000} s)`);
      continue;
    }
    if (other.host !== me.host || holderAlive(other)) {
      throw new LiveSetupError(
        `another orglint run is changing this tenant: ${who(other)} holds the lock file ${file}; wait for it to finish (if no such run is going on, delete that file)`,
      );
    }
    if (await breakStale(file, text)) warn(`removed a stale lock file ${file}: its run (pid ${other.pid}) is gone`);
  }
  throw new LiveSetupError(`cannot take the lock file ${file}: other runs keep taking it`);
}

/** The most of a lock file read: orglint writes ~150 bytes. */
const MAX_LOCK_BYTES = 4096;

/**
 * A lock file's text, read without following a link and only from a regular file (a planted FIFO would hang the
 * run, a link to /dev/zero would never end); anything else is refused, naming the file. Undefined when it is gone.
 */
async function readLock(file: string): Promise<string | undefined> {
  let h;
  try {
    h = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP') throw new LiveSetupError(`the lock file ${file} is a symbolic link, not an orglint lock; it was left as it is: remove it if no orglint run is going on`);
    throw new LiveSetupError(`cannot read the lock file ${file}: ${code ?? (err as Error).message}`);
  }
  try {
    if (!(await h.stat()).isFile()) throw new LiveSetupError(`the lock file ${file} is not a regular file, not an orglint lock; it was left as it is: remove it if no orglint run is going on`);
    const buf = Buffer.alloc(MAX_LOCK_BYTES);
    const { bytesRead } = await h.read(buf, 0, MAX_LOCK_BYTES, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await h.close();
  }
}

/**
 * Remove a stale lock, but only the one read: it is renamed aside first and checked, so a lock another run took
 * in the meantime is put back instead of being removed.
 */
async function breakStale(file: string, seen: string): Promise<boolean> {
  const aside = `${file}.stale-${process.pid}`;
  try {
    await rename(file, aside);
  } catch {
    return false;
  }
  const text = await readLock(aside).catch(() => undefined);
  if (text !== seen) {
    await link(aside, file).catch(() => undefined);
    await unlink(aside).catch(() => undefined);
    return false;
  }
  await unlink(aside).catch(() => undefined);
  return true;
}
