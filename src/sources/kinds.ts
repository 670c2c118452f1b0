import path from 'node:path';
import type { Resource } from '../rule-api/resource';
import type { Origin, Path, ResourceType } from '../rule-api/types';
import type { SourceDocument } from './document';
import { harCapture } from './har';
import { patchPayload } from './payload';
import { terraformHcl } from './terraform/hcl-source';
import { terraformPlan } from './terraform/plan';

/** What one file contributes to its tenant. */
export interface Contribution {
  /** files with the same key are one tenant (a deploy-cli directory's root; otherwise the file itself) */
  tenantKey: string;
  resources: Resource[];
  hasOrganizations: boolean;
  hasClientGrants: boolean;
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

export function resourceName(type: ResourceType, v: PlainObject, fallback: string): string {
  if (type === 'clientGrant') {
    const client = typeof v.client_id === 'string' ? v.client_id : '?';
    const audience = typeof v.audience === 'string' ? v.audience : '?';
    return `${client} → ${audience}`;
  }
  if (typeof v.name === 'string' && v.name !== '') return v.name;
  if (type === 'client' && typeof v.client_id === 'string') return v.client_id;
  return fallback;
}

/** Objects of a list at `key` of the root, as resources. */
function listResources(doc: SourceDocument, root: PlainObject, key: string, type: ResourceType, origin: Origin): Resource[] {
  const list = root[key];
  if (!Array.isArray(list)) return [];
  const out: Resource[] = [];
  list.forEach((item, i) => {
    if (isObject(item)) out.push(makeResource(type, item, doc, [key, i], origin, `${key}[${i}]`));
  });
  return out;
}

// the keys may be quoted (`"clients":`), as YAML allows; a file the sniff misses is skipped unchecked
const DEPLOY_CLI_KEYS = /^\{?[ \t]*(["']?)(clients|clientGrants|organizations)\1[ \t]*:/m;

/** auth0-deploy-cli YAML export: a root mapping with `clients`, `clientGrants` or `organizations`. */
export const deployCliYaml: SourceKind = {
  name: 'deploy-cli-yaml',
  format: 'yaml',
  sniff: (file, text) => /\.ya?ml$/i.test(file) && DEPLOY_CLI_KEYS.test(text),
  extract(doc, file) {
    const root = doc.value;
    if (!isObject(root)) return { tenantKey: file, resources: [], hasOrganizations: false, hasClientGrants: false };
    return {
      tenantKey: file,
      resources: [
        ...listResources(doc, root, 'clients', 'client', 'deploy-cli-yaml'),
        ...listResources(doc, root, 'clientGrants', 'clientGrant', 'deploy-cli-yaml'),
        ...listResources(doc, root, 'organizations', 'organization', 'deploy-cli-yaml'),
      ],
      hasOrganizations: Array.isArray(root.organizations),
      hasClientGrants: Array.isArray(root.clientGrants),
    };
  },
};

/** the folders of a deploy-cli directory export, and the resource each file holds */
export const DIRECTORY_FOLDERS: Record<string, ResourceType> = {
  clients: 'client',
  grants: 'clientGrant',
  'client-grants': 'clientGrant',
  organizations: 'organization',
};

/** The tenant root of a file inside a deploy-cli directory export, or null. */
export function directoryTenantRoot(file: string): string | null {
  if (!/\.json$/i.test(file)) return null;
  const folder = path.basename(path.dirname(file));
  return folder in DIRECTORY_FOLDERS ? path.dirname(path.dirname(file)) : null;
}

/** auth0-deploy-cli directory export: `clients/*.json`, `grants/*.json`, `organizations/*.json`. */
export const deployCliDirectory: SourceKind = {
  name: 'deploy-cli-directory',
  format: 'json',
  sniff: (file) => directoryTenantRoot(file) !== null,
  extract(doc, file) {
    const root = directoryTenantRoot(file)!;
    const type = DIRECTORY_FOLDERS[path.basename(path.dirname(file))];
    const v = doc.value;
    const resources = isObject(v) ? [makeResource(type, v, doc, [], 'deploy-cli-directory', path.basename(file, '.json'))] : [];
    // deploy-cli always writes an object; a parse error still belongs to the tenant
    if (!isObject(v) && doc.problems.length === 0) return null;
    return { tenantKey: root, resources, hasOrganizations: type === 'organization', hasClientGrants: type === 'clientGrant' };
  },
};

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
    return { tenantKey: file, resources, hasOrganizations: Array.isArray(root.organizations), hasClientGrants: Array.isArray(root.client_grants) };
  },
};

/** Every kind of file orglint reads, most specific first. */
export const SOURCE_KINDS: SourceKind[] = [patchPayload, harCapture, terraformPlan, terraformHcl, deployCliDirectory, deployCliYaml, apiDump];
