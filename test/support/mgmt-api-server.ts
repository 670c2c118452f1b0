/**
 * A Management API test server: real HTTP on 127.0.0.1 (random port). Token endpoint, paginated reads, client
 * PATCH validated like the API, scopes from the token, a token-bucket rate limit with the API's three headers,
 * and fault injection. Used by test/live/ and by bench/live-fix.mjs (bundled on the fly there).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { newSigningKey, signJwt, verifyJwt, type TokenClaims } from './mgmt-api-auth';
import { apiError, applyPatch, validatePatch, type ApiErrorAnswer } from './mgmt-api-validate';

type Obj = Record<string, unknown>;

/** A machine-to-machine application that may get tokens from `POST /oauth/token`. */
export interface M2MApp {
  client_id: string;
  client_secret: string;
  /** scopes granted for the Management API; undefined: the app is not authorized for it at all */
  scopes?: string[];
  /** false: tokens of this app get 401 "Client is not global" */
  global?: boolean;
}

/** A scripted fault: the next `times` requests matching `method`/`path` get this instead of the real answer. */
export interface Fault {
  method?: string;
  /** a substring of, or a pattern for, the path (query excluded) */
  path?: string | RegExp;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** close the connection without answering */
  drop?: boolean;
  /** handle the request normally, then drop the connection before answering */
  dropAfterHandling?: boolean;
  /** how many requests it hits (default 1; Infinity for all) */
  times?: number;
  /** answer a redirect to this URL (status 307 unless `status` says otherwise) */
  redirectTo?: string;
  /** send this text as the body, as is (not JSON-encoded), with content-type text/html */
  raw?: string;
  /** stream a body of this many bytes (written in 64 KiB chunks, never held whole), e.g. an oversized page */
  oversizeBytes?: number;
  /** handle the request normally (a PATCH lands), then answer with this fault instead of the real answer */
  afterHandling?: boolean;
  /** the body from the request's Authorization header (to echo a token back in some spelling) */
  bodyFrom?: (authorization: string | undefined) => unknown;
  /** answer by hand, for what the other knobs cannot say (headers then silence, a gzip bomb, a lying Content-Length) */
  respond?: (res: ServerResponse, req: IncomingMessage) => void;
}

/** The tenant the server starts with, and how it behaves (rate limit, latency, faults). */
export interface ServerOptions {
  clients?: Obj[];
  clientGrants?: Obj[];
  /** organizations; `enabled_connections` on each (removed from the organization itself) */
  organizations?: Obj[];
  apps?: M2MApp[];
  /** the real lifetime of issued tokens, seconds (default 86400) */
  tokenLifetimeSec?: number;
  /** what the token answer claims as `expires_in` (default: the real lifetime) */
  reportedExpiresIn?: number;
  /** token bucket over Management API requests; null: no limit (headers still sent) */
  rateLimit?: { burst: number; perSecond: number } | null;
  /** send `Retry-After` with 429 (default true) */
  retryAfter?: boolean;
  /** delay before each answer, ms: a number or [min, max] */
  latencyMs?: number | [number, number];
  /** chance (0..1) of a random 500/503 / dropped connection per request */
  errorRate?: number;
  dropRate?: number;
  /** false: setting organization fields answers 403 operation_not_supported */
  organizationsFeature?: boolean;
  /** seed for the random faults and latencies */
  seed?: number;
}

/** What a test can see of what happened. */
export interface RequestRecord {
  method: string;
  path: string;
  status: number;
  at: number;
  clientId?: string;
  body?: unknown;
}

/** Called before each Management API request is handled; may change state (a concurrent writer). */
export type RequestHook = (req: { method: string; path: string; clientId?: string }) => void | Promise<void>;

