import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  writeFileAtomic
} from "./chunk-PWW4NCIS.js";
import "./chunk-QQL23TRU.js";
import {
  KIND_NOUN,
  RuleSettings,
  SkipLog,
  chooseFix,
  colorFlags,
  compareFindings,
  createTenant,
  finalize,
  loadJson,
  mapLimit,
  parseOutputs,
  parseRuleFlags,
  resolveConfig,
  resourceName,
  rulesOf,
  runRules,
  summarize,
  wantColor,
  withOutputFile,
  writeOutputs
} from "./chunk-FZRJ4BAB.js";
import {
  UsageError,
  version
} from "./chunk-H6IJQYMW.js";
import "./chunk-J5OMSPZF.js";

// src/cli/live-commands.ts
import { existsSync } from "node:fs";
import { mkdir as mkdir2 } from "node:fs/promises";
import path4 from "node:path";
import { parseArgs } from "node:util";

// src/live/live-model.ts
var NOT_READ_LIVE = ["organizationClientGrant", "connection", "database", "prompts", "tenantSettings"];
function liveKinds(s) {
  const kinds = { client: { known: true } };
  const set = (kind, read2) => {
    const why = s.unread?.[kind];
    kinds[kind] = read2 && !why ? { known: true } : { known: false, kind, cause: "scope", reason: why ?? `${KIND_NOUN[kind]} were not read` };
  };
  set("clientGrant", s.clientGrants !== void 0);
  set("organization", s.organizations !== void 0);
  set("organizationConnection", s.organizations !== void 0 && s.organizations.every((o) => Array.isArray(o.connections)));
  if (!s.organizations) kinds.organizationConnection = kinds.organization;
  for (const kind of NOT_READ_LIVE) kinds[kind] = { known: false, kind, cause: "absent", reason: `orglint audit --live does not read ${KIND_NOUN[kind]}` };
  return kinds;
}
function resourceUrl(origin, type, id) {
  const collection = type === "client" ? "clients" : type === "clientGrant" ? "client-grants" : "organizations";
  return `${origin}/api/v2/${collection}/${encodeURIComponent(id)}`;
}
function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object") {
    const out = {};
    for (const k of Object.keys(v).sort()) Object.defineProperty(out, k, { value: sortKeys(v[k]), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}
function stableJson(v) {
  return `${JSON.stringify(sortKeys(v), null, 2)}
`;
}
function liveDocument(url, value) {
  return loadJson(url, stableJson(value), false);
}
var ID_KEY = { client: "client_id", clientGrant: "id", organization: "id", connection: "id", prompts: "id", tenantSettings: "id" };
function resourceId(type, v, index) {
  const id = v[ID_KEY[type]];
  return typeof id === "string" && id !== "" ? id : `${type}-${index}`;
}
function buildLiveTenant(s) {
  const docs = /* @__PURE__ */ new Map();
  const make = (type, list) => (list ?? []).map((item, i) => {
    const url = resourceUrl(s.origin, type, resourceId(type, item, i));
    const doc = liveDocument(url, item);
    docs.set(url, doc);
    const value = doc.value;
    return { type, name: resourceName(type, value, url), value, doc, path: [], origin: "live", partial: false };
  });
  const tenant = createTenant(s.origin, {
    clients: make("client", s.clients),
    clientGrants: make("clientGrant", s.clientGrants),
    organizations: make("organization", s.organizations),
    kinds: liveKinds(s)
  });
  return { tenant, docs };
}
function snapshotText(s) {
  const dump = { clients: s.clients };
  if (s.clientGrants) dump.client_grants = s.clientGrants;
  if (s.organizations) dump.organizations = s.organizations;
  return stableJson(dump);
}

// src/live/audit.ts
function auditSnapshot(s, rules, settings) {
  const { tenant, docs } = buildLiveTenant(s);
  const skips = new SkipLog();
  const findings = finalize(runRules([tenant], rules, settings, void 0, skips), docs, rules, settings);
  return { findings, summary: summarize(findings, docs.size, tenant.clients.length), skippedRules: skips.list() };
}

// src/live/journal.ts
import { constants } from "node:fs";
import { open, readdir, stat, truncate } from "node:fs/promises";
import path from "node:path";

// src/management-api/endpoint.ts
import { isIP } from "node:net";
var LiveSetupError = class extends Error {
};
function isLoopback(hostname2) {
  const h = hostname2.replace(/^\[|\]$/g, "").toLowerCase();
  if (h === "localhost" || h === "::1") return true;
  return isIP(h) === 4 && h.startsWith("127.");
}
var HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?::\d{1,5})?$/i;
function resolveEndpoint(flag, env) {
  const raw = (flag ?? env.AUTH0_DOMAIN ?? "").trim();
  const from = flag !== void 0 ? "--domain" : "AUTH0_DOMAIN";
  if (!raw) throw new LiveSetupError("no tenant given: set AUTH0_DOMAIN (as for auth0-deploy-cli) or pass --domain DOMAIN");
  let url;
  if (raw.includes("://")) {
    try {
      url = new URL(raw);
    } catch {
      throw new LiveSetupError(`${from} ${JSON.stringify(raw)} is not a domain or URL; expected e.g. "tenant.eu.auth0.com"`);
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      throw new LiveSetupError(`${from} ${JSON.stringify(raw)}: expected an https:// URL or a domain`);
    }
    if (url.protocol === "http:" && !isLoopback(url.hostname)) {
      throw new LiveSetupError(`${from} ${JSON.stringify(raw)}: plain http is only allowed for this machine (127.0.0.1, localhost); use https`);
    }
    if (url.pathname !== "/" && url.pathname !== "" || url.search || url.hash || url.username || url.password) {
      throw new LiveSetupError(`${from} ${JSON.stringify(raw)}: expected only scheme, host and port, e.g. "https://tenant.eu.auth0.com"`);
    }
  } else {
    if (!HOST.test(raw)) throw new LiveSetupError(`${from} ${JSON.stringify(raw)} is not a domain; expected e.g. "tenant.eu.auth0.com"`);
    url = new URL(`https://${raw}`);
  }
  const origin = url.origin;
  const audience = env.AUTH0_AUDIENCE?.trim() || `${origin}/api/v2/`;
  return { origin, host: url.host, audience };
}

// src/management-api/secret-forms.ts
var MIN_SECRET = 6;
var MIN_CORE = 8;
var cache = /* @__PURE__ */ new Map();
function secretForms(secret) {
  const hit = cache.get(secret);
  if (hit) return hit;
  const forms = /* @__PURE__ */ new Set([secret]);
  forms.add(JSON.stringify(secret).slice(1, -1));
  const pct = encodeURIComponent(secret);
  forms.add(pct);
  forms.add(pct.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
  forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
  const bytes = Buffer.from(secret, "utf8");
  for (let k = 0; k < 3; k++) {
    const b64 = Buffer.concat([Buffer.alloc(k), bytes]).toString("base64");
    const from = Math.ceil(8 * k / 6);
    const to = Math.floor(8 * (k + bytes.length) / 6);
    const core = b64.slice(from, to);
    if (core.length < MIN_CORE) continue;
    forms.add(core);
    forms.add(core.replace(/\+/g, "-").replace(/\//g, "_"));
    forms.add(encodeURIComponent(core));
  }
  forms.add(bytes.toString("base64"));
  forms.add(bytes.toString("base64url"));
  const list = [...forms].filter((f) => f.length >= MIN_SECRET).sort((a, b) => b.length - a.length);
  if (cache.size > 64) cache.clear();
  cache.set(secret, list);
  return list;
}
function redact(text, secrets) {
  let out = text;
  for (const s of secrets) {
    if (s.length < MIN_SECRET) continue;
    for (const form of secretForms(s)) if (out.includes(form)) out = out.split(form).join("[redacted]");
  }
  return out;
}
function redactDeep(value, clean) {
  if (typeof value === "string") return clean(value);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, clean));
  if (value && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, clean(k), { value: redactDeep(v, clean), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}
var MIN_FRAGMENT = 8;
var MAX_FIELD = 1e3;
function redactServerText(text, secrets, maxField = MAX_FIELD) {
  const t = redact(text.length > maxField ? `${text.slice(0, maxField)}\u2026` : text, secrets);
  const hide = new Uint8Array(t.length);
  let any = false;
  for (const secret of secrets) {
    if (secret.length < 2 * MIN_FRAGMENT) continue;
    for (let i = 0; i + MIN_FRAGMENT <= secret.length; i++) {
      const piece = secret.slice(i, i + MIN_FRAGMENT);
      for (let at = t.indexOf(piece); at !== -1; at = t.indexOf(piece, at + 1)) {
        hide.fill(1, at, at + MIN_FRAGMENT);
        any = true;
      }
    }
  }
  if (!any) return t;
  let out = "";
  for (let i = 0; i < t.length; i++) {
    if (!hide[i]) out += t[i];
    else if (i === 0 || !hide[i - 1]) out += "[redacted]";
  }
  return out;
}

// src/live/journal.ts
var Journal = class _Journal {
  constructor(file, handle, redact2) {
    this.file = file;
    this.handle = handle;
    this.redact = redact2;
  }
  file;
  handle;
  redact;
  chain = Promise.resolve();
  /**
   * Open a journal for appending: a new file (mode 0600), or an existing journal of the same tenant (a line
   * cut short by a crash is dropped). Returns the entries already in it.
   */
  static async open(file, tenant, redact2) {
    let previous = [];
    let handle;
    try {
      handle = await open(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_EXCL, 384);
    } catch (err) {
      if (err.code !== "EEXIST") throw new LiveSetupError(`cannot create the journal ${file}: ${err.message}`);
      const read2 = await inspectJournal(file, tenant);
      previous = read2.entries;
      if (read2.validLength !== read2.size) await truncate(file, read2.validLength);
      handle = await open(file, constants.O_WRONLY | constants.O_APPEND);
      await handle.chmod(384);
    }
    return { journal: new _Journal(file, handle, redact2), previous };
  }
  /** Append one entry and flush it to disk; resolves once it is durable. */
  append(entry) {
    const line = JSON.stringify(redactDeep(entry, this.redact)) + "\n";
    const next = this.chain.then(async () => {
      await this.handle.write(line);
      await this.handle.datasync();
    });
    this.chain = next.catch(() => void 0);
    return next;
  }
  async close() {
    await this.chain;
    await this.handle.close();
  }
};
async function inspectJournal(file, tenant) {
  const info = await stat(file).catch(() => void 0);
  if (!info?.isFile()) throw new LiveSetupError(`the journal ${file} is not a regular file; choose another --journal path`);
  const read2 = await readJournal(file);
  if (read2.size > 0 && !isOrglintRun(read2.entries[0])) {
    throw new LiveSetupError(`the journal ${file} exists and is not an orglint journal (its first line is not an orglint run record); it was left as it is: choose another --journal path`);
  }
  for (const run of read2.entries) {
    if (run.type === "run" && run.tenant !== tenant) throw new LiveSetupError(`the journal ${file} is for ${run.tenant}, not ${tenant}`);
  }
  return read2;
}
async function readJournal(file) {
  let text;
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!(await handle.stat()).isFile()) throw new LiveSetupError(`the journal ${file} is not a regular file; choose another --journal path`);
    text = await handle.readFile("utf8");
  } catch (err) {
    if (err instanceof LiveSetupError) throw err;
    throw new LiveSetupError(`cannot read the journal ${file}: ${err.code ?? err.message}`);
  } finally {
    await handle?.close();
  }
  const size = Buffer.byteLength(text);
  const end = text.lastIndexOf("\n") + 1;
  const entries = [];
  text.slice(0, end).split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let v;
    try {
      v = JSON.parse(line);
    } catch {
      throw new LiveSetupError(`${file}:${i + 1}: not a journal line (invalid JSON)`);
    }
    if (!isEntry(v)) throw new LiveSetupError(`${file}:${i + 1}: not a journal line`);
    entries.push(v);
  });
  return { entries, validLength: Buffer.byteLength(text.slice(0, end)), size };
}
var isObj = (v) => !!v && typeof v === "object" && !Array.isArray(v);
function isEntry(v) {
  if (!isObj(v)) return false;
  switch (v.type) {
    case "run":
      return typeof v.tenant === "string" && typeof v.command === "string";
    case "plan":
    case "attempt":
      return typeof v.client_id === "string" && typeof v.name === "string" && isObj(v.before) && isObj(v.body) && (v.type === "plan" || v.op === "fix" || v.op === "rollback");
    case "result":
      return typeof v.client_id === "string" && (v.op === "fix" || v.op === "rollback") && typeof v.outcome === "string";
    case "end":
      return typeof v.outcome === "string";
    default:
      return false;
  }
}
function isOrglintRun(e) {
  return e?.type === "run" && typeof e.tool === "string" && e.tool.startsWith("orglint ");
}
function unsettled(entries) {
  const open3 = /* @__PURE__ */ new Map();
  for (const e of entries) {
    if (e.type === "attempt") open3.set(`${e.op}:${e.client_id}`, e);
    else if (e.type === "result" && e.outcome !== "unknown") open3.delete(`${e.op}:${e.client_id}`);
  }
  return [...open3.values()];
}
function lastRunUnfinished(entries) {
  let unfinished = false;
  for (const e of entries) {
    if (e.type === "run") unfinished = true;
    else if (e.type === "end") unfinished = e.outcome === "interrupted";
  }
  return unfinished;
}
function defaultJournalName(host, now2 = /* @__PURE__ */ new Date()) {
  const stamp = now2.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return `orglint-journal-${host.replace(/[^\w.-]/g, "_")}-${stamp}.jsonl`;
}
async function findUnfinishedJournal(dir, host) {
  const prefix = `orglint-journal-${host.replace(/[^\w.-]/g, "_")}-`;
  const names = (await readdir(dir).catch(() => [])).filter((n) => n.startsWith(prefix) && n.endsWith(".jsonl")).sort().reverse();
  for (const n of names) {
    const file = path.join(dir, n);
    const { entries } = await readJournal(file).catch((err) => {
      throw new LiveSetupError(`the newest journal of this tenant is damaged, so a change it left in flight cannot be settled: ${err.message}; repair that line, or move the journal away if its run had finished`);
    });
    if (lastRunUnfinished(entries)) return file;
    return void 0;
  }
  return void 0;
}

