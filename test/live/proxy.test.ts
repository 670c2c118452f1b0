/**
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY (and their lowercase forms): the Management API requests go through the
 * proxy (a small CONNECT/forward proxy on 127.0.0.1 that counts them), or bypass it when NO_PROXY names the host.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { MgmtApiServer } from '../support/mgmt-api-server';
import { startTestProxy, type TestProxy } from '../support/test-proxy';
import { envFor, live, mixedClients, server, tempDir } from './helpers';

let s: MgmtApiServer | undefined;
let proxy: TestProxy | undefined;
afterEach(async () => {
  await s?.close();
  await proxy?.close();
  s = undefined;
  proxy = undefined;
});

const through = (p: TestProxy) => p.tunnels.length + p.forwarded.length;

describe('proxy variables', () => {
  it('HTTP_PROXY: every request (token, reads) goes through the proxy, and the audit is the same', async () => {
    s = await server({ clients: mixedClients() });
    proxy = await startTestProxy();
    const direct = await live(['audit', '--live', '-f', 'json'], tempDir(), envFor(s));
    const viaProxy = await live(['audit', '--live', '-f', 'json'], tempDir(), envFor(s, { HTTP_PROXY: proxy.url }));
    expect(viaProxy.stderr).toBe('');
    expect(viaProxy.code).toBe(direct.code);
    expect(JSON.parse(viaProxy.stdout).findings).toEqual(JSON.parse(direct.stdout).findings);
    // undici 6's proxy agent tunnels with CONNECT, also for plain http to the test server (no forward requests)
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    expect(proxy.forwarded).toEqual([]);
    expect([...proxy.tunnels, ...proxy.forwarded].every((l) => l.includes(s!.host))).toBe(true);
  });

  it('lowercase http_proxy works the same; a fix goes through it too', async () => {
    s = await server({ clients: mixedClients() });
    proxy = await startTestProxy();
    const run = await live(['fix', '--live', '--yes', '--journal', 'j.jsonl'], tempDir(), envFor(s, { http_proxy: proxy.url }));
    expect(run.code).toBe(0);
    expect(through(proxy)).toBeGreaterThan(0);
    expect(s.patches.size).toBe(3);
  });

  it('NO_PROXY naming the host bypasses the proxy', async () => {
    s = await server({ clients: mixedClients() });
    proxy = await startTestProxy();
    const run = await live(['audit', '--live'], tempDir(), envFor(s, { HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' }));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(through(proxy)).toBe(0);
    expect(s.requests.length).toBeGreaterThan(0);
  });

  it('an unreachable proxy is a network error naming the tenant, and its password never shows', async () => {
    s = await server({ clients: mixedClients() });
    const run = await live(['audit', '--live'], tempDir(), envFor(s, { HTTP_PROXY: 'http://user:proxy-pass-9QzX@127.0.0.1:1' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`could not reach ${s.url}`);
    expect(run.stdout + run.stderr).not.toContain('proxy-pass-9QzX');
    expect(s.requests).toEqual([]);
  });
});
