/**
 * The outcome table of `../shared/login-flows.md` §1 (rows R1–R7, first-party app, Universal Login), with the
 * third-party (§4.1), Classic Login (§4.2) and `oidc_conformant` (§0) overlays. Pure: settings in, answers out.
 * Every ✅ cell answers its outcome, every ⚠ cell answers it with the note, every ❓ cell answers `unknown`.
 */
import type { SourceKey } from './sources';
import { unknown, type Answer, type Behavior, type Known, type Prompt, type Usage, type Users, type WithOrganization, type WithoutOrganization, type YesNo } from './types';

export interface UserFlowInput {
  usage: Known<Usage>;
  behavior: Known<Behavior>;
  firstParty: Known<boolean>;
  /** `oidc_conformant` as written (only an explicit `false` matters: post_login_prompt needs `true` [API]) */
  oidcConformant?: unknown;
  /** `third_party_security_mode` as written (`permissive` apps have no organization user flows [TPM]) */
  thirdPartySecurityMode?: unknown;
  /** Classic Login known: every R-cell of an organizations app is ❓ (§4.2) */
  classicLogin: boolean;
}

export interface UserFlows {
  row?: string;
  users: Answer<Users>;
  withoutOrganization: Answer<WithoutOrganization>;
  validOrganization: Answer<WithOrganization>;
  unusableOrganization: Answer<WithOrganization>;
  prompt: Answer<Prompt>;
  personalLogin: Answer<YesNo>;
}

/** Observed and documented error texts (login-flows.md §5). */
export const ERRORS = {
  E1: { id: 'E1', code: 'invalid_request', text: 'parameter organization is required for this client', status: 'observed' },
  E2: { id: 'E2', code: 'invalid_request', text: 'parameter organization is not allowed for this client', status: 'observed' },
  E3: { id: 'E3', code: 'invalid_request', text: 'parameter organization is invalid: {org_id}', status: 'documented' },
  E5: { id: 'E5', code: 'invalid_request', text: 'client requires organization membership, but user does not belong to any organization', status: 'observed' },
  E7: { id: 'E7', text: 'no connections enabled for the organization are visible', status: 'documented' },
  E8: { id: 'E8', code: 'invalid_body', text: 'A default login route is required to generate the invitation url.', status: 'documented' },
  E9: { id: 'E9', text: 'The specified client_id (...) does not allow organizations.', status: 'observed' },
} as const;

const N1 =
  'N1: DOB\'s Dashboard text, LF and DOB-21 say users may log in without an organization; DOB\'s API table says no_prompt rejects "requests without a valid organization parameter" and its allow row says "you must provide an organization" (read as the require case)';
const N2 =
  'N2: the docs disagree on whether allow + pre_login_prompt exists: DOB\'s API table and the schema text apply pre_login_prompt only to require (so R3 = R2), LF says that with "Both" it "shows both the Organization and personal account prompts"';
const N3 = 'N3: after logging in, members can select their organization and the picker can be skipped [DOB, PICK]; which users see it (one membership, none) is not documented';
const N7 = 'N7: whether Auth0 rejects an unknown organization, or one the app has no per-application access to, or falls back to the prompt, is not documented';

type Row = Omit<UserFlows, 'users' | 'row'>;

const answer = <V extends string>(value: V, row: string, source: SourceKey[], extra: Partial<Answer<V>> = {}): Answer<V> => ({ value, row, source, ...extra });

