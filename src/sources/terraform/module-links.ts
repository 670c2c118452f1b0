import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { readTextFileSync, type ReadResult } from '../read-file';

/**
 * A module's file that is a symbolic link (a shared `override.tf` or `providers.tf` linked into each module, as
 * teams do). Terraform follows it: the file is part of the module. orglint reads it too, but only where reading it
 * shows nothing the repository does not already hold: its real path must be a regular file inside the repository
 * holding the module (the nearest folder with `.git`; outside a checkout, the module folder itself). A link
 * elsewhere (`override.tf -> ~/.aws/credentials` in a pull request) is never read: it is a read-error finding,
 * and what it sets is unknown, never a guess. orglint writes no file through a link: a fix in such a file is left
 * to the user (see `linkFixLeft`).
 */

/** the files of a module that Terraform reads: `.tf`, `.tf.json` and the variables files it loads by name */
export const MODULE_FILE = /(\.tf(\.json)?|^terraform\.tfvars(\.json)?|\.auto\.tfvars(\.json)?)$/i;

const LINK_OUTSIDE =
  'not read: a symbolic link to a file outside the repository; Terraform reads it as part of the module, so what it sets is unknown here (orglint follows the links of a module only to files inside its repository)';
const LINK_NOWHERE = 'cannot read file: a symbolic link whose target does not exist (or links that loop); Terraform cannot read it either';

/** The repository holding `folder` (the nearest folder with `.git`), else the folder: real paths. */
function trustedRoot(folder: string): string {
  for (let d = folder; ; ) {
    if (existsSync(path.join(d, '.git'))) return realOrSelf(d);
    const up = path.dirname(d);
    if (up === d) return realOrSelf(folder);
    d = up;
  }
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** The real path of a link, or undefined when it leads nowhere. */
export function linkTarget(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/** Read a module file that is a symbolic link (its real path as `target`), or say why it is not read. */
export function readModuleLink(file: string, maxSize: number | undefined): ReadResult & { target?: string } {
  const target = linkTarget(file);
  if (!target) return { ok: false, rule: 'read-error', message: LINK_NOWHERE };
  const root = trustedRoot(path.dirname(file));
  if (target !== root && !target.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) return { ok: false, rule: 'read-error', message: LINK_OUTSIDE };
  // (as a listed file: never a link followed again, a FIFO or a device never waited on)
  const read = readTextFileSync(target, maxSize, true);
  return read.ok ? { ...read, target } : read;
}

/** Why a fix in a file read through a link is not made. */
export function linkFixLeft(file: string, target: string): string {
  const shown = path.relative(path.dirname(file), target) || target;
  return `${path.basename(file)} is a symbolic link (to ${shown}): orglint writes no file through a link, change that file by hand`;
}
