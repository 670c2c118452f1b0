import { defineRule, type Report } from '../../src/rule-api/define-rule';
import type { RequestProblem } from '../../src/sources/payload/client-request';
import { payloadMeta } from '../../src/sources/payload/payload-meta';

const INVALID_URI = { predictedResponse: { status: 400, errorCode: 'invalid_uri' } };
/** a path or method the API has no route for: 404 Not Found, with no errorCode (only a malformed id or query is invalid_uri) */
const NOT_FOUND = { predictedResponse: { status: 404 } };

/** The names of a query string's parameters, never their values (one could be a token). */
function parameterNames(query: string): string {
  const names = [...new Set(query.split('&').map((p) => decodeSafe(p.split('=')[0])).filter(Boolean))];
  return names.length ? names.map((n) => JSON.stringify(n)).join(', ') : '""';
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function report(problem: RequestProblem): Partial<Report> {
  switch (problem.kind) {
    case 'wrongPath':
      return { messageId: 'wrongPath', at: ['url'], data: { path: JSON.stringify(problem.path) }, ...NOT_FOUND };
    case 'missingId':
      return { messageId: 'missingId', at: ['url'], ...NOT_FOUND };
    case 'malformedId':
      return { messageId: 'malformedId', at: ['url'], data: { id: JSON.stringify(problem.id) }, ...INVALID_URI };
    case 'query':
      return { messageId: 'query', at: ['url'], data: { names: parameterNames(problem.query) }, ...INVALID_URI };
    case 'wrongMethod':
      return { messageId: 'wrongMethod', at: ['method'], data: { method: JSON.stringify(problem.method) }, ...NOT_FOUND };
  }
}

export default defineRule({
  id: 'patch-invalid-uri',
  meta: {
    description: 'a request that writes a client must be PATCH /api/v2/clients/{id} (or POST /api/v2/clients), with a well-formed id and no query',
    severity: 'error',
    fixable: [],
    scope: 'client',
    // (payloadMeta answers only for these: on an export's clients the rule has nothing to check)
    origins: ['patch', 'har'],
    source: 'https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id',
  },
  defaultOptions: {},
  messages: {
    wrongPath: 'request path {{path}} is not the clients endpoint; expected /api/v2/clients/{id}, else the API answers 404 Not Found',
    missingId: 'request URL has no client id; expected /api/v2/clients/{id}, else the API answers 404 Not Found',
    malformedId: 'client id {{id}} in the URL is malformed; expected letters, digits, "_" or "-", else the API answers 400 invalid_uri',
    query: 'request URL carries query parameters {{names}} that the client update does not take; the API would answer 400 invalid_uri',
    wrongMethod:
      'method {{method}} does not update a client; expected PATCH /api/v2/clients/{id} (POST /api/v2/clients creates one), else the API answers 404 Not Found',
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta?.call || !meta.request) return;
    for (const problem of meta.call.problems) {
      ctx.report({ ...(report(problem) as Report), resource: meta.request });
    }
  },
});
