import type { Resource } from '../../rule-api/resource';
import { classifyResourceWrite, type ResourceWrite } from './resource-request';
import type { Path } from '../../rule-api/types';
import { bearerScopes, headerValue } from './bearer-scopes';
import { classifyClientRequest, splitUrl } from '../payload/client-request';
import type { SourceDocument } from '../document';
import { endsWithName } from '../file-name';
import { DocumentWithEmbeddedJson, type EmbeddedJson } from '../json/embedded-json';
import { loadJson } from '../json/json-source';
import type { Contribution, SourceKind } from '../source-kind';
import type { BodyProblem, PayloadMeta } from '../payload/payload-meta';
import { isPlain, jsonType, resourceAt, resourceName, type Plain } from '../plain-object';

/** the requests of a HAR document, found while loading it, for `extract` */
const requestsOf = new WeakMap<SourceDocument, HarRequest[]>();

interface HarRequest {
  path: Path;
  request: Plain;
  body?: EmbeddedJson;
  /** set for writes to client grants and organizations (client writes have none) */
  write?: ResourceWrite;
}

/** Every request object in a HAR log (`log.entries[].request`) or a file holding one request. */
function findRequests(root: unknown): { path: Path; request: Plain }[] {
  if (isPlain(root) && isPlain(root.log) && Array.isArray(root.log.entries)) {
    const out: { path: Path; request: Plain }[] = [];
    root.log.entries.forEach((entry, i) => {
      if (isPlain(entry) && isPlain(entry.request)) out.push({ path: ['log', 'entries', i, 'request'], request: entry.request });
    });
    return out;
  }
  if (isPlain(root) && typeof root.method === 'string' && typeof root.url === 'string') return [{ path: [], request: root }];
  return [];
}

function isClientWrite(request: Plain): boolean {
  return typeof request.method === 'string' && typeof request.url === 'string' && classifyClientRequest(request.method, request.url) !== null;
}

/**
 * Read a HAR capture. The bodies of client writes (`postData.text`, a JSON string) are parsed and mounted so
 * that positions inside them resolve to the HAR file's own line and column, through the string's escapes.
 * Deploy-cli keywords do not apply to captures; a capture is never edited by `--fix`.
 */
export function loadHar(file: string, text: string, bom: boolean): SourceDocument {
  const outer = loadJson(file, text, bom);
  const composite = new DocumentWithEmbeddedJson(outer);
  const requests: HarRequest[] = [];
  if (outer.problems.length === 0) {
    for (const { path, request } of findRequests(outer.value)) {
      const write = isClientWrite(request) ? undefined : resourceWrite(request);
      if (!write && !isClientWrite(request)) continue;
      const post = request.postData;
      const body = isPlain(post) && typeof post.text === 'string' ? composite.mount([...path, 'postData', 'text']) ?? undefined : undefined;
      requests.push(write ? { path, request, body, write } : { path, request, body });
    }
  }
  const doc = composite.document({ placeholders: [], readOnly: true });
  requestsOf.set(doc, requests);
  return doc;
}

/** Turn one client write into a resource: its body, with the request beside it for URL and header findings. */
function requestResource(doc: SourceDocument, r: HarRequest): Resource {
  const method = String(r.request.method);
  const call = classifyClientRequest(method, String(r.request.url))!;
  const auth = headerValue(r.request.headers, 'authorization');
  const payload: PayloadMeta = { method: call.method, kind: call.kind, call, scopes: auth ? bearerScopes(auth.value) : undefined };
  if (auth) payload.authorizationHeader = auth.index;
  let value: Plain = {};
  let bodyPath: Path = r.path;
  let problem: BodyProblem | undefined;
  const post = r.request.postData;
  if (r.body) {
    bodyPath = r.body.path;
    const inner = r.body.inner;
    if (inner.problems.length) problem = { kind: 'invalidJson', detail: inner.problems[0].message, at: ['postData', 'text'] };
    else if (!isPlain(inner.value)) problem = { kind: 'notObject', found: jsonType(inner.value), at: ['postData', 'text'] };
    else value = inner.value;
  } else if (!(isPlain(post) && (Array.isArray(post.params) || /x-www-form-urlencoded/i.test(String(post.mimeType ?? ''))))) {
    // a form-encoded body is not read; no body at all is a 400
    problem = { kind: 'missing', at: isPlain(post) ? ['postData'] : ['method'] };
  }
  if (problem) payload.bodyProblem = problem;
  // never the whole URL: its query could carry a token
  const name = typeof value.name === 'string' && value.name !== '' ? value.name : call.id ? `client ${call.id}` : `${call.method} ${splitUrl(String(r.request.url)).path}`;
  payload.request = resourceAt('client', name, r.request, doc, r.path, 'har', true);
  return resourceAt('client', name, value, doc, bodyPath, 'har', call.kind === 'update', { payload });
}