/** A running test server: its URL, its state (clients as stored), what it saw, and knobs for tests. */
export interface MgmtApiServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `127.0.0.1:PORT` */
  host: string;
  clients: Map<string, Obj>;
  requests: RequestRecord[];
  /** successful PATCHes per client id */
  patches: Map<string, number>;
  count429: number;
  tokensIssued: number;
  /** every request's Authorization header and body, as received (to check whose credentials reached it) */
  received: string[];
  inject(fault: Fault): void;
  onRequest(hook: RequestHook): void;
  /** a token signed by this server for an app id and scopes (for AUTH0_ACCESS_TOKEN tests) */
  mintToken(opts: { scopes: string[]; clientId?: string; lifetimeSec?: number }): string;
  /** a well-formed token signed by another tenant's key */
  foreignToken(scopes: string[]): string;
  setOptions(opts: Partial<ServerOptions>): void;
  close(): Promise<void>;
}

/** Start a server on 127.0.0.1 with a random port. */
export async function startMgmtApiServer(options: ServerOptions = {}): Promise<MgmtApiServer> {
  let opts: ServerOptions = { retryAfter: true, organizationsFeature: true, tokenLifetimeSec: 86400, ...options };
  const key = newSigningKey();
  const clients = new Map<string, Obj>((options.clients ?? []).map((c) => [String(c.client_id), structuredClone(c)]));
  const grants = (options.clientGrants ?? []).map((g) => structuredClone(g));
  const orgConnections = new Map<string, Obj[]>();
  const organizations = (options.organizations ?? []).map((o) => {
    const { enabled_connections, ...org } = structuredClone(o);
    orgConnections.set(String(org.id), (enabled_connections as Obj[]) ?? []);
    return org;
  });
  const apps = new Map((options.apps ?? []).map((a) => [a.client_id, a]));
  const faults: (Fault & { left: number })[] = [];
  const hooks: RequestHook[] = [];
  const sockets = new Set<Socket>();
  let random = mulberry32(options.seed ?? 1);
  let bucket = { tokens: opts.rateLimit?.burst ?? 0, at: performance.now() };

  const state = {
    requests: [] as RequestRecord[],
    patches: new Map<string, number>(),
    count429: 0,
    tokensIssued: 0,
    received: [] as string[],
  };
  let host = '';

  const issuer = () => `http://${host}/`;
  const audience = () => `http://${host}/api/v2/`;
  const mint = (claims: Partial<TokenClaims> & { scope: string; azp: string }, lifetimeSec: number, signKey = key) => {
    // exp keeps milliseconds, so a short lifetime in tests is exact
    const nowSec = Date.now() / 1000;
    return signJwt({ iss: issuer(), sub: `${claims.azp}@clients`, aud: audience(), iat: Math.floor(nowSec), exp: nowSec + lifetimeSec, gty: 'client-credentials', ...claims }, signKey);
  };

  /** take one token from the bucket; the headers to send either way */
  function rateLimit(): { ok: boolean; headers: Record<string, string> } {
    const rl = opts.rateLimit;
    const nowSec = Date.now() / 1000;
    if (!rl) return { ok: true, headers: { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '999', 'x-ratelimit-reset': String(Math.ceil(nowSec)) } };
    const t = performance.now();
    bucket.tokens = Math.min(rl.burst, bucket.tokens + ((t - bucket.at) / 1000) * rl.perSecond);
    bucket.at = t;
    const ok = bucket.tokens >= 1;
    if (ok) bucket.tokens -= 1;
    const headers: Record<string, string> = {
      'x-ratelimit-limit': String(rl.burst),
      'x-ratelimit-remaining': String(Math.floor(bucket.tokens)),
      'x-ratelimit-reset': String(Math.ceil(nowSec + (rl.burst - bucket.tokens) / rl.perSecond)),
    };
    if (!ok && opts.retryAfter) headers['retry-after'] = String(Math.ceil((1 - bucket.tokens) / rl.perSecond));
    return { ok, headers };
  }

  function takeFault(method: string, path: string): Fault | undefined {
    const i = faults.findIndex(
      (f) => (!f.method || f.method === method) && (!f.path || (typeof f.path === 'string' ? path.includes(f.path) : f.path.test(path))),
    );
    if (i === -1) return undefined;
    const f = faults[i];
    if (--f.left <= 0) faults.splice(i, 1);
    return f;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    state.received.push(`${req.headers.authorization ?? ''}\n${raw}`);
    const lat = opts.latencyMs;
    const delay = typeof lat === 'number' ? lat : lat ? lat[0] + random() * (lat[1] - lat[0]) : 0;
    if (delay > 0) await sleep(delay);
    const clientMatch = /^\/api\/v2\/clients\/([^/]+)$/.exec(url.pathname);
    const clientId = clientMatch ? decodeURIComponent(clientMatch[1]) : undefined;
    const record: RequestRecord = { method, path: url.pathname, status: 0, at: Date.now(), clientId };
    state.requests.push(record);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      if (status === 429) state.count429++;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    const sendError = (e: ApiErrorAnswer, headers: Record<string, string> = {}) => send(e.status, e.body, headers);

    /** the answer a fault scripts: a redirect, a raw or oversized body, or a status with a body */
    const sendFault = (f: Fault, headers: Record<string, string> = {}) => {
      if (f.respond) {
        record.status = f.status ?? 200;
        return f.respond(res, req);
      }
      if (f.redirectTo) return send(f.status ?? 307, { moved: true }, { ...headers, location: f.redirectTo, ...f.headers });
      if (f.raw !== undefined || f.oversizeBytes !== undefined) {
        record.status = f.status ?? 200;
        res.writeHead(record.status, { 'content-type': f.raw !== undefined ? 'text/html' : 'application/json', ...headers, ...f.headers });
        if (f.raw !== undefined) return void res.end(f.raw);
        return streamBytes(res, f.oversizeBytes!);
      }
      const body = f.bodyFrom ? f.bodyFrom(req.headers.authorization) : (f.body ?? apiError(f.status ?? 500, 'Injected fault').body);
      return send(f.status ?? 500, body, { ...headers, ...f.headers });
    };

    const fault = takeFault(method, url.pathname);
    if (url.pathname === '/oauth/token' && method === 'POST') {
      if (fault?.drop) {
        record.status = -1;
        req.socket.destroy();
        return;
      }
      if (fault) return sendFault(fault);
      return tokenEndpoint(raw, req.headers['content-type'] ?? '', send);
    }
    if (!url.pathname.startsWith('/api/v2/')) return sendError(apiError(404, 'Not Found'));

    if (fault?.drop || (!fault && opts.dropRate && random() < opts.dropRate)) {
      record.status = -1;
      req.socket.destroy();
      return;
    }
    const limited = rateLimit();
    if (fault && !fault.dropAfterHandling && !fault.afterHandling) return sendFault(fault, limited.headers);
    if (!limited.ok) return sendError(apiError(429, 'Too Many Requests', 'too_many_requests'), limited.headers);
    if (opts.errorRate && random() < opts.errorRate) {
      const status = random() < 0.5 ? 500 : 503;
      return sendError(apiError(status, status === 500 ? 'Internal Server Error' : 'Service Unavailable'), limited.headers);
    }

    const auth = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '');
    if (!auth) return sendError(apiError(401, 'Missing authentication'), limited.headers);
    const verified = verifyJwt(auth[1], key, Date.now() / 1000);
    if ('problem' in verified) return sendError(apiError(401, verified.problem), limited.headers);
    const app = apps.get(verified.claims.azp);
    if (app && app.global === false) return sendError(apiError(401, 'Client is not global'), limited.headers);
    const scopes = new Set(verified.claims.scope.split(' ').filter(Boolean));
    const need = (...any: string[]) => {
      if (any.some((s) => scopes.has(s))) return true;
      sendError(apiError(403, `Insufficient scope, expected any of: ${any.join(',')}`, 'insufficient_scope'), limited.headers);
      return false;
    };

    for (const hook of hooks) await hook({ method, path: url.pathname, clientId });
    const q = url.searchParams;
    const answer = (status: number, body: unknown) => {
      if (fault?.dropAfterHandling) {
        record.status = -1;
        req.socket.destroy();
        return;
      }
      if (fault?.afterHandling) return sendFault(fault, limited.headers);
      send(status, body, limited.headers);
    };

    if (url.pathname === '/api/v2/clients' && method === 'GET') {
      if (!need('read:clients')) return;
      const page = paginate([...clients.values()].map((c) => pickFields(c, q)), q, 'clients');
      if ('status' in page) return sendError(page, limited.headers);
      return answer(200, page.body);
    }
    if (clientMatch) {
      if (!/^[A-Za-z0-9_-]+$/.test(clientId!)) {
        return sendError(apiError(400, `Path validation error: 'String does not match pattern ^[A-Za-z0-9_-]+$' on property id (ID of the client).`, 'invalid_uri'), limited.headers);
      }
      const current = clients.get(clientId!);
      if (method === 'GET') {
        if (!need('read:clients', 'read:client_keys')) return;
        if (!current) return sendError(apiError(404, 'The client does not exist', 'inexistent_client'), limited.headers);
        return answer(200, pickFields(current, q));
      }
      if (method === 'PATCH') {
        if (!need('update:clients', 'update:client_keys')) return;
        let body: unknown;
        try {
          body = JSON.parse(raw || 'null');
        } catch {
          return sendError(apiError(400, 'Invalid request payload JSON format', 'invalid_body'), limited.headers);
        }
        record.body = body;
        if (!current) return sendError(apiError(404, 'The client does not exist', 'inexistent_client'), limited.headers);
        const problem = validatePatch(body, current, scopes, { organizationsFeature: opts.organizationsFeature !== false });
        if (problem) return sendError(problem, limited.headers);
        const next = applyPatch(current, body as Obj);
        clients.set(clientId!, next);
        state.patches.set(clientId!, (state.patches.get(clientId!) ?? 0) + 1);
        return answer(200, next);
      }
    }
    if (url.pathname === '/api/v2/client-grants' && method === 'GET') {
      if (!need('read:client_grants')) return;
      const page = paginate(grants, q, 'client_grants');
      if ('status' in page) return sendError(page, limited.headers);
      return answer(200, page.body);
    }
    if (url.pathname === '/api/v2/organizations' && method === 'GET') {
      if (!need('read:organizations')) return;
      if (!opts.organizationsFeature) return sendError(apiError(403, 'The account is not allowed to perform this operation.', 'operation_not_supported'), limited.headers);
      const page = paginate(organizations, q, 'organizations');
      if ('status' in page) return sendError(page, limited.headers);
      return answer(200, page.body);
    }
    const conn = /^\/api\/v2\/organizations\/([^/]+)\/enabled_connections$/.exec(url.pathname);
    if (conn && method === 'GET') {
      if (!need('read:organization_connections')) return;
      const list = orgConnections.get(decodeURIComponent(conn[1]));
      if (!list) return sendError(apiError(404, 'No organization found by that id or name', 'inexistent_organization'), limited.headers);
      const page = paginate(list, q, 'enabled_connections');
      if ('status' in page) return sendError(page, limited.headers);
      return answer(200, page.body);
    }
    return sendError(apiError(404, 'Not Found'), limited.headers);
  }

  function tokenEndpoint(raw: string, type: string, send: (s: number, b: unknown) => void) {
    let p: Obj = {};
    try {
      p = type.includes('json') ? (JSON.parse(raw) as Obj) : Object.fromEntries(new URLSearchParams(raw));
    } catch {
      return send(400, { error: 'invalid_request', error_description: 'Invalid JSON' });
    }
    if (p.grant_type !== 'client_credentials') return send(400, { error: 'unsupported_grant_type', error_description: 'Unsupported grant type' });
    const app = apps.get(String(p.client_id));
    if (!app || app.client_secret !== p.client_secret) return send(401, { error: 'access_denied', error_description: 'Unauthorized' });
    if (p.audience !== audience()) return send(403, { error: 'access_denied', error_description: `Service not enabled within domain: ${String(p.audience)}` });
    if (!app.scopes) {
      return send(403, {
        error: 'access_denied',
        error_description: `Client is not authorized to access "${audience()}". You need to create a "client-grant" associated to this API.`,
      });
    }
    state.tokensIssued++;
    const life = opts.tokenLifetimeSec ?? 86400;
    const scope = app.scopes.join(' ');
    send(200, { access_token: mint({ azp: app.client_id, scope }, life), scope, expires_in: opts.reportedExpiresIn ?? life, token_type: 'Bearer' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ statusCode: 500, error: 'Internal Server Error', message: String(err) }));
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  host = `127.0.0.1:${port}`;

  return {
    url: `http://${host}`,
    host,
    clients,
    get requests() {
      return state.requests;
    },
    get patches() {
      return state.patches;
    },
    get count429() {
      return state.count429;
    },
    received: state.received,
    get tokensIssued() {
      return state.tokensIssued;
    },
    inject: (f) => faults.push({ ...f, left: f.times ?? 1 }),
    onRequest: (h) => hooks.push(h),
    mintToken: ({ scopes, clientId = 'test-app', lifetimeSec = 3600 }) => mint({ azp: clientId, scope: scopes.join(' ') }, lifetimeSec),
    foreignToken: (scopes) => mint({ azp: 'test-app', scope: scopes.join(' ') }, 3600, newSigningKey()),
    setOptions(o) {
      opts = { ...opts, ...o };
      if (o.rateLimit !== undefined) bucket = { tokens: o.rateLimit?.burst ?? 0, at: performance.now() };
      if (o.seed !== undefined) random = mulberry32(o.seed);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** `page`/`per_page`/`include_totals` paging (and `from`/`take` checkpoints), like the API. */
function paginate(list: Obj[], q: URLSearchParams, key: string): { body: unknown } | ApiErrorAnswer {
  if (q.has('take') || q.has('from')) {
    const take = Number(q.get('take') ?? 50);
    if (!Number.isInteger(take) || take < 1 || take > 100) return apiError(400, `Query validation error: 'Invalid value ${q.get('take')} for take'`, 'invalid_query_string');
    const from = q.get('from') ? Number(Buffer.from(q.get('from')!, 'base64url').toString()) : 0;
    const slice = list.slice(from, from + take);
    const next = from + take < list.length ? Buffer.from(String(from + take)).toString('base64url') : undefined;
    return { body: next ? { [key]: slice, next } : { [key]: slice } };
  }
  const perPage = Number(q.get('per_page') ?? 50);
  const page = Number(q.get('page') ?? 0);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
    return apiError(400, `Query validation error: 'Number is greater than maximum value of 100' on property per_page.`, 'invalid_query_string');
  }
  if (!Number.isInteger(page) || page < 0) return apiError(400, `Query validation error: 'Invalid value for page'`, 'invalid_query_string');
  const slice = list.slice(page * perPage, page * perPage + perPage);
  if (q.get('include_totals') === 'true') return { body: { start: page * perPage, limit: perPage, length: slice.length, total: list.length, [key]: slice } };
  return { body: slice };
}

/** `fields=a,b&include_fields=true` keeps only those fields (`include_fields=false` drops them). */
function pickFields(c: Obj, q: URLSearchParams): Obj {
  const fields = q.get('fields');
  if (!fields) return structuredClone(c);
  const set = new Set(fields.split(','));
  const include = q.get('include_fields') !== 'false';
  return structuredClone(Object.fromEntries(Object.entries(c).filter(([k]) => set.has(k) === include)));
}

/** Write `n` bytes of a JSON-looking body in 64 KiB chunks, waiting for the socket to drain; stops if the client goes. */
function streamBytes(res: ServerResponse, n: number): void {
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let left = n;
  const pump = () => {
    while (left > 0 && !res.destroyed) {
      const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= part.length;
      if (!res.write(part)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  res.on('close', () => (left = 0));
  pump();
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let s = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (s += d));
    req.on('end', () => resolve(s));
    req.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A small seeded PRNG, so fault runs repeat. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A server that must never be reached: it records every request that arrives (a redirect's target). */
export interface Recorder {
  url: string;
  host: string;
  /** method and URL of each request that arrived, and its headers */
  hits: { method: string; url: string; headers: Record<string, unknown> }[];
  close(): Promise<void>;
}

/** Start a recorder on 127.0.0.1 with a random port; it answers `[]` to everything (as a trap would). */
export async function startRecorder(): Promise<Recorder> {
  const hits: Recorder['hits'] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    hits.push({ method: req.method ?? '', url: req.url ?? '', headers: { ...req.headers } });
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(req.url?.startsWith('/oauth/token') ? JSON.stringify({ access_token: 'trap', expires_in: 86400 }) : '[]');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `http://${host}`,
    host,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
