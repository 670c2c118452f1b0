import { isIP } from 'node:net';

/** Where the Management API of one tenant lives. */
export interface ApiEndpoint {
  /** `https://tenant.eu.auth0.com` (or `http://127.0.0.1:PORT` for a local test server); no trailing slash */
  origin: string;
  /** the host (with port when not the default), as users name the tenant */
  host: string;
  /** the token audience: `https://DOMAIN/api/v2/` */
  audience: string;
}

/** orglint cannot start: missing or bad credentials, domain or scopes (exit 2). */
export class LiveSetupError extends Error {}

/** Whether a host name is this machine (plain http is allowed only there). */
export function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?::\d{1,5})?$/i;

/**
 * The endpoint from `--domain` or `AUTH0_DOMAIN`: a domain (`tenant.eu.auth0.com`) or a base URL
 * (`https://tenant.eu.auth0.com`, `http://127.0.0.1:8080`). Plain http only for loopback hosts.
 */
export function resolveEndpoint(flag: string | undefined, env: NodeJS.ProcessEnv): ApiEndpoint {
  const raw = (flag ?? env.AUTH0_DOMAIN ?? '').trim();
  const from = flag !== undefined ? '--domain' : 'AUTH0_DOMAIN';
  if (!raw) throw new LiveSetupError('no tenant given: set AUTH0_DOMAIN (as for auth0-deploy-cli) or pass --domain DOMAIN');
  let url: URL;
  if (raw.includes('://')) {
    try {
      url = new URL(raw);
    } catch {
      throw new LiveSetupError(`${from} ${JSON.stringify(raw)} is not a domain or URL; expected e.g. "tenant.eu.auth0.com"`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new LiveSetupError(`${from} ${JSON.stringify(raw)}: expected an https:// URL or a domain`);
    }
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
      throw new LiveSetupError(`${from} ${JSON.stringify(raw)}: plain http is only allowed for this machine (127.0.0.1, localhost); use https`);
    }
    if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
      throw new LiveSetupError(`${from} ${JSON.stringify(raw)}: expected only scheme, host and port, e.g. "https://tenant.eu.auth0.com"`);
    }
  } else {
    if (!HOST.test(raw)) throw new LiveSetupError(`${from} ${JSON.stringify(raw)} is not a domain; expected e.g. "tenant.eu.auth0.com"`);
    url = new URL(`https://${raw}`);
  }
  const origin = url.origin;
  const audience = env.AUTH0_AUDIENCE?.trim() || `${origin}/api/v2/`;
  return { origin, host: url.host, audience };
}
