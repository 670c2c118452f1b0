import { existsSync } from 'node:fs';
import path from 'node:path';

const cache = new Map<string, string>();

/**
 * The root of the git checkout holding `cwd` (the nearest folder upward with a `.git` folder or file), or `cwd`
 * itself outside a checkout. Code scanning and annotations want paths relative to it.
 */
export function repoRoot(cwd: string): string {
  const start = path.resolve(cwd);
  let root = cache.get(start);
  if (root === undefined) {
    root = start;
    for (let d = start; ; d = path.dirname(d)) {
      if (existsSync(path.join(d, '.git'))) {
        root = d;
        break;
      }
      if (path.dirname(d) === d) break;
    }
    cache.set(start, root);
  }
  return root;
}

/** A file relative to the repository root with `/` (a live resource's URL stays as it is). */
export function repoPath(file: string, root: string): string {
  // once per file and root: every finding of a file names it again (a relative path depends on the process's
  // working folder too, and is not kept)
  if (!path.isAbsolute(root) || !path.isAbsolute(file)) return /^[a-z][a-z0-9+.-]*:\/\//i.test(file) ? file : (path.relative(root, file) || path.basename(file)).split(path.sep).join('/');
  if (root !== pathsFrom) {
    pathsFrom = root;
    paths.clear();
  }
  let rel = paths.get(file);
  if (rel === undefined) {
    if (paths.size >= MAX_PATHS) paths.clear();
    rel = /^[a-z][a-z0-9+.-]*:\/\//i.test(file) ? file : (path.relative(root, file) || path.basename(file)).split(path.sep).join('/');
    paths.set(file, rel);
  }
  return rel;
}

let pathsFrom: string | undefined;
const paths = new Map<string, string>();
const MAX_PATHS = 100_000;
