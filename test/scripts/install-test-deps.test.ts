/**
 * scripts/install-test-deps.sh, the README's second command and .ci/run's first step, on a PATH where the
 * programs it looks for are missing: as root it runs apt-get update and apt-get install for exactly those (here a
 * stand-in apt-get that records its arguments and "installs" stubs); as another user it prints the command and
 * exits 1; with everything present it says so and exits 0.
 */
import { chmodSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/lint';
import { run } from '../helpers/run';

const SCRIPT = path.join(ROOT, 'scripts/install-test-deps.sh');

/** A PATH holding bash's basics, node and npm, the programs named in `present`, and stand-ins for id and apt-get. */
function fakeMachine(present: string[], uid: number): { bin: string; log: string } {
  const bin = mkdtempSync(path.join(tmpdir(), 'orglint-deps-'));
  const log = path.join(bin, 'apt.log');
  for (const tool of ['bash', 'env', 'dirname', 'cat', 'mkdir', 'chmod']) symlinkSync(`/usr/bin/${tool}`, path.join(bin, tool));
  symlinkSync(process.execPath, path.join(bin, 'node'));
  const stub = (name: string, body: string) => {
    writeFileSync(path.join(bin, name), `#!/usr/bin/bash\n${body}\n`);
    chmodSync(path.join(bin, name), 0o755);
  };
  stub('npm', 'echo 10.0.0');
  stub('id', `echo ${uid}`);
  for (const p of present) stub(p, 'exit 0');
  // apt-get: log the call; `install` creates the programs of the packages named
  stub(
    'apt-get',
    `echo "apt-get $*" >> ${JSON.stringify(log)}\nif [ "$1" = install ]; then for p in "$@"; do case "$p" in neovim) p=nvim;; -*|install) continue;; esac; printf '#!/usr/bin/bash\\nexit 0\\n' > ${JSON.stringify(bin)}/$p; chmod +x ${JSON.stringify(bin)}/$p; done; fi`,
  );
  return { bin, log };
}

const env = (bin: string) => ({ PATH: bin, HOME: tmpdir(), LANG: 'C' });

describe('scripts/install-test-deps.sh', () => {
  it('as root installs only what is missing (apt-get update, then apt-get install -y)', async () => {
    const { bin, log } = fakeMachine(['git', 'chromium'], 0);
    const r = await run('/usr/bin/bash', [SCRIPT], { cwd: ROOT, env: env(bin) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('installing pre-commit neovim');
    expect(readFileSync(log, 'utf8')).toBe('apt-get update -qq\napt-get install -y -qq --no-install-recommends pre-commit neovim\n');
  });

  it('as another user prints the exact command and exits 1, installing nothing', async () => {
    const { bin, log } = fakeMachine(['git'], 1000);
    const r = await run('/usr/bin/bash', [SCRIPT], { cwd: ROOT, env: env(bin) });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('install-test-deps: missing chromium pre-commit neovim; run as root, or:\n  sudo apt-get update && sudo apt-get install -y chromium pre-commit neovim\n');
    expect(() => readFileSync(log)).toThrow();
  });

  it('with everything present says so and exits 0 without apt-get', async () => {
    const { bin, log } = fakeMachine(['git', 'chromium', 'pre-commit', 'nvim'], 1000);
    const r = await run('/usr/bin/bash', [SCRIPT], { cwd: ROOT, env: env(bin) });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, 'install-test-deps: every package the tests need is installed (chromium, pre-commit, neovim, git)\n', '']);
    expect(() => readFileSync(log)).toThrow();
  });

  it('is what .ci/run calls, and what the README names', () => {
    expect(readFileSync(path.join(ROOT, '.ci/run'), 'utf8')).toMatch(/^bash scripts\/install-test-deps\.sh$/m);
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('scripts/install-test-deps.sh');
  });
});
