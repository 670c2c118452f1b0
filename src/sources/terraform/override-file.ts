import path from 'node:path';

/** Is the file a Terraform override file (`override.tf`, `*_override.tf`, their `.tf.json` forms)? */
export const isOverride = (file: string) => /(^|_)override\.tf(\.json)?$/i.test(path.basename(file));
