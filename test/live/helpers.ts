import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli';
import { startMgmtApiServer, type MgmtApiServer, type ServerOptions } from '../support/mgmt-api-server';

/** The client secret of the test's machine-to-machine app: must never show up in any output. */
export const APP_SECRET = 'app-secret-Zq81vPmXw3';
/** A client secret stored on a tenant client: the server returns it if asked; orglint must never ask or show it. */
export const PLANTED_SECRET = 'planted-client-secret-7hG2kLm9';

export const ALL_SCOPES = ['read:clients', 'update:clients', 'read:client_grants', 'read:organizations', 'read:organization_connections'];

/** A fresh empty folder for journals and snapshots. */
export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'orglint-live-'));
}

/** Clients with one of each fixable mistake, a clean one, and a planted client secret on each. */
export function mixedClients(): Record<string, unknown>[] {
  return [
    { client_id: 'clean01', name: 'Clean Portal', app_type: 'regular_web', organization_usage: 'require', organization_require_behavior: 'pre_login_prompt' },
    { client_id: 'case01', name: 'Case Portal', app_type: 'spa', organization_usage: 'Require', organization_require_behavior: 'pre_login_prompt' },
    { client_id: 'dash01', name: 'Dash Portal', app_type: 'regular_web', organization_usage: 'require', organization_require_behavior: 'pre-login-prompt' },
    { client_id: 'nouse01', name: 'Unused Behavior', app_type: 'native', organization_usage: 'deny', organization_require_behavior: 'pre_login_prompt' },
  ].map((c) => ({ ...c, client_secret: PLANTED_SECRET, signing_keys: [{ cert: 'CERT-DATA' }] }));
}

/** `n` clients, every third with a wrong-case usage, every fifth with a behavior that has no effect. */
export function manyClients(n: number, prefix = 'c'): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => {
    const id = `${prefix}${String(i).padStart(4, '0')}`;
    const c: Record<string, unknown> = { client_id: id, name: `App ${id}`, app_type: 'regular_web', client_secret: PLANTED_SECRET };
    if (i % 3 === 0) Object.assign(c, { organization_usage: 'Allow' });
    else if (i % 5 === 0) Object.assign(c, { organization_usage: 'deny', organization_require_behavior: 'pre_login_prompt' });
    else Object.assign(c, { organization_usage: 'require', organization_require_behavior: 'no_prompt' });
    return c;
  });
}

/** Start a test server with the test app (client credentials with `scopes`). */
export async function server(opts: ServerOptions & { scopes?: string[] } = {}): Promise<MgmtApiServer> {
  const { scopes = ALL_SCOPES, ...rest } = opts;
  return startMgmtApiServer({ apps: [{ client_id: 'orglint-ci', client_secret: APP_SECRET, scopes }], ...rest });
}

/** Environment for the CLI: the server as AUTH0_DOMAIN and client credentials, nothing inherited that matters. */
export function envFor(s: MgmtApiServer, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    AUTH0_DOMAIN: s.url,
    AUTH0_CLIENT_ID: 'orglint-ci',
    AUTH0_CLIENT_SECRET: APP_SECRET,
    AUTH0_ACCESS_TOKEN: '',
    AUTH0_API_TOKEN: '',
    AUTH0_AUDIENCE: '',
    // no proxy of the machine running the tests: a test that wants one sets it
    HTTPS_PROXY: '',
    HTTP_PROXY: '',
    https_proxy: '',
    http_proxy: '',
    NO_PROXY: '',
    no_proxy: '',
    ORGLINT_MAX_ANSWER_BYTES: '',
    ORGLINT_LOCK_DIR: '',
    ...extra,
  };
}

/** Run the real bundled CLI against a server. */
export function live(args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs = 30_000): Promise<CliRun> {
  return runCli(args, { cwd, env, timeoutMs });
}

/** Start the real CLI without waiting, to signal or kill it mid-run. */
export function spawnLive(args: string[], cwd: string, env: NodeJS.ProcessEnv): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [inject('cliPath'), ...args], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<CliRun>((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? -1 : null), stdout, stderr });
    });
  });
  return { child, done };
}

/** Wait until `cond` holds, polling every 5 ms (bounded). */
export async function until(cond: () => boolean, timeoutMs = 20_000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Parse a JSON Lines journal. */
export function journalLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
