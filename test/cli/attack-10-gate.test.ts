/**
 * Hostile cases against issue 10 ("a gate a team can trust"), through the real CLI: text that looks like a
 * directive but is YAML string content must not switch the gate off.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

describe('a directive inside a YAML string is text, not a comment', () => {
  it('a block scalar or a quoted value holding "# orglint-disable-file" hides nothing', async () => {
    const dir = tempTree({
      'tenant.yaml': [
        'clients:',
        '  - name: A',
        '    description: |',
        '      # orglint-disable-file',
        '    organization_usage: Require',
        '  - name: B',
        '    description: "see # orglint-disable-file"',
        "    initiate_login_uri: 'x # orglint-disable-next-line'",
        '    organization_usage: Require',
        '',
      ].join('\n'),
    });
    const r = await runCli(['tenant.yaml', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.findings.map((m: { line: number; column: number; ruleId: string }) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '5:25 organization-usage-enum',
      '9:25 organization-usage-enum',
    ]);
    expect(out.summary.suppressed).toBe(0);
  });

  it('real comments still suppress, on the same file shape (next-line, line, CRLF)', async () => {
    const text = [
      'clients:',
      '  - name: A',
      '    # orglint-disable-next-line organization-usage-enum -- TICKET-1',
      '    organization_usage: Require',
      '    organization_require_behavior: pre-login-prompt # orglint-disable-line',
      '',
    ].join('\r\n');
    const r = await runCli(['tenant.yaml', '-f', 'json'], { cwd: tempTree({ 'tenant.yaml': text }) });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.summary.suppressed).toBe(2);
    expect(out.suppressed.map((f: { line: number; suppression: { reason: string | null } }) => [f.line, f.suppression.reason])).toEqual([
      [4, 'TICKET-1'],
      [5, null],
    ]);
  });
});

describe('-f github and -f junit leave a trace of what was suppressed', () => {
  const files = {
    'tenants/prod/tenant.yaml': '# orglint-disable-file -- migrating, TICKET-7\nclients:\n  - name: A\n    organization_usage: Require\n',
  };

  it('-f github: a notice on the orglint-disable-file line, and one with the count (it used to print nothing)', async () => {
    const r = await runCli(['tenants', '-f', 'github'], { cwd: tempTree(files) });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      '::notice file=tenants/prod/tenant.yaml,line=1,title=orglint-disable-file::orglint-disable-file hides 1 finding: "migrating, TICKET-7"\n' +
        '::notice title=orglint%3A suppressed findings::1 finding suppressed (1 by orglint-disable comments); -f json lists them with their reasons\n',
    );
  });

  it('-f junit: the suppressed finding in its case\'s system-out, with the directive and the reason, not a failure', async () => {
    const r = await runCli(['tenants', '-f', 'junit'], { cwd: tempTree(files) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('failures="0"');
    expect(r.stdout).toContain(
      '<system-out>suppressed by orglint-disable-file (line 1) -- migrating, TICKET-7: tenants/prod/tenant.yaml:4:25: error: organization_usage &quot;Require&quot;',
    );
  });
});

describe('--stdin with a name the config ignores', () => {
  it('exits 2, and the "nothing was linted" message names standard input (it said "found in :")', async () => {
    const dir = tempTree({ '.orglint.yaml': 'ignore: ["tenants/**"]\n' });
    const input = 'clients:\n  - name: A\n    organization_usage: Require\n';
    const r = await runCli(['--stdin', '--stdin-filename', 'tenants/prod/tenant.yaml', '--no-error-on-unmatched-pattern'], { cwd: dir, input });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "orglint: note: tenants/prod/tenant.yaml: ignored by the config's ignore patterns\n" +
        'orglint: no tenant configuration found in standard input (--stdin-filename tenants/prod/tenant.yaml): nothing was linted (--pass-on-empty lets such a run pass)\n',
    );
    const strict = await runCli(['--stdin', '--stdin-filename', 'tenants/prod/tenant.yaml'], { cwd: dir, input });
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain("tenants/prod/tenant.yaml: ignored by the config's ignore patterns");
  });
});

describe('an orglint-disable that no orglint-enable closes is as loud as orglint-disable-file', () => {
  it('stylish and github name its file and line (they only gave a count)', async () => {
    const dir = tempTree({ 'tenant.yaml': 'clients:\n  - name: A\n    organization_usage: Require\n# orglint-disable\n  - name: B\n    organization_usage: Require\n  - name: C\n    organization_usage: Require\n' });
    const r = await runCli(['tenant.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  tenant.yaml:4: orglint-disable without orglint-enable hides 2 findings: no reason given');
    const gh = await runCli(['tenant.yaml', '-f', 'github'], { cwd: dir });
    expect(gh.stdout).toContain('::notice file=tenant.yaml,line=4,title=orglint-disable without orglint-enable::orglint-disable without orglint-enable hides 2 findings: no reason given\n');
    // closed again, it is an ordinary block: counted, not named
    const closed = tempTree({ 'tenant.yaml': '# orglint-disable -- legacy\nclients:\n  - name: B\n    organization_usage: Require\n# orglint-enable\n' });
    const c = await runCli(['tenant.yaml'], { cwd: closed });
    expect(c.code).toBe(0);
    expect(c.stdout).not.toContain('hides');
    expect(c.stdout).toContain('1 finding suppressed by orglint-disable comments');
  });
});

describe('Management API dumps that were refused or skipped', () => {
  it('a dump whose only client field is misspelt is read (a folder walk skipped it quietly), and unknown-field reports it', async () => {
    const dir = tempTree({
      'dumps/clients.json': '[{"name":"A","organisation_usage":"require"}]\n',
      'dumps/page.json': '{"start":0,"limit":50,"total":1,"clients":[{"name":"B","organization_require_behaviour":"pre_login_prompt"}]}\n',
    });
    const r = await runCli(['dumps', '-f', 'compact'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('dumps/clients.json:1:14: error: unknown field "organisation_usage" of a client; did you mean "organization_usage"?');
    expect(r.stdout).toContain('dumps/page.json:1:56: error: unknown field "organization_require_behaviour" of a client; did you mean "organization_require_behavior"?');
  });

  it('JSON of named things with no near miss of a client field is still refused when named', async () => {
    const dir = tempTree({
      'pkg.json': '{"clients":[{"name":"A"}],"name":"pkg","version":"1.0.0"}\n',
      'random.json': '[{"name":"a"},{"name":"b","organization":"x","descriptions":"y"}]\n',
    });
    for (const f of ['pkg.json', 'random.json']) {
      const r = await runCli([f], { cwd: dir });
      expect(r.code, f).toBe(2);
      expect(r.stderr).toContain(`orglint: ${f}: not tenant configuration: JSON that is none of`);
    }
  });
});
