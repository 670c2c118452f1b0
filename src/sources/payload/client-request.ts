/** Which Management API call an HTTP request is, as far as client writes go. */

/** What is wrong with a request meant to write a client (each is a 400 `invalid_uri` from the API). */
export type RequestProblem =
  | { kind: 'wrongPath'; path: string }
  | { kind: 'missingId' }
  | { kind: 'malformedId'; id: string }
  | { kind: 'query'; query: string }
  | { kind: 'wrongMethod'; method: string };

/** A request aimed at `/api/v2/clients`: an update (PATCH) or a create (POST), possibly malformed. */
export interface ClientRequest {
  method: string;
  /** `update` when the body patches an existing client, `create` when it makes a new one */
  kind: 'update' | 'create';
  /** the client id from the path, decoded */
  id?: string;
  problems: RequestProblem[];
}

/** Paths that look aimed at the clients collection, spelt right or not (`/api/v2/client/X`, `/v2/clients`). */
const CLIENTS_LIKE = /^\/(?:api\/)?v\d+\/clients?(?=\/|$)/i;
const CANONICAL = '/api/v2/clients';
const CLIENT_ID = /^[A-Za-z0-9_-]+$/;
const WRITES = new Set(['PATCH', 'POST', 'PUT']);

/** Split a URL (absolute or a bare path) into path and query without trusting it to be a valid URL. */
export function splitUrl(url: string): { path: string; query: string } {
  const m = /^(?:[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*)?([^?#]*)(?:\?([^#]*))?/.exec(url.trim());
  return { path: m?.[1] || '/', query: m?.[2] ?? '' };
}

/**
 * Classify a request. Returns null for anything that is not a write aimed at the clients collection: reads,
 * deletes, other endpoints, and sub-resources such as `/api/v2/clients/{id}/credentials`.
 */
export function classifyClientRequest(method: string, url: string): ClientRequest | null {
  const m = method.trim().toUpperCase();
  if (!WRITES.has(m)) return null;
  const { path, query } = splitUrl(url);
  const prefix = CLIENTS_LIKE.exec(path);
  if (!prefix) return null;
  const segments = path.slice(prefix[0].length).split('/').slice(1);
  // `/clients/ID/rotate-secret` and friends are other endpoints; a trailing slash is an empty segment
  if (segments.length > 2 || (segments.length === 2 && segments[1] !== '')) return null;
  const problems: RequestProblem[] = [];
  if (prefix[0] !== CANONICAL) problems.push({ kind: 'wrongPath', path });
  const raw = segments[0] ?? '';
  let id: string | undefined;
  if (raw !== '') {
    try {
      id = decodeURIComponent(raw);
    } catch {
      id = raw;
    }
  }
  const create = m === 'POST' && id === undefined;
  if (m === 'PUT' || (m === 'POST' && id !== undefined)) problems.push({ kind: 'wrongMethod', method: m });
  if (!create) {
    if (id === undefined) problems.push({ kind: 'missingId' });
    else if (!CLIENT_ID.test(id) || segments.length === 2) problems.push({ kind: 'malformedId', id: segments.length === 2 ? `${raw}/` : id });
  }
  if (query !== '') problems.push({ kind: 'query', query });
  return { method: m, kind: create ? 'create' : 'update', id, problems };
}
