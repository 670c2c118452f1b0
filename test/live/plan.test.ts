import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load-config';
import { RuleSettings } from '../../src/engine/settings';
import type { JournalEntry } from '../../src/live/journal';
import { planFixes } from '../../src/live/plan';
import { FIX_FIELDS, rollbackChanges, rollbackPlan } from '../../src/live/rollback';
import { mixedClients } from './helpers';
import { RULES } from '../../rules/index';

const settings = new RuleSettings(defaultConfig('/'), RULES);
const snapshot = (clients: Record<string, unknown>[]) => ({ origin: 'https://acme.eu.auth0.com', clients, notes: [] });

describe('planning live fixes', () => {
  it('puts every fix of a client into one minimal PATCH body, with the values it was planned from', () => {
    const plan = planFixes(
      snapshot([{ client_id: 'a', name: 'A', app_type: 'spa', organization_usage: 'Require', organization_require_behavior: 'pre-login-prompt', callbacks: ['https://a.example.com'] }]),
      RULES,
      settings,
      'safe',
    );
    expect(plan.changes).toEqual([
      expect.objectContaining({
        clientId: 'a',
        before: { organization_usage: 'Require', organization_require_behavior: 'pre-login-prompt' },
        body: { organization_usage: 'require', organization_require_behavior: 'pre_login_prompt' },
      }),
    ]);
  });

  it('fixes pass after pass: a fix that shows only after another one lands in the same body', () => {
    // pass 1: "Deny" → "deny"; only then does the behavior show as having no effect, and pass 2 removes it
    const plan = planFixes(snapshot([{ client_id: 'b', name: 'B', app_type: 'spa', organization_usage: 'Deny', organization_require_behavior: 'pre_login_prompt' }]), RULES, settings, 'safe');
    expect(plan.changes[0].body).toEqual({ organization_usage: 'deny', organization_require_behavior: null });
    expect(plan.changes[0].fixes.map((f) => f.ruleId)).toEqual(['organization-usage-enum', 'require-behavior-without-require']);
  });

  it('a rule turned off plans nothing', () => {
    const off = new RuleSettings(defaultConfig('/'), RULES, { 'organization-usage-enum': 'off' });
    expect(planFixes(snapshot([{ client_id: 'c', name: 'C', app_type: 'spa', organization_usage: 'Allow' }]), RULES, off, 'safe').changes).toEqual([]);
  });
});

describe('rollback from a journal', () => {
  const at = '2025-01-01T00:00:00.000Z';
  const attempt = (id: string, before: Record<string, unknown>, body: Record<string, unknown>, op: 'fix' | 'rollback' = 'fix'): JournalEntry => ({ type: 'attempt', at, op, client_id: id, name: id, before, body });
  const applied = (id: string, op: 'fix' | 'rollback' = 'fix'): JournalEntry => ({ type: 'result', at, op, client_id: id, outcome: 'applied' });
  // each fix run writes its plan first: only the fields a plan lists are restored
  const plan = (id: string, body: Record<string, unknown>): JournalEntry => ({ type: 'plan', at, client_id: id, name: id, before: {}, body, rules: [] });

  it('goes back to the value before the first fix, expecting the value of the last', () => {
    const changes = rollbackChanges([
      plan('a', { organization_usage: 'allow', organization_require_behavior: null }),
      plan('b', { organization_usage: 'deny' }),
      attempt('a', { organization_usage: 'Allow' }, { organization_usage: 'allow' }),
      applied('a'),
      attempt('a', { organization_usage: 'allow', organization_require_behavior: 'no_prompt' }, { organization_usage: 'require', organization_require_behavior: null }),
      applied('a'),
      attempt('b', { organization_usage: 'Deny' }, { organization_usage: 'deny' }),
      { type: 'result', at, op: 'fix', client_id: 'b', outcome: 'conflict' },
    ]);
    expect(changes).toEqual([
      { clientId: 'a', name: 'a', expect: { organization_usage: 'require', organization_require_behavior: null }, body: { organization_usage: 'Allow', organization_require_behavior: 'no_prompt' } },
    ]);
  });

  it('leaves out clients a rollback already restored', () => {
    const entries = [plan('a', { organization_usage: 'allow' }), attempt('a', { organization_usage: 'Allow' }, { organization_usage: 'allow' }), applied('a')];
    expect(rollbackChanges([...entries, attempt('a', { organization_usage: 'allow' }, { organization_usage: 'Allow' }, 'rollback'), applied('a', 'rollback')])).toEqual([]);
  });

  it('restores only fields orglint fixes change and the plan lists: a crafted callbacks or grant_types is refused', () => {
    const { changes, refused } = rollbackPlan([
      plan('a', { organization_usage: 'allow', callbacks: ['https://evil.example/cb'] }),
      attempt('a', { organization_usage: 'Allow', callbacks: ['https://evil.example/cb'], grant_types: ['password'], oidc_conformant: false }, { organization_usage: 'allow', callbacks: [], grant_types: [], oidc_conformant: true }),
      applied('a'),
    ]);
    expect(changes).toEqual([{ clientId: 'a', name: 'a', expect: { organization_usage: 'allow' }, body: { organization_usage: 'Allow' } }]);
    expect(refused.map((r) => [r.field, r.why])).toEqual([
      ['callbacks', 'not-a-fix-field'],
      ['grant_types', 'not-a-fix-field'],
      ['oidc_conformant', 'not-in-plan'],
    ]);
  });
});

describe('live fix plans change only fields a rollback may restore', () => {
  it('every field in a plan body is one of FIX_FIELDS', () => {
    const clients = [
      ...mixedClients(),
      { client_id: 'd1', name: 'Disc', app_type: 'spa', organization_usage: 'require', organization_require_behavior: 'no_prompt', organization_discovery_methods: ['email', 'email'] },
      { client_id: 'd2', name: 'Disc2', app_type: 'spa', organization_usage: 'require', organization_require_behavior: 'post_login_prompt', oidc_conformant: false },
      { client_id: 'd3', name: 'Def', app_type: 'spa', organization_usage: 'require', default_organization: { organization_id: 'org_1', flows: 'client_credentials' } },
    ];
    const fields = new Set<string>();
    for (const mode of ['safe', 'unsafe'] as const) for (const c of planFixes(snapshot(clients), RULES, settings, mode).changes) for (const f of Object.keys(c.body)) fields.add(f);
    expect(fields.size).toBeGreaterThan(2);
    expect([...fields].filter((f) => !FIX_FIELDS.has(f))).toEqual([]);
  });
});
