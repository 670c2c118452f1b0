import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UsageError } from './io';

/** Where the BASE side of `orglint flows --diff BASE` is read from. */
export interface BaseTree {
  /** how BASE is named in the output: the path as given, or `REV (abbreviated sha)` */
  label: string;
  /** the working folder of the BASE run (inside the temporary tree for a revision) */
  cwd: string;
  /** the paths to read there, as given on the command line (those the revision has), or BASE itself for a path */
  paths: string[];
  /** maps a folder of the working tree (the config's base folder) to its place in BASE, for a revision */
  mapDir(dir: string): string;
  /** the root tenant ids are keyed by, on each side */
  root: string;
  cleanup(): Promise<void>;
}

/** Run git with arguments (never through a shell); stdout, or the reason it failed. */
function git(cwd: string, args: string[]): Promise<{ ok: true; out: string } | { ok: false; err: string }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (err, stdout, stderr) => {
      if (err) resolve({ ok: false, err: (stderr || err.message).trim().split('\n')[0] });
      else resolve({ ok: true, out: stdout });
    });
  });
}

/**
 * BASE as a folder of files: a path that exists is used as it is; otherwise BASE is a git revision and only the
 * files under `paths` are extracted from it (`git archive` into `tar`, both run without a shell) into a
 * temporary folder, laid out as in the repository.
 */
export async function baseTree(cwd: string, base: string, paths: readonly string[], name = base): Promise<BaseTree> {
  const noop = async () => {};
  if (base === '') throw new UsageError('--diff needs a git revision or a path');
  if (existsSync(path.resolve(cwd, base))) {
    // two exports side by side: tenants are matched by their place inside each, so one path on each side
    if (paths.length !== 1) throw new UsageError(`--diff ${base}: BASE is a path, so name the one export to compare it with (got ${paths.length} paths)`);
    const root = path.resolve(cwd, base);
    return { label: base, cwd, paths: [base], mapDir: (d) => d, root, cleanup: noop };
  }
  if (base.startsWith('-')) throw new UsageError(`--diff ${base}: not a path, and a git revision cannot start with "-"`);
  const top = await git(cwd, ['rev-parse', '--show-toplevel']);
  if (!top.ok) throw new UsageError(`--diff ${base}: no such path, and ${cwd} is not in a git repository (${top.err})`);
  const repo = await realpath(top.out.trim());
  const sha = await git(repo, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
  if (!sha.ok) throw new UsageError(`--diff ${base}: neither a path nor a git revision of this repository`);
  const commit = sha.out.trim();
  const realCwd = await realpath(cwd);
  const rels: string[] = [];
  const present: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(realCwd, p);
    const rel = path.relative(repo, abs);
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new UsageError(`--diff ${base}: ${p} is outside the git repository`);
    // a path the revision does not have yet: its tenants are all new
    const exists = await git(repo, ['cat-file', '-e', `${commit}:${rel.split(path.sep).join('/')}`]);
    if (exists.ok) {
      rels.push(rel === '' ? '.' : rel.split(path.sep).join('/'));
      present.push(p);
    }
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'orglint-base-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    if (rels.length) await extract(repo, commit, rels, dir);
  } catch (err) {
    await cleanup();
    throw new UsageError(`--diff ${base}: cannot read the revision's files: ${(err as Error).message}`);
  }
  const mapDir = (d: string) => {
    const rel = path.relative(repo, d);
    return rel.startsWith('..') || path.isAbsolute(rel) ? d : path.join(dir, rel);
  };
  const baseCwd = mapDir(realCwd);
  return { label: name === commit || /^[0-9a-f]{40}$/.test(name) ? commit.slice(0, 12) : `${name} (${commit.slice(0, 12)})`, cwd: baseCwd, paths: present, mapDir, root: baseCwd, cleanup };
}

/** `git archive COMMIT -- PATHS | tar -x -C DIR`, as two processes joined by a pipe. */
function extract(repo: string, commit: string, rels: string[], dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const specs = rels.map((r) => `:(literal)${r}`);
    const archive = spawn('git', ['archive', '--format=tar', commit, '--', ...specs], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    const tar = spawn('tar', ['-x', '--no-same-owner', '--no-same-permissions', '-C', dir], { stdio: ['pipe', 'ignore', 'pipe'] });
    let err = '';
    archive.stderr.on('data', (d) => (err += d));
    tar.stderr.on('data', (d) => (err += d));
    archive.stdout.pipe(tar.stdin);
    let pending = 2;
    let failed = false;
    const done = (who: string) => (code: number | null) => {
      if (code !== 0 && !failed) {
        failed = true;
        reject(new Error(`${who} exited with ${code}: ${err.trim().split('\n')[0] ?? ''}`));
      }
      if (--pending === 0 && !failed) resolve();
    };
    archive.on('error', (e) => !failed && ((failed = true), reject(e)));
    tar.on('error', (e) => !failed && ((failed = true), reject(e)));
    archive.on('close', done('git archive'));
    tar.on('close', done('tar'));
  });
}
