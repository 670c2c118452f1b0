// Run one command as a new process and measure it: wall time (here), CPU time (user + sys) and peak RSS of the
// child (from GNU time's -f, or, where /usr/bin/time is missing or not GNU, from a preload that reports
// process.resourceUsage() at exit).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), 'orglint-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

function gnuTime() {
  if (!existsSync('/usr/bin/time')) return false;
  const probe = path.join(scratch, 'probe');
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', probe, process.execPath, '-e', '0']);
  return r.status === 0 && existsSync(probe) && /^[\d.]+ [\d.]+ \d+/m.test(readFileSync(probe, 'utf8'));
}

/** how child usage is read: 'gnu-time' or 'preload' (forced with ORGLINT_BENCH_METHOD=preload) */
export const METHOD = process.env.ORGLINT_BENCH_METHOD === 'preload' || !gnuTime() ? 'preload' : 'gnu-time';

/**
 * Run `node ...args` in `cwd` with stdout and stderr discarded (stdout to a file when `stdoutFile` is given).
 * Returns { wallMs, cpuMs, rssKiB, status }.
 */
export function measureNode(args, cwd, stdoutFile) {
  const usage = path.join(scratch, 'usage');
  rmSync(usage, { force: true });
  const out = stdoutFile ? ['ignore', 'pipe', 'ignore'] : ['ignore', 'ignore', 'ignore'];
  const [cmd, argv] =
    METHOD === 'gnu-time'
      ? ['/usr/bin/time', ['-f', '%U %S %M', '-o', usage, process.execPath, ...args]]
      : [process.execPath, ['--import', pathToUrl(path.join(HERE, 'report-usage.mjs')), ...args]];
  const env = { ...process.env, NO_COLOR: '1', ORGLINT_BENCH_USAGE: usage };
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd, stdio: out, env, maxBuffer: 1 << 30 });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  const text = readFileSync(usage, 'utf8').trim().split('\n').pop();
  const [user, sys, rss] = text.split(/\s+/).map(Number);
  if (stdoutFile) return { wallMs, cpuMs: (user + sys) * 1000, rssKiB: rss, status: r.status, stdout: r.stdout.toString('utf8') };
  return { wallMs, cpuMs: (user + sys) * 1000, rssKiB: rss, status: r.status };
}

function pathToUrl(p) {
  return new URL(`file://${p}`).href;
}

/** the median of a list of numbers */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
