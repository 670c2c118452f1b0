/**
 * What a deploy-cli config (the JSON given to `a0deploy -c`, which orglint reads with `--keywords` or the
 * config's `keywordsFile`) says about which resources deploy-cli manages. An excluded type is unknown to the
 * rules, never "none": `organizations: []` in an export of a tenant whose organizations are excluded says
 * nothing about its organizations.
 */
export interface DeployCliExclusions {
  /** the config file, as shown in reasons (relative to the working folder) */
  file: string;
  /** AUTH0_EXCLUDED: deploy-cli type names (`organizations`, `clientGrants`, ...) */
  excluded?: string[];
  /** AUTH0_INCLUDED_ONLY: every other type is excluded */
  includedOnly?: string[];
  /** AUTH0_EXCLUDED_CLIENTS / _CONNECTIONS / _DATABASES: names left out; AUTH0_INCLUDED_CONNECTIONS: the only ones kept */
  excludedClients?: string[];
  excludedConnections?: string[];
  excludedDatabases?: string[];
  includedConnections?: string[];
}

const KEYS = {
  AUTH0_EXCLUDED: 'excluded',
  AUTH0_INCLUDED_ONLY: 'includedOnly',
  AUTH0_EXCLUDED_CLIENTS: 'excludedClients',
  AUTH0_EXCLUDED_CONNECTIONS: 'excludedConnections',
  AUTH0_EXCLUDED_DATABASES: 'excludedDatabases',
  AUTH0_INCLUDED_CONNECTIONS: 'includedConnections',
} as const;

/** A config key whose value is not a list of names (deploy-cli refuses it too). */
export class ExclusionError extends Error {
  constructor(readonly key: string) {
    super(`${key} must be an array of names (or a JSON string of one), as deploy-cli reads it`);
  }
}

/** deploy-cli also takes these as JSON strings (from environment variables): accept both. */
function names(key: string, v: unknown): string[] {
  let list = v;
  if (typeof v === 'string') {
    try {
      list = JSON.parse(v);
    } catch {
      throw new ExclusionError(key);
    }
  }
  if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) throw new ExclusionError(key);
  return list as string[];
}

/** The exclusions of a deploy-cli config object, or undefined when it sets none. Throws ExclusionError. */
export function readExclusions(config: Record<string, unknown>, file: string): DeployCliExclusions | undefined {
  const out: DeployCliExclusions = { file };
  let any = false;
  for (const [key, field] of Object.entries(KEYS)) {
    if (!Object.prototype.hasOwnProperty.call(config, key) || config[key] === undefined || config[key] === null) continue;
    out[field] = names(key, config[key]);
    any = true;
  }
  return any ? out : undefined;
}
