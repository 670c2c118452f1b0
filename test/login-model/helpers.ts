import type { Resource, Tenant } from '../../src/rule-api/resource';
import type { SourceDocument } from '../../src/sources/document';
import { modelTenant } from '../../src/login-model/model';
import { tenantContext } from '../../src/login-model/tenant-context';
import type { ApplicationModel, TenantModel } from '../../src/login-model/types';

const FILE = '/tenants/prod/tenant.yaml';

/** a parsed tenant.yaml root, as the engine hands it over (only `value` is read by the model) */
function doc(root: Record<string, unknown>): SourceDocument {
  return { file: FILE, format: 'yaml', text: '', parseText: '', offsets: undefined as never, bom: false, value: root, problems: [], directives: [], placeholders: [], locate: () => undefined };
}

export interface TenantSpec {
  clients: Record<string, unknown>[];
  clientGrants?: Record<string, unknown>[];
  organizations?: Record<string, unknown>[];
  /** the rest of the tenant.yaml root: tenant, prompts, connections, databases */
  root?: Record<string, unknown>;
  partial?: boolean;
}

/** The login model of a tenant built from plain objects, as a deploy-cli tenant.yaml would give them. */
export function model(spec: TenantSpec): TenantModel {
  const root = { ...(spec.root ?? {}), clients: spec.clients, ...(spec.clientGrants ? { clientGrants: spec.clientGrants } : {}), ...(spec.organizations ? { organizations: spec.organizations } : {}) };
  const d = doc(root);
  const res = (type: Resource['type'], key: string, v: Record<string, unknown>, i: number): Resource => ({
    type,
    name: type === 'clientGrant' ? `${String(v.client_id)} → ${String(v.audience)}` : typeof v.name === 'string' ? v.name : `${key}[${i}]`,
    value: v,
    doc: d,
    path: [key, i],
    origin: spec.partial ? 'patch' : 'deploy-cli-yaml',
    partial: spec.partial ?? false,
  });
  const tenant: Tenant = {
    id: FILE,
    clients: spec.clients.map((c, i) => res('client', 'clients', c, i)),
    clientGrants: (spec.clientGrants ?? []).map((c, i) => res('clientGrant', 'clientGrants', c, i)),
    organizations: (spec.organizations ?? []).map((c, i) => res('organization', 'organizations', c, i)),
    connections: [],
    settings: [],
    kinds: {
      ...(spec.organizations !== undefined ? { organization: { known: true } } : {}),
      ...(spec.clientGrants !== undefined ? { clientGrant: { known: true } } : {}),
    },
  };
  return modelTenant(tenantContext(tenant, new Map([[FILE, d]])));
}

/** the model of one application in an otherwise complete tenant (Universal Login, a login route, one organization) */
export function app(client: Record<string, unknown>, extra: Partial<TenantSpec> = {}): ApplicationModel {
  return model({
    clients: [{ name: 'App', app_type: 'regular_web', ...client }],
    organizations: [{ name: 'acme', connections: [{ name: 'db', assign_membership_on_login: true }] }],
    clientGrants: [],
    ...extra,
    root: { prompts: { universal_login_experience: 'new' }, tenant: { default_redirection_uri: 'https://login.acme.example/' }, connections: [], databases: [{ name: 'db', strategy: 'auth0', enabled_clients: ['App'] }], ...extra.root },
  }).applications[0];
}
