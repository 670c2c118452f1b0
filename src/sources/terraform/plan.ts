import type { Path, Span } from '../../rule-api/types';
import type { SourceDocument } from '../document';
import { loadJson } from '../json/json-source';
import type { Contribution, SourceKind } from '../source-kind';
import { isPlain, type Plain } from '../plain-object';
import { holdsClientGrants, isReadType, mapTerraform, redirects, type TfResource } from './mapping';
import { ConfigReferences } from './refs';
import { fillUnknown } from './values';

/**
 * Terraform plans (`terraform show -json PLAN`), for the Auth0 provider's resources, mapped by `mapping.ts`
 * (shared with the `.tf` source). Each planned change's `change.after` is the whole planned object (an update
 * too), with values known only after apply marked in `after_unknown`: those become `KNOWN_AFTER_APPLY`
 * placeholders. Deleted resources and data sources are not checked. Positions point into the plan file, at
 * `change.after` (or `after_unknown`).
 */

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

/** Load a plan: the JSON document, with `locate` following the mapping back into the file. */
export function loadTerraformPlan(file: string, text: string, bom: boolean): SourceDocument {
  const doc = loadJson(file, text, bom);
  const planDoc: SourceDocument = {
    ...doc,
    placeholders: [],
    readOnly: true,
    locate(path, target): Span | undefined {
      let p = redirects(planDoc).resolve(path, target);
      // a value known only after apply is absent from `after`: point at its `after_unknown` entry
      if (p[0] === 'resource_changes' && p[3] === 'after' && !has(doc.value, p)) {
        const unknown = ['resource_changes', p[1], 'change', 'after_unknown', ...p.slice(4)];
        if (has(doc.value, unknown)) p = unknown;
      }
      return doc.locate(p, target);
    },
  };
  return planDoc;
}

/** The planned changes orglint reads: Auth0 resources being created, updated or kept, not deleted. */
function changes(doc: SourceDocument, root: Plain): TfResource[] {
  const out: TfResource[] = [];
  if (!Array.isArray(root.resource_changes)) return out;
  const refs = new ConfigReferences(root.configuration);
  root.resource_changes.forEach((rc, index) => {
    if (!isPlain(rc) || rc.mode === 'data' || typeof rc.type !== 'string' || !isReadType(rc.type) || !isPlain(rc.change)) return;
    const actions = Array.isArray(rc.change.actions) ? rc.change.actions.filter((a): a is string => typeof a === 'string') : [];
    if (!actions.includes('create') && !actions.includes('update') && !actions.includes('no-op')) return;
    const after = fillUnknown(rc.change.after, rc.change.after_unknown);
    if (!isPlain(after)) return;
    const type = rc.type;
    const module = typeof rc.module_address === 'string' ? rc.module_address : '';
    const typeAndName = `${type}.${String(rc.name)}`;
    const address = typeof rc.address === 'string' ? rc.address : typeAndName;
    out.push({
      type,
      address,
      configKey: `${module}|${typeAndName}`,
      values: after,
      doc,
      at: ['resource_changes', index, 'change', 'after'],
      meta: { actions },
      ref: (path, targetType) => {
        const t = refs.target(module, typeAndName, path, targetType);
        return t ? `${module}|${t}` : undefined;
      },
    });
  });
  return out;
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
    const list = changes(doc, root);
    // a plan shows only what this configuration manages: its organizations are not all the tenant's; its
    // client grants are taken as its clients' grants (a configuration is one tenant, as a module folder is)
    return { tenantKey: file, resources: mapTerraform(list), hasOrganizations: false, hasClientGrants: holdsClientGrants(list) };
  },
};
