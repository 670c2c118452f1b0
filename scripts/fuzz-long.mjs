// The long fuzz run: `npm run fuzz:long [-- --minutes 10 --seed 42]`. Bundles test/hardening/fuzz-harness.ts,
// runs it in a child process and watches its heartbeat: a child silent for --hang-seconds is killed and the
// input it was reading is kept in test-output/fuzz-long/hang-*/ (a hang is a failure too). Failures are saved as
// test-output/fuzz-long/failure-*.json; the totals go to test-output/fuzz-long/summary.json. Exit 1 on any
// failure or hang.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    seed: { type: 'string', default: String(Date.now() % 2 ** 31) },
    'hang-seconds': { type: 'string', default: '90' },
  },
});
const out = path.resolve('test-output/fuzz-long');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const harness = path.join(out, 'harness.mjs');
await build({
  entryPoints: ['test/hardening/fuzz-harness.ts'],
  outfile: harness,
  bundle: true,
  format: 'esm',
  platform: 'node',
  mainFields: ['module', 'main'],
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);" },
});

const deadline = Date.now() + Number(values.minutes) * 60_000;
const hangMs = Number(values['hang-seconds']) * 1000;
const totals = {};
const failures = [];
const hangs = [];
let seed = Number(values.seed);

/** Run the harness once until the deadline or a hang; resolves with its summary (or null after a hang). */
function runOnce(workspace) {
  return new Promise((resolve) => {
    const seconds = Math.max(1, Math.round((deadline - Date.now()) / 1000));
    const child = spawn(process.execPath, [harness, '--seconds', String(seconds), '--seed', String(seed), '--workspace', workspace, '--out', out], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ORGLINT_FUZZ_SEEDS: process.env.ORGLINT_FUZZ_SEEDS ?? (existsSync('../shared/real-world') ? path.resolve('../shared/real-world') : '') } });
    let last = Date.now();
    let summary = null;
    let lastCounts = {};
    let buffer = '';
    child.stdout.on('data', (d) => {
      last = Date.now();
      buffer += d;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) {
        if (line.startsWith('tick ')) lastCounts = JSON.parse(line.slice(5));
        else if (line.startsWith('summary ')) summary = JSON.parse(line.slice(8));
        else if (line.startsWith('FAIL ')) process.stdout.write(`${line}\n`);
      }
    });
    const timer = setInterval(() => {
      if (Date.now() - last < hangMs) return;
      clearInterval(timer);
      const kept = path.join(out, `hang-${seed}`);
      if (existsSync(path.join(workspace, 'current'))) cpSync(path.join(workspace, 'current'), kept, { recursive: true });
      hangs.push({ seed, kept });
      process.stdout.write(`HANG seed=${seed}: no heartbeat for ${values['hang-seconds']} s; input kept in ${kept}\n`);
      child.kill('SIGKILL');
    }, 1000);
    child.on('close', () => {
      clearInterval(timer);
      resolve(summary ?? { counts: lastCounts, failures: [] });
    });
  });
}

const started = Date.now();
while (Date.now() < deadline - 1000) {
  const workspace = path.join(out, `workspace-${seed}`);
  const summary = await runOnce(workspace);
  rmSync(workspace, { recursive: true, force: true });
  for (const [k, v] of Object.entries(summary.counts)) totals[k] = (totals[k] ?? 0) + v;
  failures.push(...summary.failures);
  if (summary.failures.length >= 20) break;
  seed = (seed * 48271 + 1) % 2 ** 31;
}
const inputs = Object.values(totals).reduce((a, b) => a + b, 0);
const report = { seconds: Math.round((Date.now() - started) / 1000), seed: Number(values.seed), inputs, byProperty: totals, failures, hangs };
writeFileSync(path.join(out, 'summary.json'), JSON.stringify(report, null, 2) + '\n');
process.stdout.write(`fuzzed ${inputs} inputs in ${report.seconds} s (${Object.entries(totals).map(([k, v]) => `${k} ${v}`).join(', ')}): ${failures.length} failures, ${hangs.length} hangs\n`);
process.exitCode = failures.length || hangs.length ? 1 : 0;
