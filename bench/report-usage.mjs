// Preload for machines without GNU time: at exit, write this process's CPU time and peak RSS where the runner
// reads them, in GNU time's `%U %S %M` form (seconds, seconds, KiB).
import { writeFileSync } from 'node:fs';

const file = process.env.ORGLINT_BENCH_USAGE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, `${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6} ${u.maxRSS}\n`);
  });
}
