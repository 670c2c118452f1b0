import { describe, expect, it } from 'vitest';
import { compactLines, lintYaml } from '../helpers/lint';

const lines = async (text: string) => {
  const r = await lintYaml(text);
  return compactLines(r, '/').map((l) => l.replace(/^.*tenant\.yaml:/, ''));
};

describe('inline suppression comments', () => {
  it('disable-next-line hides the named rule on the next line only, and takes a reason after --', async () => {
    const out = await lines(`clients:
  - name: A
    # orglint-disable-next-line organization-usage-enum -- legacy, TICKET-1
    organization_usage: Require
  - name: B
    organization_usage: Require
`);
    expect(out).toEqual(['6:25: error: organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"? [organization-usage-enum]']);
  });
  it('disable-line with no ids hides every rule on its line', async () => {
    expect(await lines('clients:\n  - name: A\n    organization_usage: Require  # orglint-disable-line\n')).toEqual([]);
  });
  it('disable … enable covers a block, for the named rules only', async () => {
    const out = await lines(`clients:
# orglint-disable organization-usage-enum, require-behavior-without-require
  - name: A
    organization_usage: Allow
    organization_require_behavior: pre-login-prompt
# orglint-enable organization-usage-enum
  - name: B
    organization_usage: Allow
    organization_require_behavior: pre_login_prompt
`);
    // require-behavior-without-require is disabled to the end of the file but never had anything to hide there
    expect(out.map((l) => l.replace(/: error: .*\[/, ' [').replace(/: warning: .*\[/, ' ['))).toEqual([
      '2:1 [unused-disable-directive]',
      '5:36 [organization-require-behavior-enum]',
      '8:25 [organization-usage-enum]',
    ]);
  });
  it('disable-file hides everything in the file', async () => {
    expect(await lines('# orglint-disable-file\nclients:\n  - name: A\n    organization_usage: Require\n')).toEqual([]);
  });
  it('reports a directive that hides nothing, and a rule id it does not know', async () => {
    const out = await lines(`clients:
  - name: A
    # orglint-disable-next-line organization-usage-enum
    organization_usage: require
    organization_require_behavior: pre_login_prompt  # orglint-disable-line organisation-usage-enum
`);
    expect(out).toEqual([
      '3:5: warning: unused disable directive: "organization-usage-enum" is disabled here but reports nothing [unused-disable-directive]',
      '5:54: warning: unused disable directive: "organisation-usage-enum" is not a rule orglint knows [unused-disable-directive]',
    ]);
  });
  it('cannot hide a parse error', async () => {
    const out = await lines('# orglint-disable-file\nclients:\n  - name: A\n  name: B\n    x: [\n');
    expect(out.some((l) => l.endsWith('[parse-error]'))).toBe(true);
  });
});

describe('each suppressed finding names the directive that hid it', () => {
  it('the nearest directive covering its line and rule gives the reason; --no-inline-config ignores them all', async () => {
    const text = `# orglint-disable-file -- whole file: TICKET-1
clients:
  - name: A
    organization_usage: Require
# orglint-disable organization-usage-enum -- block: TICKET-2
  - name: B
    organization_usage: Require
# orglint-enable organization-usage-enum
  - name: C
    organization_usage: Require  # orglint-disable-line organization-usage-enum -- line: TICKET-3
  - name: D
    # orglint-disable-next-line
    organization_usage: Require
`;
    const r = await lintYaml(text);
    expect(r.findings.filter((f) => f.ruleId !== 'unused-disable-directive')).toEqual([]);
    expect(r.suppressed.map((f) => [f.line, f.suppression?.reason, f.suppression?.directive?.kind])).toEqual([
      [4, 'whole file: TICKET-1', 'disable-file'],
      [7, 'block: TICKET-2', 'disable'],
      [10, 'line: TICKET-3', 'disable-line'],
      [13, null, 'disable-next-line'],
    ]);
    expect(r.summary.suppressed).toBe(4);
  });

  it('thousands of disable/enable blocks above a file-wide disable: every finding still gets its directive', async () => {
    const blocks = Array.from({ length: 3000 }, () => '# orglint-disable require-no-prompt\n# orglint-enable require-no-prompt\n').join('');
    const clients = Array.from({ length: 2000 }, (_, i) => `  - name: C${i}\n    organization_usage: Require\n`).join('');
    const r = await lintYaml(`# orglint-disable-file -- generated\n${blocks}clients:\n${clients}`);
    const usage = r.suppressed.filter((f) => f.ruleId === 'organization-usage-enum');
    expect(usage).toHaveLength(2000);
    expect(new Set(usage.map((f) => f.suppression?.reason))).toEqual(new Set(['generated']));
  });
});