// src/live/lock.ts
import { constants as constants2 } from "node:fs";
import { lstatSync, mkdirSync, readFileSync } from "node:fs";
import { link, open as open2, rename, stat as stat2, unlink } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import path2 from "node:path";
var UNREADABLE_GRACE_MS = 6e4;
function lockName(host) {
  return `.orglint-lock-${host.replace(/[^\w.-]/g, "_")}`;
}
function machineLockDir() {
  const uid = typeof process.getuid === "function" ? process.getuid() : void 0;
  const dir = path2.join(tmpdir(), `orglint-locks-${uid ?? "user"}`);
  try {
    mkdirSync(dir, { mode: 448 });
  } catch (err) {
    if (err.code !== "EEXIST") return void 0;
  }
  try {
    const st = lstatSync(dir);
    if (!st.isDirectory() || uid !== void 0 && st.uid !== uid || (st.mode & 18) !== 0) return void 0;
    return dir;
  } catch {
    return void 0;
  }
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
function startedAt(pid) {
  try {
    const stat3 = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat3.slice(stat3.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[19]);
    const boot = Number(/^btime (\d+)$/m.exec(readFileSync("/proc/stat", "utf8"))?.[1]);
    return Number.isFinite(ticks) && Number.isFinite(boot) ? boot * 1e3 + ticks * 10 : void 0;
  } catch {
    return void 0;
  }
}
function holderAlive(l) {
  if (l.pid === process.pid || !alive(l.pid)) return false;
  const started = startedAt(l.pid);
  const at = Date.parse(l.at);
  return started === void 0 || !Number.isFinite(at) || started <= at + 5e3;
}
function parse(text) {
  try {
    const v = JSON.parse(text);
    return Number.isInteger(v?.pid) && typeof v.host === "string" ? v : void 0;
  } catch {
    return void 0;
  }
}
var who = (l) => `${l.command} (pid ${l.pid} on ${JSON.stringify(l.host)}, since ${JSON.stringify(l.at)})`.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
async function lockTenant(places, tenant, host, command, warn) {
  const files = /* @__PURE__ */ new Map();
  for (const p of places) {
    const f = path2.join(path2.resolve(p.dir), lockName(host));
    files.set(f, (files.get(f) ?? true) && Boolean(p.optional));
  }
  const held = [];
  const release = async () => {
    for (const f of held.splice(0)) await unlink(f).catch(() => void 0);
  };
  try {
    for (const [f, optional] of files) {
      if (await take(f, { pid: process.pid, host: hostname(), tenant, command, at: (/* @__PURE__ */ new Date()).toISOString() }, warn, optional)) held.push(f);
    }
  } catch (err) {
    await release();
    throw err;
  }
  return release;
}
var UNWRITABLE = /* @__PURE__ */ new Set(["EACCES", "EPERM", "EROFS", "ENOENT", "ENOTDIR"]);
async function take(file, me, warn, optional) {
  for (let tries2 = 0; tries2 < 3; tries2++) {
    try {
      const h = await open2(file, constants2.O_WRONLY | constants2.O_CREAT | constants2.O_EXCL, 384);
      try {
        await h.writeFile(JSON.stringify(me) + "\n");
        await h.datasync();
      } finally {
        await h.close();
      }
      return true;
    } catch (err) {
      const code = err.code;
      if (optional && code && UNWRITABLE.has(code)) return false;
      if (code !== "EEXIST") throw new LiveSetupError(`cannot create the lock file ${file}: ${err.message}`);
    }
    const text = await readLock(file);
    if (text === void 0) continue;
    const other = parse(text);
    if (!other) {
      const age = Date.now() - ((await stat2(file).catch(() => void 0))?.mtimeMs ?? Date.now());
      if (age < UNREADABLE_GRACE_MS) throw new LiveSetupError(`another orglint run is starting on this tenant (the lock file ${file} is being written); wait for it to finish`);
      if (!await breakStale(file, text)) continue;
      warn(`removed the unreadable lock file ${file} (older than ${UNREADABLE_GRACE_MS / 1e3} s)`);
      continue;
    }
    if (other.host !== me.host || holderAlive(other)) {
      throw new LiveSetupError(
        `another orglint run is changing this tenant: ${who(other)} holds the lock file ${file}; wait for it to finish (if no such run is going on, delete that file)`
      );
    }
    if (await breakStale(file, text)) warn(`removed a stale lock file ${file}: its run (pid ${other.pid}) is gone`);
  }
  throw new LiveSetupError(`cannot take the lock file ${file}: other runs keep taking it`);
}
var MAX_LOCK_BYTES = 4096;
async function readLock(file) {
  let h;
  try {
    h = await open2(file, constants2.O_RDONLY | constants2.O_NOFOLLOW | constants2.O_NONBLOCK);
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT") return void 0;
    if (code === "ELOOP") throw new LiveSetupError(`the lock file ${file} is a symbolic link, not an orglint lock; it was left as it is: remove it if no orglint run is going on`);
    throw new LiveSetupError(`cannot read the lock file ${file}: ${code ?? err.message}`);
  }
  try {
    if (!(await h.stat()).isFile()) throw new LiveSetupError(`the lock file ${file} is not a regular file, not an orglint lock; it was left as it is: remove it if no orglint run is going on`);
    const buf = Buffer.alloc(MAX_LOCK_BYTES);
    const { bytesRead } = await h.read(buf, 0, MAX_LOCK_BYTES, 0);
    return buf.subarray(0, bytesRead).toString("utf8");
  } finally {
    await h.close();
  }
}
async function breakStale(file, seen) {
  const aside = `${file}.stale-${process.pid}`;
  try {
    await rename(file, aside);
  } catch {
    return false;
  }
  const text = await readLock(aside).catch(() => void 0);
  if (text !== seen) {
    await link(aside, file).catch(() => void 0);
    await unlink(aside).catch(() => void 0);
    return false;
  }
  await unlink(aside).catch(() => void 0);
  return true;
}

// src/management-api/errors.ts
var ApiError = class extends Error {
  constructor(status, errorCode, apiMessage, method, path5, rate, attempts) {
    super(`${method} ${path5}: ${status}${errorCode ? ` ${errorCode}` : ""}: ${apiMessage}`);
    this.status = status;
    this.errorCode = errorCode;
    this.apiMessage = apiMessage;
    this.method = method;
    this.path = path5;
    this.rate = rate;
    this.attempts = attempts;
  }
  status;
  errorCode;
  apiMessage;
  method;
  path;
  rate;
  attempts;
};
var NetworkError = class extends Error {
  constructor(method, path5, reason, attempts) {
    super(`${method} ${path5}: ${reason}`);
    this.method = method;
    this.path = path5;
    this.reason = reason;
    this.attempts = attempts;
  }
  method;
  path;
  reason;
  attempts;
};
var RedirectError = class extends Error {
  constructor(method, path5, status, locationHost2) {
    super(`${method} ${path5}: ${status} redirect to ${locationHost2}`);
    this.method = method;
    this.path = path5;
    this.status = status;
    this.locationHost = locationHost2;
  }
  method;
  path;
  status;
  locationHost;
};
var AnswerError = class extends Error {
  constructor(method, path5, status, problem) {
    super(`${method} ${path5}: the answer (${status}) ${problem}`);
    this.method = method;
    this.path = path5;
    this.status = status;
    this.problem = problem;
  }
  method;
  path;
  status;
  problem;
};
var PathSegmentError = class extends Error {
  constructor(id) {
    super(`refusing the id ${JSON.stringify(String(id))} in a request path: ".", ".." and their encodings would address another endpoint`);
    this.id = id;
  }
  id;
};
var AbortedError = class extends Error {
  constructor(method, path5, sent) {
    super(`${method} ${path5}: interrupted`);
    this.method = method;
    this.path = path5;
    this.sent = sent;
  }
  method;
  path;
  sent;
};
function parseErrorBody(text) {
  try {
    const v = JSON.parse(text);
    if (v && typeof v === "object") {
      const code = typeof v.errorCode === "string" ? v.errorCode : typeof v.error === "string" && "error_description" in v ? v.error : void 0;
      const msg = typeof v.message === "string" ? v.message : typeof v.error_description === "string" ? v.error_description : typeof v.error === "string" ? v.error : "";
      return { errorCode: code, message: msg };
    }
  } catch {
  }
  return { message: text.replace(/\s+/g, " ").trim().slice(0, 200) };
}
function rateHeaders(h) {
  const num = (name) => {
    const v = h.get(name);
    if (v === null || v.trim() === "") return void 0;
    const n = Number(v);
    return Number.isFinite(n) ? n : void 0;
  };
  const out = { limit: num("x-ratelimit-limit"), remaining: num("x-ratelimit-remaining"), reset: num("x-ratelimit-reset") };
  const ra = h.get("retry-after");
  if (ra !== null) {
    const n = Number(ra);
    if (Number.isFinite(n)) out.retryAfter = Math.max(0, n);
    else {
      const date = Date.parse(ra);
      if (Number.isFinite(date)) out.retryAfter = Math.max(0, (date - Date.now()) / 1e3);
    }
  }
  return out;
}

// src/management-api/resources.ts
var PAGE = 100;
var MAX_PAGES = 1e4;
var SEEN_CAP = 1e6;
function itemKey(item) {
  const id = item.client_id ?? item.id ?? item.connection_id;
  return typeof id === "string" ? `id:${id}` : `json:${JSON.stringify(item)}`;
}
async function allPages(api, path5, key, query, signal, progress) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await api.request("GET", path5, { query: { ...query, page, per_page: PAGE, include_totals: true }, signal });
    const list = Array.isArray(answer) ? answer : answer?.[key];
    if (!Array.isArray(list)) throw new Error(`GET ${path5}: the answer has no "${key}" list`);
    const told = !Array.isArray(answer) ? answer.total : void 0;
    const total = typeof told === "number" && Number.isSafeInteger(told) && told >= 0 ? told : void 0;
    let fresh = 0;
    for (const item of list) {
      if (!item || typeof item !== "object" || Array.isArray(item)) continue;
      out.push(item);
      if (seen.size < SEEN_CAP && !seen.has(itemKey(item))) fresh++;
      seen.add(itemKey(item));
    }
    if (page > 0 && list.length >= PAGE && fresh === 0 && seen.size < SEEN_CAP) throw new Error(`GET ${path5}: page ${page} repeats items already read (the server serves the same page again); stopped`);
    progress?.(out.length, total);
    if (list.length < PAGE || total !== void 0 && out.length === total) return out;
  }
  throw new Error(`GET ${path5}: more than ${MAX_PAGES} pages`);
}
async function allCheckpoints(api, path5, key, signal, progress) {
  const out = [];
  let from;
  const checkpoints = /* @__PURE__ */ new Set();
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = { take: PAGE };
    if (from) query.from = from;
    const answer = await api.request("GET", path5, { query, signal });
    const list = Array.isArray(answer) ? answer : answer?.[key];
    if (!Array.isArray(list)) throw new Error(`GET ${path5}: the answer has no "${key}" list`);
    for (const item of list) if (item && typeof item === "object" && !Array.isArray(item)) out.push(item);
    progress?.(out.length, void 0);
    const next = Array.isArray(answer) ? void 0 : answer.next;
    if (typeof next !== "string" || next === "" || list.length === 0) return out;
    if (checkpoints.has(next)) throw new Error(`GET ${path5}: the "next" checkpoint of page ${page + 1} was given before (the list would never end); stopped`);
    checkpoints.add(next);
    from = next;
  }
  throw new Error(`GET ${path5}: more than ${MAX_PAGES} pages`);
}
function pathSegment(id) {
  if (typeof id !== "string" || id === "" || /^(?:\.|%2e){1,2}$/i.test(id)) throw new PathSegmentError(id);
  return encodeURIComponent(id);
}
function listClients(api, fields, signal, progress) {
  return allPages(api, "/api/v2/clients", "clients", { fields: fields.join(","), include_fields: true }, signal, progress);
}
function getClient(api, id, fields, signal) {
  return api.request("GET", `/api/v2/clients/${pathSegment(id)}`, { query: { fields: fields.join(","), include_fields: true }, signal });
}
function patchClient(api, id, body, signal, startSignal) {
  return api.request("PATCH", `/api/v2/clients/${pathSegment(id)}`, { body, signal, startSignal, retryUnsure: false });
}
function listClientGrants(api, signal, progress) {
  return allPages(api, "/api/v2/client-grants", "client_grants", {}, signal, progress);
}
function listOrganizations(api, signal, progress) {
  return allCheckpoints(api, "/api/v2/organizations", "organizations", signal, progress);
}
function listEnabledConnections(api, orgId, signal) {
  return allPages(api, `/api/v2/organizations/${pathSegment(orgId)}/enabled_connections`, "enabled_connections", {}, signal);
}

