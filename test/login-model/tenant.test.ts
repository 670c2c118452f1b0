/** The tenant around an application: organizations and connections, invitations, client credentials (§2–§4). */
import { describe, expect, it } from 'vitest';
import { app, model } from './helpers';

describe('organizations reached and through which connections (§0, §4.1, §4.4, N6)', () => {
  it('lists each organization with its connections, membership on login and whether the app has the connection too', () => {
    const m = app(
      { organization_usage: 'require', organization_require_behavior: 'post_login_prompt', oidc_conformant: true },
      {
        organizations: [
          { name: 'acme', connections: [{ name: 'db', assign_membership_on_login: true, is_signup_enabled: true }, { name: 'okta', show_as_button: false }] },
          { name: 'globex' },
        ],
      },
    );
    expect(m.organizations!.list.map((o) => [o.name, o.access.value, o.connections.value])).toEqual([
      ['acme', 'usable', 'listed'],
      ['globex', 'usable', 'unknown'],
    ]);
    expect(m.organizations!.list[0].connections.list).toEqual([
      { name: 'db', membershipOnLogin: true, signup: true, hidden: false, enabledForApp: true },
      // okta is not among the tenant's connections: whether the app has it is unknown
      { name: 'okta', membershipOnLogin: false, signup: false, hidden: true, enabledForApp: 'unknown' },
    ]);
  });

  it('organizations not in the files read are unknown, never none', () => {
    const m = model({ clients: [{ name: 'A', organization_usage: 'allow' }] }).applications[0];
    expect(m.organizations).toMatchObject({ value: 'unknown', reason: 'the files read do not list organizations' });
    expect(model({ clients: [{ name: 'A', organization_usage: 'allow' }], organizations: [] }).applications[0].organizations!.value).toBe('none');
  });

  it('third-party: only organizations that opted in and offer a domain-level connection (TPA, TPC); E3 otherwise', () => {
    const m = app(
      { organization_usage: 'allow', organization_require_behavior: 'post_login_prompt', is_first_party: false },
      {
        organizations: [
          { name: 'in', third_party_client_access: 'allow', connections: [{ name: 'okta' }] },
          { name: 'blocked', connections: [{ name: 'okta' }] },
          { name: 'no-domain', third_party_client_access: 'allow', connections: [{ name: 'db' }] },
          { name: 'later', third_party_client_access: '##TPA##', connections: [{ name: 'okta' }] },
        ],
        root: { connections: [{ name: 'okta', strategy: 'okta', is_domain_connection: true }] },
      },
    );
    expect(m.organizations!.list.map((o) => [o.name, o.access.value, o.access.error?.id])).toEqual([
      ['in', 'usable', undefined],
      ['blocked', 'not-usable', 'E3'],
      ['no-domain', 'not-usable', 'E3'],
      ['later', 'unknown', undefined],
    ]);
  });

  it('per-application access on an organization is unknown (the apps it lists are not exported) [PAA]', () => {
    const m = app({ organization_usage: 'require' }, { organizations: [{ name: 'acme', is_app_entitlement_active: true, connections: [] }] });
    expect(m.organizations!.list[0].access).toMatchObject({ value: 'unknown', source: ['PAA'] });
  });

  it('every connection hidden: E7 on the organization prompt', () => {
    const m = app({ organization_usage: 'require' }, { organizations: [{ name: 'acme', connections: [{ name: 'okta', show_as_button: false }] }] });
    expect(m.organizations!.list[0].connections.error?.id).toBe('E7');
  });
});

