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
