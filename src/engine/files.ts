import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { mayList, recordFolder } from './folder-guard';
import { walkedLink } from './walk-links';
import { notReadByTerraform } from '../sources/terraform/module-file-names';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { MissingPathError, UsageError } from '../cli/io';
import { checkGlob, GlobError, globMatcher, isGlobPattern } from './glob';
import { namedFileTarget, realOrSelf, shellWord } from '../sources/named-links';
import { CONNECTIONS_FOLDER, DATABASES_FOLDER, fixedNameOf, hasExportFolder, isHiddenListedJson, LISTED_FOLDERS } from '../sources/deploy-cli/export-names';
import { forgetSameFiles, isSameFile } from '../sources/same-file';

/** (thrown here for a path that does not exist; declared with the CLI's other errors) */
export { MissingPathError };

/**
 * path.dirname and path.basename of a file's path at once, by its last separator (thousands of files a run are
 * grouped by folder); a path that ends in a separator, or none past its first two characters, goes to path.
 */
export function folderAndName(file: string): { folder: string; name: string } {
  const cut = lastSeparator(file);
  if (cut < 0) return { folder: path.dirname(file), name: path.basename(file) };
  return { folder: file.slice(0, cut), name: file.slice(cut + 1) };
}

/** `folderAndName(file).folder`, without making the name */
export function folderOf(file: string): string {
  const cut = lastSeparator(file);
  return cut < 0 ? path.dirname(file) : file.slice(0, cut);
}

/** where a plain POSIX path's folder ends, or -1 where path.dirname must decide (a root, a trailing `/`, Windows) */
export function lastSeparator(file: string): number {
  const cut = path.sep === '/' ? file.lastIndexOf('/') : -1;
  return cut <= 1 || cut === file.length - 1 ? -1 : cut;
}

/**
 * The bytes of the paths a command line names, when every one is a regular file (read before the walk, to size
 * the run); undefined when one is a folder, a glob or missing (the walk decides what it holds). Stops adding once
 * the total reaches `enough`.
 */
export function namedFileBytes(cwd: string, paths: readonly string[], enough = Infinity): number | undefined {
  let bytes = 0;
  for (const p of paths) {
    let st;
    try {
      st = statSync(path.resolve(cwd, p));
    } catch {
      return undefined;
    }
    if (!st.isFile()) return undefined;
    bytes += st.size;
    if (bytes >= enough) return bytes;
  }
  return bytes;
}

/** A file to lint and how it was found. */
export interface TargetFile {
  file: string;
  /** named on the command line rather than found by walking a folder or matched by a glob */
  explicit: boolean;
  /**
   * found by a walk as a symbolic link (or in a linked folder the walk followed) whose real path is inside the
   * repository: read as a named file is (named-links.ts), since deploy-cli reads through it
   */
  linked?: boolean;
}

/** One command-line path or glob, and what it gave: the run reports an argument that gave nothing to lint. */
export interface PathArg {
  arg: string;
  kind: 'file' | 'folder' | 'glob';
  /** absolute files it contributed (before loading: some may turn out not to be tenant configuration) */
  files: string[];
  /** why files it reached were not taken (ignored, links, devices), counted by reason */
  left: Map<string, number>;
  /**
   * files a walk passed over that are named like Terraform configuration and that Terraform does not read with their
   * folder's module (`.old.tf`, `copy.TF`, `main.tf~`), with why: said when nothing of the argument is linted, as a
   * named one is (unmatched.ts), never counted as refused (Terraform does not read them either)
   */
  unread?: { file: string; why: string }[];
}

/** A folder's entries by kind (links not followed), as one `readdir` gave them. */
export interface FolderListing {
  files: string[];
  dirs: string[];
  /** symbolic links (what they point to is not known without following them) */
  links: string[];
}

/**
 * The folders a walk listed, by path (normalised, no trailing separator), and the folders listed since: each
 * folder of a run is listed once, and the directory-export siblings are found from these listings.
 */
export type FolderListings = Map<string, FolderListing>;

