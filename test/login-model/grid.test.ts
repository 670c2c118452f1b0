/**
 * The whole usage × behavior × discovery × third-party grid against the outcome table of
 * ../shared/login-flows.md §1 (transcribed below by hand, cell by cell: ✅ and ⚠ cells answer the outcome, ❓ cells
 * `unknown`), plus the inputs orglint cannot know (placeholders, values Auth0 does not accept).
 */
import { describe, expect, it } from 'vitest';
import { app } from './helpers';

type Cell = string;
interface RowExpect {
  row: string;
  without: Cell;
  valid: Cell;
  unusable: Cell;
  prompt: Cell;
  personal: Cell;
}

const R1: RowExpect = { row: 'R1', without: 'personal-login', valid: 'rejected', unusable: 'rejected', prompt: 'none', personal: 'yes' };
/** login-flows.md §1, rows R1–R7 */
const TABLE: Record<string, Record<string, RowExpect>> = {
  deny: { no_prompt: R1, pre_login_prompt: R1, post_login_prompt: R1 },
  allow: {
    no_prompt: { row: 'R2', without: 'personal-login', valid: 'organization-login', unusable: 'rejected', prompt: 'none', personal: 'yes' },
    pre_login_prompt: { row: 'R3', without: 'unknown', valid: 'organization-login', unusable: 'unknown', prompt: 'unknown', personal: 'unknown' },
    post_login_prompt: { row: 'R4', without: 'login-then-optional-organization', valid: 'organization-login', unusable: 'unknown', prompt: 'organization-after-login', personal: 'yes' },
  },
  require: {
    no_prompt: { row: 'R5', without: 'rejected', valid: 'organization-login', unusable: 'rejected', prompt: 'none', personal: 'no' },
    pre_login_prompt: { row: 'R6', without: 'organization-prompt', valid: 'organization-login', unusable: 'unknown', prompt: 'organization-first', personal: 'no' },
    post_login_prompt: { row: 'R7', without: 'login-then-organization', valid: 'organization-login', unusable: 'unknown', prompt: 'organization-after-login', personal: 'no' },
  },
};
const USERS: Record<string, string> = { deny: 'individuals', allow: 'both', require: 'business' };

const USAGE_INPUTS: [string, unknown][] = [['deny', 'deny'], ['allow', 'allow'], ['require', 'require'], ['absent', undefined], ['placeholder', '##USAGE##'], ['invalid', 'Require'], ['not a string', 3]];
const BEHAVIOR_INPUTS: [string, unknown][] = [['no_prompt', 'no_prompt'], ['pre_login_prompt', 'pre_login_prompt'], ['post_login_prompt', 'post_login_prompt'], ['absent', undefined], ['placeholder', '@@BEHAVIOR@@'], ['invalid', 'pre-login-prompt']];
const DISCOVERY_INPUTS: [string, unknown][] = [['absent', undefined], ['email', ['email']], ['organization_name', ['organization_name']], ['both', ['email', 'organization_name']], ['invalid', ['organisation_name']], ['placeholder', '##METHODS##']];
const PARTY_INPUTS: [string, unknown][] = [['first-party', true], ['third-party', false], ['absent', undefined]];

const known = (v: string) => !['placeholder', 'invalid', 'not a string'].includes(v);

