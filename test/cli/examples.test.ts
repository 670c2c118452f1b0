import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index';
import { ROOT } from '../helpers/lint';
import { runCli } from '../helpers/cli';

describe('the README quick start: orglint examples/', () => {
  it('prints findings with positions and exits 1', async () => {
    const run = await runCli(['examples/'], { cwd: ROOT });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('examples/deploy-cli-yaml/tenant.yaml');
    expect(run.stdout).toMatch(/26:25 +error +organization_usage "Require" is not one of/);
  });
  it('shows at least one finding of every rule, and no parse error', async () => {
    const run = await runCli(['examples/', '-f', 'json'], { cwd: ROOT });
    const report = JSON.parse(run.stdout);
    const seen = new Set(report.findings.map((f: { ruleId: string }) => f.ruleId));
    expect(RULES.map((r) => r.id).filter((id) => !seen.has(id))).toEqual([]);
    expect(seen.has('parse-error')).toBe(false);
  });
});
