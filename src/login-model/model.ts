/**
 * The login model: per application, what `/authorize` and client credentials do, derived from its settings and
 * the tenant around it, following `../shared/login-flows.md` row by row. Pure functions of what was read.
 */
import { toPointer } from '../engine/finding';
import { spanToPosition } from '../engine/positions';
import type { Resource, Tenant } from '../rule-api/resource';
import type { SourceDocument } from '../sources/document';
import { readBehavior, readDiscovery, readFirstParty, readUsage, stringList, written } from './inputs';
import { machineAccess } from './m2m';
import { discoveryOf, invitationOf, organizationsReached } from './organizations';
import type { SourceKey } from './sources';
import { tenantContext, type TenantContext } from './tenant-context';
import type { ApplicationModel, TenantModel } from './types';
import { userFlows } from './user-flows';

/** grants Organizations are "not compatible" with [OV]; what Auth0 does on them is ❓ (§4.3) */
const INCOMPATIBLE_GRANTS = ['password', 'http://auth0.com/oauth/grant-type/password-realm', 'urn:ietf:params:oauth:grant-type:device_code'];

/** The login model of every tenant read. */
export function loginModel(tenants: readonly Tenant[], docs: ReadonlyMap<string, SourceDocument>): TenantModel[] {
  return tenants.map((t) => modelTenant(tenantContext(t, docs)));
}

/** `positions: false` skips looking up each client's line and column (the reports do not show them) */
export function modelTenant(ctx: TenantContext, opts: { positions?: boolean } = {}): TenantModel {
  const assumptions: string[] = [];
  if (!ctx.universalLogin.known) {
    assumptions.push(`Universal Login: ${ctx.universalLogin.reason}; with Classic Login every answer for an app that uses Organizations is unknown [OV, ULC]`);
  }
  return {
    id: ctx.id,
    assumptions,
    read: {
      organizations: ctx.organizations.known,
      clientGrants: ctx.clientGrants.known,
      connections: ctx.connections.known,
      tenantSettings: ctx.defaultRedirectionUri.known,
      prompts: ctx.universalLogin.known,
    },
    applications: ctx.clients.map((c) => modelApplication(c, ctx, opts.positions ?? true)),
  };
}

export function modelApplication(client: Resource, ctx: TenantContext, positions = true): ApplicationModel {
  const usage = readUsage(client);
  const behavior = readBehavior(client);
  const methods = readDiscovery(client);
  const firstParty = readFirstParty(client);
  const type = typeof client.value.app_type === 'string' ? client.value.app_type : 'unknown';
  const clientId = typeof client.value.client_id === 'string' ? client.value.client_id : undefined;
  const classic = ctx.universalLogin.known && ctx.universalLogin.value === 'classic';
  const isMachine = type === 'non_interactive';
  const base: ApplicationModel = {
    name: client.name,
    type,
    file: client.doc.file,
    path: toPointer(client.path),
    ...(positions ? position(client) : {}),
    ...(clientId ? { clientId } : {}),
    firstParty: firstParty.known ? firstParty.value : 'unknown',
    settings: {
      usage: written(client, 'organization_usage'),
      behavior: written(client, 'organization_require_behavior'),
      discovery: written(client, 'organization_discovery_methods'),
    },
    users: { value: 'machine', row: '§3', source: ['M2C'] },
    notes: [],
  };
  const m2m = machineAccess(client, ctx, isMachine);
  if (m2m) base.machineToMachine = m2m;
  if (isMachine) {
    // §3 [M2C, API]: a machine-to-machine app has no user flows; its client grants decide
    if (usage.known && usage.value !== 'deny' && !usage.defaulted) {
      base.notes.push({ text: "organization_usage governs user flows; for client credentials each client grant's organization_usage decides", source: ['M2C', 'API'] });
    }
    return base;
  }
  const flows = userFlows({
    usage,
    behavior,
    firstParty,
    oidcConformant: client.value.oidc_conformant,
    thirdPartySecurityMode: client.value.third_party_security_mode,
    classicLogin: classic,
  });
  const app: ApplicationModel = {
    ...base,
    users: flows.users,
    ...(flows.row ? { row: flows.row } : {}),
    flows: {
      withoutOrganization: flows.withoutOrganization,
      validOrganization: flows.validOrganization,
      unusableOrganization: flows.unusableOrganization,
      invitation: invitationOf(client, usage, classic, ctx.defaultRedirectionUri),
    },
    prompt: flows.prompt,
    discovery: discoveryOf(usage, behavior, methods, classic),
    personalLogin: flows.personalLogin,
    organizations: organizationsReached({ name: client.name, clientId, firstParty }, usage, ctx),
  };
  if (usage.known && usage.value !== 'deny') app.notes.push(...incompatible(client));
  return app;
}

/** where the client starts in its file */
function position(client: Resource): { line?: number; column?: number } {
  const span = client.doc.locate(client.path, 'value');
  if (!span) return {};
  const { line, column } = spanToPosition(client.doc, span);
  return { line, column };
}

/** §4.3 [OV, TPS, ACUL-DC]: grants and protocols Organizations do not work with. */
function incompatible(client: Resource): { text: string; source: SourceKey[] }[] {
  const grants = stringList(client.value.grant_types).filter((g) => INCOMPATIBLE_GRANTS.includes(g));
  const addons = client.value.addons;
  const wsfed = typeof addons === 'object' && addons !== null && Object.prototype.hasOwnProperty.call(addons, 'wsfed');
  const what = [...grants, ...(wsfed ? ['WS-Fed (addons.wsfed)'] : [])];
  if (what.length === 0) return [];
  return [{ text: `Organizations are not compatible with ${what.join(', ')}; what Auth0 does on those flows is not documented`, source: ['OV'] }];
}
