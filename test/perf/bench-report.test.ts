/**
 * The benchmark's report, on a made-up run (no timing here: only the targets' arithmetic and the tables that
 * `npm run bench` prints). Issue #18's targets replace #6's where they overlap; the worker-thread rows say "not
 * measured" when the CLI has no --threads; a load above the cores is a warning; bench:live's JSON is rendered
 * whatever runs it holds.
 */
import { describe, expect, it } from 'vitest';
import { evaluateTargets, renderTable, type Case, type Report, type Row } from '../../bench/report.mjs';

const r = (label: string, role: Row['role'], wallMs: number, rssMiB: number, status = role.includes('floor') ? 0 : 1): Row => ({
  label,
  role,
  wallMs,
  cpuMs: wallMs * 0.9,
  rssMiB,
  samples: [{ wallMs, cpuMs: wallMs * 0.9, rssKiB: rssMiB * 1024, status }],
});
const c = (id: string, rows: Row[], extra: Partial<Case> = {}): Case => ({ id, corpus: id, format: 'yaml', files: 1, bytes: 1e6, rows, ...extra });
const check = (planted: number, exact: number) => ({ planted, exact, extra: 0, findings: planted, exitCode: 1 });

/** a run with orglint at chosen multiples of its floors; `threads` adds the --threads 1 rows */
function run({ threads = false, workers = false, yaml = 1.3, json = 1.6, rss = 1.3, small = 2, oneStatus = 1 } = {}): Case[] {
  const m = (id: string, floor: string, ratio: number, single?: number) =>
    c(id, [
      r('orglint', 'orglint', 1000 * ratio, 100 * rss),
      ...(threads ? [r('orglint --threads 1', 'single-thread', 1000 * single!, 90, oneStatus)] : []),
      ...(workers ? [r('orglint --threads 2', 'workers', 1000 * single! * 0.6, 150)] : []),
      r(`floor: ${floor}`, 'fastest-floor', 1000, 100),
    ], {
      check: check(100, 100),
    });
  return [
    threads ? m('M-yaml', 'js-yaml', 0.9, 1.2) : m('M-yaml', 'js-yaml', yaml),
    threads ? m('M-json', 'json', 1.0, 1.5) : m('M-json', 'json', json),
    c('tenant.yaml 1,000 clients', [r('orglint', 'orglint', 300, 70), r('floor: js-yaml', 'fastest-floor', 250, 60)], { check: check(10, 9) }),
    c('tenant.yaml 10,000 clients', [r('orglint', 'orglint', 1100, 140), r('floor: js-yaml', 'fastest-floor', 1000, 120)]),
    c('tenant.yaml 100,000 clients', [r('orglint -c bench/big.orglint.yaml', 'orglint', 10100, 600), r('floor: js-yaml', 'fastest-floor', 9000, 450)]),
    c('one small tenant.yaml', [r('orglint', 'orglint', 100 * small, 50), r('floor: js-yaml', 'floor', 150, 48), r('node -e 0', 'baseline', 100, 40, 0)]),
    c('formats on M-yaml', [r('orglint -f stylish', 'stylish', 1000, 100), r('orglint -f html', 'format', 1250, 120)]),
    c('policies on M-yaml', [r('orglint -c (a config without policies)', 'stylish', 1000, 100), r('orglint -c (the same + 10 policies)', 'policies', 1050, 100)]),
  ];
}

const report = (cases: Case[], more: Partial<Report> = {}, machine: Partial<Report['machine']> = {}): Report => {
  const rep: Report = {
    date: '2026-12-01T12:00:00.000Z',
    machine: { cpus: 2, cpu: 'Test CPU', memory: '24 GiB', node: 'v20', os: 'Linux', loadAverage: [1, 1, 1], loadAverageEnd: [1.5, 1, 1], usage: 'gnu-time', threads: false, ...machine },
    runs: 5,
    cases,
    targets: [],
    ...more,
  };
  rep.targets = evaluateTargets(cases, rep.live);
  return rep;
};
const target = (rep: Report, part: string) => {
  const found = rep.targets.filter((t) => t.target.includes(part));
  expect(found, part).toHaveLength(1);
  return found[0];
};
/** the cells of the one table line that starts with `| first |`, in the section that starts with `heading` */
const line = (table: string, first: string, heading = '| target |') => {
  const all = table.split('\n');
  const start = all.findIndex((l) => l.startsWith(heading));
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const section = all.slice(start);
  const end = section.findIndex((l, i) => i > 0 && l === '' && section[i - 1].startsWith('|'));
  const found = section.slice(0, end === -1 ? undefined : end).filter((l) => l.startsWith(`| ${first} |`));
  expect(found, first).toHaveLength(1);
  return found[0].split('|').slice(1, -1).map((x) => x.trim());
};

