// `npm run bench`: orglint, run cold as users run it, against the cost of just reading and parsing the same files.
//
//   node bench/run.mjs [--runs N] [--only CASE,CASE] [--big] [--live [--live-args "ARGS"]] [--compare FILE]
//
// 1. bundles the CLI with scripts/build.mjs into bench/out/dist, 2. generates the corpus (bench/corpus.mjs; skipped
// when current), 3. checks that orglint reports every planted violation at its exact line and column, 4. runs each
// command N times (default 5, interleaved so machine noise hits all alike) and prints the medians, the ratios and
// the targets (bench/targets.mjs). The table is also written to bench/out/latest.json (and a dated copy) for
// comparison. `--big` adds the 100,000-client tenant.yaml (~100 MB, generated on first use; `--only 100,000`
// selects it alone); `--live` also runs `npm run bench:live` (bench/live-fix.mjs, given --live-args, split at
// spaces) and reports its runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CORPUS_DIR, ensureCorpus } from './corpus.mjs';
import { METHOD, measureNode, median } from './measure.mjs';
import { evaluateTargets, renderTable } from './report.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench', 'out');
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const RUNS = Number(flag('--runs') ?? 5);
// split at commas, but not inside a number (`--only small,100,000` is `small` and `100,000`)
const ONLY = flag('--only')?.split(/(?<!\d),|,(?!\d{3}(?!\d))/);
const BIG = args.includes('--big');
const LIVE_ARGS = flag('--live-args')?.split(/\s+/).filter(Boolean) ?? [];
const LIVE = args.includes('--live') || LIVE_ARGS.length > 0;
if (!(RUNS >= 1)) throw new Error('--runs needs a number ≥ 1');

const log = (m) => process.stderr.write(`${m}\n`);
const loadNow = () => os.loadavg().map((x) => Math.round(x * 100) / 100);
const loadAtStart = loadNow();
log('bench: building the CLI into bench/out/dist');
execFileSync(process.execPath, ['scripts/build.mjs', path.join(OUT, 'dist')], { cwd: ROOT, stdio: 'inherit' });
const CLI = path.join(OUT, 'dist', 'cli.js');
const FLOOR = path.join(ROOT, 'bench', 'floor.mjs');
const POLICIES = path.join(ROOT, 'bench', 'policies.orglint.yaml');
const NO_POLICIES = path.join(ROOT, 'bench', 'no-policies.orglint.yaml');
const BIG_CONFIG = path.join(ROOT, 'bench', 'big.orglint.yaml');
const { FORMATTERS } = await import(pathToFileURL(path.join(OUT, 'dist', 'index.js')).href);
const formats = ['json', 'sarif', 'html'].filter((f) => f in FORMATTERS);
// worker threads (issue #18): measured only when this build has the flag, else the report says "not available"
const THREADS = /(^|[\s,])--threads\b/m.test(execFileSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }));

const orglint = (target, extra = []) => ({ label: `orglint${extra.length ? ' ' + extra.join(' ') : ''}`, role: 'orglint', args: [CLI, target, ...extra] });
const floor = (parser, target, fastest) => ({ label: `floor: ${parser}`, role: fastest ? 'fastest-floor' : 'floor', args: [FLOOR, parser, target] });
const yamlFloors = (t) => [floor('yaml', t, false), floor('js-yaml', t, true)];
const jsonFloors = (t) => [floor('jsonc', t, false), floor('json', t, true)];

// `--threads 1` (no worker) and, on more than one core, `--threads N` for N cores: `auto` (the default) starts
// workers only on 4+ cores while a core is idle, so on 2 cores or a loaded machine the default run is the single-thread one
const CORES = os.availableParallelism?.() ?? os.cpus().length;
const singleThread = (target) =>
  THREADS ? [{ ...orglint(target, ['--threads', '1']), role: 'single-thread' }, ...(CORES > 1 ? [{ ...orglint(target, ['--threads', String(CORES)]), role: 'workers' }] : [])] : [];

