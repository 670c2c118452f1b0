/**
 * Every status code of the seed doc's table (define-organization-behavior.md, "Response status codes") through
 * the real CLI against the test server: orglint's message and exit code for each.
 */
import { describe, it } from 'vitest';
import { startMgmtApiServer, type MgmtApiServer } from '../support/mgmt-api-server';
import { ALL_SCOPES, APP_SECRET, envFor, live, mixedClients, server, tempDir } from './helpers';

type Finished = (fn: () => Promise<void>) => void;

/** A server for one test, closed when that test ends (tests here run concurrently: use the test's own hook). */
async function serve(onTestFinished: Finished, start: () => Promise<MgmtApiServer>): Promise<MgmtApiServer> {
  const srv = await start();
  onTestFinished(() => srv.close());
  return srv;
}

const FIX = ['fix', '--live', '--yes', '--journal', 'j.jsonl'];
const patches = (srv: MgmtApiServer) => srv.requests.filter((r) => r.method === 'PATCH');
const tokenEnv = (srv: MgmtApiServer, token: string) => envFor(srv, { AUTH0_CLIENT_ID: '', AUTH0_CLIENT_SECRET: '', AUTH0_ACCESS_TOKEN: token });

describe.concurrent('seed table: 200', () => {
  it('200 Client successfully updated: applied, exit 0', async ({ expect, onTestFinished }) => {
    const s = await serve(onTestFinished, () => server({ clients: mixedClients() }));
    const run = await live(FIX, tempDir(), envFor(s));
    expect(run.code).toBe(0);
    expect(patches(s).map((p) => p.status)).toEqual([200, 200, 200]);
    expect(run.stdout).toContain('applied 3 clients; 0 conflicts; 0 failed');
  });
});

describe.concurrent('seed table: 400', () => {
  it('400 invalid_uri: names the path and says the id may be malformed (exit 1)', async ({ expect, onTestFinished }) => {
    const s = await serve(onTestFinished, () => server({ clients: [{ client_id: 'bad.id', name: 'Dotted', app_type: 'spa', organization_usage: 'Allow' }] }));
    const run = await live(FIX, tempDir(), envFor(s));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `failed: "Dotted" (bad.id): the API rejected the request path "/api/v2/clients/bad.id" (400 invalid_uri): "Path validation error: 'String does not match pattern ^[A-Za-z0-9_-]+$' on property id (ID of the client)."; the id may be malformed`,
    );
  });

  it("400 invalid_body: shows the API's message, the body field and the body sent (exit 1)", async ({ expect, onTestFinished }) => {
    // rolling back to a value the API no longer accepts: "Require" was fixed to "require"
    const s = await serve(onTestFinished, () => server({ clients: mixedClients() }));
    const dir = tempDir();
    const fixed = await live(FIX, dir, envFor(s));
    expect(fixed.stderr).toBe('');
    expect(fixed.code).toBe(0);
    const run = await live(['rollback', '--journal', 'j.jsonl', '--yes'], dir, envFor(s));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `failed: "Case Portal" (case01): the API rejected the body (400 invalid_body) at field organization_usage: "Payload validation error: 'No enum match for: \\"Require\\"' on property organization_usage`,
    );
    expect(run.stdout).toContain('body sent: {"organization_usage":"Require"}');
    expect(s.clients.get('case01')!.organization_usage).toBe('require');
  });
});

