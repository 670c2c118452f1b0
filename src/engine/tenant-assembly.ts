import { createTenant, type Resource, type Tenant } from '../rule-api/resource';
import { RESOURCE_KINDS, type KindState, type ResourceKind } from '../rule-api/tenant-model';
import type { Contribution } from '../sources/source-kind';
import type { DeployCliExclusions } from '../sources/deploy-cli/deploy-cli-config';

/** Where deploy-cli keeps each kind, for the reason a rule was skipped. */
const WHERE: Record<ResourceKind, string> = {
  client: 'clients: in tenant.yaml, or a clients/ folder',
  clientGrant: 'clientGrants: in tenant.yaml, or a grants/ folder',
  organization: 'organizations: in tenant.yaml, or an organizations/ folder',
  organizationConnection: "every organization's connections",
  organizationClientGrant: "every organization's client_grants; older deploy-cli versions do not export them",
  connection: 'connections: in tenant.yaml, or a connections/ folder',
  database: 'databases: in tenant.yaml, or a database-connections/ folder',
  prompts: 'prompts: with universal_login_experience in tenant.yaml, or prompts/prompts.json',
  tenantSettings: 'tenant: in tenant.yaml, or tenant.json',
};

const NOUN: Record<ResourceKind, string> = {
  client: 'applications',
  clientGrant: 'client grants',
  organization: 'organizations',
  organizationConnection: "organizations' connections",
  organizationClientGrant: "organizations' client grants",
  connection: 'connections',
  database: 'database connections',
  prompts: 'prompts settings',
  tenantSettings: 'tenant settings',
};

/** Kinds a whole deploy-cli export holds beside its clients: with two of them, the export is taken as whole */
const FULL_EXPORT_EVIDENCE: ResourceKind[] = ['tenantSettings', 'connection', 'database', 'prompts'];

/** The sub-kinds an organization carries, and the field that holds each. */
const ORGANIZATION_PARTS: [ResourceKind, string][] = [
  ['organizationConnection', 'connections'],
  ['organizationClientGrant', 'client_grants'],
];

/** One tenant from the contributions of its files (a tenant.yaml, or every file of a directory export). */
export function assembleTenant(id: string, contributions: readonly Contribution[], exclusions?: DeployCliExclusions): Tenant {
  const t = createTenant(id);
  const listed = new Set<ResourceKind>();
  let export_ = false;
  // a directory export gives one contribution per file (thousands): plain loops, nothing made per file
  for (let i = 0; i < contributions.length; i++) {
    const c = contributions[i];
    const lists = c.lists;
    if (lists) for (let k = 0; k < lists.length; k++) listed.add(lists[k]);
    if (c.hasOrganizations) listed.add('organization');
    if (c.hasClientGrants) listed.add('clientGrant');
    if (c.absentCause === 'absent') export_ = true;
    const rs = c.resources;
    for (let k = 0; k < rs.length; k++) push(t, rs[k]);
  }
  // a kind missing from a whole export (deploy-cli writes the tenant settings, prompts and connections) is worth
  // listing when a rule asks for it; one missing from a hand-written file that holds a few clients is not
  const full = export_ && FULL_EXPORT_EVIDENCE.filter((k) => listed.has(k)).length >= 2;
  // deploy-cli sends the settings a file holds and leaves the others as they are: only a whole export shows that
  // a setting is unset, so elsewhere the settings objects are partial (absent is unknown)
  if (!full) for (const s of t.settings) s.partial = true;
  const cause = full ? 'absent' : 'not-held';
  for (const kind of RESOURCE_KINDS) {
    if (listed.has(kind)) t.kinds[kind] = { known: true };
    else if (export_ && !ORGANIZATION_PARTS.some(([k]) => k === kind)) {
      t.kinds[kind] = { known: false, kind, cause, reason: `no ${NOUN[kind]} in the export (${WHERE[kind]})` };
    }
  }
  if (listed.has('organization')) {
    for (const [kind, field] of ORGANIZATION_PARTS) {
      if (listed.has(kind)) continue;
      // each organization says it: an organization without the list leaves it unknown for the tenant
      const all = t.organizations.every((o) => Array.isArray(o.value[field]));
      t.kinds[kind] = all ? { known: true } : { known: false, kind, cause, reason: `the export does not list ${WHERE[kind]}` };
    }
  }
  if (export_ && exclusions) applyExclusions(t, exclusions);
  return t;
}

function push(t: Tenant, r: Resource): void {
  switch (r.type) {
    case 'client':
      t.clients.push(r);
      break;
    case 'clientGrant':
      t.clientGrants.push(r);
      break;
    case 'organization':
      t.organizations.push(r);
      break;
    case 'connection':
      t.connections.push(r);
      break;
    default:
      t.settings.push(r);
  }
}

/** deploy-cli type names (AUTH0_EXCLUDED values) and the kinds each covers */
const DEPLOY_CLI_TYPES: Record<string, ResourceKind[]> = {
  clients: ['client'],
  clientGrants: ['clientGrant'],
  organizations: ['organization', 'organizationConnection', 'organizationClientGrant'],
  connections: ['connection'],
  databases: ['database'],
  prompts: ['prompts'],
  tenant: ['tenantSettings'],
};

/** Mark what deploy-cli's config leaves out of management as unknown: an excluded type is never "none". */
function applyExclusions(t: Tenant, ex: DeployCliExclusions): void {
  for (const [type, kinds] of Object.entries(DEPLOY_CLI_TYPES)) {
    const excluded = ex.excluded?.includes(type) ? `AUTH0_EXCLUDED` : ex.includedOnly && !ex.includedOnly.includes(type) ? 'AUTH0_INCLUDED_ONLY' : undefined;
    if (!excluded) continue;
    for (const kind of kinds) {
      t.kinds[kind] = { known: false, kind, cause: 'excluded', reason: `${NOUN[kind]} are not managed by deploy-cli (${excluded} in ${ex.file})` };
    }
  }
  const byName: [ResourceKind, string, readonly string[] | undefined, boolean][] = [
    ['client', 'AUTH0_EXCLUDED_CLIENTS', ex.excludedClients, false],
    ['connection', 'AUTH0_EXCLUDED_CONNECTIONS', ex.excludedConnections, false],
    ['database', 'AUTH0_EXCLUDED_DATABASES', ex.excludedDatabases, false],
    ['connection', 'AUTH0_INCLUDED_CONNECTIONS', ex.includedConnections, true],
  ];
  for (const [kind, key, names, only] of byName) {
    const state: KindState | undefined = t.kinds[kind];
    if (!names || !state?.known) continue;
    const reason = `some ${NOUN[kind]} are not managed by deploy-cli (${key} in ${ex.file})`;
    const prev = state.excluded;
    t.kinds[kind] = {
      known: true,
      excluded: {
        reason: prev ? `${prev.reason}; ${reason}` : reason,
        names: only ? prev?.names : new Set([...(prev?.names ?? []), ...names]),
        onlyNames: only ? new Set(names) : prev?.onlyNames,
      },
    };
  }
}
