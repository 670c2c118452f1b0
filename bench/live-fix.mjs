// Benchmark of the live commands on the Management API test server, through the real bundled CLI.
//
// 1. `orglint fix --live --yes`: fix N clients (default 500) with an Enterprise-like token bucket (burst 50,
//    16 requests a second). Reports the time against the bucket's lower bound for the requests made (target
//    ≤ 1.15×), the 429 answers, and failures (0).
// 2. `orglint audit --live` of several tenants in one run (default 3 tenants × 500 clients, 40 organizations each,
//    so each tenant needs ~47 requests), each on its own server with its own bucket (burst 10; 4, 5 and 6 requests
//    a second). The tenants are read at once, so the wall time is bounded below by the slowest tenant's bucket,
//    not by the sum: reports the wall time against that bound and against the sum, the 429s and the failures.
//
//   node bench/live-fix.mjs [--only fix|audit] [--clients 500] [--burst 50] [--rate 16] [--latency 30,80]
//                           [--tenants 3] [--tenant-clients 500] [--orgs 40] [--audit-burst 10] [--audit-rates 4,5,6]
//                           [--json FILE]
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
    only: { type: 'string' },
    tenants: { type: 'string', default: '3' },
    'tenant-clients': { type: 'string', default: '500' },
    orgs: { type: 'string', default: '40' },
    'audit-burst': { type: 'string', default: '10' },
    'audit-rates': { type: 'string', default: '4,5,6' },
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

  const rows = {};
  if (!opt.only || opt.only === 'fix') rows.fix = await fixRow(startMgmtApiServer);
  if (!opt.only || opt.only === 'audit') rows.multiTenantAudit = await auditRow(startMgmtApiServer);
  // the fix row's fields stay at the top level, as before this file had the audit row
  if (opt.json) writeFileSync(opt.json, JSON.stringify({ ...(rows.fix ?? {}), ...rows }, null, 2) + '\n');
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function fixRow(startMgmtApiServer) {
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
  if (run.code !== 0 || failed !== 0 || report.secretLeaked) {
    console.error(run.stdout.slice(-2000), run.stderr.slice(-2000));
    process.exitCode = 1;
  }
  return report;
}

