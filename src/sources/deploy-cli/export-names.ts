/**
 * The names deploy-cli (auth0/auth0-deploy-cli, src/context/directory/handlers/) reads a directory export by, in
 * the two ways it finds a file:
 *
 * - listed: `getFiles(folder, ['.json'])` lists a folder with `readdirSync` (no name left out: a hidden
 *   `clients/.Old App.json` too) and keeps a name whose `path.extname` is `.json`, compared as a string
 *   (src/utils.ts:31-39; clients.ts:26, clientGrants.ts:28, organizations.ts:17, connections.ts:31), so
 *   `clients/App.JSON` is never read, whatever the file system, and `clients/.json` neither (its extname is '');
 * - by a fixed name: `path.join(folder, 'tenant.json')` then `isFile` (tenant.ts:14-16), `prompts.json` likewise
 *   (prompts.ts:26,42), and each `database-connections/NAME/database.json` read as joined (databases.ts:39,43):
 *   the file system finds the name, so on a case-insensitive one `Tenant.JSON` is read as `tenant.json`.
 *
 * Kept apart from deploy-cli.ts so the folder walk can ask them without loading the source kinds.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { differsOnlyInCase } from '../same-file';

/** the folders whose `.json` files deploy-cli lists, each holding one resource a file (and `connections`, below) */
export const LISTED_FOLDERS = ['clients', 'grants', 'client-grants', 'organizations'] as const;

/** the folder of connections deploy-cli lists too (read only in a folder that is an export: it is a common name) */
export const CONNECTIONS_FOLDER = 'connections';

/** the folder of database connections, one subfolder each (deploy-cli lists its subfolders: databases.ts:93-96) */
export const DATABASES_FOLDER = 'database-connections';

/**
 * The names orglint reads that deploy-cli opens by a fixed name: `tenant.json` (the export root),
 * `prompts/prompts.json`, `database-connections/NAME/database.json` (and the older `settings.json`, read the same way).
 */
export const FIXED_NAMES = ['tenant.json', 'prompts.json', 'database.json', 'settings.json'] as const;

/** Whether a hidden name is one deploy-cli's getFiles keeps in a listed folder: `.Old App.json`, not `.json`. */
export function isHiddenListedJson(name: string): boolean {
  // (path.extname of `.json` is '', of `..json` is `.json`; the case of the extension is the loader's to explain)
  return name.length > 5 && name.charCodeAt(0) === 46 && /\.json$/i.test(name);
}

/** the lengths of FIXED_NAMES: a name of another length is none of them in any case */
const FIXED_LENGTH: boolean[] = [];
for (const n of FIXED_NAMES) FIXED_LENGTH[n.length] = true;

/** The fixed name (FIXED_NAMES) `name` is in some letter case, or undefined (nearly every name: by its length first). */
export function fixedNameOf(name: string): string | undefined {
  if (!FIXED_LENGTH[name.length]) return undefined;
  for (const n of FIXED_NAMES) if (name === n || differsOnlyInCase(name, n)) return n;
  return undefined;
}

/**
 * Whether a folder holds one of LISTED_FOLDERS (a folder, links followed): what makes it a directory export. Asked
 * with `stat`s only (a real path out of the repository is asked too, and nothing of it is read).
 */
export function hasExportFolder(dir: string): boolean {
  return LISTED_FOLDERS.some((f) => {
    try {
      return statSync(path.join(dir, f)).isDirectory();
    } catch {
      return false;
    }
  });
}
