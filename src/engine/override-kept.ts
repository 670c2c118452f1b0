import type { Resource, Tenant } from '../rule-api/resource';

/**
 * The resources declared in a file the run does not lint (a module's `main.tf` the config's `ignore` globs leave
 * out) whose values a Terraform override file the run lints sets (`override.tf`, merged over main.tf all the same).
 * The user asked for override.tf: the rules judge the resource as Terraform merges it, and its findings are shown
 * where they belong to a linted file (at override.tf's values; at main.tf's, nothing: lint.ts passes runRules a `shown`).
 * Made once per group, before the rules run: the rules' loop asks a Set.
 */
export function mergedIntoLinted(tenants: readonly Tenant[], linted: ReadonlySet<string>): ReadonlySet<Resource> {
  let kept: Set<Resource> | undefined;
  for (const t of tenants) {
    for (const list of [t.clients, t.clientGrants, t.organizations, t.connections, t.settings]) {
      for (let i = 0; i < list.length; i++) {
        const r = list[i];
        const doc = r.doc;
        // (only a Terraform resource that an override file sets values of answers documentOf)
        if (!doc.documentOf || linted.has(doc.file)) continue;
        // an override block replaces top-level attributes: the resource's top-level names are where it shows
        for (const key of Object.keys(r.value)) {
          const at = doc.documentOf(r.path.concat(key));
          if (at && at !== doc && linted.has(at.file)) {
            (kept ??= new Set()).add(r);
            break;
          }
        }
      }
    }
  }
  return kept ?? NONE;
}

const NONE: ReadonlySet<Resource> = new Set();