/** One `readdir` of a folder, split by kind; throws as readdirSync does. */
function readListing(dir: string): FolderListing {
  const files: string[] = [];
  const dirs: string[] = [];
  const links: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isFile()) files.push(e.name);
    else if (e.isDirectory()) dirs.push(e.name);
    else if (e.isSymbolicLink()) links.push(e.name);
  }
  return { files, dirs, links };
}

const EMPTY: { files: string[]; dirs: string[] } = Object.freeze({ files: [], dirs: [] }) as { files: string[]; dirs: string[] };

/**
 * A folder's regular files and subfolders (links not followed), from the run's listings when it has one, else
 * listed now (and kept). A folder its parent's listing shows is not there (nor a link, nor a folder of another
 * case of the same name) is empty without asking the file system again, as a `readdir` would find it.
 */
export function listFolder(dir: string, listings?: FolderListings): { files: string[]; dirs: string[] } {
  let listing = listings?.get(dir);
  if (listing) return listing;
  if (listings) {
    const cut = dir.lastIndexOf(path.sep);
    const parent = listings.get(cut === 0 ? path.sep : dir.slice(0, cut));
    if (parent && cut !== -1 && cut < dir.length - 1) {
      const name = dir.slice(cut + 1);
      // (a case-insensitive file system finds `Clients` as `clients`: only a name no entry matches in any case is surely absent)
      const same = (n: string) => n === name || n.toLowerCase() === name.toLowerCase();
      if (!parent.dirs.some(same) && !parent.links.some(same)) return EMPTY;
    }
  }
  // (recorded before its readdir, as the walk does: the files read from this listing are guarded, folder-guard.ts;
  // a folder that is a link out of the repository is not listed at all)
  if (listings ? !recordFolder(listings, dir) : !mayList(dir)) return EMPTY;
  try {
    listing = readListing(dir);
  } catch {
    return EMPTY;
  }
  listings?.set(dir, listing);
  return listing;
}

/**
 * What a folder walk takes, as a glob (the fast-glob pattern the walk was written against; walk.test.ts compares
 * them). `.yaml`, `.yml`, `.json` and `.har` in any case, as a named file is read: the loader decides what a name
 * in another case than lower case is (load.ts `extensionCase`: deploy-cli and Terraform do not read `App.JSON`,
 * `tenant.YML`, `x.Tf.Json`, and `--debug` says so; a dump or a HAR capture is read), so a walk and a run naming
 * the same files agree. `.tf` is Terraform's exact suffix.
 */
export const WALK_PATTERN = '**/*.{[yY][aA][mM][lL],[yY][mM][lL],[jJ][sS][oO][nN],[hH][aA][rR],tf}';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
/** a name the walk takes (WALK_PATTERN's last segment: `*` matches no leading dot) */
const WALKED_NAME = /^[^.].*\.(?:[yY][aA][mM][lL]|[yY][mM][lL]|[jJ][sS][oO][nN]|[hH][aA][rR]|tf)$/s;

