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
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

/**
 * picomatch (about 60 KB) compiles the config's globs (`ignore`, `overrides`, `payloads`) and a command-line glob;
 * a run without any never needs it, yet glob.ts is on every run's path and evaluating picomatch costs milliseconds
 * of each start-up. Imported from our sources, it is a CommonJS file of its own (PICOMATCH_FILE) that a stub
 * requires on the first call. (fast-glob keeps its own bundled copy: it loads only to expand a glob.)
 */
const PICOMATCH_FILE = 'picomatch.cjs';
const lazyPicomatch = {
  name: 'lazy-picomatch',
  setup(b) {
    b.onResolve({ filter: /^picomatch$/ }, (args) => (args.namespace === 'file' && /[\\/]src[\\/]/.test(args.importer) && !/node_modules/.test(args.importer) ? { path: 'picomatch', namespace: 'lazy-picomatch' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-picomatch' }, () => ({
      contents: [
        "import { createRequire } from 'node:module';",
        "import { fileURLToPath } from 'node:url';",
        'let real;',
        `const load = () => (real ??= createRequire(import.meta.url)(fileURLToPath(new URL('./${PICOMATCH_FILE}', import.meta.url))));`,
        '// picomatch(glob, options) and its properties (makeRe, scan, ...), each from the real one',
        'export default new Proxy(function picomatch() {}, { apply: (_, self, args) => load().apply(self, args), get: (_, key) => load()[key] });',
      ].join('\n'),
      resolveDir: process.cwd(),
      loader: 'js',
    }));
  },
};

/** The packages bundled as CommonJS files of their own, loaded on first use: the stub's namespace, the file, the entry. */
const LAZY_FILES = [
  { namespace: 'lazy-ajv', file: AJV_FILE, entry: 'ajv/dist/2020.js' },
  { namespace: 'lazy-picomatch', file: PICOMATCH_FILE, entry: 'picomatch' },
];

/** Write each lazy package's own bundle next to each output that holds its stub; its inputs join the build's metafile. */
async function writeAjv(result, outdir) {
  for (const { namespace, file, entry } of LAZY_FILES) {
    const dirs = new Set(
      Object.entries(result.metafile.outputs)
        .filter(([, o]) => Object.keys(o.inputs).some((i) => i.startsWith(`${namespace}:`)))
        .map(([out]) => path.dirname(out)),
    );
    if (dirs.size === 0) continue;
    const resolved = createRequire(import.meta.url).resolve(entry);
    const lib = await build({ absWorkingDir: process.cwd(), entryPoints: [resolved], bundle: true, format: 'cjs', platform: 'node', target: 'node20', legalComments: 'none', logLevel: 'warning', write: false, metafile: true, outfile: path.join(outdir, file) });
    for (const dir of dirs) writeFileSync(path.join(dir, file), lib.outputFiles[0].contents);
    Object.assign(result.metafile.inputs, lib.metafile.inputs);
  }
}

/**
 * Node's crypto and v8 modules take milliseconds to load, more than the rest of a one-file run's modules, and only
 * some runs call them (a SARIF fingerprint, the HTML report's hashes, a baseline key of a very long identity, a
 * temporary file's name, a policy's linear-time pattern). Our sources' imports of them get a module of wrappers
 * instead, one for each function named here, that loads the real module on the first call; the default export
 * reads every property from the real one. (Importing another name fails the build: add it here. Bundled
 * packages' own `require`s are left alone.)
 */
const LAZY_BUILTINS = { crypto: ['createHash', 'randomBytes'], v8: ['setFlagsFromString', 'getHeapSpaceStatistics'] };
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: /^(?:node:)?(crypto|v8)$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      const ours = args.namespace === 'file' && args.kind === 'import-statement' && /[\\/]src[\\/]/.test(args.importer) && !/node_modules/.test(args.importer);
      return ours ? { path: name, namespace: 'lazy-builtin' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: [
        "import { createRequire } from 'node:module';",
        'let real;',
        `const load = () => (real ??= createRequire(import.meta.url)('node:${args.path}'));`,
        ...LAZY_BUILTINS[args.path].map((n) => `export function ${n}(...args) { return load().${n}(...args); }`),
        'export default new Proxy({}, { get: (_, key) => load()[key] });',
      ].join('\n'),
      resolveDir: process.cwd(),
      loader: 'js',
    }));
  },
};

