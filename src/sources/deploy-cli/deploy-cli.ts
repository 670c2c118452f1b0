import path from 'node:path';
import type { Resource } from '../../rule-api/resource';
import type { ResourceKind } from '../../rule-api/tenant-model';
import type { Origin, ResourceType, Span } from '../../rule-api/types';
import type { SourceDocument } from '../document';
import type { Contribution, SourceKind } from '../source-kind';
import { endsWithName } from '../file-name';
import { isPlain, resourceAt, resourceName, type Plain } from '../plain-object';
import { isPlaceholder } from '../keywords';
import { differsOnlyInCase, isSameFile } from '../same-file';
import { FIXED_NAMES, fixedNameOf, hasExportFolder } from './export-names';

/** Objects of a list at `key` of the root, as resources. */
export function listResources(doc: SourceDocument, root: Plain, key: string, type: ResourceType, origin: Origin, meta?: Record<string, unknown>): Resource[] {
  const list = root[key];
  if (!Array.isArray(list)) return [];
  const out: Resource[] = [];
  list.forEach((item, i) => {
    if (isPlain(item)) out.push(resourceAt(type, resourceName(type, item, `${key}[${i}]`), item, doc, [key, i], origin, false, meta));
  });
  return out;
}

// the keys may be quoted (`"clients":`), as YAML allows; a file the sniff misses is skipped unchecked
const DEPLOY_CLI_KEYS = /^\{?[ \t]*(["']?)(clients|clientGrants|organizations)\1[ \t]*:/m;

/** tenant.yaml keys that hold a list, and the kind each lists */
const YAML_LISTS: [key: string, type: ResourceType, kind: ResourceKind][] = [
  ['clients', 'client', 'client'],
  ['clientGrants', 'clientGrant', 'clientGrant'],
  ['organizations', 'organization', 'organization'],
  ['connections', 'connection', 'connection'],
  ['databases', 'connection', 'database'],
];

/** tenant.yaml keys that hold one settings object */
const YAML_SETTINGS: [key: string, type: ResourceType, kind: ResourceKind][] = [
  ['prompts', 'prompts', 'prompts'],
  ['tenant', 'tenantSettings', 'tenantSettings'],
];

/**
 * auth0-deploy-cli YAML export: a root mapping with `clients`, `clientGrants` or `organizations`; its
 * `connections`, `databases`, `prompts` and `tenant` are read for the rules that look across the tenant.
 */
export const deployCliYaml: SourceKind = {
  name: 'deploy-cli-yaml',
  format: 'yaml',
  sniff: (file, text) => (endsWithName(file, '.yaml') || endsWithName(file, '.yml')) && DEPLOY_CLI_KEYS.test(text),
  extract(doc, file): Contribution {
    const root = doc.value;
    if (!isPlain(root)) return { tenantKey: file, resources: [], absentCause: 'absent' };
    const resources: Resource[] = [];
    const lists: ResourceKind[] = [];
    for (const [key, type, kind] of YAML_LISTS) {
      if (!Array.isArray(root[key])) continue;
      lists.push(kind);
      // one by one: spreading a huge list into push overflows the call stack
      for (const r of listResources(doc, root, key, type, 'deploy-cli-yaml', kind === 'database' ? { database: true } : undefined)) resources.push(r);
    }
    const parsed = doc.problems.length === 0;
    for (const [key, type, kind] of YAML_SETTINGS) {
      const v = root[key];
      if (!isPlain(v)) {
        // `prompts: [..]`, `tenant: classic`: deploy-cli cannot deploy it, and the login it sets is unknown (an
        // empty `prompts:` is nothing set, as deploy-cli takes it)
        if (v !== undefined && v !== null && parsed && !isPlaceholder(v)) {
          doc.problems.push({ message: `expected a mapping under ${key}, not ${kindOf(v)}: deploy-cli reads ${key} as one object`, span: doc.locate([key], 'value') ?? { start: 0, end: 0 } });
        }
        continue;
      }
      lists.push(kind);
      resources.push(resourceAt(type, key, v, doc, [key], 'deploy-cli-yaml', false));
    }
    // a file that does not parse says nothing for sure about what the tenant holds
    return { tenantKey: file, resources, lists: doc.problems.length ? [] : lists, absentCause: 'absent' };
  },
};

/** the folders of a deploy-cli directory export that hold one resource a file, and the resource each holds */
export const DIRECTORY_FOLDERS: Record<string, ResourceType> = {
  clients: 'client',
  grants: 'clientGrant',
  'client-grants': 'clientGrant',
  organizations: 'organization',
};

/** where a file sits in a directory export: its tenant root and what it holds */
interface DirectoryPlace {
  root: string;
  type: ResourceType;
  kind: ResourceKind;
  database?: boolean;
}

const rootCache = new Map<string, boolean>();

/**
 * Is this folder a deploy-cli directory export (it has a clients, grants or organizations folder)? Files with
 * common names (`connections/*.json`, `tenant.json`, `prompts/prompts.json`) are read only there.
 */
function isExportRoot(dir: string): boolean {
  let yes = rootCache.get(dir);
  if (yes === undefined) {
    yes = hasExportFolder(dir);
    if (rootCache.size > 10_000) rootCache.clear();
    rootCache.set(dir, yes);
  }
  return yes;
}

/** the last file asked about and its place: a file is sniffed, then extracted, then its tenant root asked */
let lastFile: string | undefined;
let lastPlace: DirectoryPlace | null = null;

/** The place of a file inside a deploy-cli directory export, or null. */
export function directoryPlace(file: string): DirectoryPlace | null {
  if (file !== lastFile) {
    lastPlace = findPlace(file);
    lastFile = file;
  }
  return lastPlace;
}

/**
 * the last folder of DIRECTORY_FOLDERS a plain path was found in, and its place: a directory export's files come
 * folder by folder, and each of a folder's files has the place of the folder
 */
let lastFolder: string | undefined;
let lastFolderPlace: DirectoryPlace | null = null;

function findPlace(file: string): DirectoryPlace | null {
  lastCase = undefined;
  if (!endsWithName(file, '.json')) return null;
  // an absolute, normalised POSIX path (what the walk and the command line give) is cut at its slashes;
  // anything else goes through `path`
  const plain = file.charCodeAt(0) === 47 && path.sep === '/' && !file.includes('//') && !file.includes('/.');
  // (a file right inside the last such folder: what CUT.dirname gives for it is that folder)
  if (plain && lastFolder !== undefined && file.lastIndexOf('/') === lastFolder.length && file.startsWith(lastFolder)) return lastFolderPlace;
  const { dirname, basename } = plain ? CUT : path;
  const dir = dirname(file);
  const folder = basename(dir);
  // own keys only: a folder named `constructor` or `__proto__` is not one of them
  if (Object.prototype.hasOwnProperty.call(DIRECTORY_FOLDERS, folder)) {
    const type = DIRECTORY_FOLDERS[folder];
    const place: DirectoryPlace = { root: dirname(dir), type, kind: type as ResourceKind };
    if (plain) {
      lastFolder = dir;
      lastFolderPlace = place;
    }
    return place;
  }
  if (folder === 'connections' && isExportRoot(dirname(dir))) return { root: dirname(dir), type: 'connection', kind: 'connection' };
  const base = basename(file);
  const name = fixedNameOf(base);
  if (name === undefined) return null;
  let place: DirectoryPlace | null = null;
  // (by its exact name, as deploy-cli joins it: handlers/databases.ts:39; the siblings are listed so, too)
  if ((name === 'database.json' || name === 'settings.json') && basename(dirname(dir)) === 'database-connections') {
    const root = dirname(dirname(dir));
    if (isExportRoot(root)) place = { root, type: 'connection', kind: 'database', database: true };
  } else if (name === 'tenant.json' && isExportRoot(dir)) place = { root: dir, type: 'tenantSettings', kind: 'tenantSettings' };
  else if (name === 'prompts.json' && folder === 'prompts' && isExportRoot(dirname(dir))) place = { root: dirname(dir), type: 'prompts', kind: 'prompts' };
  if (place === null || base === name) return place;
  // `Tenant.JSON`: deploy-cli opens `tenant.json`, and reads this file when the file system gives it for that name
  // (a case-insensitive one does); one stat pair, for such a name only
  const read = isSameFile(plain ? dir + '/' + name : path.join(dir, name), file);
  lastCase = { file, fixed: name, read };
  return read ? place : null;
}

/** the last file whose name differs only in case from a fixed name at its place, and whether deploy-cli reads it */
let lastCase: { file: string; fixed: string; read: boolean } | undefined;

/**
 * For a file whose name differs only in letter case from one deploy-cli opens by a fixed name, where that name
 * would be read (`Tenant.json` at an export's root, `prompts/Prompts.JSON`, `database-connections/x/Database.json`):
 * that name, and whether deploy-cli reads this file as it (the file system gives this file for the fixed name).
 * Undefined for any other file. Asked of the place the loader finds for the file (one stat pair).
 */
export function fixedNameCase(file: string): { fixed: string; read: boolean } | undefined {
  // (the place of the last file asked is kept, and lastCase is that file's when it is such a name)
  directoryPlace(file);
  return lastCase?.file === file ? { fixed: lastCase.fixed, read: lastCase.read } : undefined;
}

/** Why deploy-cli does not read a file whose name is one it opens by a fixed name but for its letter case. */
export function fixedNameCaseReason(file: string, fixed: string): string {
  const base = path.basename(file);
  return `the name ${base} is not ${fixed}: deploy-cli opens ${fixed} by that exact name, and on this file system ${fixed} is not this file (letter case counts here), so deploy-cli does not read it (rename it to ${fixed})`;
}

/** `path.dirname` and `path.basename` of an absolute POSIX path without `//`, `/.` or a trailing slash */
const CUT = {
  dirname: (p: string): string => {
    const i = p.lastIndexOf('/');
    return i <= 0 ? '/' : p.slice(0, i);
  },
  basename: (p: string): string => p.slice(p.lastIndexOf('/') + 1),
};

/** a resource's name when its file does not give one: the file's (a database's: its folder's) */
function fallbackName(place: DirectoryPlace, file: string): string {
  return place.database ? path.basename(path.dirname(file)) : path.basename(file, '.json');
}

/** The tenant root of a file inside a deploy-cli directory export, or null. */
export function directoryTenantRoot(file: string): string | null {
  return directoryPlace(file)?.root ?? null;
}

/**
 * Every file of a directory export orglint reads, beside the ones named: `clients/`, `grants/`,
 * `client-grants/`, `organizations/`, `connections/` (hidden files too, as deploy-cli lists them),
 * `database-connections/NAME/database.json` (or the older `settings.json`), `tenant.json` and
 * `prompts/prompts.json` (a fixed name in another letter case too, which the loader reads when the file system
 * gives it for the fixed name). `readDir` lists a folder's regular files and subfolders (empty when it cannot);
 * what it gives is not changed (the walk's listings are kept for the run).
 */
export function directoryFiles(
  root: string,
  readDir: (dir: string) => { files: readonly string[]; dirs: readonly string[] },
  /** the run's targets: a fixed-name file one of whose names is one is not given again */
  has?: (file: string) => boolean,
): string[] {
  const out: string[] = [];
  // an absolute, normalised root and the names a listing gives join plainly (not path.join for each of thousands of files)
  const plain = path.isAbsolute(root) && path.normalize(root) === root;
  const join = (dir: string, name: string) => (!plain ? path.join(dir, name) : dir.endsWith(path.sep) ? dir + name : dir + path.sep + name);
  for (const folder of [...Object.keys(DIRECTORY_FOLDERS), 'connections']) {
    const dir = join(root, folder);
    // `.json` exactly, as deploy-cli's getFiles keeps a name (see deployCliExtensionCase): not `App.JSON`, nor
    // `.json` (its path.extname is ''); a hidden `.Old App.json` is kept (export-names.ts)
    for (const n of [...readDir(dir).files].sort()) if (n.endsWith('.json') && n !== '.json') out.push(join(dir, n));
  }
  // a fixed name (`tenant.json`) in another letter case is the loader's to decide (fixedNameCase); none of the
  // names of the file (named `tenant.json` where `Tenant.JSON` is listed) is read twice
  const fixed = (dir: string, name: string) => {
    const got = fixedNameIn(readDir(dir).files, name, dir, join, has);
    if (got) out.push(join(dir, got));
    return got !== undefined;
  };
  const dbs = join(root, 'database-connections');
  for (const d of [...readDir(dbs).dirs].sort()) if (!fixed(join(dbs, d), 'database.json')) fixed(join(dbs, d), 'settings.json');
  fixed(root, 'tenant.json');
  fixed(join(root, 'prompts'), 'prompts.json');
  return out;
}

/**
 * The name of a folder's `fixed` file to read beside the named ones: `fixed` when listed; else a name that differs
 * from it only in letter case (the loader decides whether deploy-cli reads it); when both are listed (a hard link,
 * or two files on a case-sensitive file system), the other name if it is the same file (what a case-insensitive
 * file system lists), else `fixed`. Undefined when none is listed; null when one of them is a target already (`has`).
 */
function fixedNameIn(files: readonly string[], fixed: string, dir: string, join: (dir: string, name: string) => string, has?: (file: string) => boolean): string | null | undefined {
  let exact = false;
  let other: string | undefined;
  for (let i = 0; i < files.length; i++) {
    const n = files[i];
    if (n === fixed) exact = true;
    else if (other === undefined && differsOnlyInCase(n, fixed)) other = n;
  }
  if (other === undefined) return exact ? fixed : undefined;
  if (has && (has(join(dir, fixed)) || has(join(dir, other)))) return null;
  if (!exact) return other;
  return isSameFile(join(dir, fixed), join(dir, other)) ? other : fixed;
}

/**
 * Why deploy-cli does not read a file whose extension is `.json`, `.yaml` or `.yml` in another case than lower
 * case (`clients/App.JSON`, `tenant.YML`), when deploy-cli would read it under the lower-case name; undefined when
 * it would not read it either way, or reads it. deploy-cli compares listed names' extensions exactly
 * (auth0/auth0-deploy-cli): its directory handlers list `clients/`, `grants/`, `organizations/`, `connections/`
 * with `getFiles(folder, ['.json'])`, which keeps a name only when `path.extname` is one of those, exactly
 * (src/utils.ts:31-39, called at src/context/directory/handlers/clients.ts:26), whatever the file system;
 * `tenant.json`, `prompts/prompts.json` and `database.json` are joined by their lower-case names and read when
 * `isFile` says so (handlers/tenant.ts:14-16, prompts.ts:26,42, databases.ts:39), so the file system decides
 * whether `tenant.JSON` is read (fixedNameCase: a `name-case` skip when it is not); a YAML export is the file the
 * user names, read only when its `path.extname` is `.yaml` or `.yml`, else deploy-cli stops with "Unable to
 * determine context processor" (src/context/index.ts:262-267).
 */
export function deployCliExtensionCase(file: string, ext: string): { reason: string; code: 'extension-case' | 'name-case' } | undefined {
  const lower = ext.toLowerCase();
  if (lower === '.yaml' || lower === '.yml') {
    return { reason: `the extension ${ext} is not ${lower}: deploy-cli reads a YAML export only from a name ending in .yaml or .yml exactly, and refuses this one (rename it to end in ${lower})`, code: 'extension-case' };
  }
  if (lower !== '.json') return undefined;
  // (`tenant.JSON`: opened by its fixed name, so the file system decides, not the extension)
  const cased = fixedNameCase(file);
  if (cased) return cased.read ? undefined : { reason: fixedNameCaseReason(file, cased.fixed), code: 'name-case' };
  if (directoryPlace(file.slice(0, file.length - ext.length) + lower) === null) return undefined;
  return { reason: `the extension ${ext} is not .json: deploy-cli reads a directory export's files only by the exact extension .json, and skips this one (rename it to end in .json)`, code: 'extension-case' };
}

/** what a JSON value that is not an object is, in words (`[]`, `null`, `"classic"`) */
function kindOf(v: unknown): string {
  return Array.isArray(v) ? 'an array' : v === null ? 'null' : `a ${typeof v}`;
}

/** the text without its leading and trailing white space, as a span */
function trimmedSpan(text: string): Span {
  const start = Math.max(0, text.search(/\S/));
  return { start, end: Math.max(start, text.trimEnd().length) };
}

/** auth0-deploy-cli directory export: one resource a file, in the folders above; the folder is one tenant. */
export const deployCliDirectory: SourceKind = {
  name: 'deploy-cli-directory',
  format: 'json',
  sniff: (file) => directoryPlace(file) !== null,
  extract(doc, file) {
    const place = directoryPlace(file)!;
    const v = doc.value;
    // deploy-cli always writes an object; a parse error still belongs to the tenant
    if (!isPlain(v) && doc.problems.length === 0) {
      if (place.type !== 'prompts' && place.type !== 'tenantSettings') return null;
      // the tenant's one prompts.json or tenant.json: deploy-cli cannot deploy it, and the login it sets is unknown;
      // a file that is one keyword (`@@PROMPTS@@`) is replaced whole by the object its mapping gives, so it is valid
      // and what it sets is unknown
      if (isPlaceholder(v)) return { tenantKey: place.root, resources: [], lists: [], absentCause: 'absent' };
      doc.problems.push({ message: `expected a JSON object, not ${kindOf(v)}: deploy-cli reads this file as one object`, span: trimmedSpan(doc.text) });
      return { tenantKey: place.root, resources: [], lists: [], absentCause: 'absent', notAnObject: true };
    }
    let resources: Resource[] = [];
    if (isPlain(v)) {
      const name = place.type === 'prompts' ? 'prompts' : place.type === 'tenantSettings' ? 'tenant' : resourceName(place.type, v, () => fallbackName(place, file));
      // (a list of one made as one: a push would give each of thousands of files room for sixteen)
      resources = [resourceAt(place.type, name, v, doc, [], 'deploy-cli-directory', false, place.database ? { database: true } : undefined)];
    }
    return { tenantKey: place.root, resources, lists: doc.problems.length ? [] : [place.kind], absentCause: 'absent' };
  },
};
