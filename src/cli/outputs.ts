import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { boundTarget, inCurrentTree, isBelow, linkTarget, namedFileTarget, repositoryOf, shellWord, type LinkRefusal } from '../sources/named-links';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { secretsOf } from '../engine/positions';
import { maskKnown } from '../engine/redact';
import type { SourceDocument } from '../sources/document';
import { didYouMean } from '../rule-api/helpers';
import { FORMATTERS, type FormatInput } from '../formatters/index';
import { UsageError, type CliIO } from './io';

/** Every value the documents hold as a secret (see redact.ts), longest first, for the outputs to mask. */
export function docsSecrets(docs: Iterable<SourceDocument>): string[] {
  const all = new Set<string>();
  for (const d of docs) for (const s of secretsOf(d)) all.add(s);
  return [...all].sort((a, b) => b.length - a.length);
}

/**
 * The secrets as each format writes them (secret-forms.ts), longest first: loaded only when there are secrets.
 */
export async function escapedForms(secrets: readonly string[]): Promise<string[]> {
  const { secretForms } = await import('../formatters/secret-forms');
  return secretForms(secrets);
}

/** One `-f NAME[=FILE]`. */
export interface OutputSpec {
  format: string;
  file?: string;
  /** the file came from `-o FILE` (messages name the flag the user typed) */
  fromOutputFile?: boolean;
}

/** Parse `-f` values; with none, `stylish` to stdout. */
export function parseOutputs(values: readonly string[] | undefined): OutputSpec[] {
  const specs = (values?.length ? values : ['stylish']).map((v) => {
    const eq = v.indexOf('=');
    const format = (eq === -1 ? v : v.slice(0, eq)).trim();
    const file = eq === -1 ? undefined : v.slice(eq + 1);
    if (!(format in FORMATTERS)) {
      const hint = didYouMean(format, Object.keys(FORMATTERS));
      throw new UsageError(`unknown format "${format}"${hint ? `; did you mean "${hint}"?` : ''} (formats: ${Object.keys(FORMATTERS).join(', ')})`);
    }
    if (file === '') throw new UsageError(`-f ${format}=: the file name is empty`);
    return { format, file };
  });
  return specs;
}

/** The real path of a file, or of the nearest folder above it that exists (for a file not yet written). */
function realish(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    const up = path.dirname(file);
    return up === file ? file : path.join(realish(up), path.basename(file));
  }
}

