import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding';
import { github } from '../../src/formatters/github';
import { RULES } from '../../rules/index';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';
import { SAMPLE_TENANT } from '../helpers/sample-tenant';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'organization-usage-enum', severity: 'error', message: 'm', file: path.join(ROOT, 'x.yaml'),
  line: 3, column: 5, endLine: 3, endColumn: 9, path: '/clients/0/organization_usage', resource: null, fix: null, ...over,
});
const run = (findings: Finding[]) =>
  github({ findings, summary: { files: 1, clients: 1, errors: 0, warnings: 0, infos: 0, fixable: 0 }, rules: RULES, cwd: ROOT, color: false, toolVersion: 't' });

describe('-f github', () => {
  it('prints workflow commands with positions relative to the repository root, most severe first', async () => {
    const dir = tempTree({ 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/tenants/prod/tenant.yaml': SAMPLE_TENANT });
    const r = await runCli(['.', '-f', 'github'], { cwd: path.join(dir, 'repo/tenants') });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      '::error file=tenants/prod/tenant.yaml,line=6,endLine=6,col=25,endColumn=32,title=organization-usage-enum::organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"?',
      expect.stringMatching(/^::error file=tenants\/prod\/tenant\.yaml,line=10,endLine=10,col=36,endColumn=52,title=organization-require-behavior-enum::organization_require_behavior "pre-login-prompt"/),
      expect.stringMatching(/^::warning file=tenants\/prod\/tenant\.yaml,line=13,endLine=13,col=5,endColumn=34,title=require-behavior-without-require::/),
    ]);
  });

  it('sorts errors before warnings before notices across files', async () => {
    const dir = tempTree({
      'a/tenant.yaml': 'clients:\n  - name: A\n    organization_usage: deny\n    organization_require_behavior: pre_login_prompt\n',
      'b/tenant.yaml': 'clients:\n  - name: B\n    organization_usage: Require\n',
    });
    const r = await runCli(['.', '-f', 'github'], { cwd: dir });
    expect(r.stdout.split('\n').filter(Boolean).map((l) => l.slice(0, l.indexOf(' ')))).toEqual(['::error', '::warning']);
    expect(r.stdout).toMatch(/^::error file=b\/tenant\.yaml,/);
  });

  it('escapes %, CR and LF in messages, and also , and : in properties', () => {
    const out = run([
      finding({ message: '100% sure\r\nsecond line\nthird: a, b', file: path.join(ROOT, 'we,ird:name%.yaml'), severity: 'info' }),
    ]);
    expect(out).toBe('::notice file=we%2Cird%3Aname%25.yaml,line=3,endLine=3,col=5,endColumn=9,title=organization-usage-enum::100%25 sure%0D%0Asecond line%0Athird: a, b\n');
    // one command per line, whatever the message held
    expect(out.split('\n')).toHaveLength(2);
  });

  it('shows other control characters (an ESC in a file name) as visible escapes', () => {
    const out = run([finding({ message: 'bell\u0007 here', file: path.join(ROOT, 'a\u001b[2Jb.yaml'), severity: 'error' })]);
    expect(out).toBe('::error file=a\\u001b[2Jb.yaml,line=3,endLine=3,col=5,endColumn=9,title=organization-usage-enum::bell\\u0007 here\n');
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it('leaves out positions a finding does not have', () => {
    expect(run([finding({ line: 0, column: 0, endLine: 0, endColumn: 0, severity: 'warning' })])).toBe('::warning file=x.yaml,title=organization-usage-enum::m\n');
  });
});
