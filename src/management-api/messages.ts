import type { ApiEndpoint } from './endpoint';
import { AbortedError, AnswerError, ApiError, NetworkError, PathSegmentError, RedirectError } from './errors';
import type { Credentials } from './token';

/** What an error means for the user: the message, and whether the whole run must stop. */
export interface Explained {
  message: string;
  /** true: every later request would fail the same way (credentials, scopes, plan, tenant unreachable) */
  fatal: boolean;
}

const GRANT_HINT = 'grant it to the application under Dashboard > Applications > APIs > Auth0 Management API';

/** The first scope of "Insufficient scope, expected any of: update:clients,update:client_keys". */
export function missingScope(message: string): string | undefined {
  const m = /expected any of:?\s*([\w:,\s]+)/i.exec(message);
  return m ? m[1].split(/[\s,]+/).filter(Boolean)[0] : undefined;
}

/** The body field a 400 invalid_body message names, if any. */
export function bodyField(message: string): string | undefined {
  return /on property ([\w.]+)/.exec(message)?.[1] ?? /Additional properties not allowed: ([\w.,]+)/.exec(message)?.[1];
}

/**
 * A clear, actionable message for a failed Management API request (every status of the seed doc's table, the
 * token endpoint's answers, network failures). `body` is the PATCH body, for 400 invalid_body.
 */
export function explainError(err: unknown, endpoint: ApiEndpoint, credentials: Credentials, body?: Record<string, unknown>): Explained {
  if (err instanceof AbortedError) return { message: 'interrupted before an answer', fatal: true };
  if (err instanceof NetworkError) {
    return {
      message: `could not reach ${endpoint.origin}: ${err.reason} (${tries(err.attempts)}); check AUTH0_DOMAIN / --domain and the network`,
      fatal: true,
    };
  }
  if (err instanceof RedirectError) {
    return {
      message: `${err.method} ${err.path} was answered ${err.status}, a redirect to ${err.locationHost}: orglint follows no redirect, so nothing was sent there; check AUTH0_DOMAIN / --domain (the tenant's own domain, not a proxy or a custom domain that redirects)`,
      fatal: true,
    };
  }
  if (err instanceof AnswerError) {
    return { message: `${err.method} ${err.path}: the answer (${err.status}) ${err.problem}; is ${endpoint.origin} an Auth0 tenant?`, fatal: true };
  }
  if (err instanceof PathSegmentError) {
    return { message: `refusing the id ${JSON.stringify(String(err.id))} in a request path: ".", ".." and their encodings would address another endpoint; nothing was sent for it`, fatal: false };
  }
  if (!(err instanceof ApiError)) return { message: (err as Error)?.message ?? String(err), fatal: true };
  const api = `${err.status}${err.errorCode ? ` ${err.errorCode}` : ''}`;
  const said = err.apiMessage ? `: ${JSON.stringify(err.apiMessage)}` : '';
  if (err.path === '/oauth/token') return explainTokenError(err, endpoint, api, said);
  const fixed = credentials.kind === 'token' ? credentials.variable : undefined;
  switch (err.status) {
    case 400:
      if (err.errorCode === 'invalid_uri') {
        return { message: `the API rejected the request path ${JSON.stringify(err.path)} (${api})${said}; the id may be malformed`, fatal: false };
      }
      if (err.errorCode === 'invalid_body') {
        const field = bodyField(err.apiMessage);
        const where = field ? `field ${field}` : `the fields ${Object.keys(body ?? {}).join(', ') || '(none)'}`;
        return { message: `the API rejected the body (${api}) at ${where}${said}; body sent: ${JSON.stringify(body ?? null)}`, fatal: false };
      }
      return { message: `the API rejected the request (${api})${said}`, fatal: false };
    case 401:
      return { message: explain401(err, endpoint, fixed, api), fatal: true };
    case 403: {
      if (err.errorCode === 'insufficient_scope' && /expected any of/i.test(err.apiMessage)) {
        const scope = missingScope(err.apiMessage) ?? 'required';
        const then = fixed ? `, then get a new token for ${fixed}` : ', then run again';
        return { message: `the token lacks the ${scope} scope (${api})${said}; ${GRANT_HINT}${then}`, fatal: true };
      }
      if (err.errorCode === 'insufficient_scope') {
        return { message: `the token's scopes do not allow some fields (${api})${said}`, fatal: false };
      }
      if (err.errorCode === 'operation_not_supported') {
        return { message: `the tenant's plan does not allow this operation (${api})${said}; check the tenant's subscription and features`, fatal: true };
      }
      return { message: `the API refused the change (${api})${said}`, fatal: false };
    }
    case 404:
      if (err.errorCode === 'inexistent_client') {
        return { message: `the application was deleted since orglint read it (${api}); nothing was changed`, fatal: false };
      }
      return { message: `${err.method} ${err.path} was not found (${api})${said}; is ${endpoint.origin} an Auth0 tenant?`, fatal: true };
    case 429: {
      const r = err.rate;
      const reset = r.reset !== undefined ? `, reset in ${Math.max(0, Math.round(r.reset - Date.now() / 1000))} s` : '';
      const head = r.limit !== undefined ? ` (x-ratelimit-limit ${r.limit}, remaining ${r.remaining ?? '?'}${reset})` : '';
      return { message: `the API kept answering 429 Too Many Requests${head}; gave up after ${tries(err.attempts)}: run again later or lower --max-rps`, fatal: false };
    }
    default:
      if (err.status >= 500) return { message: `the API answered ${api}${said} (${tries(err.attempts)}); try again later`, fatal: false };
      return { message: `the API answered ${api}${said}`, fatal: false };
  }
}

