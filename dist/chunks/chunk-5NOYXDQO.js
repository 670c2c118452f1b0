import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  KNOWN_AFTER_APPLY,
  containsPlaceholder,
  isPlaceholder,
  quote,
  resources,
  spanToPosition,
  tenantIndex,
  toPointer
} from "./chunk-FZRJ4BAB.js";

// src/login-model/inputs.ts
var USAGES = ["deny", "allow", "require"];
var BEHAVIORS = ["no_prompt", "pre_login_prompt", "post_login_prompt"];
var DISCOVERY_METHODS = ["email", "organization_name"];
function placeholderReason(field2, v, hint = true) {
  if (v === KNOWN_AFTER_APPLY) return `${field2} is known only after terraform apply`;
  return `${field2} is the deploy-cli keyword ${quote(v).slice(1, -1)}, known only at deploy time${hint ? " (give its value with --keywords)" : ""}`;
}
function unreadable(field2, v, allowed) {
  if (isPlaceholder(v)) return placeholderReason(field2, v);
  if (typeof v !== "string") return `${field2} is ${quote(v)}, not a string Auth0 accepts`;
  if (!allowed.includes(v)) return `${field2} ${quote(v)} is not a value Auth0 accepts (${allowed.join(", ")}): the deploy fails`;
  return void 0;
}
function readEnum(r, field2, allowed, fallback) {
  const v = r.value[field2];
  if (v === void 0 || v === null && r.partial) {
    if (v === void 0 && r.partial) return { known: false, reason: `${field2} is not in the ${partialName(r)}: the current value decides` };
    return { known: true, value: fallback, defaulted: true };
  }
  const why = unreadable(field2, v, allowed);
  return why ? { known: false, reason: why } : { known: true, value: v };
}
function partialName(r) {
  return r.origin === "terraform" ? "planned change" : "payload";
}
function readUsage(client) {
  const u = readEnum(client, "organization_usage", USAGES, "deny");
  if (u.known && u.defaulted && isPlaceholder(client.value.app_type)) {
    return { known: false, reason: `organization_usage is not set and ${placeholderReason("app_type", client.value.app_type, false)}: an express_configuration app is stored as require, any other as deny` };
  }
  if (u.known && u.defaulted && client.value.app_type === "express_configuration") return { known: true, value: "require", defaulted: true };
  return u;
}
function readBehavior(client) {
  return readEnum(client, "organization_require_behavior", BEHAVIORS, "no_prompt");
}
function readDiscovery(client) {
  const v = client.value.organization_discovery_methods;
  if (v === void 0 || v === null) {
    if (v === void 0 && client.partial) return { known: false, reason: `organization_discovery_methods is not in the ${partialName(client)}: the current value decides` };
    return { known: true, value: [], defaulted: true };
  }
  if (!Array.isArray(v)) {
    const why = isPlaceholder(v) ? placeholderReason("organization_discovery_methods", v, false) : "organization_discovery_methods is not a list";
    return { known: false, reason: why };
  }
  for (const m of v) {
    const why = unreadable("organization_discovery_methods item", m, DISCOVERY_METHODS);
    if (why) return { known: false, reason: why };
  }
  return { known: true, value: [...new Set(v)] };
}
function readFirstParty(client) {
  return readBoolean(client, "is_first_party", true);
}
function readBoolean(r, field2, fallback) {
  const v = r.value[field2];
  if (v === void 0 || v === null) {
    if (v === void 0 && r.partial) return { known: false, reason: `${field2} is not in the ${partialName(r)}: the current value decides` };
    return { known: true, value: fallback, defaulted: true };
  }
  if (typeof v === "boolean") return { known: true, value: v };
  return { known: false, reason: isPlaceholder(v) ? placeholderReason(field2, v, false) : `${field2} is ${quote(v)}, not true or false` };
}
function written(r, field2) {
  const v = r.value[field2];
  if (v === void 0) return r.partial ? "(not in the payload)" : "(not set)";
  const text = typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
function stringList(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}
function field(obj, key) {
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) return void 0;
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : void 0;
}

