import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = path.resolve(__dirname, '..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** the bundled CLI entry built for this test run */
    cliPath: string;
    /** the bundled GitHub Action entry built for this test run (its own folder, as dist-action/) */
    actionPath: string;
    /** esbuild's metafile of the package build: which inputs went into the bundle */
    metafilePath: string;
  }
}

/**
 * Bundle the sources once per test run into test-output/dist-PID/ and test-output/dist-PID-action/ (never dist/,
 * so parallel runs and the committed bundle do not race): end-to-end tests run that real, bundled CLI.
 */
export default function setup(project: TestProject): () => void {
  const out = path.join(ROOT, 'test-output', `dist-${process.pid}`);
  const actionOut = `${out}-action`;
  const metafile = path.join(ROOT, 'test-output', `meta-${process.pid}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  execFileSync(process.execPath, ['scripts/build.mjs', out, actionOut, '--metafile', metafile], { cwd: ROOT, stdio: 'inherit' });
  project.provide('cliPath', path.join(out, 'cli.js'));
  project.provide('actionPath', path.join(actionOut, 'action.js'));
  project.provide('metafilePath', metafile);
  return () => {
    for (const p of [out, actionOut, metafile]) rmSync(p, { recursive: true, force: true });
  };
}
