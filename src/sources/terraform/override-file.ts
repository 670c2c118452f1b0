import path from 'node:path';

/**
 * Is the file a Terraform override file (`override.tf`, `*_override.tf`, their `.tf.json` forms)? Case counts, as
 * in Terraform (`baseName == "override" || strings.HasSuffix(baseName, "_override")`): `Override.tf` or
 * `main_OVERRIDE.tf` is a primary file, and a resource it declares again is a duplicate, not an override.
 */
export const isOverride = (file: string) => /(^|_)override\.tf(\.json)?$/.test(path.basename(file));
