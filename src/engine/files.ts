import { existsSync, readdir as fsReaddir, readdirSync, type Dirent } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../cli/io';
import { checkGlob, GlobError, globMatcher, isGlobPattern } from './glob';

/** A file to lint and how it was found. */
export interface TargetFile {
  file: string;
  /** named on the command line rather than found by walking a folder or matched by a glob */
  explicit: boolean;
}

/** One command-line path or glob, and what it gave: the run reports an argument that gave nothing to lint. */
export interface PathArg {
  arg: string;
  kind: 'file' | 'folder' | 'glob';
  /** absolute files it contributed (before loading: some may turn out not to be tenant configuration) */
  files: string[];
  /** why files it reached were not taken (ignored, links, devices), counted by reason */
  left: Map<string, number>;
}

/**
 * The folders a walk listed, by path (normalised, no trailing separator): the directory-export siblings are
 * found from them instead of listing every folder again.
 */
export type FolderListings = Map<string, Dirent[]>;

/** A folder's regular files and subfolders (links not followed), from the walk's listing when it made one. */
export function listFolder(dir: string, listings?: FolderListings): { files: string[]; dirs: string[] } {
  let entries = listings?.get(dir);
  if (!entries) {
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return { files: [], dirs: [] };
    }
  }
  const files: string[] = [];
  const dirs: string[] = [];
  for (const e of entries) {
    if (e.isFile()) files.push(e.name);
    else if (e.isDirectory()) dirs.push(e.name);
  }
  return { files, dirs };
}

/** A path the user named that does not exist: the CLI exits 2. */
export class MissingPathError extends Error {
  constructor(readonly target: string) {
    super(`no such file or directory: ${target}`);
  }
}

export const WALK_PATTERN = '**/*.{yaml,yml,json,har,tf}';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

const IGNORED = 'ignored by the config';
const LINK = 'a symbolic link; links inside folders are not followed (name the file to lint it)';
const DEVICE = 'not a regular file (a FIFO, socket or device)';

/**
 * Expand command-line paths into files: folders are walked recursively (skipping node_modules, .git and the
 * `ignore` globs, which are relative to `ignoreBase`), a glob that names no existing path is expanded (as ESLint
 * does), files are taken as named unless ignored.
 */
export async function expandPaths(
  cwd: string,
  paths: readonly string[],
  ignore: readonly string[],
  ignoreBase: string,
  onSkip?: (file: string, reason: string) => void,
  /** files an editor holds in memory: one not (or no longer) on disk is still a file to lint */
  inMemory?: ReadonlyMap<string, unknown>,
): Promise<{ targets: TargetFile[]; args: PathArg[]; listings: FolderListings }> {
  const isIgnored = globMatcher(ignore);
  const listings: FolderListings = new Map();
  const rel = (f: string) => path.relative(ignoreBase, f).split(path.sep).join('/');
  const out = new Map<string, TargetFile>();
  const args: PathArg[] = [];
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    const arg: PathArg = { arg: p, kind: 'file', files: [], left: new Map() };
    args.push(arg);
    const skip = (file: string, reason: string) => {
      arg.left.set(reason, (arg.left.get(reason) ?? 0) + 1);
      onSkip?.(file, reason);
    };
    const take = (file: string, explicit: boolean) => {
      if (ignore.length && isIgnored(rel(file))) return skip(file, IGNORED);
      arg.files.push(file);
      if (!out.has(file) || explicit) out.set(file, { file, explicit });
    };
    let info;
    try {
      info = inMemory?.has(abs) ? { isDirectory: () => false } : await stat(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if ((code === 'ENOENT' || code === 'ENOTDIR') && !existsSync(abs) && isGlobPattern(p)) {
        arg.kind = 'glob';
        const walked: string[] = [];
        for (const e of await expandGlob(cwd, p)) {
          if (e.dirent.isDirectory()) {
            // `tenants/**` matches every folder below too: walk each tree once
            if (walked.some((w) => e.path.startsWith(w + path.sep))) continue;
            walked.push(e.path);
            await walkFolder(e.path, take, skip, isIgnored, rel, ignore.length > 0, listings);
          } else if (walked.some((w) => e.path.startsWith(w + path.sep))) continue;
          else if (e.dirent.isFile()) take(e.path, false);
          else if (e.dirent.isSymbolicLink()) skip(e.path, LINK);
          else skip(e.path, DEVICE);
        }
        continue;
      }
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new MissingPathError(p);
      // unreadable or a link loop: let the loader report it as a read-error finding
      arg.files.push(abs);
      out.set(abs, { file: abs, explicit: true });
      continue;
    }
    if (info.isDirectory()) {
      arg.kind = 'folder';
      await walkFolder(abs, take, skip, isIgnored, rel, ignore.length > 0, listings);
    } else take(abs, true);
  }
  return { targets: [...out.values()], args, listings };
}