// src/login-model/tenant-context.ts
var NOT_IN_EXPORT = (what) => `the files read do not list ${what}`;
var NOT_READ = (what, tenant) => `the export does not hold ${what}${/\.ya?ml$/i.test(tenant.id) ? "" : " (orglint reads them only from a deploy-cli tenant.yaml)"}`;
function tenantContext(tenant, docs) {
  const doc = docs.get(tenant.id);
  const root = doc && doc.format === "yaml" ? doc.value : void 0;
  const connections = readConnections(root);
  const tenantSettings = field(root, "tenant");
  const prompts = field(root, "prompts");
  const experience = field(prompts, "universal_login_experience");
  let universalLogin;
  if (experience === "classic" || experience === "new") universalLogin = { known: true, value: experience };
  else if (prompts !== void 0 && experience !== void 0) universalLogin = { known: false, reason: `prompts.universal_login_experience is ${quote(experience)}` };
  else universalLogin = { known: false, reason: NOT_READ("prompts.universal_login_experience", tenant) };
  return {
    id: tenant.id,
    tenant,
    clients: tenant.clients,
    clientGrants: resources(tenant, "clientGrant").known ? { known: true, value: tenant.clientGrants } : { known: false, reason: NOT_IN_EXPORT("client grants") },
    organizations: resources(tenant, "organization").known ? { known: true, value: tenant.organizations } : { known: false, reason: NOT_IN_EXPORT("organizations") },
    connections: connections ? { known: true, value: connections } : { known: false, reason: NOT_READ("connections", tenant) },
    defaultRedirectionUri: typeof tenantSettings === "object" && tenantSettings !== null ? { known: true, value: field(tenantSettings, "default_redirection_uri") } : { known: false, reason: NOT_READ("tenant settings (default_redirection_uri)", tenant) },
    universalLogin
  };
}
function readConnections(root) {
  const lists = [field(root, "connections"), field(root, "databases")];
  if (!lists.some(Array.isArray)) return void 0;
  const out = /* @__PURE__ */ new Map();
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const c of list) {
      const name = field(c, "name");
      if (typeof name !== "string") continue;
      const enabled = field(c, "enabled_clients");
      const strategy = field(c, "strategy");
      out.set(name, {
        name,
        strategy: typeof strategy === "string" ? strategy : void 0,
        enabledClients: Array.isArray(enabled) ? { known: true, value: stringList(enabled) } : { known: false, reason: `connection ${quote(name)} has no enabled_clients in the export` },
        isDomainConnection: field(c, "is_domain_connection") === true
      });
    }
  }
  return out;
}

// src/login-model/types.ts
function unknown(reason, source = [], row) {
  return { value: "unknown", reason, source, ...row ? { row } : {} };
}

