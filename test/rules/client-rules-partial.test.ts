/**
 * The client rules on partial bodies (PATCH payloads, Terraform plans): a field the body does not carry keeps the
 * tenant's value, which is unknown, so it must never be read as its default. Resources are built directly, so
 * this holds whichever source produces them.
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load-config';
import { runRules } from '../../src/engine/run-rules';
import { RuleSettings } from '../../src/engine/settings';
import { createTenant, type Resource, type Tenant } from '../../src/rule-api/resource';
import type { Origin } from '../../src/rule-api/types';
import { loadJson } from '../../src/sources/json/json-source';
import { RULES } from '../../rules/index';

const IDS = [
  'default-organization-valid',
  'discovery-methods-without-pre-login-prompt',
  'organization-discovery-methods-valid',
  'organization-usage-on-m2m',
  'post-login-prompt-requires-oidc-conformant',
  'require-no-prompt',
];
const rules = RULES.filter((r) => IDS.includes(r.id));

/** `ruleId:messageId` of every finding of these rules on one client body */
function check(body: Record<string, unknown>, partial: boolean, origin: Origin = partial ? 'patch' : 'api-dump'): string[] {
  const doc = loadJson('/virtual/client.json', JSON.stringify(body, null, 2), false);
  const resource: Resource = { type: 'client', name: 'body', value: doc.value as Record<string, unknown>, doc, path: [], origin, partial };
  const tenant: Tenant = createTenant('/virtual', { clients: [resource] });
  return runRules([tenant], rules, new RuleSettings(defaultConfig('/virtual'), rules)).map((f) => `${f.ruleId}:${f.messageId}`).sort();
}

describe('client rules on partial bodies', () => {
  it('do not read an absent prompt type as "no_prompt"', () => {
    expect(check({ organization_usage: 'require' }, true)).toEqual([]);
    expect(check({ organization_usage: 'require' }, false)).toEqual(['require-no-prompt:noPrompt']);
    expect(check({ organization_discovery_methods: ['email'] }, true)).toEqual([]);
    expect(check({ organization_discovery_methods: ['email'] }, false)).toEqual(['discovery-methods-without-pre-login-prompt:notRequired']);
  });

  it('still report what the body itself says', () => {
    expect(check({ organization_usage: 'require', organization_require_behavior: 'no_prompt' }, true)).toEqual(['require-no-prompt:noPrompt']);
    // usage is not in the body, so the message cannot claim it is "deny"
    expect(check({ organization_require_behavior: 'no_prompt', organization_discovery_methods: ['email', 'email'] }, true)).toEqual([
      'discovery-methods-without-pre-login-prompt:notPreLogin',
      'organization-discovery-methods-valid:duplicate',
    ]);
    expect(check({ organization_require_behavior: 'post_login_prompt', oidc_conformant: false }, true)).toEqual([
      'post-login-prompt-requires-oidc-conformant:notConformant',
    ]);
  });

  it('accept null, which clears a field in a PATCH body', () => {
    expect(check({ organization_require_behavior: 'no_prompt', organization_discovery_methods: null, default_organization: null }, true)).toEqual([]);
  });

  it('do not treat an absent app_type or oidc_conformant as known', () => {
    expect(check({ organization_usage: 'allow' }, true)).toEqual([]);
    expect(check({ organization_require_behavior: 'post_login_prompt' }, true)).toEqual([]);
    expect(check({ app_type: 'non_interactive', organization_usage: 'allow' }, true)).toEqual(['organization-usage-on-m2m:onM2m']);
  });

  it('read the Terraform block and list forms as the provider means them', () => {
    const plan = (v: Record<string, unknown>) => check(v, true, 'terraform');
    expect(plan({ organization_discovery_methods: [], default_organization: [] })).toEqual([]);
    expect(plan({ default_organization: [{ disable: true, flows: [] }] })).toEqual([]);
    expect(plan({ default_organization: [{ organization_id: 'org_W2iFrA7sKpL0e9Xq', flows: ['client_credentials'], disable: false }] })).toEqual([]);
    expect(plan({ default_organization: [{ organization_id: '', flows: ['client_credentials'] }] })).toEqual(['default-organization-valid:organizationId']);
  });
});