/** The seven rows of §1, for a first-party app on Universal Login. */
export function rowOf(usage: Usage, behavior: Behavior): { row: string; flows: Row } {
  if (usage === 'deny') {
    // R1 [DOB, LF]: the behavior is ignored
    const s: SourceKey[] = ['DOB', 'LF'];
    return {
      row: 'R1',
      flows: {
        withoutOrganization: answer('personal-login', 'R1', s),
        validOrganization: answer('rejected', 'R1', s, { error: ERRORS.E2 }),
        unusableOrganization: answer('rejected', 'R1', s, { error: ERRORS.E2 }),
        prompt: answer('none', 'R1', s),
        personalLogin: answer('yes', 'R1', s),
      },
    };
  }
  if (usage === 'allow') {
    if (behavior === 'no_prompt') {
      // R2 [DOB, LF, CD, C-UM]
      const s: SourceKey[] = ['DOB', 'LF', 'CD', 'C-UM'];
      return {
        row: 'R2',
        flows: {
          withoutOrganization: answer('personal-login', 'R2', s, { note: N1 }),
          validOrganization: answer('organization-login', 'R2', s),
          unusableOrganization: answer('rejected', 'R2', s, { error: { status: 'undocumented' } }),
          prompt: answer('none', 'R2', s),
          personalLogin: answer('yes', 'R2', s, { note: N1 }),
        },
      };
    }
    if (behavior === 'pre_login_prompt') {
      // R3 [DOB, DOB-21, LF]: N2, the docs disagree
      const s: SourceKey[] = ['DOB', 'DOB-21', 'LF'];
      return {
        row: 'R3',
        flows: {
          withoutOrganization: unknown(N2, s, 'R3'),
          validOrganization: answer('organization-login', 'R3', s),
          unusableOrganization: unknown(N7, s, 'R3'),
          prompt: unknown(`${N2}; LF's reading would be the organization and personal account prompts`, s, 'R3'),
          personalLogin: unknown(N2, s, 'R3'),
        },
      };
    }
    // R4 [DOB, LF, PICK]
    const s: SourceKey[] = ['DOB', 'LF', 'PICK'];
    return {
      row: 'R4',
      flows: {
        withoutOrganization: answer('login-then-optional-organization', 'R4', s, { note: N3 }),
        validOrganization: answer('organization-login', 'R4', s),
        unusableOrganization: unknown(N7, s, 'R4'),
        prompt: answer('organization-after-login', 'R4', s, { note: N3 }),
        personalLogin: answer('yes', 'R4', s),
      },
    };
  }
  if (behavior === 'no_prompt') {
    // R5 [DOB, DOB-21]
    const s: SourceKey[] = ['DOB', 'DOB-21'];
    return {
      row: 'R5',
      flows: {
        withoutOrganization: answer('rejected', 'R5', s, { error: ERRORS.E1 }),
        validOrganization: answer('organization-login', 'R5', s),
        unusableOrganization: answer('rejected', 'R5', s, { error: { status: 'undocumented' } }),
        prompt: answer('none', 'R5', s),
        personalLogin: answer('no', 'R5', s),
      },
    };
  }
  if (behavior === 'pre_login_prompt') {
    // R6 [DOB, LF, DEP, C-SSO]: organization prompt first (discovery N4); an existing session is reused (N5)
    const s: SourceKey[] = ['DOB', 'LF', 'DEP', 'C-SSO'];
    return {
      row: 'R6',
      flows: {
        withoutOrganization: answer('organization-prompt', 'R6', s, { note: 'N5: since 2026-05-01 an existing authenticated session is reused after the organization is chosen [DEP]' }),
        validOrganization: answer('organization-login', 'R6', s),
        unusableOrganization: unknown(N7, s, 'R6'),
        prompt: answer('organization-first', 'R6', s),
        personalLogin: answer('no', 'R6', s),
      },
    };
  }
  // R7 [DOB, LF, C-SSO]: login, then a member of 2+ organizations picks one, of 1 gets it, of 0 gets E5 (unless N6)
  const s: SourceKey[] = ['DOB', 'LF', 'C-SSO'];
  return {
    row: 'R7',
    flows: {
      withoutOrganization: answer('login-then-organization', 'R7', s, {
        note: 'a member of 2 or more organizations picks one (the first 20 are shown), of 1 gets it, of none is refused (E5) unless one organization grants membership on login (N6)',
        error: ERRORS.E5,
      }),
      validOrganization: answer('organization-login', 'R7', s),
      unusableOrganization: unknown(N7, s, 'R7'),
      prompt: answer('organization-after-login', 'R7', s),
      personalLogin: answer('no', 'R7', s),
    },
  };
}