// src/login-model/m2m.ts
function defaultOrganization(client) {
  let v = client.value.default_organization;
  if (Array.isArray(v) && v.length <= 1) v = v[0];
  if (v === void 0 || v === null) {
    if (v === void 0 && client.partial) return { known: false, reason: "default_organization is not in the payload" };
    return { known: true, value: void 0 };
  }
  if (isPlaceholder(v)) return { known: false, reason: placeholderReason("default_organization", v, false) };
  const id = field(v, "organization_id");
  const flows = field(v, "flows");
  if (isPlaceholder(id) || isPlaceholder(flows)) return { known: false, reason: "default_organization holds a deploy-cli keyword" };
  if (typeof id !== "string" || !Array.isArray(flows) || !flows.includes("client_credentials")) return { known: true, value: void 0 };
  return { known: true, value: id };
}
var associations = /* @__PURE__ */ new WeakMap();
function associationIndex(orgs) {
  let index = associations.get(orgs);
  if (index) return index;
  index = { byGrantId: /* @__PURE__ */ new Map(), byClient: /* @__PURE__ */ new Map() };
  const add = (m, k, org) => {
    const l = m.get(k);
    if (!l) m.set(k, [org]);
    else if (!l.includes(org)) l.push(org);
  };
  for (const o of orgs) {
    const list = o.value.client_grants;
    if (list === void 0) continue;
    if (!Array.isArray(list)) {
      index.broken ??= `organization ${quote(o.name)}'s client_grants is not a list`;
      continue;
    }
    for (const g of list) {
      if (typeof g === "string") {
        add(index.byGrantId, g, o.name);
        continue;
      }
      const gid = field(g, "grant_id") ?? field(g, "id");
      if (typeof gid === "string") add(index.byGrantId, gid, o.name);
      const c = field(g, "client_id");
      const a = field(g, "audience");
      if (typeof c === "string") add(index.byClient, `${c}\0${typeof a === "string" ? a : "*"}`, o.name);
    }
  }
  associations.set(orgs, index);
  return index;
}
function associated(grant, client, orgs) {
  const index = associationIndex(orgs);
  if (index.broken) return { known: false, reason: index.broken };
  const names = /* @__PURE__ */ new Set();
  if (typeof grant.value.id === "string") for (const n of index.byGrantId.get(grant.value.id) ?? []) names.add(n);
  const audience = typeof grant.value.audience === "string" ? grant.value.audience : void 0;
  for (const key of [client.name, client.value.client_id]) {
    if (typeof key !== "string") continue;
    for (const a of audience === void 0 ? ["*"] : [audience, "*"]) for (const n of index.byClient.get(`${key}\0${a}`) ?? []) names.add(n);
  }
  return { known: true, value: [...names] };
}
function machineAccess(client, ctx, isMachine) {
  if (!ctx.clientGrants.known) return isMachine ? { ...unknown(ctx.clientGrants.reason, ["M2C"]), grants: [] } : void 0;
  const index = tenantIndex(ctx.tenant);
  const grants = index.grantsByClient.get(client) ?? [];
  if (grants.length === 0) {
    if (!isMachine) return void 0;
    if (index.grantsOfUnknownClient.length) return { ...unknown("some client grants name their client with a placeholder: they may be this app's", ["M2C"]), grants: [] };
    return { value: "none", source: ["M2C"], note: "no client grant: this app cannot call an API with client credentials", grants: [] };
  }
  const firstParty = readBoolean(client, "is_first_party", true);
  const def = defaultOrganization(client);
  return { value: "listed", row: "\xA73", source: ["M2C", "API", "TF"], grants: grants.map((g) => grantAccess(g, client, ctx, firstParty, def)) };
}
function grantAccess(grant, client, ctx, firstParty, def) {
  const audience = typeof grant.value.audience === "string" ? grant.value.audience : "(unknown audience)";
  const usage = readEnum(grant, "organization_usage", USAGES, "deny");
  const shown = grant.value.organization_usage === void 0 ? "(not set)" : String(grant.value.organization_usage);
  if (!usage.known) return { audience, usage: shown, withoutOrganization: unknown(usage.reason, ["M2C"], "\xA73"), withOrganization: unknown(usage.reason, ["M2C"], "\xA73") };
  const s = ["M2C", "API", "TF"];
  let without;
  if (usage.value !== "require") without = { value: "token-without-organization", row: "\xA73", source: [...s] };
  else if (!def.known) without = unknown(def.reason, ["M2C"], "\xA73");
  else if (def.value) without = { value: "token-for-default-organization", row: "\xA73", source: ["M2C"], note: `default_organization ${def.value}` };
  else without = { value: "fails", row: "\xA73", source: [...s], reason: "the grant requires an organization and the app has no default_organization for client_credentials", error: { status: "undocumented" } };
  let withOrg;
  if (usage.value === "deny") withOrg = { value: "fails", row: "\xA73", source: [...s], reason: "the grant must not use organizations", error: { status: "undocumented" } };
  else {
    const any = readBoolean(grant, "allow_any_organization", false);
    if (!any.known) withOrg = unknown(any.reason, ["M2C"], "\xA73");
    else if (any.value) {
      withOrg = firstParty.known && firstParty.value ? { value: "any-organization", row: "\xA73", source: ["M2C", "M2A"], note: "allow_any_organization is for trusted internal applications" } : unknown(firstParty.known ? "allow_any_organization is not available to third-party apps [M2C, TPC]" : firstParty.reason, ["M2C", "TPC"], "\xA73");
    } else if (!ctx.organizations.known) withOrg = unknown(ctx.organizations.reason, ["M2C"], "\xA73");
    else {
      const orgs = associated(grant, client, ctx.organizations.value);
      if (!orgs.known) withOrg = unknown(orgs.reason, ["M2C"], "\xA73");
      else if (orgs.value.length === 0) withOrg = { value: "fails", row: "\xA73", source: ["M2C", "M2A"], reason: "no organization is associated with this grant", error: { status: "undocumented" }, organizations: [] };
      else withOrg = { value: "associated-organizations", row: "\xA73", source: ["M2C", "M2A"], organizations: orgs.value };
    }
  }
  return { audience, usage: shown, withoutOrganization: without, withOrganization: withOrg };
}

