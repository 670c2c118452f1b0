import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = path.resolve(__dirname, '..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** the bundled CLI entry built for this test run */
    cliPath: string;
  }
}

/**
 * Bundle the sources once per test run into test-output/dist-PID/ (never dist/, so parallel runs and the
 * committed bundle do not race): end-to-end tests run that real, bundled CLI.
 */
export default function setup(project: TestProject): () => void {
  const out = path.join(ROOT, 'test-output', `dist-${process.pid}`);
  mkdirSync(path.dirname(out), { recursive: true });
  execFileSync(process.execPath, ['scripts/build.mjs', out], { cwd: ROOT, stdio: 'inherit' });
  project.provide('cliPath', path.join(out, 'cli.js'));
  return () => rmSync(out, { recursive: true, force: true });
}
