/**
 * Hover on an Organizations field: what the value means for login. For a client's `organization_usage` and
 * `organization_require_behavior` the two are read together (the outcome rows R1–R7 of
 * ../shared/login-flows.md, which cites the Auth0 page behind each); other fields get their documented meaning.
 */
import type { Resource, Tenant } from '../rule-api/resource';
import type { SourceDocument } from '../sources/document';
import { modelApplication } from '../login-model/model';
import { short } from '../login-model/phrases';
import { tenantContext } from '../login-model/tenant-context';
import type { Answer } from '../login-model/types';

const DOB = 'https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior';
const LF = 'https://auth0.com/docs/manage-users/organizations/login-flows-for-organizations';
const CON = 'https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-connections';
const M2C = 'https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access';
const TPA = 'https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-third-party-application-access';

/** The login outcome of a usage × behavior pair, as documented (❓ where the docs disagree or are silent). */
function loginRow(usage: unknown, behavior: unknown): string {
  const u = usage === undefined || usage === null ? 'deny' : usage;
  const b = behavior === undefined || behavior === null ? 'no_prompt' : behavior;
  if (typeof u !== 'string' || typeof b !== 'string') return 'unknown: a value orglint cannot read (a placeholder or a non-string)';
  if (u === 'deny') return 'Individuals only: users log in with personal accounts, with no organization; a request with an `organization` parameter is rejected ("parameter organization is not allowed for this client"). The behavior setting is ignored.';
  if (u === 'allow') {
    if (b === 'no_prompt') return 'Both: without an `organization` parameter users log in with personal accounts (docs mostly agree; one sentence reads otherwise); with one, they log in to that organization.';
    if (b === 'pre_login_prompt') return 'Both + Prompt for Organization: **unknown** — the docs disagree whether this combination exists (one page shows the organization and personal-account prompts, the API table says the prompt applies only with `require`).';
    if (b === 'post_login_prompt') return 'Both + Prompt for Credentials: users log in first; members then pick an organization or go on without one. With an `organization` parameter they log in to it.';
  }
  if (u === 'require') {
    if (b === 'no_prompt') return 'Business users, no prompt: every `/authorize` request without a valid `organization` parameter is rejected ("parameter organization is required for this client"); personal accounts cannot log in.';
    if (b === 'pre_login_prompt') return 'Business users + Prompt for Organization: the organization prompt comes first (discovery by email domain or organization name), then the organization\'s login; no personal accounts.';
    if (b === 'post_login_prompt') return 'Business users + Prompt for Credentials: users log in first; members of several organizations pick one, of one go straight to it, of none get an error unless a connection assigns membership on login.';
  }
  // name only what is wrong: `pre_login_prompt` next to `Require` is a value Auth0 accepts
  const bad = [
    ...(['deny', 'allow', 'require'].includes(u) ? [] : [`organization_usage ${JSON.stringify(u)}`]),
    ...(['no_prompt', 'pre_login_prompt', 'post_login_prompt'].includes(b) ? [] : [`organization_require_behavior ${JSON.stringify(b)}`]),
  ];
  return `unknown: ${bad.join(' and ')} ${bad.length > 1 ? 'are not values' : 'is not a value'} Auth0 accepts`;
}

const FIELD_DOCS: Record<string, (value: unknown, resource?: Resource) => string> = {
  organization_usage: (v, r) => `**organization_usage** \`${String(v)}\` — ${loginRow(v, r?.value.organization_require_behavior)}\n\n[Define Organization Behavior](${DOB}) · [Login Flows](${LF})`,
  organization_require_behavior: (v, r) => `**organization_require_behavior** \`${String(v)}\` — ${loginRow(r?.value.organization_usage, v)}\n\n[Define Organization Behavior](${DOB}) · [Login Flows](${LF})`,
  organization_discovery_methods: () => `**organization_discovery_methods** — how the Prompt for Organization finds the organization: \`email\` (a verified organization domain) and/or \`organization_name\`. Used only with \`pre_login_prompt\`.\n\n[Login Flows](${LF})`,
  default_organization: () => `**default_organization** — the organization a machine-to-machine client-credentials request without \`organization\` gets, only when the audience's client grant has \`organization_usage: require\`; \`flows\` holds \`client_credentials\`.\n\n[M2M access](${M2C})`,
  allow_any_organization: (v) => `**allow_any_organization** \`${String(v)}\` — ${v === true ? 'this grant may obtain tokens for every organization of the tenant, associated or not: for trusted internal applications only.' : 'the grant reaches only organizations associated with it.'}\n\n[M2M access](${M2C})`,
  assign_membership_on_login: (v) => `**assign_membership_on_login** \`${String(v)}\` — ${v === true ? 'users who log in through this connection in the organization become members on first login.' : 'users must be made members of the organization before they can log in with this connection.'}\n\n[Enable Organization Connections](${CON})`,
  is_signup_enabled: () => `**is_signup_enabled** — shows a signup link on the organization's login prompt; only for database connections, and only with \`assign_membership_on_login: true\`.\n\n[Enable Organization Connections](${CON})`,
  show_as_button: (v) => `**show_as_button** \`${String(v)}\` — ${v === false ? 'hidden on the organization prompt (still usable with the connection parameter); if every enabled connection is hidden, login fails.' : 'shown as a button on the organization prompt.'} Enterprise connections only.\n\n[Enable Organization Connections](${CON})`,
  third_party_client_access: () => `**third_party_client_access** — \`allow\` lets third-party applications log users in to this organization (default \`block\`).\n\n[Third-party access](${TPA})`,
};