function explain401(err: ApiError, endpoint: ApiEndpoint, fixed: string | undefined, api: string): string {
  const m = err.apiMessage;
  const said = JSON.stringify(m);
  if (/expire/i.test(m)) {
    return fixed
      ? `the access token in ${fixed} has expired (${api} ${said}); get a new one, or set AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET so orglint fetches its own`
      : `a freshly fetched token was refused as expired (${api} ${said}); check this machine's clock`;
  }
  if (/signature/i.test(m)) {
    return `the token was not issued by this tenant: invalid signature (${api} ${said}); check that AUTH0_DOMAIN / --domain is ${endpoint.host}'s tenant, the one the token is for`;
  }
  if (/not global/i.test(m)) {
    return `the token belongs to an application that may not call the Management API: client is not global (${api} ${said}); use a machine-to-machine application authorized for the Auth0 Management API, not a user's token`;
  }
  const source = fixed ?? 'the token fetched with AUTH0_CLIENT_ID';
  return `the Management API does not accept ${source}: invalid token (${api} ${said}); use a complete access token for the audience ${JSON.stringify(endpoint.audience)} (not an ID token or a token for another API)`;
}

function explainTokenError(err: ApiError, endpoint: ApiEndpoint, api: string, said: string): Explained {
  if (err.status === 401) {
    return { message: `the tenant refused AUTH0_CLIENT_ID / AUTH0_CLIENT_SECRET (${api})${said}; check both, and that the application belongs to ${endpoint.host}`, fatal: true };
  }
  if (err.status === 403 && /not authorized to access/i.test(err.apiMessage)) {
    return {
      message: `the application AUTH0_CLIENT_ID is not authorized for the Auth0 Management API (${api}); authorize it under Dashboard > Applications > APIs > Auth0 Management API > Machine To Machine Applications`,
      fatal: true,
    };
  }
  if (err.status === 403 && /service not enabled/i.test(err.apiMessage)) {
    return { message: `the audience ${JSON.stringify(endpoint.audience)} is not this tenant's Management API (${api}); check AUTH0_DOMAIN, or set AUTH0_AUDIENCE for a custom domain`, fatal: true };
  }
  return { message: `the token endpoint answered ${api}${said}`, fatal: true };
}

function tries(n: number): string {
  return n === 1 ? '1 try' : `${n} tries`;
}
