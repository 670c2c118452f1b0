import { isPlaceholder } from '../sources/keywords';
import type { Resource, Tenant } from './resource';

/**
 * Lookups across one tenant, built once per tenant so cross-resource rules stay linear (maps, never nested
 * loops over all pairs).
 */
export interface TenantIndex {
  /** clients by `client_id` and by `name`: deploy-cli grants name their client by name, API dumps by id */
  clientsByKey: Map<string, Resource[]>;
  /** each client's grants */
  grantsByClient: Map<Resource, Resource[]>;
  /** grants whose `client_id` is absent or a placeholder: their client is unknown until deploy or apply */
  grantsOfUnknownClient: Resource[];
}

const cache = new WeakMap<Tenant, TenantIndex>();

/** The index of a tenant (computed on first use). */
export function tenantIndex(tenant: Tenant): TenantIndex {
  let index = cache.get(tenant);
  if (index) return index;
  const clientsByKey = new Map<string, Resource[]>();
  const add = (key: unknown, client: Resource) => {
    if (typeof key !== 'string' || key === '' || isPlaceholder(key)) return;
    const list = clientsByKey.get(key);
    if (!list) clientsByKey.set(key, [client]);
    else if (!list.includes(client)) list.push(client);
  };
  for (const c of tenant.clients) {
    add(c.value.client_id, c);
    add(c.value.name, c);
  }
  const grantsByClient = new Map<Resource, Resource[]>();
  const grantsOfUnknownClient: Resource[] = [];
  for (const g of tenant.clientGrants) {
    const id = g.value.client_id;
    if (typeof id !== 'string' || isPlaceholder(id)) {
      grantsOfUnknownClient.push(g);
      continue;
    }
    for (const c of clientsByKey.get(id) ?? []) {
      const list = grantsByClient.get(c);
      if (list) list.push(g);
      else grantsByClient.set(c, [g]);
    }
  }
  index = { clientsByKey, grantsByClient, grantsOfUnknownClient };
  cache.set(tenant, index);
  return index;
}

/** The clients a grant belongs to (by `client_id`, or by name as deploy-cli writes it); empty when unknown. */
export function clientsOfGrant(tenant: Tenant, grant: Resource): Resource[] {
  const id = grant.value.client_id;
  if (typeof id !== 'string' || isPlaceholder(id)) return [];
  return tenantIndex(tenant).clientsByKey.get(id) ?? [];
}

/** Names for a message: `"A", "B" and 3 more`. */
export function nameList(names: readonly string[], max = 3): string {
  const quoted = names.slice(0, max).map((n) => JSON.stringify(n));
  const rest = names.length - quoted.length;
  if (rest > 0) return `${quoted.join(', ')} and ${rest} more`;
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}` : quoted.join('');
}

/** Length in characters (code points), as the API counts string limits. */
export function charLength(s: string): number {
  return [...s].length;
}
