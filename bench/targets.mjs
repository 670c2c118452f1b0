// The benchmark's targets checked against one run's results (issue #6, the policies of #16, and issue #18's
// tighter ones, which replace #6's where they overlap), and the units the report prints them in.

export const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);
export const mib = (x) => `${Math.round(x)} MiB`;
export const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');

export const row = (c, role) => c?.rows.find((r) => r.role === role);
export const byId = (results, part) => results.find((c) => c.id.includes(part));
/** the floor orglint is held to in a case: the fastest parser, else the first floor */
export const floorOf = (c) => row(c, 'fastest-floor') ?? row(c, 'floor');

/** issue #18: the whole process, median of the runs; M-yaml and M-json single-threaded */
export const WALL_LIMITS = { 'M-yaml': 1.3, 'M-json': 1.5 };
/** peak RSS ÷ the floor's, where an issue sets a limit: case id → [limit, issue] */
export const RSS_LIMITS = { 'M-yaml': [1.3, '#18'], 'M-json': [1.3, '#18'], 'tenant.yaml 10,000 clients': [1.5, '#6'] };
/** the live fix's wall time over the bucket's lower bound (bench:live) */
export const LIVE_RATIO_LIMIT = 1.15;

/**
 * A command whose process failed: an orglint exit code other than 0 or 1 (2 is a usage or fatal error, e.g. a flag
 * the build does not know), a floor or `node -e 0` other than 0, or a process killed by a signal (status null).
 */
export function broken(r) {
  const ok = r.role === 'floor' || r.role === 'fastest-floor' || r.role === 'baseline' ? [0] : [0, 1];
  return (r.samples ?? []).find((s) => !ok.includes(s.status));
}

/**
 * Check the targets against one run's results. Each target: { target, value, limit, met, detail, issue };
 * `value` and `met` are null when the target cannot be measured in this run (the reason is in `detail`).
 */