const IGNORED = 'ignored by the config';
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
  forgetSameFiles();
  const rel = relativeTo(ignoreBase);
  const out = new Map<string, TargetFile>();
  // (each folder's fixed name, `DIR/tenant.json`, to the first file taken by a letter case of it)
  const fixedTaken = new Map<string, string>();
  const args: PathArg[] = [];
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    const arg: PathArg = { arg: p, kind: 'file', files: [], left: new Map() };
    args.push(arg);
    const skip = (file: string, reason: string) => {
      arg.left.set(reason, (arg.left.get(reason) ?? 0) + 1);
      onSkip?.(file, reason);
    };
    const unread = (file: string, why: string) => {
      if (!(ignore.length && isIgnored(rel(file)))) (arg.unread ??= []).push({ file, why });
    };
    // (a second name of a file taken under another: said with --debug, never counted as left)
    const alias = (file: string, why: string) => onSkip?.(file, why);
    const take = (file: string, explicit: boolean, linked = false) => {
      if (ignore.length && isIgnored(rel(file))) return skip(file, IGNORED);
      // (one file by two letter cases of a fixed name, both named, as `pre-commit run --all-files` names a hard
      // link's two names: linted once, as the walk lints it, under the name that is not the fixed one)
      const base = file.slice(file.lastIndexOf(path.sep) + 1);
      const fixed = fixedNameOf(base);
      if (fixed !== undefined) {
        const key = file.slice(0, file.length - base.length) + fixed;
        const prev = fixedTaken.get(key);
        // (two walked names the walk itself told apart: dropSecondNames; its answer is the loader's to reuse)
        if (prev !== undefined && prev !== file && out.has(prev) && (explicit || out.get(prev)!.explicit) && isSameFile(prev, file)) {
          const prevBase = prev.slice(prev.lastIndexOf(path.sep) + 1);
          if (prevBase === fixed && base !== fixed) {
            const was = out.get(prev)!;
            out.delete(prev);
            out.set(file, { ...was, file, explicit: was.explicit || explicit });
            fixedTaken.set(key, file);
            for (const a of args) a.files = a.files.map((f) => (f === prev ? file : f));
            arg.files.push(file);
            return alias(prev, sameFileWhy(base));
          }
          arg.files.push(prev);
          return alias(file, sameFileWhy(prevBase));
        }
        if (prev === undefined) fixedTaken.set(key, file);
      }
      arg.files.push(file);
      if (explicit || !out.has(file)) out.set(file, linked && !explicit ? { file, explicit, linked } : { file, explicit });
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
            if ('refused' in namedFileTarget(e.path)) take(e.path, true);
            else walkFolder(e.path, take, skip, isIgnored, rel, ignore.length > 0, listings, unread, alias);
          } else if (walked.some((w) => e.path.startsWith(w + path.sep))) continue;
          // (a glob's fixed part is read as named, through a link too: bounded as a named path is, named-links.ts)
          else if (e.dirent.isFile()) take(e.path, 'refused' in namedFileTarget(e.path));
          else if (e.dirent.isSymbolicLink()) {
            // (as a walk meets one: walk-links.ts; a Terraform file's link is read with its module)
            // (a glob takes a regular file of any name it matches, and so a link to one inside the repository)
            const link = walkedLink(e.path, path.dirname(e.path), true);
            if (link.kind === 'file') take(e.path, false, true);
            else if (link.kind === 'folder') {
              walked.push(e.path);
              walkFolder(e.path, take, skip, isIgnored, rel, ignore.length > 0, listings, unread, alias);
            } else if (link.kind === 'refused') take(e.path, true);
            else if (link.kind === 'left') skip(e.path, link.reason);
          } else skip(e.path, DEVICE);
        }
        continue;
      }
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new MissingPathError(p);
      // unreadable or a link loop: let the loader report it as a read-error finding
      arg.files.push(abs);
      out.set(abs, { file: abs, explicit: true });
      continue;
    }
    // (a named folder reached through a link outside the repository is not walked: named, its read-error says so)
    if (info.isDirectory() && !('refused' in namedFileTarget(abs))) {
      arg.kind = 'folder';
      walkFolder(abs, take, skip, isIgnored, rel, ignore.length > 0, listings, unread, alias);
    } else take(abs, true);
  }
  return { targets: [...out.values()], args, listings };
}

/**
 * `path.relative(base, file)` with `/`: the config's globs match it. A file below `base` (what a walk finds) is
 * the rest of its path, without resolving both again for each of ten thousand files.
 */
function relativeTo(base: string): (file: string) => string {
  const from = path.resolve(base);
  const prefix = from.endsWith(path.sep) ? from : from + path.sep;
  const posix = path.sep === '/';
  // (a path with `.` or `..` segments, or doubled or trailing separators, takes the long way)
  const plain = (file: string) => !file.includes('/.') && !file.includes('//') && !file.endsWith('/');
  return (file) => (posix && file.startsWith(prefix) && plain(file) ? file.slice(prefix.length) : path.relative(from, file).split(path.sep).join('/'));
}