/**
 * every case: a corpus folder as cwd, and the commands compared on it; `lintArgs` are passed to every orglint
 * command of the case (and its check); `onDemand` cases run only when asked for (--big, or --only naming them)
 */
const ALL_CASES = [
  { id: 'S-yaml', corpus: 'S-yaml', commands: [orglint('.'), ...yamlFloors('.')] },
  { id: 'S-json', corpus: 'S-json', commands: [orglint('.'), ...jsonFloors('.')] },
  { id: 'M-yaml', corpus: 'M-yaml', commands: [orglint('.'), ...singleThread('.'), ...yamlFloors('.')] },
  { id: 'M-json', corpus: 'M-json', commands: [orglint('.'), ...singleThread('.'), ...jsonFloors('.')] },
  { id: 'tenant.yaml 1,000 clients', corpus: 'big-1000', commands: [orglint('tenant.yaml'), ...yamlFloors('tenant.yaml')] },
  { id: 'tenant.yaml 10,000 clients', corpus: 'big-10000', commands: [orglint('tenant.yaml'), ...yamlFloors('tenant.yaml')] },
  {
    // ~100 MB, over the 10 MiB maxFileSize default (raised by bench/big.orglint.yaml); the `yaml` floor is left
    // out (about a minute and several GiB a run)
    id: 'tenant.yaml 100,000 clients',
    corpus: 'big-100000',
    onDemand: true,
    lintArgs: ['-c', BIG_CONFIG],
    commands: [{ ...orglint('tenant.yaml', ['-c', BIG_CONFIG]), label: 'orglint -c bench/big.orglint.yaml' }, floor('js-yaml', 'tenant.yaml', true)],
  },
  { id: 'Terraform module 1,000 clients', corpus: 'tf-1000', commands: [orglint('.'), floor('tree-sitter-hcl', '.', true)] },
  {
    id: 'one small tenant.yaml',
    corpus: 'small',
    commands: [orglint('tenant.yaml'), floor('js-yaml', 'tenant.yaml', false), { label: 'node -e 0', role: 'baseline', args: ['-e', '0'] }],
  },
  ...['M-yaml', 'M-json'].map((c) => ({
    id: `formats on ${c}`,
    corpus: c,
    commands: [{ ...orglint('.', ['-f', 'stylish']), role: 'stylish' }, ...formats.map((f) => ({ ...orglint('.', ['-f', f]), role: 'format' }))],
  })),
  {
    // issue 16: the built-in rules keep their speed with ten declarative policies on
    id: 'policies on M-yaml',
    corpus: 'M-yaml',
    commands: [
      { ...orglint('.', ['-c', NO_POLICIES]), label: 'orglint -c (a config without policies)', role: 'stylish' },
      { ...orglint('.', ['-c', POLICIES]), label: 'orglint -c (the same + 10 policies)', role: 'policies' },
      { ...orglint('.'), label: 'orglint (no config)', role: 'policies' },
    ],
  },
];
/** `--only` selects a case by a part of its id or by its corpus name; an on-demand case only by a name of its own */
const matches = (c, o) => c.id.includes(o) || c.corpus === o;
const named = (c) => ONLY?.some((o) => matches(c, o) && !ALL_CASES.some((d) => !d.onDemand && matches(d, o)));
const CASES = ALL_CASES.filter((c) => (!ONLY || ONLY.some((o) => matches(c, o))) && (!c.onDemand || BIG || named(c)));
const manifest = ensureCorpus(undefined, false, CASES.map((c) => c.corpus));

/** Run orglint once with -f json and compare the planted violations with what it reports. */
function verify(corpusName, lintArgs = []) {
  const c = manifest.corpora[corpusName];
  const cwd = path.join(CORPUS_DIR, corpusName);
  const r = measureNode([CLI, '.', '-f', 'json', ...lintArgs], cwd, true);
  if (r.status !== 0 && r.status !== 1) throw new Error(`orglint -f json on ${corpusName} exited ${r.status}`);
  const report = JSON.parse(r.stdout);
  const planted = new Set(c.expected.map((e) => e.rule));
  const got = new Set(report.findings.filter((f) => planted.has(f.ruleId)).map((f) => `${f.file}:${f.line}:${f.column}:${f.ruleId}`));
  const want = c.expected.map((e) => `${e.file}:${e.line}:${e.column}:${e.rule}`);
  const exact = want.filter((w) => got.has(w)).length;
  return { planted: want.length, exact, extra: got.size - exact, findings: report.findings.length, exitCode: r.status };
}

