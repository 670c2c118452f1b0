// Bundle the CLI and the library into dist/ (what the npm package ships), and the GitHub Action into
// dist-action/ (what action.yml runs; never in the npm package). The output is committed: the Action, the
// pre-commit hook and `npm install` from git run it as is. Deterministic, so CI can check that a rebuild changes
// nothing. Every package the sources import is bundled: the package has no runtime dependencies.
//
// node scripts/build.mjs [OUTDIR [ACTION_OUTDIR]] [--metafile FILE]
//   tests build into folders of their own so parallel runs never race on dist/ (the Action only when
//   ACTION_OUTDIR is given); --metafile writes esbuild's
//   metafile of the package build (which inputs went into the bundle), for the package test
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';

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

const { values, positionals } = parseArgs({ options: { metafile: { type: 'string' } }, allowPositionals: true });
const outdir = positionals[0] ?? 'dist';
// the Action is built with the defaults (dist-action/) or when its folder is named; `build.mjs OUTDIR` builds the CLI only
const actionOutdir = positionals[1] ?? (positionals[0] ? undefined : 'dist-action');
const withAction = actionOutdir !== undefined && existsSync('src/action/main.ts');

const options = {
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
};

rmSync(outdir, { recursive: true, force: true });
const pkg = await build({ ...options, entryPoints: { cli: 'src/cli/bin.ts', index: 'src/index.ts', 'lint-worker': 'src/engine/lint-worker.ts' }, outdir, metafile: Boolean(values.metafile) });
if (values.metafile) {
  mkdirSync(path.dirname(path.resolve(values.metafile)), { recursive: true });
  writeFileSync(values.metafile, JSON.stringify(pkg.metafile));
}
if (withAction) {
  rmSync(actionOutdir, { recursive: true, force: true });
  await build({ ...options, entryPoints: { action: 'src/action/main.ts', 'lint-worker': 'src/engine/lint-worker.ts' }, outdir: actionOutdir });
}

// the HCL parser's WebAssembly (the tree-sitter runtime and the HCL grammar), found at run time in wasm/ next to
// the bundle (the Action's too); loaded only when a .tf file is linted
const require = createRequire(import.meta.url);
const grammar = path.dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json'));
for (const dir of [outdir, ...(withAction ? [actionOutdir] : [])]) {
  mkdirSync(path.join(dir, 'wasm'), { recursive: true });
  copyFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm'), path.join(dir, 'wasm', 'tree-sitter.wasm'));
  copyFileSync(path.join(grammar, 'tree-sitter-hcl.wasm'), path.join(dir, 'wasm', 'tree-sitter-hcl.wasm'));
}