describe.concurrent('seed table: 401 (three causes, each named)', () => {
  it('401 Invalid token: a token that is not a Management API token (exit 2)', async ({ expect, onTestFinished }) => {
    const s = await serve(onTestFinished, () => server({ clients: mixedClients() }));
    const run = await live(['audit', '--live'], tempDir(), tokenEnv(s, 'not-a-jwt-at-all'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('orglint: the Management API does not accept AUTH0_ACCESS_TOKEN: invalid token (401 "Invalid token"); use a complete access token for the audience');
    expect(run.stderr).not.toContain('not-a-jwt-at-all');
  });

  it('401 Client is not global: a token of an application that may not call the API (exit 2)', async ({ expect, onTestFinished }) => {
    const s = await serve(onTestFinished, () => startMgmtApiServer({ clients: mixedClients(), apps: [{ client_id: 'orglint-ci', client_secret: APP_SECRET, scopes: ALL_SCOPES, global: false }] }));
    const run = await live(['audit', '--live'], tempDir(), envFor(s));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the token belongs to an application that may not call the Management API: client is not global (401 "Client is not global")');
  });

  it('401 Invalid signature: a token from another tenant (exit 2)', async ({ expect, onTestFinished }) => {
    const s = await serve(onTestFinished, () => server({ clients: mixedClients() }));
    const run = await live(['audit', '--live'], tempDir(), tokenEnv(s, s.foreignToken(ALL_SCOPES)));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the token was not issued by this tenant: invalid signature (401 "Invalid signature received for JSON Web Token validation"); check that AUTH0_DOMAIN / --domain');
  });

  it('401 expired: a fixed token that expired says how to get a new one (exit 2)', async ({ expect, onTestFinished }) => {
    const s = await serve(onTestFinished, () => server({ clients: mixedClients() }));
    const run = await live(['audit', '--live'], tempDir(), tokenEnv(s, s.mintToken({ scopes: ALL_SCOPES, lifetimeSec: -60 })));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the access token in AUTH0_ACCESS_TOKEN has expired (401 "Expired token received for JSON Web Token validation"); get a new one, or set AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET');
  });
});

describe.concurrent('seed table: 403', () => {
  it('403 insufficient_scope (update:clients): stops before sending anything when the token shows it (exit 2)', async ({ expect, onTestFinished }) => {
    const s = await serve(onTestFinished, () => server({ clients: mixedClients(), scopes: ALL_SCOPES.filter((x) => x !== 'update:clients') }));
    const run = await live(FIX, tempDir(), envFor(s));
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/"Case Portal" \(case01\) +organization_usage +"Require" → "require"/);
    expect(run.stderr).toContain('orglint: the token lacks the update:clients scope that fixes need (nothing was changed)');
    expect(patches(s)).toHaveLength(0);
  });

  it('403 insufficient_scope from the API on PATCH: names the missing scope and stops the run (exit 2)', async ({ expect, onTestFinished }) => {
    const s = await serve(onTestFinished, () => server({ clients: mixedClients() }));
    s.inject({ method: 'PATCH', status: 403, times: Infinity, body: { statusCode: 403, error: 'Forbidden', message: 'Insufficient scope, expected any of: update:clients,update:client_keys', errorCode: 'insufficient_scope' } });
    const run = await live([...FIX, '--concurrency', '1'], tempDir(), envFor(s));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('orglint: stopped: the token lacks the update:clients scope (403 insufficient_scope): "Insufficient scope, expected any of: update:clients,update:client_keys"; grant it to the application');
    expect(patches(s)).toHaveLength(1);
  });

  it('403 insufficient_scope without read:clients: the audit cannot start (exit 2)', async ({ expect, onTestFinished }) => {
    const s = await serve(onTestFinished, () => server({ clients: mixedClients(), scopes: ['read:client_grants'] }));
    const run = await live(['audit', '--live'], tempDir(), envFor(s));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('orglint: the token lacks the read:clients scope (403 insufficient_scope)');
  });

  it('403 insufficient_scope "Some fields cannot be updated": that client fails with the API\'s words (exit 1)', async ({ expect, onTestFinished }) => {
    const s = await serve(onTestFinished, () => server({ clients: mixedClients() }));
    const message = 'Some fields cannot be updated with the permissions granted by the bearer token scopes. The following fields require update:client_keys: organization_usage.';
    s.inject({ method: 'PATCH', path: '/case01', status: 403, body: { statusCode: 403, error: 'Forbidden', message, errorCode: 'insufficient_scope' } });
    const run = await live(FIX, tempDir(), envFor(s));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`failed: "Case Portal" (case01): the token's scopes do not allow some fields (403 insufficient_scope): ${JSON.stringify(message)}`);
    expect(run.stdout).toContain('applied 2 clients; 0 conflicts; 1 failed');
  });

  it('403 operation_not_supported: the plan does not allow it, nothing else is tried (exit 2)', async ({ expect, onTestFinished }) => {
    const s = await serve(onTestFinished, () => server({ clients: mixedClients(), organizationsFeature: false }));
    const run = await live([...FIX, '--concurrency', '1'], tempDir(), envFor(s));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the tenant's plan does not allow reading organizations (403 operation_not_supported)");
    expect(run.stderr).toContain(`orglint: stopped: the tenant's plan does not allow this operation (403 operation_not_supported): "The account is not allowed to perform this operation."`);
    expect(patches(s)).toHaveLength(1);
  });

  it('403 for organization settings on a third-party client: that client fails with the API\'s reason (exit 1)', async ({ expect, onTestFinished }) => {
    const s = await serve(onTestFinished, () => server({ clients: [{ client_id: 'tp01', name: 'Partner', app_type: 'spa', is_first_party: false, organization_usage: 'Allow' }] }));
    const run = await live(FIX, tempDir(), envFor(s));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('failed: "Partner" (tp01): the API refused the change (403 invalid_body): "Organizations are only available to first party clients');
  });
});

