import path from 'node:path';
import type { LoadedFile } from '../sources/load';

/**
 * A folder with a `clients/` (`grants/`, `organizations/`) subfolder need not be an export: `app/clients/api.ts`
 * beside `app/prompts/prompts.json` holding `["You are a helpful assistant"]`. A `tenant.json` or `prompts.json`
 * that is not an object is a parse-error only when another file of its root (the group's, or a sibling read for
 * it) gave a deploy-cli resource; otherwise it is not tenant configuration (skipped, and out of `targets`), as any
 * other JSON is.
 */
export function dropStrayNonObjects(loaded: LoadedFile[], context: readonly LoadedFile[], targets: Set<string>): void {
  let roots: Set<string> | undefined;
  for (let i = 0; i < loaded.length; i++) {
    const l = loaded[i];
    if (l.status !== 'loaded' || !l.contribution.notAnObject) continue;
    if (!roots) {
      roots = new Set();
      for (const list of [loaded, context]) for (const o of list) if (o.status === 'loaded' && o.kind === 'deploy-cli-directory' && o.contribution.resources.length) roots.add(o.contribution.tenantKey);
    }
    if (roots.has(l.contribution.tenantKey)) continue;
    targets.delete(l.file);
    loaded[i] = { status: 'skipped', file: l.file, reason: `JSON that is not an object, beside no deploy-cli directory export (no clients, grants, organizations or tenant.json object in ${path.basename(l.contribution.tenantKey)}${path.sep})` };
  }
}
