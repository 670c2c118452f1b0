import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the CLI writes, so tests can run it in-process. */
export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** whether stdout / stderr are terminals (colour, progress lines) */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** standard input, at most `limit` bytes (`--stdin`); absent when there is none to read */
  readStdin?: (limit: number) => Promise<Uint8Array>;
}

/** The CLI could not run as asked: exit 2 with this message. */
export class UsageError extends Error {}

/**
 * A path the user named that does not exist: the CLI exits 2. (Here, not in engine/files.ts which throws it, so
 * that the CLI's entry can tell it apart without loading the walk.)
 */
export class MissingPathError extends Error {
  constructor(readonly target: string) {
    super(`no such file or directory: ${target}`);
  }
}

/** The folder holding package.json and rules/ (from src/ when run by tests, from dist/ when bundled). */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"orglint"/.test(readFileSync(pkg, 'utf8'))) return dir;
    dir = path.dirname(dir);
  }
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
}

/** The README of a rule, or undefined. */
export function ruleReadme(id: string): string | undefined {
  const file = path.join(packageRoot(), 'rules', id, 'README.md');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
