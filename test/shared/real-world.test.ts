/**
 * Real deploy-cli exports from public repositories (../shared/real-world, present in CI beside the clone; run by
 * `npm run test:shared`). Every
 * finding orglint gives on them must be one the tenant's maintainer would agree with: the full list is pinned in
 * real-world.expected.txt, reviewed by hand (see the reasons there), so a new rule that adds noise fails here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli';
import { SHARED } from './shared-folder';

const CORPUS = path.join(SHARED, 'real-world');

describe('real-world exports', () => {
  it('the corpus is there (CI lays ../shared beside the clone)', () => {
    expect(existsSync(path.join(CORPUS, 'SOURCES.md'))).toBe(true);
  });
  it('parse without an error and give exactly the reviewed findings', async () => {
    const run = await runCli(['real-world', '-f', 'compact'], { cwd: SHARED });
    const expected = readFileSync(path.join(__dirname, 'real-world.expected.txt'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').filter(Boolean)).toEqual(expected);
  });
  it('read every client of every export (77 in the first 14 exports, more in those added later), counted independently', async () => {
    const run = await runCli(['real-world', '-f', 'json'], { cwd: SHARED });
    const report = JSON.parse(run.stdout);
    // counted independently: the yaml package for tenant.yaml (after blanking deploy-cli placeholders), one
    // client per clients/*.json of a directory export
    let expected = 0;
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const f = path.join(dir, e.name);
        if (e.isDirectory() && e.name === 'clients') expected += readdirSync(f).filter((n) => n.endsWith('.json')).length;
        else if (e.isDirectory()) walk(f);
        else if (/^tenant\.ya?ml$/.test(e.name)) {
          const doc = parse(readFileSync(f, 'utf8').replace(/@@\w+@@/g, '"x"'), { maxAliasCount: -1 }) as { clients?: unknown[] };
          expected += doc?.clients?.length ?? 0;
        }
      }
    };
    walk(CORPUS);
    expect(report.summary.clients).toBe(expected);
    expect(expected).toBeGreaterThanOrEqual(77);
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === 'parse-error')).toEqual([]);
  });
});