const machine = {
  cpus: CORES,
  cpu: cpuModel(),
  memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  os: `${os.type()} ${os.release()}`,
  loadAverage: loadAtStart,
  usage: METHOD,
  threads: THREADS,
};
log(`bench: ${machine.cpus} × ${machine.cpu}, node ${machine.node}, ${RUNS} runs each, load ${machine.loadAverage.join(' ')}`);

const started = Date.now();
const results = [];
for (const c of CASES) {
  const info = manifest.corpora[c.corpus];
  const cwd = path.join(CORPUS_DIR, c.corpus);
  const check = c.id.startsWith('formats') || c.id.startsWith('policies') ? undefined : verify(c.corpus, c.lintArgs);
  for (const cmd of c.commands) measureNode(cmd.args, cwd); // warm the page cache and the code cache
  const samples = c.commands.map(() => []);
  for (let i = 0; i < RUNS; i++) c.commands.forEach((cmd, k) => samples[k].push(measureNode(cmd.args, cwd)));
  const rows = c.commands.map((cmd, k) => ({
    label: cmd.label,
    role: cmd.role,
    wallMs: median(samples[k].map((s) => s.wallMs)),
    cpuMs: median(samples[k].map((s) => s.cpuMs)),
    rssMiB: median(samples[k].map((s) => s.rssKiB)) / 1024,
    samples: samples[k].map((s) => ({ wallMs: Math.round(s.wallMs), cpuMs: Math.round(s.cpuMs), rssKiB: s.rssKiB, status: s.status })),
  }));
  results.push({ id: c.id, corpus: c.corpus, format: info.format, files: info.files, bytes: info.bytes, clients: info.tenants * info.clients, check, rows, loadAfter: loadNow() });
  log(`bench: ${c.id} done (${Math.round((Date.now() - started) / 1000)} s)`);
}

const live = LIVE ? runLive() : undefined;
machine.loadAverageEnd = loadNow();
const report = { date: new Date().toISOString(), machine, runs: RUNS, cases: results, ...(live ? { live } : {}) };
report.targets = evaluateTargets(results, live);
const table = renderTable(report);
process.stdout.write(table);
mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, 'latest.json'), JSON.stringify(report, null, 2));
writeFileSync(path.join(OUT, `bench-${report.date.replace(/[:.]/g, '-')}.json`), JSON.stringify(report, null, 2));
writeFileSync(path.join(OUT, 'latest.md'), table);
const compare = flag('--compare');
if (compare) {
  const { compareReports } = await import('./report.mjs');
  process.stdout.write(compareReports(JSON.parse(readFileSync(compare, 'utf8')), report));
}
log(`bench: total ${Math.round((Date.now() - started) / 1000)} s; written to bench/out/latest.json and latest.md`);

/** `node bench/live-fix.mjs --json FILE` (npm run bench:live): its JSON, or { error } when it wrote none. */
function runLive() {
  log('bench: running bench/live-fix.mjs (npm run bench:live)');
  const file = path.join(OUT, 'live.json');
  rmSync(file, { force: true });
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'live-fix.mjs'), ...LIVE_ARGS, '--json', file], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  try {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    // it exits 1 when a run failed (its JSON says which): kept, so the report cannot pass it silently
    return r.status === 0 ? json : { ...json, benchLiveExit: r.status ?? r.signal };
  } catch (err) {
    return { error: `bench/live-fix.mjs exited ${r.status ?? r.signal} without a JSON report (${err.code ?? err.message})` };
  }
}

function cpuModel() {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1].trim();
  } catch {}
  return os.cpus()[0]?.model ?? 'unknown';
}
