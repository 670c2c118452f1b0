import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { hasExportFolder, LISTED_FOLDERS } from '../sources/deploy-cli/export-names';
import { boundTarget, linkTarget } from '../sources/named-links';

/**
 * A symbolic link a folder walk meets. deploy-cli reads through links (its `isFile` and `isDirectory` are `stat`s,
 * auth0/auth0-deploy-cli src/utils.ts:9-33, and `getFiles` keeps what they accept), so a walk that skipped them
 * would pass a linked `clients/app.json` or a linked `clients/` folder unseen. A link is followed as a named path
 * is (named-links.ts): when its real path is inside the repository holding it and in no dot folder of it. One
 * that leads elsewhere is a read-error when it is a file of a name the walk reads (a YAML export, a directory
 * export's file, a HAR) or a folder deploy-cli reads (an export's `clients/`, …): a walk cannot vouch for what it
 * did not read. A folder of another name leading elsewhere is left with a reason (`--debug`): no tool reads
 * `docs/vendor/` as tenant configuration by its place.
 */
export type WalkedLink =
  /** a file inside the repository: taken, and read through its link */
  | { kind: 'file' }
  /** a folder inside the repository, not one the walk is already in (a loop): walked under the link's name */
  | { kind: 'folder' }
  /** outside the repository or in a dot folder of it, a file the walk would read or a folder deploy-cli reads: a `read-error` at the link */
  | { kind: 'refused' }
  /** not followed, for `reason` (`--debug`; and the count of a folder that gave nothing) */
  | { kind: 'left'; reason: string }
  /**
   * a link to a file whose name the walk does not take (`docs/README.md -> ../README.md`): passed over as a regular
   * file of that name is, wherever it leads (no tool reads it as tenant configuration; it is not a refused candidate)
   */
  | { kind: 'other-name' };

/** a Terraform configuration file's name */
const TERRAFORM_FILE = /\.tf(?:\.json)?$/;

/** the folders whose presence makes a folder a directory export (deploy-cli.ts isExportRoot) */
const ROOT_FOLDERS: readonly string[] = LISTED_FOLDERS;
/** the other folders deploy-cli reads in an export, and only there (a monorepo's `web/src/prompts/` is none of its) */
const IN_EXPORT_FOLDERS = new Set(['connections', 'database-connections', 'prompts']);


/**
 * Whether deploy-cli would read the folder `full` leads to: an export's `clients/`, `grants/`, `organizations/`
 * (which make their folder an export); its `connections/`, `prompts/`, `database-connections/` and each folder in
 * that; or a whole export (`tenants/prod -> /elsewhere/prod`, which `a0deploy --input_file tenants/prod` deploys).
 */
function deployCliReadsFolder(full: string, real: string): boolean {
  const name = path.basename(full);
  const parent = path.dirname(full);
  if (ROOT_FOLDERS.includes(name)) return true;
  if (IN_EXPORT_FOLDERS.has(name) && hasExportFolder(parent)) return true;
  if (path.basename(parent) === 'database-connections' && hasExportFolder(path.dirname(parent))) return true;
  return hasExportFolder(real);
}

export const LINK_NOWHERE = 'a symbolic link that leads nowhere (deploy-cli skips it too)';
export const LINK_LOOP = 'a symbolic link back to a folder the walk is in (a loop: not walked again)';
export const LINK_ELSEWHERE = 'a symbolic link to a path outside the repository or in a dot folder of it; not read (name its target to lint it)';
export const LINK_OTHER = 'a symbolic link to something that is not a regular file or folder';

/**
 * What to do with the link `full` (found in the folder `dir`, whose entry matched the walk's file names when
 * `matched` is true). `within`: the real paths of the folders the walk is in, above `dir`. Two links to one folder
 * (two tenants sharing a linked `clients/`) are both walked, each under its own name, as deploy-cli reads each
 * tenant's; the work a walk does through links is bounded by files.ts (MAX_LINKED_LISTINGS).
 */
export function walkedLink(full: string, dir: string, matched: boolean, within: () => readonly string[] = () => []): WalkedLink {
  const real = linkTarget(full);
  if (real === undefined) return { kind: 'left', reason: LINK_NOWHERE };
  let isDir: boolean;
  try {
    const st = statSync(real);
    if (!st.isDirectory() && !st.isFile()) return { kind: 'left', reason: LINK_OTHER };
    isDir = st.isDirectory();
  } catch {
    return { kind: 'left', reason: LINK_NOWHERE };
  }
  // (a file of another name is not tenant configuration; nor a folder in a folder no export has)
  if (!isDir && !matched) return { kind: 'other-name' };
  if ('refused' in boundTarget(full, real, 'cwd')) {
    // (a folder of `database-connections/`: deploy-cli lists its folders with a stat and reads each one's database.json)
    // a file of a name the walk reads (`tenant-prod.yaml`, `clients/x.json`, a HAR) may be what a tool deploys: a
    // walk cannot tell what a file it did not read holds, so it is a read-error wherever it is
    // (a Terraform file's link out of the repository is the module's to judge: module-links.ts reports it when the
    // module holds Auth0 resources, in Terraform's words)
    const whereDeployCliReads = isDir ? deployCliReadsFolder(full, real) : !TERRAFORM_FILE.test(full);
    return whereDeployCliReads ? { kind: 'refused' } : { kind: 'left', reason: LINK_ELSEWHERE };
  }
  if (!isDir) return { kind: 'file' };
  // a link back up (`loop -> ..`) or to a folder already walked through another link would walk a tree twice, or forever
  let here: string;
  try {
    here = realpathSync.native(dir);
  } catch {
    return { kind: 'left', reason: LINK_NOWHERE };
  }
  // (`within`: the real paths of the folders the walk is in above `dir`, which a link reached through another link
  // may lead back to: `tenant/x -> ../other`, `other/back -> ../tenant` walked tenant again as tenant/x/back/)
  const up = (d: string) => d === real || d.startsWith(real.endsWith(path.sep) ? real : real + path.sep);
  if (up(here) || within().some(up)) return { kind: 'left', reason: LINK_LOOP };
  return { kind: 'folder' };
}
