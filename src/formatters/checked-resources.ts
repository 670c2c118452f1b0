import { toPointer } from '../engine/finding';
import type { LintResult } from '../engine/lint';
import type { CheckedResource } from './types';

/**
 * Every resource of the files linted in this run (not the sibling files a directory export loads for
 * context), for the formats that show what passed too.
 */
export function checkedResources(result: Pick<LintResult, 'tenants' | 'files'>): CheckedResource[] {
  const linted = new Set(result.files);
  const out: CheckedResource[] = [];
  for (const t of result.tenants) {
    for (const r of [...t.clients, ...t.clientGrants, ...t.organizations]) {
      if (!linted.has(r.doc.file)) continue;
      const c: CheckedResource = { type: r.type, name: r.name, file: r.doc.file, path: toPointer(r.path), partial: r.partial };
      if (r.type === 'client') {
        c.organizationUsage = r.value.organization_usage;
        c.organizationRequireBehavior = r.value.organization_require_behavior;
      }
      out.push(c);
    }
  }
  return out;
}
