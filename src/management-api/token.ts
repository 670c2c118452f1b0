import { LiveSetupError } from './endpoint';

/** How orglint gets a Management API token: only ever from the environment. */
export type Credentials =
  | { kind: 'token'; token: string; variable: 'AUTH0_ACCESS_TOKEN' | 'AUTH0_API_TOKEN' }
  | { kind: 'client-credentials'; clientId: string; clientSecret: string };

/**
 * Credentials from the variables auth0-deploy-cli users already have. A ready token (`AUTH0_ACCESS_TOKEN`, or
 * Terraform's `AUTH0_API_TOKEN`) wins; otherwise `AUTH0_CLIENT_ID` + `AUTH0_CLIENT_SECRET`.
 */
export function credentialsFromEnv(env: NodeJS.ProcessEnv): Credentials {
  for (const variable of ['AUTH0_ACCESS_TOKEN', 'AUTH0_API_TOKEN'] as const) {
    const token = env[variable]?.trim();
    if (token) return { kind: 'token', token, variable };
  }
  const clientId = env.AUTH0_CLIENT_ID?.trim();
  const clientSecret = env.AUTH0_CLIENT_SECRET?.trim();
  if (clientId && clientSecret) return { kind: 'client-credentials', clientId, clientSecret };
  if (clientId) throw new LiveSetupError('AUTH0_CLIENT_ID is set but AUTH0_CLIENT_SECRET is not: set both (or a token in AUTH0_ACCESS_TOKEN)');
  if (clientSecret) throw new LiveSetupError('AUTH0_CLIENT_SECRET is set but AUTH0_CLIENT_ID is not: set both (or a token in AUTH0_ACCESS_TOKEN)');
  throw new LiveSetupError(
    'no credentials: set AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET (a machine-to-machine application authorized for the Auth0 Management API), or a token in AUTH0_ACCESS_TOKEN; secrets are never read from the command line',
  );
}

/** The scopes a JWT access token carries (its payload is decoded, never verified, never shown). */
export function tokenScopes(token: string): Set<string> | undefined {
  const claims = tokenClaims(token);
  return typeof claims?.scope === 'string' ? new Set(claims.scope.split(' ').filter(Boolean)) : undefined;
}

/** The payload of a JWT, or undefined for an opaque token. */
export function tokenClaims(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const v = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** What `POST /oauth/token` answers. */
export interface TokenAnswer {
  access_token: string;
  scope?: string;
  expires_in?: number;
}

/** Renew a token this long before it expires at most (a day-long token: a minute before). */
const RENEW_MARGIN_MS = 60_000;
/** Never fetch tokens more often than this, whatever lifetime they claim (only a 401 "expired" may renew sooner). */
export const MIN_TOKEN_GAP_MS = 10_000;

/**
 * The current access token. A client-credentials token is fetched on first use, renewed before it expires
 * (at half its lifetime left, at most a minute before, and never more often than every MIN_TOKEN_GAP_MS, so a
 * token that lives 30 s or less does not cost a token fetch per request), and renewed once more when the API
 * says it expired (`renew`); concurrent callers share one fetch.
 */
export class TokenSource {
  private token: string | undefined;
  private expiresAt = Infinity;
  private renewAt = Infinity;
  private pending: Promise<string> | undefined;
  private grantedScopes: Set<string> | undefined;
  private readonly seen = new Set<string>();

  constructor(
    readonly credentials: Credentials,
    private readonly exchange: () => Promise<TokenAnswer>,
  ) {
    if (credentials.kind === 'token') {
      this.token = credentials.token;
      this.grantedScopes = tokenScopes(credentials.token);
      this.seen.add(credentials.token);
      const exp = tokenClaims(credentials.token)?.exp;
      if (typeof exp === 'number') this.expiresAt = exp * 1000;
    } else {
      this.seen.add(credentials.clientSecret);
    }
  }

  /** Whether a new token can be fetched (client credentials), as opposed to a fixed one. */
  get renewable(): boolean {
    return this.credentials.kind === 'client-credentials';
  }

  /** The token's scopes, when known (from the token answer or the JWT). */
  get scopes(): Set<string> | undefined {
    return this.grantedScopes;
  }

  /** Whether the fixed token's own `exp` claim is in the past. */
  get expired(): boolean {
    return Date.now() >= this.expiresAt;
  }

  /** Every secret value this run has held: the client secret and each token, to redact from any output. */
  get secrets(): string[] {
    return [...this.seen];
  }

  /** Count a value the token endpoint sent as a secret (redacted from every output) though it is not used. */
  hide(value: string): void {
    this.seen.add(value);
  }

  /** A token to send now. */
  async get(): Promise<string> {
    if (this.pending) return this.pending;
    if (this.token && (!this.renewable || Date.now() < this.renewAt)) return this.token;
    return this.fetchNew();
  }

  /** The API refused `stale` as expired: fetch a new one (shared with other callers). Undefined when fixed. */
  async renew(stale: string): Promise<string | undefined> {
    if (!this.renewable) return undefined;
    if (this.pending) return this.pending;
    if (this.token && this.token !== stale) return this.token;
    return this.fetchNew();
  }

  private fetchNew(): Promise<string> {
    this.pending = (async () => {
      try {
        const answer = await this.exchange();
        this.token = answer.access_token;
        this.seen.add(answer.access_token);
        this.grantedScopes = typeof answer.scope === 'string' ? new Set(answer.scope.split(' ').filter(Boolean)) : tokenScopes(answer.access_token);
        const now = Date.now();
        const life = typeof answer.expires_in === 'number' && answer.expires_in > 0 ? answer.expires_in * 1000 : Infinity;
        this.expiresAt = now + life;
        this.renewAt = now + Math.max(MIN_TOKEN_GAP_MS, life - Math.min(life / 2, RENEW_MARGIN_MS));
        return answer.access_token;
      } finally {
        this.pending = undefined;
      }
    })();
    return this.pending;
  }
}

export { redact } from './secret-forms';
