/**
 * Credentials of each tenant when `audit --live` reads several (one `--domain` each). Each tenant's variables
 * carry a suffix made from its host, so one tenant's secret can never be sent to another:
 *
 *   --domain acme.eu.auth0.com  →  AUTH0_CLIENT_ID__ACME_EU_AUTH0_COM, AUTH0_CLIENT_SECRET__ACME_EU_AUTH0_COM,
 *                                  or AUTH0_ACCESS_TOKEN__ACME_EU_AUTH0_COM (AUTH0_API_TOKEN__…, AUTH0_AUDIENCE__…)
 *
 * With several tenants the plain AUTH0_CLIENT_ID / AUTH0_CLIENT_SECRET / AUTH0_ACCESS_TOKEN are never used: no
 * tenant gets credentials that were not named for it. One tenant (one `--domain`, or none) reads the plain ones.
 */

/** The variables a tenant has its own copy of (suffixed `__KEY`). */
export const PER_TENANT_VARIABLES = ['AUTH0_CLIENT_ID', 'AUTH0_CLIENT_SECRET', 'AUTH0_ACCESS_TOKEN', 'AUTH0_API_TOKEN', 'AUTH0_AUDIENCE'] as const;

/** The secret ones, plain or suffixed: redacted from every output whatever tenant they belong to. */
export const SECRET_VARIABLE = /^AUTH0_(CLIENT_SECRET|ACCESS_TOKEN|API_TOKEN)(__[A-Za-z0-9_]+)?$/;

/** `acme.eu.auth0.com` → `ACME_EU_AUTH0_COM`; `127.0.0.1:8080` → `127_0_0_1_8080`. */
export function tenantEnvKey(host: string): string {
  return host.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/**
 * The environment as one tenant sees it: its own suffixed variables under the plain names, and no plain
 * credential of the shell (those are for single-tenant runs). Everything else (proxy, limits) is shared.
 */
export function tenantEnv(env: NodeJS.ProcessEnv, key: string): NodeJS.ProcessEnv {
  const view: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) if (!SECRET_VARIABLE.test(name) && !/^AUTH0_(CLIENT_ID|AUDIENCE|DOMAIN)(__|$)/.test(name)) view[name] = value;
  for (const name of PER_TENANT_VARIABLES) {
    const value = env[`${name}__${key}`];
    if (value !== undefined) view[name] = value;
  }
  return view;
}

/**
 * A message written for a single tenant (naming AUTH0_CLIENT_ID, AUTH0_DOMAIN / --domain), reworded for one of
 * several: the variables it names are this tenant's suffixed ones, and the tenant is its `--domain`.
 */
export function forTenant(message: string, key: string): string {
  return message
    .replace(/AUTH0_DOMAIN \/ --domain|--domain or AUTH0_DOMAIN|AUTH0_DOMAIN/g, '--domain')
    .replace(/\b(AUTH0_(?:CLIENT_ID|CLIENT_SECRET|ACCESS_TOKEN|API_TOKEN|AUDIENCE))\b/g, `$1__${key}`);
}