// src/live/read-tenant.ts
var CLIENT_FIELDS = [
  "client_id",
  "name",
  "app_type",
  "is_first_party",
  "oidc_conformant",
  "grant_types",
  "callbacks",
  "allowed_origins",
  "web_origins",
  "allowed_logout_urls",
  "initiate_login_uri",
  "addons",
  "global",
  "organization_usage",
  "organization_require_behavior",
  "organization_discovery_methods",
  "default_organization"
];
var GRANT_FIELDS = ["id", "client_id", "audience", "scope", "organization_usage", "allow_any_organization"];
var ORG_FIELDS = ["id", "name", "display_name", "branding", "metadata", "token_quota"];
function pick(v, fields) {
  const out = {};
  for (const f of fields) if (f in v && v[f] !== void 0) out[f] = v[f];
  if (out.addons && typeof out.addons === "object" && !Array.isArray(out.addons)) {
    out.addons = Object.fromEntries(Object.keys(out.addons).map((k) => [k, {}]));
  }
  return out;
}
function cannotRead(err) {
  return err instanceof ApiError && err.status === 403 && (err.errorCode === "insufficient_scope" || err.errorCode === "operation_not_supported");
}
function scopeNote(err, scope, what) {
  if (err.errorCode === "operation_not_supported") return `the tenant's plan does not allow reading ${what} (403 operation_not_supported): rules that need them are skipped`;
  return `the token lacks the ${scope} scope: ${what} were not read and rules that need them are skipped (grant the scope to the application for the Auth0 Management API)`;
}
function skipReason(err, scope, what) {
  if (err.errorCode === "operation_not_supported") return `${what} were not read: the tenant's plan does not allow it (403 operation_not_supported)`;
  return `${what} were not read: the token lacks the ${scope} scope`;
}
async function readTenant(api, opts = {}) {
  const { signal, progress, concurrency: concurrency2 = 4 } = opts;
  const notes = [];
  const unread = {};
  const raw = await listClients(api, CLIENT_FIELDS, signal, (n, t) => progress?.("clients", n, t));
  const clients = raw.filter((c) => c.global !== true).map((c) => {
    const v = pick(c, CLIENT_FIELDS);
    delete v.global;
    return v;
  });
  let clientGrants;
  try {
    clientGrants = (await listClientGrants(api, signal, (n, t) => progress?.("client grants", n, t))).map((g) => pick(g, GRANT_FIELDS));
  } catch (err) {
    if (!cannotRead(err)) throw err;
    notes.push(scopeNote(err, "read:client_grants", "client grants"));
    unread.clientGrant = skipReason(err, "read:client_grants", "client grants");
  }
  let organizations;
  try {
    organizations = (await listOrganizations(api, signal, (n) => progress?.("organizations", n, void 0))).map((o) => pick(o, ORG_FIELDS));
  } catch (err) {
    if (!cannotRead(err)) throw err;
    notes.push(scopeNote(err, "read:organizations", "organizations"));
    unread.organization = unread.organizationConnection = skipReason(err, "read:organizations", "organizations");
  }
  if (organizations?.length) {
    const denied = await addConnections(api, organizations, notes, concurrency2, signal, progress);
    if (denied) unread.organizationConnection = skipReason(denied, "read:organization_connections", "organizations' enabled connections");
  }
  return { origin: api.endpoint.origin, clients, clientGrants, organizations, notes, unread };
}
async function addConnections(api, orgs, notes, concurrency2, signal, progress) {
  let denied;
  let done = 0;
  await mapLimit(orgs, concurrency2, async (org) => {
    if (denied) return;
    try {
      const list = await listEnabledConnections(api, String(org.id), signal);
      org.connections = list.map((c) => {
        const conn = c.connection ?? {};
        return pick({ ...c, name: conn.name, strategy: conn.strategy }, ["connection_id", "name", "strategy", "assign_membership_on_login", "show_as_button", "is_signup_enabled"]);
      });
    } catch (err) {
      if (!cannotRead(err)) throw err;
      denied = err;
    }
    progress?.("organization connections", ++done, orgs.length);
  });
  if (denied) {
    for (const org of orgs) delete org.connections;
    notes.push(scopeNote(denied, "read:organization_connections", "organizations' enabled connections"));
  }
  return denied;
}

