import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { LoadedFile } from '../sources/load';

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
}

/** the identities of the folders each walk listed, by the walk's listings (files.ts `FolderListings`) */
const ids = new WeakMap<object, Map<string, FolderId>>();

/** Record a folder the walk is about to list (before its readdir, so a swap between the two is seen later). */
export function recordFolder(listings: object, dir: string): void {
  let of = ids.get(listings);
  if (!of) ids.set(listings, (of = new Map()));
  try {
    const st = lstatSync(dir);
    of.set(dir, { dev: st.dev, ino: st.ino, dir: st.isDirectory() });
  } catch {
    // (gone or unreadable: the readdir that follows fails and the walk reports it)
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
  for (const loaded of groups) {
    for (let i = 0; i < loaded.length; i++) {
      const l = loaded[i];
      if (l.status === 'skipped') continue;
      // (the walk's folder of a file it found is the file's path up to its last separator: no dirname each)
      const cut = l.file.lastIndexOf(path.sep);
      const dir = cut > 0 ? l.file.slice(0, cut) : path.dirname(l.file);
      const was = of.get(dir);
      if (!was) continue;
      let moved = changed.get(dir);
      if (moved === undefined) changed.set(dir, (moved = !sameFolder(dir, was)));
      if (moved) loaded[i] = { status: 'failed', file: l.file, rule: 'read-error', message: `cannot read file: its folder ${path.basename(dir)}${path.sep} changed after it was listed (replaced by a link or by another folder); links inside folders are not followed` };
    }
  }
}

function sameFolder(dir: string, was: FolderId): boolean {
  if (!was.dir) return false;
  try {
    const st = lstatSync(dir);
    return st.isDirectory() && st.dev === was.dev && st.ino === was.ino;
  } catch {
    return false;
  }
}