describe('bench report: issue 18 targets', () => {
  it('holds M-yaml to 1.3× and M-json to 1.5× the fastest floor, RSS to 1.3×, one small file to 2× node -e 0', () => {
    const rep = report(run());
    expect(target(rep, 'M-yaml: wall (one thread)')).toMatchObject({ issue: '#18', value: 1.3, limit: 1.3, met: true });
    expect(target(rep, 'M-json: wall (one thread)')).toMatchObject({ value: 1.6, limit: 1.5, met: false });
    expect(target(rep, 'M-yaml: peak RSS')).toMatchObject({ value: 1.3, limit: 1.3, met: true });
    expect(target(rep, 'M-json: peak RSS')).toMatchObject({ value: 1.3, limit: 1.3, met: true });
    expect(target(rep, 'one small file')).toMatchObject({ value: 2, limit: 2, met: true });
    expect(target(report(run({ yaml: 1.31 })), 'M-yaml: wall (one thread)').met).toBe(false);
    expect(target(report(run({ rss: 1.31 })), 'M-json: peak RSS').met).toBe(false);
    expect(target(report(run({ small: 2.01 })), 'one small file').met).toBe(false);
  });

  it('replaces the targets issue 18 tightens and keeps the others', () => {
    const names = report(run()).targets.map((t) => t.target);
    expect(names.filter((n) => /M-(yaml|json): (wall|peak RSS) ≤ 1\.5× /.test(n) && !n.includes('one thread'))).toEqual([]);
    expect(names.filter((n) => n.includes('2.5×'))).toEqual([]);
    expect(names).toContain('M-yaml with 10 policies: wall ≤ 1.1× without');
    expect(names).toContain('formats on M-yaml: -f html ≤ 1.2× stylish');
    expect(names).toContain('10,000-client tenant.yaml: wall ≤ 1.5× floor: js-yaml');
    const planted = target(report(run()), 'every planted finding');
    expect(planted).toMatchObject({ value: 1, limit: 0, met: false });
    expect(planted.detail).toContain('tenant.yaml 1,000 clients 9/10');
  });

  it('extends the 10× clients check to 100,000 vs 10,000, less node start-up', () => {
    const rep = report(run());
    expect(target(rep, '10,000 vs 1,000 clients')).toMatchObject({ issue: '#6', value: 5, limit: 11, met: true });
    // (10,100 - 100) / (1,100 - 100)
    expect(target(rep, '100,000 vs 10,000 clients')).toMatchObject({ issue: '#18', value: 10, limit: 11, met: true });
  });

  it('marks the worker-thread targets "not measured" without --threads, and says so under the table', () => {
    const rep = report(run());
    expect(target(rep, 'M-yaml: wall with workers')).toMatchObject({ value: null, met: null });
    const table = renderTable(rep);
    expect(line(table, 'M-json: wall with workers < 1× floor: json')).toEqual(['M-json: wall with workers < 1× floor: json', '#18', '—', '1', 'not measured', 'not available: the built CLI has no --threads flag']);
    expect(table).toContain('Worker threads: not available (the built CLI has no `--threads` flag)');
  });

  it('with --threads, holds --threads 1 to the single-thread limit and the default run below the floor', () => {
    const rep = report(run({ threads: true }), {}, { threads: true });
    expect(target(rep, 'M-yaml: wall (--threads 1)')).toMatchObject({ value: 1.2, limit: 1.3, met: true });
    expect(target(rep, 'M-yaml: wall with workers (default --threads auto)')).toMatchObject({ value: 0.9, limit: 1, met: true });
    // exactly the floor's time is not below it
    expect(target(rep, 'M-json: wall with workers')).toMatchObject({ value: 1, met: false });
    expect(target(rep, 'M-json: wall (--threads 1)')).toMatchObject({ value: 1.5, limit: 1.5, met: true });
    const table = renderTable(rep);
    expect(line(table, 'M-yaml', 'Worker threads').slice(1)).toEqual(['orglint --threads 1', '1.20 s', '1.08 s', '', '1.20× floor: js-yaml']);
    expect(table).toContain('|  | orglint (default, --threads auto) | 900 ms | 810 ms | 1.33× | 0.90× floor: js-yaml |');
    expect(line(table, 'M-json', 'Worker threads').slice(1)).toEqual(['orglint --threads 1', '1.50 s', '1.35 s', '', '1.50× floor: json']);
  });

  it('holds --threads N, when measured, to below the floor (auto starts no worker on a loaded machine)', () => {
    const rep = report(run({ threads: true, workers: true }), {}, { threads: true });
    // M-json: --threads 1 1.5 s, --threads 2 0.9 s, the default 1.0 s, the floor 1.0 s
    expect(target(rep, 'M-json: wall with workers (--threads 2) < 1× floor: json')).toMatchObject({ value: 0.9, met: true, detail: '900 ms vs 1.00 s (CPU 0.90×); speed-up 1.67× over --threads 1' });
    const table = renderTable(rep);
    const threads = table.slice(table.indexOf('Worker threads'), table.indexOf('| target | issue |'));
    expect(threads).toContain('| M-json | orglint --threads 1 | 1.50 s | 1.35 s |  | 1.50× floor: json |');
    expect(threads).toContain('|  | orglint --threads 2 | 900 ms | 810 ms | 1.67× | 0.90× floor: json |');
  });

  it('never counts a command that failed (e.g. a flag the build does not know) as meeting a target', () => {
    const rep = report(run({ threads: true, oneStatus: 2 }), {}, { threads: true });
    expect(target(rep, 'M-yaml: wall (--threads 1)')).toMatchObject({ value: null, met: false, detail: 'orglint --threads 1 exited 2' });
    expect(renderTable(rep)).toContain('| orglint --threads 1 (**exited 2**) |');
  });
});

