import path from 'node:path';
import { directoryTenantRoot } from '../sources/deploy-cli/deploy-cli';
import type { TargetFile } from './files';

/**
 * The targets of a run in groups that share no tenant, each linted (and released) on its own: the files of one
 * deploy-cli directory export (its root), the `.tf` files of one Terraform module folder, and every other file
 * alone (a tenant.yaml, a dump, a payload, a HAR, a plan are each their own tenant). Groups keep the order of
 * their first target; targets keep their order within a group.
 */
export function groupTargets(targets: readonly TargetFile[]): TargetFile[][] {
  const groups = new Map<string, TargetFile[]>();
  // a directory export holds thousands of files in a few folders: find each folder's tenant root once
  const rootOfFolder = new Map<string, string | null>();
  for (const t of targets) {
    const key = groupKey(t.file, rootOfFolder);
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()];
}

/** The tenant a file can belong to before it is read: the tenant keys the sources give (see `Contribution`). */
function groupKey(file: string, rootOfFolder: Map<string, string | null>): string {
  if (/\.json$/i.test(file)) {
    // a tenant.json shares its folder with files that are not the export's
    const folder = path.basename(file) === 'tenant.json' ? file : path.dirname(file);
    let root = rootOfFolder.get(folder);
    if (root === undefined) rootOfFolder.set(folder, (root = directoryTenantRoot(file)));
    if (root) return `dir\u0000${root}`;
  }
  if (/\.tf$/i.test(file)) return `tf\u0000${path.dirname(file)}`;
  return `file\u0000${file}`;
}
