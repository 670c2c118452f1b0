import { createHash } from 'node:crypto';
import { toPointer, type Finding } from '../engine/finding';
import type { Path } from '../rule-api/types';

/**
 * What identifies a finding across edits of its file: the resource (type + name), the rule and the JSON path
 * inside the resource — never a line number, and never a list position: the resource is named, and an item of
 * a list inside it by what it is (a connection by its name or id, a grant by its client and audience, a URL by
 * itself), so inserting or reordering items keeps the key.
 */
export interface FindingKey {
  /** `client Partner Portal`, or `` for a finding about the file itself (a parse error) */
  resource: string;
  ruleId: string;
  /**
   * JSON Pointer relative to the resource, list items by identity: `/organization_usage`,
   * `/connections/[name="Username-Password-Authentication"]/is_signup_enabled`, `/callbacks/["https://a/cb"]`
   */
  path: string;
}

/** What names an object in a list, most telling first: a connection, a grant, anything with a name or id. */
const IDENTITY_KEYS = ['name', 'connection_id', 'id', 'identifier', 'client_id', 'audience', 'url', 'key'];

/** identities longer than this (a hostile 1 MB URL) are written as a hash, so a baseline entry stays small */
const MAX_IDENTITY = 512;

/** A list item's identity as a path segment, or undefined when it has none (then its position stays). */
export function itemIdentity(item: unknown): string | undefined {
  const id = rawIdentity(item);
  if (id === undefined || id.length <= MAX_IDENTITY) return id;
  return `[sha256=${createHash('sha256').update(id).digest('hex').slice(0, 32)}]`;
}

function rawIdentity(item: unknown): string | undefined {
  if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') return `[${JSON.stringify(item)}]`;
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const o = item as Record<string, unknown>;
  if (typeof o.client_id === 'string' && typeof o.audience === 'string') return `[client_id=${JSON.stringify(o.client_id)},audience=${JSON.stringify(o.audience)}]`;
  for (const k of IDENTITY_KEYS) if (typeof o[k] === 'string' && o[k] !== '') return `[${k}=${JSON.stringify(o[k])}]`;
  return undefined;
}

/** The path relative to the resource with every list position replaced by the item's identity. */
function identityPath(value: unknown, rel: Path): Path {
  const out: (string | number)[] = [];
  let cur = value;
  for (const seg of rel) {
    if (Array.isArray(cur) && typeof seg === 'number') {
      out.push(itemIdentity(cur[seg]) ?? seg);
      cur = cur[seg];
    } else {
      out.push(seg);
      cur = typeof cur === 'object' && cur !== null && Object.hasOwn(cur, seg) ? (cur as Record<string | number, unknown>)[seg] : undefined;
    }
  }
  return out;
}

/** The key of a finding, without its file (callers choose how to name files). */
export function findingKey(f: Finding): FindingKey {
  const resource = f.resource ? `${f.resource.type} ${f.resource.name}` : '';
  let path = f.keyPath ?? f.path;
  if (f.source && f.docPath && f.docPath.length >= f.source.path.length) path = toPointer(identityPath(f.source.value, f.docPath.slice(f.source.path.length)));
  return { resource, ruleId: f.ruleId, path };
}

/** The key orglint 0.1.0 wrote (list positions as numbers): baselines of that version still match by it. */
export function legacyFindingKey(f: Finding): FindingKey {
  const resource = f.resource ? `${f.resource.type} ${f.resource.name}` : '';
  let path = f.legacyKeyPath ?? f.path;
  if (f.source && f.docPath && f.docPath.length >= f.source.path.length) path = toPointer(f.docPath.slice(f.source.path.length));
  return { resource, ruleId: f.ruleId, path };
}

/**
 * A short, stable hash of a finding's file and key: the base of SARIF's `partialFingerprints`, so code scanning
 * keeps tracking one alert while lines move.
 */
export function findingHash(file: string, f: Finding): string {
  const k = findingKey(f);
  return createHash('sha256').update([file, k.resource, k.ruleId, k.path].join('\u0000')).digest('hex').slice(0, 32);
}
