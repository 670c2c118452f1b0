/**
 * orglint for VS Code: a thin wrapper that starts `orglint lsp --stdio` — the workspace's own orglint when it has
 * one (node_modules/orglint, or the orglint.path setting), else the copy bundled in this extension — and lets
 * vscode-languageclient do the rest (diagnostics, quick fixes, hover).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { workspace, window, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The orglint entry to run: the setting, the workspace's installed package, or the bundled server. */
export function serverModule(context: ExtensionContext): string {
  const bundled = context.asAbsolutePath(path.join('server', 'cli.js'));
  // a folder the user has not trusted (a fresh clone) must not pick the code that runs: its node_modules/orglint
  // or an orglint.path in its .vscode/settings.json could be anything
  if (!workspace.isTrusted) return bundled;
  const configured = workspace.getConfiguration('orglint').get<string>('path');
  if (configured) return path.isAbsolute(configured) ? configured : path.join(workspace.workspaceFolders?.[0]?.uri.fsPath ?? '', configured);
  for (const folder of workspace.workspaceFolders ?? []) {
    const local = path.join(folder.uri.fsPath, 'node_modules', 'orglint', 'bin', 'orglint.js');
    if (existsSync(local)) return local;
  }
  return bundled;
}

export async function activate(context: ExtensionContext): Promise<void> {
  if (!workspace.getConfiguration('orglint').get<boolean>('enable', true)) return;
  // once the folder is trusted, its own orglint (if any) takes over from the bundled one
  context.subscriptions.push(
    workspace.onDidGrantWorkspaceTrust(async () => {
      await client?.stop();
      client = undefined;
      await startClient(context);
    }),
  );
  await startClient(context);
}

async function startClient(context: ExtensionContext): Promise<void> {
  const module = serverModule(context);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, args: ['lsp'] },
    debug: { module, transport: TransportKind.stdio, args: ['lsp'] },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', language: 'json' },
      { scheme: 'file', pattern: '**/*.{har,tf}' },
    ],
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/*.{yaml,yml,json,har,tf}') },
  };
  client = new LanguageClient('orglint', 'orglint', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (err) {
    void window.showErrorMessage(`orglint: the language server did not start (${module}): ${(err as Error).message}`);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
