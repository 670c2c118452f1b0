import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import "./chunk-TT2EX4BZ.js";
import {
  flowsJson,
  flowsMarkdown,
  flowsText
} from "./chunk-I6MTHMEF.js";
import {
  discoverySentence,
  invitationSentence,
  orgWithConnections,
  outcomeSentence,
  personalSentence,
  promptSentence,
  usersSentence
} from "./chunk-FPR6G3AY.js";
import {
  mdCodeSpan,
  mdText
} from "./chunk-B4Z3URG6.js";
import "./chunk-CFBCXX57.js";
import "./chunk-NHLHW4VK.js";
import "./chunk-HTPDSBGJ.js";
import {
  loginModel
} from "./chunk-5NOYXDQO.js";
import {
  displayPath,
  docsSecrets,
  escapeControls,
  escapedForms,
  lintPaths,
  maskKnown,
  quote,
  resolveConfig
} from "./chunk-FZRJ4BAB.js";
import {
  UsageError,
  version
} from "./chunk-H6IJQYMW.js";
import "./chunk-J5OMSPZF.js";

// src/cli/flows-command.ts
import path2 from "node:path";
import { parseArgs } from "node:util";

// src/login-model/diff.ts
var RANK = { breaking: 0, widening: 1, unknown: 2, changed: 3 };
var DENIED = /* @__PURE__ */ new Set(["rejected", "cannot-be-created", "fails", "no", "not-usable"]);
function severityOf(before, after) {
  if (after.value === "unknown") return "unknown";
  if (before.value === "unknown") return "changed";
  const was = DENIED.has(before.value);
  const is = DENIED.has(after.value);
  if (!was && is) return "breaking";
  if (was && !is) return "widening";
  return "changed";
}
function diffModels(base, head, tenantKey) {
  const changes = [];
  const baseTenants = new Map(base.map((t) => [tenantKey(t.id, "base"), t]));
  const headTenants = new Map(head.map((t) => [tenantKey(t.id, "head"), t]));
  for (const key of /* @__PURE__ */ new Set([...baseTenants.keys(), ...headTenants.keys()])) {
    const before = appsByName(baseTenants.get(key));
    const after = appsByName(headTenants.get(key));
    for (const name of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
      const b = before.get(name);
      const a = after.get(name);
      const label = displayName(name);
      if (!b && a) changes.push({ severity: "widening", tenant: key, application: label, aspect: "application", before: "(none)", after: "added", text: `${label}: new application; ${summary(a)}` });
      else if (b && !a) changes.push({ severity: "breaking", tenant: key, application: label, aspect: "application", before: "present", after: "(removed)", text: `${label}: the application is removed; its users can no longer log in to it` });
      else if (a && b) changes.push(...diffApp(key, label, b, a));
    }
  }
  return sortChanges(changes);
}
function sortChanges(changes) {
  return changes.sort((x, y) => RANK[x.severity] - RANK[y.severity] || cmp(x.tenant, y.tenant) || cmp(x.application, y.application));
}
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function appsByName(t) {
  const m = /* @__PURE__ */ new Map();
  for (const a of t?.applications ?? []) {
    let key = a.name;
    for (let n = 2; m.has(key); n++) key = `${a.name}\0${n}`;
    m.set(key, a);
  }
  return m;
}
var displayName = (key) => {
  const m = /\u0000(\d+)$/.exec(key);
  const name = m ? key.slice(0, m.index) : key;
  const shown = name.length > 120 ? `${name.slice(0, 117)}...` : name;
  return m ? `${shown} (#${m[1]})` : shown;
};
function summary(a) {
  const w = a.flows?.withoutOrganization;
  if (!w) return "machine-to-machine";
  return outcomeSentence("users without an organization", { value: "unknown", source: [] }, w).replace(/^.*; now /, "users without an organization: ");
}
function diffApp(tenant, app, b, a) {
  const out = [];
  const push = (aspect, before, after, sentence, access = true) => {
    if (!before || !after || same(before, after)) return;
    const severity = access ? severityOf(before, after) : after.value === "unknown" ? "unknown" : "changed";
    out.push({ severity, tenant, application: app, aspect, before: before.value, after: after.value, text: `${app}: ${sentence(before, after)}` });
  };
  push("users", b.users, a.users, usersSentence, false);
  push("withoutOrganization", b.flows?.withoutOrganization, a.flows?.withoutOrganization, (x, y) => outcomeSentence("users without an organization", x, y));
  push("validOrganization", b.flows?.validOrganization, a.flows?.validOrganization, (x, y) => outcomeSentence("users who name an organization it can use", x, y));
  push("unusableOrganization", b.flows?.unusableOrganization, a.flows?.unusableOrganization, (x, y) => outcomeSentence("users who name an organization it cannot use", x, y));
  push("invitation", b.flows?.invitation, a.flows?.invitation, invitationSentence);
  push("prompt", b.prompt, a.prompt, promptSentence, false);
  push("discovery", b.discovery, a.discovery, discoverySentence, false);
  push("personalLogin", b.personalLogin, a.personalLogin, personalSentence);
  out.push(...diffOrganizations(tenant, app, b, a));
  out.push(...diffGrants(tenant, app, b, a));
  return out;
}
function same(x, y) {
  return x.value === y.value;
}
function diffOrganizations(tenant, app, b, a) {
  const out = [];
  const ob = b.organizations;
  const oa = a.organizations;
  if (!ob || !oa) return out;
  const base = { tenant, application: app };
  if (oa.value === "unknown" && ob.value !== "unknown") {
    out.push({ ...base, severity: "unknown", aspect: "organizations", before: ob.value, after: "unknown", text: `${app}: the organizations it reaches are no longer known (${oa.reason ?? ""})` });
    return out;
  }
  if (oa.value === "unknown" || ob.value === "unknown") return out;
  const usable = (list) => new Map(list.filter((r) => r.access.value === "usable").map((r) => [r.name, r]));
  const before = usable(ob.list);
  const after = usable(oa.list);
  const all = new Map([...ob.list, ...oa.list].map((r) => [r.name, r]));
  for (const name of [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort()) {
    const x = before.get(name);
    const y = after.get(name);
    const q = quote(name);
    if (x && !y) {
      const now = oa.list.find((r) => r.name === name);
      const why = now ? now.access.reason ? ` (${now.access.reason})` : now.access.value === "unknown" ? " (unknown)" : "" : " (the organization is gone or the app no longer uses organizations)";
      const severity = now?.access.value === "unknown" ? "unknown" : "breaking";
      out.push({ ...base, severity, aspect: `organizations/${name}`, before: "usable", after: now?.access.value ?? "gone", text: `${app}: users could log in to organization ${q}; now they cannot${why}` });
    } else if (!x && y) {
      out.push({ ...base, severity: "widening", aspect: `organizations/${name}`, before: all.has(name) && ob.list.some((r) => r.name === name) ? "not usable" : "none", after: "usable", text: `${app}: users can now log in to organization ${q} through ${connectionWords(y)}` });
    } else if (x && y) out.push(...diffConnections(base, app, name, x, y));
  }
  return out;
}
function connectionWords(r) {
  return orgWithConnections(r).replace(/^[^(]*\(/, "").replace(/\)$/, "").replace(/^no connection$/, "no connection yet");
}
function diffConnections(base, app, org, x, y) {
  const out = [];
  const q = quote(org);
  if (x.connections.value === "unknown" || y.connections.value === "unknown") {
    if (x.connections.value !== y.connections.value && y.connections.value === "unknown") {
      out.push({ ...base, severity: "unknown", aspect: `organizations/${org}/connections`, before: "listed", after: "unknown", text: `${app}: the connections of organization ${q} are no longer known` });
    }
    return out;
  }
  const before = new Map(x.connections.list.map((c) => [c.name, c]));
  const after = new Map(y.connections.list.map((c) => [c.name, c]));
  for (const [name, c] of before) {
    if (!after.has(name)) out.push({ ...base, severity: "breaking", aspect: `organizations/${org}/connections/${name}`, before: "enabled", after: "removed", text: `${app}: users of organization ${q} can no longer log in through connection ${quote(name)}` });
    else {
      const d = after.get(name);
      if (c.enabledForApp !== d.enabledForApp && d.enabledForApp !== true) {
        const now = d.enabledForApp === false ? "is no longer enabled for the app" : "is no longer known to be enabled for the app";
        out.push({ ...base, severity: "unknown", aspect: `organizations/${org}/connections/${name}/app`, before: String(c.enabledForApp), after: String(d.enabledForApp), text: `${app}: connection ${quote(name)} of organization ${q} ${now}; whether its users can still log in through it is not documented` });
      } else if (c.enabledForApp !== true && d.enabledForApp === true) {
        out.push({ ...base, severity: "unknown", aspect: `organizations/${org}/connections/${name}/app`, before: String(c.enabledForApp), after: "true", text: `${app}: connection ${quote(name)} of organization ${q} is now enabled for the app; whether that opens it to the organization's users is not documented` });
      }
      if (c.membershipOnLogin === true && d.membershipOnLogin !== true) {
        out.push({ ...base, severity: "breaking", aspect: `organizations/${org}/connections/${name}/membership`, before: "membership on login", after: "members only", text: `${app}: users who are not yet members of organization ${q} no longer become members when they log in through ${quote(name)}` });
      } else if (c.membershipOnLogin !== true && d.membershipOnLogin === true) {
        out.push({ ...base, severity: "widening", aspect: `organizations/${org}/connections/${name}/membership`, before: "members only", after: "membership on login", text: `${app}: anyone who logs in to organization ${q} through ${quote(name)} now becomes a member` });
      }
    }
  }
  for (const name of after.keys()) {
    if (!before.has(name)) out.push({ ...base, severity: "widening", aspect: `organizations/${org}/connections/${name}`, before: "none", after: "enabled", text: `${app}: users of organization ${q} can now log in through connection ${quote(name)}` });
  }
  return out;
}
function diffGrants(tenant, app, b, a) {
  const out = [];
  const mb = b.machineToMachine;
  const ma = a.machineToMachine;
  const base = { tenant, application: app };
  if (mb?.value === "listed" || ma?.value === "listed") {
    const before = new Map((mb?.grants ?? []).map((g) => [g.audience, g]));
    const after = new Map((ma?.grants ?? []).map((g) => [g.audience, g]));
    for (const aud of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
      const x = before.get(aud);
      const y = after.get(aud);
      const subject = (what) => `client-credentials requests for ${aud} ${what}`;
      if (x && !y) {
        if (ma?.value === "unknown") continue;
        out.push({ ...base, severity: "breaking", aspect: `clientGrant/${aud}`, before: "granted", after: "removed", text: `${app}: the client grant for ${aud} is removed; its client-credentials requests fail` });
        continue;
      }
      if (!x && y) {
        out.push({ ...base, severity: "widening", aspect: `clientGrant/${aud}`, before: "none", after: "granted", text: `${app}: new client grant for ${aud}: ${grantWords(y)}` });
        continue;
      }
      if (!x || !y) continue;
      const push = (aspect, p, q, s) => {
        if (same(p, q) && sameOrgs(p, q)) return;
        const sev = severityOf(p, q);
        const extra = orgExtra(p, q);
        out.push({ ...base, severity: sev === "changed" && q.value === "any-organization" ? "widening" : sev, aspect, before: p.value, after: q.value, text: `${app}: ${outcomeSentence(subject(s), p, q, void 0, extra)}` });
      };
      push(`clientGrant/${aud}/withoutOrganization`, x.withoutOrganization, y.withoutOrganization, "without an organization");
      push(`clientGrant/${aud}/withOrganization`, x.withOrganization, y.withOrganization, "with an organization");
    }
  } else if (mb && ma && mb.value !== ma.value && ma.value === "unknown") {
    out.push({ ...base, severity: "unknown", aspect: "clientGrants", before: mb.value, after: "unknown", text: `${app}: its client grants are no longer known (${ma.reason ?? ""})` });
  }
  return out;
}
function grantWords(g) {
  return outcomeSentence("", { value: "unknown", source: [] }, g.withoutOrganization).replace(/^.*; now they /, "without an organization they ");
}
function sameOrgs(p, q) {
  return (p.organizations ?? []).join("\0") === (q.organizations ?? []).join("\0");
}
function orgExtra(p, q) {
  const list = (x) => x.organizations?.length ? ` (${x.organizations.map((n) => quote(n)).join(", ")})` : "";
  return [p.value === "associated-organizations" ? list(p) : "", q.value === "associated-organizations" ? list(q) : ""];
}
function tenantPrefix(changes) {
  const several = new Set(changes.map((c) => c.tenant)).size > 1;
  return (c) => several ? `${c.tenant}: ` : "";
}
function diffMarkdown(changes, baseLabel, esc, code = esc) {
  const lines = [`## orglint flows: what changes for users since ${code(baseLabel)}`, ""];
  if (changes.length === 0) lines.push("No change to any login flow.", "");
  else {
    const icon = { breaking: "\u{1F534} breaking", widening: "\u{1F7E0} widening", unknown: "\u2754 unknown", changed: "\u{1F535} changed" };
    const prefix = tenantPrefix(changes);
    for (const c of changes) lines.push(`- ${icon[c.severity]}: ${esc(prefix(c) + c.text)}`);
    lines.push("");
  }
  return lines.join("\n");
}
function diffText(changes, baseLabel, esc) {
  if (changes.length === 0) return `no change to any login flow since ${esc(baseLabel)}
`;
  const prefix = tenantPrefix(changes);
  return `${changes.map((c) => `${c.severity.padEnd(8)}  ${esc(prefix(c) + c.text)}`).join("\n")}
`;
}

// src/cli/base-tree.ts
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, realpath, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
function git(cwd, args) {
  return new Promise((resolve) => {
    execFile("git", args, { cwd, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } }, (err, stdout, stderr) => {
      if (err) resolve({ ok: false, err: (stderr || err.message).trim().split("\n")[0] });
      else resolve({ ok: true, out: stdout });
    });
  });
}
async function baseTree(cwd, base, paths, name = base) {
  const noop = async () => {
  };
  if (base === "") throw new UsageError("--diff needs a git revision or a path");
  if (existsSync(path.resolve(cwd, base))) {
    if (paths.length !== 1) throw new UsageError(`--diff ${base}: BASE is a path, so name the one export to compare it with (got ${paths.length} paths)`);
    const root = path.resolve(cwd, base);
    return { label: base, cwd, paths: [base], mapDir: (d) => d, root, cleanup: noop };
  }
  if (base.startsWith("-")) throw new UsageError(`--diff ${base}: not a path, and a git revision cannot start with "-"`);
  const top = await git(cwd, ["rev-parse", "--show-toplevel"]);
  if (!top.ok) throw new UsageError(`--diff ${base}: no such path, and ${cwd} is not in a git repository (${top.err})`);
  const repo = await realpath(top.out.trim());
  const sha = await git(repo, ["rev-parse", "--verify", "--quiet", `${base}^{commit}`]);
  if (!sha.ok) throw new UsageError(`--diff ${base}: neither a path nor a git revision of this repository`);
  const commit = sha.out.trim();
  const realCwd = await realpath(cwd);
  const rels = [];
  const present = [];
  for (const p of paths) {
    const abs = path.resolve(realCwd, p);
    const rel = path.relative(repo, abs);
    if (rel.startsWith("..") || path.isAbsolute(rel)) throw new UsageError(`--diff ${base}: ${p} is outside the git repository`);
    const exists = await git(repo, ["cat-file", "-e", `${commit}:${rel.split(path.sep).join("/")}`]);
    if (exists.ok) {
      rels.push(rel === "" ? "." : rel.split(path.sep).join("/"));
      present.push(p);
    }
  }
  const dir = await mkdtemp(path.join(tmpdir(), "orglint-base-"));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    if (rels.length) await extract(repo, commit, rels, dir);
  } catch (err) {
    await cleanup();
    throw new UsageError(`--diff ${base}: cannot read the revision's files: ${err.message}`);
  }
  const mapDir = (d) => {
    const rel = path.relative(repo, d);
    return rel.startsWith("..") || path.isAbsolute(rel) ? d : path.join(dir, rel);
  };
  const baseCwd = mapDir(realCwd);
  return { label: name === commit || /^[0-9a-f]{40}$/.test(name) ? commit.slice(0, 12) : `${name} (${commit.slice(0, 12)})`, cwd: baseCwd, paths: present, mapDir, root: baseCwd, cleanup };
}
function extract(repo, commit, rels, dir) {
  return new Promise((resolve, reject) => {
    const specs = rels.map((r) => `:(literal)${r}`);
    const archive = spawn("git", ["archive", "--format=tar", commit, "--", ...specs], { cwd: repo, stdio: ["ignore", "pipe", "pipe"] });
    const tar = spawn("tar", ["-x", "--no-same-owner", "--no-same-permissions", "-C", dir], { stdio: ["pipe", "ignore", "pipe"] });
    let err = "";
    archive.stderr.on("data", (d) => err += d);
    tar.stderr.on("data", (d) => err += d);
    archive.stdout.pipe(tar.stdin);
    let pending = 2;
    let failed = false;
    const done = (who) => (code) => {
      if (code !== 0 && !failed) {
        failed = true;
        reject(new Error(`${who} exited with ${code}: ${err.trim().split("\n")[0] ?? ""}`));
      }
      if (--pending === 0 && !failed) resolve();
    };
    archive.on("error", (e) => !failed && (failed = true, reject(e)));
    tar.on("error", (e) => !failed && (failed = true, reject(e)));
    archive.on("close", done("git archive"));
    tar.on("close", done("tar"));
  });
}

