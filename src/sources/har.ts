import type { Resource } from '../rule-api/resource';
import type { Path } from '../rule-api/types';
import { bearerScopes, headerValue } from './bearer-scopes';
import { classifyClientRequest, splitUrl } from './client-request';
import type { SourceDocument } from './document';
import { DocumentWithEmbeddedJson, type EmbeddedJson } from './embedded-json';
import { loadJson } from './json-source';
import type { Contribution, SourceKind } from './kinds';
import type { BodyProblem, PayloadMeta } from './payload-meta';
import { isPlain, jsonType, resourceAt, type Plain } from './plain-object';

/** the requests of a HAR document, found while loading it, for `extract` */
const requestsOf = new WeakMap<SourceDocument, HarRequest[]>();

interface HarRequest {
  path: Path;
  request: Plain;
  body?: EmbeddedJson;
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
      if (!isClientWrite(request)) continue;
      const post = request.postData;
      const body = isPlain(post) && typeof post.text === 'string' ? composite.mount([...path, 'postData', 'text']) ?? undefined : undefined;
      requests.push({ path, request, body });
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

/**
 * HAR captures: a `.har` file (`log.entries[].request`) or a JSON file holding one HAR request object, like the
 * seed doc's (`method`, `url`, `headers`, `postData`). Every PATCH to `/api/v2/clients/{id}` and POST to
 * `/api/v2/clients` is checked; PUTs and misspelt paths aimed there too, so that their URL is reported.
 */
export const harCapture: SourceKind = {
  name: 'har',
  format: 'json',
  sniff: (file, text) => /\.har$/i.test(file) || (/\.json$/i.test(file) && /"method"\s*:/.test(text) && /"url"\s*:/.test(text)),
  load: (file, text, bom) => loadHar(file, text, bom),
  extract(doc, file): Contribution | null {
    const requests = requestsOf.get(doc) ?? [];
    const isHarFile = /\.har$/i.test(file);
    if (!isHarFile && doc.problems.length === 0 && requests.length === 0) return null;
    return { tenantKey: file, resources: requests.map((r) => requestResource(doc, r)), hasOrganizations: false, hasClientGrants: false };
  },
};
