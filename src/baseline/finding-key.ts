import { createHash } from 'node:crypto';
import { toPointer, type Finding } from '../engine/finding';

/**
 * What identifies a finding across edits of its file: the resource (type + name), the rule and the JSON path
 * inside the resource — never a line number, and never the resource's index in a list (inserting a client
 * above it must not change the key).
 */
export interface FindingKey {
  /** `client Partner Portal`, or `` for a finding about the file itself (a parse error) */
  resource: string;
  ruleId: string;
  /** JSON Pointer relative to the resource (`/organization_usage`); relative to the document without one */
  path: string;
}

/** The key of a finding, without its file (callers choose how to name files). */
export function findingKey(f: Finding): FindingKey {
  const resource = f.resource ? `${f.resource.type} ${f.resource.name}` : '';
  let path = f.path;
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
