import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  machineCell,
  organizationsCell,
  short
} from "./chunk-FPR6G3AY.js";
import {
  mdCodeSpan,
  mdText
} from "./chunk-B4Z3URG6.js";
import {
  displayPath,
  escapeControls
} from "./chunk-FZRJ4BAB.js";

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
var FLOWS_JSON_VERSION = 1;
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
var cells = (r) => [r.application, r.type, r.users, r.withoutOrganization, r.prompt, r.organizations, r.follows];
function flowsText(models, cwd) {
  const out = [];
  for (const t of models) {
    out.push(displayPath(t.id, cwd));
    const rows = t.applications.map(flowsRow);
    if (rows.length === 0) {
      out.push("  no application", "");
      continue;
    }
    const table = [HEAD, ...rows.map((r) => cells(r).map((c) => escapeControls(cut(c, 70))))];
    const widths = HEAD.map((_, i) => Math.max(...table.map((r) => [...r[i]].length)));
    for (const r of table) out.push(`  ${r.map((c, i) => c + " ".repeat(widths[i] - [...c].length)).join("  ").trimEnd()}`);
    const notes = rows.flatMap((r) => groupUnknowns(r.unknowns).map(([reason, whats]) => `${escapeControls(cut(r.application, 120))} (${whats.join(", ")}): ${escapeControls(reason)}`));
    if (notes.length) out.push("", "  unknown:", ...notes.map((n) => `    ${n}`));
    const facts = t.applications.flatMap((a) => a.notes.map((n) => `${escapeControls(cut(a.name, 120))}: ${escapeControls(n.text)} [${n.source.join(", ")}]`));
    if (facts.length) out.push("", "  notes:", ...facts.map((n) => `    ${n}`));
    for (const a of t.assumptions) out.push("", `  assumed: ${escapeControls(a)}`);
    out.push("");
  }
  return out.join("\n");
}
function groupUnknowns(unknowns) {
  const m = /* @__PURE__ */ new Map();
  for (const u of unknowns) {
    const l = m.get(u.reason);
    if (l) l.push(u.what);
    else m.set(u.reason, [u.what]);
  }
  return [...m];
}
function cut(s, n) {
  const chars = [...s];
  return chars.length > n ? `${chars.slice(0, n - 1).join("")}\u2026` : s;
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
function flowsJson(models, cwd, toolVersion) {
  const used = /* @__PURE__ */ new Set();
  const collect = (v) => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (k === "source" && Array.isArray(x)) x.forEach((s) => used.add(s));
        else collect(x);
      }
    }
  };
  const tenants = models.map((t) => ({
    ...t,
    id: displayPath(t.id, cwd),
    applications: t.applications.map((a) => ({ ...a, file: displayPath(a.file, cwd) }))
  }));
  collect(tenants);
  const sources = Object.fromEntries([...used].sort().map((k) => [k, SOURCES[k]]));
  return `${JSON.stringify({ version: FLOWS_JSON_VERSION, tool: { name: "orglint", version: toolVersion }, kind: "flows", sources, tenants }, null, 2)}
`;
}

export {
  SOURCES,
  flowsRow,
  flowsText,
  groupUnknowns,
  flowsMarkdown,
  flowsJson
};