export function evaluateTargets(results, live) {
  const out = [];
  const push = (issue, target, value, limit, detail, below = false, ...used) => {
    const bad = used.map((r) => r && broken(r) && r).find(Boolean);
    if (bad) return out.push({ issue, target, value: null, limit, met: false, detail: `${bad.label} exited ${broken(bad).status ?? 'on a signal'}` });
    const met = below ? value < limit : value <= limit;
    // a miss never shows the limit itself (1.206 > 1.2 is 1.21, not 1.2)
    const v = met ? Math.round(value * 100) / 100 : Math.ceil(value * 100 - 1e-9) / 100;
    out.push({ issue, target, value: v, limit, met, detail });
  };
  const na = (issue, target, limit, detail) => out.push({ issue, target, value: null, limit, met: null, detail });
  const vs = (a, b, unit = ms) => `${unit(a)} vs ${unit(b)}`;
  // wall times, and the CPU ratio beside them: on a loaded machine it moves less than the wall ratio
  const wallVs = (a, b) => `${vs(a.wallMs, b.wallMs)} (CPU ${ratio(a.cpuMs, b.cpuMs)})`;

  for (const name of ['M-yaml', 'M-json']) {
    const c = results.find((r) => r.id === name);
    if (!c) continue;
    const o = row(c, 'orglint');
    const f = floorOf(c);
    const one = row(c, 'single-thread');
    // with workers: `--threads N` when measured (`auto` starts none on a loaded machine), else the default run
    const many = row(c, 'workers') ?? o;
    const single = one ?? o;
    const wall = WALL_LIMITS[name];
    const how = one ? '--threads 1' : 'one thread';
    push('#18', `${name}: wall (${how}) ≤ ${wall}× ${f.label}`, single.wallMs / f.wallMs, wall, wallVs(single, f) + (one ? '' : '; the CLI has no --threads, so its default run is single-threaded'), false, single, f);
    if (one) {
      const label = many === o ? 'default --threads auto' : many.label.replace('orglint ', '');
      push('#18', `${name}: wall with workers (${label}) < 1× ${f.label}`, many.wallMs / f.wallMs, 1, `${wallVs(many, f)}; speed-up ${ratio(one.wallMs, many.wallMs)} over --threads 1`, true, many, f);
    }
    else na('#18', `${name}: wall with workers < 1× ${f.label}`, 1, 'not available: the built CLI has no --threads flag');
    const [rss] = RSS_LIMITS[name];
    push('#18', `${name}: peak RSS ≤ ${rss}× ${f.label}`, o.rssMiB / f.rssMiB, rss, vs(o.rssMiB, f.rssMiB, mib), false, o, f);
  }

  const checked = results.filter((c) => c.check);
  if (checked.length) {
    const misses = checked.reduce((n, c) => n + c.check.planted - c.check.exact, 0);
    push('#6', 'every planted finding at its exact line and column, every case checked (misses)', misses, 0, checked.map((c) => `${c.corpus} ${c.check.exact}/${c.check.planted}`).join(', '));
  }

  const big = byId(results, '10,000 clients');
  if (big) {
    const o = row(big, 'orglint');
    const f = floorOf(big);
    const [rss] = RSS_LIMITS[big.id] ?? [1.5];
    push('#6', `10,000-client tenant.yaml: wall ≤ 1.5× ${f.label}`, o.wallMs / f.wallMs, 1.5, wallVs(o, f), false, o, f);
    push('#6', `10,000-client tenant.yaml: peak RSS ≤ ${rss}× ${f.label}`, o.rssMiB / f.rssMiB, rss, vs(o.rssMiB, f.rssMiB, mib), false, o, f);
  }
  const base = row(byId(results, 'small'), 'baseline');
  const scaling = (issue, larger, smaller, label) => {
    const a = row(byId(results, larger), 'orglint');
    const b = row(byId(results, smaller), 'orglint');
    if (!a || !b) return;
    const start = base?.wallMs ?? 0;
    const detail = `${vs(a.wallMs, b.wallMs)}, node -e 0 ${base ? ms(start) : 'not measured (taken as 0)'}; CPU ${ratio(a.cpuMs, b.cpuMs)}`;
    push(issue, `${label}: 10× the clients ≤ 11× the time (wall, less node start-up)`, (a.wallMs - start) / (b.wallMs - start), 11, detail, false, a, b);
  };
  scaling('#6', '10,000 clients', '1,000 clients', 'tenant.yaml 10,000 vs 1,000 clients');
  scaling('#18', '100,000 clients', '10,000 clients', 'tenant.yaml 100,000 vs 10,000 clients');

  const one = byId(results, 'small');
  if (one) {
    const o = row(one, 'orglint');
    const b = row(one, 'baseline');
    push('#18', 'one small file: wall ≤ 2× node -e 0 (pre-commit start-up)', o.wallMs / b.wallMs, 2, wallVs(o, b), false, o, b);
  }
  for (const c of results.filter((r) => r.id.startsWith('formats'))) {
    const s = row(c, 'stylish');
    for (const f of c.rows.filter((r) => r.role === 'format')) {
      push('#6', `${c.id}: ${f.label.replace('orglint ', '')} ≤ 1.2× stylish`, f.wallMs / s.wallMs, 1.2, vs(f.wallMs, s.wallMs), false, f, s);
    }
  }
  const pol = byId(results, 'policies on M-yaml');
  if (pol) {
    const s = row(pol, 'stylish');
    const p = pol.rows.find((r) => r.role === 'policies' && r.label.includes('10 policies'));
    push('#16', 'M-yaml with 10 policies: wall ≤ 1.1× without', p.wallMs / s.wallMs, 1.1, vs(p.wallMs, s.wallMs), false, p, s);
  }
  if (live) out.push(...liveTargets(live));
  return out;
}

const isNum = (x) => typeof x === 'number';
const isObj = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);
const count = (x) => (Array.isArray(x) ? x.length : x);
/** the same run written twice (bench:live keeps the fix's fields at the top level and under `fix`) */
const sameRun = (a, b) => ['wallSeconds', 'requests', 'lowerBoundSeconds', 'clients'].every((k) => a[k] === b[k]);

