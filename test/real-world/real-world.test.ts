/**
 * Real deploy-cli exports from public repositories (../shared/real-world, present in CI beside the clone). Every
 * finding orglint gives on them must be one the tenant's maintainer would agree with: the full list is pinned in
 * expected.txt, reviewed by hand (see the reasons there), so a new rule that adds noise fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { ROOT } from '../helpers/lint';

const SHARED = path.resolve(ROOT, '../shared');
const CORPUS = path.join(SHARED, 'real-world');

describe('real-world exports', () => {
  it('the corpus is there (CI lays ../shared beside the clone)', () => {
    expect(existsSync(path.join(CORPUS, 'SOURCES.md'))).toBe(true);
  });
  it('parse without an error and give exactly the reviewed findings', async () => {
    const run = await runCli(['real-world', '-f', 'compact'], { cwd: SHARED });
    const expected = readFileSync(path.join(__dirname, 'expected.txt'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').filter(Boolean)).toEqual(expected);
  });
  it('read every client the sources list (115 in 24 exports)', async () => {
    const run = await runCli(['real-world', '-f', 'json'], { cwd: SHARED });
    const report = JSON.parse(run.stdout);
    expect(report.summary.clients).toBe(115);
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === 'parse-error')).toEqual([]);
  });
});