// src/cli/flows-command.ts
var FLOWS_OPTIONS = {
  format: { type: "string", short: "f" },
  config: { type: "string", short: "c" },
  keywords: { type: "string" },
  diff: { type: "string" },
  debug: { type: "boolean" }
};
var FORMATS = ["text", "json", "markdown"];
var FILE_RULES = /* @__PURE__ */ new Set(["parse-error", "read-error", "file-too-large"]);
async function readFlows(cwd, paths, config, debug) {
  const result = await lintPaths({ cwd, paths, config, rules: [], debug });
  return { models: loginModel(result.tenants, result.docs), result };
}
async function flowsDiff(cwd, base, paths, config, name) {
  const tree = await baseTree(cwd, base, paths, name);
  try {
    const head = await readFlows(cwd, paths, config);
    const baseConfig = { ...config, baseDir: tree.mapDir(config.baseDir) };
    const before = tree.paths.length ? await readFlows(tree.cwd, tree.paths, baseConfig) : { models: [], result: { findings: [] } };
    const headRoot = tree.cwd === cwd && paths.length === 1 ? path2.resolve(cwd, paths[0]) : path2.resolve(cwd);
    const key = (id, side) => path2.relative(side === "base" ? tree.root : headRoot, id).split(path2.sep).join("/") || ".";
    const problems = [...fileProblems(head.result, cwd), ...fileProblems(before.result, tree.cwd).map((p) => `${tree.label}: ${p}`)];
    const unread = /* @__PURE__ */ new Map();
    for (const [side, result] of [["head", head.result], ["base", before.result]]) {
      for (const f of result.findings) {
        if (FILE_RULES.has(f.ruleId)) unread.set(key(f.file, side), { side: side === "head" ? "the working tree" : tree.label, file: path2.basename(f.file) });
      }
    }
    const hit = (t) => [...unread.keys()].find((u) => t === u || t.startsWith(`${u}/`) || u.startsWith(`${t}/`));
    const changes = diffModels(before.models, head.models, key).filter((c) => hit(c.tenant) === void 0);
    for (const [u, { side, file }] of unread) {
      changes.push({ severity: "unknown", tenant: u, application: "", aspect: "file", before: "", after: "", text: `${file} cannot be read in ${side}: what changes for its applications is not known` });
    }
    const secrets = docsSecrets([...head.result.docs.values(), ...before.result.docs?.values() ?? []]);
    return { label: tree.label, changes: sortChanges(changes), problems, secrets };
  } finally {
    await tree.cleanup();
  }
}
function fileProblems(result, cwd) {
  return result.findings.filter((f) => FILE_RULES.has(f.ruleId)).map((f) => `${displayPath(f.file, cwd)}:${f.line}:${f.column}: ${escapeControls(f.message)}`);
}
async function flowsCommand(argv, io) {
  const { values, positionals } = parseArgs({ args: argv, options: FLOWS_OPTIONS, allowPositionals: true, strict: true });
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) throw new UsageError(`orglint flows --format ${values.format}: expected text, json or markdown`);
  const debug = values.debug ? (m) => io.stderr(`orglint: debug: ${escapeControls(m)}
`) : void 0;
  const config = await resolveConfig(io, values.config, values.keywords, { plugins: false });
  const paths = positionals.length ? positionals : ["."];
  if (values.diff !== void 0) {
    const { label, changes, problems: problems2, secrets: secrets2 } = await flowsDiff(io.cwd, values.diff, paths, config);
    for (const p of problems2) io.stderr(`orglint: ${p} (its applications are left out)
`);
    const forms = await escapedForms(secrets2);
    const out2 = (text) => io.stdout(maskKnown(text, forms));
    if (format === "json") out2(`${JSON.stringify({ version: 1, tool: { name: "orglint", version }, kind: "flows-diff", base: label, changes }, null, 2)}
`);
    else if (format === "markdown") out2(diffMarkdown(changes, label, (t) => mdText(escapeControls(t)), (t) => mdCodeSpan(escapeControls(t))));
    else out2(diffText(changes, label, escapeControls));
    return problems2.length ? 1 : 0;
  }
  const { models, result } = await readFlows(io.cwd, paths, config, debug);
  const problems = fileProblems(result, io.cwd);
  for (const p of problems) io.stderr(`orglint: ${p} (its applications are left out)
`);
  const secrets = await escapedForms(docsSecrets(result.docs.values()));
  const out = (text) => io.stdout(maskKnown(text, secrets));
  if (format === "json") out(flowsJson(models, io.cwd, version));
  else if (format === "markdown") out(flowsMarkdown(models, io.cwd));
  else out(flowsText(models, io.cwd));
  return problems.length ? 1 : 0;
}
export {
  FLOWS_OPTIONS,
  flowsCommand,
  flowsDiff,
  readFlows
};
