import { escapeControls } from '../formatters/types';
import type { LoadedFile, SkipCode } from '../sources/load';
import type { PathArg } from './files';
import { LINK_ELSEWHERE, LINK_LOOP, LINK_NOWHERE, LINK_OTHER } from './walk-links';

/** A command-line path or glob that gave no file to lint, and why. */
export interface Unmatched {
  arg: string;
  kind: PathArg['kind'];
  /** what to print: names the argument and why it gave nothing */
  message: string;
  /**
   * candidates the walk found and would not read (symbolic links, FIFOs, devices; not files the config ignores):
   * deploy-cli may read what orglint refused, so `--pass-on-empty` does not pass over them (cli/nothing-linted.ts)
   */
  refused: number;
}

/** The arguments none of whose files is linted, each with a message that says why. */
export function unmatchedArgs(args: readonly PathArg[], linted: ReadonlySet<string>, loaded: readonly ({ file: string; status: string } | Extract<LoadedFile, { status: 'skipped' }>)[]): Unmatched[] {
  const why = new Map<string, string>();
  // what kind of skip each is (load.ts SkipCode), counted by it: never by the words of its reason
  const codes = new Map<string, SkipCode>();
  for (const l of loaded) {
    if (l.status !== 'skipped' || !('reason' in l)) continue;
    why.set(l.file, l.reason);
    if (l.code) codes.set(l.file, l.code);
  }
  const out: Unmatched[] = [];
  // the messages, one per argument (pushed as written, so docs/errors.md can list each)
  const notes: string[] = [];
  for (const a of args) {
    if (a.files.some((f) => linted.has(f))) continue;
    const name = escapeControls(a.arg);
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    if (a.kind === 'file' && a.files.length) notes.push(`${name}: not tenant configuration: ${why.get(a.files[0]) ?? 'it could not be read'}`);
    else if (a.kind === 'file') notes.push(`${name}: ignored by the config's ignore patterns`);
    else if (a.kind === 'glob' && !a.files.length && !a.left.size) notes.push(`no file matches the glob ${name}`);
    else {
      const detail: string[] = [];
      const coded = (code: SkipCode) => a.files.filter((f) => codes.get(f) === code).length;
      // (a name deploy-cli or Terraform does not read for the case of its extension: load.ts `extensionCase`)
      const cased = coded('extension-case');
      // (`Tenant.json`, `Terraform.tfvars` on a file system that tells case apart: deploy-cli.ts `fixedNameCase`)
      const named = coded('name-case');
      // (a glob's `copy.TF`, `.old.tf`, `main.tf~`: named like Terraform configuration, not read by Terraform, as a
      // named one says: module-file-names.ts `notReadByTerraform`)
      const terraform = coded('not-read-by-terraform') + (a.unread?.length ?? 0);
      const other = a.files.length - cased - named - (terraform - (a.unread?.length ?? 0));
      if (other) detail.push(`${count(other, 'file')} read: none is a deploy-cli export, Management API dump, PATCH payload, HAR capture or Terraform plan or configuration`);
      if (cased) detail.push(`${count(cased, 'file')} with an extension not in lower case, which deploy-cli and Terraform do not read: rename ${cased === 1 ? 'it' : 'them'} to end in .json, .yaml, .yml or .tf.json`);
      if (named) {
        detail.push(
          `${count(named, 'file')} named like a file deploy-cli or Terraform opens by its exact name (tenant.json, prompts.json, database.json, terraform.tfvars) but for the letter case, which this file system tells apart, so ${named === 1 ? 'it is' : 'they are'} not read (--debug says which)`,
        );
      }
      if (terraform) detail.push(`${count(terraform, 'file')} Terraform does not read with ${terraform === 1 ? 'its' : 'their'} folder's module (a name that starts with ".", ends with "~", starts and ends with "#", or does not end in exactly .tf or .tf.json; --debug says which)`);
      for (const [reason, n] of a.left) detail.push(LEFT_WORDS[reason]?.(n) ?? `${count(n, 'file')}: ${reason}`);
      if (!detail.length) detail.push('it holds no .yaml, .yml, .json, .har or .tf file');
      notes.push(`no tenant configuration found in ${a.kind === 'glob' ? `the files matching ${name}` : name} (${detail.join('; ')})`);
    }
    let refused = 0;
    for (const [reason, n] of a.left) if (!UNREAD_BY_DEPLOY_CLI.has(reason)) refused += n;
    out.push({ arg: a.arg, kind: a.kind, message: notes[notes.length - 1], refused });
  }
  return out;
}

const LEFT_WORDS: Record<string, (n: number) => string> = {
  'ignored by the config': (n) => `${n} ${n === 1 ? 'file' : 'files'} left out by the config's ignore patterns`,
  [LINK_ELSEWHERE]: (n) => `${n} symbolic ${n === 1 ? 'link' : 'links'} to a path outside the repository or in a dot folder of it, not read (name ${n === 1 ? 'its target' : 'their targets'} to lint ${n === 1 ? 'it' : 'them'})`,
  [LINK_NOWHERE]: (n) => `${n} symbolic ${n === 1 ? 'link' : 'links'} that ${n === 1 ? 'leads' : 'lead'} nowhere`,
  [LINK_LOOP]: (n) => `${n} symbolic ${n === 1 ? 'link' : 'links'} back to a folder the walk is in`,
  [LINK_OTHER]: (n) => `${n} symbolic ${n === 1 ? 'link' : 'links'} to something that is not a regular file or folder`,
  'not a regular file (a FIFO, socket or device)': (n) => `${n} ${n === 1 ? 'entry' : 'entries'} not a regular file (a FIFO, socket or device)`,
};

/** what a walk left that deploy-cli does not read either: `--pass-on-empty` may pass over these (cli/nothing-linted.ts) */
const UNREAD_BY_DEPLOY_CLI = new Set(['ignored by the config', LINK_NOWHERE, LINK_LOOP, LINK_OTHER]);
