import type { Resource } from '../rule-api/resource';
import type { Path, ResourceType, Span } from '../rule-api/types';
import type { SourceDocument } from './document';
import { loadJson } from './json-source';
import type { Contribution, SourceKind } from './kinds';
import { isPlain, resourceAt, type Plain } from './plain-object';
import { ConfigReferences } from './terraform-refs';
import { apiShape, define, fillUnknown } from './terraform-values';

/**
 * Terraform plans (`terraform show -json PLAN`), for the Auth0 provider's resources. How planned values map to
 * the resources rules know, with the field names auth0-deploy-cli uses:
 *
 * - `auth0_client` → client. Attributes keep their names; `default_organization` (a list of one block in plan
 *   JSON) becomes the API's `{organization_id, flows}` object, and is dropped when `disable = true`. The other
 *   one-block attributes (`addons`, `jwt_configuration`, `refresh_token`, ...) become objects the same way.
 * - `auth0_client_grant` → clientGrant: `client_id`, `audience`, `scope` (the provider's `scopes`),
 *   `organization_usage`, `allow_any_organization`.
 * - `auth0_organization` → organization: `name`, `display_name`, `branding {logo_url, colors {primary,
 *   page_background}}` (one block → object), `metadata`, and `connections` gathered from the plan's
 *   `auth0_organization_connection` resources and `auth0_organization_connections.enabled_connections`, each
 *   `{connection_id, assign_membership_on_login, is_signup_enabled, show_as_button}`. A connection finds its
 *   organization by the planned `organization_id`, or by the configuration's reference when the id is unknown.
 *
 * Unset attributes (`null`, and the `""` / `[]` the provider writes for them) are left out; values known only
 * after apply are `KNOWN_AFTER_APPLY` placeholders. A resource to be created is complete (absent means the API
 * default); an update sends only what the configuration sets, so its resource is partial. Deleted resources
 * and data sources are not checked. Positions point into the plan file, at `change.after` (or `after_unknown`).
 */

const BLOCKS: Record<string, readonly string[]> = {
  auth0_client: [
    'default_organization', 'addons', 'jwt_configuration', 'refresh_token', 'mobile', 'native_social_login', 'oidc_logout',
    'session_transfer', 'token_exchange', 'token_quota', 'signed_request_object', 'client_authentication_methods',
    'express_configuration', 'my_organization_configuration',
  ],
  auth0_client_grant: [],
  auth0_organization: ['branding', 'token_quota'],
  auth0_organization_connection: [],
  auth0_organization_connections: [],
};
const TYPES: Record<string, ResourceType | 'connection'> = {
  auth0_client: 'client',
  auth0_client_grant: 'clientGrant',
  auth0_organization: 'organization',
  auth0_organization_connection: 'connection',
  auth0_organization_connections: 'connection',
};

/** Rewrites of rule paths into the plan file: unwrapped blocks, renamed attributes, gathered connections. */
class PlanPaths {
  private readonly redirects = new Map<string, Path>();

  add(from: Path, to: Path): void {
    this.redirects.set(JSON.stringify(from), to);
  }

  resolve(path: Path): Path {
    for (let k = path.length; k > 0; k--) {
      const to = this.redirects.get(JSON.stringify(path.slice(0, k)));
      if (to) return [...to, ...path.slice(k)];
    }
    return path;
  }
}

/** Does the parsed value have something at `path`? */
function has(root: unknown, path: Path): boolean {
  let v = root;
  for (const seg of path) {
    if (Array.isArray(v) && typeof seg === 'number') v = v[seg];
    else if (isPlain(v) && Object.prototype.hasOwnProperty.call(v, seg)) v = v[seg];
    else return false;
  }
  return true;
}

interface Change {
  index: number;
  rc: Plain;
  type: string;
  after: Plain;
  /** `change.after` in the plan file */
  at: Path;
}

/** Load a plan: the JSON document, with `locate` following the mapping above back into the file. */
export function loadTerraformPlan(file: string, text: string, bom: boolean): SourceDocument {
  const doc = loadJson(file, text, bom);
  const paths = new PlanPaths();
  const planDoc: SourceDocument = {
    ...doc,
    placeholders: [],
    readOnly: true,
    locate(path, target): Span | undefined {
      let p = paths.resolve(path);
      // a value known only after apply is absent from `after`: point at its `after_unknown` entry
      if (p[0] === 'resource_changes' && p[3] === 'after' && !has(doc.value, p)) {
        const unknown = ['resource_changes', p[1], 'change', 'after_unknown', ...p.slice(4)];
        if (has(doc.value, unknown)) p = unknown;
      }
      return doc.locate(p, target);
    },
  };
  pathsOf.set(planDoc, paths);
  return planDoc;
}

const pathsOf = new WeakMap<SourceDocument, PlanPaths>();