/** `dev:ino` of an existing regular file (links followed), else undefined. */
function inode(file: string): string | undefined {
  try {
    const st = statSync(file);
    return st.isFile() ? `${st.dev}:${st.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Refuse an output file that is one of the linted files (`-f json=tenant.yaml` would overwrite the input).
 * Call before anything is written.
 */
export function checkOutputTargets(specs: readonly OutputSpec[], inputs: readonly string[], io: CliIO): void {
  const files = specs.filter((s) => s.file);
  if (files.length === 0) return;
  const real = new Set(inputs.map(realish));
  // a hard link to an input is that input under another name: same device and inode
  const inodes = new Set(inputs.map(inode).filter((k): k is string => k !== undefined));
  for (const spec of files) {
    const target = path.resolve(io.cwd, spec.file!);
    const through = linkedOutput(target, io.cwd);
    if (through) throw new UsageError(`${outputFlag(spec)}: ${through}`);
    const key = inode(target);
    if (real.has(realish(target)) || (key !== undefined && inodes.has(key))) {
      throw new UsageError(`${outputFlag(spec)}: that file is one of the files linted; orglint never writes a report over its input`);
    }
  }
}

/**
 * Why a report is not written at `target` (absolute), or undefined. A path in the current folder's tree (what a
 * pull request gives: `orglint.sarif -> /home/runner/.bashrc`, `reports -> /home/runner`) is written through a
 * link only to a file inside the repository holding it and in no dot folder of it (`-> .git/hooks/pre-push`), as
 * a named file is read (named-links.ts); a link that leads nowhere would create its target, so it is refused. A
 * path outside that tree (`/dev/stdout`, `$RUNNER_TEMP/x.sarif`) is the user's own, written as named.
 */
export function linkedOutput(target: string, cwd: string): string | undefined {
  const here = realish(cwd);
  // (a run from the file system's root has no tree of its own; the process's own streams are written as ever)
  if (here === path.parse(here).root || target === '/dev/stdout' || target === '/dev/stderr') return undefined;
  // the tree: the current folder and the checkout holding it (a monorepo job in packages/x writing
  // ../../orglint.sarif), each as written and as real, and the target as written and through the real path of its
  // nearest folder that exists (a current folder reached through a link, as the Action's workspace may be)
  const trees = [path.resolve(cwd), here, repositoryOf(cwd, 'cwd'), realish(repositoryOf(cwd, 'cwd'))].filter((d) => d !== path.parse(d).root);
  // (its folder's real path: the file itself may be the link)
  const real = path.join(realNearest(path.dirname(target)), path.basename(target));
  // (or named through a link to the current folder, `"$PWD/vendor/r.sarif"` after `cd` through a link: the
  // path enters the tree there, and its `vendor -> /other/checkout` is the tree's link)
  if (!trees.some((d) => isBelow(target, d) || isBelow(real, d)) && !inCurrentTree(target, here)) return undefined;
  // (the file, or for one not yet written the nearest folder above it that exists: mkdir and the write go there)
  let probe = target;
  for (;;) {
    let st;
    try {
      st = lstatSync(probe);
    } catch {
      const up = path.dirname(probe);
      if (up === probe) return undefined;
      probe = up;
      continue;
    }
    if (st.isSymbolicLink() && linkTarget(probe) === undefined) {
      // (a link to a file not yet written: the write creates it where the link leads, bounded the same way)
      let dest: string;
      try {
        dest = realish(path.resolve(path.dirname(probe), readlinkSync(probe)));
      } catch {
        return `a symbolic link that leads nowhere (${shellWord(probe)}); orglint writes no report through it`;
      }
      const bound = boundTarget(probe, dest, 'cwd');
      return 'root' in bound ? undefined : refusedOutput(bound);
    }
    break;
  }
  const where = namedFileTarget(probe);
  return 'read' in where ? undefined : refusedOutput(where);
}

/** how the command line named an output file: `-o FILE` or `-f NAME=FILE` */
function outputFlag(spec: OutputSpec): string {
  return spec.fromOutputFile ? `-o ${spec.file}` : `-f ${spec.format}=${spec.file}`;
}

function refusedOutput(where: LinkRefusal): string {
  const to = shellWord(where.target);
  return where.refused === 'outside'
    ? `a symbolic link (this path, or a folder on its way) leads to ${to}, outside the repository; orglint writes a report through a link only into the repository holding it (a link in a pull request could point at a runner's files). Remove or replace the link (name the real path only if you mean to write there)`
    : `a symbolic link (this path, or a folder on its way) leads to ${to}, in a folder or file of the repository whose name starts with a dot (.git, .ssh, .env, ...); orglint writes a report through a link only to the repository's other files. Remove or replace the link (name the real path only if you mean to write there)`;
}

/** `p` through the real path of its nearest folder that exists (the rest as written) */
function realNearest(p: string): string {
  for (let d = p, rest = ''; ; ) {
    try {
      return path.join(realpathSync.native(d), rest);
    } catch {
      const up = path.dirname(d);
      if (up === d) return p;
      rest = path.join(path.basename(d), rest);
      d = up;
    }
  }
}

/**
 * Render every requested output; files are written atomically (a link's target, keeping the link), the rest
 * goes to stdout. `/dev/stdout` and `/dev/stderr` are this process's own streams; another target that is not a
 * regular file (`/dev/null`, a FIFO) is written plainly, never renamed over.
 */
export async function writeOutputs(
  specs: readonly OutputSpec[],
  input: Omit<FormatInput, 'color'>,
  io: CliIO,
  color: boolean,
  known: readonly string[] = [],
): Promise<void> {
  // (every command's reports, audit's and rollback's too: none written through a link out of the repository)
  for (const spec of specs) {
    const through = spec.file === undefined ? undefined : linkedOutput(path.resolve(io.cwd, spec.file), io.cwd);
    if (through) throw new UsageError(`${outputFlag(spec)}: ${through}`);
  }
  const secrets = known.length ? await escapedForms(known) : known;
  for (const spec of specs) {
    const loaded = await FORMATTERS[spec.format]();
    const built = <T>(i: Omit<FormatInput, 'color'>, make: () => T): T => {
      try {
        return make();
      } catch (err) {
        // V8 caps a string at about 512 M characters: millions of findings cannot become one text
        if (err instanceof RangeError && /string length/i.test(err.message)) {
          throw new UsageError(`the ${spec.format} output of ${i.findings.length} findings is larger than orglint can build in memory; use --quiet, a baseline, or fewer files per run`);
        }
        throw err;
      }
    };
    // the last guard: a secret the linted files hold never leaves in any format, wherever a formatter put it
    // (a client's name, a login-flow reason, an HTML table cell), masked `*` for `*`
    const text = (i: FormatInput) => built(i, () => maskKnown(loaded(i), secrets));
    const file = spec.file === undefined ? undefined : path.resolve(io.cwd, spec.file);
    if (file === undefined || file === '/dev/stdout' || file === '/dev/stderr') {
      const write = file === '/dev/stderr' ? io.stderr : io.stdout;
      const i = { ...input, color: file === undefined ? color : false, secrets };
      if (loaded.parts) built(i, () => writeMasked(loaded.parts!(i), secrets, write));
      else writeInChunks(text(i), write);
      continue;
    }
    const whole = text({ ...input, color: false, secrets });
    await mkdir(path.dirname(file), { recursive: true });
    try {
      const { writeFileAtomic } = await import('../fix/run-fixes');
      await writeFileAtomic(file, whole);
    } catch (err) {
      throw new UsageError(`cannot write ${spec.file}: ${(err as Error).message}`);
    }
  }
}

/** about how many characters of a report are masked and written at a time */
export const CHUNK = 1 << 16;

/**
 * Write a format's pieces, masked, in chunks of about CHUNK characters, each cut just after a line end: the whole
 * text is never held, nor its UTF-8 copy, and an ASCII chunk stays one byte a character. Masking chunk by chunk
 * masks what masking the whole text does as long as no secret (in any form) holds a line end: a secret written
 * across a cut would hold the `\n` before it, and masking never changes a `\n`, so each cut stays outside every
 * secret's places. A secret with a line end (a PEM key's raw lines): the text is masked whole, as before.
 */
export function writeMasked(parts: Iterable<string>, secrets: readonly string[], write: (text: string) => void): void {
  if (secrets.some((s) => s.includes('\n'))) {
    let whole = '';
    for (const p of parts) whole += p;
    return writeInChunks(maskKnown(whole, secrets), write);
  }
  const mask = (t: string) => (secrets.length ? maskKnown(t, secrets) : t);
  let pending = '';
  // where in `pending` its last line end is (-1: none)
  let lastEnd = -1;
  for (const p of parts) {
    const end = p.lastIndexOf('\n');
    if (end !== -1) lastEnd = pending.length + end;
    pending += p;
    if (pending.length < CHUNK || lastEnd === -1) continue;
    write(mask(pending.slice(0, lastEnd + 1)));
    pending = pending.slice(lastEnd + 1);
    lastEnd = -1;
  }
  if (pending) write(mask(pending));
}

/**
 * Write a finished text in chunks of about CHUNK characters, each cut just after a line end (never inside a
 * character written as two UTF-16 units): the stream encodes one chunk at a time instead of a copy of all of it.
 */
export function writeInChunks(text: string, write: (text: string) => void): void {
  let from = 0;
  while (text.length - from > CHUNK) {
    const end = text.indexOf('\n', from + CHUNK - 1);
    if (end === -1) break;
    write(text.slice(from, end + 1));
    from = end + 1;
  }
  if (from < text.length || from === 0) write(from === 0 ? text : text.slice(from));
}
