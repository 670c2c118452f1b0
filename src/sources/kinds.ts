import type { Resource } from '../rule-api/resource';
import type { ResourceKind } from '../rule-api/tenant-model';
import type { Origin, Path, ResourceType } from '../rule-api/types';
import { deployCliDirectory, deployCliYaml, listResources } from './deploy-cli';
import type { SourceDocument } from './document';
import { resourceName } from './plain-object';
import { harCapture } from './har';
import { patchPayload } from './payload';
import { terraformHcl } from './terraform/hcl-source';
import { terraformPlan } from './terraform/plan';

/** What one file contributes to its tenant. */
export interface Contribution {
  /** files with the same key are one tenant (a deploy-cli directory's root; otherwise the file itself) */
  tenantKey: string;
  resources: Resource[];
  /** the kinds this file lists in full: an empty list there means none (a kind not named is unknown) */
  lists?: ResourceKind[];
  /**
   * why the kinds a file does not list are unknown: `absent` for exports that could hold them (deploy-cli),
   * so a rule that asks is listed as skipped; `not-held` (default) for sources that never do
   */
  absentCause?: 'absent' | 'not-held';
  /** the same as `lists` holding `organization` / `clientGrant` (older sources set these) */
  hasOrganizations?: boolean;
  hasClientGrants?: boolean;
}

/** A kind of file orglint reads. New sources (payloads, HAR, plans) add one of these to `SOURCE_KINDS`. */
export interface SourceKind {
  name: string;
  format: 'yaml' | 'json' | 'hcl';
  /** cheap test before parsing: the file name and a look at the raw text */
  sniff(file: string, text: string, ctx?: SniffContext): boolean;
  /** parse the text into this kind's own document (HAR bodies, plan mappings); default: plain YAML/JSON */
  load?(file: string, text: string, bom: boolean, ctx?: LoadContext): SourceDocument | Promise<SourceDocument>;
  /** the file's resources, or null when the parsed document is not of this kind after all */
  extract(doc: SourceDocument, file: string): Contribution | null;
}

/** What a kind may read besides the file itself (a `.tf` file's module folder). */
export interface LoadContext {
  /** texts to use instead of the files on disk (fixes computed but not yet written) */
  overlay?: ReadonlyMap<string, { text: string; bom: boolean }>;
  /** `--var-file` files for Terraform modules, absolute */
  varFiles?: readonly string[];
  maxFileSize?: number;
}

/** What a kind may know about a file besides its name and text. */
export interface SniffContext {
  /** true for files the config's `payloads` globs name as PATCH bodies */
  isPayloadFile?(file: string): boolean;
}

export type PlainObject = Record<string, unknown>;

export function isObject(v: unknown): v is PlainObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export { resourceName };
export { DIRECTORY_FOLDERS, deployCliDirectory, deployCliYaml, directoryTenantRoot } from './deploy-cli';

/** Build a resource from an object inside a document. */
export function makeResource(
  type: ResourceType,
  value: PlainObject,
  doc: SourceDocument,
  at: Path,
  origin: Origin,
  fallbackName: string,
  partial = false,
): Resource {
  return { type, name: resourceName(type, value, fallbackName), value, doc, path: at, origin, partial };
}

function looksLikeClient(v: unknown): boolean {
  return isObject(v) && ('client_id' in v || 'app_type' in v || ('name' in v && ('callbacks' in v || 'grant_types' in v)));
}

/** `GET /api/v2/clients` answer: an array of clients, or an object with a `clients` array (paginated). */
export const apiDump: SourceKind = {
  name: 'api-dump',
  format: 'json',
  sniff: (file, text) => /\.json$/i.test(file) && /"(client_id|app_type|clients)"/.test(text),
  extract(doc, file) {
    const v = doc.value;
    let list: unknown[];
    let base: Path;
    if (Array.isArray(v)) [list, base] = [v, []];
    else if (isObject(v) && Array.isArray(v.clients)) [list, base] = [v.clients, ['clients']];
    else return null;
    if (list.length === 0 || !list.some(looksLikeClient)) return null;
    const resources: Resource[] = [];
    list.forEach((item, i) => {
      if (isObject(item)) resources.push(makeResource('client', item, doc, [...base, i], 'api-dump', `clients[${i}]`));
    });
    // a dump object may also carry `client_grants` and `organizations` (what `orglint audit --live --snapshot` writes)
    const root = isObject(v) ? v : {};
    for (const r of listResources(doc, root, 'client_grants', 'clientGrant', 'api-dump')) resources.push(r);
    for (const r of listResources(doc, root, 'organizations', 'organization', 'api-dump')) resources.push(r);
    const lists: ResourceKind[] = [];
    if (Array.isArray(root.organizations)) lists.push('organization');
    if (Array.isArray(root.client_grants)) lists.push('clientGrant');
    return { tenantKey: file, resources, lists };
  },
};

/** Every kind of file orglint reads, most specific first. */
export const SOURCE_KINDS: SourceKind[] = [patchPayload, harCapture, terraformPlan, terraformHcl, deployCliDirectory, deployCliYaml, apiDump];
