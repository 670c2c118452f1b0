/**
 * Client rules on partial resources (a PATCH body, a planned change): a field the body does not carry keeps its
 * unknown current value, so it is never read as its default.
 */
import { describe, expect, it } from 'vitest';
import type { AnyRule, Report } from '../../src/rule-api/define-rule';
import { createTenant, type Resource, type Tenant } from '../../src/rule-api/resource';
import { resources } from '../../src/rule-api/tenant-model';
import incompatibleGrant from '../../rules/organization-incompatible-grant/index';
import namePlaceholder from '../../rules/organization-name-placeholder/index';
import thirdParty from '../../rules/organization-third-party-client/index';

function check(rule: AnyRule, value: Record<string, unknown>, partial: boolean, tenant: Partial<Tenant> = {}, origin?: string): Report[] {
  const reports: Report[] = [];
  const resource = { type: 'client', name: 'x', value, path: [], origin: origin ?? (partial ? 'terraform' : 'api-dump'), partial } as unknown as Resource;
  const full: Tenant = createTenant('t', { clients: [resource], ...tenant });
  rule.check({ options: rule.defaultOptions, tenant: full, resource, report: (r: Report) => reports.push(r), resources: (kind) => resources(full, kind) });
  return reports;
}

describe('client rules on partial resources', () => {
  it('organization-incompatible-grant needs both the usage and the grant in the body', () => {
    expect(check(incompatibleGrant, { grant_types: ['password'] }, true)).toEqual([]);
    expect(check(incompatibleGrant, { organization_usage: 'require' }, true)).toEqual([]);
    const both = check(incompatibleGrant, { organization_usage: 'require', grant_types: ['password'] }, true);
    expect(both.map((r) => r.at)).toEqual([['grant_types', 0]]);
  });

  it('organization-third-party-client never takes an absent is_first_party for false', () => {
    expect(check(thirdParty, { organization_usage: 'allow' }, true)).toEqual([]);
    expect(check(thirdParty, { organization_usage: 'allow' }, false)).toEqual([]);
    expect(check(thirdParty, { is_first_party: false }, true)).toEqual([]);
    expect(check(thirdParty, { organization_usage: 'allow', is_first_party: false }, true).map((r) => r.messageId)).toEqual(['thirdParty']);
  });

  it('organization-third-party-client leaves request bodies to patch-third-party-organization', () => {
    const body = { organization_usage: 'allow', is_first_party: false };
    expect(check(thirdParty, body, true, {}, 'patch')).toEqual([]);
    expect(check(thirdParty, body, true, {}, 'har')).toEqual([]);
  });

  it('organization-third-party-client stays quiet when an organization admits third-party applications', () => {
    const org = (access: unknown) => ({ value: { name: 'acme', third_party_client_access: access } }) as unknown as Resource;
    const client = { organization_usage: 'require', is_first_party: false };
    expect(check(thirdParty, client, false, { kinds: { organization: { known: true } }, organizations: [org('allow')] })).toEqual([]);
    expect(check(thirdParty, client, false, { kinds: { organization: { known: true } }, organizations: [org('##TPA##')] })).toEqual([]);
    expect(check(thirdParty, client, false, { kinds: { organization: { known: true } }, organizations: [org('block')] }).map((r) => r.messageId)).toEqual([
      'noOrganizationAllows',
    ]);
  });

  it('organization-name-placeholder reports a wrong URL at info when the body leaves the usage unknown', () => {
    const body = { callbacks: ['https://example.com/{organization_name}'] };
    expect(check(namePlaceholder, body, true).map((r) => [r.messageId, r.severity])).toEqual([['notSubdomain', 'info']]);
    expect(check(namePlaceholder, body, false).map((r) => [r.messageId, r.severity])).toEqual([['notSubdomain', 'warning']]);
    expect(check(namePlaceholder, { ...body, organization_usage: 'allow' }, true).map((r) => [r.messageId, r.severity])).toEqual([
      ['notSubdomain', undefined],
    ]);
  });
});
