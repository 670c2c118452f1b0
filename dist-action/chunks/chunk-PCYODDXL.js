import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  mdCodeSpan,
  mdText
} from "./chunk-MWJ3632Z.js";
import {
  displayPath,
  escapeControls
} from "./chunk-XGHWUMGV.js";

// src/login-model/phrases.ts
var SHORT = {
  "personal-login": "personal login, no organization",
  rejected: "rejected",
  "organization-prompt": "organization prompt, then organization login",
  "login-then-optional-organization": "login, then an optional organization picker",
  "login-then-organization": "login, then their organization (picker if several)",
  "organization-login": "organization login",
  "cannot-be-created": "cannot be created",
  none: "none",
  "organization-first": "organization first",
  "organization-after-login": "organization after login",
  "organization-and-personal": "organization and personal account",
  "not-used": "not used",
  yes: "yes",
  no: "no",
  individuals: "individuals",
  both: "both",
  business: "business",
  machine: "machine-to-machine",
  "token-without-organization": "token without org_id",
  "token-for-default-organization": "token for the default organization",
  fails: "fails",
  "any-organization": "any organization",
  "associated-organizations": "associated organizations",
  unknown: "unknown"
};
function short(a) {
  if (!a) return "";
  const base = SHORT[a.value] ?? a.value;
  return a.error?.id ? `${base} (${a.error.id})` : base;
}
var OUTCOME = {
  "personal-login": ["logged in without an organization", "they log in without an organization"],
  rejected: ["were rejected", "their requests are rejected"],
  "organization-prompt": ["were prompted for their organization before login", "they are prompted for their organization before login"],
  "login-then-optional-organization": ["logged in, then could pick an organization or go on without one", "they log in, then may pick an organization or go on without one"],
  "login-then-organization": ["logged in, then went into their organization", "they log in, then go into their organization (refused when they belong to none)"],
  "organization-login": ["logged in to that organization", "they log in to that organization"],
  "cannot-be-created": ["could not be created", "they cannot be created"],
  "token-without-organization": ["got a token without org_id", "they get a token without org_id"],
  "token-for-default-organization": ["got a token for the default organization", "they get a token for the default organization"],
  fails: ["failed", "they fail"],
  "any-organization": ["worked for any organization", "they work for any organization"],
  "associated-organizations": ["worked for the associated organizations", "they work for the associated organizations"]
};
var INVITATION = {
  "organization-login": ["led to an organization login", "they lead to an organization login"],
  "cannot-be-created": ["could not be created", "they cannot be created"]
};
function outcomeSentence(subject, before, after, table = OUTCOME, extra = ["", ""]) {
  const past = before.value === "unknown" ? `had an outcome orglint cannot tell` : table[before.value]?.[0] ?? before.value;
  const present = after.value === "unknown" ? `orglint cannot tell what happens (${after.reason ?? "unknown"})` : table[after.value]?.[1] ?? after.value;
  return `${subject} ${past}${extra[0]}; now ${present}${extra[1]}`;
}
function invitationSentence(before, after) {
  return outcomeSentence("invitations", before, after, INVITATION);
}
var PROMPT = {
  none: "not shown",
  "organization-first": "shown before login",
  "organization-after-login": "shown after login",
  "organization-and-personal": "shown with the personal account prompt"
};
function promptSentence(before, after) {
  const p = (a) => a.value === "unknown" ? `unknown (${a.reason ?? ""})` : PROMPT[a.value] ?? a.value;
  return `the organization prompt was ${before.value === "unknown" ? "unknown" : p(before)}; now it is ${p(after)}`;
}
function discoverySentence(before, after) {
  const d = (a, now) => a.value === "unknown" ? now ? `unknown (${a.reason ?? ""})` : "unknown" : a.value === "not-used" ? "not used" : `by ${a.value.replace(/_/g, " ")}`;
  return `organization discovery was ${d(before, false)}; now it is ${d(after, true)}`;
}
function personalSentence(before, after) {
  const d = (a, now) => a.value === "yes" ? now ? "they can" : "could log in" : a.value === "no" ? now ? "they cannot" : "could not log in" : now ? `orglint cannot tell (${a.reason ?? ""})` : "had an unknown answer";
  return `personal accounts ${d(before, false)}; now ${d(after, true)}`;
}
function usersSentence(before, after) {
  const d = (a) => a.value === "unknown" ? `unknown users (${a.reason ?? ""})` : a.value === "business" ? "business users" : a.value === "both" ? "individuals and business users" : SHORT[a.value] ?? a.value;
  return `the app was for ${before.value === "unknown" ? "unknown users" : d(before)}; now it is for ${d(after)}`;
}
function organizationsCell(app, max = 4) {
  const o = app.organizations;
  if (!o) return machineCell(app);
  if (o.value !== "listed") return o.value === "unknown" ? "unknown" : "none";
  const usable = o.list.filter((r) => r.access.value === "usable");
  const unknownAccess = o.list.filter((r) => r.access.value === "unknown");
  const parts = usable.slice(0, max).map(orgWithConnections);
  if (usable.length > max) parts.push(`${usable.length - max} more`);
  const rest = [];
  if (unknownAccess.length) rest.push(`${unknownAccess.length} unknown`);
  const blocked = o.list.length - usable.length - unknownAccess.length;
  if (blocked) rest.push(`${blocked} not usable`);
  const text = parts.length ? parts.join("; ") : "none usable";
  return rest.length ? `${text} (${rest.join(", ")})` : text;
}
function orgWithConnections(r) {
  if (r.connections.value === "unknown") return `${r.name} (connections unknown)`;
  if (r.connections.list.length === 0) return `${r.name} (no connection)`;
  return `${r.name} (${r.connections.list.map((c) => c.name).join(", ")})`;
}
function machineCell(app) {
  const m = app.machineToMachine;
  if (!m) return "";
  if (m.value === "unknown") return "client grants unknown";
  if (m.value === "none") return "no client grant";
  return m.grants.map((g) => `${g.audience}: ${grantCell(g)}`).join("; ");
}
function grantCell(g) {
  const withOrg = g.withOrganization.value === "associated-organizations" ? (g.withOrganization.organizations ?? []).join(", ") : short(g.withOrganization);
  return `without organization ${short(g.withoutOrganization)}, with one ${withOrg}`;
}

