import { splitUrl } from '../payload/client-request';

/**
 * Writes to client grants and organizations in a HAR capture: which resource a body is, and whether it is
 * whole (a create) or partial (an update). Other sub-resources (members, invitations, roles, client-grant
 * associations, discovery domains) carry nothing the rules check and are left alone.
 */
export interface ResourceWrite {
  type: 'clientGrant' | 'organization';
  kind: 'create' | 'update';
  /** the id from the path, decoded */
  id?: string;
  /** the body is one of an organization's enabled connections (`/organizations/{id}/enabled_connections`) */
  connectionEntry?: boolean;
}

const SEGMENT = /^[^/?#]+$/;

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Classify a request, or null when it is not such a write. */
export function classifyResourceWrite(method: string, url: string): ResourceWrite | null {
  const m = method.trim().toUpperCase();
  if (m !== 'POST' && m !== 'PATCH') return null;
  const segments = splitUrl(url).path.replace(/\/+$/, '').split('/').slice(1);
  if (segments[0] !== 'api' || segments[1] !== 'v2') return null;
  const [collection, id, sub, subId, ...rest] = segments.slice(2);
  if (rest.length || (id !== undefined && !SEGMENT.test(id))) return null;
  if (collection === 'client-grants') {
    if (sub !== undefined) return null;
    if (m === 'POST' && id === undefined) return { type: 'clientGrant', kind: 'create' };
    if (m === 'PATCH' && id !== undefined) return { type: 'clientGrant', kind: 'update', id: decode(id) };
    return null;
  }
  if (collection !== 'organizations') return null;
  if (sub === undefined) {
    if (m === 'POST' && id === undefined) return { type: 'organization', kind: 'create' };
    if (m === 'PATCH' && id !== undefined) return { type: 'organization', kind: 'update', id: decode(id) };
    return null;
  }
  if (id === undefined || sub !== 'enabled_connections') return null;
  // adding a connection sends the whole entry; changing one sends only what changes
  if (m === 'POST' && subId === undefined) return { type: 'organization', kind: 'create', id: decode(id), connectionEntry: true };
  if (m === 'PATCH' && subId !== undefined) return { type: 'organization', kind: 'update', id: decode(id), connectionEntry: true };
  return null;
}
