import type { CliIO } from '../cli/io';
import { ManagementApi } from '../management-api/client';
import { LiveSetupError, resolveEndpoint } from '../management-api/endpoint';
import { credentialsFromEnv, redact } from '../management-api/token';

/** Flags every live command shares. */
export interface SessionFlags {
  domain?: string;
  maxRps?: string;
  debug?: boolean;
  /** domain to use when neither --domain nor AUTH0_DOMAIN names one (rollback: the journal's tenant) */
  fallbackDomain?: string;
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
  return ['AUTH0_CLIENT_SECRET', 'AUTH0_ACCESS_TOKEN', 'AUTH0_API_TOKEN'].map((k) => env[k]?.trim() ?? '').filter(Boolean);
}

/** Output through which no secret can pass: for errors raised before a session exists. */
export function redactingIO(io: CliIO, more: () => readonly string[] = () => []): CliIO {
  const clean = (t: string) => redact(t, [...envSecrets(io.env), ...more()]);
  return { ...io, stdout: (t) => io.stdout(clean(t)), stderr: (t) => io.stderr(clean(t)) };
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
  const env = flags.domain === undefined && !io.env.AUTH0_DOMAIN && flags.fallbackDomain ? { ...io.env, AUTH0_DOMAIN: flags.fallbackDomain } : io.env;
  const endpoint = resolveEndpoint(flags.domain, env);
  const credentials = credentialsFromEnv(io.env);
  let api: ManagementApi | undefined;
  const secrets = () => api?.tokens.secrets ?? [];
  const out = redactingIO(io, secrets);
  let shown = false;
  const debug = (m: string) => {
    if (flags.debug) out.stderr(`orglint: debug: ${m}\n`);
  };
  api = new ManagementApi(endpoint, credentials, { maxRps: parseMaxRps(flags.maxRps), onRetry: debug });
  return {
    api,
    io: out,
    redact: (t) => redact(t, [...envSecrets(io.env), ...secrets()]),
    progress(text) {
      if (!io.stderrIsTTY) return;
      if (text === undefined) {
        if (shown) io.stderr('\r\x1b[K');
        shown = false;
        return;
      }
      io.stderr(`\r\x1b[K${text}`);
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
