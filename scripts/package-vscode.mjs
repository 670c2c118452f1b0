// `npm run package:vscode`: build the VS Code extension in editors/vscode into editors/vscode/orglint.vsix —
// the extension bundled with its language client, a fresh bundle of orglint's server (this checkout's sources)
// with the rule READMEs, and the JSON Schemas — then list what the package holds (`vsce ls`).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXT = path.join(ROOT, 'editors', 'vscode');
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });

// 1. the extension's own tools (vscode-languageclient, @vscode/vsce), from its lock file
if (!existsSync(path.join(EXT, 'node_modules', '@vscode', 'vsce'))) run('npm', ['ci', '--no-audit', '--no-fund'], EXT);

// 2. the extension, type-checked, then one CommonJS file (VS Code loads it with require; `vscode` is provided by the editor)
run(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', EXT], ROOT);
await build({
  entryPoints: [path.join(EXT, 'src', 'extension.ts')],
  outfile: path.join(EXT, 'dist', 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  logLevel: 'warning',
  legalComments: 'none',
});

// 3. the server: orglint's CLI bundle, found by its own package.json (the rule READMEs beside it)
const server = path.join(EXT, 'server');
rmSync(server, { recursive: true, force: true });
run(process.execPath, ['scripts/build.mjs', server], ROOT);
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
writeFileSync(path.join(server, 'package.json'), `${JSON.stringify({ name: 'orglint', version: pkg.version, private: true, type: 'module' }, null, 2)}\n`);
for (const id of readdirSync(path.join(ROOT, 'rules'))) {
  const readme = path.join(ROOT, 'rules', id, 'README.md');
  if (existsSync(readme)) {
    mkdirSync(path.join(server, 'rules', id), { recursive: true });
    cpSync(readme, path.join(server, 'rules', id, 'README.md'));
  }
}

// 4. the JSON Schemas the manifest contributes
rmSync(path.join(EXT, 'schemas'), { recursive: true, force: true });
cpSync(path.join(ROOT, 'docs', 'schemas'), path.join(EXT, 'schemas'), { recursive: true });

// 5. the package, and what it holds
const vsce = path.join(EXT, 'node_modules', '@vscode', 'vsce', 'vsce');
run(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', 'orglint.vsix'], EXT);
run(process.execPath, [vsce, 'ls', '--no-dependencies'], EXT);
