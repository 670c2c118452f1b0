import { readdir as fsReaddir } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { globMatcher } from './glob';

/** A file to lint and how it was found. */
export interface TargetFile {
  file: string;
  /** named on the command line rather than found by walking a folder */
  explicit: boolean;
}

/** A path the user named that does not exist: the CLI exits 2. */
export class MissingPathError extends Error {
  constructor(readonly target: string) {
    super(`no such file or directory: ${target}`);
  }
}

export const WALK_PATTERN = '**/*.{yaml,yml,json,har,tf}';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/**
 * Expand command-line paths into files: folders are walked recursively (skipping node_modules, .git and the
 * `ignore` globs, which are relative to `ignoreBase`); files are taken as named unless ignored.
 */
export async function expandPaths(
  cwd: string,
  paths: readonly string[],
  ignore: readonly string[],
  ignoreBase: string,
  onSkip?: (file: string, reason: string) => void,
  /** files an editor holds in memory: one not (or no longer) on disk is still a file to lint */
  inMemory?: ReadonlyMap<string, unknown>,
): Promise<TargetFile[]> {
  const isIgnored = globMatcher(ignore);
  const rel = (f: string) => path.relative(ignoreBase, f).split(path.sep).join('/');
  const out = new Map<string, TargetFile>();
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let info;
    try {
      info = inMemory?.has(abs) ? { isDirectory: () => false } : await stat(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new MissingPathError(p);
      // unreadable or a link loop: let the loader report it as a read-error finding
      out.set(abs, { file: abs, explicit: true });
      continue;
    }
    if (info.isDirectory()) {
      // loaded only to walk a folder: a pre-commit run names its files and never pays for it
      const { default: fg } = await import('fast-glob');
      // a folder the walk cannot read would hide its files: note it, and report it as a target that fails to read
      const unreadable: string[] = [];
      const readdir = ((dir: string, ...rest: unknown[]) => {
        const callback = rest.pop() as (err: NodeJS.ErrnoException | null, result: unknown) => void;
        (fsReaddir as (...a: unknown[]) => void)(dir, ...rest, (err: NodeJS.ErrnoException | null, result: unknown) => {
          if (err && err.code !== 'ENOENT' && err.code !== 'ENOTDIR') unreadable.push(path.normalize(dir));
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
        if (ignore.length && isIgnored(rel(path.join(dir, 'x.yaml')))) onSkip?.(dir, 'ignored by the config');
        else if (!out.has(dir)) out.set(dir, { file: dir, explicit: true });
      }
      const found: string[] = [];
      for (const e of entries) {
        // a link in a pull request could point anywhere (/etc, ~/.ssh): links inside folders are not followed
        if (e.dirent.isFile()) found.push(e.path);
        else if (e.dirent.isSymbolicLink()) onSkip?.(path.normalize(e.path), 'a symbolic link; links inside folders are not followed (name the file to lint it)');
        else if (!e.dirent.isDirectory()) onSkip?.(path.normalize(e.path), 'not a regular file (a FIFO, socket or device)');
      }
      found.sort();
      for (const f of found) {
        const file = path.normalize(f);
        if (ignore.length && isIgnored(rel(file))) {
          onSkip?.(file, 'ignored by the config');
          continue;
        }
        if (!out.has(file)) out.set(file, { file, explicit: false });
      }
    } else {
      if (ignore.length && isIgnored(rel(abs))) {
        onSkip?.(abs, 'ignored by the config');
        continue;
      }
      out.set(abs, { file: abs, explicit: true });
    }
  }
  return [...out.values()];
}
