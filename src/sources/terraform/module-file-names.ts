import path from 'node:path';
import { differsOnlyInCase, isSameFile } from '../same-file';

/**
 * Which files of a folder Terraform reads as its module, by name alone, as Terraform lists them
 * (internal/configs/parser_config_dir.go): a configuration file ends in exactly `.tf` or `.tf.json` (case
 * sensitive: `copy.TF` and `Main.Tf` are not), and no file is read whose name starts with `.` (a hidden file),
 * ends with `~` (an editor's backup) or starts and ends with `#` (an editor's autosave). The variables files it
 * reads from the folder are `terraform.tfvars` and `terraform.tfvars.json`, then every name ending in exactly
 * `.auto.tfvars` or `.auto.tfvars.json` (command/meta.go: no name is ignored there). The first two it opens by
 * their fixed names (`os.Stat(DefaultVarsFilename)`, then the `.json` one: internal/command/meta_vars.go:64,68-69),
 * so the file system finds them, and a case-insensitive one gives `Terraform.tfvars` for `terraform.tfvars`; the
 * `.auto.tfvars` names are listed and compared as strings (`isAutoVarFile`, meta_vars.go:73-77), whatever the file
 * system. The module loader, the module
 * assembly, the folder walk and the sniffs all ask these, so a file is part of a module for every one or for none.
 */

/** Why Terraform skips a file of this name (a base name, no folder) whatever it ends in, or undefined. */
function ignoredBecause(name: string): string | undefined {
  if (name.startsWith('.')) return 'whose name starts with "." (a hidden file)';
  if (name.endsWith('~')) return 'whose name ends with "~" (an editor\'s backup)';
  if (name.startsWith('#') && name.endsWith('#')) return 'whose name starts and ends with "#" (an editor\'s autosave)';
  return undefined;
}

/** Is `name` (a base name) a configuration file of its folder's module for Terraform: `main.tf`, `main.tf.json`? */
export function isModuleConfigName(name: string): boolean {
  return (name.endsWith('.tf') || name.endsWith('.tf.json')) && ignoredBecause(name) === undefined;
}

/** Is `name` a variables file Terraform reads from the module folder (`terraform.tfvars`, `prod.auto.tfvars`)? */
export function isModuleVarsName(name: string): boolean {
  return name === 'terraform.tfvars' || name === 'terraform.tfvars.json' || name.endsWith('.auto.tfvars') || name.endsWith('.auto.tfvars.json');
}

/** A file of a module: a configuration file or a variables file Terraform reads with it. */
export function isModuleFileName(name: string): boolean {
  return isModuleConfigName(name) || isModuleVarsName(name);
}

/** how notReadByTerraform's reasons start (a skip of this kind has the code `not-read-by-terraform`, load.ts) */
export const NOT_READ_BY_TERRAFORM = "Terraform does not read it with its folder's module";

/** a name that would be a configuration file's but for its case or an editor's marks (`copy.TF`, `main.tf~`, `#main.tf#`) */
const LOOKS_CONFIG = /\.tf(\.json)?$/i;

/**
 * Why Terraform does not read a file whose name looks like a configuration file's (`.old.tf`, `copy.TF`,
 * `main.tf~`, `#main.tf#`, `Main.Tf.json`), in words a user can act on; undefined for a name Terraform reads, or
 * one that does not look like Terraform configuration at all.
 */
export function notReadByTerraform(name: string): string | undefined {
  const bare = name.replace(/~+$/, '').replace(/^#(.*)#$/s, '$1');
  if (!LOOKS_CONFIG.test(bare) || isModuleConfigName(name)) return undefined;
  const ignored = ignoredBecause(name);
  const why = ignored ? `it skips every file ${ignored}` : `it reads only names that end in exactly ".tf" or ".tf.json" (lower case), and this one ends in "${LOOKS_CONFIG.exec(name)?.[0] ?? ''}"`;
  return `${NOT_READ_BY_TERRAFORM}: ${why}`;
}

/** the variables files Terraform opens by a fixed name, in the order it reads them */
const FIXED_VARS = ['terraform.tfvars', 'terraform.tfvars.json'] as const;

/** The fixed variables name (`terraform.tfvars`, `terraform.tfvars.json`) `name` is in another letter case, or undefined. */
export function fixedVarsNameOf(name: string): string | undefined {
  if (name.length !== 16 && name.length !== 21) return undefined;
  return FIXED_VARS.find((n) => differsOnlyInCase(name, n));
}

/** Why Terraform does not load `name` (`Terraform.tfvars`) as the fixed variables file `fixed` on this file system. */
export function fixedVarsCaseReason(name: string, fixed: string): string {
  return `the name ${name} is not ${fixed}: Terraform loads ${fixed} by that exact name, and on this file system ${fixed} is not this file (letter case counts here), so ${name}'s values apply only as a -var-file (--var-file here; rename it to ${fixed})`;
}

/**
 * The fixed variables files of a module folder whose files are `names`, as Terraform opens them, under the names
 * they have in the folder: `terraform.tfvars` when listed, or a name that differs from it only in letter case
 * (`Terraform.tfvars`) when the file system gives that file for it (one stat pair, for such a name only; listed
 * with the fixed name too, as a hard link is, the one file is read once, under the other name: what a
 * case-insensitive file system lists); then `terraform.tfvars.json` likewise.
 */
export function fixedVarsNames(folder: string, names: readonly string[]): string[] {
  const out: string[] = [];
  for (const fixed of FIXED_VARS) {
    const exact = names.includes(fixed);
    const other = names.find((n) => differsOnlyInCase(n, fixed) && isSameFile(path.join(folder, fixed), path.join(folder, n)));
    if (other !== undefined) out.push(other);
    else if (exact) out.push(fixed);
  }
  return out;
}
