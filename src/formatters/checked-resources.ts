import { toPointer } from '../engine/finding';
import { flatData, flatString } from '../engine/flat-string';
import type { Resource, Tenant } from '../rule-api/resource';
import type { CheckedResource } from './checked-resource';

/**
 * Every resource of the files linted in this run (not the sibling files a directory export loads for
 * context), for the formats that show what passed too. A run that released its documents made the list as it
 * went (`resources`).
 */
export function checkedResources(result: { tenants: readonly Tenant[]; files: readonly string[]; resources?: readonly CheckedResource[] }): CheckedResource[] {
  if (result.resources && result.tenants.length === 0) return [...result.resources];
  const linted = new Set(result.files);
  const out: CheckedResource[] = [];
  for (const t of result.tenants) tenantResources(t, linted, out);
  return out;
}

/**
 * One tenant's resources in the linted files, appended to `out`; with `decided`, the clients of other files it
 * says the run judged too (a named prompts.json judges every client of its export: engine/clients-decided.ts).
 */
export function tenantResources(t: Tenant, linted: ReadonlySet<string>, out: CheckedResource[] = [], decided?: (client: Resource) => boolean): CheckedResource[] {
  for (const r of [...t.clients, ...t.clientGrants, ...t.organizations]) {
    if (!linted.has(r.doc.file) && !(decided && r.type === 'client' && decided(r))) continue;
    // (kept for the whole run: copies, not views into the file's text, see flat-string.ts; toPointer joins a new string)
    const c: CheckedResource = { type: r.type, name: flatString(r.name), file: r.doc.file, path: toPointer(r.path), partial: r.partial };
    if (r.type === 'client') {
      c.organizationUsage = flatData(r.value.organization_usage);
      c.organizationRequireBehavior = flatData(r.value.organization_require_behavior);
    }
    out.push(c);
  }
  return out;
}
