import path from 'node:path';
import { directoryTenantRoot } from '../sources/deploy-cli/deploy-cli';
import { folderAndName, lastSeparator, type TargetFile } from './files';

/**
 * The targets of a run in groups that share no tenant, each linted (and released) on its own: the files of one
 * deploy-cli directory export (its root), the `.tf`, `.tf.json` and `.tfvars` files of one Terraform module
 * folder, and every other file alone (a tenant.yaml, a dump, a payload, a HAR, a plan are each their own tenant).
 * Groups keep the order of their first target; targets keep their order within a group.
 */
export function groupTargets(targets: readonly TargetFile[]): TargetFile[][] {
  const groups = new Map<string, TargetFile[]>();
  // a directory export holds thousands of files in a few folders: find each folder's key once (and use the one
  // string, whose hash the map keeps)
  const keyOfFolder = new Map<string, string>();
  const last: LastFolder = { folder: '', key: '' };
  for (const t of targets) {
    const key = groupKey(t.file, keyOfFolder, last);
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()];
}

const TERRAFORM = /\.(tf|tf\.json|tfvars|tfvars\.json)$/i;
const JSON_FILE = /\.json$/i;

/** the folder of the export file before (not a tenant.json) and its key: a walk gives a folder's files one after the other */
interface LastFolder {
  folder: string;
  key: string;
}

/**
 * The tenant a file can belong to before it is read: the tenant keys the sources give (see `Contribution`). A
 * file alone is keyed by its path (no path holds a NUL), a module folder by `tf` NUL folder, an export by `dir`
 * NUL root.
 */
function groupKey(file: string, keyOfFolder: Map<string, string>, last: LastFolder): string {
  // a module folder's .tf and .tf.json files, and the variables files it reads, are one module
  if (TERRAFORM.test(file)) {
    const folder = path.dirname(file);
    let key = keyOfFolder.get(`tf\u0000${folder}`);
    if (key === undefined) keyOfFolder.set(`tf\u0000${folder}`, (key = `tf\u0000${folder}`));
    return key;
  }
  if (JSON_FILE.test(file)) {
    // (a file right inside the last folder of export files, told without cutting its name: that folder's key)
    const cut = lastSeparator(file);
    if (cut !== -1 && cut === last.folder.length && file.startsWith(last.folder) && !file.endsWith('/tenant.json')) return last.key;
    // a tenant.json shares its folder with files that are not the export's
    const parts = folderAndName(file);
    const tenantJson = parts.name === 'tenant.json';
    const folder = tenantJson ? file : parts.folder;
    let key = keyOfFolder.get(folder);
    if (key === undefined) {
      // only an export file's root keys its folder: a file that is none says nothing of the folder's others
      // (deploy-cli writes prompts/custom-text.json beside prompts/prompts.json, which belongs to the export)
      const root = directoryTenantRoot(file);
      if (!root) return file;
      keyOfFolder.set(folder, (key = `dir\u0000${root}`));
    }
    if (!tenantJson && cut !== -1) [last.folder, last.key] = [folder, key];
    return key;
  }
  return file;
}