describe('bench report: tables and machine notes', () => {
  it('prints peak RSS ÷ floor for every corpus, with the limit where an issue sets one', () => {
    const table = renderTable(report(run({ rss: 1.4 })));
    expect(line(table, 'M-yaml', 'Peak memory').slice(1)).toEqual(['yaml', '140 MiB', 'floor: js-yaml', '100 MiB', '1.40×', '≤ 1.3× (#18): **not met**']);
    expect(line(table, 'tenant.yaml 10,000 clients', 'Peak memory').slice(1)).toEqual(['yaml', '140 MiB', 'floor: js-yaml', '120 MiB', '1.17×', '≤ 1.5× (#6): met']);
    expect(line(table, 'tenant.yaml 100,000 clients', 'Peak memory').slice(1)).toEqual(['yaml', '600 MiB', 'floor: js-yaml', '450 MiB', '1.33×', '—']);
    // the small file is held to `node -e 0` for time, to js-yaml for memory
    expect(line(table, 'one small tenant.yaml', 'Peak memory').slice(3, 6)).toEqual(['floor: js-yaml', '48 MiB', '1.04×']);
  });

  it('gives the load average at the start and the end, and warns when it was above the cores', () => {
    const quiet = renderTable(report(run()));
    expect(quiet).toContain('Load average (1, 5, 15 min): 1 1 1 at the start, 1.5 1 1 at the end');
    expect(quiet).not.toContain('Warning');
    const cases = run();
    cases[2].loadAfter = [3.25, 2, 1];
    const loaded = renderTable(report(cases));
    expect(loaded).toContain('**Warning: the 1-minute load average reached 3.25, above the 2 cores');
    expect(renderTable(report(run(), {}, { loadAverage: [0.5, 0.5, 0.5], loadAverageEnd: [2.01, 1, 1] }))).toContain('reached 2.01');
  });
});

