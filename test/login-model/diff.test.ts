import { describe, expect, it } from 'vitest';
import { diffModels, diffText } from '../../src/login-model/diff';
import { model, type TenantSpec } from './helpers';

const key = (id: string) => id;
const text = (base: TenantSpec, head: TenantSpec) =>
  diffModels([model(base)], [model(head)], key).map((c) => `${c.severity}: ${c.text}`);

describe('diffModels', () => {
  const orgs = [{ name: 'acme', connections: [{ name: 'db' }] }];
  it('an application added or removed; duplicates matched in order', () => {
    const a = { name: 'A', organization_usage: 'require' };
    expect(text({ clients: [a], organizations: orgs }, { clients: [], organizations: orgs })).toEqual(['breaking: A: the application is removed; its users can no longer log in to it']);
    expect(text({ clients: [a], organizations: orgs }, { clients: [a, { ...a, organization_usage: 'deny' }], organizations: orgs })).toEqual([
      'widening: A (#2): new application; users without an organization: they log in without an organization',
    ]);
  });

  it('organizations becoming usable or not, grants added and removed', () => {
    const third = { name: 'T', organization_usage: 'allow', is_first_party: false };
    const root = { connections: [{ name: 'db', strategy: 'okta', is_domain_connection: true }] };
    const before = { clients: [third], organizations: [{ name: 'acme', connections: [{ name: 'db' }] }], root };
    const after = { clients: [third], organizations: [{ name: 'acme', third_party_client_access: 'allow', connections: [{ name: 'db' }] }], root };
    expect(text(before, after)).toEqual(['widening: T: users can now log in to organization "acme" through db']);
    expect(text(after, before)).toEqual(['breaking: T: users could log in to organization "acme"; now they cannot (third_party_client_access is not allow (default block))']);
    const job = { name: 'Job', app_type: 'non_interactive' };
    const grant = { client_id: 'Job', audience: 'https://api', organization_usage: 'allow' };
    expect(text({ clients: [job], clientGrants: [], organizations: [] }, { clients: [job], clientGrants: [grant], organizations: [] })).toEqual([
      'widening: Job: new client grant for https://api: without an organization they get a token without org_id',
    ]);
    expect(text({ clients: [job], clientGrants: [grant], organizations: [] }, { clients: [job], clientGrants: [], organizations: [] })).toEqual([
      'breaking: Job: the client grant for https://api is removed; its client-credentials requests fail',
    ]);
  });

  it('names the tenant when changes span several', () => {
    const a = model({ clients: [{ name: 'A' }] });
    const b = model({ clients: [{ name: 'A', organization_usage: 'require' }] });
    const changes = diffModels([a, { ...a, id: '/t2' }], [b, { ...b, id: '/t2' }], key);
    expect(diffText(changes, 'main', (s) => s).split('\n')[0]).toBe('breaking  /t2: A: users without an organization logged in without an organization; now their requests are rejected');
  });
});
