import type { SourceKey } from './sources';

/**
 * One answer of the login model. `unknown` is an answer too: the docs disagree or are silent (a ❓ cell of
 * `../shared/login-flows.md`), or an input is not known here (a keyword placeholder, a value Auth0 does not
 * accept, a field a PATCH body leaves out, a resource type the export does not hold). It always has a reason.
 */
export interface Answer<V extends string = string> {
  value: V | 'unknown';
  /** the row or section of login-flows.md the answer follows: `R5`, `§2`, `§3`, `§4.1` */
  row?: string;
  /** the docs it rests on, by key (see `SOURCES`) */
  source: SourceKey[];
  /** why the answer is unknown */
  reason?: string;
  /** a ⚠ cell: documented, but another sentence reads the other way */
  note?: string;
  /** the error Auth0 answers; `observed` texts come from issue threads and public apps, not from the docs */
  error?: AuthError;
}

export interface AuthError {
  /** the row of login-flows.md §5 (E1–E11); absent when no text is documented or observed */
  id?: string;
  code?: string;
  text?: string;
  status: 'documented' | 'observed' | 'undocumented';
}

/** What a known-or-not input holds. */
export type Known<T> = { known: true; value: T; defaulted?: boolean } | { known: false; reason: string };

export type Usage = 'deny' | 'allow' | 'require';
export type Behavior = 'no_prompt' | 'pre_login_prompt' | 'post_login_prompt';
export type Users = 'individuals' | 'both' | 'business' | 'machine';

/** `/authorize` without an `organization` parameter */
export type WithoutOrganization =
  | 'personal-login'
  | 'rejected'
  | 'organization-prompt'
  | 'login-then-optional-organization'
  | 'login-then-organization';
/** `/authorize` with an `organization` parameter (of one the app can use, or of one it cannot) */
export type WithOrganization = 'organization-login' | 'rejected';
export type Invitation = 'organization-login' | 'cannot-be-created';
export type Prompt = 'none' | 'organization-first' | 'organization-after-login' | 'organization-and-personal';
export type YesNo = 'yes' | 'no';
export type Discovery = 'not-used' | 'email' | 'organization_name' | 'email and organization_name';

/** A connection an organization offers on its login prompt. */
export interface OrganizationConnection {
  name: string;
  /** `assign_membership_on_login`: non-members become members on first login through it (N6) */
  membershipOnLogin: boolean | 'unknown';
  /** `is_signup_enabled` */
  signup: boolean | 'unknown';
  /** `show_as_button: false` */
  hidden: boolean;
  /** whether the connection is enabled for this application too (§4.4: whether it must be is ❓) */
  enabledForApp: boolean | 'unknown';
}

/** An organization of the tenant, seen from one application. */
export interface OrganizationReach {
  name: string;
  id?: string;
  /** can this app log users in to it (`usable`), and why not */
  access: Answer<'usable' | 'not-usable'>;
  connections: Answer<'listed'> & { list: OrganizationConnection[] };
  /** verified domains `email` discovery finds it by */
  discoveryDomains: string[];
}

/** What a client-credentials request for one audience gets (§3). */
export interface GrantAccess {
  audience: string;
  usage: string;
  withoutOrganization: Answer<'token-without-organization' | 'token-for-default-organization' | 'fails'>;
  withOrganization: Answer<'any-organization' | 'associated-organizations' | 'fails'> & { organizations?: string[] };
}

/** The login model of one application. */
export interface ApplicationModel {
  name: string;
  /** `app_type` as written, `unknown` when absent or not a string */
  type: string;
  /** the file and JSON Pointer of the client */
  file: string;
  path: string;
  /** 1-based position of the client in its file (absent when the source cannot place it) */
  line?: number;
  column?: number;
  clientId?: string;
  firstParty: boolean | 'unknown';
  /** the three settings as written (for diffs): JSON text, or `(not set)` */
  settings: { usage: string; behavior: string; discovery: string };
  users: Answer<Users>;
  /** the login-flows.md row the user flows follow */
  row?: string;
  /** user flows; absent for machine-to-machine applications */
  flows?: {
    withoutOrganization: Answer<WithoutOrganization>;
    validOrganization: Answer<WithOrganization>;
    unusableOrganization: Answer<WithOrganization>;
    invitation: Answer<Invitation>;
  };
  prompt?: Answer<Prompt>;
  discovery?: Answer<Discovery>;
  personalLogin?: Answer<YesNo>;
  organizations?: Answer<'listed' | 'none'> & { list: OrganizationReach[] };
  /** client-credentials access per grant; absent when the app has no grants and is not machine-to-machine */
  machineToMachine?: Answer<'listed' | 'none'> & { grants: GrantAccess[] };
  /** ⚠ notes and facts a reviewer should know (incompatible grants, third-party caveats) */
  notes: { text: string; source: SourceKey[] }[];
}

/** The login model of one tenant. */
export interface TenantModel {
  /** the file or folder holding the tenant */
  id: string;
  /** what the model had to assume because the export does not say (e.g. Universal Login) */
  assumptions: string[];
  /** which parts of the tenant were read (`false`: every answer that needs them is unknown) */
  read: { organizations: boolean; clientGrants: boolean; connections: boolean; tenantSettings: boolean; prompts: boolean };
  applications: ApplicationModel[];
}

export function unknown<V extends string>(reason: string, source: Answer['source'] = [], row?: string): Answer<V> {
  return { value: 'unknown', reason, source, ...(row ? { row } : {}) };
}
