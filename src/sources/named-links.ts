import { existsSync, lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { readTextFileSync, type ReadResult } from './read-file';

/**
 * A file read through a symbolic link: a named `clients/evil.json -> /home/runner/.credentials` or
 * `tenant.yaml -> /proc/self/environ` in a pull request (the Action and the pre-commit hook name the files a
 * change touches), a file named through a linked folder (`linked/clients/x.json`, `linked -> ~`), a Terraform
 * module's linked `override.tf` (terraform/module-links.ts). Whatever orglint reads it may quote (a parse-error's
 * excerpt, a finding's source line) in a CI log, so a file whose real path differs from the path it is known by
 * is read only where reading it shows nothing the repository does not already hold: its real path must be inside
 * the repository holding the path as named and in no folder (nor be a file) of it whose name starts with a dot
 * (`.git/config` holds a remote's token; `.ssh/`, `.env`). Otherwise not a byte of it is read.
 *
 * The repository is the nearest folder above the path, as named, that holds `.git`, but never one reached through
 * a link below a further such folder: `repo/linked -> /home/runner/work/other` makes `repo/linked` look like a
 * checkout (`other/.git`), while the path is in `repo`'s. Nor one reached through a link below the current folder:
 * such a link is part of the tree being linted (a pull request's `vendor -> /other/checkout` in a CI job's tree
 * without `.git`), not the user's way to a checkout. Links at or above the current folder, and on the way to a
 * path outside it (a checkout kept under a linked folder, `~/work -> /mnt/data/work`, macOS's
 * `/tmp -> /private/tmp`), are the user's and are followed. Outside a checkout the
 * repository is, for a named file, the current folder when the path is below it (what the run was started in:
 * a CI job's tree without `.git`; never the file system's root, which would hold `/proc`), else the file's
 * folder as named; for a module's file, its module folder (`fallback`).
 */

/** Where the repository is looked for, outside a checkout: the current folder (named files) or the file's folder. */
export type RootFallback = 'cwd' | 'folder';

/** Why a file known through a link is not read. */
export interface LinkRefusal {
  refused: 'outside' | 'hidden';
  target: string;
}

/**
 * The path, as named, of the repository holding `folder` (see above): the nearest folder with `.git` with no
 * link between it and the outermost folder with `.git` above the path, none reached through a link below the
 * current folder; outside a checkout, the fallback.
 */
export function repositoryOf(folder: string, fallback: RootFallback): string {
  const chain = chainOf(folder);
  const found = checkoutIn(chain);
  if (found !== undefined) return found;
  if (fallback === 'cwd') {
    const cwd = process.cwd();
    if (cwd !== path.parse(cwd).root && treeEntry(chain, cwd) !== -1) return cwd;
  }
  return chain[0];
}

/**
 * The checkout holding `folder` (the path, as named, of its repository by the rule above), or undefined when
 * there is none: the one repository rule every caller asks (named files, the config's paths, a module's links).
 */
export function checkoutOf(folder: string): string | undefined {
  return checkoutIn(chainOf(folder));
}

/**
 * The index in `chain` (nearest first) of the outermost folder whose real path is the current folder (`cwd`,
 * physical, as Node gives it) or below it: where the path, as named, enters the tree; -1 when it never does.
 * A path lexically below the current folder enters it there at once (no system call for the usual relative path).
 */
function treeEntry(chain: readonly string[], cwd: string): number {
  // (the usual case without a system call: a path as named below the current folder enters the tree there, as the
  // folders above a physical current folder are no links)
  if (isBelow(chain[0], cwd)) return chain.indexOf(cwd);
  for (let k = chain.length - 1; k >= 0; k--) {
    if (isBelow(chain[k], cwd)) return k;
    const real = realOrSelf(chain[k]);
    if (real !== chain[k] && isBelow(real, cwd)) return k;
  }
  return -1;
}

/** whether `file`, as named, is in the current folder's tree (a link to the current folder on its way too) */
export function inCurrentTree(file: string, cwd = process.cwd()): boolean {
  return treeEntry(chainOf(path.dirname(path.resolve(file))), cwd) !== -1;
}

/** `folder` and every folder above it, nearest first */
function chainOf(folder: string): string[] {
  const chain: string[] = [];
  for (let d = path.resolve(folder); ; ) {
    chain.push(d);
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  return chain;
}

function checkoutIn(chain: readonly string[]): string | undefined {
  // a link below the current folder is the tree's own (a pull request may commit `vendor -> /other/checkout`): a
  // `.git` at or below it is the link's target's, never the repository of the tree being linted (outside a
  // checkout it would make that other checkout "the repository", and its files readable through the link). Links
  // at or above the current folder are the user's way to their checkout (`~/work -> /mnt/data/work`).
  // (the tree is entered where the path, as named, first really is the current folder or below it: a path named
  // through a link to the current folder, `$PWD/vendor/…` after `cd` through a link while Node's cwd is physical,
  // is in the tree as much as `vendor/…` is, and its `vendor` link is the tree's)
  const cwd = process.cwd();
  const entry = treeEntry(chain, cwd);
  let from = 0;
  for (let k = entry - 1; k >= 0; k--) {
    if (isLink(chain[k])) {
      from = k + 1;
      break;
    }
  }
  let top = -1;
  const git: boolean[] = [];
  for (let k = 0; k < chain.length; k++) {
    git.push(k >= from && existsSync(path.join(chain[k], '.git')));
    if (git[k]) top = k;
  }
  if (top === -1) return undefined;
  // (the folders from the nearest candidate up: a link at one of them, below the outermost candidate, makes
  // every candidate at or below it one that may be another checkout the link leads to)
  let lowestTrusted = top;
  for (let k = top - 1; k >= from; k--) if (isLink(chain[k])) break; else if (git[k]) lowestTrusted = k;
  return chain[lowestTrusted];
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/** whether `p` is `dir` or below it (both absolute, normalised) */
export function isBelow(p: string, dir: string): boolean {
  return p === dir || p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}

// (the system's realpath: one call for a named file's whole path, whatever its depth)
export function realOrSelf(p: string): string {
  try {
    return realpathSync.native(p);
  } catch {
    return p;
  }
}

/** The real path of a file, or undefined when it leads nowhere (a dangling link, a loop, not there). */
export function linkTarget(file: string): string | undefined {
  try {
    return realpathSync.native(file);
  } catch {
    return undefined;
  }
}

/**
 * Whether a real path may be read for a file known by another path (asked before any read of it): the real path
 * of the repository holding `file`, or why not. `target` is `file`'s real path.
 */
export function boundTarget(file: string, target: string, fallback: RootFallback): { root: string } | LinkRefusal {
  return within(target, realOrSelf(repositoryOf(path.dirname(path.resolve(file)), fallback)));
}

/** `boundTarget` once the repository's real path is known */
function within(target: string, root: string, hiddenName?: (name: string) => boolean): { root: string } | LinkRefusal {
  if (!isBelow(target, root)) return { refused: 'outside', target };
  // (the segments inside the repository: the checkout itself may sit under a dot folder, ~/.cache/ci/repo). A
  // caller may take a last segment a dot starts by its name (a config's `.orglint.yaml`), and then the folders
  // above it but `.git` (`.config/orglint.yaml`, `.github/orglint.yaml`; never `.git/config`)
  const segs = path.relative(root, target).split(path.sep);
  const last = segs[segs.length - 1];
  const ownName = hiddenName?.(last) === true;
  const folders = segs.slice(0, -1);
  if (ownName ? folders.some((seg) => seg === '.git' || seg === '.ssh') : segs.some((seg) => seg.startsWith('.'))) return { refused: 'hidden', target };
  return { root };
}

/**
 * Where a named file is read (sources/load.ts): its own path when no link lies on the way to it below its
 * repository, its checked real path when one does, or why it is not read at all.
 */
export function namedFileTarget(file: string, opts: { hiddenName?: (name: string) => boolean } = {}): { read: string } | LinkRefusal {
  const named = path.resolve(file);
  const target = linkTarget(named);
  // (not there, a loop, a dangling link: the read itself says so, and reads nothing)
  if (target === undefined || target === named) return { read: file };
  // in no checkout and not below the current folder: a path of the user's own, not a pull request's (a dotfile
  // manager's `~/.config/orglint.yaml -> ../.dotfiles/...` given with --config), read as named
  if (checkoutOf(path.dirname(named)) === undefined && !inCurrentTree(named)) return { read: file };
  const lexical = repositoryOf(path.dirname(named), 'cwd');
  const root = realOrSelf(lexical);
  // links only above the repository (a checkout under a linked folder): the file is where its name says
  if (target === path.join(root, path.relative(lexical, named))) return { read: file };
  const bound = within(target, root, opts.hiddenName);
  return 'root' in bound ? { read: target } : bound;
}

/**
 * A shell word for a path (quoted when it holds anything but the usual characters of a path). A control character
 * (a pull request's folder named `.h\n::error file=a::…`) is written as a `$'…'` escape, never as itself: a line
 * end in a message would start a workflow command in a CI log.
 */
export function shellWord(p: string): string {
  if (/^[\w@%+=:,./-]+$/.test(p)) return p;
  if (/[\u0000-\u001f\u007f-\u009f]/.test(p)) {
    return `$'${p.replace(/[\\']/g, '\\$&').replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}'`;
  }
  return `'${p.replace(/'/g, `'\\''`)}'`;
}

/** The finding for a named file that is not read through its link. */
export function namedLinkRefused(refusal: LinkRefusal): ReadResult & { ok: false } {
  const to = shellWord(refusal.target);
  if (refusal.refused === 'outside') {
    return {
      ok: false,
      rule: 'read-error',
      message: `not read: a symbolic link (this path, or a folder on its way) leads to ${to}, outside the repository; orglint follows the links of a named path only to files inside the repository holding it (a link in a pull request could point at a runner's credentials). To lint what it leads to, name that: orglint ${to}`,
    };
  }
  return {
    ok: false,
    rule: 'read-error',
    message: `not read: a symbolic link (this path, or a folder on its way) leads to ${to}, in a folder or file of the repository whose name starts with a dot (.git, .ssh, .env, ...); orglint follows the links of a named path only to the repository's other files. To lint what it leads to, name that: orglint ${to}`,
  };
}

/**
 * Read a file named on the command line (sources/load.ts): through a link only to a real path `namedFileTarget`
 * allows, and then the real path itself (the path checked is the path read).
 */
export function readNamedFile(file: string, maxSize: number | undefined): ReadResult {
  const where = namedFileTarget(file);
  if (!('read' in where)) return namedLinkRefused(where);
  return readTextFileSync(where.read, maxSize, false);
}
