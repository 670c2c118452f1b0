/**
 * Plumbing (issue 10, item 6): a closed pipe ends output quietly, with the run's real exit code; `--quiet` never
 * prints "✔ no problems" while too many warnings make it exit 1.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';

describe('a closed pipe (orglint … | head -1)', () => {
  it('orglint rules, orglint examples/ and -f json end without an EPIPE stack trace, with their exit codes', async () => {
    const cases: [string[], number][] = [
      [['rules'], 0],
      [['examples/'], 1],
      [['examples/', '-f', 'json'], 1],
      [['explain', 'organization-usage-enum'], 0],
    ];
    for (const [args, code] of cases) {
      const run = await runCli(args, { cwd: ROOT, closeStdout: true });
      expect([run.code, run.stderr], args.join(' ')).toEqual([code, '']);
    }
  });
});

describe('--quiet', () => {
  const WARNINGS = 'clients:\n  - name: A\n    organization_usage: deny\n    organization_require_behavior: pre_login_prompt\n  - name: B\n    organization_usage: deny\n    organization_require_behavior: post_login_prompt\n';

  it('with more warnings than --max-warnings: exit 1, and the summary says warnings were left out, not "no problems"', async () => {
    const dir = tempTree({ 'tenant.yaml': WARNINGS });
    const run = await runCli(['tenant.yaml', '--quiet', '--max-warnings', '0'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('no problems');
    // the totals count what --max-warnings counts, and say what is not shown
    expect(run.stdout).toBe(
      '⚠ 2 problems (0 errors, 2 warnings, 0 infos) in 1 file, 2 clients checked\n' +
        '  2 problems with a fix: --fix applies the safe ones, --fix-unsafe all, --fix-dry-run shows them\n' +
        '  2 warnings not shown (--quiet)\n',
    );
    expect(run.stderr).toBe('orglint: 2 warnings, more than --max-warnings 0\n');
    const md = await runCli(['tenant.yaml', '--quiet', '-f', 'markdown'], { cwd: dir });
    expect(md.stdout).toMatch(/^## orglint: 2 problems \(0 errors, 2 warnings, 0 infos\)\n\n1 file and 2 clients checked · 2 warnings not shown \(`--quiet`\)/);
  });

  it('-f json: summary.warnings counts the warnings --quiet leaves out of findings, and quietHidden says how many', async () => {
    const dir = tempTree({ 'tenant.yaml': WARNINGS.replace('organization_usage: deny\n    organization_require_behavior: post', 'organization_usage: Deny\n    organization_require_behavior: post') });
    const run = await runCli(['tenant.yaml', '--quiet', '-f', 'json', '--max-warnings', '0'], { cwd: dir });
    expect(run.code).toBe(1);
    const j = JSON.parse(run.stdout) as { summary: Record<string, number>; findings: { severity: string }[]; quietHidden: unknown };
    expect(j.findings.map((f) => f.severity)).toEqual(['error']);
    expect([j.summary.errors, j.summary.warnings, j.summary.infos]).toEqual([1, 1, 0]);
    expect(j.quietHidden).toEqual({ warnings: 1, infos: 0 });
    const html = (await runCli(['tenant.yaml', '--quiet', '-f', 'html'], { cwd: dir })).stdout;
    expect(html).toContain('<title>orglint report: 2 problems</title>');
    expect(html).toContain('warnings not shown (--quiet)');
  });

  it('with only infos left out, it says so, and exits 0', async () => {
    const dir = tempTree({ 'tenant.yaml': 'clients:\n  - name: A\n    organization_usage: require\n' });
    const run = await runCli(['tenant.yaml', '--quiet'], { cwd: dir });
    expect([run.code, run.stdout]).toEqual([0, 'ℹ 1 problem (0 errors, 0 warnings, 1 info) in 1 file, 1 client checked\n  1 info not shown (--quiet)\n']);
  });
});