describe('the login model over the whole grid (login-flows.md §1, §4.1, N4)', () => {
  const cases: [string, string, string, string][] = [];
  for (const [u] of USAGE_INPUTS) for (const [b] of BEHAVIOR_INPUTS) for (const [d] of DISCOVERY_INPUTS) for (const [p] of PARTY_INPUTS) cases.push([u, b, d, p]);

  it(`covers ${cases.length} combinations`, () => expect(cases.length).toBe(7 * 6 * 6 * 3));

  it.each(cases)('usage %s × behavior %s × discovery %s × %s', (u, b, d, p) => {
    const client: Record<string, unknown> = { oidc_conformant: true };
    const value = (list: [string, unknown][], k: string) => list.find(([n]) => n === k)![1];
    if (value(USAGE_INPUTS, u) !== undefined) client.organization_usage = value(USAGE_INPUTS, u);
    if (value(BEHAVIOR_INPUTS, b) !== undefined) client.organization_require_behavior = value(BEHAVIOR_INPUTS, b);
    if (value(DISCOVERY_INPUTS, d) !== undefined) client.organization_discovery_methods = value(DISCOVERY_INPUTS, d);
    if (value(PARTY_INPUTS, p) !== undefined) client.is_first_party = value(PARTY_INPUTS, p);
    // a third-party app reaches an organization that opted in and offers a domain-level connection [TPA, TPC]
    const thirdParty = {
      organizations: [{ name: 'acme', third_party_client_access: 'allow', connections: [{ name: 'db' }] }],
      root: { databases: [{ name: 'db', strategy: 'auth0', is_domain_connection: true, enabled_clients: ['App'] }] },
    };
    const m = app(client, p === 'third-party' ? thirdParty : {});
    const flows = m.flows!;
    const every = [m.users, flows.withoutOrganization, flows.validOrganization, flows.unusableOrganization, flows.invitation, m.prompt!, m.discovery!, m.personalLogin!, m.organizations!];
    // every answer cites the docs it follows; every unknown says why
    for (const a of every) {
      expect(a.source.length).toBeGreaterThan(0);
      if (a.value === 'unknown') expect(a.reason).toMatch(/\S/);
    }
    if (!known(u)) {
      expect(every.map((a) => a.value)).toEqual(every.map(() => 'unknown'));
      expect(flows.withoutOrganization.reason).toMatch(u === 'placeholder' ? /keyword ##USAGE##/ : /organization_usage/);
      return;
    }
    const usage = u === 'absent' ? 'deny' : u;
    expect(m.users.value).toBe(USERS[usage]);
    if (usage === 'deny') {
      // R1: the behavior is ignored, even an unknown one
      expect({ row: m.row, without: flows.withoutOrganization.value, valid: flows.validOrganization.value, unusable: flows.unusableOrganization.value, prompt: m.prompt!.value, personal: m.personalLogin!.value }).toEqual(R1);
      expect(flows.validOrganization.error?.id).toBe('E2');
      expect(m.discovery!.value).toBe('not-used');
      expect(flows.invitation).toMatchObject({ value: 'cannot-be-created', error: { id: 'E9' } });
      expect(m.organizations!.value).toBe('none');
      return;
    }
    if (!known(b)) {
      // every allow/require row logs a valid organization in; the rest waits for the behavior
      expect(flows.validOrganization.value).toBe('organization-login');
      expect(flows.withoutOrganization.value).toBe('unknown');
      expect(m.prompt!.value).toBe('unknown');
      expect(m.personalLogin!.value).toBe(usage === 'require' ? 'no' : 'unknown');
      expect(m.discovery!.value).toBe('unknown');
      return;
    }
    const behavior = b === 'absent' ? 'no_prompt' : b;
    const want = { ...TABLE[usage][behavior] };
    if (p === 'third-party') want.unusable = 'rejected'; // §4.1: E3 from an organization that has not opted in
    expect({ row: m.row, without: flows.withoutOrganization.value, valid: flows.validOrganization.value, unusable: flows.unusableOrganization.value, prompt: m.prompt!.value, personal: m.personalLogin!.value }).toEqual(want);
    if (p === 'third-party') expect(flows.unusableOrganization.error?.id).toBe('E3');
    if (want.row === 'R5') expect(flows.withoutOrganization.error?.id).toBe('E1');
    if (want.row === 'R2') expect(flows.withoutOrganization.note).toMatch(/^N1/);
    if (want.row === 'R4') expect(flows.withoutOrganization.note).toMatch(/^N3/);
    // discovery: only the pre-login prompt of R6 uses it (N4); R3 is ❓ (N2)
    const disc = m.discovery!.value;
    if (want.row === 'R6') {
      const byInput: Record<string, string> = { absent: 'unknown', email: 'email', organization_name: 'organization_name', both: 'email and organization_name', invalid: 'unknown', placeholder: 'unknown' };
      expect(disc).toBe(byInput[d]);
      if (d === 'absent') expect(m.discovery!.reason).toMatch(/^N4/);
    } else if (want.row === 'R3') expect(disc).toBe('unknown');
    else expect(disc).toBe('not-used');
    // invitations: allow/require with a login route (the tenant's default_redirection_uri)
    expect(flows.invitation.value).toBe('organization-login');
    expect(m.organizations!.value).toBe('listed');
    expect(m.organizations!.list[0].access.value).toBe('usable');
  });
});

describe('overlays and inputs around the table', () => {
  it('Classic Login (§4.2): every cell of an organizations app is unknown; a deny app is still R1', () => {
    const root = { prompts: { universal_login_experience: 'classic' } };
    const m = app({ organization_usage: 'require', organization_require_behavior: 'pre_login_prompt' }, { root });
    expect([m.flows!.withoutOrganization, m.flows!.validOrganization, m.prompt!, m.personalLogin!, m.flows!.invitation].map((a) => a.value)).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
    expect(m.flows!.withoutOrganization).toMatchObject({ row: '§4.2', source: ['OV', 'ULC'] });
    expect(app({ organization_usage: 'deny' }, { root }).flows!.withoutOrganization.value).toBe('personal-login');
  });

  it('post_login_prompt with oidc_conformant: false is unknown (§0, API)', () => {
    const m = app({ organization_usage: 'require', organization_require_behavior: 'post_login_prompt', oidc_conformant: false });
    expect(m.flows!.withoutOrganization).toMatchObject({ value: 'unknown', row: '§0', reason: expect.stringMatching(/oidc_conformant/) });
  });

  it('express_configuration apps are require when usage is absent (§0)', () => {
    expect(app({ app_type: 'express_configuration', organization_require_behavior: 'post_login_prompt' }).row).toBe('R7');
  });

  it('a PATCH body that leaves usage out is unknown, never the default', () => {
    const m = app({ organization_require_behavior: 'pre_login_prompt' }, { partial: true });
    expect(m.users).toMatchObject({ value: 'unknown', reason: expect.stringMatching(/not in the payload/) });
  });

  it('permissive-mode third-party apps have no organization user flows (TPM)', () => {
    const m = app({ organization_usage: 'allow', organization_require_behavior: 'post_login_prompt', is_first_party: false, third_party_security_mode: 'permissive' });
    expect(m.flows!.validOrganization).toMatchObject({ value: 'unknown', source: ['TPM'] });
  });

  it('notes incompatible grants (§4.3) and the third-party no_prompt caveat (§4.1)', () => {
    const m = app({ organization_usage: 'allow', grant_types: ['authorization_code', 'password'], is_first_party: false });
    expect(m.notes.map((n) => n.text)).toEqual([expect.stringMatching(/not compatible with password/)]);
    expect(m.flows!.withoutOrganization.note).toMatch(/not reliable/);
  });
});