/** Run the bundled CLI; its exit code and output. */
function runCli(args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(work, 'dist/cli.js'), ...args], { cwd: work, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `orglint audit --live` of several tenants, each on its own server and bucket, in one run. */
async function auditRow(startMgmtApiServer) {
  const T = Number(opt.tenants);
  const perTenant = Number(opt['tenant-clients']);
  const orgCount = Number(opt.orgs);
  const auditBurst = Number(opt['audit-burst']);
  const rates = opt['audit-rates'].split(',').map(Number);
  const scopes = ['read:clients', 'read:client_grants', 'read:organizations', 'read:organization_connections'];
  const tenants = [];
  for (let t = 0; t < T; t++) {
    const clients = Array.from({ length: perTenant }, (_, i) => ({
      client_id: `t${t}c${String(i).padStart(5, '0')}`,
      name: `Tenant ${t} App ${i}`,
      app_type: 'regular_web',
      organization_usage: i % 3 === 0 ? 'Allow' : 'require',
      organization_require_behavior: 'pre_login_prompt',
      client_secret: 'bench-planted-secret',
    }));
    const organizations = Array.from({ length: orgCount }, (_, i) => ({
      id: `org_t${t}_${i}`,
      name: `org-${t}-${i}`,
      display_name: `Org ${t} ${i}`,
      enabled_connections: [{ connection_id: `con_${t}`, assign_membership_on_login: false, show_as_button: true, connection: { name: 'db', strategy: 'auth0' } }],
    }));
    const secret = `bench-tenant-${t}-secret-value`;
    const perSecond = rates[t % rates.length];
    const server = await startMgmtApiServer({
      clients,
      organizations,
      apps: [{ client_id: `bench-app-${t}`, client_secret: secret, scopes }],
      rateLimit: { burst: auditBurst, perSecond },
      latencyMs: latency.length === 2 ? latency : latency[0],
      seed: t + 1,
    });
    tenants.push({ server, secret, id: `bench-app-${t}`, perSecond });
  }
  const key = (host) => host.toUpperCase().replace(/[^A-Z0-9]/g, '_');
  const env = { AUTH0_DOMAIN: '', AUTH0_CLIENT_ID: '', AUTH0_CLIENT_SECRET: '', AUTH0_ACCESS_TOKEN: '', AUTH0_API_TOKEN: '' };
  for (const t of tenants) Object.assign(env, { [`AUTH0_CLIENT_ID__${key(t.server.host)}`]: t.id, [`AUTH0_CLIENT_SECRET__${key(t.server.host)}`]: t.secret });
  const t0 = performance.now();
  const run = await runCli(['audit', '--live', ...tenants.flatMap((t) => ['--domain', t.server.url]), '-f', 'json'], env);
  const wall = (performance.now() - t0) / 1000;
  await Promise.all(tenants.map((t) => t.server.close()));

  const per = tenants.map((t) => {
    const limited = t.server.requests.filter((r) => r.path.startsWith('/api/v2/'));
    const accepted = limited.filter((r) => r.status !== 429).length;
    const span = limited.length ? (limited.at(-1).at - limited[0].at) / 1000 : 0;
    return { tenant: t.server.url, perSecond: t.perSecond, requests: limited.length, accepted, count429: t.server.count429, lowerBoundSeconds: Math.max(0, (accepted - auditBurst) / t.perSecond), apiSpanSeconds: +span.toFixed(2) };
  });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    report = undefined;
  }
  const audited = report?.tenants?.filter((x) => x.audited).length ?? 0;
  const clientsRead = report?.summary?.clients ?? 0;
  const slowest = Math.max(...per.map((p) => p.lowerBoundSeconds));
  const sum = per.reduce((n, p) => n + p.lowerBoundSeconds, 0);
  const out = {
    tenants: T,
    clientsPerTenant: perTenant,
    organizationsPerTenant: orgCount,
    bucket: { burst: auditBurst, perSecond: rates.slice(0, T) },
    latencyMs: latency,
    requests: per.reduce((n, p) => n + p.requests, 0),
    count429: per.reduce((n, p) => n + p.count429, 0),
    perTenant: per.map((p) => ({ ...p, lowerBoundSeconds: +p.lowerBoundSeconds.toFixed(2) })),
    slowestLowerBoundSeconds: +slowest.toFixed(2),
    sumLowerBoundSeconds: +sum.toFixed(2),
    wallSeconds: +wall.toFixed(2),
    ratioWall: +(wall / slowest).toFixed(3),
    ratioWallToSum: +(wall / sum).toFixed(3),
    audited,
    clientsRead,
    failed: T - audited,
    exitCode: run.code,
    secretLeaked: tenants.some((t) => run.stdout.includes(t.secret) || run.stderr.includes(t.secret)) || run.stdout.includes('bench-planted-secret'),
  };
  console.log(`orglint audit --live, ${T} tenants × ${perTenant} clients (${orgCount} organizations each), each its own bucket: burst ${auditBurst} / ${out.bucket.perSecond.join(', ')} per s, latency ${latency.join('-')} ms`);
  for (const p of out.perTenant) console.log(`  ${p.tenant}  ${p.requests} requests (${p.count429} answered 429), bucket lower bound ${p.lowerBoundSeconds} s, first→last request ${p.apiSpanSeconds} s`);
  console.log(`  slowest tenant's bound ${out.slowestLowerBoundSeconds} s; the tenants one after another: ${out.sumLowerBoundSeconds} s`);
  console.log(`  wall time         ${out.wallSeconds} s  = ${out.ratioWall}× the slowest tenant's bound (${out.ratioWallToSum}× the sum)`);
  console.log(`  audited ${audited}/${T} tenants, ${clientsRead} clients read, ${out.count429} 429s, exit code ${run.code}${out.secretLeaked ? ', SECRET LEAKED' : ''}`);
  // exit 1: findings (a third of the clients have a wrong-case usage); anything else is a failure of the run
  if (run.code !== 1 || audited !== T || clientsRead !== T * perTenant || out.secretLeaked) {
    console.error(run.stdout.slice(-2000), run.stderr.slice(-2000));
    process.exitCode = 1;
  }
  return out;
}