// src/login-model/user-flows.ts
var ERRORS = {
  E1: { id: "E1", code: "invalid_request", text: "parameter organization is required for this client", status: "observed" },
  E2: { id: "E2", code: "invalid_request", text: "parameter organization is not allowed for this client", status: "observed" },
  E3: { id: "E3", code: "invalid_request", text: "parameter organization is invalid: {org_id}", status: "documented" },
  E5: { id: "E5", code: "invalid_request", text: "client requires organization membership, but user does not belong to any organization", status: "observed" },
  E7: { id: "E7", text: "no connections enabled for the organization are visible", status: "documented" },
  E8: { id: "E8", code: "invalid_body", text: "A default login route is required to generate the invitation url.", status: "documented" },
  E9: { id: "E9", text: "The specified client_id (...) does not allow organizations.", status: "observed" }
};
var N1 = `N1: DOB's Dashboard text, LF and DOB-21 say users may log in without an organization; DOB's API table says no_prompt rejects "requests without a valid organization parameter" and its allow row says "you must provide an organization" (read as the require case)`;
var N2 = `N2: the docs disagree on whether allow + pre_login_prompt exists: DOB's API table and the schema text apply pre_login_prompt only to require (so R3 = R2), LF says that with "Both" it "shows both the Organization and personal account prompts"`;
var N3 = "N3: after logging in, members can select their organization and the picker can be skipped [DOB, PICK]; which users see it (one membership, none) is not documented";
var N7 = "N7: whether Auth0 rejects an unknown organization, or one the app has no per-application access to, or falls back to the prompt, is not documented";
var answer = (value, row, source, extra = {}) => ({ value, row, source, ...extra });
function rowOf(usage, behavior) {
  if (usage === "deny") {
    const s2 = ["DOB", "LF"];
    return {
      row: "R1",
      flows: {
        withoutOrganization: answer("personal-login", "R1", s2),
        validOrganization: answer("rejected", "R1", s2, { error: ERRORS.E2 }),
        unusableOrganization: answer("rejected", "R1", s2, { error: ERRORS.E2 }),
        prompt: answer("none", "R1", s2),
        personalLogin: answer("yes", "R1", s2)
      }
    };
  }
  if (usage === "allow") {
    if (behavior === "no_prompt") {
      const s3 = ["DOB", "LF", "CD", "C-UM"];
      return {
        row: "R2",
        flows: {
          withoutOrganization: answer("personal-login", "R2", s3, { note: N1 }),
          validOrganization: answer("organization-login", "R2", s3),
          unusableOrganization: answer("rejected", "R2", s3, { error: { status: "undocumented" } }),
          prompt: answer("none", "R2", s3),
          personalLogin: answer("yes", "R2", s3, { note: N1 })
        }
      };
    }
    if (behavior === "pre_login_prompt") {
      const s3 = ["DOB", "DOB-21", "LF"];
      return {
        row: "R3",
        flows: {
          withoutOrganization: unknown(N2, s3, "R3"),
          validOrganization: answer("organization-login", "R3", s3),
          unusableOrganization: unknown(N7, s3, "R3"),
          prompt: unknown(`${N2}; LF's reading would be the organization and personal account prompts`, s3, "R3"),
          personalLogin: unknown(N2, s3, "R3")
        }
      };
    }
    const s2 = ["DOB", "LF", "PICK"];
    return {
      row: "R4",
      flows: {
        withoutOrganization: answer("login-then-optional-organization", "R4", s2, { note: N3 }),
        validOrganization: answer("organization-login", "R4", s2),
        unusableOrganization: unknown(N7, s2, "R4"),
        prompt: answer("organization-after-login", "R4", s2, { note: N3 }),
        personalLogin: answer("yes", "R4", s2)
      }
    };
  }
  if (behavior === "no_prompt") {
    const s2 = ["DOB", "DOB-21"];
    return {
      row: "R5",
      flows: {
        withoutOrganization: answer("rejected", "R5", s2, { error: ERRORS.E1 }),
        validOrganization: answer("organization-login", "R5", s2),
        unusableOrganization: answer("rejected", "R5", s2, { error: { status: "undocumented" } }),
        prompt: answer("none", "R5", s2),
        personalLogin: answer("no", "R5", s2)
      }
    };
  }
  if (behavior === "pre_login_prompt") {
    const s2 = ["DOB", "LF", "DEP", "C-SSO"];
    return {
      row: "R6",
      flows: {
        withoutOrganization: answer("organization-prompt", "R6", s2, { note: "N5: since 2026-05-01 an existing authenticated session is reused after the organization is chosen [DEP]" }),
        validOrganization: answer("organization-login", "R6", s2),
        unusableOrganization: unknown(N7, s2, "R6"),
        prompt: answer("organization-first", "R6", s2),
        personalLogin: answer("no", "R6", s2)
      }
    };
  }
  const s = ["DOB", "LF", "C-SSO"];
  return {
    row: "R7",
    flows: {
      withoutOrganization: answer("login-then-organization", "R7", s, {
        note: "a member of 2 or more organizations picks one (the first 20 are shown), of 1 gets it, of none is refused (E5) unless one organization grants membership on login (N6)",
        error: ERRORS.E5
      }),
      validOrganization: answer("organization-login", "R7", s),
      unusableOrganization: unknown(N7, s, "R7"),
      prompt: answer("organization-after-login", "R7", s),
      personalLogin: answer("no", "R7", s)
    }
  };
}
function usersOf(usage) {
  if (!usage.known) return unknown(usage.reason, ["DOB"]);
  const value = usage.value === "deny" ? "individuals" : usage.value === "allow" ? "both" : "business";
  return { value, source: ["DOB"] };
}
var allUnknown = (reason, source, row) => ({
  withoutOrganization: unknown(reason, source, row),
  validOrganization: unknown(reason, source, row),
  unusableOrganization: unknown(reason, source, row),
  prompt: unknown(reason, source, row),
  personalLogin: unknown(reason, source, row)
});
function userFlows(input) {
  const users = usersOf(input.usage);
  const { usage, behavior } = input;
  if (!usage.known) return { users, ...allUnknown(usage.reason, ["DOB"]) };
  if (usage.value === "deny") {
    const r1 = rowOf("deny", "no_prompt");
    return { users, row: r1.row, ...r1.flows };
  }
  if (input.classicLogin) {
    return { users, ...allUnknown("the tenant uses Classic Login, where Organizations are not supported; what /authorize does then is not documented", ["OV", "ULC"], "\xA74.2") };
  }
  if (!behavior.known) {
    const r = usage.value === "allow" ? "R2\u2013R4" : "R5\u2013R7";
    const s = ["DOB", "LF"];
    return {
      users,
      ...allUnknown(behavior.reason, s, r),
      validOrganization: answer("organization-login", r, s),
      ...usage.value === "require" ? { personalLogin: answer("no", r, s) } : {}
    };
  }
  if (behavior.value === "post_login_prompt" && input.oidcConformant === false) {
    const s = ["API"];
    return { users, ...allUnknown("post_login_prompt requires oidc_conformant: true and this app sets false; what Auth0 does then is not documented", s, "\xA70") };
  }
  const { row, flows } = rowOf(usage.value, behavior.value);
  const out = { row, users, ...flows };
  if (input.firstParty.known && input.firstParty.value === false) return thirdParty(out, behavior.value, input.thirdPartySecurityMode);
  if (!input.firstParty.known) out.unusableOrganization = unknown(input.firstParty.reason, ["TPA"], row);
  return out;
}
function thirdParty(flows, behavior, mode) {
  const out = { ...flows };
  if (mode === "permissive") {
    const why = "permissive-mode third-party applications do not support organization user flows; what /authorize answers then is not documented";
    out.validOrganization = unknown(why, ["TPM"], "\xA74.1");
    out.unusableOrganization = unknown(why, ["TPM"], "\xA74.1");
    return out;
  }
  out.unusableOrganization = { value: "rejected", row: "\xA74.1", source: ["TPA", "TPT"], error: ERRORS.E3 };
  out.validOrganization = { ...out.validOrganization, note: "only with the organization's third_party_client_access: allow and a domain-level connection enabled for it [TPA, TPC]" };
  if (behavior === "no_prompt" && out.withoutOrganization.value !== "unknown") {
    const caveat = 'no_prompt is "not reliable" for third-party apps, which may not send organization: use a prompt [TPA, LF]';
    const prior = out.withoutOrganization.note;
    out.withoutOrganization = { ...out.withoutOrganization, note: prior ? `${prior}; ${caveat}` : caveat };
  }
  return out;
}

