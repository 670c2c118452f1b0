import path from 'node:path';
import { isModuleConfigName } from './module-file-names';

/**
 * Is the file a Terraform override file (`override.tf`, `*_override.tf`, their `.tf.json` forms)? Case counts, as
 * in Terraform (`baseName == "override" || strings.HasSuffix(baseName, "_override")`): `Override.tf` or
 * `main_OVERRIDE.tf` is a primary file, and a resource it declares again is a duplicate, not an override. A file
 * Terraform does not read at all (`.old_override.tf`, module-file-names.ts) is no override either.
 */
export const isOverride = (file: string) => {
  const name = path.basename(file);
  return /(^|_)override\.tf(\.json)?$/.test(name) && isModuleConfigName(name);
};