/** The key under the cursor on a YAML (`key: value`) or JSON (`"key": value`) line, if it is one we document. */
function keyAt(line: string, character: number): string | undefined {
  const m = /^(\s*(?:-\s+)?)(?:"([A-Za-z_]+)"|([A-Za-z_]+))\s*:/.exec(line);
  if (!m) return undefined;
  const key = m[2] ?? m[3];
  // an own key only: `constructor:` or `__proto__:` on a line must not reach Object.prototype
  return Object.hasOwn(FIELD_DOCS, key) && character >= m[1].length ? key : undefined;
}

/** One answer of the login model as a hover line: the outcome, its row of login-flows.md and its reason. */
function answerLine(label: string, a: Answer | undefined): string | undefined {
  if (!a) return undefined;
  const row = a.row ? ` (${a.row}${a.source.length ? `; ${a.source.join(', ')}` : ''})` : '';
  const why = a.value === 'unknown' && a.reason ? ` — ${a.reason}` : a.note ? ` — note: ${a.note}` : '';
  return `- ${label}: **${short(a)}**${row}${why}`;
}

/** What the login model says of a client, for a hover on its Organizations settings. */
function modelText(client: Resource, tenant: Tenant, docs: ReadonlyMap<string, SourceDocument>): string | undefined {
  const app = modelApplication(client, tenantContext(tenant, docs), false);
  const lines = [
    answerLine('users', app.users),
    answerLine('without an organization parameter', app.flows?.withoutOrganization),
    answerLine('with an organization it can use', app.flows?.validOrganization),
    answerLine('prompt', app.prompt),
    answerLine('personal accounts', app.personalLogin),
    answerLine('invitations', app.flows?.invitation),
  ].filter((l): l is string => l !== undefined);
  return lines.length ? `**What login does for ${client.name}** (orglint's login model; \`orglint flows\` shows every application):\n\n${lines.join('\n')}` : undefined;
}

/** Markdown for a hover at (line, character) of the document, or undefined. */
export function hoverText(
  doc: SourceDocument,
  resources: readonly Resource[],
  offset: number,
  line: string,
  character: number,
  context?: { tenants: readonly Tenant[]; docs: ReadonlyMap<string, SourceDocument> },
): string | undefined {
  const key = keyAt(line, character);
  if (!key) return undefined;
  // the resource whose span holds the cursor and has this key: read its value as parsed (aliases resolved)
  let best: { r: Resource; size: number } | undefined;
  for (const r of resources) {
    if (r.doc !== doc || !Object.hasOwn(r.value, key)) continue;
    const span = doc.locate([...r.path, key], 'key');
    if (!span) continue;
    const lineStart = offset - character;
    if (span.start >= lineStart && span.start <= lineStart + line.length) {
      const whole = doc.locate(r.path, 'value');
      const size = whole ? whole.end - whole.start : Infinity;
      if (!best || size < best.size) best = { r, size };
    }
  }
  if (best) {
    const text = FIELD_DOCS[key](best.r.value[key], best.r);
    const tenant = context?.tenants.find((t) => t.clients.includes(best!.r));
    const model = tenant && (key === 'organization_usage' || key === 'organization_require_behavior') ? modelText(best.r, tenant, context!.docs) : undefined;
    return model ? `${text}\n\n${model}` : text;
  }
  // an organization connection entry or anything not read as a resource: the value as written on the line
  const raw = /:\s*("?)([^"#,}\s]*)\1/.exec(line.slice(line.indexOf(':')))?.[2];
  const value = raw === 'true' ? true : raw === 'false' ? false : raw;
  return FIELD_DOCS[key](value);
}
