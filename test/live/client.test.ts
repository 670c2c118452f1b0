import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ManagementApi } from '../../src/management-api/client';
import { LiveSetupError, resolveEndpoint } from '../../src/management-api/endpoint';
import { bodyField, explainError, missingScope } from '../../src/management-api/messages';
import { listClients } from '../../src/management-api/resources';
import { mapLimit } from '../../src/engine/map-limit';
import type { MgmtApiServer } from '../support/mgmt-api-server';
import { APP_SECRET, manyClients, server } from './helpers';

let s: MgmtApiServer | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const creds = { kind: 'client-credentials', clientId: 'orglint-ci', clientSecret: APP_SECRET } as const;
const apiFor = (srv: MgmtApiServer, opts: ConstructorParameters<typeof ManagementApi>[2] = {}) => new ManagementApi(resolveEndpoint(srv.url, {}), creds, opts);

describe('the Management API client', () => {
  it('paces requests to the token bucket: close to its lower bound, few 429s', async () => {
    s = await server({ clients: manyClients(5), rateLimit: { burst: 5, perSecond: 40 }, latencyMs: [5, 15] });
    const api = apiFor(s);
    const t0 = performance.now();
    await mapLimit(Array.from({ length: 65 }, (_, i) => i), 8, () => api.request('GET', '/api/v2/clients/c0001'));
    const seconds = (performance.now() - t0) / 1000;
    const lowerBound = (65 - 5) / 40;
    expect(seconds).toBeGreaterThanOrEqual(lowerBound * 0.95);
    expect(seconds).toBeLessThan(lowerBound * 1.3);
    expect(s.count429).toBeLessThanOrEqual(2);
    expect(api.pacer.estimatedRate).toBeGreaterThan(30);
  });

  it('--max-rps caps the rate below what the tenant allows', async () => {
    s = await server({ clients: manyClients(5) });
    const api = apiFor(s, { maxRps: 20 });
    const t0 = performance.now();
    await mapLimit(Array.from({ length: 21 }, (_, i) => i), 8, () => api.request('GET', '/api/v2/clients/c0001'));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(990);
  });

  it('reads every page (per_page 100, include_totals) and only the fields asked for', async () => {
    s = await server({ clients: manyClients(250) });
    const api = apiFor(s);
    const list = await listClients(api, ['client_id', 'organization_usage']);
    expect(list).toHaveLength(250);
    expect(Object.keys(list[0]).sort()).toEqual(['client_id', 'organization_usage']);
    expect(s.requests.filter((r) => r.path === '/api/v2/clients')).toHaveLength(3);
  });

  it('an unreachable tenant gives a clear message after bounded tries', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as { port: number }).port;
    await new Promise((r) => probe.close(r));
    const endpoint = resolveEndpoint(`http://127.0.0.1:${port}`, {});
    const api = new ManagementApi(endpoint, { kind: 'token', token: 'x.y.z', variable: 'AUTH0_ACCESS_TOKEN' }, { maxAttempts: 2, retryBaseMs: 10 });
    const err = await api.request('GET', '/api/v2/clients').catch((e: unknown) => e);
    expect(explainError(err, endpoint, api.tokens.credentials).message).toBe(
      `could not reach http://127.0.0.1:${port}: ECONNREFUSED (2 tries); check AUTH0_DOMAIN / --domain and the network`,
    );
  });
});

describe('--domain / AUTH0_DOMAIN', () => {
  it('takes a domain or a base URL; plain http only for this machine', () => {
    expect(resolveEndpoint('acme.eu.auth0.com', {})).toEqual({ origin: 'https://acme.eu.auth0.com', host: 'acme.eu.auth0.com', audience: 'https://acme.eu.auth0.com/api/v2/' });
    expect(resolveEndpoint(undefined, { AUTH0_DOMAIN: 'https://acme.auth0.com/' }).origin).toBe('https://acme.auth0.com');
    expect(resolveEndpoint('http://localhost:8080', {}).origin).toBe('http://localhost:8080');
    expect(resolveEndpoint('login.acme.com', { AUTH0_AUDIENCE: 'https://acme.eu.auth0.com/api/v2/' }).audience).toBe('https://acme.eu.auth0.com/api/v2/');
    expect(() => resolveEndpoint('http://acme.auth0.com', {})).toThrow(/plain http is only allowed for this machine/);
    expect(() => resolveEndpoint('https://acme.auth0.com/api/v2', {})).toThrow(/expected only scheme, host and port/);
    expect(() => resolveEndpoint('acme auth0', {})).toThrow(LiveSetupError);
    expect(() => resolveEndpoint(undefined, {})).toThrow(/no tenant given: set AUTH0_DOMAIN/);
  });
});

describe('reading API error messages', () => {
  it('finds the missing scope in the seed doc\'s wording and the API\'s', () => {
    expect(missingScope('Insufficient scope; expected any of: update:clients, update:client_keys.')).toBe('update:clients');
    expect(missingScope('Insufficient scope, expected any of: update:clients,update:client_keys')).toBe('update:clients');
  });

  it('finds the body field a 400 invalid_body names', () => {
    expect(bodyField(`Payload validation error: 'No enum match for: "x"' on property organization_usage (Defines...).`)).toBe('organization_usage');
    expect(bodyField("Payload validation error: 'Additional properties not allowed: organisation_usage'.")).toBe('organisation_usage');
  });
});

describe('request paths', () => {
  it('a path the URL parser would resolve (%2E%2E, ..) is refused before anything is sent', async () => {
    const { PathSegmentError } = await import('../../src/management-api/errors');
    const { pathSegment } = await import('../../src/management-api/resources');
    s = await server({ clients: manyClients(1) });
    const api = apiFor(s);
    for (const p of ['/api/v2/clients/%2E%2E', '/api/v2/clients/..', '/api/v2/clients/%2e/x', '/api/v2/./clients']) {
      await expect(api.request('GET', p)).rejects.toBeInstanceOf(PathSegmentError);
    }
    expect(s.requests.filter((r) => r.path !== '/oauth/token')).toEqual([]);
    for (const id of ['.', '..', '%2E', '%2e%2E', '.%2E', '']) expect(() => pathSegment(id)).toThrow(PathSegmentError);
    expect(pathSegment('a/b?c#d')).toBe('a%2Fb%3Fc%23d');
    expect(pathSegment('...')).toBe('...');
  });
});
