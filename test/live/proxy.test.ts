/**
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY (and their lowercase forms): the Management API requests go through the
 * proxy (a small CONNECT/forward proxy on 127.0.0.1 that counts them), or bypass it when NO_PROXY names the host.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { startRecorder, type MgmtApiServer } from '../support/mgmt-api-server';
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

  it('through the proxy too, a redirect is never followed: the secret does not reach the redirect target', async () => {
    s = await server({ clients: mixedClients() });
    proxy = await startTestProxy();
    const trap = await startRecorder();
    try {
      s.inject({ path: '/oauth/token', redirectTo: `${trap.url}/oauth/token`, times: Infinity });
      const run = await live(['audit', '--live'], tempDir(), envFor(s, { HTTP_PROXY: proxy.url }));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`POST /oauth/token was answered 307, a redirect to ${trap.host}`);
      expect(trap.hits).toEqual([]);
      expect(proxy.tunnels.every((t) => !t.includes(trap.host))).toBe(true);
    } finally {
      await trap.close();
    }
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

describe('start-up without a proxy', () => {
  it('undici is loaded only through its own lazy import: no other chunk of the CLI, static or lazy, holds it', () => {
    const cli = inject('cliPath');
    const seen = new Set<string>();
    const lazyUndici: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      // static imports (`import ... from "./x.js"`, `import "./x.js"`) and lazy ones (`import("./x.js")`), but
      // not the lazy import of undici itself
      for (const m of text.matchAll(/(?:^|[;\n])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.[^"']+)["']/g)) visit(path.resolve(path.dirname(file), m[1]));
      for (const m of text.matchAll(/import\(["'](\.[^"']+)["']\)/g)) {
        if (/\/undici-[\w-]+\.js$/.test(m[1])) lazyUndici.push(m[1]);
        else visit(path.resolve(path.dirname(file), m[1]));
      }
    };
    visit(cli);
    expect(seen.size).toBeGreaterThan(5);
    expect([...seen].filter((f) => readFileSync(f, 'utf8').includes('class EnvHttpProxyAgent'))).toEqual([]);
    expect(lazyUndici.length).toBeGreaterThan(0);
  });

  it('a proxy variable that is not a URL is refused (exit 2) without showing its value', async () => {
    const run = await live(['audit', '--live'], tempDir(), { AUTH0_DOMAIN: 'http://127.0.0.1:1', AUTH0_CLIENT_ID: 'id', AUTH0_CLIENT_SECRET: 'secret-value-1', HTTPS_PROXY: 'user:pw-secret-77@proxy', HTTP_PROXY: '', http_proxy: '', https_proxy: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('HTTPS_PROXY is not a proxy URL (expected e.g. http://proxy.example.com:3128); the value is not shown, as it may hold a password');
    expect(run.stderr).not.toContain('pw-secret-77');
  });
});
