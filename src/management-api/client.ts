import { version } from '../../package.json';
import type { ApiEndpoint } from './endpoint';
import { AbortedError, AnswerError, ApiError, NetworkError, PathSegmentError, RedirectError, parseErrorBody, rateHeaders } from './errors';
import { Pacer, sleep } from './pacer';
import { proxyFetch, type FetchLike } from './proxy';
import { redactServerText } from './secret-forms';
import { TokenSource, type Credentials, type TokenAnswer } from './token';

/** Tuning of retries and pacing; the defaults suit a real tenant. */
export interface ApiOptions {
  /** cap on requests a second, on top of the tenant's bucket */
  maxRps?: number;
  /** tries for a 5xx answer or a network error (default 5) */
  maxAttempts?: number;
  /** tries for 429 answers in a row (default 10) */
  max429Attempts?: number;
  /** first backoff, doubled each try up to `retryCapMs` (defaults 500 ms and 30 s) */
  retryBaseMs?: number;
  retryCapMs?: number;
  /** longest wait after one 429, ms (default 60 s, as the official SDKs) */
  max429WaitMs?: number;
  /** per request, ms (default 30 s) */
  timeoutMs?: number;
  /** told of every retry (for `--debug`) */
  onRetry?: (what: string) => void;
  /** the most bytes one answer may have once decoded (default 32 MiB; env ORGLINT_MAX_ANSWER_BYTES in the CLI) */
  maxAnswerBytes?: number;
  /** the environment the proxy variables are read from (HTTPS_PROXY, HTTP_PROXY, NO_PROXY); default: none */
  env?: NodeJS.ProcessEnv;
}

/** The default cap on one answer's size: a page of 100 clients is well under 1 MiB. */
export const DEFAULT_MAX_ANSWER_BYTES = 32 * 1024 * 1024;

/** What a run cost: requests sent, 429 answers, retries. */
export interface ApiStats {
  requests: number;
  count429: number;
  retries: number;
  tokenFetches: number;
}

/** Options of one request. */
export interface RequestOptions {
  query?: Record<string, string | number | boolean>;
  body?: unknown;
  /** abandons the request, even in flight */
  signal?: AbortSignal;
  /** stops the request from being sent (or sent again), but lets one in flight finish */
  startSignal?: AbortSignal;
  /**
   * retry 5xx and network errors (default true). False for writes whose effect must be checked before trying
   * again (a PATCH may have landed before the connection dropped).
   */
  retryUnsure?: boolean;
}

/** A minimal Management API client on Node's fetch: token, pacing, retries; errors as ApiError/NetworkError. */
export class ManagementApi {
  readonly tokens: TokenSource;
  readonly pacer: Pacer;
  readonly stats: ApiStats = { requests: 0, count429: 0, retries: 0, tokenFetches: 0 };
  private readonly o: Required<Omit<ApiOptions, 'maxRps' | 'onRetry' | 'env'>> & ApiOptions;
  private fetcher: Promise<FetchLike> | undefined;

  constructor(
    readonly endpoint: ApiEndpoint,
    credentials: Credentials,
    options: ApiOptions = {},
  ) {
    this.o = { maxAttempts: 5, max429Attempts: 10, retryBaseMs: 500, retryCapMs: 30_000, max429WaitMs: 60_000, timeoutMs: 30_000, maxAnswerBytes: DEFAULT_MAX_ANSWER_BYTES, ...options };
    this.pacer = new Pacer(options.maxRps);
    this.tokens = new TokenSource(credentials, () => this.fetchToken(credentials));
  }

