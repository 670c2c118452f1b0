import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });

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

export {
  short,
  outcomeSentence,
  invitationSentence,
  promptSentence,
  discoverySentence,
  personalSentence,
  usersSentence,
  organizationsCell,
  orgWithConnections,
  machineCell
};