/**
 * The runs in `bench:live`'s JSON: the top level when it has a numeric `wallSeconds` (the fix, as the file always
 * wrote it), each top-level object with a numeric `wallSeconds` (e.g. `multiTenantAudit`), and under each run its
 * parts: objects (in arrays too, e.g. `perTenant`) with a numeric `requests`, `lowerBoundSeconds` or `wallSeconds`.
 * `fix` marks the run held to the live fix's limit. Fields that are missing stay undefined.
 */
export function liveRuns(json) {
  const out = [];
  if (!isObj(json)) return out;
  const rootIsRun = isNum(json.wallSeconds);
  let rootName = 'fix --live';
  const children = [];
  for (const [k, v] of Object.entries(json)) {
    if (!isObj(v) || !isNum(v.wallSeconds)) continue;
    if (rootIsRun && sameRun(v, json)) rootName = k;
    else children.push([k, v]);
  }
  const isPart = (x) => isObj(x) && ['requests', 'lowerBoundSeconds', 'wallSeconds'].some((k) => isNum(x[k]));
  const add = (name, run, fix) => {
    const many = run.tenants !== undefined && run.clientsPerTenant !== undefined ? `: ${count(run.tenants)} tenants × ${run.clientsPerTenant} clients` : '';
    out.push({ label: String(run.label ?? `${name}${many}`), part: false, fix, run });
    for (const [k, v] of Object.entries(run)) {
      const items = Array.isArray(v) ? v : isObj(v) && !isNum(v.wallSeconds) ? [v] : [];
      items.forEach((x, i) => {
        if (isPart(x)) out.push({ label: String(x.label ?? x.name ?? x.tenant ?? x.domain ?? (items.length > 1 ? `${k} ${i + 1}` : k)), part: true, fix: false, run: x });
      });
    }
  };
  if (rootIsRun) add(rootName, json, true);
  for (const [k, v] of children) add(k, v, k === 'fix');
  return out;
}

/**
 * Live targets: the fix within 1.15× its rate limit's lower bound (another run only when its JSON names a
 * `target`); every run without failures, without an orglint error exit (2, or a signal) and without a leaked secret.
 * An exit code of 1 is findings (the multi-tenant audit has them), not a failure.
 */
function liveTargets(json) {
  if (json.error) return [{ issue: 'bench:live', target: 'the live benchmark ran', value: null, limit: null, met: false, detail: json.error }];
  const out = [];
  if (json.benchLiveExit !== undefined) out.push({ issue: 'bench:live', target: 'bench/live-fix.mjs exits 0', value: null, limit: null, met: false, detail: `it exited ${json.benchLiveExit}` });
  for (const { label, part, fix, run } of liveRuns(json)) {
    if (part) continue; // a tenant of a multi-tenant run: its run carries the targets
    const limit = isNum(run.target) ? run.target : fix ? LIVE_RATIO_LIMIT : null;
    if (isNum(run.ratioWall) && limit !== null) {
      out.push({ issue: 'bench:live', target: `live ${label}: wall ≤ ${limit}× the rate limit's lower bound`, value: run.ratioWall, limit, met: run.ratioWall <= limit, detail: `${run.wallSeconds} s vs ${run.lowerBoundSeconds ?? run.slowestLowerBoundSeconds ?? '?'} s` });
    }
    if (isNum(run.failed) || 'exitCode' in run || run.secretLeaked !== undefined) {
      const failed = run.failed ?? 0;
      const crashed = 'exitCode' in run && !(run.exitCode === 0 || run.exitCode === 1);
      const ok = failed === 0 && !crashed && run.secretLeaked !== true;
      const detail = `failed ${failed}, exit code ${run.exitCode ?? '?'}${run.secretLeaked ? ', SECRET LEAKED' : ''}`;
      out.push({ issue: 'bench:live', target: `live ${label}: no failure, no error exit, no secret in any output`, value: failed, limit: 0, met: ok, detail });
    }
  }
  return out;
}