/**
 * Walk a folder as fast-glob walks WALK_PATTERN without following links (walk.test.ts holds the two side by
 * side), each folder listed once and its listing kept for the run (`listings`): regular files found go to `take`
 * (sorted), links and devices to `skip`, a folder that cannot be listed to `take` (the loader reports it).
 *
 * What the pattern takes: a name ending in .yaml, .yml, .json or .har (in any case) or .tf that does not start with a dot, in no
 * dot folder. What is listed: every folder but node_modules and .git (below a dot folder, where `**` does not
 * reach, those too), and no link. Beyond the pattern, what deploy-cli reads that it would leave (export-names.ts):
 * the hidden `.json` files of the folders deploy-cli lists whole (`clients/.Old App.json`: getFiles lists with
 * readdirSync and filters by path.extname alone, src/utils.ts:31-39), and the `database.json` of a hidden folder of
 * an export's database-connections/ (databases.ts:93-96 keeps every subfolder). Of one file listed under a fixed
 * name and another case of it (a hard link), only the other name is taken (dropSecondNames).
 */
function walkFolder(
  abs: string,
  take: (file: string, explicit: boolean, linked?: boolean) => void,
  skip: (file: string, reason: string) => void,
  isIgnored: (rel: string) => boolean,
  rel: (f: string) => string,
  hasIgnore: boolean,
  listings: FolderListings,
  unread: (file: string, why: string) => void,
  alias: (file: string, why: string) => void,
): void {
  const passedOver: { file: string; why: string }[] = [];
  // a folder the walk cannot read would hide its files: note it, and report it as a target that fails to read
  const unreadable: string[] = [];
  const found: string[] = [];
  const left: { file: string; reason: string }[] = [];
  // links: files read through them, links refused where deploy-cli reads, the real paths of linked folders walked
  const linkedFiles = new Set<string>();
  const refused: string[] = [];
  // (folders listed below a followed link: links into one chain of folders, or a tree of links to links, list
  // the same folders again and again, so their number is bounded)
  let throughLinks = 0;
  const join = (dir: string, name: string) => (dir.endsWith(path.sep) ? dir + name : dir + path.sep + name);
  // the folders being walked, each with what it holds to take or walk, in the order of their paths (see
  // `inPathOrder`), so the files are found sorted; a stack, not recursion: a hostile tree may be thousands of
  // folders deep. A folder below a dot folder matches nothing, but is listed all the same.
  const stack: { dir: string; inDot: boolean; linked: boolean; linkedDirs?: Set<string>; next: string[]; at: number; real?: string }[] = [];
  // the real paths of the folders the walk is in (the stack is the chain of folders above the one listed), asked
  // only when a link is met there
  const within = () => stack.map((e) => (e.real ??= realOrSelf(e.dir)));
  const list = (dir: string, inDot: boolean, linked: boolean, hiddenDatabase = false) => {
    let entries: Dirent[];
    if (linked && ++throughLinks > MAX_LINKED_LISTINGS) {
      throw new UsageError(`${shellWord(abs)}: more than ${MAX_LINKED_LISTINGS.toLocaleString('en-US')} folders reached through symbolic links (links into one another, or into one chain of folders); orglint stops rather than list them all: name the real folders, or add the links to ignore in the config`);
    }
    // (a folder below the one named that is now a link out of the repository or into a dot folder of it: swapped
    // after its parent was listed, or re-pointed after walkedLink followed it. Not listed at all, as the guard has
    // no identity of it to find changed: a read-error that names where it leads. The folder named was checked as
    // a named path is, and is listed as it was named.)
    if (!recordFolder(listings, dir) && dir !== abs) {
      refused.push(dir);
      return;
    }
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') unreadable.push(dir);
      return;
    }
    const listing: FolderListing = { files: [], dirs: [], links: [] };
    listings.set(dir, listing);
    const next: string[] = [];
    // deploy-cli lists this folder's files, hidden ones too (`clients/.Old App.json`: export-names.ts)
    const hidden = !inDot && listedByDeployCli(dir, listings);
    /** names taken that are a fixed name (`tenant.json`) in some letter case, when any */
    let fixed: string[] | undefined;
    let links: string[] | undefined;
    let linkedDirs: Set<string> | undefined;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      const name = e.name;
      // (a hidden folder of database-connections/: its database.json only, as deploy-cli reads it)
      const matches = hiddenDatabase ? isDatabaseMeta(name) : !inDot && (WALKED_NAME.test(name) || (hidden && isHiddenListedJson(name)));
      if (e.isFile()) {
        listing.files.push(name);
        if (matches) {
          next.push(name);
          if (fixedNameOf(name)) (fixed ??= []).push(name);
        } else if (!inDot && TF_LIKE.test(name)) {
          // (`.old.tf`, `copy.TF`, `main.tf~`: not taken, and said why when the walk lints nothing)
          const why = notReadByTerraform(name);
          if (why) passedOver.push({ file: join(dir, name), why });
        }
      } else if (e.isDirectory()) {
        listing.dirs.push(name);
        // (below a hidden database folder, as below a dot folder: listed, nothing taken)
        if (inDot || hiddenDatabase || (name !== 'node_modules' && name !== '.git')) next.push(name + path.sep);
      } else if (e.isSymbolicLink()) {
        // a link in a pull request could point anywhere (/etc, ~/.ssh): followed only into the repository, as a
        // named path is (walk-links.ts); a module's linked .tf files are read with their module (module-links.ts)
        listing.links.push(name);
        // (a Terraform file's link too: a module whose main.tf is a link is read through it, as Terraform does)
        // (not in a dot folder, nor one named as the folders a walk never enters)
        if (!inDot && name !== 'node_modules' && name !== '.git') (links ??= []).push(name);
      } else if (matches) left.push({ file: join(dir, name), reason: DEVICE });
    }
    // (in the order of their names, not readdir's: the same links are met in the same order every run)
    if (links) {
      for (const name of links.sort()) {
        const full = join(dir, name);
        const link = walkedLink(full, dir, hiddenDatabase ? isDatabaseMeta(name) : !inDot && (WALKED_NAME.test(name) || (hidden && isHiddenListedJson(name))), within);
        if (link.kind === 'file') {
          linkedFiles.add(full);
          next.push(name);
        } else if (link.kind === 'folder') {
          (linkedDirs ??= new Set()).add(name);
          next.push(name + path.sep);
        } else if (link.kind === 'refused') refused.push(full);
        else if (link.kind === 'left') left.push({ file: full, reason: link.reason });
      }
    }
    if (fixed && fixed.length > 1) dropSecondNames(dir, fixed, next, join, alias);
    stack.push({ dir, inDot: inDot || hiddenDatabase, linked, linkedDirs, next: inPathOrder(next), at: 0 });
  };
  list(abs, false, false);
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.at === top.next.length) {
      stack.pop();
      continue;
    }
    const key = top.next[top.at++];
    // (a folder's key ends with the separator, which no name holds)
    if (!key.endsWith(path.sep)) found.push(join(top.dir, key));
    else {
      const name = key.slice(0, -path.sep.length);
      const sub = join(top.dir, name);
      const linked = top.linked || top.linkedDirs?.has(name) === true;
      // (deploy-cli reads a hidden database-connections/.Old DB/database.json too: databases.ts:93-96)
      if (!top.inDot && name.charCodeAt(0) === 46 && databasesOfExport(top.dir, listings)) list(sub, false, linked, true);
      else list(sub, top.inDot || name.charCodeAt(0) === 46, linked);
    }
  }
  for (const dir of unreadable.sort()) {
    if (hasIgnore && isIgnored(rel(path.join(dir, 'x.yaml')))) skip(dir, IGNORED);
    else take(dir, true);
  }
  left.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const l of left) skip(l.file, l.reason);
  // (a refused link is read as a named path is, which reads none of it and says why: a read-error)
  for (const r of refused.sort()) take(r, true);
  // (found in the order of their paths: what sorting them gives)
  if (linkedFiles.size === 0) for (let i = 0; i < found.length; i++) take(found[i], false);
  else for (let i = 0; i < found.length; i++) take(found[i], false, linkedFiles.has(found[i]));
  for (const p of passedOver.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) unread(p.file, p.why);
}

