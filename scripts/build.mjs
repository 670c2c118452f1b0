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
 * modules that import it are on every run's path. It is bundled as a CommonJS file of its own (AJV_FILE, next to
 * the chunk that uses it) that the `Ajv2020` they import requires on first `new`: a run that checks nothing never
 * reads, parses or evaluates ajv.
 */
const AJV_FILE = 'ajv-2020.cjs';
const lazyAjv = {
  name: 'lazy-ajv',
  setup(b) {
    b.onResolve({ filter: /^ajv\/dist\/2020(\.js)?$/ }, (args) => (args.namespace === 'lazy-ajv' ? undefined : { path: 'ajv-2020', namespace: 'lazy-ajv' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-ajv' }, () => ({
      contents: `import { createRequire } from 'node:module'; import { fileURLToPath } from 'node:url'; let Real; export function Ajv2020(options) { Real ??= createRequire(import.meta.url)(fileURLToPath(new URL('./${AJV_FILE}', import.meta.url))).Ajv2020; return new Real(options); }`,
      resolveDir: process.cwd(),
      loader: 'js',
    }));
  },
};

/** Write ajv's own bundle next to each output that holds the stub; its inputs join the build's metafile. */
async function writeAjv(result, outdir) {
  const dirs = new Set(
    Object.entries(result.metafile.outputs)
      .filter(([, o]) => Object.keys(o.inputs).some((i) => i.startsWith('lazy-ajv:')))
      .map(([out]) => path.dirname(out)),
  );
  if (dirs.size === 0) return;
  const entry = createRequire(import.meta.url).resolve('ajv/dist/2020.js');
  const ajv = await build({ entryPoints: [entry], bundle: true, format: 'cjs', platform: 'node', target: 'node20', legalComments: 'none', logLevel: 'warning', write: false, metafile: true, outfile: path.join(outdir, AJV_FILE) });
  for (const dir of dirs) writeFileSync(path.join(dir, AJV_FILE), ajv.outputFiles[0].contents);
  Object.assign(result.metafile.inputs, ajv.metafile.inputs);
}

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
  // bundled CommonJS code requires Node's modules through `require`; it is made on first use, not by each of the
  // dozens of chunks a run loads (createRequire parses the chunk's URL: a few milliseconds of every start-up)
  banner: {
    js: "import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });",
  },
};

rmSync(outdir, { recursive: true, force: true });
const pkg = await build({ ...options, entryPoints: { cli: 'src/cli/bin.ts', index: 'src/index.ts', 'lint-worker': 'src/engine/lint-worker.ts' }, outdir, metafile: true });
await writeAjv(pkg, outdir);
if (values.metafile) {
  mkdirSync(path.dirname(path.resolve(values.metafile)), { recursive: true });
  writeFileSync(values.metafile, JSON.stringify(pkg.metafile));
}
if (withAction) {
  rmSync(actionOutdir, { recursive: true, force: true });
  await writeAjv(await build({ ...options, entryPoints: { action: 'src/action/main.ts', 'lint-worker': 'src/engine/lint-worker.ts' }, outdir: actionOutdir, metafile: true }), actionOutdir);
}

// Node looks up the nearest package.json of every module it loads to learn its format, walking up one folder at
// a time: one in chunks/ answers at the first step for the few dozen chunks a run loads
for (const dir of [outdir, ...(withAction ? [actionOutdir] : [])]) {
  if (existsSync(path.join(dir, 'chunks'))) writeFileSync(path.join(dir, 'chunks', 'package.json'), '{ "type": "module" }\n');
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
