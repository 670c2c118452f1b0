import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load-config';
import { RuleSettings } from '../../src/engine/settings';
import type { JournalEntry } from '../../src/live/journal';
import { planFixes } from '../../src/live/plan';
import { rollbackChanges } from '../../src/live/rollback';
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

  it('goes back to the value before the first fix, expecting the value of the last', () => {
    const changes = rollbackChanges([
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
    const entries = [attempt('a', { organization_usage: 'Allow' }, { organization_usage: 'allow' }), applied('a')];
    expect(rollbackChanges([...entries, attempt('a', { organization_usage: 'allow' }, { organization_usage: 'Allow' }, 'rollback'), applied('a', 'rollback')])).toEqual([]);
  });
});
