/**
 * Patterns that only the backtracking engine runs (a Unicode property escape forces it) and that take
 * polynomial time on a 1,000-character value: long bounded repetitions and the unanchored scan count, so such a
 * config is refused with its position instead of making a run take minutes. Checked by verdict, never timed.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const TENANT = `clients:\n${'  - name: ' + 'a'.repeat(1000) + '\n'}`;

async function run(pattern: string) {
  const repo = tempTree({
    '.orglint.yaml': `policies:\n  - id: names\n    resource: client\n    require: { name: { pattern: ${JSON.stringify(pattern)} } }\n`,
    'tenant.yaml': TENANT,
  });
  mkdirSync(path.join(repo, '.git'));
  return runCli(['.', '-f', 'compact'], { cwd: repo });
}

describe('policy patterns for the backtracking engine', () => {
  it.each([
    ['\\p{L}*\\p{L}*!', 'two stars and the unanchored scan: n³'],
    ['^\\p{L}{0,999}\\p{L}{0,999}\\p{L}{0,999}!$', 'long bounded repetitions count as unbounded'],
  ])('refuses %s (%s) with its position', async (pattern) => {
    const r = await run(pattern);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.orglint.yaml:4:16: invalid matcher for "name": it has more than two unbounded repetitions');
  });

  it.each(['^\\p{L}+$', '\\p{Lu}+', '^[\\p{L} ]{1,10}\\p{N}{2,5}x*$'])('still runs %s', async (pattern) => {
    const r = await run(pattern);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(pattern === '\\p{Lu}+' || pattern.startsWith('^[') ? 1 : 0);
  });
});