// src/login-model/organizations.ts
function organizationsReached(app, usage, ctx) {
  if (!usage.known) return { ...unknown(usage.reason, ["DOB"]), list: [] };
  if (usage.value === "deny") return { value: "none", row: "R1", source: ["DOB", "LF"], list: [] };
  if (!ctx.organizations.known) return { ...unknown(ctx.organizations.reason, ["CO"]), list: [] };
  const list = ctx.organizations.value.map((o) => reach(app, o, ctx.connections));
  return { value: list.length ? "listed" : "none", source: ["CO", "CON"], list };
}
function reach(app, org, connections) {
  const id = typeof org.value.id === "string" ? org.value.id : void 0;
  const conns = organizationConnections(app, org, connections);
  const domains = Array.isArray(org.value.discovery_domains) ? org.value.discovery_domains.filter((d) => field(d, "status") === "verified" && typeof field(d, "domain") === "string").map((d) => field(d, "domain")) : [];
  return { name: org.name, ...id ? { id } : {}, access: access(app, org, conns, connections), connections: conns, discoveryDomains: domains };
}
function access(app, org, conns, connections) {
  const entitlement = org.value.is_app_entitlement_active;
  if (entitlement === true) return unknown("per-application access is on for this organization and the applications it lists are not in the export", ["PAA"], "\xA70");
  if (isPlaceholder(entitlement)) return unknown(placeholderReason("is_app_entitlement_active", entitlement, false), ["PAA"], "\xA70");
  if (!app.firstParty.known) return unknown(app.firstParty.reason, ["TPA"], "\xA74.1");
  if (app.firstParty.value) return { value: "usable", row: "\xA70", source: ["CO", "CON"] };
  const tpa = org.value.third_party_client_access;
  if (isPlaceholder(tpa)) return unknown(placeholderReason("third_party_client_access", tpa, false), ["TPA"], "\xA74.1");
  if (tpa === void 0 && org.partial) return unknown("third_party_client_access is not in the payload", ["TPA"], "\xA74.1");
  if (tpa !== "allow") {
    return { value: "not-usable", row: "\xA74.1", source: ["TPA", "TPT"], reason: "third_party_client_access is not allow (default block)", error: ERRORS.E3 };
  }
  if (!connections.known) return unknown(`the organization admits third-party apps, but whether it has a domain-level connection is not known: ${connections.reason}`, ["TPA", "TPC"], "\xA74.1");
  if (conns.value === "unknown") return unknown(conns.reason ?? "its connections are not known", ["TPA", "TPC"], "\xA74.1");
  const domain = conns.list.some((c) => connections.value.get(c.name)?.isDomainConnection === true);
  if (!domain) return { value: "not-usable", row: "\xA74.1", source: ["TPA", "TPC", "TPS"], reason: "none of its connections is a domain-level connection (is_domain_connection: true)", error: ERRORS.E3 };
  return { value: "usable", row: "\xA74.1", source: ["TPA", "TPC"] };
}
function organizationConnections(app, org, connections) {
  const v = org.value.connections;
  if (v === void 0) return { ...unknown(org.partial ? "the organization's connections are not in the payload" : "the export does not list this organization's connections", ["CON"]), list: [] };
  if (!Array.isArray(v)) return { ...unknown(isPlaceholder(v) ? placeholderReason("connections", v, false) : "connections is not a list", ["CON"]), list: [] };
  const list = [];
  for (const c of v) {
    const name = field(c, "name") ?? field(c, "connection_id");
    if (typeof name !== "string") continue;
    const m = field(c, "assign_membership_on_login");
    const s = field(c, "is_signup_enabled");
    list.push({
      name,
      membershipOnLogin: typeof m === "boolean" ? m : m === void 0 ? false : "unknown",
      signup: typeof s === "boolean" ? s : s === void 0 ? false : "unknown",
      hidden: field(c, "show_as_button") === false,
      enabledForApp: enabledForApp(app, name, connections)
    });
  }
  const out = { value: "listed", source: ["CON", "LF"], list };
  if (list.length > 0 && list.every((c) => c.hidden)) {
    out.note = "every connection is hidden (show_as_button: false): the organization prompt offers none";
    out.error = ERRORS.E7;
  }
  return out;
}
function enabledForApp(app, name, connections) {
  if (!connections.known) return "unknown";
  const c = connections.value.get(name);
  if (!c || !c.enabledClients.known) return "unknown";
  const keys = c.enabledClients.value;
  if (keys.some((k) => isPlaceholder(k))) return "unknown";
  return keys.includes(app.name) || app.clientId !== void 0 && keys.includes(app.clientId);
}
function discoveryOf(usage, behavior, methods, classic) {
  const s = ["DOB", "LF"];
  if (!usage.known) return unknown(usage.reason, [...s]);
  if (usage.value === "deny") return { value: "not-used", row: "R1", source: ["DOB"] };
  if (classic) return unknown("the tenant uses Classic Login, where Organizations are not supported", ["OV", "ULC"], "\xA74.2");
  if (!behavior.known) return unknown(behavior.reason, [...s]);
  if (behavior.value !== "pre_login_prompt") {
    const set = methods.known && methods.value.length > 0;
    return { value: "not-used", source: ["DOB", "API", "TF"], ...set ? { note: "organization_discovery_methods is set but only the pre-login prompt uses it" } : {} };
  }
  if (usage.value === "allow") return unknown("N2: whether allow + pre_login_prompt shows an organization prompt at all is not settled by the docs", ["DOB", "DOB-21", "LF"], "R3");
  if (!methods.known) return unknown(methods.reason, ["DOB", "LF"], "R6");
  const m = methods.value;
  if (m.length === 0) {
    return unknown("N4: organization_discovery_methods is not set, and the docs differ on the default (DOB: email; DOB-21 and CO: the organization name)", ["DOB", "DOB-21", "CO"], "R6");
  }
  const both = m.includes("email") && m.includes("organization_name");
  const value = both ? "email and organization_name" : m.includes("email") ? "email" : "organization_name";
  const note = m.includes("email") ? "email: one organization with a matching verified domain is selected, several give a selector, none an error (text undocumented) [LF, DOM]" : "organization_name: users type the organization's name, not its display name [CO]";
  return { value, row: "R6", source: ["DOB", "LF", "CO", "DOM"], note };
}
function invitationOf(client, usage, classic, defaultRoute) {
  if (!usage.known) return unknown(usage.reason, ["SMI"]);
  if (usage.value === "deny") return { value: "cannot-be-created", row: "\xA72", source: ["AGS"], error: ERRORS.E9 };
  if (classic) return unknown("invitations are an Organizations feature, which Classic Login does not support", ["OV", "ULC"], "\xA74.2");
  const source = ["INV", "SMI", "DLR"];
  const route = loginRoute(client.value.initiate_login_uri);
  const ok = {
    value: "organization-login",
    row: "\xA72",
    source: [...source],
    note: "the invitee logs in or signs up with the invited email and becomes a member; another account consumes the invitation (E6)"
  };
  if (route === "valid" && typeof client.value.initiate_login_uri === "string" && /\{organization\.metadata\./.test(client.value.initiate_login_uri)) {
    const fallback2 = defaultRoute.known ? loginRoute(defaultRoute.value) : "unknown";
    if (fallback2 === "valid") return { ...ok, note: `${ok.note}; an organization without the metadata initiate_login_uri names falls back to default_redirection_uri [DLR]` };
    const why = defaultRoute.known ? fallback2 === "unknown" ? "holds a deploy-cli keyword" : "is not set or not usable" : `is not known (${defaultRoute.reason})`;
    return unknown(`initiate_login_uri uses {organization.metadata.public_*}: an organization without that metadata falls back to default_redirection_uri, which ${why}, and Auth0 then shows an error page [DLR]`, [...source], "\xA72");
  }
  if (route === "valid") return ok;
  if (route === "unknown") return unknown("initiate_login_uri holds a deploy-cli keyword, known only at deploy time", [...source], "\xA72");
  if (client.value.initiate_login_uri === void 0 && client.partial) return unknown("initiate_login_uri is not in the payload", [...source], "\xA72");
  if (!defaultRoute.known) return unknown(`the app has no usable initiate_login_uri and ${defaultRoute.reason}`, [...source], "\xA72");
  const fallback = loginRoute(defaultRoute.value);
  if (fallback === "valid") return ok;
  if (fallback === "unknown") return unknown("default_redirection_uri holds a deploy-cli keyword, known only at deploy time", [...source], "\xA72");
  return { value: "cannot-be-created", row: "\xA72", source: ["SMI", "DLR"], reason: "no login route: neither an https initiate_login_uri nor the tenant's default_redirection_uri", error: ERRORS.E8 };
}
function loginRoute(v) {
  if (typeof v !== "string" || v === "") return "invalid";
  if (containsPlaceholder(v)) return "unknown";
  let url;
  try {
    url = new URL(v.replace(/\{organization\.[^}]*\}/g, "x"));
  } catch {
    return "invalid";
  }
  if (url.protocol !== "https:") return "invalid";
  return /^(localhost|127\.0\.0\.1|\[::1\])$/i.test(url.hostname) ? "invalid" : "valid";
}

