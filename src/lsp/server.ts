/**
 * `orglint lsp`: a Language Server Protocol server over stdio, on the CLI's engine. Diagnostics on open and
 * change (debounced), quick fixes, "disable for this line", "fix all safe", hover on Organizations fields; the
 * config is honoured and reloaded when it changes, and a broken config is one diagnostic on it.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_NAMES } from '../config/load-config';
import { UsageError } from '../cli/io';
import { FIX_ALL_KIND, fixAllSafe, quickFixes } from './actions';
import { configDiagnostic, toDiagnostic } from './diagnostics';
import { hoverText } from './hover';
import { isBroken, Workspace, type LintOfFile } from './workspace';

const DEBOUNCE_MS = 200;
/** what the server looks at: tenant files and the config */
const WATCHED = '**/*.{yaml,yml,json,har,tf}';

const isConfigFile = (file: string) => CONFIG_NAMES.includes(path.basename(file));

function fileOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Start the server on this process's stdin/stdout (or the connection given, for tests). */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  let workspace = new Workspace(undefined);
  const timers = new Map<string, NodeJS.Timeout>();
  const lastLint = new Map<string, LintOfFile>();
  /** config files that currently carry a diagnostic (to clear it once fixed) */
  const brokenConfigs = new Set<string>();
  let watchRegistration = false;

  connection.onInitialize((params) => {
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    workspace = new Workspace(root ? fileOf(root) : undefined);
    watchRegistration = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
      },
      serverInfo: { name: 'orglint' },
    };
  });

  connection.onInitialized(() => {
    if (watchRegistration) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCHED }] });
  });

  /** open buffers are what the engine reads for those files; everything else comes from disk */
  const syncOpen = () => {
    workspace.open.clear();
    for (const d of documents.all()) {
      const f = fileOf(d.uri);
      if (f) workspace.open.set(f, d.getText());
    }
  };

  /** never let one document's failure end the server: log it and go on */
  const validate = (uri: string): Promise<void> =>
    validateUnguarded(uri).catch((err: Error) => connection.console.error(`orglint: ${uri}: ${err.message}`));

  const validateUnguarded = async (uri: string): Promise<void> => {
    const doc = documents.get(uri);
    const file = fileOf(uri);
    if (!doc || !file) return;
    syncOpen();
    if (isConfigFile(file)) return validateConfig(uri, file);
    let lint;
    try {
      lint = await workspace.lint(file);
    } catch (err) {
      connection.console.error(`orglint: ${(err as Error).message}`);
      return;
    }
    if (documents.get(uri)?.version !== doc.version) return; // typed again meanwhile: a newer run follows
    if (isBroken(lint)) {
      brokenConfigs.add(lint.file);
      void connection.sendDiagnostics({ uri: pathToFileURL(lint.file).href, diagnostics: [configDiagnostic(lint)] });
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    lastLint.set(uri, lint);
    const diagnostics: Diagnostic[] = lint.findings.map((f) => toDiagnostic(f, doc));
    void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
  };

  /** a config buffer: checked as orglint would load it, from the text being typed (a saved copy is what lint runs use) */
  const validateConfig = async (uri: string, file: string): Promise<void> => {
    workspace.reloadConfigs();
    const text = documents.get(uri)?.getText();
    const result = text === undefined ? await workspace.configFor(path.join(path.dirname(file), '.orglint-probe')) : await workspace.checkConfigText(file, text);
    if (isBroken(result) && result.file === file) {
      brokenConfigs.add(file);
      void connection.sendDiagnostics({ uri, diagnostics: [configDiagnostic(result)] });
    } else {
      brokenConfigs.delete(file);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  };

  const schedule = (uri: string, delay = DEBOUNCE_MS) => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void validate(uri);
      }, delay),
    );
  };

  /** a file of a tenant changed: every open document may see it (tenant-wide rules) */
  const revalidateAll = (delay = DEBOUNCE_MS) => {
    for (const d of documents.all()) schedule(d.uri, delay);
    for (const f of brokenConfigs) if (!documents.get(pathToFileURL(f).href)) void connection.sendDiagnostics({ uri: pathToFileURL(f).href, diagnostics: [] });
    brokenConfigs.clear();
  };

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => {
    const file = fileOf(e.document.uri);
    if (file && isConfigFile(file)) {
      schedule(e.document.uri);
      return;
    }
    // siblings of the same tenant read this buffer too
    revalidateAll();
  });
  documents.onDidSave((e) => {
    const file = fileOf(e.document.uri);
    if (file && isConfigFile(file)) {
      workspace.reloadConfigs();
      revalidateAll(0);
    }
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    lastLint.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    revalidateAll();
  });
  connection.onDidChangeWatchedFiles((e) => {
    if (e.changes.some((c) => isConfigFile(fileOf(c.uri) ?? ''))) workspace.reloadConfigs();
    revalidateAll(0);
  });

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    const lint = lastLint.get(params.textDocument.uri);
    if (!doc || !lint || lint.findings.some((f) => f.doc && f.doc.text !== doc.getText())) return [];
    const only = params.context.only;
    const wantsQuick = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix));
    const wantsAll = !only || only.some((k) => FIX_ALL_KIND.startsWith(k));
    const actions = wantsQuick ? quickFixes(doc, lint, params.range) : [];
    if (wantsAll) {
      const overlay = new Map([...workspace.open].map(([f, text]) => [f, { text, bom: false }]));
      const all = await fixAllSafe(doc, lint, overlay);
      if (all) actions.push(all);
    }
    return actions;
  });

  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri);
    const lint = lastLint.get(params.textDocument.uri);
    const sdoc = lint?.result.docs.get(lint.file);
    if (!doc || !lint || !sdoc || sdoc.text !== doc.getText()) return null;
    const offset = doc.offsetAt(params.position);
    const lineText = doc.getText({ start: { line: params.position.line, character: 0 }, end: { line: params.position.line + 1, character: 0 } }).replace(/\r?\n$/, '');
    const resources = lint.result.tenants.flatMap((t) => [...t.clients, ...t.clientGrants, ...t.organizations]);
    const text = hoverText(sdoc, resources, offset, lineText, params.position.character, { tenants: lint.result.tenants, docs: lint.result.docs });
    return text ? { contents: { kind: 'markdown', value: text } } : null;
  });

  documents.listen(connection);
  connection.listen();
}

/** `orglint lsp [--stdio]`: run until the client says exit. */
export async function lspCommand(argv: string[]): Promise<number> {
  const rest = argv.filter((a) => a !== '--stdio');
  if (rest.length) throw new UsageError(`orglint lsp takes no arguments but --stdio (got ${rest.join(' ')})`);
  startServer();
  return new Promise<number>(() => undefined);
}
