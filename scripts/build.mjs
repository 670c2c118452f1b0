// Bundle the CLI (and, when present, the GitHub Action) into dist/. The output is committed: the Action and
// `npm install` from git run it as is. Deterministic, so CI can check that a rebuild changes nothing.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const entryPoints = { cli: 'src/cli/bin.ts', index: 'src/index.ts' };
if (existsSync('src/action/main.ts')) entryPoints.action = 'src/action/main.ts';

/**
 * ajv is large (about 270 KB with its dependencies) and only needed to check a config file or a PATCH body, but
 * modules that import it are on every run's path. Bundle it as a lazily evaluated CommonJS module instead: the
 * `Ajv2020` they import builds the real one on first `new`, so a run that checks nothing never evaluates ajv.
 */
const lazyAjv = {
  name: 'lazy-ajv',
  setup(b) {
    b.onResolve({ filter: /^ajv\/dist\/2020(\.js)?$/ }, (args) => (args.namespace === 'lazy-ajv' ? undefined : { path: 'ajv-2020', namespace: 'lazy-ajv' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-ajv' }, () => ({
      contents: "let Real; export function Ajv2020(options) { Real ??= require('ajv/dist/2020.js').Ajv2020; return new Real(options); }",
      resolveDir: process.cwd(),
      loader: 'js',
    }));
  },
};

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
  plugins: [lazyAjv],
  banner: { js: "import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);" },
});

// the HCL parser's WebAssembly (the tree-sitter runtime and the HCL grammar), found at run time in dist/wasm/
// next to the bundle; loaded only when a .tf file is linted
const require = createRequire(import.meta.url);
mkdirSync(path.join(outdir, 'wasm'), { recursive: true });
copyFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm'), path.join(outdir, 'wasm', 'tree-sitter.wasm'));
const grammar = path.dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json'));
copyFileSync(path.join(grammar, 'tree-sitter-hcl.wasm'), path.join(outdir, 'wasm', 'tree-sitter-hcl.wasm'));