/** Walk a folder: regular files found (sorted) go to `take`, links and devices to `skip`. */
async function walkFolder(
  abs: string,
  take: (file: string, explicit: boolean) => void,
  skip: (file: string, reason: string) => void,
  isIgnored: (rel: string) => boolean,
  rel: (f: string) => string,
  hasIgnore: boolean,
  listings: FolderListings,
): Promise<void> {
  // loaded only to walk a folder: a pre-commit run names its files and never pays for it
  const { default: fg } = await import('fast-glob');
  // a folder the walk cannot read would hide its files: note it, and report it as a target that fails to read
  const unreadable: string[] = [];
  const readdir = ((dir: string, ...rest: unknown[]) => {
    const callback = rest.pop() as (err: NodeJS.ErrnoException | null, result: unknown) => void;
    (fsReaddir as (...a: unknown[]) => void)(dir, ...rest, (err: NodeJS.ErrnoException | null, result: unknown) => {
      if (err && err.code !== 'ENOENT' && err.code !== 'ENOTDIR') unreadable.push(path.normalize(dir));
      // kept for the directory-export siblings (lint.ts): the same folders need not be listed twice
      else if (!err && Array.isArray(result) && (rest[0] as { withFileTypes?: boolean } | undefined)?.withFileTypes) listings.set(folderKey(dir), result as Dirent[]);
      callback(err, result);
    });
  }) as typeof fsReaddir;
  const entries = await fg(WALK_PATTERN, {
    cwd: abs,
    absolute: true,
    dot: false,
    onlyFiles: false,
    objectMode: true,
    followSymbolicLinks: false,
    suppressErrors: true,
    ignore: ALWAYS_IGNORED,
    fs: { readdir },
  });
  for (const dir of unreadable) {
    if (hasIgnore && isIgnored(rel(path.join(dir, 'x.yaml')))) skip(dir, IGNORED);
    else take(dir, true);
  }
  const found: string[] = [];
  for (const e of entries) {
    // a link in a pull request could point anywhere (/etc, ~/.ssh): links inside folders are not followed
    if (e.dirent.isFile()) found.push(e.path);
    else if (e.dirent.isSymbolicLink()) skip(path.normalize(e.path), LINK);
    else if (!e.dirent.isDirectory()) skip(path.normalize(e.path), DEVICE);
  }
  found.sort();
  for (const f of found) take(path.normalize(f), false);
}

function folderKey(dir: string): string {
  const n = path.normalize(dir);
  return n.length > 1 && n.endsWith(path.sep) ? n.slice(0, -1) : n;
}

/** The entries a command-line glob matches (relative to the working folder), links not followed. */
async function expandGlob(cwd: string, pattern: string): Promise<{ path: string; dirent: { isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean } }[]> {
  try {
    checkGlob(pattern);
  } catch (err) {
    if (err instanceof GlobError) throw new UsageError(`invalid glob ${JSON.stringify(pattern)}: ${err.message}`);
    throw err;
  }
  const { default: fg } = await import('fast-glob');
  let entries;
  try {
    entries = await fg(pattern, {
      cwd,
      absolute: true,
      dot: false,
      onlyFiles: false,
      objectMode: true,
      followSymbolicLinks: false,
      suppressErrors: true,
      // as in the config's globs: @(a|b) is text, not a backtracking group
      extglob: false,
      ignore: ALWAYS_IGNORED,
    });
  } catch (err) {
    // a range too large to expand ({1..100000000}) and the like
    throw new UsageError(`invalid glob ${JSON.stringify(pattern)}: ${(err as Error).message.replace(/\. Use options\..*$/, '')}`);
  }
  return entries.map((e) => ({ path: path.normalize(e.path), dirent: e.dirent })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
