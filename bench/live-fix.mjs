// Benchmark of `orglint fix --live --yes`: fix N clients (default 500) on the Management API test server with an
// Enterprise-like token bucket (burst 50, 16 requests a second), through the real bundled CLI. Reports the time
// against the bucket's lower bound for the requests made (target ≤ 1.15×), the 429 answers, and failures (0).
//
//   node bench/live-fix.mjs [--clients 500] [--burst 50] [--rate 16] [--latency 30,80] [--json FILE]
//
// The test server is TypeScript: it is bundled with esbuild on the fly, as is the CLI (scripts/build.mjs).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt } = parseArgs({
  options: {
    clients: { type: 'string', default: '500' },
    burst: { type: 'string', default: '50' },
    rate: { type: 'string', default: '16' },
    latency: { type: 'string', default: '30,80' },
    json: { type: 'string' },
  },
});
const N = Number(opt.clients);
const burst = Number(opt.burst);
const rate = Number(opt.rate);
const latency = opt.latency.split(',').map(Number);

const work = mkdtempSync(path.join(tmpdir(), 'orglint-bench-live-'));
try {
  // 1. bundle the test server and the CLI
  await build({
    entryPoints: [path.join(ROOT, 'test/support/mgmt-api-server.ts')],
    outfile: path.join(work, 'server.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  await new Promise((resolve, reject) => {
    const b = spawn(process.execPath, ['scripts/build.mjs', path.join(work, 'dist')], { cwd: ROOT, stdio: 'inherit' });
    b.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`build failed (${code})`))));
  });
  const { startMgmtApiServer } = await import(pathToFileURL(path.join(work, 'server.mjs')).href);

  // 2. a tenant of N clients, each with one safe fix ("Allow" → "allow")
  const clients = Array.from({ length: N }, (_, i) => ({
    client_id: `bench${String(i).padStart(5, '0')}`,
    name: `Bench App ${i}`,
    app_type: 'regular_web',
    organization_usage: 'Allow',
    client_secret: 'bench-planted-secret',
  }));
  const secret = 'bench-app-secret-value';
  const scopes = ['read:clients', 'update:clients', 'read:client_grants', 'read:organizations', 'read:organization_connections'];
  const server = await startMgmtApiServer({
    clients,
    apps: [{ client_id: 'bench-app', client_secret: secret, scopes }],
    rateLimit: { burst, perSecond: rate },
    latencyMs: latency.length === 2 ? latency : latency[0],
  });

  // 3. run the real CLI
  const t0 = performance.now();
  const run = await new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(work, 'dist/cli.js'), 'fix', '--live', '--yes', '--journal', path.join(work, 'journal.jsonl')], {
      cwd: work,
      env: { ...process.env, NO_COLOR: '1', AUTH0_DOMAIN: server.url, AUTH0_CLIENT_ID: 'bench-app', AUTH0_CLIENT_SECRET: secret, AUTH0_ACCESS_TOKEN: '', AUTH0_API_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  const wall = (performance.now() - t0) / 1000;
  await server.close();

  // 4. what the bucket allowed: the first `burst` requests at once, then `rate` a second
  const limited = server.requests.filter((r) => r.path.startsWith('/api/v2/'));
  const accepted = limited.filter((r) => r.status !== 429).length;
  const lowerBound = Math.max(0, (accepted - burst) / rate);
  const span = limited.length ? (limited.at(-1).at - limited[0].at) / 1000 : 0;
  const fixed = [...server.clients.values()].filter((c) => c.organization_usage === 'allow').length;
  const journal = readFileSync(path.join(work, 'journal.jsonl'), 'utf8');
  const failed = N - fixed;
  const report = {
    clients: N,
    bucket: { burst, perSecond: rate },
    latencyMs: latency,
    requests: limited.length,
    accepted,
    count429: server.count429,
    lowerBoundSeconds: +lowerBound.toFixed(2),
    wallSeconds: +wall.toFixed(2),
    apiSpanSeconds: +span.toFixed(2),
    ratioWall: +(wall / lowerBound).toFixed(3),
    ratioSpan: +(span / lowerBound).toFixed(3),
    fixed,
    failed,
    exitCode: run.code,
    secretLeaked: journal.includes(secret) || journal.includes('bench-planted-secret') || run.stdout.includes(secret),
  };
  console.log(`orglint fix --live --yes: ${N} clients, bucket burst ${burst} / ${rate} per s, latency ${latency.join('-')} ms`);
  console.log(`  requests made     ${report.requests} (${accepted} accepted, ${report.count429} answered 429)`);
  console.log(`  bucket lower bound ${report.lowerBoundSeconds} s  ((accepted - burst) / rate)`);
  console.log(`  wall time         ${report.wallSeconds} s  = ${report.ratioWall}× the lower bound (target ≤ 1.15×)`);
  console.log(`  first→last request ${report.apiSpanSeconds} s  = ${report.ratioSpan}×`);
  console.log(`  fixed ${fixed}/${N}, failed ${failed}, exit code ${run.code}${report.secretLeaked ? ', SECRET LEAKED' : ''}`);
  if (opt.json) writeFileSync(opt.json, JSON.stringify(report, null, 2) + '\n');
  if (run.code !== 0 || failed !== 0 || report.secretLeaked) {
    console.error(run.stdout.slice(-2000), run.stderr.slice(-2000));
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