describe('bench report: the live runs', () => {
  const fix = { clients: 500, requests: 520, count429: 0, lowerBoundSeconds: 29.4, wallSeconds: 31.2, ratioWall: 1.06, fixed: 500, failed: 0, exitCode: 0, secretLeaked: false };
  /** bench:live's JSON with the multi-tenant audit: the fix's fields at the top level and under `fix` */
  const audit = {
    tenants: 3,
    clientsPerTenant: 500,
    organizationsPerTenant: 40,
    bucket: { burst: 10, perSecond: [4, 5, 6] },
    requests: 141,
    count429: 2,
    perTenant: [4, 5, 6].map((rate, k) => ({ tenant: `http://127.0.0.1:400${k}`, perSecond: rate, requests: 47, accepted: 47, count429: k === 0 ? 2 : 0, lowerBoundSeconds: +(37 / rate).toFixed(2), apiSpanSeconds: 9 })),
    slowestLowerBoundSeconds: 9.25,
    sumLowerBoundSeconds: 22.8,
    wallSeconds: 10.1,
    ratioWall: 1.092,
    ratioWallToSum: 0.443,
    audited: 3,
    clientsRead: 1500,
    failed: 0,
    exitCode: 1,
    secretLeaked: false,
  };
  const both = { ...fix, fix, multiTenantAudit: audit };

  it('renders the fix once, the multi-tenant audit and its tenants, and checks them', () => {
    const rep = report(run(), { live: both });
    const table = renderTable(rep);
    expect(line(table, 'fix', 'Live').slice(1)).toEqual(['—', '500', '520', '0', '29.4 s', '31.2 s', '1.06×', '0']);
    expect(table).not.toContain('| fix --live |');
    expect(line(table, 'multiTenantAudit: 3 tenants × 500 clients', 'Live').slice(1)).toEqual(['3', '1500', '141', '2', '9.25 s', '10.1 s', '1.092×', '0']);
    expect(line(table, '↳ http://127.0.0.1:4000', 'Live').slice(1)).toEqual(['—', '—', '47', '2', '9.25 s', '9 s (first→last request)', '0.973×', '—']);
    expect(line(table, '↳ http://127.0.0.1:4002', 'Live').slice(5, 6)).toEqual(['6.17 s']);
    expect(target(rep, "live fix: wall ≤ 1.15× the rate limit's lower bound")).toMatchObject({ value: 1.06, met: true });
    expect(target(rep, 'live fix: no failure')).toMatchObject({ met: true });
    // no limit for the audit's time unless its JSON names one; exit 1 is its findings, not a failure
    expect(rep.targets.filter((t) => t.target.includes('multiTenantAudit') && t.target.includes('wall'))).toEqual([]);
    expect(target(rep, 'live multiTenantAudit: 3 tenants × 500 clients: no failure')).toMatchObject({ met: true, detail: 'failed 0, exit code 1' });
    const named = report(run(), { live: { ...both, multiTenantAudit: { ...audit, target: 1.05 } } });
    expect(target(named, 'live multiTenantAudit: 3 tenants × 500 clients: wall ≤ 1.05×')).toMatchObject({ value: 1.092, met: false, detail: '10.1 s vs 9.25 s' });
  });

  it('reads the older JSON (the fix alone, at the top level) and an audit alone (--only audit)', () => {
    const old = renderTable(report(run(), { live: fix }));
    expect(line(old, 'fix --live', 'Live').slice(1)).toEqual(['—', '500', '520', '0', '29.4 s', '31.2 s', '1.06×', '0']);
    const alone = report(run(), { live: { multiTenantAudit: audit } });
    expect(renderTable(alone)).toContain('| multiTenantAudit: 3 tenants × 500 clients | 3 |');
    expect(alone.targets.map((t) => t.target)).toEqual([...report(run()).targets.map((t) => t.target), 'live multiTenantAudit: 3 tenants × 500 clients: no failure, no error exit, no secret in any output']);
  });

  it('fails on a failed run, an error exit or a leaked secret, and survives a JSON of another shape or none', () => {
    expect(target(report(run(), { live: { ...fix, failed: 2, exitCode: 1 } }), 'no failure')).toMatchObject({ value: 2, met: false });
    expect(target(report(run(), { live: { ...fix, exitCode: 2 } }), 'no failure')).toMatchObject({ value: 0, met: false });
    expect(target(report(run(), { live: { ...fix, exitCode: null } }), 'no failure').met).toBe(false);
    expect(target(report(run(), { live: { ...fix, benchLiveExit: 1 } }), 'exits 0')).toMatchObject({ met: false, detail: 'it exited 1' });
    expect(target(report(run(), { live: { ...fix, secretLeaked: true } }), 'no failure')).toMatchObject({ met: false, detail: 'failed 0, exit code 0, SECRET LEAKED' });
    const odd = report(run(), { live: JSON.parse('{"version": 2, "note": "no runs here", "__proto__": {"wallSeconds": 1}, "list": [1, null, {"a": 1}]}') });
    expect(odd.targets.filter((t) => t.issue === 'bench:live')).toEqual([]);
    expect(renderTable(odd)).toContain('| run | tenants |');
    const pipe = renderTable(report(run(), { live: { ...fix, label: 'a | b\n| c' } }));
    // a `|` or a line break from the JSON neither opens a column nor ends the row: still nine cells
    const raw = pipe.split('\n').find((l) => l.startsWith('| a \\| b \\| c |'));
    expect(raw?.replace(/\\\|/g, '').split('|')).toHaveLength(9 + 2);
    const none = report(run(), { live: { error: 'bench/live-fix.mjs exited 1 without a JSON report (ENOENT)' } });
    expect(target(none, 'the live benchmark ran')).toMatchObject({ met: false });
    expect(renderTable(none)).toContain('Live (npm run bench:live): bench/live-fix.mjs exited 1 without a JSON report (ENOENT)');
  });
});
