import type { ManagementApi } from './client';
import { PathSegmentError } from './errors';

type Obj = Record<string, unknown>;

/** The most a page may hold (`per_page` / `take`). */
const PAGE = 100;
/** A bound on pages, so a server that never ends its list cannot keep orglint reading forever. */
const MAX_PAGES = 10_000;

/** Item keys remembered to tell a repeated page (beyond this, only MAX_PAGES bounds the list). */
const SEEN_CAP = 1_000_000;

/** What tells one list item from another: its id, else its whole text. */
function itemKey(item: Obj): string {
  const id = item.client_id ?? item.id ?? item.connection_id;
  return typeof id === 'string' ? `id:${id}` : `json:${JSON.stringify(item)}`;
}

/** Called after each page with how many items are read so far and, when known, the total. */
export type Progress = (read: number, total: number | undefined) => void;

/** Every item of a `page`/`per_page`/`include_totals` list endpoint. */
async function allPages(api: ManagementApi, path: string, key: string, query: Record<string, string | number | boolean>, signal?: AbortSignal, progress?: Progress): Promise<Obj[]> {
  const out: Obj[] = [];
  const seen = new Set<string>();
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await api.request<unknown>('GET', path, { query: { ...query, page, per_page: PAGE, include_totals: true }, signal });
    const list = Array.isArray(answer) ? answer : (answer as Obj | null)?.[key];
    if (!Array.isArray(list)) throw new Error(`GET ${path}: the answer has no "${key}" list`);
    // a total that is not a whole number >= 0 is a lie: ignored, so it cannot end the list early
    const told = !Array.isArray(answer) ? (answer as Obj).total : undefined;
    const total = typeof told === 'number' && Number.isSafeInteger(told) && told >= 0 ? told : undefined;
    let fresh = 0;
    for (const item of list) {
      if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
      out.push(item as Obj);
      if (seen.size < SEEN_CAP && !seen.has(itemKey(item as Obj))) fresh++;
      seen.add(itemKey(item as Obj));
    }
    // a full page of items all read already: the server serves the same page again (it would never end)
    if (page > 0 && list.length >= PAGE && fresh === 0 && seen.size < SEEN_CAP) throw new Error(`GET ${path}: page ${page} repeats items already read (the server serves the same page again); stopped`);
    progress?.(out.length, total);
    // a total below what was read is a lie too: read on until a short page
    if (list.length < PAGE || (total !== undefined && out.length === total)) return out;
  }
  throw new Error(`GET ${path}: more than ${MAX_PAGES} pages`);
}

/** Every item of a checkpoint (`from`/`take`) list endpoint. */
async function allCheckpoints(api: ManagementApi, path: string, key: string, signal?: AbortSignal, progress?: Progress): Promise<Obj[]> {
  const out: Obj[] = [];
  let from: string | undefined;
  const checkpoints = new Set<string>();
  for (let page = 0; page < MAX_PAGES; page++) {
    const query: Record<string, string | number> = { take: PAGE };
    if (from) query.from = from;
    const answer = await api.request<unknown>('GET', path, { query, signal });
    const list = Array.isArray(answer) ? answer : (answer as Obj | null)?.[key];
    if (!Array.isArray(list)) throw new Error(`GET ${path}: the answer has no "${key}" list`);
    for (const item of list) if (item && typeof item === 'object' && !Array.isArray(item)) out.push(item as Obj);
    progress?.(out.length, undefined);
    const next = Array.isArray(answer) ? undefined : (answer as Obj).next;
    if (typeof next !== 'string' || next === '' || list.length === 0) return out;
    // a checkpoint named again would read the same pages forever
    if (checkpoints.has(next)) throw new Error(`GET ${path}: the "next" checkpoint of page ${page + 1} was given before (the list would never end); stopped`);
    checkpoints.add(next);
    from = next;
  }
  throw new Error(`GET ${path}: more than ${MAX_PAGES} pages`);
}

/**
 * An id as one path segment: percent-encoded, and refused when it is empty or a dot segment (`.`, `..`, or
 * `%2E`-spellings of them, which the URL parser resolves like the dots and so would address another endpoint).
 */
export function pathSegment(id: unknown): string {
  if (typeof id !== 'string' || id === '' || /^(?:\.|%2e){1,2}$/i.test(id)) throw new PathSegmentError(id);
  return encodeURIComponent(id);
}

/** `GET /api/v2/clients` with only `fields`, all pages (scope `read:clients`). */
export function listClients(api: ManagementApi, fields: readonly string[], signal?: AbortSignal, progress?: Progress): Promise<Obj[]> {
  return allPages(api, '/api/v2/clients', 'clients', { fields: fields.join(','), include_fields: true }, signal, progress);
}

/** `GET /api/v2/clients/{id}` with only `fields` (scope `read:clients`). */
export function getClient(api: ManagementApi, id: string, fields: readonly string[], signal?: AbortSignal): Promise<Obj> {
  return api.request<Obj>('GET', `/api/v2/clients/${pathSegment(id)}`, { query: { fields: fields.join(','), include_fields: true }, signal });
}

/** `PATCH /api/v2/clients/{id}` (scope `update:clients`); not retried on an unsure failure: the caller re-reads. */
export function patchClient(api: ManagementApi, id: string, body: Obj, signal?: AbortSignal, startSignal?: AbortSignal): Promise<Obj> {
  return api.request<Obj>('PATCH', `/api/v2/clients/${pathSegment(id)}`, { body, signal, startSignal, retryUnsure: false });
}

/** `GET /api/v2/client-grants`, all pages (scope `read:client_grants`). */
export function listClientGrants(api: ManagementApi, signal?: AbortSignal, progress?: Progress): Promise<Obj[]> {
  return allPages(api, '/api/v2/client-grants', 'client_grants', {}, signal, progress);
}

/** `GET /api/v2/organizations`, all of them by checkpoint (scope `read:organizations`). */
export function listOrganizations(api: ManagementApi, signal?: AbortSignal, progress?: Progress): Promise<Obj[]> {
  return allCheckpoints(api, '/api/v2/organizations', 'organizations', signal, progress);
}

/** `GET /api/v2/organizations/{id}/enabled_connections`, all pages (scope `read:organization_connections`). */
export function listEnabledConnections(api: ManagementApi, orgId: string, signal?: AbortSignal): Promise<Obj[]> {
  return allPages(api, `/api/v2/organizations/${pathSegment(orgId)}/enabled_connections`, 'enabled_connections', {}, signal);
}
