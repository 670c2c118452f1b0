import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, chmod, chown, lstat, open, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A fixed file orglint will not write, and why (the file is left as it was). */
export class WriteRefused extends Error {}

/**
 * Write a file atomically: a temporary file in the same folder, then rename. An existing file keeps its mode,
 * owner and group (as far as this user may keep them); a new one gets `newMode`. A symbolic link is kept: its
 * target is written. A target that is not a regular file (`/dev/null`, a FIFO, a terminal) is written plainly,
 * never renamed over.
 */
export async function writeFileAtomic(file: string, text: string, bom = false, newMode = 0o644, check?: (target: string) => Promise<void>): Promise<void> {
  const data = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8');
  if (STREAM_PATH.test(path.resolve(file))) {
    // this process's own stdout/stderr (a terminal, a pipe, or a file the shell opened): appended, never replaced
    await writeFile(file, data, { flag: 'a' });
    return;
  }
  const followed = await stat(file).catch(() => undefined);
  if (followed && !followed.isFile()) {
    await writeFile(file, data);
    return;
  }
  const target = await realTarget(file);
  const st = followed;
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.orglint-tmp`);
  const handle = await open(tmp, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    await handle.close();
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await handle.close();
  try {
    await chmod(tmp, (st?.mode ?? newMode) & 0o7777);
    if (st) await chown(tmp, st.uid, st.gid).catch(() => undefined);
    await check?.(target);
    await rename(tmp, target);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/** paths that name one of this process's open streams */
const STREAM_PATH = /^\/(dev\/(stdout|stderr|fd\/\d+)|proc\/(self|\d+)\/fd\/\d+)$/;

/** The file a path names: a symbolic link's final target (a new file: the path itself). */
async function realTarget(file: string): Promise<string> {
  const l = await lstat(file).catch(() => undefined);
  if (!l?.isSymbolicLink()) return file;
  try {
    return await realpath(file);
  } catch {
    throw new WriteRefused('it is a symbolic link to nothing (a dangling link)');
  }
}

/** Is `file` inside `dir` (both real paths)? */
export function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Write a fixed file, or refuse with the reason: only a regular UTF-8 file inside the linted tree (a link's
 * target too), writable, with one hard link, that still holds exactly the text orglint read; owner, group and
 * mode are kept, a symbolic link stays a link.
 */
export async function writeFixedFile(file: string, before: string, after: string, bom: boolean, roots: readonly string[]): Promise<void> {
  const { target, st, unchanged } = await checkFixedFile(file, before, bom, roots);
  await writeFileAtomic(target, after, bom, 0o644, async (t) => {
    await unchanged(t);
    const again = await stat(t);
    if (again.ino !== st.ino || again.nlink !== st.nlink) throw new WriteRefused('it changed on disk since orglint read it; run the fix again');
  });
}

/**
 * Everything `writeFixedFile` checks before it writes (a dry run asks too, so its diff shows only what `--fix`
 * would write). Throws WriteRefused.
 */
export async function checkFixedFile(file: string, before: string, bom: boolean, roots: readonly string[]) {
  // (the real path of the whole of it: a file a walk reached through a linked folder, `dev/clients -> ../shared/clients`,
  // is not itself a link but lives outside the linted folders as surely as a linked file does, in a folder other
  // tenants may link too; roots are real paths)
  const linked = await realTarget(file);
  const target = await realpath(linked).catch(() => linked);
  if (!roots.some((r) => isInside(target, r))) throw new WriteRefused(`it resolves to ${target}, outside the linted folders`);
  const st = await stat(target);
  if (!st.isFile()) throw new WriteRefused('it is not a regular file');
  if ((st.mode & 0o222) === 0) throw new WriteRefused('it is read-only (no write permission bits); make it writable to fix it');
  await access(target, constants.W_OK).catch(() => {
    throw new WriteRefused('this user may not write it');
  });
  if (st.nlink > 1) throw new WriteRefused(`it has ${st.nlink} hard links: replacing it would leave the other names with the old text, and rewriting it in place is not atomic`);
  const uid = process.getuid?.();
  if (uid !== undefined && uid !== 0 && st.uid !== uid) throw new WriteRefused('it belongs to another user, whose ownership a rewrite would drop');
  const expected = Buffer.from((bom ? '\uFEFF' : '') + before, 'utf8');
  const unchanged = async (t: string) => {
    const now = await readFile(t);
    if ((now[0] === 0xff && now[1] === 0xfe) || (now[0] === 0xfe && now[1] === 0xff)) throw new WriteRefused('it is UTF-16; orglint writes UTF-8 only and does not change a file\'s encoding');
    if (!now.equals(expected)) throw new WriteRefused('it changed on disk since orglint read it; run the fix again');
  };
  await unchanged(target);
  return { target, st, unchanged };
}
