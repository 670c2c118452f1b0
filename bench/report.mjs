// The benchmark's table (Markdown), the issue #6 targets, and a comparison of two runs' JSON.

const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);
const mib = (x) => `${Math.round(x)} MiB`;
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const size = (bytes) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`);

const row = (c, role) => c?.rows.find((r) => r.role === role);
const byId = (results, part) => results.find((c) => c.id.includes(part));

/** Check the targets of issue #6 against one run's results. */
export function evaluateTargets(results) {
  const out = [];
  const add = (target, value, limit, detail) => out.push({ target, value: Math.round(value * 100) / 100, limit, met: value <= limit, detail });
  for (const name of ['M-yaml', 'M-json']) {
    const c = results.find((r) => r.id === name);
    if (!c) continue;
    const o = row(c, 'orglint');
    const f = row(c, 'fastest-floor');
    add(`${name}: wall ≤ 1.5× ${f.label}`, o.wallMs / f.wallMs, 1.5, `${ms(o.wallMs)} vs ${ms(f.wallMs)}`);
    add(`${name}: peak RSS ≤ 1.5× ${f.label}`, o.rssMiB / f.rssMiB, 1.5, `${mib(o.rssMiB)} vs ${mib(f.rssMiB)}`);
    if (c.check) add(`${name}: every planted finding at its exact position (misses)`, c.check.planted - c.check.exact, 0, `${c.check.exact}/${c.check.planted} exact`);
  }
  const big = byId(results, '10,000');
  const base = row(byId(results, 'small'), 'baseline')?.wallMs ?? 0;
  if (big) {
    const o = row(big, 'orglint');
    const f = row(big, 'fastest-floor');
    add(`10,000-client tenant.yaml: wall ≤ 1.5× ${f.label}`, o.wallMs / f.wallMs, 1.5, `${ms(o.wallMs)} vs ${ms(f.wallMs)}`);
    add(`10,000-client tenant.yaml: peak RSS ≤ 1.5× ${f.label}`, o.rssMiB / f.rssMiB, 1.5, `${mib(o.rssMiB)} vs ${mib(f.rssMiB)}`);
    const small = byId(results, '1,000 clients');
    if (small) {
      const s = row(small, 'orglint');
      add(
        '10× the clients ≤ 11× the time (wall, less node start-up)',
        (o.wallMs - base) / (s.wallMs - base),
        11,
        `${ms(o.wallMs)} vs ${ms(s.wallMs)}, node -e 0 ${ms(base)}; CPU ${ratio(o.cpuMs, s.cpuMs)}`,
      );
    }
  }
  const one = byId(results, 'small');
  if (one) {
    const o = row(one, 'orglint');
    const b = row(one, 'baseline');
    add('one small file: wall ≤ 2.5× node -e 0', o.wallMs / b.wallMs, 2.5, `${ms(o.wallMs)} vs ${ms(b.wallMs)}`);
  }
  for (const c of results.filter((r) => r.id.startsWith('formats'))) {
    const s = row(c, 'stylish');
    for (const f of c.rows.filter((r) => r.role === 'format')) {
      add(`${c.id}: ${f.label.replace('orglint ', '')} ≤ 1.2× stylish`, f.wallMs / s.wallMs, 1.2, `${ms(f.wallMs)} vs ${ms(s.wallMs)}`);
    }
  }
  const pol = byId(results, 'policies on M-yaml');
  if (pol) {
    const s = row(pol, 'stylish');
    const p = pol.rows.find((r) => r.role === 'policies' && r.label.includes('10 policies'));
    add('M-yaml with 10 policies: wall ≤ 1.1× without', p.wallMs / s.wallMs, 1.1, `${ms(p.wallMs)} vs ${ms(s.wallMs)}`);
  }
  return out;
}

/** The report as Markdown: the machine, one table row per command, then the targets. */
export function renderTable(report) {
  const m = report.machine;
  const lines = [
    `orglint benchmark, ${report.date.slice(0, 10)}: ${m.cpus} × ${m.cpu}, ${m.memory}, node ${m.node}, ${m.os}; median of ${report.runs} runs (load average at start ${m.loadAverage.join(' ')})`,
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
      lines.push(`| ${label} | ${first ? c.files.toLocaleString('en-US') : ''} | ${first ? size(c.bytes) : ''} | ${r.label} | ${ms(r.wallMs)} | ${ms(r.cpuMs)} | ${mib(r.rssMiB)} | ${w} | ${s} |`);
    });
  }
  lines.push('', '| target | value | limit | met | detail |', '|---|---:|---:|---|---|');
  for (const t of report.targets) lines.push(`| ${t.target} | ${t.value} | ${t.limit} | ${t.met ? 'yes' : '**no**'} | ${t.detail} |`);
  return lines.join('\n') + '\n';
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
