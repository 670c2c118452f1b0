import { lstatSync } from 'node:fs';
import path from 'node:path';
import { boundTarget, linkTarget, namedFileTarget, namedLinkRefused, readNamedFile as readAnyNamedFile } from '../named-links';
import { readTextFileSync, type ReadResult } from '../read-file';

export { linkTarget };

/**
 * A module's file that is a symbolic link (a shared `override.tf` or `providers.tf` linked into each module, as
 * teams do). Terraform follows it: the file is part of the module. orglint reads it too, but only where reading it
 * shows nothing the repository does not already hold: its real path must be a regular file inside the repository
 * holding the module (the nearest folder with `.git`; outside a checkout, the module folder itself), in no folder
 * of it whose name starts with a dot (`.git/config` holds a remote's token, `.ssh/`, `.env/`, …), and named as
 * a Terraform file (`*.tf`, `*.tf.json`, `*.tfvars`, `*.tfvars.json`: a per-environment `prod.tfvars` linked as
 * `terraform.tfvars` is one). A link elsewhere (`override.tf -> ~/.aws/credentials` or `-> ../.git/config` in a
 * pull request) is never read, not a byte of it, named or not: it is a read-error finding, and what it sets is
 * unknown, never a guess. orglint writes no file through a link: a fix in such a file is left
 * to the user (see `linkFixLeft`).
 */

/** the files of a module that Terraform reads: `.tf`, `.tf.json` and the variables files it loads by name */
export const MODULE_FILE = /(\.tf(\.json)?|^terraform\.tfvars(\.json)?|\.auto\.tfvars(\.json)?)$/i;

const LINK_OUTSIDE =
  'not read: a symbolic link to a file outside the repository; Terraform reads it as part of the module, so what it sets is unknown here (orglint follows the links of a module only to files inside its repository)';
const LINK_HIDDEN =
  'not read: a symbolic link to a file in a folder of the repository whose name starts with a dot (.git, .ssh, ...), or not named as a Terraform file (*.tf, *.tf.json, *.tfvars); Terraform reads it as part of the module, so what it sets is unknown here';
/** the names a link's target may have: a module file's, or any variables file's (`env/prod.tfvars`) */
const TARGET_NAME = /\.(tf|tfvars)(\.json)?$/i;
const LINK_NOWHERE = 'cannot read file: a symbolic link whose target does not exist (or links that loop); Terraform cannot read it either';

/** The real path a module file's link may be read at, or why it is not read (asked before any read of it). */
function allowedTarget(file: string, named: boolean): { target: string } | (ReadResult & { ok: false }) {
  const target = linkTarget(file);
  if (!target) return { ok: false, rule: 'read-error', message: LINK_NOWHERE };
  const bound = boundTarget(file, target, 'folder');
  if (!('root' in bound)) return { ok: false, rule: 'read-error', message: bound.refused === 'outside' ? LINK_OUTSIDE : LINK_HIDDEN };
  if (!TARGET_NAME.test(path.basename(target))) return { ok: false, rule: 'read-error', message: LINK_HIDDEN };
  // (named: the bounds of every named file too, whose repository outside a checkout is the current folder)
  if (named) {
    const where = namedFileTarget(file);
    if (!('read' in where)) return namedLinkRefused(where);
  }
  return { target };
}

/** Read a module file that is a symbolic link (its real path as `target`), or say why it is not read. */
export function readModuleLink(file: string, maxSize: number | undefined, listed = true): ReadResult & { target?: string } {
  const allowed = allowedTarget(file, !listed);
  if (!('target' in allowed)) return allowed;
  // (listed, as the folder's file: never a link followed again, a FIFO or a device never waited on)
  const read = readTextFileSync(allowed.target, maxSize, listed);
  return read.ok ? { ...read, target: allowed.target } : read;
}

/**
 * Read a file named on the command line (sources/load.ts): a module file (`*.tf`, `terraform.tfvars`, …) that is
 * a symbolic link is held to a module link's rules, and to every named file's (named-links.ts), before a byte of
 * its target is read (a named `override.tf -> /proc/self/environ` is refused as outside the repository, not read
 * and found binary); any other named file to every named file's.
 */
export function readNamedFile(file: string, maxSize: number | undefined): ReadResult {
  if (MODULE_FILE.test(path.basename(file))) {
    let link = false;
    try {
      link = lstatSync(file).isSymbolicLink();
    } catch {
      // (not there: the read says so)
    }
    if (link) return readModuleLink(file, maxSize, false);
  }
  return readAnyNamedFile(file, maxSize);
}

/** Why a fix in a file read through a link is not made. */
export function linkFixLeft(file: string, target: string): string {
  const shown = path.relative(path.dirname(file), target) || target;
  return `${path.basename(file)} is a symbolic link (to ${shown}): orglint writes no file through a link, change that file by hand`;
}
