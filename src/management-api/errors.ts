/** The rate-limit headers of an answer, as numbers (undefined when absent or not numeric). */
export interface RateHeaders {
  limit?: number;
  remaining?: number;
  /** Unix seconds */
  reset?: number;
  /** seconds */
  retryAfter?: number;
}

/** The Management API answered with an error status (after any retries). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** the API's `errorCode` (or the token endpoint's `error`), when it sent one */
    readonly errorCode: string | undefined,
    /** the API's `message` (or `error_description`), as sent */
    readonly apiMessage: string,
    readonly method: string,
    /** path without query, e.g. `/api/v2/clients/abc` */
    readonly path: string,
    readonly rate: RateHeaders,
    readonly attempts: number,
  ) {
    super(`${method} ${path}: ${status}${errorCode ? ` ${errorCode}` : ''}: ${apiMessage}`);
  }
}

/** No answer: the connection failed, dropped or timed out (after any retries). */
export class NetworkError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    /** e.g. ECONNREFUSED, ENOTFOUND, timeout */
    readonly reason: string,
    readonly attempts: number,
  ) {
    super(`${method} ${path}: ${reason}`);
  }
}

/** The server answered a redirect: never followed (the credentials go only to the tenant). */
export class RedirectError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    /** the host the Location header names (never the whole URL: its query may hold anything) */
    readonly locationHost: string,
  ) {
    super(`${method} ${path}: ${status} redirect to ${locationHost}`);
  }
}

/** A 2xx answer orglint cannot use: not JSON, or larger than the cap. The request itself may have taken effect. */
export class AnswerError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    /** e.g. "is not JSON", "is over the 32 MiB cap" */
    readonly problem: string,
  ) {
    super(`${method} ${path}: the answer (${status}) ${problem}`);
  }
}

/** An id orglint refuses to put in a request path (`.`, `..`, their percent-encodings, empty). */
export class PathSegmentError extends Error {
  constructor(readonly id: unknown) {
    super(`refusing the id ${JSON.stringify(String(id))} in a request path: ".", ".." and their encodings would address another endpoint`);
  }
}

/** The request was given up because the user interrupted the run. */
export class AbortedError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    /** false: given up before it was sent (so it certainly had no effect) */
    readonly sent: boolean,
  ) {
    super(`${method} ${path}: interrupted`);
  }
}

/** Parse an error body defensively: some endpoints omit `error`/`errorCode`, some answer HTML. */
export function parseErrorBody(text: string): { errorCode?: string; message: string } {
  try {
    const v = JSON.parse(text) as Record<string, unknown>;
    if (v && typeof v === 'object') {
      const code = typeof v.errorCode === 'string' ? v.errorCode : typeof v.error === 'string' && 'error_description' in v ? v.error : undefined;
      const msg = typeof v.message === 'string' ? v.message : typeof v.error_description === 'string' ? v.error_description : typeof v.error === 'string' ? v.error : '';
      return { errorCode: code, message: msg };
    }
  } catch {
    // not JSON: fall through
  }
  return { message: text.replace(/\s+/g, ' ').trim().slice(0, 200) };
}

/** Read the rate-limit headers. */
export function rateHeaders(h: Headers): RateHeaders {
  const num = (name: string) => {
    const v = h.get(name);
    if (v === null || v.trim() === '') return undefined;
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  };
  const out: RateHeaders = { limit: num('x-ratelimit-limit'), remaining: num('x-ratelimit-remaining'), reset: num('x-ratelimit-reset') };
  const ra = h.get('retry-after');
  if (ra !== null) {
    const n = Number(ra);
    if (Number.isFinite(n)) out.retryAfter = Math.max(0, n);
    else {
      const date = Date.parse(ra);
      if (Number.isFinite(date)) out.retryAfter = Math.max(0, (date - Date.now()) / 1000);
    }
  }
  return out;
}
