import path from 'node:path';
import { lineColumn } from '../../src/engine/positions';
import { defineRule } from '../../src/rule-api/define-rule';
import { isPlaceholder } from '../../src/rule-api/helpers';
import type { Resource, Tenant } from '../../src/rule-api/resource';

/** The line of a client's name, for messages. */
function nameLine(client: Resource): number {
  const span = client.doc.locate([...client.path, 'name'], 'value');
  return span ? lineColumn(client.doc, span.start).line : 1;
}

/** Where the first client is, as seen from a later one: `line 12` in the same file, else `clients/App.json:2`. */
function whereNamed(first: Resource, line: number, later: Resource, tenant: Tenant): string {
  if (first.doc.file === later.doc.file) return `line ${line}`;
  // a deploy-cli directory: name the file from the tenant's folder (`clients/App.json`)
  const file = first.doc.file.startsWith(tenant.id + path.sep) ? path.relative(tenant.id, first.doc.file) : first.doc.file;
  return `${file.split(path.sep).join('/')}:${line}`;
}

/** Files in path order, then clients in document order: the same "first" whichever file was named. */
function compareOrder(a: Resource, b: Resource): number {
  if (a.doc.file !== b.doc.file) return a.doc.file < b.doc.file ? -1 : 1;
  const ia = a.path[a.path.length - 1];
  const ib = b.path[b.path.length - 1];
  return typeof ia === 'number' && typeof ib === 'number' ? ia - ib : 0;
}

export default defineRule({
  id: 'unique-client-names',
  meta: {
    description: 'every application of a tenant needs a name of its own',
    severity: 'error',
    fixable: [],
    scope: 'tenant',
    source: 'https://auth0.com/docs/deploy-monitor/deploy-cli-tool',
  },
  defaultOptions: {},
  messages: {
    duplicate:
      'application name {{name}} is already used by the application at {{where}}; auth0-deploy-cli refuses to deploy applications that share a name ("Names must be unique")',
    duplicateElsewhere:
      'application name {{name}} is already used by the application at {{where}}; Auth0 accepts it, but auth0-deploy-cli and people pick applications by name and cannot tell the two apart',
  },
  check(ctx) {
    // a name's first client alone, a list once a second one has it: a tenant's names are nearly all unique
    const byName = new Map<string, Resource | Resource[]>();
    let shared = false;
    for (const client of ctx.tenant.clients) {
      // PATCH bodies and HAR requests are changes (often several to one client), not applications of a tenant
      if (client.origin === 'patch' || client.origin === 'har') continue;
      const name = client.value.name;
      if (typeof name !== 'string' || name === '') continue;
      // a Terraform name known only at plan or apply time is no name yet: two unknowns are not the same name
      if (client.origin === 'terraform' && isPlaceholder(name)) continue;
      const seen = byName.get(name);
      if (seen === undefined) byName.set(name, client);
      else if (Array.isArray(seen)) seen.push(client);
      else {
        // (set again, the name keeps its place in the map's order)
        byName.set(name, [seen, client]);
        shared = true;
      }
    }
    if (!shared) return;
    for (const [name, group] of byName) {
      if (!Array.isArray(group)) continue;
      group.sort(compareOrder);
      const [first, ...later] = group;
      const line = nameLine(first);
      for (const client of later) {
        // the Management API itself accepts duplicates: only deploy-cli sources are broken by them
        const deployCli = client.origin.startsWith('deploy-cli');
        ctx.report({
          messageId: deployCli ? 'duplicate' : 'duplicateElsewhere',
          resource: client,
          at: ['name'],
          data: { name: JSON.stringify(name), where: whereNamed(first, line, client, ctx.tenant) },
          ...(deployCli ? {} : { severity: 'warning' as const }),
        });
      }
    }
  },
});
