import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const TENANT = `clients:
  - name: Portal
    organization_usage: Require
  - name: Dashboard
    organization_usage: allow
    organization_require_behavior: pre_login_prompt
`;

describe('configuration', () => {
  it('is found upward from the working folder and sets severities', async () => {
    const dir = tempTree({ '.orglint.yaml': 'rules:\n  organization-usage-enum: warning\n', 'tenants/prod/tenant.yaml': TENANT });
    const run = await runCli(['.', '-f', 'compact'], { cwd: path.join(dir, 'tenants') });
    expect(run.stdout).toContain('prod/tenant.yaml:3:25: warning: organization_usage "Require"');
    expect(run.code).toBe(0);
  });
  it('accepts [severity, {options}] and checks options against the rule schema', async () => {
    const ok = tempTree({ '.orglint.json': '{"rules": {"require-behavior-without-require": ["error", {"ignoreDefault": false}]}}', 'tenant.yaml': 'clients:\n  - name: A\n    organization_usage: deny\n    organization_require_behavior: no_prompt\n' });
    const run = await runCli(['-f', 'compact'], { cwd: ok });
    expect(run.stdout).toContain('tenant.yaml:4:5: error: organization_require_behavior "no_prompt" has no effect');
    const bad = tempTree({ '.orglint.yaml': 'rules:\n  require-behavior-without-require:\n    - warning\n    - ignoreDefaults: true\n', 'tenant.yaml': TENANT });
    const err = await runCli([], { cwd: bad });
    expect(err.code).toBe(2);
    expect(err.stderr).toBe('orglint: config error: .orglint.yaml:4:7: invalid options for rule "require-behavior-without-require": unknown option "ignoreDefaults" (known: ignoreDefault)\n');
  });
  it('exits 2 naming file, line and the rule it probably meant for an unknown rule id', async () => {
    const dir = tempTree({ '.orglint.yaml': '# team config\nrules:\n  require-behaviour-without-require: off\n', 'tenant.yaml': TENANT });
    const run = await runCli([], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('orglint: config error: .orglint.yaml:3:3: unknown rule "require-behaviour-without-require"; did you mean "require-behavior-without-require"? (orglint rules lists them)\n');
  });
  it('exits 2 for an unknown top-level key, a bad severity, and broken YAML', async () => {
    const cases: [string, RegExp][] = [
      ['rule:\n  organization-usage-enum: off\n', /\.orglint\.yaml:1:1: unknown key "rule"; did you mean "rules"\?/],
      ['rules:\n  organization-usage-enum: fatal\n', /\.orglint\.yaml:2:28: invalid value for "rules\.organization-usage-enum": expected off, info, warning \(or warn\), error, or \[severity, \{options\}\]/],
      ['rules: [\n', /\.orglint\.yaml:\d+:\d+: invalid YAML/],
      ['maxFileSize: -1\n', /\.orglint\.yaml:1:14: invalid value for "maxFileSize"/],
    ];
    for (const [text, want] of cases) {
      const dir = tempTree({ '.orglint.yaml': text, 'tenant.yaml': TENANT });
      const run = await runCli([], { cwd: dir });
      expect(run.code, text).toBe(2);
      expect(run.stderr).toMatch(want);
    }
  });
  it('--config names a file; a missing one exits 2', async () => {
    const dir = tempTree({ 'ci/orglint.yaml': 'rules:\n  organization-usage-enum: off\n', 'tenant.yaml': TENANT });
    const run = await runCli(['-c', 'ci/orglint.yaml', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).not.toContain('organization-usage-enum');
    const missing = await runCli(['-c', 'nope.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('config file not found: nope.yaml');
  });
  it('ignore globs skip files and folders, relative to the config file', async () => {
    const dir = tempTree({ '.orglint.yaml': 'ignore:\n  - legacy/**\n  - "*.old.yaml"\n', 'legacy/tenant.yaml': TENANT, 'tenant.old.yaml': TENANT, 'live/tenant.yaml': TENANT });
    const run = await runCli(['.', '-f', 'compact'], { cwd: dir });
    expect(new Set(run.stdout.trim().split('\n').map((l) => l.split(':')[0]))).toEqual(new Set(['live/tenant.yaml']));
  });
  it('overrides change rules for matching files only', async () => {
    const dir = tempTree({
      '.orglint.yaml': "overrides:\n  - files: ['dev/**']\n    rules:\n      organization-usage-enum: off\n",
      'dev/tenant.yaml': TENANT,
      'prod/tenant.yaml': TENANT,
    });
    const run = await runCli(['.', '-f', 'compact', '--rule', 'require-behavior-without-require=off'], { cwd: dir });
    expect(run.stdout.trim().split('\n')).toEqual([
      'prod/tenant.yaml:3:25: error: organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? [organization-usage-enum]',
    ]);
  });
  it('maxFileSize turns a large file into a file-too-large finding, and other files are still linted', async () => {
    const dir = tempTree({ '.orglint.yaml': 'maxFileSize: 100\n', 'big/tenant.yaml': TENANT + '#'.repeat(200) + '\n', 'small/tenant.yaml': 'clients:\n  - name: A\n    organization_usage: Deny\n' });
    const run = await runCli(['.', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).toContain('big/tenant.yaml:1:1: error: file is 361 B, over the 100 B limit (raise maxFileSize in the config to read it) [file-too-large]');
    expect(run.stdout).toContain('small/tenant.yaml:3:25: error: organization_usage "Deny"');
    expect(run.code).toBe(1);
  });
});