// src/login-model/sources.ts
var SOURCES = {
  DOB: { title: "Define Organization Behavior (current)", url: "https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior" },
  "DOB-21": { title: "Define Organization Behavior (2021 edition; same text as the project seed)", url: "https://auth0.com/docs/organizations/define-organization-behavior" },
  LF: { title: "Login Flows for Organizations", url: "https://auth0.com/docs/manage-users/organizations/login-flows-for-organizations" },
  OV: { title: "Understand How Auth0 Organizations Work (Limitations)", url: "https://auth0.com/docs/manage-users/organizations/organizations-overview" },
  CD: { title: "Custom Development with Organizations", url: "https://auth0.com/docs/manage-users/organizations/custom-development" },
  CO: { title: "Create Organizations", url: "https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations" },
  INV: { title: "Invite Organization Members", url: "https://auth0.com/docs/manage-users/organizations/configure-organizations/invite-members" },
  SMI: { title: "Send Organization Membership Invitations", url: "https://auth0.com/docs/manage-users/organizations/configure-organizations/send-membership-invitations" },
  DLR: { title: "Configure Default Login Routes", url: "https://auth0.com/docs/authenticate/login/auth0-universal-login/configure-default-login-routes" },
  CON: { title: "Enable Organization Connections", url: "https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-connections" },
  JIT: { title: "Grant Just-In-Time Membership to an Organization Connection", url: "https://auth0.com/docs/manage-users/organizations/configure-organizations/grant-just-in-time-membership" },
  DOM: { title: "Create Organization Domains", url: "https://auth0.com/docs/manage-users/organizations/configure-organizations/create-org-domains" },
  ONAME: { title: "Use Organization Names in Authentication API", url: "https://auth0.com/docs/manage-users/organizations/configure-organizations/use-org-name-authentication-api" },
  PAA: { title: "Grant Per-Application Access to an Organization (Early Access)", url: "https://auth0.com/docs/manage-users/organizations/configure-organizations/grant-application-access" },
  TPA: { title: "Enable Third-Party Application Access for an Organization", url: "https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-third-party-application-access" },
  TPC: { title: "Configure Third-Party Applications (Configure Organizations access)", url: "https://auth0.com/docs/get-started/applications/third-party-applications/configure-third-party-applications" },
  TPS: { title: "Security Controls for Third-Party Applications", url: "https://auth0.com/docs/get-started/applications/third-party-applications/security-controls" },
  TPT: { title: "Third-Party Applications: Troubleshooting", url: "https://auth0.com/docs/get-started/applications/third-party-applications/troubleshooting" },
  TPM: { title: "Third-Party Applications: Permissive Mode", url: "https://auth0.com/docs/get-started/applications/third-party-applications/permissive-mode" },
  M2M: { title: "Machine-to-Machine (M2M) Access for Organizations", url: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications" },
  M2C: { title: "Configure Your Application for M2M Access", url: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access" },
  M2A: { title: "Configure M2M Access with Auth0 Organizations", url: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/manage-m2m-access" },
  CC: { title: "Call Your API Using the Client Credentials Flow", url: "https://auth0.com/docs/get-started/authentication-and-authorization-flow/client-credentials-flow/call-your-api-using-the-client-credentials-flow" },
  DEP: { title: 'Deprecations and Migrations: "Prompt for Organization Name Without SSO"', url: "https://auth0.com/docs/troubleshoot/product-lifecycle/deprecations-and-migrations" },
  ULC: { title: "Universal Login vs. Classic Login", url: "https://auth0.com/docs/authenticate/login/auth0-universal-login/universal-login-vs-classic-login" },
  AZ: { title: "Authentication API: Authorize (`organization`, `invitation`)", url: "https://auth0.com/docs/api/authentication/authorization-code-flow/authorize-application" },
  PICK: { title: "ACUL SDK: OrganizationPicker screen", url: "https://auth0.com/docs/libraries/acul/js-sdk/Screens/classes/OrganizationPicker" },
  "ACUL-DC": { title: "ACUL React SDK: device-code-activation screen", url: "https://auth0.com/docs/libraries/acul/react-sdk/API-Reference/Screens/device-code-activation" },
  EXP: { title: "Okta Express Configuration", url: "https://auth0.com/docs/authenticate/identity-providers/enterprise-identity-providers/okta/express-configuration" },
  API: { title: "Management API schema text, as generated into node-auth0 (`Management.*` types) and auth0-python (`auth0.management.types`)", url: "https://github.com/auth0/node-auth0" },
  TF: { title: "Terraform provider docs: `auth0_client`, `auth0_client_grant`, `auth0_organization`", url: "https://github.com/auth0/terraform-provider-auth0/blob/main/docs/resources/client.md" },
  "SDK-PY": { title: 'auth0-server-python, "Handling organization errors"', url: "https://github.com/auth0/auth0-server-python/blob/main/examples/InteractiveLogin.md" },
  AGS: { title: "Auth0 agent-skills, Organizations reference", url: "https://github.com/auth0/agent-skills" },
  "C-SSO": { title: "Auth0 Community: SSO is Not Working with Organization Feature", url: "https://community.auth0.com/t/sso-is-not-working-with-organization-feature/122933" },
  "C-AE": { title: "Auth0 Community: Organization Auto-Enrollment does not Work with Enterprise Connections", url: "https://community.auth0.com/t/organization-auto-enrollment-does-not-work-with-enterprise-connections/160663" },
  "C-UM": { title: "Auth0 Community: Users Not Getting Added to Organization", url: "https://community.auth0.com/t/users-not-getting-added-to-organization/103098" },
  "C-EOL": { title: "Auth0 Community: End-of-Life Rollout for Unprocessed Organization Parameter in Client Credentials", url: "https://community.auth0.com/t/end-of-life-rollout-for-unprocessed-organization-parameter-in-client-credentials/188148" },
  "S-INV": { title: "Auth0 Support: Organization Invitation Disappears Without Being Accepted", url: "https://support.auth0.com/center/s/article/auth0-organization-invitation-disappears-without-being-accepted" }
};

// src/login-model/render.ts
var ASPECTS = [
  ["users", (a) => a.users],
  ["without organization", (a) => a.flows?.withoutOrganization],
  ["organization the app can use", (a) => a.flows?.validOrganization],
  ["organization it cannot use", (a) => a.flows?.unusableOrganization],
  ["invitation", (a) => a.flows?.invitation],
  ["prompt", (a) => a.prompt],
  ["discovery", (a) => a.discovery],
  ["personal login", (a) => a.personalLogin],
  ["organizations", (a) => a.organizations],
  ["client grants", (a) => a.machineToMachine]
];
function flowsRow(a) {
  const unknowns = [];
  for (const [what, get] of ASPECTS) {
    const x = get(a);
    if (x?.value === "unknown") unknowns.push({ what, reason: x.reason ?? "unknown" });
  }
  for (const g of a.machineToMachine?.grants ?? []) {
    for (const [what, x] of [["without organization", g.withoutOrganization], ["with an organization", g.withOrganization]]) {
      if (x.value === "unknown") unknowns.push({ what: `${g.audience}, ${what}`, reason: x.reason ?? "unknown" });
    }
  }
  const sources = /* @__PURE__ */ new Set([...a.users.source, ...a.flows?.withoutOrganization.source ?? [], ...a.machineToMachine?.source ?? []]);
  const follows = [a.row ?? (a.machineToMachine ? "\xA73" : ""), [...sources].join(", ")].filter(Boolean).join(" ");
  return {
    application: a.name,
    type: a.type,
    users: short(a.users),
    withoutOrganization: a.flows ? short(a.flows.withoutOrganization) : machineCell(a),
    prompt: a.prompt ? short(a.prompt) : "",
    organizations: a.flows ? organizationsCell(a) : "",
    follows,
    unknowns
  };
}
var HEAD = ["application", "type", "users", "without organization", "prompt", "organizations", "follows"];
function groupUnknowns(unknowns) {
  const m = /* @__PURE__ */ new Map();
  for (const u of unknowns) {
    const l = m.get(u.reason);
    if (l) l.push(u.what);
    else m.set(u.reason, [u.what]);
  }
  return [...m];
}
var mdText2 = (s) => mdText(escapeControls(s));
function flowsMarkdown(models, cwd) {
  const out = ["## orglint flows", ""];
  for (const t of models) {
    out.push(`### ${mdCodeSpan(displayPath(t.id, cwd))}`, "");
    for (const a of t.assumptions) out.push(`_Assumed: ${mdText2(a)}_`, "");
    if (t.applications.length === 0) {
      out.push("No application.", "");
      continue;
    }
    out.push(`| ${HEAD.join(" | ")} |`, `|${HEAD.map(() => "---").join("|")}|`);
    const reasons = [];
    for (const a of t.applications) {
      const r = flowsRow(a);
      out.push(`| ${[r.application, r.type, r.users, r.withoutOrganization, r.prompt, r.organizations].map(mdText2).join(" | ")} | ${linkSources(a)} |`);
      for (const [reason, whats] of groupUnknowns(r.unknowns)) reasons.push(`- ${mdText2(r.application)} (${mdText2(whats.join(", "))}): unknown: ${mdText2(reason)}`);
    }
    out.push("");
    if (reasons.length) out.push(...reasons, "");
  }
  return out.join("\n");
}
function linkSources(a) {
  const keys = /* @__PURE__ */ new Set([...a.users.source, ...a.flows?.withoutOrganization.source ?? [], ...a.machineToMachine?.source ?? []]);
  const row = a.row ?? (a.machineToMachine ? "\xA73" : "");
  return [row, ...[...keys].map((k) => `[${k}](${SOURCES[k].url})`)].filter(Boolean).join(" ");
}

export {
  outcomeSentence,
  invitationSentence,
  promptSentence,
  discoverySentence,
  personalSentence,
  usersSentence,
  orgWithConnections,
  SOURCES,
  flowsRow,
  groupUnknowns,
  flowsMarkdown
};