/** why a second name of one file is not taken: the name it is taken under */
function sameFileWhy(kept: string): string {
  return `the same file as ${kept} (one file by two names that differ only in letter case, as a hard link or a case-insensitive file system gives): linted once, as ${kept}`;
}

/**
 * One file listed under two names of a fixed name's (`tenant.json` and `tenant.JSON`: a hard link; a
 * case-insensitive file system lists one name only) is taken once, under the name that is not the fixed one (what
 * such a file system lists, and the name the loader decides by, deploy-cli.ts `fixedNameCase`): the fixed name is
 * dropped from `next` when `stat` gives the same file for both. Two files of those names (a case-sensitive file
 * system) are both taken, as before. Asked only of a folder listing two such names.
 */
function dropSecondNames(dir: string, names: string[], next: string[], join: (dir: string, name: string) => string, alias: (file: string, why: string) => void): void {
  // (the name each fixed name's file is taken under: the first listed other name that is the same file, as the
  // loader's fixedNameIn picks it; a third name of the same file, `TENANT.json` beside `Tenant.JSON` and
  // `tenant.json`, is dropped too, or the one file was linted twice, each finding said twice)
  const keptAs = new Map<string, string>();
  for (const name of names) {
    const fixed = fixedNameOf(name);
    if (fixed === undefined || fixed === name || !names.includes(fixed)) continue;
    // (the answer is kept for the loader's question about this file: one stat pair for it in the run)
    if (!isSameFile(join(dir, fixed), join(dir, name), true)) continue;
    const first = keptAs.get(fixed);
    if (first === undefined) keptAs.set(fixed, name);
    const [gone, kept] = first === undefined ? [fixed, name] : [name, first];
    const at = next.indexOf(gone);
    if (at === -1) continue;
    next.splice(at, 1);
    alias(join(dir, gone), sameFileWhy(kept));
  }
}

