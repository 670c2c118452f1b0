// The benchmark's report (Markdown): the machine and its load, one table row per command, peak memory ÷ floor per
// corpus, the worker-thread speed-up, the live runs, then the targets (bench/targets.mjs); and a comparison of
// two runs' JSON.
import { broken, floorOf, liveRuns, mib, ms, ratio, row, RSS_LIMITS } from './targets.mjs';

export { evaluateTargets } from './targets.mjs';

const size = (bytes) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`);
const load = (l) => (l ? l.join(' ') : 'not recorded');

/** The report as Markdown: the machine and its load, one table row per command, the derived tables, the targets. */
export function renderTable(report) {
  const m = report.machine;
  const lines = [
    `orglint benchmark, ${report.date.slice(0, 10)}: ${m.cpus} × ${m.cpu}, ${m.memory}, node ${m.node}, ${m.os}; median of ${report.runs} runs`,
    '',
    ...machineNotes(report),
    '',
    '| case | files | size | command | wall | CPU | peak RSS | orglint ÷ this (wall) | orglint ÷ this (RSS) |',
    '|---|---:|---:|---|---:|---:|---:|---:|---:|',
  ];
  for (const c of report.cases) {
    const ref = row(c, 'orglint') ?? row(c, 'stylish');
    c.rows.forEach((r, i) => {
      const first = i === 0;
      const label = first ? `${c.id}${c.check ? ` (${c.check.exact}/${c.check.planted} planted findings exact)` : ''}` : '';
      const isRef = r === ref;
      const [w, s] = r.role === 'format' || r.role === 'policies' ? [ratio(r.wallMs, ref.wallMs) + ' (this ÷ stylish)', ''] : isRef ? ['', ''] : [ratio(ref.wallMs, r.wallMs), ratio(ref.rssMiB, r.rssMiB)];
      const bad = broken(r);
      const command = bad ? `${r.label} (**exited ${bad.status ?? 'on a signal'}**)` : r.label;
      lines.push(`| ${label} | ${first ? c.files.toLocaleString('en-US') : ''} | ${first ? size(c.bytes) : ''} | ${command} | ${ms(r.wallMs)} | ${ms(r.cpuMs)} | ${mib(r.rssMiB)} | ${w} | ${s} |`);
    });
  }
  lines.push(...memoryTable(report), ...threadsTable(report), ...liveTable(report));
  lines.push('', '| target | issue | value | limit | met | detail |', '|---|---|---:|---:|---|---|');
  for (const t of report.targets) {
    const met = t.met === null ? 'not measured' : t.met ? 'yes' : '**no**';
    lines.push(`| ${cell(t.target)} | ${t.issue ?? ''} | ${t.value ?? '—'} | ${t.limit ?? '—'} | ${met} | ${cell(t.detail)} |`);
  }
  return lines.join('\n') + '\n';
}

/** The load average at the start, after each case and at the end, and a warning when it was above the cores. */
export function machineNotes(report) {
  const m = report.machine;
  const notes = [`Load average (1, 5, 15 min): ${load(m.loadAverage)} at the start, ${load(m.loadAverageEnd)} at the end; usage read with ${m.usage}.`];
  const ones = [m.loadAverage?.[0], ...report.cases.map((c) => c.loadAfter?.[0]), m.loadAverageEnd?.[0]].filter((x) => typeof x === 'number');
  const peak = Math.max(...ones);
  if (ones.length && peak > m.cpus) {
    notes.push(`**Warning: the 1-minute load average reached ${peak}, above the ${m.cpus} cores: other work shared the CPUs, so these wall times are unreliable (ratios within this run, which interleaves its commands, less so).**`);
  }
  return notes;
}

/** Peak RSS of orglint ÷ its floor's, one row per case that has both, with the limit where an issue sets one. */
function memoryTable(report) {
  const rows = report.cases.map((c) => ({ c, o: row(c, 'orglint'), f: floorOf(c) })).filter((x) => x.o && x.f);
  if (!rows.length) return [];
  const lines = ['', 'Peak memory ÷ floor, per corpus:', '', '| case | format | orglint peak RSS | floor | floor peak RSS | orglint ÷ floor (RSS) | target |', '|---|---|---:|---|---:|---:|---|'];
  for (const { c, o, f } of rows) {
    const limit = RSS_LIMITS[c.id];
    const value = o.rssMiB / f.rssMiB;
    const target = limit ? `≤ ${limit[0]}× (${limit[1]}): ${value <= limit[0] ? 'met' : '**not met**'}` : '—';
    lines.push(`| ${c.id} | ${c.format ?? ''} | ${mib(o.rssMiB)} | ${f.label} | ${mib(f.rssMiB)} | ${ratio(o.rssMiB, f.rssMiB)} | ${target} |`);
  }
  return lines;
}

/** `--threads 1` against the default (`--threads auto`), and both against the single-thread floor. */
function threadsTable(report) {
  const rows = report.cases.filter((c) => row(c, 'single-thread'));
  if (!rows.length) {
    if (report.machine.threads === false) return ['', 'Worker threads: not available (the built CLI has no `--threads` flag), so the default run is the single-thread one.'];
    return [];
  }
  const lines = [
    '',
    `Worker threads (${report.machine.cpus} cores; \`--threads auto\`, the default, starts workers only on 4 or more cores and while a core is idle, so on 2 cores or a loaded machine it runs on one thread): speed-up = \`--threads 1\`'s wall ÷ this one's.`,
    '',
    '| case | command | wall | CPU | speed-up | ÷ floor (wall) |',
    '|---|---|---:|---:|---:|---:|',
  ];
  for (const c of rows) {
    const one = row(c, 'single-thread');
    const f = floorOf(c);
    [one, row(c, 'orglint'), row(c, 'workers')].filter(Boolean).forEach((r, i) => {
      const label = r.role === 'orglint' ? 'orglint (default, --threads auto)' : r.label;
      lines.push(`| ${i === 0 ? c.id : ''} | ${label} | ${ms(r.wallMs)} | ${ms(r.cpuMs)} | ${r === one ? '' : ratio(one.wallMs, r.wallMs)} | ${f ? `${ratio(r.wallMs, f.wallMs)} ${f.label}` : '—'} |`);
    });
  }
  return lines;
}

