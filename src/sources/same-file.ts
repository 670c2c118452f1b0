import { statSync } from 'node:fs';

/**
 * Names that differ only in letter case from a name a tool opens by a fixed name (deploy-cli's `tenant.json`,
 * Terraform's `terraform.tfvars`), and whether the file system gives such a file for the fixed name. A
 * case-insensitive file system (macOS APFS and HFS+ by default, Windows NTFS) does: deploy-cli's
 * `isFile(path.join(folder, 'tenant.json'))` finds `Tenant.JSON` and reads it. It is decided by the file system
 * itself, not by the platform: the two names are one file when their `stat`s give the same device and inode (a
 * hard link on a case-sensitive file system is what a case-insensitive one shows for any case of a name).
 */

/** Whether `name` is `fixed` (lower case ASCII) in another letter case: `Tenant.JSON` for `tenant.json`. */
export function differsOnlyInCase(name: string, fixed: string): boolean {
  if (name.length !== fixed.length || name === fixed) return false;
  // (an ASCII first character that is not the fixed name's letter in either case: most names, told without a copy)
  const c = name.charCodeAt(0);
  if (c < 128 && (c | 32) !== fixed.charCodeAt(0)) return false;
  // (`ſ` and the Kelvin sign fold to `s` and `k` on such file systems; the stat decides in the end)
  return name.toLowerCase() === fixed || name.toUpperCase().toLowerCase() === fixed;
}

/**
 * Answers a folder walk found while choosing which name of one file to take (files.ts), each kept for the one
 * later question of the loader about the same pair (its file), then forgotten: one stat pair per such file in a
 * run. Cleared when a walk begins, so nothing outlives its run.
 */
const walked = new Map<string, boolean>();

/** Forget the walk's answers (a new run's walk begins). */
export function forgetSameFiles(): void {
  walked.clear();
}

/**
 * Whether the paths `a` and `b` name one regular file: the same device and inode (links followed, as the tool's
 * own `stat` and read follow them). False when either cannot be stat'ed. One `stat` of each, never remembered
 * beyond the run (a language server asks again after a rename): a walk's answer (`keep`) is given once more, to
 * the loader's question about the same pair, then forgotten.
 */
export function isSameFile(a: string, b: string, keep = false): boolean {
  // (either order: the walk asks fixed name first, a loader may ask the other way round)
  const key = a < b ? a + '\0' + b : b + '\0' + a;
  const known = walked.get(key);
  if (known !== undefined) {
    walked.delete(key);
    return known;
  }
  let same: boolean;
  try {
    const x = statSync(a, { bigint: true, throwIfNoEntry: false });
    const y = x?.isFile() ? statSync(b, { bigint: true, throwIfNoEntry: false }) : undefined;
    // (an inode of 0 is a file system that gives none: never taken as the same file)
    same = !!x && !!y && y.isFile() && x.ino !== 0n && x.dev === y.dev && x.ino === y.ino;
  } catch {
    same = false;
  }
  if (keep) walked.set(key, same);
  return same;
}
