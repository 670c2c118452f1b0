// V8's code cache for orglint's own modules, kept on disk between runs, on a Node.js that has it (22.1 and later:
// `module.enableCompileCache`; the Action's node24 has it, Node 20 does not and runs as before). A run then reads
// the compiled code of the bundle's modules instead of compiling them again: what a pre-commit hook pays on every
// commit. Node keeps one folder per Node version and V8 flags inside the cache folder, and an entry per module
// holding a checksum of the module's source: a cache made by another Node or for another version of the file is
// not used (the module is compiled from its source, as without a cache). That guards against a stale cache, not a
// crafted one (an entry made to match a module's checksum would run): hence the folder checks below.
//
// The cache is code the process runs: only its user may be able to write it. It lives in the user's own cache
// folder ($XDG_CACHE_HOME, else ~/.cache, /orglint/compile-cache; %LOCALAPPDATA%\orglint\compile-cache on
// Windows), never in a shared temporary folder (Node's own default is one: anyone could plant a cache there), and
// is used only when that folder and every folder above it belong to the user or root and no one else may write
// to them (no world- or group-writable folder on the way, sticky or not; checked before a folder is made, and on
// the real path Node is then given). Not on CI (CI or GITHUB_ACTIONS set): a job's home is often restored from a
// shared cache, and nothing there is repeated enough to gain. NODE_COMPILE_CACHE (a cache the user
// chose) and NODE_DISABLE_COMPILE_CACHE are Node's own and win. Nothing here can fail a run: any error, no cache.
import { lstatSync, mkdirSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** The cache folder for this user, or undefined when there is no private place for it. */
export function compileCacheDir(env, platform, home) {
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA;
    return local && path.win32.isAbsolute(local) ? path.win32.join(local, 'orglint', 'compile-cache') : undefined;
  }
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg && path.posix.isAbsolute(xdg) ? xdg : home && path.posix.isAbsolute(home) ? path.posix.join(home, '.cache') : undefined;
  return base && path.posix.join(base, 'orglint', 'compile-cache');
}

/**
 * Whether only `uid` (or root) can change what the folder `real` (a real path: no link in it) holds: it and each
 * folder above it is a folder owned by `uid` or root that neither its group nor others may write.
 */
export function privateFolder(real, uid, lstat = lstatSync) {
  for (let dir = real; ; dir = path.posix.dirname(dir)) {
    const st = lstat(dir);
    if (!st.isDirectory() || (st.uid !== uid && st.uid !== 0) || (st.mode & 0o022) !== 0) return false;
    if (path.posix.dirname(dir) === dir) return true;
  }
}

/**
 * Turn the cache on when this Node has it and the folder is private; returns the folder used, else undefined.
 * `deps` are the process's own unless a test gives others.
 */
export function enableOrglintCompileCache(deps) {
  const { module, env, platform, home, uid } = deps;
  try {
    if (typeof module.enableCompileCache !== 'function' || env.NODE_COMPILE_CACHE || env.NODE_DISABLE_COMPILE_CACHE) return undefined;
    // not on CI: a job's home folder is often restored from a shared cache (actions/cache), files that then belong
    // to the job's user and pass the owner check; the cache is for the runs a developer repeats (pre-commit)
    if (env.CI || env.GITHUB_ACTIONS) return undefined;
    const dir = compileCacheDir(env, platform, home);
    if (!dir) return undefined;
    const lstat = deps.lstat ?? lstatSync;
    const realpath = deps.realpath ?? realpathSync;
    const posix = platform !== 'win32';
    // nothing is made under a folder that is not private
    if (posix && (typeof uid !== 'number' || !privateFolder(realpath(existingAncestor(dir, lstat)), uid, lstat))) return undefined;
    (deps.mkdir ?? mkdirSync)(dir, { recursive: true, mode: 0o700 });
    // Node is given the folder that was checked (its real path): a link on the way could be changed after the check
    const real = posix ? realpath(dir) : dir;
    if (posix && !privateFolder(real, uid, lstat)) return undefined;
    const result = module.enableCompileCache(real);
    return result && typeof result === 'object' && result.status === module.constants?.compileCacheStatus?.ENABLED ? real : undefined;
  } catch {
    return undefined;
  }
}

/** `dir`, or the nearest folder above it that exists */
function existingAncestor(dir, lstat) {
  for (let d = dir; ; d = path.posix.dirname(d)) {
    try {
      lstat(d);
      return d;
    } catch {
      if (path.posix.dirname(d) === d) return d;
    }
  }
}
