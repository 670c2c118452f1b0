import type { CliIO } from '../cli/io';
import { UsageError } from '../cli/io';
import { mapLimit } from '../engine/map-limit';
import { resolveEndpoint } from '../management-api/endpoint';
import { explainError } from '../management-api/messages';
import { redactDeep, redactServerText } from '../management-api/secret-forms';
import { forTenant, SECRET_VARIABLE, tenantEnv, tenantEnvKey } from '../management-api/tenant-env';
import type { LiveSnapshot } from './live-model';
import { readTenant } from './read-tenant';
import { proxySecrets, proxySettings } from '../management-api/proxy';
import { openSession, parseMaxAnswerBytes, parseMaxRps, redactEverything, type LiveSession } from './session';
import { escapeLine } from './terminal-text';

/** At most this many tenants are read at a time (each with its own `--concurrency` requests in flight). */
const TENANTS_AT_ONCE = 16;

/** One of several tenants: what was read, or why it could not be. */
export interface TenantRead {
  /** `https://DOMAIN` */
  origin: string;
  host: string;
  /** the suffix of its variables: AUTH0_CLIENT_ID__KEY */
  key: string;
  snapshot?: LiveSnapshot;
  /** not audited: why (redacted, one line) */
  failure?: string;
}

/**
 * The tenants of several `--domain`: each valid, none twice, and no two sharing the variables' suffix (which
 * would give one tenant's credentials to the other). Checked before anything is sent.
 */
export function tenantsOf(domains: readonly string[]): { origin: string; host: string; key: string }[] {
  const seen = new Map<string, string>();
  const keys = new Map<string, string>();
  return domains.map((d) => {
    if (!d.trim()) throw new UsageError(`--domain ${JSON.stringify(d)}: no tenant named (give each --domain a domain or URL)`);
    const { origin, host } = resolveEndpoint(d, {});
    // `acme.eu.auth0.com.` (a fully qualified name's trailing dot) is the same tenant as `acme.eu.auth0.com`
    const same = origin.replace(/\.(?=(?::\d+)?$)/, '');
    if (seen.has(same)) throw new UsageError(`--domain ${JSON.stringify(d)}: the tenant ${seen.get(same)} is named twice`);
    seen.set(same, origin);
    const key = tenantEnvKey(host);
    const other = keys.get(key);
    if (other) {
      throw new UsageError(
        `--domain ${other} and --domain ${host} both take their credentials from AUTH0_CLIENT_ID__${key} (the suffix is the host with every character but letters and digits as _): audit them in separate runs`,
      );
    }
    keys.set(key, host);
    return { origin, host, key };
  });
}

/**
 * Read several tenants at once, each with its own credentials (AUTH0_CLIENT_ID__KEY…), its own token and its own
 * pacer (a tenant's 429 or rate headers slow only that tenant). A tenant that cannot be read is given back with
 * its reason; the others are read all the same. What each tenant sent is redacted of every tenant's secrets.
 */
export async function readTenants(io: CliIO, domains: readonly string[], opts: { maxRps?: string; debug: boolean; concurrency: number }): Promise<TenantRead[]> {
  const tenants = tenantsOf(domains);
  // what every tenant shares (--max-rps, ORGLINT_MAX_ANSWER_BYTES, the proxy variables) is checked once, before
  // anything is sent: a mistake there is the run's (one message, exit 2), not each tenant's "not audited"
  parseMaxRps(opts.maxRps);
  parseMaxAnswerBytes(io.env);
  proxySettings(io.env);
  const reads = await mapLimit(tenants, TENANTS_AT_ONCE, async (t): Promise<TenantRead & { session?: LiveSession }> => {
    let session: LiveSession | undefined;
    try {
      session = openSession({ ...io, env: tenantEnv(io.env, t.key) }, { domain: t.origin, maxRps: opts.maxRps, debug: opts.debug, label: t.host });
      const s = session;
      const snapshot = await readTenant(s.api, { concurrency: opts.concurrency, progress: (what, n, total) => s.progress(`${t.host}: reading ${what}: ${n}${total ? `/${total}` : ''}`) });
      return { ...t, snapshot, session };
    } catch (err) {
      const why = session ? explainError(err, session.api.endpoint, session.api.tokens.credentials).message : (err as Error).message;
      return { ...t, failure: forTenant(why, t.key), session };
    } finally {
      session?.progress(undefined);
    }
  });
  // every tenant's secrets are known now (tokens included): none of them in what any tenant sent or in a reason
  const clean = redactEverything(io.env);
  // each tenant's client cut only its own secret's pieces out of what its server said: a reason (which quotes a
  // server) also loses every 8+ character piece of any tenant's secret (split across message and errorCode)
  const secrets = [...Object.keys(io.env).filter((k) => SECRET_VARIABLE.test(k)).map((k) => io.env[k]?.trim() ?? ''), ...proxySecrets(io.env)].filter(Boolean);
  const reason = (text: string) => redactServerText(clean(text), secrets, Infinity);
  // what could not be read, in the order the tenants were given (the reads end in any order)
  for (const r of reads) for (const note of r.snapshot?.notes ?? []) io.stderr(`orglint: ${r.host}: ${note}\n`);
  return reads.map(({ session: _, ...r }) =>
    r.snapshot ? { ...r, snapshot: redactDeep(r.snapshot, clean) } : { ...r, failure: escapeLine(reason(r.failure ?? 'not read')) },
  );
}
