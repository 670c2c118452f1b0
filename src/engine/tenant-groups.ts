import path from 'node:path';
import { directoryTenantRoot } from '../sources/deploy-cli/deploy-cli';
import { folderAndName, type TargetFile } from './files';

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
  for (const t of targets) {
    const key = groupKey(t.file, keyOfFolder);
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()];
}

/** `.tf`, `.tf.json`, `.tfvars`, `.tfvars.json`, in any case (what /\.(tf|tf\.json|tfvars|tfvars\.json)$/i matches) */
export function isTerraformFile(file: string): boolean {
  const n = file.length;
  if (endsWithLower(file, n, '.json')) return endsWithLower(file, n - 5, '.tf') || endsWithLower(file, n - 5, '.tfvars');
  return endsWithLower(file, n, '.tf') || endsWithLower(file, n, '.tfvars');
}

/** `.json` in any case (what /\.json$/i matches) */
export function isJsonFile(file: string): boolean {
  return endsWithLower(file, file.length, '.json');
}

/**
 * Whether `s` up to `end` ends with `suffix` (lower-case ASCII letters and dots) in any case. A regular
 * expression anchored at the end is tried at every `.` of the path; this reads the last few characters only,
 * once per target of a run.
 */
function endsWithLower(s: string, end: number, suffix: string): boolean {
  const from = end - suffix.length;
  if (from < 0) return false;
  for (let i = 0; i < suffix.length; i++) {
    const want = suffix.charCodeAt(i);
    const c = s.charCodeAt(from + i);
    // (ASCII letters only: without the `u` flag, /i never folds a non-ASCII character such as the Kelvin sign
    // or the long s onto an ASCII letter)
    if (c !== want && !(want >= 0x61 && want <= 0x7a && c === want - 0x20)) return false;
  }
  return true;
}

/**
 * The tenant a file can belong to before it is read: the tenant keys the sources give (see `Contribution`). A
 * file alone is keyed by its path (no path holds a NUL), a module folder by `tf` NUL folder, an export by `dir`
 * NUL root.
 */
function groupKey(file: string, keyOfFolder: Map<string, string>): string {
  // a module folder's .tf and .tf.json files, and the variables files it reads, are one module
  if (isTerraformFile(file)) {
    const folder = path.dirname(file);
    let key = keyOfFolder.get(`tf\u0000${folder}`);
    if (key === undefined) keyOfFolder.set(`tf\u0000${folder}`, (key = `tf\u0000${folder}`));
    return key;
  }
  if (isJsonFile(file)) {
    // a tenant.json shares its folder with files that are not the export's
    const parts = folderAndName(file);
    const folder = parts.name === 'tenant.json' ? file : parts.folder;
    let key = keyOfFolder.get(folder);
    if (key === undefined) {
      const root = directoryTenantRoot(file);
      keyOfFolder.set(folder, (key = root ? `dir\u0000${root}` : ''));
    }
    if (key) return key;
  }
  return file;
}
