import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  modelTenant,
  tenantContext
} from "./chunk-5NOYXDQO.js";
import {
  REPORT_APPLICATIONS,
  reportLinks
} from "./chunk-FZRJ4BAB.js";

// src/formatters/report-context.ts
import { execFileSync } from "node:child_process";
import path from "node:path";
function commitOf(cwd, env) {
  if (env.GITHUB_SHA && /^[0-9a-f]{7,64}$/i.test(env.GITHUB_SHA)) return env.GITHUB_SHA;
  try {
    const out = execFileSync("git", ["rev-parse", "HEAD"], { cwd, timeout: 5e3, stdio: ["ignore", "pipe", "ignore"], env: { ...env, GIT_TERMINAL_PROMPT: "0" } }).toString().trim();
    return /^[0-9a-f]{40,64}$/.test(out) ? out : void 0;
  } catch {
    return void 0;
  }
}
function repositoryOf(env) {
  const server = env.GITHUB_SERVER_URL ?? "";
  const repo = env.GITHUB_REPOSITORY ?? "";
  if (!/^https:\/\/[\w.-]+(:\d+)?$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repo)) return void 0;
  return `${server}/${repo}`;
}
function tenantFinder(ids) {
  const order = /* @__PURE__ */ new Map();
  ids.forEach((id, i) => {
    if (!order.has(id)) order.set(id, i);
  });
  const found = /* @__PURE__ */ new Map();
  return (file) => {
    if (found.has(file)) return found.get(file);
    let best = order.get(file) ?? Infinity;
    for (let at = file.indexOf(path.sep); at !== -1; at = file.indexOf(path.sep, at + 1)) {
      const i = order.get(file.slice(0, at));
      if (i !== void 0 && i < best) best = i;
    }
    const id = best === Infinity ? void 0 : ids[best];
    found.set(file, id);
    return id;
  };
}
function tenantReport(tenant, docs, limit) {
  const out = { id: tenant.id, clients: tenant.clients.length };
  if (limit !== void 0) {
    const ctx = tenantContext(tenant, docs);
    out.model = modelTenant(ctx.clients.length > limit ? { ...ctx, clients: ctx.clients.slice(0, limit) } : ctx, { positions: false });
  }
  return out;
}
function reportContext(result, findings, opts) {
  const off = /* @__PURE__ */ new Set();
  for (const r of opts.rules) {
    const sev = opts.cliRules?.[r.id] ?? opts.config.rules[r.id]?.severity ?? r.meta.severity;
    if (sev === "off") off.add(r.id);
  }
  const rulesOff = [...off].sort();
  for (const o of opts.config.overrides) {
    for (const [id, s] of Object.entries(o.rules)) if (s.severity === "off" && !off.has(id)) rulesOff.push(`${id} (in ${o.files.join(", ")})`);
  }
  const pieces = "tenantReports" in result && result.tenantReports.every((t) => t.model) ? result.tenantReports : tenantReports(result);
  const ids = pieces.map((t) => t.id);
  const counts = new Map(ids.map((id) => [id, { errors: 0, warnings: 0, infos: 0 }]));
  const tenantOf = tenantFinder(ids);
  for (const f of findings) {
    const c = counts.get(tenantOf(f.file) ?? "");
    if (!c) continue;
    if (f.severity === "error") c.errors++;
    else if (f.severity === "warning") c.warnings++;
    else c.infos++;
  }
  return {
    commit: commitOf(opts.cwd, opts.env),
    repository: repositoryOf(opts.env),
    links: reportLinks(opts.cwd, opts.env, opts.linkBase),
    configFile: opts.config.file,
    rulesOff,
    tenants: pieces.map((t) => ({ id: t.id, clients: t.clients, ...counts.get(t.id) })),
    ...flowsOf(pieces)
  };
}
function tenantReports(result) {
  let room = REPORT_APPLICATIONS;
  return result.tenants.map((t) => {
    const piece = tenantReport(t, result.docs, room);
    room -= Math.min(room, t.clients.length);
    return piece;
  });
}
function flowsOf(pieces) {
  let room = REPORT_APPLICATIONS;
  let omitted = 0;
  const flows = [];
  for (const t of pieces) {
    const keep = Math.min(room, t.clients);
    omitted += t.clients - keep;
    room -= keep;
    const model = t.model;
    flows.push(model.applications.length > keep ? { ...model, applications: model.applications.slice(0, keep) } : model);
  }
  return { flows, flowsOmitted: omitted };
}

export {
  tenantFinder,
  tenantReport,
  reportContext
};
