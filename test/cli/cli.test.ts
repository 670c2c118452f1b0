import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';

const BAD = `clients:
  - name: Portal
    organization_usage: Require
  - name: Dashboard
    organization_usage: deny
    organization_require_behavior: pre_login_prompt
`;

const CLEAN = `clients:
  - name: Portal
    organization_usage: require
    organization_require_behavior: pre_login_prompt
`;

describe('exit codes', () => {
  it('0 when there is nothing to report', async () => {
    const dir = tempTree({ 'tenant.yaml': CLEAN });
    const run = await runCli(['tenant.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('no problems (1 file, 1 client checked)');
  });
  it('1 when there is an error finding', async () => {
    const dir = tempTree({ 'tenant.yaml': BAD });
    const run = await runCli(['tenant.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
  });
  it('0 with warnings only, 1 when warnings exceed --max-warnings', async () => {
    const dir = tempTree({ 'tenant.yaml': BAD.replace('Require', 'require') });
    expect((await runCli(['tenant.yaml'], { cwd: dir })).code).toBe(0);
    const over = await runCli(['tenant.yaml', '--max-warnings', '0'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('1 warnings, more than --max-warnings 0');
    expect((await runCli(['tenant.yaml', '--max-warnings', '1'], { cwd: dir })).code).toBe(0);
  });
  it('2 for an unknown flag, a bad value, or a path that does not exist — without a stack trace', async () => {
    const dir = tempTree({ 'tenant.yaml': CLEAN });
    for (const args of [['--bogus'], ['--max-warnings', 'many'], ['missing.yaml'], ['-f', 'xml'], ['--rule', 'organization-usage-enum=fatal']]) {
      const run = await runCli(args, { cwd: dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^orglint: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect((await runCli(['missing.yaml'], { cwd: dir })).stderr).toContain('no such file or directory: missing.yaml');
    expect((await runCli(['-f', 'jsn'], { cwd: dir })).stderr).toContain('did you mean "json"?');
  });
});

describe('flags', () => {
  it('--version and --help', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect((await runCli(['--version'], { cwd: ROOT })).stdout.trim()).toBe(pkg.version);
    const help = await runCli(['--help'], { cwd: ROOT });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fix-dry-run');
  });
  it('--quiet shows errors only', async () => {
    const dir = tempTree({ 'tenant.yaml': BAD });
    const run = await runCli(['tenant.yaml', '--quiet', '-f', 'compact'], { cwd: dir });
    expect(run.stdout.trim().split('\n')).toEqual([
      'tenant.yaml:3:25: error: organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? [organization-usage-enum]',
    ]);
  });
  // (the formatters' branches for "no finding counted but warnings hidden" went: --quiet keeps what it hides in
  // the counts, so a summary is never "no problems" while warnings were left out, and a clean run still is)
  it('--quiet with warnings only: no format calls the run clean; a clean run still says no problems', async () => {
    const dir = tempTree({ 'tenant.yaml': BAD.replace('Require', 'require'), 'clean.yaml': CLEAN });
    for (const f of ['stylish', 'markdown', 'html']) {
      const run = await runCli(['tenant.yaml', '--quiet', '-f', f], { cwd: dir });
      expect(run.code, f).toBe(0);
      expect(run.stdout, f).not.toMatch(/no problems/i);
      expect(run.stdout, f).toContain('not shown (');
      const clean = await runCli(['clean.yaml', '--quiet', '-f', f], { cwd: dir });
      expect(clean.stdout, f).toMatch(/no problems/i);
      expect(clean.stdout, f).not.toContain('not shown (');
    }
  });
  it('--rule changes a severity or turns a rule off', async () => {
    const dir = tempTree({ 'tenant.yaml': BAD });
    const off = await runCli(['tenant.yaml', '-f', 'compact', '--rule', 'organization-usage-enum=off', '--rule', 'require-behavior-without-require=error'], { cwd: dir });
    expect(off.stdout).not.toContain('organization-usage-enum');
    expect(off.stdout).toContain('tenant.yaml:6:5: error: organization_require_behavior');
    expect(off.code).toBe(1);
  });
  it('several outputs in one run: stylish on stdout and JSON to a file', async () => {
    const dir = tempTree({ 'tenant.yaml': BAD });
    const run = await runCli(['tenant.yaml', '-f', 'stylish', '-f', 'json=out/report.json'], { cwd: dir });
    expect(run.stdout).toContain('3:25  error');
    const report = JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8'));
    expect(report.findings).toHaveLength(2);
  });
  it('--debug says which files were skipped and why', async () => {
    const dir = tempTree({ 'tenant.yaml': CLEAN, 'package.json': '{"name":"x"}', 'docs/other.yaml': 'a: 1\n' });
    const run = await runCli(['.', '--debug'], { cwd: dir });
    expect(run.stderr).toMatch(/skipped .*package\.json: /);
    expect(run.stderr).toMatch(/skipped .*other\.yaml: /);
    expect(run.code).toBe(0);
  });
});

describe('the JSON contract', () => {
  it('has version, tool, summary and findings with exact positions, paths and resources', async () => {
    const dir = tempTree({ 'tenant.yaml': BAD });
    const run = await runCli(['-f', 'json'], { cwd: dir });
    const report = JSON.parse(run.stdout);
    expect(report.version).toBe(1);
    expect(report.tool.name).toBe('orglint');
    expect(report.summary).toEqual({ files: 1, clients: 2, errors: 1, warnings: 1, infos: 0, fixable: 2, suppressed: 0 });
    expect(report.suppressed).toEqual([]);
    expect(report.findings[0]).toEqual({
      ruleId: 'organization-usage-enum',
      severity: 'error',
      message: 'organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"?',
      file: 'tenant.yaml',
      line: 3,
      column: 25,
      endLine: 3,
      endColumn: 32,
      path: '/clients/0/organization_usage',
      resource: { type: 'client', name: 'Portal' },
      fix: { safety: 'safe', description: 'replace "Require" with "require"' },
      predictedResponse: { status: 400, errorCode: 'invalid_body' },
    });
    expect(report.findings[1]).toMatchObject({
      ruleId: 'require-behavior-without-require',
      line: 6,
      column: 5,
      path: '/clients/1/organization_require_behavior',
      fix: { safety: 'safe', description: 'remove organization_require_behavior' },
      alternativeFixes: [{ safety: 'unsafe', description: 'set organization_usage to "require"' }],
    });
  });
  it('gives files relative to the working folder, with /, sorted by file, line, column', async () => {
    const dir = tempTree({ 'b/tenant.yaml': BAD, 'a/tenant.yaml': BAD });
    const report = JSON.parse((await runCli(['.', '-f', 'json'], { cwd: dir })).stdout);
    expect(report.findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual([
      'a/tenant.yaml:3',
      'a/tenant.yaml:6',
      'b/tenant.yaml:3',
      'b/tenant.yaml:6',
    ]);
  });
});

describe('orglint rules and explain', () => {
  it('lists every rule with severity, fixability, description and docs', async () => {
    const run = await runCli(['rules', '--format', 'json'], { cwd: ROOT });
    const list = JSON.parse(run.stdout);
    const usage = list.find((r: { id: string }) => r.id === 'organization-usage-enum');
    expect(usage).toMatchObject({ severity: 'error', fixable: ['safe', 'unsafe'], docs: 'rules/organization-usage-enum/README.md' });
    expect(list.map((r: { id: string }) => r.id)).toContain('parse-error');
    // what a rule reads besides its own resources
    expect(list.find((r: { id: string }) => r.id === 'organization-requires-new-universal-login').needs).toEqual(['prompts']);
    const text = await runCli(['rules'], { cwd: ROOT });
    expect(text.stdout).toMatch(/^organization-usage-enum +error +organization_usage must be/m);
  });
  it('explain prints the README, and suggests a near id', async () => {
    const run = await runCli(['explain', 'organization-usage-enum'], { cwd: ROOT });
    expect(run.stdout).toBe(readFileSync(path.join(ROOT, 'rules/organization-usage-enum/README.md'), 'utf8'));
    const bad = await runCli(['explain', 'organisation-usage-enum'], { cwd: ROOT });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('did you mean "organization-usage-enum"?');
  });
});
