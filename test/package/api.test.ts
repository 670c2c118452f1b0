/** The programmatic API from the sources (the package test runs it from the installed tarball too). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { format, FORMAT_NAMES, lint, version } from '../../src/index';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';
import { SAMPLE_TENANT } from '../helpers/sample-tenant';

describe('lint() and format()', () => {
  it('lint() resolves to the report -f json prints; format() renders it as -f NAME does', async () => {
    const dir = tempTree({ 'tenant.yaml': SAMPLE_TENANT });
    const report = await lint(['tenant.yaml'], { cwd: dir });
    const cli = await runCli(['tenant.yaml', '-f', 'json'], { cwd: dir });
    expect(report).toEqual(JSON.parse(cli.stdout));
    expect(JSON.stringify(report, null, 2) + '\n').toBe(cli.stdout);
    for (const name of ['stylish', 'compact', 'junit', 'markdown', 'github']) {
      const printed = await runCli(['tenant.yaml', '-f', name], { cwd: dir });
      expect(await format(report, name), name).toBe(printed.stdout);
    }
    expect(report.tool.version).toBe(version);
    expect(FORMAT_NAMES).toContain('html');
  });

  it('takes rules (warn, 0/1/2), a config file and a cwd; paths default to the cwd', async () => {
    const dir = tempTree({ 'tenants/prod/tenant.yaml': SAMPLE_TENANT, 'ci/orglint.yaml': 'rules:\n  organization-usage-enum: off\n' });
    const report = await lint([], { cwd: dir, config: 'ci/orglint.yaml', rules: { 'require-behavior-without-require': 0, 'organization-require-behavior-enum': 'warn' } });
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.severity}`)).toEqual(['tenants/prod/tenant.yaml:10:36 organization-require-behavior-enum warning']);
    // a relative cwd is taken from the process's working folder, and findings are relative to it
    const relative = await lint(['prod/tenant.yaml'], { cwd: path.relative(process.cwd(), path.join(dir, 'tenants')), rules: { 'organization-usage-enum': 'error' } });
    expect(relative.findings[0].file).toBe('prod/tenant.yaml');
  });

  it("rejects with the CLI's message for what stops the CLI; a broken file is a finding", async () => {
    const dir = tempTree({ 'tenant.yaml': 'clients:\n  - name: [\n' });
    await expect(lint(['missing.yaml'], { cwd: dir })).rejects.toThrow('no such file or directory: missing.yaml');
    await expect(lint(['tenant.yaml'], { cwd: dir, rules: { 'organization-usage-enum': 'loud' as 'off' } })).rejects.toThrow('expected ID=SEVERITY');
    await expect(lint(['tenant.yaml'], { cwd: dir, rules: { 'no-such-rule': 'off' } })).rejects.toThrow('unknown rule "no-such-rule"');
    await expect(lint(['tenant.yaml'], { cwd: dir, config: 'nope.yaml' })).rejects.toThrow('config file not found: nope.yaml');
    const report = await lint(['tenant.yaml'], { cwd: dir });
    expect(report.findings.map((f) => f.ruleId)).toEqual(['parse-error']);
  });

  it('format() refuses a report it did not make, and unknown or inherited format names', async () => {
    const report = await lint([path.join(ROOT, 'examples/deploy-cli-yaml/tenant.yaml')]);
    await expect(format(JSON.parse(JSON.stringify(report)), 'stylish')).rejects.toThrow('format() takes a report that lint() returned');
    await expect(format(report, 'pdf')).rejects.toThrow('unknown format "pdf"');
    await expect(format(report, 'constructor')).rejects.toThrow('unknown format "constructor"');
    await expect(format(report, '__proto__')).rejects.toThrow('unknown format');
  });
});
