import type { Resource, Tenant } from '../rule-api/resource';
import { resources } from '../rule-api/tenant-model';
import { quote } from '../rule-api/define-rule';
import type { SourceDocument } from '../sources/document';
import { field, stringList } from './inputs';
import type { Known } from './types';

/** A connection of the tenant (deploy-cli `connections:` / `databases:`). */
export interface TenantConnection {
  name: string;
  strategy?: string;
  /** `enabled_clients` (deploy-cli writes client names; the API, ids); unknown when absent */
  enabledClients: Known<string[]>;
  isDomainConnection: boolean;
}

/**
 * Everything of a tenant the login model reads. Clients, grants and organizations come from the engine's
 * `Tenant`; the rest (connections, tenant settings, prompts) from the root of the tenant's own document when it
 * is a deploy-cli YAML file, and is unknown otherwise (a directory export's `connections/` folder, an API dump).
 */
export interface TenantContext {
  id: string;
  /** the engine's tenant (its index of grants by client is built once) */
  tenant: Tenant;
  clients: Resource[];
  clientGrants: Known<Resource[]>;
  organizations: Known<Resource[]>;
  connections: Known<Map<string, TenantConnection>>;
  /** the tenant's `default_redirection_uri` (undefined: not set) */
  defaultRedirectionUri: Known<unknown>;
  universalLogin: Known<'new' | 'classic'>;
}

/** resources the engine reads from every source: absent means the export does not hold them */
const NOT_IN_EXPORT = (what: string) => `the files read do not list ${what}`;
/** resources the login model reads only from a deploy-cli tenant.yaml */
const NOT_READ = (what: string, tenant: Tenant) =>
  `the export does not hold ${what}${/\.ya?ml$/i.test(tenant.id) ? '' : ' (orglint reads them only from a deploy-cli tenant.yaml)'}`;

/** The login model's view of a tenant; `docs` are the parsed files by absolute path (`LintResult.docs`). */
export function tenantContext(tenant: Tenant, docs: ReadonlyMap<string, SourceDocument>): TenantContext {
  const doc = docs.get(tenant.id);
  const root = doc && doc.format === 'yaml' ? doc.value : undefined;
  const connections = readConnections(root);
  const tenantSettings = field(root, 'tenant');
  const prompts = field(root, 'prompts');
  const experience = field(prompts, 'universal_login_experience');
  let universalLogin: Known<'new' | 'classic'>;
  if (experience === 'classic' || experience === 'new') universalLogin = { known: true, value: experience };
  else if (prompts !== undefined && experience !== undefined) universalLogin = { known: false, reason: `prompts.universal_login_experience is ${quote(experience)}` };
  else universalLogin = { known: false, reason: NOT_READ('prompts.universal_login_experience', tenant) };
  return {
    id: tenant.id,
    tenant,
    clients: tenant.clients,
    clientGrants: resources(tenant, 'clientGrant').known ? { known: true, value: tenant.clientGrants } : { known: false, reason: NOT_IN_EXPORT('client grants') },
    organizations: resources(tenant, 'organization').known ? { known: true, value: tenant.organizations } : { known: false, reason: NOT_IN_EXPORT('organizations') },
    connections: connections ? { known: true, value: connections } : { known: false, reason: NOT_READ('connections', tenant) },
    defaultRedirectionUri:
      typeof tenantSettings === 'object' && tenantSettings !== null
        ? { known: true, value: field(tenantSettings, 'default_redirection_uri') }
        : { known: false, reason: NOT_READ('tenant settings (default_redirection_uri)', tenant) },
    universalLogin,
  };
}

function readConnections(root: unknown): Map<string, TenantConnection> | undefined {
  const lists = [field(root, 'connections'), field(root, 'databases')];
  if (!lists.some(Array.isArray)) return undefined;
  const out = new Map<string, TenantConnection>();
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const c of list) {
      const name = field(c, 'name');
      if (typeof name !== 'string') continue;
      const enabled = field(c, 'enabled_clients');
      const strategy = field(c, 'strategy');
      out.set(name, {
        name,
        strategy: typeof strategy === 'string' ? strategy : undefined,
        enabledClients: Array.isArray(enabled) ? { known: true, value: stringList(enabled) } : { known: false, reason: `connection ${quote(name)} has no enabled_clients in the export` },
        isDomainConnection: field(c, 'is_domain_connection') === true,
      });
    }
  }
  return out;
}