// src/live/plan.ts
var MAX_PASSES = 10;
var BASIS_FIELDS = CLIENT_FIELDS.filter((f) => f !== "client_id" && f !== "name" && f !== "addons");
function sameValue(a, b) {
  return JSON.stringify(sortKeys(a ?? null)) === JSON.stringify(sortKeys(b ?? null));
}
function applyOps(value, ops) {
  const out = structuredClone(value);
  for (const op of ops) {
    if (op.path.length === 0) continue;
    const parent = walk(out, op.path.slice(0, -1), op.op === "set");
    const last = op.path[op.path.length - 1];
    if (!parent) continue;
    if (op.op === "set") parent[last] = structuredClone(op.value);
    else if (op.op === "rename") {
      const p = parent;
      if (Object.prototype.hasOwnProperty.call(p, last)) {
        p[op.to] = p[last];
        delete p[last];
      }
    } else if (Array.isArray(parent) && typeof last === "number") parent.splice(last, 1);
    else delete parent[last];
  }
  return out;
}
function walk(root, path5, create) {
  let node = root;
  for (const seg of path5) {
    const container = node;
    if (container[seg] === void 0 || container[seg] === null) {
      if (!create) return void 0;
      container[seg] = typeof seg === "number" ? [] : {};
    }
    node = container[seg];
    if (typeof node !== "object" || node === null) return void 0;
  }
  return node;
}
function planFixes(s, rules, settings, mode) {
  const original = /* @__PURE__ */ new Map();
  for (const c of s.clients) if (typeof c.client_id === "string") original.set(c.client_id, c);
  const working = new Map([...original].map(([id, c]) => [id, structuredClone(c)]));
  const fixes = /* @__PURE__ */ new Map();
  let notApplied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { tenant } = buildLiveTenant({ ...s, clients: s.clients.map((c) => working.get(c.client_id) ?? c) });
    const findings = runRules([tenant], rules, settings).sort(compareFindings);
    const touched = /* @__PURE__ */ new Map();
    let changed = false;
    for (const f of findings) {
      const fix = chooseFix(f, mode);
      if (!fix || !f.source) continue;
      if (f.source.type !== "client") {
        if (pass === 0) notApplied++;
        continue;
      }
      const id = f.source.value.client_id;
      if (typeof id !== "string" || !working.has(id)) continue;
      const fields = new Set(fix.ops.map((op) => String(op.path[0])));
      const seen = touched.get(id) ?? /* @__PURE__ */ new Set();
      if ([...fields].some((x) => seen.has(x))) continue;
      const next = applyOps(working.get(id), fix.ops);
      if (sameValue(next, working.get(id))) continue;
      working.set(id, next);
      for (const x of fields) seen.add(x);
      touched.set(id, seen);
      const list = fixes.get(id) ?? [];
      list.push({ ruleId: f.ruleId, description: fix.description });
      fixes.set(id, list);
      changed = true;
    }
    if (!changed) break;
  }
  const changes = [];
  for (const [id, before] of original) {
    const after = working.get(id);
    const body = {};
    const was = {};
    for (const k of /* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (k === "client_id" || sameValue(before[k], after[k])) continue;
      body[k] = after[k] ?? null;
      was[k] = before[k] ?? null;
    }
    if (Object.keys(body).length === 0) continue;
    const name = typeof before.name === "string" && before.name ? before.name : id;
    const basis = Object.fromEntries(BASIS_FIELDS.filter((f) => !(f in body)).map((f) => [f, before[f] ?? null]));
    changes.push({ clientId: id, name, before: was, body, basis, fixes: fixes.get(id) ?? [] });
  }
  return { changes, notApplied };
}

// src/live/rollback.ts
var FIX_FIELDS = /* @__PURE__ */ new Set([
  "organization_usage",
  "organization_require_behavior",
  "organization_discovery_methods",
  "default_organization",
  "oidc_conformant"
]);
function rollbackPlan(entries) {
  const state = /* @__PURE__ */ new Map();
  const attempts = /* @__PURE__ */ new Map();
  const planned = /* @__PURE__ */ new Map();
  const refused = /* @__PURE__ */ new Map();
  for (const e of entries) {
    if (e.type === "plan") {
      const set = planned.get(e.client_id) ?? /* @__PURE__ */ new Set();
      for (const f of Object.keys(e.body)) set.add(f);
      planned.set(e.client_id, set);
    }
    if (e.type === "attempt") attempts.set(`${e.op}:${e.client_id}`, e);
    if (e.type !== "result" || e.outcome !== "applied" && e.outcome !== "already") continue;
    if (e.op === "rollback") {
      state.delete(e.client_id);
      continue;
    }
    const attempt = attempts.get(`fix:${e.client_id}`);
    if (!attempt || e.outcome === "already") continue;
    const s = state.get(e.client_id) ?? { name: attempt.name, fields: /* @__PURE__ */ new Map() };
    for (const [f, v] of Object.entries(attempt.body)) {
      const why = !FIX_FIELDS.has(f) ? "not-a-fix-field" : !planned.get(e.client_id)?.has(f) ? "not-in-plan" : void 0;
      if (why) {
        refused.set(`${e.client_id}\0${f}`, { clientId: e.client_id, name: attempt.name, field: f, why });
        continue;
      }
      const prior = s.fields.get(f);
      s.fields.set(f, { original: prior ? prior.original : attempt.before[f] ?? null, last: v });
    }
    state.set(e.client_id, s);
  }
  const out = [];
  for (const [clientId, s] of state) {
    const expect = {};
    const body = {};
    for (const [f, { original, last }] of s.fields) {
      if (sameValue(original, last)) continue;
      expect[f] = last ?? null;
      body[f] = original ?? null;
    }
    if (Object.keys(body).length) out.push({ clientId, name: s.name, expect, body });
  }
  return { changes: out, refused: [...refused.values()] };
}
function rollbackChanges(entries) {
  return rollbackPlan(entries).changes;
}

// src/live/terminal-text.ts
var CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function escapeControls(text) {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function escapeLine(text) {
  return escapeControls(text).replace(/\n/g, "\\n");
}

// src/management-api/messages.ts
var GRANT_HINT = "grant it to the application under Dashboard > Applications > APIs > Auth0 Management API";
function missingScope(message) {
  const m = /expected any of:?\s*([\w:,\s]+)/i.exec(message);
  return m ? m[1].split(/[\s,]+/).filter(Boolean)[0] : void 0;
}
function bodyField(message) {
  return /on property ([\w.]+)/.exec(message)?.[1] ?? /Additional properties not allowed: ([\w.,]+)/.exec(message)?.[1];
}
function explainError(err, endpoint, credentials, body) {
  if (err instanceof AbortedError) return { message: "interrupted before an answer", fatal: true };
  if (err instanceof NetworkError) {
    return {
      message: `could not reach ${endpoint.origin}: ${err.reason} (${tries(err.attempts)}); check AUTH0_DOMAIN / --domain and the network`,
      fatal: true
    };
  }
  if (err instanceof RedirectError) {
    return {
      message: `${err.method} ${err.path} was answered ${err.status}, a redirect to ${err.locationHost}: orglint follows no redirect, so nothing was sent there; check AUTH0_DOMAIN / --domain (the tenant's own domain, not a proxy or a custom domain that redirects)`,
      fatal: true
    };
  }
  if (err instanceof AnswerError) {
    return { message: `${err.method} ${err.path}: the answer (${err.status}) ${err.problem}; is ${endpoint.origin} an Auth0 tenant?`, fatal: true };
  }
  if (err instanceof PathSegmentError) {
    return { message: `refusing the id ${JSON.stringify(String(err.id))} in a request path: ".", ".." and their encodings would address another endpoint; nothing was sent for it`, fatal: false };
  }
  if (!(err instanceof ApiError)) return { message: err?.message ?? String(err), fatal: true };
  const api = `${err.status}${err.errorCode ? ` ${err.errorCode}` : ""}`;
  const said = err.apiMessage ? `: ${JSON.stringify(err.apiMessage)}` : "";
  if (err.path === "/oauth/token") return explainTokenError(err, endpoint, api, said);
  const fixed = credentials.kind === "token" ? credentials.variable : void 0;
  switch (err.status) {
    case 400:
      if (err.errorCode === "invalid_uri") {
        return { message: `the API rejected the request path ${JSON.stringify(err.path)} (${api})${said}; the id may be malformed`, fatal: false };
      }
      if (err.errorCode === "invalid_body") {
        const field = bodyField(err.apiMessage);
        const where = field ? `field ${field}` : `the fields ${Object.keys(body ?? {}).join(", ") || "(none)"}`;
        return { message: `the API rejected the body (${api}) at ${where}${said}; body sent: ${JSON.stringify(body ?? null)}`, fatal: false };
      }
      return { message: `the API rejected the request (${api})${said}`, fatal: false };
    case 401:
      return { message: explain401(err, endpoint, fixed, api), fatal: true };
    case 403: {
      if (err.errorCode === "insufficient_scope" && /expected any of/i.test(err.apiMessage)) {
        const scope = missingScope(err.apiMessage) ?? "required";
        const then = fixed ? `, then get a new token for ${fixed}` : ", then run again";
        return { message: `the token lacks the ${scope} scope (${api})${said}; ${GRANT_HINT}${then}`, fatal: true };
      }
      if (err.errorCode === "insufficient_scope") {
        return { message: `the token's scopes do not allow some fields (${api})${said}`, fatal: false };
      }
      if (err.errorCode === "operation_not_supported") {
        return { message: `the tenant's plan does not allow this operation (${api})${said}; check the tenant's subscription and features`, fatal: true };
      }
      return { message: `the API refused the change (${api})${said}`, fatal: false };
    }
    case 404:
      if (err.errorCode === "inexistent_client") {
        return { message: `the application was deleted since orglint read it (${api}); nothing was changed`, fatal: false };
      }
      return { message: `${err.method} ${err.path} was not found (${api})${said}; is ${endpoint.origin} an Auth0 tenant?`, fatal: true };
    case 429: {
      const r = err.rate;
      const reset = r.reset !== void 0 ? `, reset in ${Math.max(0, Math.round(r.reset - Date.now() / 1e3))} s` : "";
      const head = r.limit !== void 0 ? ` (x-ratelimit-limit ${r.limit}, remaining ${r.remaining ?? "?"}${reset})` : "";
      return { message: `the API kept answering 429 Too Many Requests${head}; gave up after ${tries(err.attempts)}: run again later or lower --max-rps`, fatal: false };
    }
    default:
      if (err.status >= 500) return { message: `the API answered ${api}${said} (${tries(err.attempts)}); try again later`, fatal: false };
      return { message: `the API answered ${api}${said}`, fatal: false };
  }
}
function explain401(err, endpoint, fixed, api) {
  const m = err.apiMessage;
  const said = JSON.stringify(m);
  if (/expire/i.test(m)) {
    return fixed ? `the access token in ${fixed} has expired (${api} ${said}); get a new one, or set AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET so orglint fetches its own` : `a freshly fetched token was refused as expired (${api} ${said}); check this machine's clock`;
  }
  if (/signature/i.test(m)) {
    return `the token was not issued by this tenant: invalid signature (${api} ${said}); check that AUTH0_DOMAIN / --domain is ${endpoint.host}'s tenant, the one the token is for`;
  }
  if (/not global/i.test(m)) {
    return `the token belongs to an application that may not call the Management API: client is not global (${api} ${said}); use a machine-to-machine application authorized for the Auth0 Management API, not a user's token`;
  }
  const source = fixed ?? "the token fetched with AUTH0_CLIENT_ID";
  return `the Management API does not accept ${source}: invalid token (${api} ${said}); use a complete access token for the audience ${JSON.stringify(endpoint.audience)} (not an ID token or a token for another API)`;
}
function explainTokenError(err, endpoint, api, said) {
  if (err.status === 401) {
    return { message: `the tenant refused AUTH0_CLIENT_ID / AUTH0_CLIENT_SECRET (${api})${said}; check both, and that the application belongs to ${endpoint.host}`, fatal: true };
  }
  if (err.status === 403 && /not authorized to access/i.test(err.apiMessage)) {
    return {
      message: `the application AUTH0_CLIENT_ID is not authorized for the Auth0 Management API (${api}); authorize it under Dashboard > Applications > APIs > Auth0 Management API > Machine To Machine Applications`,
      fatal: true
    };
  }
  if (err.status === 403 && /service not enabled/i.test(err.apiMessage)) {
    return { message: `the audience ${JSON.stringify(endpoint.audience)} is not this tenant's Management API (${api}); check AUTH0_DOMAIN, or set AUTH0_AUDIENCE for a custom domain`, fatal: true };
  }
  return { message: `the token endpoint answered ${api}${said}`, fatal: true };
}
function tries(n) {
  return n === 1 ? "1 try" : `${n} tries`;
}

// src/management-api/pacer.ts
var PROBE_MS = 250;
var WINDOW_MS = 1e4;
var MAX_TO_FULL_S = 60;
var Pacer = class {
  tokens = 1;
  capacity;
  rate;
  unlimited = false;
  at = performance.now();
  pausedUntil = 0;
  lastStart = -Infinity;
  minGapMs;
  tail = Promise.resolve();
  wake = () => void 0;
  changed;
  inflight = 0;
  last;
  clean = [];
  constructor(maxRps) {
    this.minGapMs = maxRps && maxRps > 0 ? 1e3 / maxRps : 0;
    this.changed = this.newChange();
  }
  /** Wait until a request may be sent (first come, first served); it then counts as in flight. */
  acquire(signal) {
    const turn = this.tail.then(() => this.waitTurn(signal));
    this.tail = turn.catch(() => void 0);
    return turn;
  }
  /** A request ended: record what the server said about its bucket. `headers` undefined: no answer. */
  settle(headers, status) {
    this.inflight = Math.max(0, this.inflight - 1);
    if (!headers) return this.notify();
    const now2 = performance.now();
    if (headers.limit === void 0 || headers.remaining === void 0) {
      if (this.capacity === void 0) this.unlimited = true;
      return this.notify();
    }
    this.unlimited = false;
    this.refill(now2);
    this.capacity = headers.limit;
    const r = headers.remaining;
    this.estimateRate(now2, r, status, headers);
    this.tokens = Math.min(Math.max(this.tokens, r - this.inflight), r + 1);
    if (status === 429) this.tokens = Math.min(this.tokens, 0);
    this.notify();
  }
  /** Hold every request for `ms` (after a 429: the wait the server asked for); then one may try again. */
  pause(ms) {
    this.pausedUntil = Math.max(this.pausedUntil, performance.now() + ms);
    this.tokens = 1;
    this.at = this.pausedUntil;
  }
  /** The refill rate in requests per second, when known (for reports). */
  get estimatedRate() {
    return this.rate;
  }
  async waitTurn(signal) {
    for (; ; ) {
      if (signal?.aborted) throw signal.reason ?? new Error("aborted");
      const now2 = performance.now();
      let wait = 0;
      if (now2 < this.pausedUntil) wait = this.pausedUntil - now2;
      else if (now2 < this.lastStart + this.minGapMs) wait = this.lastStart + this.minGapMs - now2;
      else if (!this.unlimited) {
        this.refill(now2);
        if (this.tokens < 1) {
          if (this.rate) wait = (1 - this.tokens) / this.rate * 1e3;
          else if (this.inflight > 0 || now2 < this.lastStart + PROBE_MS) wait = PROBE_MS;
        }
      }
      if (wait <= 0) {
        if (!this.unlimited) this.tokens = Math.max(this.tokens, 1) - 1;
        this.lastStart = now2;
        this.inflight++;
        return;
      }
      await this.sleepOrChange(wait, signal);
    }
  }
  refill(now2) {
    if (now2 <= this.at) return;
    if (this.rate && this.capacity !== void 0) this.tokens = Math.min(this.capacity, this.tokens + (now2 - this.at) / 1e3 * this.rate);
    this.at = now2;
  }
  /**
   * Refill rate from consecutive answers. While the bucket is not full, what it gained plus what the request took,
   * summed over the last seconds, over the time between: an estimate. When it filled up meanwhile, that gain is a
   * lower bound, which raises a too low estimate. Before either, the reset header (time to full) gives a floor.
   */
  estimateRate(now2, remaining, status, h) {
    const cap = h.limit;
    const used = status === 429 ? 0 : 1;
    const prev = this.last;
    this.last = { t: now2, remaining };
    if (prev) {
      const dt = (now2 - prev.t) / 1e3;
      if (remaining < cap - 1) {
        this.clean.push({ t: now2, gained: remaining - prev.remaining + used, dt });
        while (this.clean.length && now2 - this.clean[0].t > WINDOW_MS) this.clean.shift();
        let gained = 0;
        let span = 0;
        for (const c of this.clean) [gained, span] = [gained + c.gained, span + c.dt];
        if (span >= 1 && gained > 0) {
          this.rate = gained / span;
          return;
        }
      } else if (dt > 0.05) {
        const atLeast = (remaining - prev.remaining) / dt;
        if (atLeast > (this.rate ?? 0)) this.rate = atLeast;
      }
    }
    if (h.reset !== void 0 && remaining < cap) {
      const toFull = Math.min(MAX_TO_FULL_S, h.reset - Date.now() / 1e3);
      const atLeast = (cap - remaining) / Math.max(1, toFull);
      if (toFull > 0 && atLeast > (this.rate ?? 0)) this.rate = atLeast;
    }
  }
  /** Sleep `ms`, but wake early when an answer changes what is known. */
  sleepOrChange(ms, signal) {
    const changed = this.changed;
    return new Promise((resolve, reject) => {
      let timer;
      const finish = (err) => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        if (err === void 0) resolve();
        else reject(err);
      };
      const onAbort = () => finish(signal.reason ?? new Error("aborted"));
      timer = setTimeout(() => finish(), ms);
      signal?.addEventListener("abort", onAbort, { once: true });
      void changed.then(() => finish());
    });
  }
  notify() {
    const wake = this.wake;
    this.changed = this.newChange();
    wake();
  }
  newChange() {
    return new Promise((resolve) => this.wake = resolve);
  }
};
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// src/live/apply.ts
var UNSURE_TRIES = 3;
var now = () => (/* @__PURE__ */ new Date()).toISOString();
var fieldsOf = (v, fields) => Object.fromEntries(fields.map((f) => [f, v[f] ?? null]));
async function applyChanges(api, journal, changes, o) {
  const results = [];
  const halt = new AbortController();
  const stopAll = AbortSignal.any([o.stop, halt.signal]);
  let fatal;
  let done = 0;
  let notStarted = 0;
  const explain = (err, body) => explainError(err, api.endpoint, api.tokens.credentials, body);
  const settle = async (change, outcome, extra = {}) => {
    await journal.append({ type: "result", at: now(), op: o.op, client_id: change.clientId, outcome, ...extra });
    results.push({ change, outcome, message: extra.message, current: extra.current });
    o.progress?.(++done, changes.length);
  };
  const failFatal = (message) => {
    fatal ??= message;
    halt.abort();
  };
  await mapLimit(changes, o.concurrency, async (change) => {
    if (stopAll.aborted) return void notStarted++;
    const fields = Object.keys(change.body);
    const watched = [.../* @__PURE__ */ new Set([...fields, ...Object.keys(change.expect)])];
    const read2 = () => getClient(api, change.clientId, [...watched, "name"], AbortSignal.any([stopAll, o.abandon]));
    let current;
    try {
      current = fieldsOf(await read2(), watched);
    } catch (err) {
      if (err instanceof AbortedError) return void notStarted++;
      const e = explain(err);
      if (e.fatal) failFatal(e.message);
      return settle(change, "failed", { status: statusOf(err), message: e.message });
    }
    if (fields.every((f) => sameValue(current[f], change.body[f]))) return settle(change, "already", { after: current });
    if (watched.some((f) => !sameValue(current[f], change.expect[f]))) return settle(change, "conflict", { current });
    if (stopAll.aborted) return void notStarted++;
    await journal.append({ type: "attempt", at: now(), op: o.op, client_id: change.clientId, name: change.name, before: current, body: change.body });
    for (let tries2 = 1; ; tries2++) {
      try {
        const answer = await patchClient(api, change.clientId, change.body, o.abandon, stopAll);
        if (!answer || typeof answer !== "object" || Array.isArray(answer)) throw new AnswerError("PATCH", `/api/v2/clients/${change.clientId}`, 200, "is not a client object");
        if (!fields.every((f) => sameValue(answer[f], change.body[f]))) throw new AnswerError("PATCH", `/api/v2/clients/${change.clientId}`, 200, "does not show the change");
        return settle(change, "applied", { status: 200, after: fieldsOf(answer, fields) });
      } catch (err) {
        if (err instanceof AbortedError) {
          return err.sent ? settle(change, "unknown", { message: "interrupted while the PATCH was in flight; the next run checks whether it landed" }) : settle(change, "not-applied", { message: "interrupted before the PATCH was sent" });
        }
        if (err instanceof RedirectError && err.path === "/oauth/token") {
          failFatal(explain(err).message);
          return settle(change, "failed", { message: explain(err).message });
        }
        if (err instanceof RedirectError) {
          failFatal(explain(err).message);
          const readBack = () => getClient(api, change.clientId, [...watched, "name"], o.abandon);
          return settleByReading(change, fields, watched, current, readBack, explain(err).message, settle);
        }
        const unsure = err instanceof NetworkError || err instanceof AnswerError || err instanceof ApiError && err.status >= 500;
        if (!unsure) {
          const e = explain(err, change.body);
          if (e.fatal) failFatal(e.message);
          return settle(change, "failed", { status: statusOf(err), message: e.message });
        }
        try {
          await sleep(250 * tries2, o.abandon);
          const now2 = fieldsOf(await read2(), watched);
          if (fields.every((f) => sameValue(now2[f], change.body[f]))) return settle(change, "applied", { after: fieldsOf(now2, fields), recovered: true });
          if (watched.some((f) => !sameValue(now2[f], current[f]))) return settle(change, "conflict", { current: now2 });
        } catch (readErr) {
          if (readErr instanceof AbortedError) return settle(change, "unknown", { message: "interrupted while checking whether the PATCH landed" });
          const e = explain(readErr);
          if (e.fatal) failFatal(e.message);
          return settle(change, "unknown", { message: `${explain(err, change.body).message}; checking whether it landed failed: ${e.message}` });
        }
        if (tries2 >= UNSURE_TRIES) {
          const e = explain(withTries(err, tries2), change.body);
          return settle(change, "failed", { status: statusOf(err), message: e.message });
        }
      }
    }
  });
  return { results, fatal, notStarted };
}
async function settleByReading(change, fields, watched, before, read2, message, settle) {
  try {
    const now2 = fieldsOf(await read2(), watched);
    if (fields.every((f) => sameValue(now2[f], change.body[f]))) return settle(change, "applied", { after: fieldsOf(now2, fields), recovered: true, message });
    if (watched.every((f) => sameValue(now2[f], before[f]))) return settle(change, "failed", { message });
    return settle(change, "conflict", { current: now2 });
  } catch (readErr) {
    const why = readErr instanceof RedirectError ? "reading it back was redirected too" : `reading it back failed: ${readErr.message}`;
    return settle(change, "unknown", { message: `${message}; ${why}; the next run checks whether it landed` });
  }
}
function withTries(err, tries2) {
  if (err instanceof ApiError) return new ApiError(err.status, err.errorCode, err.apiMessage, err.method, err.path, err.rate, tries2);
  if (err instanceof NetworkError) return new NetworkError(err.method, err.path, err.reason, tries2);
  return err;
}
function statusOf(err) {
  return err instanceof ApiError ? err.status : void 0;
}
async function recoverUnsettled(api, journal, open3, signal) {
  const failed = [];
  let recovered = 0;
  await mapLimit(open3, 4, async (a) => {
    const fields = Object.keys(a.body);
    let cur;
    try {
      cur = fieldsOf(await getClient(api, a.client_id, fields, signal), fields);
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        await journal.append({ type: "result", at: now(), op: a.op, client_id: a.client_id, outcome: "failed", status: 404, message: "deleted since", recovered: true });
        return;
      }
      failed.push(`${a.name} (${a.client_id}): ${explainError(err, api.endpoint, api.tokens.credentials).message}`);
      return;
    }
    const outcome = fields.every((f) => sameValue(cur[f], a.body[f])) ? "applied" : fields.every((f) => sameValue(cur[f], a.before[f])) ? "not-applied" : "conflict";
    await journal.append({ type: "result", at: now(), op: a.op, client_id: a.client_id, outcome, recovered: true, ...outcome === "applied" ? { after: cur } : { current: cur } });
    recovered++;
  });
  return { recovered, failed };
}

// src/live/report.ts
function show(v) {
  if (v === null || v === void 0) return "(unset)";
  const s = escapeLine(JSON.stringify(v));
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
function clientLabel(c) {
  return `${escapeLine(JSON.stringify(c.name))} (${escapeLine(c.clientId)})`;
}
function planTable(changes) {
  const rows = [];
  for (const c of changes) {
    Object.keys(c.body).forEach((field, i) => rows.push([i === 0 ? clientLabel(c) : "", escapeLine(field), `${show(c.expect[field])} \u2192 ${show(c.body[field])}`]));
  }
  const w0 = Math.min(48, Math.max(6, ...rows.map((r) => r[0].length)));
  const w1 = Math.max(5, ...rows.map((r) => r[1].length));
  const line = (a, b, c) => `  ${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`.trimEnd();
  return [line("client", "field", "from \u2192 to"), ...rows.map((r) => line(...r))].join("\n") + "\n";
}
function resultLines(results, verb) {
  const out = [];
  const count = (o) => results.filter((r) => r.outcome === o).length;
  for (const r of results) {
    const who2 = clientLabel(r.change);
    if (r.outcome === "conflict") {
      const fields = Object.keys(r.change.expect).filter((f) => JSON.stringify(r.current?.[f] ?? null) !== JSON.stringify(r.change.expect[f] ?? null));
      const what = fields.map((f) => `${f} is now ${show(r.current?.[f])}, expected ${show(r.change.expect[f])}`).join("; ");
      out.push(`conflict: ${who2}: ${what || "changed since it was read"}; left unchanged`);
    } else if (r.outcome === "failed") out.push(`failed: ${who2}: ${r.message ?? "unknown error"}`);
    else if (r.outcome === "unknown") out.push(`unknown: ${who2}: ${r.message ?? "no answer"}`);
    else if (r.outcome === "not-applied") out.push(`not sent: ${who2}: ${r.message ?? "interrupted"}`);
  }
  const applied = count("applied");
  const already = count("already");
  out.push(
    `${verb.done} ${applied} client${applied === 1 ? "" : "s"}` + (already ? `, ${already} already as planned` : "") + `; ${count("conflict")} conflict${count("conflict") === 1 ? "" : "s"}; ${count("failed") + count("unknown")} failed`
  );
  return out.map(escapeLine).join("\n") + "\n";
}

// src/management-api/proxy.ts
function proxySettings(env) {
  const get = (name) => {
    const lower = name.toLowerCase();
    const v = env[lower]?.trim() || env[name]?.trim() || void 0;
    if (v && name !== "NO_PROXY" && !isProxyUrl(v)) {
      throw new LiveSetupError(`${env[lower]?.trim() ? lower : name} is not a proxy URL (expected e.g. http://proxy.example.com:3128); the value is not shown, as it may hold a password`);
    }
    return v;
  };
  const httpProxy = get("HTTP_PROXY");
  const httpsProxy = get("HTTPS_PROXY");
  if (!httpProxy && !httpsProxy) return void 0;
  return { httpProxy, httpsProxy, noProxy: get("NO_PROXY") };
}
async function proxyFetch(env) {
  const settings = proxySettings(env);
  if (!settings) return (url, init) => fetch(url, init);
  const mod = await import("./undici-4TMCKWTP.js");
  const undici = mod.default?.EnvHttpProxyAgent ? mod.default : mod;
  const dispatcher = quietly(() => new undici.EnvHttpProxyAgent({ httpProxy: settings.httpProxy ?? "", httpsProxy: settings.httpsProxy ?? "", noProxy: settings.noProxy ?? "" }));
  return (url, init) => undici.fetch(url, { ...init, dispatcher });
}
function proxySecrets(env) {
  const out = [];
  for (const name of ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"]) {
    const v = env[name]?.trim();
    if (!v) continue;
    try {
      const u = new URL(v);
      if (u.password) out.push(decodeURIComponent(u.password), u.password);
    } catch {
    }
  }
  return out;
}
function quietly(make) {
  const emit = process.emitWarning;
  process.emitWarning = ((warning, ...rest) => {
    const opt = rest[0];
    const code = typeof opt === "object" ? opt?.code : rest[1];
    if (code === "UNDICI-EHPA") return;
    emit.call(process, warning, ...rest);
  });
  try {
    return make();
  } finally {
    process.emitWarning = emit;
  }
}
function isProxyUrl(v) {
  try {
    const u = new URL(v);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "";
  } catch {
    return false;
  }
}

// src/management-api/token.ts
function credentialsFromEnv(env) {
  for (const variable of ["AUTH0_ACCESS_TOKEN", "AUTH0_API_TOKEN"]) {
    const token = env[variable]?.trim();
    if (token) return { kind: "token", token, variable };
  }
  const clientId = env.AUTH0_CLIENT_ID?.trim();
  const clientSecret = env.AUTH0_CLIENT_SECRET?.trim();
  if (clientId && clientSecret) return { kind: "client-credentials", clientId, clientSecret };
  if (clientId) throw new LiveSetupError("AUTH0_CLIENT_ID is set but AUTH0_CLIENT_SECRET is not: set both (or a token in AUTH0_ACCESS_TOKEN)");
  if (clientSecret) throw new LiveSetupError("AUTH0_CLIENT_SECRET is set but AUTH0_CLIENT_ID is not: set both (or a token in AUTH0_ACCESS_TOKEN)");
  throw new LiveSetupError(
    "no credentials: set AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET (a machine-to-machine application authorized for the Auth0 Management API), or a token in AUTH0_ACCESS_TOKEN; secrets are never read from the command line"
  );
}
function tokenScopes(token) {
  const claims = tokenClaims(token);
  return typeof claims?.scope === "string" ? new Set(claims.scope.split(" ").filter(Boolean)) : void 0;
}
function tokenClaims(token) {
  const parts = token.split(".");
  if (parts.length !== 3) return void 0;
  try {
    const v = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
    return v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
  } catch {
    return void 0;
  }
}
var RENEW_MARGIN_MS = 6e4;
var MIN_TOKEN_GAP_MS = 1e4;
var TokenSource = class {
  constructor(credentials, exchange) {
    this.credentials = credentials;
    this.exchange = exchange;
    if (credentials.kind === "token") {
      this.token = credentials.token;
      this.grantedScopes = tokenScopes(credentials.token);
      this.seen.add(credentials.token);
      const exp = tokenClaims(credentials.token)?.exp;
      if (typeof exp === "number") this.expiresAt = exp * 1e3;
    } else {
      this.seen.add(credentials.clientSecret);
    }
  }
  credentials;
  exchange;
  token;
  expiresAt = Infinity;
  renewAt = Infinity;
  pending;
  grantedScopes;
  seen = /* @__PURE__ */ new Set();
  /** Whether a new token can be fetched (client credentials), as opposed to a fixed one. */
  get renewable() {
    return this.credentials.kind === "client-credentials";
  }
  /** The token's scopes, when known (from the token answer or the JWT). */
  get scopes() {
    return this.grantedScopes;
  }
  /** Whether the fixed token's own `exp` claim is in the past. */
  get expired() {
    return Date.now() >= this.expiresAt;
  }
  /** Every secret value this run has held: the client secret and each token, to redact from any output. */
  get secrets() {
    return [...this.seen];
  }
  /** Count a value the token endpoint sent as a secret (redacted from every output) though it is not used. */
  hide(value) {
    this.seen.add(value);
  }
  /** A token to send now. */
  async get() {
    if (this.pending) return this.pending;
    if (this.token && (!this.renewable || Date.now() < this.renewAt)) return this.token;
    return this.fetchNew();
  }
  /** The API refused `stale` as expired: fetch a new one (shared with other callers). Undefined when fixed. */
  async renew(stale) {
    if (!this.renewable) return void 0;
    if (this.pending) return this.pending;
    if (this.token && this.token !== stale) return this.token;
    return this.fetchNew();
  }
  fetchNew() {
    this.pending = (async () => {
      try {
        const answer = await this.exchange();
        this.token = answer.access_token;
        this.seen.add(answer.access_token);
        this.grantedScopes = typeof answer.scope === "string" ? new Set(answer.scope.split(" ").filter(Boolean)) : tokenScopes(answer.access_token);
        const now2 = Date.now();
        const life = typeof answer.expires_in === "number" && answer.expires_in > 0 ? answer.expires_in * 1e3 : Infinity;
        this.expiresAt = now2 + life;
        this.renewAt = now2 + Math.max(MIN_TOKEN_GAP_MS, life - Math.min(life / 2, RENEW_MARGIN_MS));
        return answer.access_token;
      } finally {
        this.pending = void 0;
      }
    })();
    return this.pending;
  }
};

// src/management-api/client.ts
var DEFAULT_MAX_ANSWER_BYTES = 32 * 1024 * 1024;
var ManagementApi = class {
  constructor(endpoint, credentials, options = {}) {
    this.endpoint = endpoint;
    this.o = { maxAttempts: 5, max429Attempts: 10, retryBaseMs: 500, retryCapMs: 3e4, max429WaitMs: 6e4, timeoutMs: 3e4, maxAnswerBytes: DEFAULT_MAX_ANSWER_BYTES, ...options };
    this.pacer = new Pacer(options.maxRps);
    this.tokens = new TokenSource(credentials, () => this.fetchToken(credentials));
  }
  endpoint;
  tokens;
  pacer;
  stats = { requests: 0, count429: 0, retries: 0, tokenFetches: 0 };
  o;
  fetcher;
  /** Send one request with pacing and retries; the parsed JSON answer. */
  async request(method, path5, opts = {}) {
    const { signal } = opts;
    const start = opts.startSignal && signal ? AbortSignal.any([opts.startSignal, signal]) : opts.startSignal ?? signal;
    const query = opts.query ? `?${new URLSearchParams(Object.entries(opts.query).map(([k, v]) => [k, String(v)]))}` : "";
    let attempts = 0;
    let throttled = 0;
    let renewed = false;
    for (; ; ) {
      try {
        await this.pacer.acquire(start);
      } catch {
        throw new AbortedError(method, path5, false);
      }
      const token = await this.tokens.get().catch((err2) => {
        this.pacer.settle(void 0, void 0);
        throw err2;
      });
      attempts++;
      const sent = await this.send(method, `${path5}${query}`, path5, opts.body, signal, { authorization: `Bearer ${token}` }).catch((err2) => {
        this.pacer.settle(void 0, void 0);
        throw err2;
      });
      if ("network" in sent) {
        this.pacer.settle(void 0, void 0);
        if (opts.retryUnsure === false || attempts >= this.o.maxAttempts) throw new NetworkError(method, path5, sent.network, attempts);
        await this.retryWait(this.backoff(attempts), `${method} ${path5}: ${sent.network}`, method, path5, start);
        continue;
      }
      const { res, text } = sent;
      const rate = rateHeaders(res.headers);
      this.pacer.settle(rate, res.status);
      if (res.ok) return parseJson(text, method, path5, res.status);
      const err = this.serverError(text);
      const fail = (n = attempts) => new ApiError(res.status, err.errorCode, err.message, method, path5, rate, n);
      if (res.status === 429) {
        this.stats.count429++;
        attempts--;
        if (++throttled >= this.o.max429Attempts) throw fail(throttled);
        const resetWait = rate.reset !== void 0 ? rate.reset * 1e3 - Date.now() : void 0;
        const base = rate.retryAfter !== void 0 ? rate.retryAfter * 1e3 : resetWait !== void 0 && resetWait > 0 ? resetWait : this.backoff(throttled);
        const wait = Math.min(this.o.max429WaitMs, base) + Math.random() * 250;
        this.pacer.pause(wait);
        await this.retryWait(0, `${method} ${path5}: 429, waiting ${Math.round(wait)} ms`, method, path5, start);
        continue;
      }
      if (res.status >= 500 && opts.retryUnsure !== false && attempts < this.o.maxAttempts) {
        await this.retryWait(this.backoff(attempts), `${method} ${path5}: ${res.status}`, method, path5, start);
        continue;
      }
      if (res.status === 401 && !renewed && this.tokens.renewable && /expire/i.test(err.message)) {
        renewed = true;
        attempts--;
        this.o.onRetry?.(`${method} ${path5}: the token expired; fetching a new one`);
        if (await this.tokens.renew(token)) continue;
      }
      throw fail();
    }
  }
  /**
   * One HTTP exchange; a network failure is returned as its reason. Never follows a redirect (a 3xx is a
   * RedirectError naming the Location's host), never sends to another path than the one asked for (a `..` the
   * URL parser would resolve), and never reads more than `maxAnswerBytes` of an answer (AnswerError).
   */
  async send(method, pathAndQuery, path5, body, signal, headers) {
    const url = new URL(`${this.endpoint.origin}${pathAndQuery}`);
    if (url.origin !== this.endpoint.origin || url.pathname !== path5) throw new PathSegmentError(path5);
    this.stats.requests++;
    const timeout = AbortSignal.timeout(this.o.timeoutMs);
    const fetchFn = await (this.fetcher ??= proxyFetch(this.o.env ?? {}));
    let res;
    try {
      res = await fetchFn(url.href, {
        method,
        headers: {
          accept: "application/json",
          "user-agent": `orglint/${version}`,
          ...body === void 0 ? {} : { "content-type": "application/json" },
          ...headers
        },
        body: body === void 0 ? void 0 : JSON.stringify(body),
        redirect: "manual",
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout
      });
    } catch (err) {
      if (signal?.aborted) throw new AbortedError(method, path5, true);
      return { network: networkReason(err, this.o.timeoutMs) };
    }
    if (res.status >= 300 && res.status < 400) {
      await res.body?.cancel().catch(() => void 0);
      throw new RedirectError(method, path5, res.status, locationHost(res.headers.get("location"), this.endpoint.origin));
    }
    try {
      return { res, text: await readCapped(res, this.o.maxAnswerBytes, method, path5) };
    } catch (err) {
      if (err instanceof AnswerError) throw err;
      if (signal?.aborted) throw new AbortedError(method, path5, true);
      return { network: networkReason(err, this.o.timeoutMs) };
    }
  }
  async fetchToken(c) {
    if (c.kind !== "client-credentials") throw new Error("a fixed token cannot be renewed");
    const path5 = "/oauth/token";
    const body = { grant_type: "client_credentials", client_id: c.clientId, client_secret: c.clientSecret, audience: this.endpoint.audience };
    for (let attempts = 1; ; attempts++) {
      this.stats.tokenFetches++;
      const sent = await this.send("POST", path5, path5, body, void 0, {});
      if ("network" in sent) {
        if (attempts >= this.o.maxAttempts) throw new NetworkError("POST", path5, sent.network, attempts);
        await this.retryWait(this.backoff(attempts), `POST ${path5}: ${sent.network}`, "POST", path5);
        continue;
      }
      const { res, text } = sent;
      if (res.ok) {
        const answer = parseJson(text, "POST", path5, res.status);
        if (typeof answer?.access_token !== "string") throw new ApiError(res.status, void 0, "the token answer has no access_token", "POST", path5, {}, attempts);
        if (!/^[\x21-\x7e]+$/.test(answer.access_token)) {
          this.tokens.hide(answer.access_token);
          throw new ApiError(res.status, void 0, "the token answer's access_token is not a token (empty, or it holds spaces, control or non-ASCII characters)", "POST", path5, {}, attempts);
        }
        return answer;
      }
      if ((res.status >= 500 || res.status === 429) && attempts < this.o.maxAttempts) {
        await this.retryWait(this.backoff(attempts), `POST ${path5}: ${res.status}`, "POST", path5);
        continue;
      }
      const err = this.serverError(text);
      throw new ApiError(res.status, err.errorCode, err.message, "POST", path5, rateHeaders(res.headers), attempts);
    }
  }
  /** A server's error body, its text fields cut short and cleaned of any secret this run holds, even in pieces. */
  serverError(text) {
    const err = parseErrorBody(text);
    const secrets = this.tokens.secrets;
    return { errorCode: err.errorCode === void 0 ? void 0 : redactServerText(err.errorCode, secrets), message: redactServerText(err.message, secrets) };
  }
  /** Capped exponential backoff with jitter: half fixed, half random. */
  backoff(attempt) {
    const d = Math.min(this.o.retryCapMs, this.o.retryBaseMs * 2 ** (attempt - 1));
    return d / 2 + Math.random() * d / 2;
  }
  async retryWait(ms, what, method, path5, signal) {
    this.stats.retries++;
    this.o.onRetry?.(what);
    try {
      await sleep(ms, signal);
    } catch {
      throw new AbortedError(method, path5, false);
    }
  }
};
function parseJson(text, method, path5, status) {
  try {
    return text === "" ? null : JSON.parse(text);
  } catch {
    throw new AnswerError(method, path5, status, "is not JSON");
  }
}
function locationHost(location, base) {
  if (!location) return "(no Location header)";
  try {
    return new URL(location, base).host || "(no host)";
  } catch {
    return "(an unreadable Location)";
  }
}
function byteSize(n) {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
async function readCapped(res, cap, method, path5) {
  const tooLarge = () => new AnswerError(method, path5, res.status, `is over the ${byteSize(cap)} cap on one answer (ORGLINT_MAX_ANSWER_BYTES); nothing of it was used`);
  const declared = Number(res.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > cap && !res.headers.get("content-encoding")) {
    await res.body?.cancel().catch(() => void 0);
    throw tooLarge();
  }
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks = [];
  let size = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel().catch(() => void 0);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
function networkReason(err, timeoutMs) {
  const e = err;
  if (e?.name === "TimeoutError") return `no answer within ${Math.round(timeoutMs / 1e3)} s`;
  const code = e?.cause?.code;
  if (code === "UND_ERR_SOCKET" || code === "ECONNRESET") return "the connection was closed before an answer";
  if (code) return code;
  return e?.cause?.message ?? e?.message ?? String(err);
}

// src/management-api/tenant-env.ts
var PER_TENANT_VARIABLES = ["AUTH0_CLIENT_ID", "AUTH0_CLIENT_SECRET", "AUTH0_ACCESS_TOKEN", "AUTH0_API_TOKEN", "AUTH0_AUDIENCE"];
var SECRET_VARIABLE = /^AUTH0_(CLIENT_SECRET|ACCESS_TOKEN|API_TOKEN)(__[A-Za-z0-9_]+)?$/;
function tenantEnvKey(host) {
  return host.toUpperCase().replace(/[^A-Z0-9]/g, "_");
}
function tenantEnv(env, key) {
  const view = {};
  for (const [name, value] of Object.entries(env)) if (!SECRET_VARIABLE.test(name) && !/^AUTH0_(CLIENT_ID|AUDIENCE|DOMAIN)(__|$)/.test(name)) view[name] = value;
  for (const name of PER_TENANT_VARIABLES) {
    const value = env[`${name}__${key}`];
    if (value !== void 0) view[name] = value;
  }
  return view;
}
function forTenant(message, key) {
  return message.replace(/AUTH0_DOMAIN \/ --domain|--domain or AUTH0_DOMAIN|AUTH0_DOMAIN/g, "--domain").replace(/\b(AUTH0_(?:CLIENT_ID|CLIENT_SECRET|ACCESS_TOKEN|API_TOKEN|AUDIENCE))\b/g, `$1__${key}`);
}

// src/live/session.ts
function envSecrets(env) {
  const names = Object.keys(env).filter((k) => SECRET_VARIABLE.test(k));
  return [...names.map((k) => env[k]?.trim() ?? "").filter(Boolean), ...proxySecrets(env)];
}
function redactingIO(io, more = () => []) {
  const clean = (t) => redact(t, [...envSecrets(io.env), ...more(), ...[...SESSION_SECRETS].flatMap((f) => f())]);
  const out = { ...io, stdout: (t) => io.stdout(clean(t)), stderr: (t) => io.stderr(escapeControls(clean(t))) };
  RAW_STDERR.set(out, RAW_STDERR.get(io) ?? io.stderr);
  return out;
}
function redactEverything(env) {
  return (t) => redact(t, [...envSecrets(env), ...[...SESSION_SECRETS].flatMap((f) => f())]);
}
var SESSION_SECRETS = /* @__PURE__ */ new Set();
var RAW_STDERR = /* @__PURE__ */ new WeakMap();
function parseMaxAnswerBytes(env) {
  const v = env.ORGLINT_MAX_ANSWER_BYTES?.trim();
  if (!v) return void 0;
  if (!/^\d+$/.test(v) || Number(v) < 1024) throw new LiveSetupError(`ORGLINT_MAX_ANSWER_BYTES ${JSON.stringify(v)}: expected a whole number of bytes, at least 1024`);
  return Number(v);
}
function parseMaxRps(v) {
  if (v === void 0) return void 0;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new LiveSetupError(`--max-rps ${JSON.stringify(v)}: expected a positive number of requests a second`);
  return n;
}
function openSession(io, flags) {
  const endpoint = resolveEndpoint(flags.domain, io.env);
  const credentials = credentialsFromEnv(io.env);
  proxySettings(io.env);
  let api;
  const secrets = () => api?.tokens.secrets ?? [];
  SESSION_SECRETS.add(secrets);
  const out = redactingIO(io, secrets);
  let shown = false;
  const debug = (m) => {
    if (flags.debug) out.stderr(`orglint: debug: ${flags.label ? `${flags.label}: ` : ""}${m}
`);
  };
  api = new ManagementApi(endpoint, credentials, { maxRps: parseMaxRps(flags.maxRps), onRetry: debug, maxAnswerBytes: parseMaxAnswerBytes(io.env), env: io.env });
  return {
    api,
    io: out,
    redact: (t) => redact(t, [...envSecrets(io.env), ...secrets()]),
    progress(text) {
      if (!io.stderrIsTTY) return;
      const raw = RAW_STDERR.get(io) ?? io.stderr;
      if (text === void 0) {
        if (shown) raw("\r\x1B[K");
        shown = false;
        return;
      }
      raw(`\r\x1B[K${escapeControls(text)}`);
      shown = true;
    },
    debug
  };
}
function interruptions(io, graceMs = 15e3) {
  const stop = new AbortController();
  const abandon = new AbortController();
  let timer;
  const onSignal = (sig) => {
    if (!stop.signal.aborted) {
      io.stderr(`
orglint: ${sig}: finishing the requests in flight and writing the journal (again to abandon them)
`);
      stop.abort();
      timer = setTimeout(() => abandon.abort(), graceMs);
      timer.unref();
    } else if (!abandon.signal.aborted) {
      io.stderr(`
orglint: ${sig}: abandoning the requests in flight
`);
      abandon.abort();
    }
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    stop: stop.signal,
    abandon: abandon.signal,
    interrupted: () => stop.signal.aborted,
    dispose() {
      clearTimeout(timer);
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  };
}

// src/live/run-changes.ts
var EXIT_INTERRUPTED = 130;
async function runChanges(session, run) {
  const { api, io } = session;
  const { journal, previous } = await Journal.open(run.journalFile, api.endpoint.origin, session.redact);
  try {
    if (previous.length) io.stderr(`orglint: continuing the journal ${run.journalFile}
`);
    const open3 = unsettled(previous);
    await journal.append({ type: "run", at: (/* @__PURE__ */ new Date()).toISOString(), command: run.op, tenant: api.endpoint.origin, tool: `orglint ${version}`, pid: process.pid, ...run.runEntry });
    if (open3.length) {
      const r = await recoverUnsettled(api, journal, open3, AbortSignal.timeout(12e4));
      io.stderr(`orglint: settled ${r.recovered} change${r.recovered === 1 ? "" : "s"} an earlier run left in flight
`);
      for (const f of r.failed) io.stderr(`orglint: could not settle ${f}
`);
    }
    const entries = open3.length ? (await readJournal(run.journalFile)).entries : previous;
    const changes = run.changes(entries);
    for (const e of run.planEntries?.(changes) ?? []) await journal.append(e);
    if (changes.length === 0) {
      io.stdout(run.op === "fix" ? "nothing to fix\n" : "nothing to roll back\n");
      await journal.append({ type: "end", at: (/* @__PURE__ */ new Date()).toISOString(), outcome: "done", applied: 0, conflicts: 0, failed: 0 });
      return 0;
    }
    const signals = interruptions(io);
    let report;
    try {
      report = await applyChanges(api, journal, changes, {
        op: run.op,
        concurrency: run.concurrency,
        stop: signals.stop,
        abandon: signals.abandon,
        progress: (n, total) => session.progress(`${run.op === "fix" ? "applying" : "rolling back"} ${n}/${total}`)
      });
    } finally {
      signals.dispose();
      session.progress(void 0);
    }
    const count = (o) => report.results.filter((r) => r.outcome === o).length;
    const applied = count("applied") + count("already");
    const troubled = count("conflict") + count("failed") + count("unknown");
    const interrupted = signals.interrupted();
    await journal.append({
      type: "end",
      at: (/* @__PURE__ */ new Date()).toISOString(),
      outcome: interrupted ? "interrupted" : report.fatal ? "stopped" : "done",
      applied,
      conflicts: count("conflict"),
      failed: count("failed") + count("unknown")
    });
    io.stdout(resultLines(report.results, run.op === "fix" ? { done: "applied", doing: "applying" } : { done: "restored", doing: "restoring" }));
    if (report.notStarted) io.stdout(`not started: ${report.notStarted} client${report.notStarted === 1 ? "" : "s"}${interrupted ? " (interrupted: run the same command again to continue)" : ""}
`);
    io.stdout(`journal: ${escapeLine(run.journalFile)}
`);
    if (report.fatal) io.stderr(`orglint: stopped: ${report.fatal}
`);
    if (interrupted) return EXIT_INTERRUPTED;
    if (report.fatal) return applied === 0 ? 2 : 1;
    return troubled || report.notStarted ? 1 : 0;
  } finally {
    await journal.close();
  }
}
function printPlan(session, title, changes, yes) {
  const fields = changes.reduce((n, c) => n + Object.keys(c.body).length, 0);
  session.io.stdout(`${title}: ${fields} change${fields === 1 ? "" : "s"} to ${changes.length} client${changes.length === 1 ? "" : "s"}
`);
  if (changes.length) session.io.stdout(planTable(changes));
  if (!yes && changes.length) session.io.stdout("nothing was sent: run again with --yes to apply this plan\n");
}

// src/cli/audit-tenants.ts
import { mkdir } from "node:fs/promises";
import path3 from "node:path";

// src/live/read-tenants.ts
var TENANTS_AT_ONCE = 16;
function tenantsOf(domains) {
  const seen = /* @__PURE__ */ new Map();
  const keys = /* @__PURE__ */ new Map();
  return domains.map((d) => {
    if (!d.trim()) throw new UsageError(`--domain ${JSON.stringify(d)}: no tenant named (give each --domain a domain or URL)`);
    const { origin, host } = resolveEndpoint(d, {});
    const same = origin.replace(/\.(?=(?::\d+)?$)/, "");
    if (seen.has(same)) throw new UsageError(`--domain ${JSON.stringify(d)}: the tenant ${seen.get(same)} is named twice`);
    seen.set(same, origin);
    const key = tenantEnvKey(host);
    const other = keys.get(key);
    if (other) {
      throw new UsageError(
        `--domain ${other} and --domain ${host} both take their credentials from AUTH0_CLIENT_ID__${key} (the suffix is the host with every character but letters and digits as _): audit them in separate runs`
      );
    }
    keys.set(key, host);
    return { origin, host, key };
  });
}
async function readTenants(io, domains, opts) {
  const tenants = tenantsOf(domains);
  parseMaxRps(opts.maxRps);
  parseMaxAnswerBytes(io.env);
  proxySettings(io.env);
  const reads = await mapLimit(tenants, TENANTS_AT_ONCE, async (t) => {
    let session;
    try {
      session = openSession({ ...io, env: tenantEnv(io.env, t.key) }, { domain: t.origin, maxRps: opts.maxRps, debug: opts.debug, label: t.host });
      const s = session;
      const snapshot = await readTenant(s.api, { concurrency: opts.concurrency, progress: (what, n, total) => s.progress(`${t.host}: reading ${what}: ${n}${total ? `/${total}` : ""}`) });
      return { ...t, snapshot, session };
    } catch (err) {
      const why = session ? explainError(err, session.api.endpoint, session.api.tokens.credentials).message : err.message;
      return { ...t, failure: forTenant(why, t.key), session };
    } finally {
      session?.progress(void 0);
    }
  });
  const clean = redactEverything(io.env);
  const secrets = [...Object.keys(io.env).filter((k) => SECRET_VARIABLE.test(k)).map((k) => io.env[k]?.trim() ?? ""), ...proxySecrets(io.env)].filter(Boolean);
  const reason = (text) => redactServerText(clean(text), secrets, Infinity);
  for (const r of reads) for (const note of r.snapshot?.notes ?? []) io.stderr(`orglint: ${r.host}: ${note}
`);
  return reads.map(
    ({ session: _, ...r }) => r.snapshot ? { ...r, snapshot: redactDeep(r.snapshot, clean) } : { ...r, failure: escapeLine(reason(r.failure ?? "not read")) }
  );
}

// src/cli/audit-tenants.ts
function snapshotName(host) {
  return `${host.replace(/[^A-Za-z0-9.-]/g, "_")}.json`;
}
function mergeSkips(lists) {
  const merged = /* @__PURE__ */ new Map();
  for (const list of lists) {
    for (const s of list) {
      const key = `${s.ruleId}\0${s.reason}`;
      const seen = merged.get(key);
      if (!seen) merged.set(key, { ...s, tenants: [...s.tenants] });
      else for (const t of s.tenants) if (!seen.tenants.includes(t)) seen.tenants.push(t);
    }
  }
  return [...merged.values()].sort((a, b) => a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0);
}
async function auditSeveral(io, domains, o) {
  const { v } = o;
  const reads = await readTenants(io, domains, { maxRps: v["max-rps"], debug: Boolean(v.debug), concurrency: o.workers });
  for (const r of reads) if (r.failure) io.stderr(`orglint: ${r.host}: not audited: ${r.failure}
`);
  if (typeof v.snapshot === "string") {
    const dir = path3.resolve(io.cwd, v.snapshot);
    for (const r of reads) {
      if (!r.snapshot) continue;
      const shown2 = path3.join(v.snapshot, snapshotName(r.host));
      await mkdir(dir, { recursive: true }).then(() => writeFileAtomic(path3.join(dir, snapshotName(r.host)), snapshotText(r.snapshot))).catch((err) => {
        throw new UsageError(`cannot write ${shown2}: ${err.message}`);
      });
      io.stderr(`orglint: wrote ${shown2} (${r.snapshot.clients.length} clients): lint it offline with orglint ${shown2}
`);
    }
  }
  const findings = [];
  const shown = [];
  const skips = [];
  const tenants = [];
  let files = 0;
  let clients = 0;
  for (const r of reads) {
    if (!r.snapshot) {
      tenants.push({ tenant: r.origin, audited: false, clients: 0, errors: 0, warnings: 0, infos: 0, reason: r.failure });
      continue;
    }
    const result = auditSnapshot(r.snapshot, o.rules, o.settings);
    findings.push(...result.findings);
    shown.push(...v.quiet ? result.findings.filter((f) => f.severity === "error") : result.findings);
    skips.push(result.skippedRules);
    files += result.summary.files;
    clients += result.summary.clients;
    const s = result.summary;
    tenants.push({ tenant: r.origin, audited: true, clients: s.clients, errors: s.errors, warnings: s.warnings, infos: s.infos });
  }
  const all = summarize(findings, files, clients);
  await writeOutputs(
    o.outputs,
    { findings: shown, summary: all, rules: o.rules, cwd: io.cwd, toolVersion: version, notes: { skippedRules: mergeSkips(skips), tenants, ...v.quiet ? { quietHidden: { warnings: all.warnings, infos: all.infos } } : {} } },
    io,
    o.color
  );
  const failed = tenants.filter((t) => !t.audited);
  if (failed.length) {
    io.stderr(`orglint: ${failed.length} of ${tenants.length} tenants not audited (${failed.map((t) => t.tenant).join(", ")}): nothing was checked there
`);
    return 2;
  }
  if (all.errors > 0) return 1;
  if (o.maxWarnings >= 0 && all.warnings > o.maxWarnings) {
    io.stderr(`orglint: ${all.warnings} warnings, more than --max-warnings ${o.maxWarnings}
`);
    return 1;
  }
  return 0;
}

// src/cli/live-commands.ts
var COLOR = "\0color";
var LIVE_COMMON_OPTIONS = {
  live: { type: "boolean" },
  // repeatable for audit (several tenants in one run); fix and rollback refuse more than one
  domain: { type: "string", multiple: true },
  config: { type: "string", short: "c" },
  rule: { type: "string", multiple: true },
  "max-rps": { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  "no-plugins": { type: "boolean" },
  debug: { type: "boolean" }
};
var COMMON = LIVE_COMMON_OPTIONS;
var AUDIT_OPTIONS = {
  ...COMMON,
  format: { type: "string", short: "f", multiple: true },
  "output-file": { type: "string", short: "o" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean" },
  snapshot: { type: "string" },
  concurrency: { type: "string" }
};
var FIX_OPTIONS = { ...COMMON, unsafe: { type: "boolean" }, yes: { type: "boolean", short: "y" }, journal: { type: "string" }, concurrency: { type: "string" } };
var ROLLBACK_OPTIONS = { ...COMMON, yes: { type: "boolean", short: "y" }, journal: { type: "string" }, concurrency: { type: "string" } };
var SECRET_FLAG = /^--?(client[-_]?secret|secret|token|access[-_]?token|api[-_]?token|client[-_]?id|password)(=|$)/i;
function parse2(command, argv, options) {
  const secret = argv.find((a) => SECRET_FLAG.test(a));
  if (secret) {
    throw new UsageError(
      `${secret.split("=")[0]}: credentials are never accepted on the command line (they end up in shell history and process lists); set AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET, or AUTH0_ACCESS_TOKEN, in the environment`
    );
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true, tokens: true });
  } catch (err) {
    const m = /^Unknown option '([^'=]*)/.exec(err.message);
    throw new UsageError(m ? `orglint ${command}: unknown option ${m[1]} (orglint ${command} --help lists its options)` : `orglint ${command}: ${err.message.split(".")[0]}`);
  }
  if (parsed.positionals.length) throw new UsageError(`orglint ${command} takes no paths or other arguments (got ${parsed.positionals.length}); see orglint --help`);
  const values = { ...parsed.values };
  values[COLOR] = colorFlags(parsed.tokens);
  return values;
}
async function guarded(io, body) {
  const safe = redactingIO(io);
  try {
    return await body(safe);
  } catch (err) {
    if (err instanceof LiveSetupError || err instanceof UsageError) safe.stderr(`orglint: ${err.message}
`);
    else if (err.orglintExplained) safe.stderr(`orglint: ${err.orglintExplained}
`);
    else {
      safe.stderr(`orglint: internal error: ${err?.message ?? String(err)}
`);
      if (io.env.ORGLINT_DEBUG) safe.stderr(`${err?.stack ?? ""}
`);
    }
    return 2;
  }
}
async function read(session, concurrency2) {
  try {
    const snapshot = await readTenant(session.api, { concurrency: concurrency2, progress: (what, n, total) => session.progress(`reading ${what}: ${n}${total ? `/${total}` : ""}`) });
    for (const note of snapshot.notes) session.io.stderr(`orglint: ${note}
`);
    return redactDeep(snapshot, session.redact);
  } catch (err) {
    throw Object.assign(new Error("read failed"), { orglintExplained: explainError(err, session.api.endpoint, session.api.tokens.credentials).message });
  } finally {
    session.progress(void 0);
  }
}
function oneDomain(command, v) {
  const list = v.domain;
  if (list && list.length > 1) {
    throw new UsageError(`orglint ${command} changes one tenant at a time (got --domain ${list.length} times): run it once per tenant; orglint audit --live reads several in one run`);
  }
  return list?.[0];
}
function sessionFor(io, v, command) {
  return openSession(io, { domain: oneDomain(command, v), maxRps: v["max-rps"], debug: Boolean(v.debug) });
}
function lock(session, io, journalFile, command) {
  const { origin, host } = session.api.endpoint;
  const machine = io.env.ORGLINT_LOCK_DIR?.trim() || machineLockDir();
  const places = [{ dir: path4.dirname(journalFile) }, { dir: io.cwd, optional: true }, ...machine ? [{ dir: machine, optional: !io.env.ORGLINT_LOCK_DIR?.trim() }] : []];
  return lockTenant(places, origin, host, command, (m) => session.io.stderr(`orglint: ${m}
`));
}
function concurrency(v) {
  if (v === void 0) return 8;
  if (typeof v !== "string" || !/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 64) throw new UsageError(`--concurrency ${String(v)}: expected a whole number from 1 to 64`);
  return Number(v);
}
function auditCommand(argv, io) {
  return guarded(io, async (io2) => {
    const v = parse2("audit", argv, AUDIT_OPTIONS);
    if (!v.live) throw new UsageError("orglint audit reads a live tenant: add --live (to lint files, run orglint PATHS)");
    const outputs = withOutputFile(parseOutputs(v.format), v["output-file"]);
    const workers = concurrency(v.concurrency);
    const maxWarnings = v["max-warnings"] === void 0 ? -1 : Number(v["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || v["max-warnings"] !== void 0 && maxWarnings < 0) throw new UsageError(`--max-warnings ${String(v["max-warnings"])}: expected a whole number`);
    const config = await resolveConfig(io2, v.config, void 0, { plugins: !v["no-plugins"] });
    const rules = rulesOf(config);
    const settings = new RuleSettings(config, rules, parseRuleFlags(v.rule, rules));
    const domains = v.domain;
    if (domains && domains.length > 1) {
      return auditSeveral(io2, domains, { v, outputs, workers, maxWarnings, rules, settings, color: Boolean(wantColor(v[COLOR], io2.env, io2.stdoutIsTTY)) });
    }
    const session = sessionFor(io2, v, "audit");
    const snapshot = await read(session, workers);
    if (typeof v.snapshot === "string") {
      const file = path4.resolve(io2.cwd, v.snapshot);
      await mkdir2(path4.dirname(file), { recursive: true }).then(() => writeFileAtomic(file, snapshotText(snapshot))).catch((err) => {
        throw new UsageError(`cannot write ${v.snapshot}: ${err.message}`);
      });
      session.io.stderr(`orglint: wrote ${v.snapshot} (${snapshot.clients.length} clients): lint it offline with orglint ${v.snapshot}
`);
    }
    const result = auditSnapshot(snapshot, rules, settings);
    const shown = v.quiet ? result.findings.filter((f) => f.severity === "error") : result.findings;
    const color = wantColor(v[COLOR], io2.env, io2.stdoutIsTTY);
    await writeOutputs(
      outputs,
      {
        findings: shown,
        summary: result.summary,
        rules,
        cwd: io2.cwd,
        toolVersion: version,
        notes: { skippedRules: result.skippedRules, ...v.quiet ? { quietHidden: { warnings: result.summary.warnings, infos: result.summary.infos } } : {} }
      },
      session.io,
      Boolean(color)
    );
    if (result.summary.errors > 0) return 1;
    if (maxWarnings >= 0 && result.summary.warnings > maxWarnings) {
      session.io.stderr(`orglint: ${result.summary.warnings} warnings, more than --max-warnings ${maxWarnings}
`);
      return 1;
    }
    return 0;
  });
}
function fixCommand(argv, io) {
  return guarded(io, async (io2) => {
    const v = parse2("fix", argv, FIX_OPTIONS);
    oneDomain("fix", v);
    if (!v.live) throw new UsageError("orglint fix changes a live tenant: add --live; to fix files, run orglint --fix PATHS");
    const workers = concurrency(v.concurrency);
    const config = await resolveConfig(io2, v.config, void 0, { plugins: !v["no-plugins"] });
    const rules = rulesOf(config);
    const settings = new RuleSettings(config, rules, parseRuleFlags(v.rule, rules));
    const session = sessionFor(io2, v, "fix");
    const mode = v.unsafe ? "unsafe" : "safe";
    const { origin, host } = session.api.endpoint;
    let journalFile;
    let unlock = async () => void 0;
    if (v.yes) {
      const given = typeof v.journal === "string" ? path4.resolve(io2.cwd, v.journal) : void 0;
      journalFile = given ?? await findUnfinishedJournal(io2.cwd, host) ?? path4.join(io2.cwd, defaultJournalName(host));
      unlock = await lock(session, io2, journalFile, "orglint fix --live --yes");
    }
    try {
      if (journalFile && existsSync(journalFile)) await inspectJournal(journalFile, origin);
      const snapshot = await read(session, workers);
      const plan = planFixes(snapshot, rules, settings, mode);
      const changes = plan.changes.map((c) => ({ clientId: c.clientId, name: c.name, expect: { ...c.basis, ...c.before }, body: c.body }));
      printPlan(session, `plan for ${origin} (${mode} fixes)`, changes, Boolean(v.yes));
      if (plan.notApplied) session.io.stdout(`${plan.notApplied} fix${plan.notApplied === 1 ? "" : "es"} for client grants or organizations are not applied live (only clients are updated)
`);
      if (!journalFile) return 0;
      const scopes = session.api.tokens.scopes;
      if (changes.length && scopes && !scopes.has("update:clients")) {
        throw new LiveSetupError("the token lacks the update:clients scope that fixes need (nothing was changed); grant it to the application under Dashboard > Applications > APIs > Auth0 Management API");
      }
      if (changes.length === 0 && !existsSync(journalFile)) {
        session.io.stdout("nothing to fix\n");
        return 0;
      }
      return await runChanges(session, {
        op: "fix",
        journalFile,
        changes: () => changes,
        runEntry: { mode },
        concurrency: workers,
        planEntries: () => plan.changes.map(
          (c) => ({ type: "plan", at: (/* @__PURE__ */ new Date()).toISOString(), client_id: c.clientId, name: c.name, before: c.before, body: c.body, rules: c.fixes.map((f) => f.ruleId) })
        )
      });
    } finally {
      await unlock();
    }
  });
}
function rollbackCommand(argv, io) {
  return guarded(io, async (io2) => {
    const v = parse2("rollback", argv, ROLLBACK_OPTIONS);
    oneDomain("rollback", v);
    if (typeof v.journal !== "string") throw new UsageError("orglint rollback needs --journal FILE (the journal orglint fix --live --yes wrote)");
    const workers = concurrency(v.concurrency);
    const journalFile = path4.resolve(io2.cwd, v.journal);
    if (!existsSync(journalFile)) throw new UsageError(`journal not found: ${v.journal}`);
    const { entries } = await readJournal(journalFile);
    const run = entries.find((e) => e.type === "run");
    if (!run || run.type !== "run") throw new UsageError(`${v.journal} is not an orglint journal (no run line)`);
    if (v.domain === void 0 && !io2.env.AUTH0_DOMAIN?.trim()) {
      throw new LiveSetupError(
        `orglint rollback needs the tenant in --domain or AUTH0_DOMAIN, the same as the journal's (${escapeLine(run.tenant)}): credentials are never sent to a host that only a journal names`
      );
    }
    const session = sessionFor(io2, v, "rollback");
    const { origin } = session.api.endpoint;
    const other = entries.find((e) => e.type === "run" && e.tenant !== origin);
    if (other && other.type === "run") {
      throw new LiveSetupError(`the journal ${v.journal} is for ${escapeLine(other.tenant)}, but AUTH0_DOMAIN / --domain names ${origin}`);
    }
    await inspectJournal(journalFile, origin);
    const unlock = v.yes ? await lock(session, io2, journalFile, "orglint rollback --yes") : async () => void 0;
    try {
      const { changes: planned, refused } = rollbackPlan(entries);
      for (const r of refused) {
        const why = r.why === "not-a-fix-field" ? "no orglint fix changes that field" : "the journal's plan for that client does not list it";
        session.io.stderr(`orglint: not restoring ${escapeLine(r.field)} of ${escapeLine(JSON.stringify(r.name))} (${escapeLine(r.clientId)}): ${why}; the journal may have been edited
`);
      }
      printPlan(session, `rollback plan for ${origin}`, planned, Boolean(v.yes));
      if (!v.yes) return 0;
      if (planned.length === 0) {
        session.io.stdout("nothing to roll back\n");
        return 0;
      }
      return await runChanges(session, { op: "rollback", journalFile, changes: (all) => rollbackChanges(all), runEntry: {}, concurrency: workers });
    } finally {
      await unlock();
    }
  });
}
export {
  AUDIT_OPTIONS,
  FIX_OPTIONS,
  LIVE_COMMON_OPTIONS,
  ROLLBACK_OPTIONS,
  auditCommand,
  fixCommand,
  rollbackCommand
};