/**
 * A lint run loads the lint path (src/cli/lint-command.ts and all it imports) and a few modules it imports on
 * demand (the formatter, the secrets' forms). esbuild splits code by which entries and `import()`ed modules reach
 * it, and the other `import()`ed modules (the other formatters and subcommands, the worker pool, the YAML parser
 * of last resort, ...) each reach a different part of the lint path: it came out in about 30 chunks, each one more
 * module for Node to resolve, read, compile, link and evaluate (~13 ms of CPU of a one-file run, measured
 * 2026-12-01: 34 modules against 7). Each such module gets an import of the lint path first (added here, in the
 * bundle only), so every part of the lint path is reached by the same entries and lands in the same few chunks.
 * Nothing runs in another order for a lint run: those modules load only after the lint path has. Another command
 * (`orglint rules`, `audit`, `lsp`, ...) loads the lint path before its own modules, as most of them did already.
 *
 * A first build without output finds them: the modules an `import()` of ours loads that are not already in the
 * lint path (adding the import to one in it would make a cycle). Returns undefined when the entries do not hold
 * the lint path.
 */
const LINT_PATH = 'src/cli/lint-command.ts';
async function lintPathFirst(buildOptions) {
  const probe = await build({ ...buildOptions, write: false, metafile: true });
  const inputs = probe.metafile.inputs;
  if (!inputs[LINT_PATH]) return undefined;
  const lintPath = new Set();
  for (const todo = [LINT_PATH]; todo.length; ) {
    const file = todo.pop();
    if (lintPath.has(file)) continue;
    lintPath.add(file);
    for (const i of inputs[file]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) todo.push(i.path);
  }
  const ours = (file) => /^(src|rules)\/.*\.ts$/.test(file);
  const loadedLater = new Set();
  for (const [file, input] of Object.entries(inputs)) {
    if (!ours(file)) continue;
    for (const i of input.imports) if (i.kind === 'dynamic-import' && !i.external && ours(i.path) && !lintPath.has(i.path)) loadedLater.add(i.path);
  }
  const lintPathFile = path.resolve(LINT_PATH);
  return {
    name: 'lint-path-first',
    setup(b) {
      b.onLoad({ filter: /\.ts$/, namespace: 'file' }, (args) => {
        const rel = path.relative(process.cwd(), args.path).split(path.sep).join('/');
        if (!loadedLater.has(rel)) return undefined;
        return { contents: `import ${JSON.stringify(lintPathFile)};\n${readFileSync(args.path, 'utf8')}`, loader: 'ts', resolveDir: path.dirname(args.path) };
      });
    },
  };
}

/** esbuild with the lint path in few chunks (see lintPathFirst) */
async function buildSplit(buildOptions) {
  const first = await lintPathFirst(buildOptions);
  return build(first ? { ...buildOptions, plugins: [first, ...buildOptions.plugins] } : buildOptions);
}

const { values, positionals } = parseArgs({ options: { metafile: { type: 'string' } }, allowPositionals: true });
// the paths given are the caller's; the build itself runs from the repository root, wherever it was started (the
// source paths below, and lintPathFirst's, are relative to it: from another folder the lint path would quietly
// come out in ~30 chunks again)
const given = (p) => (p === undefined ? undefined : path.resolve(p));
const [outArg, actionArg] = [given(positionals[0]), given(positionals[1])];
if (values.metafile !== undefined) values.metafile = path.resolve(values.metafile);
process.chdir(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
const outdir = outArg ?? 'dist';
// the Action is built with the defaults (dist-action/) or when its folder is named; `build.mjs OUTDIR` builds the CLI only
const actionOutdir = actionArg ?? (outArg ? undefined : 'dist-action');
const withAction = actionOutdir !== undefined && existsSync('src/action/main.ts');

const options = {
  absWorkingDir: process.cwd(),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  mainFields: ['module', 'main'],
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyAjv, lazyPicomatch, lazyBuiltins],
  // bundled CommonJS code requires Node's modules through `require`; it is made on first use, not by each of the
  // dozens of chunks a run loads (createRequire parses the chunk's URL: a few milliseconds of every start-up)
  banner: {
    js: "import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });",
  },
};

rmSync(outdir, { recursive: true, force: true });
const pkg = await buildSplit({ ...options, entryPoints: { cli: 'src/cli/bin.ts', index: 'src/index.ts', 'lint-worker': 'src/engine/lint-worker.ts' }, outdir, metafile: true });
await writeAjv(pkg, outdir);
if (values.metafile) {
  mkdirSync(path.dirname(path.resolve(values.metafile)), { recursive: true });
  writeFileSync(values.metafile, JSON.stringify(pkg.metafile));
}
if (withAction) {
  rmSync(actionOutdir, { recursive: true, force: true });
  await writeAjv(await buildSplit({ ...options, entryPoints: { action: 'src/action/main.ts', 'lint-worker': 'src/engine/lint-worker.ts' }, outdir: actionOutdir, metafile: true }), actionOutdir);
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
