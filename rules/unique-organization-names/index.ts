import path from 'node:path';
import { defineRule } from '../../src/rule-api/define-rule';
import { containsPlaceholder } from '../../src/rule-api/helpers';
import type { Resource } from '../../src/rule-api/resource';

/** Where the first organization of that name is: `line 12` in the same file, else `acme.json:2`. */
function where(first: Resource, dup: Resource): string {
  const span = first.doc.locate([...first.path, 'name'], 'value');
  const line = span ? first.doc.text.slice(0, span.start).split('\n').length : undefined;
  if (first.doc === dup.doc) return line ? `line ${line}` : 'this file';
  return line ? `${path.basename(first.doc.file)}:${line}` : path.basename(first.doc.file);
}

/** a file's path without its extension */
function stemOf(file: string): string {
  return file.replace(/\.[^./\\]+$/, '');
}

/**
 * The organizations in the order of their files, by name without extension (so `acme.json` comes before
 * `acme (copy).json` and `acme-old.json`), then by whole name; stable, so a file's organizations keep their
 * order. Each file's stem is made once: a sort compares each organization many times, and a directory export
 * has one file per organization.
 */
function inFileOrder(orgs: readonly Resource[]): Resource[] {
  const keyed = orgs.map((org) => ({ org, file: org.doc.file, stem: stemOf(org.doc.file) }));
  keyed.sort((p, q) => (p.stem !== q.stem ? (p.stem < q.stem ? -1 : 1) : p.file < q.file ? -1 : p.file > q.file ? 1 : 0));
  return keyed.map((k) => k.org);
}

export default defineRule({
  id: 'unique-organization-names',
  meta: {
    description: 'organization names are unique in a tenant',
    severity: 'error',
    fixable: [],
    scope: 'tenant',
    source: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations',
  },
  defaultOptions: {},
  messages: {
    duplicate:
      'organization name {{name}} is already used at {{first}}; names are unique in a tenant, so creating the second one fails with 409 organization_conflict',
    duplicateDeployCli:
      'organization name {{name}} is already used at {{first}}; names are unique in a tenant, and deploy-cli rejects the import before any API call',
  },
  check(ctx) {
    // files in name order (stable: a file's organizations keep their order), so the same file gets the finding
    // whichever files were named on the command line; then one map pass, never pairs
    const orgs = inFileOrder(ctx.tenant.organizations);
    const byName = new Map<string, Resource>();
    for (const org of orgs) {
      const name = org.value.name;
      if (typeof name !== 'string' || name === '' || containsPlaceholder(name)) continue;
      const first = byName.get(name);
      if (!first) {
        byName.set(name, org);
        continue;
      }
      // deploy-cli checks names per resource type itself: its users see its error, never the API's 409
      const deployCli = org.origin === 'deploy-cli-yaml' || org.origin === 'deploy-cli-directory';
      ctx.report({
        messageId: deployCli ? 'duplicateDeployCli' : 'duplicate',
        resource: org,
        at: ['name'],
        data: { name: JSON.stringify(name), first: where(first, org) },
        ...(deployCli ? {} : { predictedResponse: { status: 409, errorCode: 'organization_conflict' } }),
      });
    }
  },
});
