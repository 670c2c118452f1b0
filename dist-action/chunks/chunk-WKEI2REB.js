import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });

// src/formatters/links.ts
import { createRequire } from "node:module";
import path from "node:path";
var childProcess = () => createRequire(import.meta.url)("node:child_process");
var MARKUP = /[()|[\]'*!<>"`\\ {}^]/g;
var pct = (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0");
function safeBase(raw) {
  if (!raw || /[\u0000-\u001f\u007f]/.test(raw)) return void 0;
  let u;
  try {
    u = new URL(raw.trim());
  } catch {
    return void 0;
  }
  if (u.protocol !== "https:" && u.protocol !== "http:" || u.username || u.password || u.search || u.hash || !u.hostname) return void 0;
  return u.href.replace(/\/+$/, "").replace(MARKUP, pct);
}
function linkBaseFromEnv(env) {
  const server = safeBase(env.GITHUB_SERVER_URL);
  const repo = env.GITHUB_REPOSITORY ?? "";
  const sha = env.GITHUB_SHA ?? "";
  if (!server || !/^[\w.-]+\/[\w.-]+$/.test(repo) || !/^[0-9a-f]{7,64}$/i.test(sha)) return void 0;
  return `${server}/${repo}/blob/${sha}`;
}
function rootOf(cwd, env) {
  if (env.GITHUB_WORKSPACE && path.isAbsolute(env.GITHUB_WORKSPACE)) return env.GITHUB_WORKSPACE;
  try {
    const out = childProcess().execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd, timeout: 5e3, stdio: ["ignore", "pipe", "ignore"], env: { ...env, GIT_TERMINAL_PROMPT: "0" } }).toString().trim();
    if (out && path.isAbsolute(out)) return out;
  } catch {
  }
  return cwd;
}
function reportLinks(cwd, env, linkBase) {
  const base = linkBase !== void 0 ? safeBase(linkBase) : linkBaseFromEnv(env);
  return base ? { base, root: rootOf(cwd, env) } : void 0;
}
function fileUrl(links, file, line) {
  if (!links || !file) return void 0;
  const rel = path.relative(links.root, path.resolve(links.root, file));
  if (!rel || rel.startsWith("..") || path.isAbsolute(rel)) return void 0;
  const encoded = rel.split(path.sep).map((s) => encodeURIComponent(s).replace(MARKUP, pct)).join("/");
  return `${links.base}/${encoded}${Number.isInteger(line) && line >= 1 ? `#L${line}` : ""}`;
}
function ruleDocUrl(helpUri) {
  return safeBase(helpUri);
}

export {
  reportLinks,
  fileUrl,
  ruleDocUrl
};
