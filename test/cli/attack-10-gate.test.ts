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
