/**
 * Suppressions are accountable (issue 10, item 2): `# orglint-disable-file` at the top of a production tenant
 * must never make an output look clean without a trace. Every hidden finding is counted and listed with its
 * reason in every format; `--no-inline-config` ignores the directives; `requireDirectiveReason` makes a
 * directive without `-- reason` a finding.
 */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';

const PROD = `# orglint-disable-file -- migrating in TICKET-7
clients:
  - name: Portal
    organization_usage: Require
  - name: Dashboard
    organization_usage: allow
    organization_require_behavior: pre_login_prompt
`;

const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/data/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s) && URL.canParse(s, 'file:///repo/'));
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
const validate = ajv.compile(schema);

const prodTree = () => tempTree({ 'tenants/prod/tenant.yaml': PROD });

describe('# orglint-disable-file leaves a trace in every output', () => {
  it('stylish: the count, and the file, line and reason of the disable-file directive', async () => {
    const run = await runCli(['tenants'], { cwd: prodTree() });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      '✔ no problems (1 file, 2 clients checked; 2 suppressed)\n' +
        '  2 findings suppressed by orglint-disable comments; --no-inline-config shows them\n' +
        '  tenants/prod/tenant.yaml:1: orglint-disable-file hides 2 findings: "migrating in TICKET-7"\n',
    );
  });

  it('compact: a count line after the findings', async () => {
    const run = await runCli(['tenants', '-f', 'compact'], { cwd: prodTree() });
    expect(run.stdout).toBe('2 findings suppressed (2 by orglint-disable comments); -f json lists them with their reasons\n');
  });

  it('JSON: summary.suppressed and a suppressed array, each with its suppression', async () => {
    const report = JSON.parse((await runCli(['tenants', '-f', 'json'], { cwd: prodTree() })).stdout);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0, suppressed: 2 });
    expect(report.findings).toEqual([]);
    expect(report.suppressed.map((f: { ruleId: string; line: number; column: number; suppression: unknown }) => [f.ruleId, f.line, f.column, f.suppression])).toEqual([
      ['organization-usage-enum', 4, 25, { kind: 'inline', reason: 'migrating in TICKET-7' }],
      ['require-behavior-without-require', 7, 5, { kind: 'inline', reason: 'migrating in TICKET-7' }],
    ]);
  });

  it('SARIF: the results are kept with suppressions [{kind: inSource, justification}], valid against the official schema', async () => {
    const dir = prodTree();
    await runCli(['tenants', '-f', 'sarif=out.sarif'], { cwd: dir });
    const log = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8'));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results.map((r: { ruleId: string; suppressions: unknown }) => [r.ruleId, r.suppressions])).toEqual([
      ['organization-usage-enum', [{ kind: 'inSource', justification: 'migrating in TICKET-7' }]],
      ['require-behavior-without-require', [{ kind: 'inSource', justification: 'migrating in TICKET-7' }]],
    ]);
  });

  it('markdown and HTML: the count in the heading and a list with the reasons', async () => {
    const dir = prodTree();
    const md = (await runCli(['tenants', '-f', 'markdown'], { cwd: dir })).stdout;
    expect(md).toContain('## orglint: ✅ no problems · 2 suppressed');
    expect(md).toContain('2 findings suppressed by `orglint-disable` comments');
    expect(md).toContain('### Suppressed (2)');
    expect(md).toContain('| `tenants/prod/tenant.yaml` | 4:25 | `organization-usage-enum` |');
    expect(md).toMatch(/\| orglint-disable-file \\\(line 1\\\) \| migrating in TICKET-7 \|/);
    await runCli(['tenants', '-f', 'html=report.html'], { cwd: dir });
    const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect(html).toContain('<span class="n">2</span><span class="what">suppressed</span>');
    expect(html).toContain('<h2 id="suppressed">Suppressed (2)</h2>');
    expect(html).toContain('<td>orglint-disable-file (line 1)</td><td>migrating in TICKET-7</td>');
  });

  it('a directive without a reason says so', async () => {
    const dir = tempTree({ 'tenant.yaml': PROD.replace(' -- migrating in TICKET-7', '') });
    const run = await runCli(['tenant.yaml'], { cwd: dir });
    expect(run.stdout).toContain('  2 findings suppressed by orglint-disable comments (2 without a reason); --no-inline-config shows them\n');
    expect(run.stdout).toContain('  tenant.yaml:1: orglint-disable-file hides 2 findings: no reason given\n');
  });
});

