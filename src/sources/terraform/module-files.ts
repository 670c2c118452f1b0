import path from 'node:path';
import type { Resource } from '../../rule-api/resource';
import type { SourceDocument } from '../document';
import { moduleOf } from './hcl-module';

export { isOverride } from './override-file';

/** A file of a module that could not be read at all. */
export interface UnreadableModuleFile {
  file: string;
  rule: 'read-error' | 'file-too-large' | 'parse-error';
  message: string;
  folder: string;
}

/**
 * The files of the linted modules' folders named like Terraform configuration that Terraform does not read
 * (`.old.tf`, `copy.TF`, `main.tf~`: module-file-names.ts), each once, and why: `--debug` says why they were
 * skipped. `files`: the run's files read (named or walked); one of them is not listed (its own skip says why).
 */
export function moduleFilesNotRead(files: readonly { file: string; status: string; doc?: SourceDocument }[], context: readonly { status: string; doc?: SourceDocument }[]): { file: string; why: string }[] {
  const own = new Set(files.map((f) => f.file));
  const out = new Map<string, string>();
  for (const l of [...files, ...context]) {
    const m = l.status === 'loaded' && l.doc ? moduleOf.get(l.doc) : undefined;
    for (const n of m?.notRead ?? []) if (!own.has(n.file) && !out.has(n.file)) out.set(n.file, n.why);
  }
  return [...out].map(([file, why]) => ({ file, why }));
}

/** The Auth0 resources a module document holds (a linked `main.tf` a walk did not name holds some; a broken file none). */
export function moduleResources(doc: SourceDocument): Resource[] {
  return moduleOf.get(doc)?.resources.get(doc) ?? [];
}

/**
 * The files of the modules of `docs` that do not parse or cannot be read: a `.tf` or `.tf.json` file of the
 * folder (one with no Auth0 resource too: `variables.tf`, `locals.tf`) or a variables file read
 * (`terraform.tfvars`, `*.auto.tfvars`, their `.json` forms, `--var-file`). Their values are unknown to the
 * module's resources, so they are reported as part of the module linted, each with the folder (the tenant) it
 * belongs to. `broken` also holds the override files that set values of the module's resources: findings on
 * those values are in them, so they are linted files too (their directives apply) even when only the file they
 * override is named; their fixes are left then (orglint writes only the files it is handed: engine/unhanded-fixes.ts).
 */
export function brokenModuleFiles(docs: readonly SourceDocument[]): { broken: { doc: SourceDocument; folder: string }[]; unreadable: UnreadableModuleFile[] } {
  const broken = new Map<string, { doc: SourceDocument; folder: string }>();
  const unreadable = new Map<string, UnreadableModuleFile>();
  for (const d of docs) {
    const m = moduleOf.get(d);
    if (!m) continue;
    const folder = path.dirname(d.file);
    for (const doc of [...m.docs.values(), ...m.brokenVarFiles]) if (doc.problems.length && !broken.has(doc.file)) broken.set(doc.file, { doc, folder });
    for (const doc of [...m.overrideDocs, ...m.linkedDocs]) if (!broken.has(doc.file)) broken.set(doc.file, { doc, folder });
    for (const u of m.unreadable) if (!unreadable.has(u.file)) unreadable.set(u.file, { ...u, folder });
  }
  return { broken: [...broken.values()], unreadable: [...unreadable.values()] };
}