describe.concurrent('seed table: 404 and 429', () => {
  it('404 inexistent_client: the application was deleted since it was read (exit 1)', async ({ expect, onTestFinished }) => {
    const s = await serve(onTestFinished, () => server({ clients: mixedClients() }));
    s.onRequest(({ method, clientId }) => {
      if (method === 'GET' && clientId === 'dash01') s.clients.delete('dash01');
    });
    const run = await live(FIX, tempDir(), envFor(s));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('failed: "Dash Portal" (dash01): the application was deleted since orglint read it (404 inexistent_client); nothing was changed');
    expect(run.stdout).toContain('applied 2 clients; 0 conflicts; 1 failed');
  });

  it('429 Too many requests: waits as told and retries; all applied (exit 0)', async ({ expect, onTestFinished }) => {
    const s = await serve(onTestFinished, () => server({ clients: mixedClients(), rateLimit: { burst: 3, perSecond: 10 } }));
    s.inject({ method: 'PATCH', status: 429, times: 3, headers: { 'retry-after': '0' }, body: { statusCode: 429, error: 'Too Many Requests', message: 'Too many requests. Check the X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset headers.' } });
    const run = await live(FIX, tempDir(), envFor(s));
    expect(run.code).toBe(0);
    expect(s.count429).toBeGreaterThanOrEqual(3);
    expect([...s.patches.values()]).toEqual([1, 1, 1]);
  });

  it('429 that never ends: gives up on that client after bounded tries, with the rate headers (exit 1)', async ({ expect, onTestFinished }) => {
    const s = await serve(onTestFinished, () => server({ clients: mixedClients() }));
    s.inject({ method: 'PATCH', path: '/nouse01', status: 429, times: Infinity, headers: { 'retry-after': '0' }, body: { statusCode: 429, error: 'Too Many Requests', message: 'Too many requests.' } });
    const run = await live(FIX, tempDir(), envFor(s));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/failed: "Unused Behavior" \(nouse01\): the API kept answering 429 Too Many Requests \(x-ratelimit-limit 1000, remaining 999, reset in \d+ s\); gave up after 10 tries: run again later or lower --max-rps/);
  });
});

describe.concurrent('beyond the table', () => {
  it('token endpoint 401: the client credentials were refused (exit 2), the secret never shown', async ({ expect, onTestFinished }) => {
    const s = await serve(onTestFinished, () => server({ clients: mixedClients() }));
    const run = await live(['audit', '--live'], tempDir(), envFor(s, { AUTH0_CLIENT_SECRET: 'wrong-secret-value' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('orglint: the tenant refused AUTH0_CLIENT_ID / AUTH0_CLIENT_SECRET (401 access_denied): "Unauthorized"');
    expect(run.stderr).not.toContain('wrong-secret-value');
  });

  it('token endpoint 403: the application is not authorized for the Management API (exit 2)', async ({ expect, onTestFinished }) => {
    const s = await serve(onTestFinished, () => startMgmtApiServer({ clients: mixedClients(), apps: [{ client_id: 'orglint-ci', client_secret: APP_SECRET }] }));
    const run = await live(['audit', '--live'], tempDir(), envFor(s));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('orglint: the application AUTH0_CLIENT_ID is not authorized for the Auth0 Management API (403 access_denied)');
  });

  it('5xx and a dropped connection on reads are retried; a PATCH whose answer was lost is checked, not resent', async ({ expect, onTestFinished }) => {
    const s = await serve(onTestFinished, () => server({ clients: mixedClients() }));
    s.inject({ method: 'GET', path: '/api/v2/clients', status: 503 });
    s.inject({ method: 'GET', path: '/api/v2/client-grants', drop: true });
    s.inject({ method: 'PATCH', path: '/case01', dropAfterHandling: true });
    const run = await live(FIX, tempDir(), envFor(s));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(s.patches.get('case01')).toBe(1);
    expect(s.clients.get('case01')!.organization_usage).toBe('require');
  });

  it('no credentials, or a domain that is not https: cannot start (exit 2)', async ({ expect }) => {
    const none = await live(['audit', '--live'], tempDir(), { AUTH0_DOMAIN: 'tenant.eu.auth0.com', AUTH0_CLIENT_ID: '', AUTH0_CLIENT_SECRET: '', AUTH0_ACCESS_TOKEN: '', AUTH0_API_TOKEN: '' });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('orglint: no credentials: set AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET');
    const http = await live(['audit', '--live', '--domain', 'http://tenant.eu.auth0.com'], tempDir(), { AUTH0_ACCESS_TOKEN: 'x.y.z' });
    expect(http.code).toBe(2);
    expect(http.stderr).toContain('plain http is only allowed for this machine');
  });
});