// src/login-model/model.ts
var INCOMPATIBLE_GRANTS = ["password", "http://auth0.com/oauth/grant-type/password-realm", "urn:ietf:params:oauth:grant-type:device_code"];
function loginModel(tenants, docs) {
  return tenants.map((t) => modelTenant(tenantContext(t, docs)));
}
function modelTenant(ctx, opts = {}) {
  const assumptions = [];
  if (!ctx.universalLogin.known) {
    assumptions.push(`Universal Login: ${ctx.universalLogin.reason}; with Classic Login every answer for an app that uses Organizations is unknown [OV, ULC]`);
  }
  return {
    id: ctx.id,
    assumptions,
    read: {
      organizations: ctx.organizations.known,
      clientGrants: ctx.clientGrants.known,
      connections: ctx.connections.known,
      tenantSettings: ctx.defaultRedirectionUri.known,
      prompts: ctx.universalLogin.known
    },
    applications: ctx.clients.map((c) => modelApplication(c, ctx, opts.positions ?? true))
  };
}
function modelApplication(client, ctx, positions = true) {
  const usage = readUsage(client);
  const behavior = readBehavior(client);
  const methods = readDiscovery(client);
  const firstParty = readFirstParty(client);
  const type = typeof client.value.app_type === "string" ? client.value.app_type : "unknown";
  const clientId = typeof client.value.client_id === "string" ? client.value.client_id : void 0;
  const classic = ctx.universalLogin.known && ctx.universalLogin.value === "classic";
  const isMachine = type === "non_interactive";
  const base = {
    name: client.name,
    type,
    file: client.doc.file,
    path: toPointer(client.path),
    ...positions ? position(client) : {},
    ...clientId ? { clientId } : {},
    firstParty: firstParty.known ? firstParty.value : "unknown",
    settings: {
      usage: written(client, "organization_usage"),
      behavior: written(client, "organization_require_behavior"),
      discovery: written(client, "organization_discovery_methods")
    },
    users: { value: "machine", row: "\xA73", source: ["M2C"] },
    notes: []
  };
  const m2m = machineAccess(client, ctx, isMachine);
  if (m2m) base.machineToMachine = m2m;
  if (isMachine) {
    if (usage.known && usage.value !== "deny" && !usage.defaulted) {
      base.notes.push({ text: "organization_usage governs user flows; for client credentials each client grant's organization_usage decides", source: ["M2C", "API"] });
    }
    return base;
  }
  const flows = userFlows({
    usage,
    behavior,
    firstParty,
    oidcConformant: client.value.oidc_conformant,
    thirdPartySecurityMode: client.value.third_party_security_mode,
    classicLogin: classic
  });
  const app = {
    ...base,
    users: flows.users,
    ...flows.row ? { row: flows.row } : {},
    flows: {
      withoutOrganization: flows.withoutOrganization,
      validOrganization: flows.validOrganization,
      unusableOrganization: flows.unusableOrganization,
      invitation: invitationOf(client, usage, classic, ctx.defaultRedirectionUri)
    },
    prompt: flows.prompt,
    discovery: discoveryOf(usage, behavior, methods, classic),
    personalLogin: flows.personalLogin,
    organizations: organizationsReached({ name: client.name, clientId, firstParty }, usage, ctx)
  };
  if (usage.known && usage.value !== "deny") app.notes.push(...incompatible(client));
  return app;
}
function position(client) {
  const span = client.doc.locate(client.path, "value");
  if (!span) return {};
  const { line, column } = spanToPosition(client.doc, span);
  return { line, column };
}
function incompatible(client) {
  const grants = stringList(client.value.grant_types).filter((g) => INCOMPATIBLE_GRANTS.includes(g));
  const addons = client.value.addons;
  const wsfed = typeof addons === "object" && addons !== null && Object.prototype.hasOwnProperty.call(addons, "wsfed");
  const what = [...grants, ...wsfed ? ["WS-Fed (addons.wsfed)"] : []];
  if (what.length === 0) return [];
  return [{ text: `Organizations are not compatible with ${what.join(", ")}; what Auth0 does on those flows is not documented`, source: ["OV"] }];
}

export {
  tenantContext,
  loginModel,
  modelTenant,
  modelApplication
};
