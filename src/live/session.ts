import type { CliIO } from '../cli/io';
import { ManagementApi } from '../management-api/client';
import { LiveSetupError, resolveEndpoint } from '../management-api/endpoint';
import { proxySecrets, proxySettings } from '../management-api/proxy';
import { redact } from '../management-api/secret-forms';
import { SECRET_VARIABLE } from '../management-api/tenant-env';
import { credentialsFromEnv } from '../management-api/token';
import { escapeControls } from './terminal-text';

/** Flags every live command shares. */
export interface SessionFlags {
  domain?: string;
  maxRps?: string;
  debug?: boolean;
  /** when several tenants are read at once: their host, before each debug line */
  label?: string;
}

/** A live command's connection to one tenant, and output that never shows a secret. */
export interface LiveSession {
  api: ManagementApi;
  /** the command's output, with every secret this run knows replaced by `[redacted]` */
  io: CliIO;
  redact(text: string): string;
  /** a progress line on stderr, only on a terminal; `done` clears it */
  progress(text: string | undefined): void;
  debug(text: string): void;
}

/** Environment values that are secrets, whatever happens later (redacted from every output). */
function envSecrets(env: NodeJS.ProcessEnv): string[] {
  // the plain ones and every tenant's own (AUTH0_CLIENT_SECRET__ACME_EU_AUTH0_COM, see tenant-env.ts)
  const names = Object.keys(env).filter((k) => SECRET_VARIABLE.test(k));
  return [...names.map((k) => env[k]?.trim() ?? '').filter(Boolean), ...proxySecrets(env)];
}

/**
 * Output through which no secret can pass (in any spelling: see secret-forms.ts), and no control character
 * reaches stderr (messages there quote servers and journals). Stdout keeps its colours: what the live commands
 * print there is escaped where it is made (report.ts).
 */
export function redactingIO(io: CliIO, more: () => readonly string[] = () => []): CliIO {
  const clean = (t: string) => redact(t, [...envSecrets(io.env), ...more(), ...[...SESSION_SECRETS].flatMap((f) => f())]);
  const out: CliIO = { ...io, stdout: (t) => io.stdout(clean(t)), stderr: (t) => io.stderr(escapeControls(clean(t))) };
  RAW_STDERR.set(out, RAW_STDERR.get(io) ?? io.stderr);
  return out;
}

/** Redact every secret this process knows: the environment's (every tenant's) and every session's tokens. */
export function redactEverything(env: NodeJS.ProcessEnv): (text: string) => string {
  return (t) => redact(t, [...envSecrets(env), ...[...SESSION_SECRETS].flatMap((f) => f())]);
}

/** The secrets of every session of this process (tokens fetched), so output made outside a session hides them too. */
const SESSION_SECRETS = new Set<() => readonly string[]>();

/** The terminal's own stderr behind a redacting one: only for orglint's progress line (which is all its own text). */
const RAW_STDERR = new WeakMap<CliIO, (text: string) => void>();

/** `ORGLINT_MAX_ANSWER_BYTES`: the cap on one API answer (bytes, at least 1 KiB), else the default. */
export function parseMaxAnswerBytes(env: NodeJS.ProcessEnv): number | undefined {
  const v = env.ORGLINT_MAX_ANSWER_BYTES?.trim();
  if (!v) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1024) throw new LiveSetupError(`ORGLINT_MAX_ANSWER_BYTES ${JSON.stringify(v)}: expected a whole number of bytes, at least 1024`);
  return Number(v);
}

/** Parse `--max-rps`: a positive number. */
export function parseMaxRps(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new LiveSetupError(`--max-rps ${JSON.stringify(v)}: expected a positive number of requests a second`);
  return n;
}

/** Connect to the tenant named by --domain / AUTH0_DOMAIN with credentials from the environment only. */
export function openSession(io: CliIO, flags: SessionFlags): LiveSession {
  const endpoint = resolveEndpoint(flags.domain, io.env);
  const credentials = credentialsFromEnv(io.env);
  proxySettings(io.env);
  let api: ManagementApi | undefined;
  const secrets = () => api?.tokens.secrets ?? [];
  SESSION_SECRETS.add(secrets);
  const out = redactingIO(io, secrets);
  let shown = false;
  const debug = (m: string) => {
    if (flags.debug) out.stderr(`orglint: debug: ${flags.label ? `${flags.label}: ` : ''}${m}\n`);
  };
  api = new ManagementApi(endpoint, credentials, { maxRps: parseMaxRps(flags.maxRps), onRetry: debug, maxAnswerBytes: parseMaxAnswerBytes(io.env), env: io.env });
  return {
    api,
    io: out,
    redact: (t) => redact(t, [...envSecrets(io.env), ...secrets()]),
    progress(text) {
      if (!io.stderrIsTTY) return;
      const raw = RAW_STDERR.get(io) ?? io.stderr;
      if (text === undefined) {
        if (shown) raw('\r\x1b[K');
        shown = false;
        return;
      }
      raw(`\r\x1b[K${escapeControls(text)}`);
      shown = true;
    },
    debug,
  };
}

/** Ctrl-C / SIGTERM while changes are applied: the first stops new work, the second (or 15 s) abandons. */
export function interruptions(io: CliIO, graceMs = 15_000): { stop: AbortSignal; abandon: AbortSignal; interrupted: () => boolean; dispose: () => void } {
  const stop = new AbortController();
  const abandon = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onSignal = (sig: NodeJS.Signals) => {
    if (!stop.signal.aborted) {
      io.stderr(`\norglint: ${sig}: finishing the requests in flight and writing the journal (again to abandon them)\n`);
      stop.abort();
      timer = setTimeout(() => abandon.abort(), graceMs);
      timer.unref();
    } else if (!abandon.signal.aborted) {
      io.stderr(`\norglint: ${sig}: abandoning the requests in flight\n`);
      abandon.abort();
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    stop: stop.signal,
    abandon: abandon.signal,
    interrupted: () => stop.signal.aborted,
    dispose() {
      clearTimeout(timer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