/** a table cell from text of the live JSON: no column break, no line break */
const cell = (x) => String(x).replace(/[|\\]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
const isNum = (x) => typeof x === 'number';
const num = (x, unit = '') => (typeof x === 'number' ? `${x}${unit}` : '—');
const count = (x) => (Array.isArray(x) ? x.length : x);

/** bench:live's runs (the fix, and a multi-tenant audit and its tenants when its JSON has them). */
function liveTable(report) {
  if (!report.live) return [];
  if (report.live.error) return ['', `Live (npm run bench:live): ${cell(report.live.error)}`];
  const lines = ['', 'Live (npm run bench:live, the Management API test server with a rate limit):', '', '| run | tenants | clients | requests | 429 answers | lower bound | wall | wall ÷ bound | failed |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const { label, part, run } of liveRuns(report.live)) {
    const name = cell(part ? `↳ ${label}` : label);
    const clients = run.clients ?? (run.clientsPerTenant && run.tenants ? count(run.tenants) * run.clientsPerTenant : undefined);
    // a multi-tenant run is bounded below by its slowest tenant's bucket
    const bound = run.lowerBoundSeconds ?? run.slowestLowerBoundSeconds;
    // a tenant of a multi-tenant run has no wall time of its own: its first→last request, when given
    const span = !isNum(run.wallSeconds) && isNum(run.apiSpanSeconds) && `${run.apiSpanSeconds} s (first→last request)`;
    const over = span && isNum(bound) && bound > 0 ? `${(run.apiSpanSeconds / bound).toFixed(3)}×` : num(run.ratioWall, '×');
    lines.push(`| ${name} | ${num(count(run.tenants))} | ${num(clients)} | ${num(run.requests)} | ${num(run.count429)} | ${num(bound, ' s')} | ${span || num(run.wallSeconds, ' s')} | ${over} | ${num(run.failed)} |`);
  }
  return lines;
}

/** Wall-time change per command between an older and a newer report. */
export function compareReports(before, after) {
  const lines = ['', `| case | command | before | after | change |`, '|---|---|---:|---:|---:|'];
  for (const c of after.cases) {
    const old = before.cases.find((x) => x.id === c.id);
    for (const r of c.rows) {
      const o = old?.rows.find((x) => x.label === r.label);
      if (o) lines.push(`| ${c.id} | ${r.label} | ${ms(o.wallMs)} | ${ms(r.wallMs)} | ${ratio(r.wallMs, o.wallMs)} |`);
    }
  }
  return lines.join('\n') + '\n';
}
