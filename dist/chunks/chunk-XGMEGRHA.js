import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  isPlaceholder
} from "./chunk-PYKP3QTX.js";

// src/rule-api/tenant-index.ts
var cache = /* @__PURE__ */ new WeakMap();
function tenantIndex(tenant) {
  let index = cache.get(tenant);
  if (index) return index;
  const clientsByKey = /* @__PURE__ */ new Map();
  const add = (key, client) => {
    if (typeof key !== "string" || key === "" || isPlaceholder(key)) return;
    const list = clientsByKey.get(key);
    if (!list) clientsByKey.set(key, [client]);
    else if (!list.includes(client)) list.push(client);
  };
  for (const c of tenant.clients) {
    add(c.value.client_id, c);
    add(c.value.name, c);
  }
  const grantsByClient = /* @__PURE__ */ new Map();
  const grantsOfUnknownClient = [];
  for (const g of tenant.clientGrants) {
    const id = g.value.client_id;
    if (typeof id !== "string" || isPlaceholder(id)) {
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
function clientsOfGrant(tenant, grant) {
  const id = grant.value.client_id;
  if (typeof id !== "string" || isPlaceholder(id)) return [];
  return tenantIndex(tenant).clientsByKey.get(id) ?? [];
}
function nameList(names, max = 3) {
  const quoted = names.slice(0, max).map((n) => JSON.stringify(n));
  const rest = names.length - quoted.length;
  if (rest > 0) return `${quoted.join(", ")} and ${rest} more`;
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}` : quoted.join("");
}
function charLength(s) {
  return [...s].length;
}

export {
  tenantIndex,
  clientsOfGrant,
  nameList,
  charLength
};
