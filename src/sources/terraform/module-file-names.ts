/**
 * Which files of a folder Terraform reads as its module, by name alone, as Terraform lists them
 * (internal/configs/parser_config_dir.go): a configuration file ends in exactly `.tf` or `.tf.json` (case
 * sensitive: `copy.TF` and `Main.Tf` are not), and no file is read whose name starts with `.` (a hidden file),
 * ends with `~` (an editor's backup) or starts and ends with `#` (an editor's autosave). The variables files it
 * reads from the folder are `terraform.tfvars` and `terraform.tfvars.json`, then every name ending in exactly
 * `.auto.tfvars` or `.auto.tfvars.json` (command/meta.go: no name is ignored there). The module loader, the module
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

/** how notReadByTerraform's reasons start (engine/unmatched.ts counts a glob's such files by it) */
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
