import path from 'node:path';
import type { SourceDocument } from '../document';
import { moduleOf } from './hcl-module';

/**
 * The files of the modules of `docs` that do not parse: a `.tf` or `.tf.json` file of the folder (one with no
 * Auth0 resource too: `variables.tf`, `locals.tf`) or a variables file read (`terraform.tfvars`, `*.auto.tfvars`,
 * their `.json` forms, `--var-file`). Their values are unknown to the module's resources, so they are reported
 * as part of the module linted, each with the folder (the tenant) it belongs to.
 */
export function brokenModuleFiles(docs: readonly SourceDocument[]): { doc: SourceDocument; folder: string }[] {
  const out = new Map<string, { doc: SourceDocument; folder: string }>();
  for (const d of docs) {
    const m = moduleOf.get(d);
    if (!m) continue;
    const folder = path.dirname(d.file);
    for (const doc of [...m.docs.values(), ...m.brokenVarFiles]) if (doc.problems.length && !out.has(doc.file)) out.set(doc.file, { doc, folder });
  }
  return [...out.values()];
}