/** The planned changes orglint reads: Auth0 resources being created, updated or kept, not deleted. */
function changes(root: Plain): Change[] {
  const out: Change[] = [];
  if (!Array.isArray(root.resource_changes)) return out;
  root.resource_changes.forEach((rc, index) => {
    if (!isPlain(rc) || rc.mode === 'data' || typeof rc.type !== 'string' || !(rc.type in TYPES) || !isPlain(rc.change)) return;
    const actions = Array.isArray(rc.change.actions) ? rc.change.actions : [];
    if (!actions.includes('create') && !actions.includes('update') && !actions.includes('no-op')) return;
    const after = fillUnknown(rc.change.after, rc.change.after_unknown);
    if (!isPlain(after)) return;
    out.push({ index, rc, type: rc.type, after, at: ['resource_changes', index, 'change', 'after'] });
  });
  return out;
}

function mapResources(doc: SourceDocument, root: Plain): Resource[] {
  const paths = pathsOf.get(doc)!;
  const refs = new ConfigReferences(root.configuration);
  const resources: Resource[] = [];
  const orgsById = new Map<string, Resource>();
  const orgsByConfig = new Map<string, Resource[]>();
  const connections: { change: Change; item: Plain; at: Path }[] = [];
  for (const c of changes(root)) {
    const value = apiShape(c.after, BLOCKS[c.type], (key) => paths.add([...c.at, key], [...c.at, key, 0]));
    const actions = (c.rc.change as Plain).actions as string[];
    const partial = actions.includes('update');
    const address = typeof c.rc.address === 'string' ? c.rc.address : `${c.type}.${String(c.rc.name)}`;
    const kind = TYPES[c.type];
    if (kind === 'connection') {
      if (c.type === 'auth0_organization_connection') connections.push({ change: c, item: value, at: c.at });
      else if (Array.isArray(value.enabled_connections)) {
        value.enabled_connections.forEach((item, i) => {
          if (isPlain(item)) connections.push({ change: c, item, at: [...c.at, 'enabled_connections', i] });
        });
      }
      continue;
    }
    if (kind === 'client' && isPlain(value.default_organization)) {
      const d = value.default_organization;
      if (d.disable === true) delete value.default_organization;
      else if ('disable' in d) value.default_organization = Object.fromEntries(Object.entries(d).filter(([k]) => k !== 'disable'));
    }
    if (kind === 'clientGrant' && 'scopes' in value && !('scope' in value)) {
      define(value, 'scope', value.scopes);
      delete value.scopes;
      paths.add([...c.at, 'scope'], [...c.at, 'scopes']);
    }
    const r = resourceAt(kind, address, value, doc, c.at, 'terraform', partial, { terraform: { address, actions } });
    resources.push(r);
    if (kind === 'organization') {
      if (typeof value.id === 'string') orgsById.set(value.id, r);
      const key = `${String(c.rc.module_address ?? '')}|${c.type}.${String(c.rc.name)}`;
      orgsByConfig.set(key, [...(orgsByConfig.get(key) ?? []), r]);
    }
  }
  for (const { change, item, at } of connections) {
    const orgId = change.after.organization_id;
    let org = typeof orgId === 'string' ? orgsById.get(orgId) : undefined;
    if (!org) {
      const module = String(change.rc.module_address ?? '');
      const target = refs.target(module, `${change.type}.${String(change.rc.name)}`, 'organization_id', 'auth0_organization');
      const candidates = target ? orgsByConfig.get(`${module}|${target}`) ?? [] : [];
      if (candidates.length === 1) org = candidates[0];
    }
    if (!org) continue;
    const list = Array.isArray(org.value.connections) ? org.value.connections : [];
    const entry: Plain = {};
    for (const [k, v] of Object.entries(item)) if (k !== 'organization_id' && k !== 'id') define(entry, k, v);
    paths.add([...org.path, 'connections', list.length], at);
    list.push(entry);
    org.value.connections = list;
  }
  return resources;
}

/** `terraform show -json PLAN` output: recognised by `format_version` and `resource_changes`. */
export const terraformPlan: SourceKind = {
  name: 'terraform-plan',
  format: 'json',
  sniff: (file, text) => /\.json$/i.test(file) && text.includes('"resource_changes"') && text.includes('"format_version"'),
  load: (file, text, bom) => loadTerraformPlan(file, text, bom),
  extract(doc, file): Contribution | null {
    const root = doc.value;
    if (doc.problems.length) return { tenantKey: file, resources: [], hasOrganizations: false, hasClientGrants: false };
    if (!isPlain(root) || !('format_version' in root) || !Array.isArray(root.resource_changes)) return null;
    // a plan shows only what this configuration manages, never the whole tenant: absent is unknown, not empty
    return { tenantKey: file, resources: mapResources(doc, root), hasOrganizations: false, hasClientGrants: false };
  },
};
