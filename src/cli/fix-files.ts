import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { chooseFix, type Finding } from '../engine/finding';
import { lintPaths, type LintRequest, type LintResult } from '../engine/lint';
import { maskKnown } from '../engine/redact';
import { unifiedDiff } from '../fix/diff';
import { checkFixedFile, fixPaths, writeFixedFile, WriteRefused } from '../fix/run-fixes';
import { displayPath } from '../formatters/types';
import type { FixSafety } from '../rule-api/types';
import { UsageError, type CliIO } from './io';
import { checkOutputTargets, type OutputSpec } from './outputs';

/** The real folders a fix may write in: each named folder, and the folder of each named file. */
function fixRoots(cwd: string, paths: readonly string[]): string[] {
  return paths.map((p) => {
    const abs = path.resolve(cwd, p);
    try {
      return statSync(abs).isDirectory() ? realpathSync(abs) : realpathSync(path.dirname(abs));
    } catch {
      return realpathSync(cwd);
    }
  });
}

/** The real path of a file (itself when it cannot be resolved). */
function realOf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** What a finding's fix does, in a line. */
function describeFix(f: Finding, mode: FixSafety): string {
  return chooseFix(f, mode)?.description ?? 'fix';
}

/**
 * `--fix`, `--fix-unsafe`, `--fix-dry-run`: fix in memory (proven, see fix/run-fixes.ts), say which fixes were
 * refused and why, then write each file safely (or, for a dry run, print the diff of what would be written,
 * each edit listed with its finding). Returns what is left, as on disk afterwards, and how many were fixed.
 */
export async function runFixes(
  req: LintRequest,
  mode: FixSafety,
  dryRun: boolean,
  outputs: readonly OutputSpec[],
  io: CliIO,
  /** checks the run before anything is written (a path that gave nothing to lint stops it) */
  beforeWrite?: (result: LintResult) => void,
): Promise<{ result: LintResult; fixed: number }> {
  const outcome = await fixPaths(req, mode);
  let { result, fixed } = outcome;
  beforeWrite?.(result);
  checkOutputTargets(outputs, [...result.files, ...outcome.changed.keys()], io);
  for (const r of outcome.refused) {
    const name = displayPath(r.file, io.cwd);
    if (r.ruleId) io.stderr(`orglint: ${name}:${r.line}:${r.column}: ${r.ruleId}: fix not made: ${r.message}\n`);
    else io.stderr(`orglint: ${name}: not fixed: ${r.message}; the file was left as it was\n`);
  }
  const roots = fixRoots(io.cwd, req.paths);
  let notWritten = false;
  // two named paths to one file (a link and its target): it is fixed once, under the first name
  const seen = new Map<string, string>();
  for (const [file, change] of outcome.changed) {
    const name = displayPath(file, io.cwd);
    const real = realOf(file);
    const first = seen.get(real);
    if (first !== undefined) {
      io.stderr(`orglint: ${name}: the same file as ${first}, fixed there\n`);
      continue;
    }
    seen.set(real, name);
    try {
      if (dryRun) {
        // the diff shows only what --fix would write
        await checkFixedFile(file, change.before, change.bom, roots);
        // every edit of the diff belongs to one of these findings
        // (a fix's description quotes the value it replaces, which may be a secret the file holds)
        for (const f of change.fixed) io.stdout(maskKnown(`# ${name}:${f.line}:${f.column} ${f.ruleId}: ${describeFix(f, mode)}\n`, change.secrets));
        // a BOM is part of the first line `git apply` compares
        const bom = change.bom && !io.stdoutIsTTY ? '\uFEFF' : '';
        io.stdout(unifiedDiff(bom + change.before, bom + change.after, `a/${name}`, `b/${name}`, { terminal: io.stdoutIsTTY, secrets: change.secrets }));
      } else {
        await writeFixedFile(file, change.before, change.after, change.bom, roots);
      }
    } catch (err) {
      if (!(err instanceof WriteRefused)) throw new UsageError(`cannot write ${name}: ${(err as Error).message}`);
      io.stderr(`orglint: ${name}: not written: ${err.message}\n`);
      fixed -= change.fixed.length;
      notWritten = true;
    }
  }
  // what is on disk, for the files that are not (or would not be) written
  if (notWritten) {
    const overlay = new Map<string, { text: string; bom: boolean }>();
    if (dryRun) for (const [file, change] of outcome.changed) overlay.set(file, { text: change.after, bom: change.bom });
    result = await lintPaths(dryRun ? { ...req, overlay: await keepWritable(overlay, outcome.changed, roots) } : req);
  }
  return { result, fixed };
}

/** The dry run's fixed texts, without those of files --fix would refuse to write. */
async function keepWritable(
  overlay: Map<string, { text: string; bom: boolean }>,
  changed: Map<string, { before: string; bom: boolean }>,
  roots: readonly string[],
): Promise<Map<string, { text: string; bom: boolean }>> {
  for (const [file, change] of changed) {
    try {
      await checkFixedFile(file, change.before, change.bom, roots);
    } catch {
      overlay.delete(file);
    }
  }
  return overlay;
}