/** Who the app is for, from `organization_usage` (Dashboard: Individuals, Both, Business Users [DOB]). */
export function usersOf(usage: Known<Usage>): Answer<Users> {
  if (!usage.known) return unknown(usage.reason, ['DOB']);
  const value: Users = usage.value === 'deny' ? 'individuals' : usage.value === 'allow' ? 'both' : 'business';
  return { value, source: ['DOB'] };
}

const allUnknown = (reason: string, source: SourceKey[], row?: string): Row => ({
  withoutOrganization: unknown(reason, source, row),
  validOrganization: unknown(reason, source, row),
  unusableOrganization: unknown(reason, source, row),
  prompt: unknown(reason, source, row),
  personalLogin: unknown(reason, source, row),
});

/** The user flows of one application. */
export function userFlows(input: UserFlowInput): UserFlows {
  const users = usersOf(input.usage);
  const { usage, behavior } = input;
  if (!usage.known) return { users, ...allUnknown(usage.reason, ['DOB']) };
  if (usage.value === 'deny') {
    const r1 = rowOf('deny', 'no_prompt');
    return { users, row: r1.row, ...r1.flows };
  }
  if (input.classicLogin) {
    // §4.2 [OV, ULC]: Organizations are supported only for Universal Login; what /authorize does is undocumented
    return { users, ...allUnknown('the tenant uses Classic Login, where Organizations are not supported; what /authorize does then is not documented', ['OV', 'ULC'], '§4.2') };
  }
  if (!behavior.known) {
    // every allow/require row logs a valid organization in; the rest depends on the behavior
    const r = usage.value === 'allow' ? 'R2–R4' : 'R5–R7';
    const s: SourceKey[] = ['DOB', 'LF'];
    return {
      users,
      ...allUnknown(behavior.reason, s, r),
      validOrganization: answer('organization-login', r, s),
      ...(usage.value === 'require' ? { personalLogin: answer('no' as const, r, s) } : {}),
    };
  }
  if (behavior.value === 'post_login_prompt' && input.oidcConformant === false) {
    const s: SourceKey[] = ['API'];
    return { users, ...allUnknown('post_login_prompt requires oidc_conformant: true and this app sets false; what Auth0 does then is not documented', s, '§0') };
  }
  const { row, flows } = rowOf(usage.value, behavior.value);
  const out: UserFlows = { row, users, ...flows };
  if (input.firstParty.known && input.firstParty.value === false) return thirdParty(out, behavior.value, input.thirdPartySecurityMode);
  if (!input.firstParty.known) out.unusableOrganization = unknown(input.firstParty.reason, ['TPA'], row);
  return out;
}

/** §4.1 [TPA, TPC, TPS, TPT, TPM]: a third-party app is refused (E3) by an organization that has not opted in. */
function thirdParty(flows: UserFlows, behavior: Behavior, mode: unknown): UserFlows {
  const out = { ...flows };
  if (mode === 'permissive') {
    const why = 'permissive-mode third-party applications do not support organization user flows; what /authorize answers then is not documented';
    out.validOrganization = unknown(why, ['TPM'], '§4.1');
    out.unusableOrganization = unknown(why, ['TPM'], '§4.1');
    return out;
  }
  out.unusableOrganization = { value: 'rejected', row: '§4.1', source: ['TPA', 'TPT'], error: ERRORS.E3 };
  out.validOrganization = { ...out.validOrganization, note: "only with the organization's third_party_client_access: allow and a domain-level connection enabled for it [TPA, TPC]" };
  if (behavior === 'no_prompt' && out.withoutOrganization.value !== 'unknown') {
    const caveat = 'no_prompt is "not reliable" for third-party apps, which may not send organization: use a prompt [TPA, LF]';
    const prior = out.withoutOrganization.note;
    out.withoutOrganization = { ...out.withoutOrganization, note: prior ? `${prior}; ${caveat}` : caveat };
  }
  return out;
}
