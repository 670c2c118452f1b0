// Bundle the CLI (and, when present, the GitHub Action) into dist/. The output is committed: the Action and
// `npm install` from git run it as is. Deterministic, so CI can check that a rebuild changes nothing.
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';

const entryPoints = { cli: 'src/cli/bin.ts', index: 'src/index.ts' };
if (existsSync('src/action/main.ts')) entryPoints.action = 'src/action/main.ts';

// `node scripts/build.mjs [OUTDIR]`: tests build into a folder of their own so parallel runs never race on dist/
const outdir = process.argv[2] ?? 'dist';
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints,
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  mainFields: ['module', 'main'],
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);" },
});