function resourceWrite(request: Plain): ResourceWrite | null {
  return typeof request.method === 'string' && typeof request.url === 'string' ? classifyResourceWrite(request.method, request.url) : null;
}

/**
 * A write to a client grant or an organization as a resource the grant and organization rules check: a create
 * is whole, an update partial. A body that is not a JSON object is left to the API (the request rules are about
 * clients); an enabled connection becomes an organization holding just that connection, positions mapped into
 * the body.
 */
function writeResource(doc: SourceDocument, r: HarRequest, w: ResourceWrite): Resource | null {
  if (!r.body || r.body.inner.problems.length || !isPlain(r.body.inner.value)) return null;
  const value = r.body.inner.value;
  const bodyPath = r.body.path;
  const what = w.type === 'clientGrant' ? 'client grant' : 'organization';
  const fallback = w.id ? `${what} ${w.id}` : `new ${what}`;
  const meta = { har: { method: String(r.request.method).toUpperCase(), id: w.id } };
  if (!w.connectionEntry) {
    const name = w.type === 'clientGrant' ? (typeof value.client_id === 'string' ? resourceName('clientGrant', value, fallback) : fallback) : resourceName('organization', value, fallback);
    return resourceAt(w.type, name, value, doc, bodyPath, 'har', w.kind === 'update', meta);
  }
  // only the one connection is known, never the organization's others: always partial
  const org: Plain = { connections: [value] };
  return resourceAt('organization', fallback, org, entryDocument(doc, [...bodyPath, 'connections', 0], bodyPath), bodyPath, 'har', true, meta);
}

/** The document with paths under `from` looked up under `to` (a body that is one entry of a list). */
function entryDocument(doc: SourceDocument, from: Path, to: Path): SourceDocument {
  const key = JSON.stringify(from).slice(0, -1);
  const locate = (p: Path, target: 'key' | 'value') => {
    const s = JSON.stringify(p.slice(0, from.length));
    return doc.locate(s.slice(0, -1) === key ? [...to, ...p.slice(from.length)] : p, target);
  };
  return { ...doc, locate };
}

/**
 * HAR captures: a `.har` file (`log.entries[].request`) or a JSON file holding one HAR request object, like the
 * seed doc's (`method`, `url`, `headers`, `postData`). Every PATCH to `/api/v2/clients/{id}` and POST to
 * `/api/v2/clients` is checked; PUTs and misspelt paths aimed there too, so that their URL is reported.
 */
export const harCapture: SourceKind = {
  name: 'har',
  format: 'json',
  sniff: (file, text) => endsWithName(file, '.har') || (endsWithName(file, '.json') && /"method"\s*:/.test(text) && /"url"\s*:/.test(text)),
  load: (file, text, bom) => loadHar(file, text, bom),
  extract(doc, file): Contribution | null {
    const requests = requestsOf.get(doc) ?? [];
    const isHarFile = /\.har$/i.test(file);
    if (!isHarFile && doc.problems.length === 0 && requests.length === 0) return null;
    const resources: Resource[] = [];
    for (const r of requests) {
      if (!r.write) resources.push(requestResource(doc, r));
      else {
        const w = writeResource(doc, r, r.write);
        if (w) resources.push(w);
      }
    }
    return { tenantKey: file, resources };
  },
};