const LISTED = new Set<string>(LISTED_FOLDERS);

/** `database.json` (or the older `settings.json`) in some letter case: what a database folder is read for */
function isDatabaseMeta(name: string): boolean {
  const f = fixedNameOf(name);
  return f === 'database.json' || f === 'settings.json';
}

/**
 * Whether deploy-cli lists the files of this folder with getFiles (a hidden one is read too): `clients/`,
 * `grants/`, `client-grants/`, `organizations/` (the loader reads any such folder as an export's), and `connections/`
 * of a folder that is an export (it has one of the others). Asked once per folder listed, by its name first.
 */
function listedByDeployCli(dir: string, listings: FolderListings): boolean {
  const { folder, name } = folderAndName(dir);
  if (LISTED.has(name)) return true;
  return name === CONNECTIONS_FOLDER && isExport(folder, listings);
}

/** Whether `dir` is database-connections/ of an export (its hidden subfolders are read by deploy-cli). */
function databasesOfExport(dir: string, listings: FolderListings): boolean {
  const { folder, name } = folderAndName(dir);
  return name === DATABASES_FOLDER && isExport(folder, listings);
}

/** Whether a folder holds clients/, grants/, client-grants/ or organizations/ (deploy-cli.ts `isExportRoot`), by its listing when the walk made one. */
function isExport(dir: string, listings: FolderListings): boolean {
  const listing = listings.get(dir);
  if (listing) return listing.dirs.some((d) => LISTED.has(d)) || listing.links.some((d) => LISTED.has(d));
  // (the folder named on the command line is connections/ itself: its parent was not listed)
  return hasExportFolder(dir);
}


/**
 * The most folders a walk lists below the links it follows: a tenant's linked `clients/` is a few folders, fifty
 * tenants sharing a linked tree of a hundred folders five thousand; a pull request of links into one another could
 * otherwise make a walk list a chain N times (N links, N² listings) or a tree of links 2^N times.
 */
export const MAX_LINKED_LISTINGS = 20_000;


/** a name that may be one notReadByTerraform explains (a cheap test before it, for each file a walk does not take) */
const TF_LIKE = /\.tf(\.json)?[~#]*$/i;

/**
 * A folder's files to take (their names) and folders to walk (their names and the separator), in the order their
 * paths sort in: every path below a folder `x` starts with `x/`, and no name holds a `/`, so comparing a file's
 * name with `x/` orders it against all of them as their whole paths compare (`x.json` < `x/…` < `x0.json`), and
 * two folders' paths compare as their names with the `/`. Taking the files and walking the folders in this order
 * finds the files sorted, with no sort of the whole list (each of thousands of paths compared through its long
 * common prefix).
 */
function inPathOrder(keys: string[]): string[] {
  return keys.sort();
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
