import { existsSync } from 'node:fs';

/**
 * Fail the test, loudly and with the fix, when a Debian program it runs is missing: tests never skip because a
 * machine lacks something. scripts/install-test-deps.sh installs all of them (.ci/run runs it).
 */
export function requireProgram(file: string, debianPackage: string): void {
  if (existsSync(file)) return;
  throw new Error(
    `${file} is missing: this test runs the real program. Install it with scripts/install-test-deps.sh (as root), or: sudo apt-get update && sudo apt-get install -y ${debianPackage}`,
  );
}