describe('invitations (§2)', () => {
  const usage = { organization_usage: 'require', organization_require_behavior: 'no_prompt' };
  it("need the app's initiate_login_uri or the tenant's default_redirection_uri, https and not localhost (E8 otherwise)", () => {
    expect(app(usage).flows!.invitation.value).toBe('organization-login');
    const noTenantRoute = { root: { tenant: {} } };
    expect(app({ ...usage, initiate_login_uri: 'https://app.example/login' }, noTenantRoute).flows!.invitation.value).toBe('organization-login');
    expect(app({ ...usage, initiate_login_uri: 'http://app.example/login' }, noTenantRoute).flows!.invitation).toMatchObject({ value: 'cannot-be-created', error: { id: 'E8' } });
    expect(app({ ...usage, initiate_login_uri: 'https://localhost/login' }, noTenantRoute).flows!.invitation.value).toBe('cannot-be-created');
    expect(app({ ...usage, initiate_login_uri: 'https://##HOST##/login' }, noTenantRoute).flows!.invitation.value).toBe('unknown');
  });
  it('without tenant settings in the files read, the route is unknown', () => {
    const m = model({ clients: [{ name: 'A', ...usage }], organizations: [] }).applications[0];
    expect(m.flows!.invitation).toMatchObject({ value: 'unknown', reason: expect.stringMatching(/default_redirection_uri/) });
  });
});

describe('client credentials (§3)', () => {
  const m2m = (grant: Record<string, unknown>, client: Record<string, unknown> = {}, orgs: Record<string, unknown>[] = []) =>
    model({
      clients: [{ name: 'Job', app_type: 'non_interactive', ...client }],
      clientGrants: [{ client_id: 'Job', audience: 'https://api', ...grant }],
      organizations: orgs,
    }).applications[0].machineToMachine!.grants[0];

  it.each([
    // grant usage, allow_any, default org, associated org, third-party → without, with
    ['deny', false, false, false, false, 'token-without-organization', 'fails'],
    [undefined, false, false, false, false, 'token-without-organization', 'fails'],
    ['allow', false, false, false, false, 'token-without-organization', 'fails'],
    ['allow', false, false, true, false, 'token-without-organization', 'associated-organizations'],
    ['allow', true, false, false, false, 'token-without-organization', 'any-organization'],
    ['require', false, false, true, false, 'fails', 'associated-organizations'],
    ['require', false, true, true, false, 'token-for-default-organization', 'associated-organizations'],
    ['require', true, true, false, false, 'token-for-default-organization', 'any-organization'],
    ['require', true, false, false, true, 'fails', 'unknown'],
    ['require', false, false, true, true, 'fails', 'associated-organizations'],
    ['required', false, false, false, false, 'unknown', 'unknown'],
    ['##GRANT_USAGE##', false, false, false, false, 'unknown', 'unknown'],
  ])('usage %s, allow_any %s, default %s, associated %s, third-party %s → %s / %s', (usage, any, def, assoc, third, without, withOrg) => {
    const grant: Record<string, unknown> = { allow_any_organization: any };
    if (usage !== undefined) grant.organization_usage = usage;
    const client: Record<string, unknown> = third ? { is_first_party: false } : {};
    if (def) client.default_organization = { organization_id: 'org_1', flows: ['client_credentials'] };
    const orgs = assoc ? [{ name: 'acme', client_grants: [{ client_id: 'Job', audience: 'https://api' }] }] : [{ name: 'acme', client_grants: [] }];
    const g = m2m(grant, client, orgs);
    expect([g.withoutOrganization.value, g.withOrganization.value]).toEqual([without, withOrg]);
    if (withOrg === 'associated-organizations') expect(g.withOrganization.organizations).toEqual(['acme']);
  });

  it('default_organization applies only with flows ["client_credentials"] (M2C)', () => {
    const g = m2m({ organization_usage: 'require' }, { default_organization: { organization_id: 'org_1', flows: ['authorization_code'] } });
    expect(g.withoutOrganization.value).toBe('fails');
  });

  it('grants not in the files read are unknown; a machine app without grants has none', () => {
    expect(model({ clients: [{ name: 'Job', app_type: 'non_interactive' }] }).applications[0].machineToMachine!.value).toBe('unknown');
    expect(model({ clients: [{ name: 'Job', app_type: 'non_interactive' }], clientGrants: [] }).applications[0].machineToMachine!.value).toBe('none');
    const unknownClient = model({ clients: [{ name: 'Job', app_type: 'non_interactive' }], clientGrants: [{ client_id: '##CLIENT##', audience: 'x' }] });
    expect(unknownClient.applications[0].machineToMachine!.value).toBe('unknown');
  });
});
