// `npm run bench`: orglint, run cold as users run it, against the cost of just reading and parsing the same files.
//
//   node bench/run.mjs [--runs N] [--only CASE,CASE] [--compare FILE]
//
// 1. generates the corpus (bench/corpus.mjs; skipped when current), 2. bundles the CLI with scripts/build.mjs into
// bench/out/dist, 3. checks that orglint reports every planted violation at its exact line and column, 4. runs each
// command N times (default 5, interleaved so machine noise hits all alike) and prints the medians, the ratios and
// the targets of issue #6. The table is also written to bench/out/latest.json (and a dated copy) for comparison.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
const ONLY = flag('--only')?.split(',');

const log = (m) => process.stderr.write(`${m}\n`);
const manifest = ensureCorpus();
log('bench: building the CLI into bench/out/dist');
execFileSync(process.execPath, ['scripts/build.mjs', path.join(OUT, 'dist')], { cwd: ROOT, stdio: 'inherit' });
const CLI = path.join(OUT, 'dist', 'cli.js');
const FLOOR = path.join(ROOT, 'bench', 'floor.mjs');
const POLICIES = path.join(ROOT, 'bench', 'policies.orglint.yaml');
const NO_POLICIES = path.join(ROOT, 'bench', 'no-policies.orglint.yaml');
const { FORMATTERS } = await import(pathToFileURL(path.join(OUT, 'dist', 'index.js')).href);
const formats = ['json', 'sarif', 'html'].filter((f) => f in FORMATTERS);

const orglint = (target, extra = []) => ({ label: `orglint${extra.length ? ' ' + extra.join(' ') : ''}`, role: 'orglint', args: [CLI, target, ...extra] });
const floor = (parser, target, fastest) => ({ label: `floor: ${parser}`, role: fastest ? 'fastest-floor' : 'floor', args: [FLOOR, parser, target] });
const yamlFloors = (t) => [floor('yaml', t, false), floor('js-yaml', t, true)];
const jsonFloors = (t) => [floor('jsonc', t, false), floor('json', t, true)];

/** every case: a corpus folder as cwd, and the commands compared on it */
const CASES = [
  { id: 'S-yaml', corpus: 'S-yaml', commands: [orglint('.'), ...yamlFloors('.')] },
  { id: 'S-json', corpus: 'S-json', commands: [orglint('.'), ...jsonFloors('.')] },
  { id: 'M-yaml', corpus: 'M-yaml', commands: [orglint('.'), ...yamlFloors('.')] },
  { id: 'M-json', corpus: 'M-json', commands: [orglint('.'), ...jsonFloors('.')] },
  { id: 'tenant.yaml 1,000 clients', corpus: 'big-1000', commands: [orglint('tenant.yaml'), ...yamlFloors('tenant.yaml')] },
  { id: 'tenant.yaml 10,000 clients', corpus: 'big-10000', commands: [orglint('tenant.yaml'), ...yamlFloors('tenant.yaml')] },
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
].filter((c) => !ONLY || ONLY.some((o) => c.id.includes(o)));

/** Run orglint once with -f json and compare the planted violations with what it reports. */
function verify(corpusName) {
  const c = manifest.corpora[corpusName];
  const cwd = path.join(CORPUS_DIR, corpusName);
  const r = measureNode([CLI, '.', '-f', 'json'], cwd, true);
  const report = JSON.parse(r.stdout);
  const planted = new Set(c.expected.map((e) => e.rule));
  const got = new Set(report.findings.filter((f) => planted.has(f.ruleId)).map((f) => `${f.file}:${f.line}:${f.column}:${f.ruleId}`));
  const want = c.expected.map((e) => `${e.file}:${e.line}:${e.column}:${e.rule}`);
  const exact = want.filter((w) => got.has(w)).length;
  return { planted: want.length, exact, extra: got.size - exact, findings: report.findings.length, exitCode: r.status };
}

const machine = {
  cpus: os.availableParallelism?.() ?? os.cpus().length,
  cpu: cpuModel(),
  memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  os: `${os.type()} ${os.release()}`,
  loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  usage: METHOD,
};
log(`bench: ${machine.cpus} × ${machine.cpu}, node ${machine.node}, ${RUNS} runs each, load ${machine.loadAverage.join(' ')}`);

const started = Date.now();
const results = [];
for (const c of CASES) {
  const info = manifest.corpora[c.corpus];
  const cwd = path.join(CORPUS_DIR, c.corpus);
  const check = c.id.startsWith('formats') || c.id.startsWith('policies') ? undefined : verify(c.corpus);
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
  results.push({ id: c.id, corpus: c.corpus, files: info.files, bytes: info.bytes, clients: info.tenants * info.clients, check, rows });
  log(`bench: ${c.id} done (${Math.round((Date.now() - started) / 1000)} s)`);
}

const report = { date: new Date().toISOString(), machine, runs: RUNS, cases: results };
report.targets = evaluateTargets(results);
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

function cpuModel() {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1].trim();
  } catch {}
  return os.cpus()[0]?.model ?? 'unknown';
}
