import type { Resource } from '../rule-api/resource';
import type { Origin, Path, ResourceType } from '../rule-api/types';
import type { SourceDocument } from './document';

/** Small helpers the formats share (the registry, registry.ts, is imported by none of them). */

export type Plain = Record<string, unknown>;

/** A JSON object (not an array, not null). */
export function isPlain(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The same, by the names the API dump source, the config and rule helpers use. */
export type PlainObject = Plain;
export { isPlain as isObject };

/** The JSON type of a value as messages say it: "an array", "a string", "null". */
export function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return /^[aeiou]/.test(typeof v) ? `an ${typeof v}` : `a ${typeof v}`;
}

/** A resource with the given parts (the same shape `makeResource` in json/api-dump.ts builds). */
export function resourceAt(
  type: ResourceType,
  name: string,
  value: Plain,
  doc: SourceDocument,
  at: Path,
  origin: Origin,
  partial: boolean,
  meta?: Record<string, unknown>,
): Resource {
  return meta ? { type, name, value, doc, path: at, origin, partial, meta } : { type, name, value, doc, path: at, origin, partial };
}

/** What people call a resource: its name, `client → audience` for grants, else the fallback (made only if needed). */
export function resourceName(type: ResourceType, v: Plain, fallback: string | (() => string)): string {
  if (type === 'clientGrant') {
    const client = typeof v.client_id === 'string' ? v.client_id : '?';
    const audience = typeof v.audience === 'string' ? v.audience : '?';
    return `${client} → ${audience}`;
  }
  if (typeof v.name === 'string' && v.name !== '') return v.name;
  if (type === 'client' && typeof v.client_id === 'string') return v.client_id;
  return typeof fallback === 'string' ? fallback : fallback();
}