  /** Send one request with pacing and retries; the parsed JSON answer. */
  async request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const { signal } = opts;
    const start = opts.startSignal && signal ? AbortSignal.any([opts.startSignal, signal]) : (opts.startSignal ?? signal);
    const query = opts.query ? `?${new URLSearchParams(Object.entries(opts.query).map(([k, v]): [string, string] => [k, String(v)]))}` : '';
    let attempts = 0;
    let throttled = 0;
    let renewed = false;
    for (;;) {
      try {
        await this.pacer.acquire(start);
      } catch {
        throw new AbortedError(method, path, false);
      }
      const token = await this.tokens.get().catch((err: unknown) => {
        this.pacer.settle(undefined, undefined);
        throw err;
      });
      attempts++;
      const sent = await this.send(method, `${path}${query}`, path, opts.body, signal, { authorization: `Bearer ${token}` }).catch((err: unknown) => {
        this.pacer.settle(undefined, undefined);
        throw err;
      });
      if ('network' in sent) {
        this.pacer.settle(undefined, undefined);
        if (opts.retryUnsure === false || attempts >= this.o.maxAttempts) throw new NetworkError(method, path, sent.network, attempts);
        await this.retryWait(this.backoff(attempts), `${method} ${path}: ${sent.network}`, method, path, start);
        continue;
      }
      const { res, text } = sent;
      const rate = rateHeaders(res.headers);
      this.pacer.settle(rate, res.status);
      if (res.ok) return parseJson<T>(text, method, path, res.status);
      const err = this.serverError(text);
      const fail = (n = attempts) => new ApiError(res.status, err.errorCode, err.message, method, path, rate, n);
      if (res.status === 429) {
        this.stats.count429++;
        attempts--;
        if (++throttled >= this.o.max429Attempts) throw fail(throttled);
        const resetWait = rate.reset !== undefined ? rate.reset * 1000 - Date.now() : undefined;
        const base = rate.retryAfter !== undefined ? rate.retryAfter * 1000 : resetWait !== undefined && resetWait > 0 ? resetWait : this.backoff(throttled);
        const wait = Math.min(this.o.max429WaitMs, base) + Math.random() * 250;
        this.pacer.pause(wait);
        await this.retryWait(0, `${method} ${path}: 429, waiting ${Math.round(wait)} ms`, method, path, start);
        continue;
      }
      if (res.status >= 500 && opts.retryUnsure !== false && attempts < this.o.maxAttempts) {
        await this.retryWait(this.backoff(attempts), `${method} ${path}: ${res.status}`, method, path, start);
        continue;
      }
      if (res.status === 401 && !renewed && this.tokens.renewable && /expire/i.test(err.message)) {
        renewed = true;
        attempts--;
        this.o.onRetry?.(`${method} ${path}: the token expired; fetching a new one`);
        if (await this.tokens.renew(token)) continue;
      }
      throw fail();
    }
  }

  /**
   * One HTTP exchange; a network failure is returned as its reason. Never follows a redirect (a 3xx is a
   * RedirectError naming the Location's host), never sends to another path than the one asked for (a `..` the
   * URL parser would resolve), and never reads more than `maxAnswerBytes` of an answer (AnswerError).
   */
  private async send(
    method: string,
    pathAndQuery: string,
    path: string,
    body: unknown,
    signal: AbortSignal | undefined,
    headers: Record<string, string>,
  ): Promise<{ res: Response; text: string } | { network: string }> {
    const url = new URL(`${this.endpoint.origin}${pathAndQuery}`);
    // a dot segment (or its %2E spelling) in a path the URL parser would resolve away: never sent
    if (url.origin !== this.endpoint.origin || url.pathname !== path) throw new PathSegmentError(path);
    this.stats.requests++;
    const timeout = AbortSignal.timeout(this.o.timeoutMs);
    const fetchFn = await (this.fetcher ??= proxyFetch(this.o.env ?? {}));
    let res: Response;
    try {
      res = await fetchFn(url.href, {
        method,
        headers: {
          accept: 'application/json',
          'user-agent': `orglint/${version}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        redirect: 'manual',
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (err) {
      if (signal?.aborted) throw new AbortedError(method, path, true);
      return { network: networkReason(err, this.o.timeoutMs) };
    }
    if (res.status >= 300 && res.status < 400) {
      await res.body?.cancel().catch(() => undefined);
      throw new RedirectError(method, path, res.status, locationHost(res.headers.get('location'), this.endpoint.origin));
    }
    try {
      return { res, text: await readCapped(res, this.o.maxAnswerBytes, method, path) };
    } catch (err) {
      if (err instanceof AnswerError) throw err;
      if (signal?.aborted) throw new AbortedError(method, path, true);
      return { network: networkReason(err, this.o.timeoutMs) };
    }
  }

  private async fetchToken(c: Credentials): Promise<TokenAnswer> {
    if (c.kind !== 'client-credentials') throw new Error('a fixed token cannot be renewed');
    const path = '/oauth/token';
    const body = { grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret, audience: this.endpoint.audience };
    for (let attempts = 1; ; attempts++) {
      this.stats.tokenFetches++;
      const sent = await this.send('POST', path, path, body, undefined, {});
      if ('network' in sent) {
        if (attempts >= this.o.maxAttempts) throw new NetworkError('POST', path, sent.network, attempts);
        await this.retryWait(this.backoff(attempts), `POST ${path}: ${sent.network}`, 'POST', path);
        continue;
      }
      const { res, text } = sent;
      if (res.ok) {
        const answer = parseJson<TokenAnswer>(text, 'POST', path, res.status);
        if (typeof answer?.access_token !== 'string') throw new ApiError(res.status, undefined, 'the token answer has no access_token', 'POST', path, {}, attempts);
        // it goes into an Authorization header: spaces or control characters could never be sent (nor shown)
        if (!/^[\x21-\x7e]+$/.test(answer.access_token)) {
          this.tokens.hide(answer.access_token);
          throw new ApiError(res.status, undefined, 'the token answer\'s access_token is not a token (empty, or it holds spaces, control or non-ASCII characters)', 'POST', path, {}, attempts);
        }
        return answer;
      }
      if ((res.status >= 500 || res.status === 429) && attempts < this.o.maxAttempts) {
        await this.retryWait(this.backoff(attempts), `POST ${path}: ${res.status}`, 'POST', path);
        continue;
      }
      const err = this.serverError(text);
      throw new ApiError(res.status, err.errorCode, err.message, 'POST', path, rateHeaders(res.headers), attempts);
    }
  }

  /** A server's error body, its text fields cut short and cleaned of any secret this run holds, even in pieces. */
  private serverError(text: string): { errorCode?: string; message: string } {
    const err = parseErrorBody(text);
    const secrets = this.tokens.secrets;
    return { errorCode: err.errorCode === undefined ? undefined : redactServerText(err.errorCode, secrets), message: redactServerText(err.message, secrets) };
  }

  /** Capped exponential backoff with jitter: half fixed, half random. */
  private backoff(attempt: number): number {
    const d = Math.min(this.o.retryCapMs, this.o.retryBaseMs * 2 ** (attempt - 1));
    return d / 2 + (Math.random() * d) / 2;
  }

  private async retryWait(ms: number, what: string, method: string, path: string, signal?: AbortSignal): Promise<void> {
    this.stats.retries++;
    this.o.onRetry?.(what);
    try {
      await sleep(ms, signal);
    } catch {
      throw new AbortedError(method, path, false);
    }
  }
}

function parseJson<T>(text: string, method: string, path: string, status: number): T {
  try {
    return (text === '' ? null : JSON.parse(text)) as T;
  } catch {
    throw new AnswerError(method, path, status, 'is not JSON');
  }
}

/** The host a Location header names, for a message; `(none)` or `(unreadable)` when it names none. */
export function locationHost(location: string | null, base: string): string {
  if (!location) return '(no Location header)';
  try {
    return new URL(location, base).host || '(no host)';
  } catch {
    return '(an unreadable Location)';
  }
}

/** `32 MiB`, `512 KiB`, `100 bytes` */
export function byteSize(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

/** The answer's text, read as a stream and given up past `cap` bytes (decoded), so a huge answer cannot exhaust memory. */
async function readCapped(res: Response, cap: number, method: string, path: string): Promise<string> {
  const tooLarge = () => new AnswerError(method, path, res.status, `is over the ${byteSize(cap)} cap on one answer (ORGLINT_MAX_ANSWER_BYTES); nothing of it was used`);
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > cap && !res.headers.get('content-encoding')) {
    await res.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** A short reason for a failed fetch: ECONNREFUSED, ENOTFOUND, "connection closed", "timed out after 30 s". */
function networkReason(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError') return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  const code = e?.cause?.code;
  if (code === 'UND_ERR_SOCKET' || code === 'ECONNRESET') return 'the connection was closed before an answer';
  if (code) return code;
  return e?.cause?.message ?? e?.message ?? String(err);
}