describe('--no-inline-config', () => {
  it('ignores every directive (ESLint\'s meaning): the findings count again', async () => {
    const run = await runCli(['tenants', '--no-inline-config', '-f', 'json'], { cwd: prodTree() });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['organization-usage-enum', 'require-behavior-without-require']);
    expect(report.summary.suppressed).toBe(0);
  });
});

describe('requireDirectiveReason: true', () => {
  it('makes a directive without -- reason a finding of its own; one with a reason is fine', async () => {
    const dir = tempTree({
      '.orglint.yaml': 'requireDirectiveReason: true\n',
      'tenant.yaml': 'clients:\n  - name: A\n    organization_usage: Require  # orglint-disable-line\n  - name: B\n    # orglint-disable-next-line organization-usage-enum -- kept for TICKET-3\n    organization_usage: Require\n',
    });
    const run = await runCli(['tenant.yaml', '-f', 'compact'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      'tenant.yaml:3:34: error: orglint-disable-line without a reason: write why after "--" [disable-directive-without-reason]\n' +
        '2 findings suppressed (2 by orglint-disable comments); -f json lists them with their reasons\n',
    );
  });

  it('--rule disable-directive-without-reason=warning turns the check on too', async () => {
    const dir = tempTree({ 'tenant.yaml': PROD.replace(' -- migrating in TICKET-7', '') });
    const run = await runCli(['tenant.yaml', '-f', 'compact', '--rule', 'disable-directive-without-reason=warning'], { cwd: dir });
    expect(run.stdout.split('\n')[0]).toBe('tenant.yaml:1:1: warning: orglint-disable-file without a reason: write why after "--" [disable-directive-without-reason]');
    expect(run.code).toBe(0);
  });

  it('is checked by the config schema', async () => {
    const dir = tempTree({ '.orglint.yaml': 'requireDirectiveReason: yes please\n', 'tenant.yaml': PROD });
    const run = await runCli(['tenant.yaml'], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([2, 'orglint: config error: .orglint.yaml:1:25: invalid value for "requireDirectiveReason": expected must be boolean\n']);
  });
});

describe('the baseline is a suppression too', () => {
  it('JSON lists baselined findings with kind baseline; SARIF marks them external', async () => {
    const dir = tempTree({ 'tenant.yaml': PROD.replace(/^# orglint-disable-file.*\n/, '') });
    await runCli(['.', '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    const run = await runCli(['.', '--baseline', 'b.json', '-f', 'json', '-f', 'sarif=out.sarif'], { cwd: dir });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.summary.suppressed).toBe(2);
    expect(report.suppressed.map((f: { suppression: unknown }) => f.suppression)).toEqual([
      { kind: 'baseline', reason: 'recorded in the baseline b.json' },
      { kind: 'baseline', reason: 'recorded in the baseline b.json' },
    ]);
    const log = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8'));
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results.map((r: { suppressions: { kind: string }[] }) => r.suppressions[0].kind)).toEqual(['external', 'external']);
  });
});

describe('a hostile reason', () => {
  it('control characters, table pipes and markup in a reason stay inert in every report', async () => {
    const reason = '\u001b[31mred | <img src=x onerror=alert(1)> `tick` ::error::pwned';
    const dir = tempTree({ 'tenant.yaml': `# orglint-disable-file -- ${reason}\n${PROD.split('\n').slice(1).join('\n')}` });
    const stylish = (await runCli(['tenant.yaml'], { cwd: dir })).stdout;
    expect(stylish).not.toContain('\u001b');
    expect(stylish).toContain('orglint-disable-file hides 2 findings: "\\u001b[31mred | <img');
    const md = (await runCli(['tenant.yaml', '-f', 'markdown'], { cwd: dir })).stdout;
    const row = md.split('\n').find((l) => l.includes('orglint-disable-file \\(line 1\\)'))!;
    // the row keeps its 6 cells: the pipe in the reason is escaped, the markup is text
    expect(row.split(/(?<!\\)\|/).length).toBe(8);
    expect(row).not.toContain('<img');
    expect(row).not.toContain('\u001b');
    await runCli(['tenant.yaml', '-f', 'html=r.html'], { cwd: dir });
    const html = readFileSync(path.join(dir, 'r.html'), 'utf8');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
  });
});
