import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LoadedFile } from '../sources/load';
import { boundTarget, linkTarget } from '../sources/named-links';

/**
 * Folders swapped while a run goes on. A file is opened without following a link in its last part (read-file.ts),
 * but Node has no openat: a folder of a later tenant replaced by a link after the walk listed it (while an
 * earlier tenant is linted) would have its files read from wherever the link points. So the walk records each
 * folder's identity (device and inode, one lstat, before its readdir), and after a group's files are read each
 * of their folders must still be that folder: a folder that is now a link, or another folder, makes each file
 * read in it a read-error naming the folder. (A swap undone before the check is not seen; nothing read is
 * shown before the check.)
 */
interface FolderId {
  dev: number;
  ino: number;
  /** false: not a directory when it was about to be listed (already swapped) */
  dir: boolean;
  /**
   * a folder reached through a link inside the repository (a walk follows those, named-links.ts): the link's own
   * identity, which must not change either (dev and ino above are then the folder it leads to)
   */
  link?: { dev: number; ino: number };
}

/** the identities of the folders each walk listed, by the walk's listings (files.ts `FolderListings`) */
const ids = new WeakMap<object, Map<string, FolderId>>();

/**
 * Record a folder the walk (or a listing of siblings, files.ts `listFolder`) is about to list (before its readdir,
 * so a swap between the two is seen later). A folder recorded once keeps its first identity. False: a link whose
 * real path is outside the repository or in a dot folder of it, not to be listed at all (nothing is recorded).
 */
export function recordFolder(listings: object, dir: string): boolean {
  let of = ids.get(listings);
  if (!of) ids.set(listings, (of = new Map()));
  if (of.has(dir)) return true;
  const id = identity(dir);
  if (id === false) return false;
  if (id) of.set(dir, id);
  return true;
}

/** `recordFolder`'s answer for a folder listed without a run's listings (nothing to record it in) */
export function mayList(dir: string): boolean {
  return identity(dir) !== false;
}

/** A folder's identity, false for a link orglint does not follow, undefined when it cannot be asked (gone). */
function identity(dir: string): FolderId | false | undefined {
  try {
    const st = lstatSync(dir);
    if (!st.isSymbolicLink()) return { dev: st.dev, ino: st.ino, dir: st.isDirectory() };
    const real = linkTarget(dir);
    if (real === undefined || 'refused' in boundTarget(dir, real, 'cwd')) return false;
    const to = statSync(real);
    return { dev: to.dev, ino: to.ino, dir: to.isDirectory(), link: { dev: st.dev, ino: st.ino } };
  } catch {
    // (gone or unreadable: the readdir that follows fails and the walk reports it)
    return undefined;
  }
}

/**
 * Each loaded file (the group's and its siblings') whose folder is no longer the folder the walk listed becomes a
 * read-error naming that folder. Files of folders the walk did not list (named files) are left as they are.
 */
export function guardFolders(groups: readonly LoadedFile[][], listings: object | undefined): void {
  const of = listings && ids.get(listings);
  if (!of) return;
  const changed = new Map<string, boolean>();
  // the folder of the file before, and whether it moved (undefined: not a listed folder): a walk gives a folder's
  // files one after the other, and a file of that folder is told by where its last separator is, without cutting
  // (and hashing) its folder's name again
  let lastDir = '';
  let lastMoved: boolean | undefined;
  for (const loaded of groups) {
    for (let i = 0; i < loaded.length; i++) {
      const l = loaded[i];
      if (l.status === 'skipped') continue;
      // (the walk's folder of a file it found is the file's path up to its last separator: no dirname each)
      const file = l.file;
      const cut = file.lastIndexOf(path.sep);
      let moved: boolean | undefined;
      let dir: string;
      if (cut > 0 && cut === lastDir.length && file.startsWith(lastDir)) {
        dir = lastDir;
        moved = lastMoved;
      } else {
        dir = cut > 0 ? file.slice(0, cut) : path.dirname(file);
        const was = of.get(dir);
        if (was) {
          moved = changed.get(dir);
          if (moved === undefined) changed.set(dir, (moved = !sameFolder(dir, was)));
        }
        if (cut > 0) [lastDir, lastMoved] = [dir, moved];
      }
      if (moved) loaded[i] = { status: 'failed', file, rule: 'read-error', message: `cannot read file: its folder ${path.basename(dir)}${path.sep} changed after it was listed (replaced by a link or by another folder); its files are not read from where it now leads` };
    }
  }
}

/** The folders recorded for `listings`, as plain data for a worker thread (the guard runs where a group is read). */
export interface SentFolders {
  dirs: string[];
  /** dev, ino, dir (1 or 0), and the link's dev and ino (-1, -1 for a folder that is no link) of each of `dirs` */
  ids: Float64Array;
}

export function sendableFolders(listings: object | undefined): SentFolders {
  const of = listings && ids.get(listings);
  const dirs = of ? [...of.keys()] : [];
  const out = new Float64Array(dirs.length * 5);
  dirs.forEach((d, i) => {
    const id = of!.get(d)!;
    out.set([id.dev, id.ino, id.dir ? 1 : 0, id.link ? id.link.dev : -1, id.link ? id.link.ino : -1], i * 5);
  });
  return { dirs, ids: out };
}

/** Record the main thread's folders under a worker's own `listings` (before any group is read there). */
export function receiveFolders(listings: object, sent: SentFolders): void {
  const of = new Map<string, FolderId>();
  sent.dirs.forEach((d, i) => {
    const [dev, ino, dir, linkDev, linkIno] = sent.ids.subarray(i * 5, i * 5 + 5);
    of.set(d, linkIno === -1 ? { dev, ino, dir: dir === 1 } : { dev, ino, dir: dir === 1, link: { dev: linkDev, ino: linkIno } });
  });
  ids.set(listings, of);
}

function sameFolder(dir: string, was: FolderId): boolean {
  if (!was.dir) return false;
  try {
    const st = lstatSync(dir);
    if (was.link) {
      // the same link (a link re-pointed is a new one), still leading to the same folder
      if (!st.isSymbolicLink() || st.dev !== was.link.dev || st.ino !== was.link.ino) return false;
      const to = statSync(dir);
      return to.isDirectory() && to.dev === was.dev && to.ino === was.ino;
    }
    return st.isDirectory() && st.dev === was.dev && st.ino === was.ino;
  } catch {
    return false;
  }
}
