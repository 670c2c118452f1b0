/**
 * The VS Code extension in a folder the user has not trusted (a fresh clone): it runs its own bundled server,
 * never the folder's node_modules/orglint or an orglint.path the folder's settings set, since either could be
 * any code; once trusted, the folder's own orglint is used. The extension is bundled as `npm run
 * package:vscode` bundles it and loaded with a stand-in for the `vscode` module.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ROOT, tempTree } from '../helpers/lint';

const FAKE_VSCODE = `
const state = globalThis.__vscode;
const any = new Proxy(function () {}, { get: (t, k) => (k === 'prototype' ? {} : any), construct: () => any, apply: () => any });
module.exports = new Proxy({
  workspace: {
    get isTrusted() { return state.trusted; },
    get workspaceFolders() { return [{ uri: { fsPath: state.folder } }]; },
    getConfiguration: () => ({ get: (k, d) => (k in state.settings ? state.settings[k] : d) }),
  },
}, { get: (t, k) => (k in t ? t[k] : any) });
`;

describe('the VS Code extension and workspace trust', () => {
  it('declares limited support in Restricted Mode and keeps orglint.path out of it', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'editors/vscode/package.json'), 'utf8'));
    expect(manifest.capabilities.untrustedWorkspaces).toMatchObject({ supported: 'limited', restrictedConfigurations: ['orglint.path'] });
  });

  it('runs the bundled server in an untrusted folder, and the folder’s own orglint once trusted', async () => {
    const out = tempTree({ 'node_modules/vscode/index.js': FAKE_VSCODE });
    await build({
      entryPoints: [path.join(ROOT, 'editors/vscode/src/extension.ts')],
      outfile: path.join(out, 'extension.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['vscode', 'vscode-languageclient/node'],
      logLevel: 'silent',
    });
    mkdirSync(path.join(out, 'node_modules/vscode-languageclient'), { recursive: true });
    writeFileSync(path.join(out, 'node_modules/vscode-languageclient/node.js'), 'module.exports = {};\n');
    const folder = tempTree({ 'node_modules/orglint/bin/orglint.js': 'throw new Error("the folder\'s code ran")\n' });
    const state = { trusted: false, folder, settings: {} as Record<string, unknown> };
    (globalThis as { __vscode?: unknown }).__vscode = state;
    const ext = createRequire(path.join(out, 'x.js'))('./extension.js') as { serverModule(c: unknown): string };
    const context = { asAbsolutePath: (p: string) => path.join('/ext', p) };
    expect(ext.serverModule(context)).toBe(path.join('/ext/server/cli.js'));
    state.settings = { path: '/tmp/evil.js' };
    expect(ext.serverModule(context)).toBe(path.join('/ext/server/cli.js'));
    state.trusted = true;
    expect(ext.serverModule(context)).toBe('/tmp/evil.js');
    state.settings = {};
    expect(ext.serverModule(context)).toBe(path.join(folder, 'node_modules/orglint/bin/orglint.js'));
  });
});
