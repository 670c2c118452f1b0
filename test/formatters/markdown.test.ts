import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding';
import { MARKDOWN_LIMIT, markdownReport, mdCode, mdText } from '../../src/formatters/markdown';
import type { FormatInput } from '../../src/formatters/types';
import { RULES } from '../../rules/index';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';
import { SAMPLE_TENANT } from '../helpers/sample-tenant';

/** the cells of a Markdown table row, split on unescaped pipes */
const cells = (row: string) => row.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());

function input(findings: Finding[]): FormatInput {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return {
    findings,
    summary: { files: 1, clients: findings.length, errors: count('error'), warnings: count('warning'), infos: count('info'), fixable: 0 },
    rules: RULES, cwd: ROOT, color: false, toolVersion: 't',
  };
}

describe('-f markdown', () => {
  it('shows totals, a table by rule (no relative README link: it would point into the pull request), and findings grouped by file', async () => {
    const dir = tempTree({ 'tenant.yaml': SAMPLE_TENANT });
    const r = await runCli(['.', '-f', 'markdown'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 10)).toEqual([
      '## orglint: 3 problems (2 errors, 1 warning, 0 infos)',
      '',
      '1 file and 4 clients checked · 3 problems with a fix (`orglint --fix`)',
      '',
      expect.stringMatching(/^orglint \d+\.\d+\.\d+ · (commit `[0-9a-f]{12}` · )?no config file · rules off: none · tenant: `tenant\.yaml`$/),
      '',
      '| severity | findings |',
      '|---|---:|',
      '| ❌ error | 2 |',
      '| ⚠️ warning | 1 |',
    ]);
    expect(lines).toContain('| `organization-usage-enum` | 1 | organization\\_usage must be "deny", "allow" or "require" |');
    expect(lines).toContain('#### `tenant.yaml`');
    const row = lines.find((l) => l.startsWith('| 6:25 '))!;
    expect(cells(row)).toEqual(['6:25', '❌ error', '`organization-usage-enum`', expect.stringMatching(/^organization\\_usage "Require" is not one of/), 'client `Supplier Portal`']);
  });

  it('says so when there is nothing to report', async () => {
    const dir = tempTree({ 'tenant.yaml': 'clients:\n  - name: A\n    organization_usage: deny\n' });
    const r = await runCli(['.', '-f', 'markdown'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n### Tenants')[0]).toMatch(/^## orglint: ✅ no problems\n\n1 file and 1 client checked\n\norglint .* · tenant: `tenant\.yaml`\n$/);
    expect(r.stdout).toContain('### Tenants\n\n| tenant | clients | errors | warnings | infos |');
  });

  it('keeps hostile text from breaking the table or injecting markup', () => {
    expect(mdText('a | b <img src=x> *c* [l](http://x) `d` \\ e\nf')).toBe('a \\| b &lt;img src=x&gt; \\*c\\* \\[l\\]\\(http\u2060://x\\) \\`d\\` \\\\ e f');
    expect(mdCode('x ` y | z')).toBe('``x ` y \\| z``');
    // a value from a file never pings a person or a team, nor becomes a link
    expect(mdText('ask @octocat or @acme/admins at https://evil.example and www.evil.example')).toBe(
      'ask @\u2060octocat or @\u2060acme/admins at https\u2060://evil.example and www\u2060.evil.example',
    );
    expect(mdCode('`edge`')).toBe('`` `edge` ``');
    const out = markdownReport(input([{
      ruleId: 'organization-usage-enum', severity: 'error', message: 'bad | value <script>', file: path.join(ROOT, 'a|b.yaml'),
      line: 1, column: 2, endLine: 1, endColumn: 3, path: '/x', resource: { type: 'client', name: 'Evil | `name`\n# heading' }, fix: null,
    }]));
    const row = out.split('\n').find((l) => l.startsWith('| 1:2 '))!;
    expect(cells(row)).toHaveLength(5);
    expect(row).toContain('bad \\| value &lt;script&gt;');
    expect(out).not.toMatch(/^# heading/m);
    expect(out).toContain('#### `a|b.yaml`');
  });

  it(`stops under ${MARKDOWN_LIMIT} bytes with a line saying how many findings were left out`, () => {
    const findings: Finding[] = [];
    for (let i = 0; i < 12_000; i++) {
      findings.push({
        ruleId: i % 2 ? 'organization-usage-enum' : 'require-behavior-without-require', severity: i % 2 ? 'error' : 'warning',
        message: `organization_usage "${'x'.repeat(60)}${i}" is not one of "deny", "allow", "require"`, file: path.join(ROOT, `tenants/t${Math.floor(i / 100)}.yaml`),
        line: i + 1, column: 25, endLine: i + 1, endColumn: 30, path: `/clients/${i}/organization_usage`, resource: { type: 'client', name: `Client ${i}` }, fix: null,
      });
    }
    const out = markdownReport(input(findings));
    expect(Buffer.byteLength(out)).toBeLessThan(MARKDOWN_LIMIT);
    expect(Buffer.byteLength(out)).toBeGreaterThan(MARKDOWN_LIMIT - 4096);
    const rows = out.split('\n').filter((l) => /^\| \d+:\d+ \|/.test(l)).length;
    const files = new Set(findings.slice(0, rows).map((f) => f.file)).size;
    const partial = rows % 100 ? 1 : 0;
    const last = out.trimEnd().split('\n').at(-1)!;
    expect(last).toBe(`_… ${12_000 - rows} more findings in ${120 - files + partial} files not shown: this report stops before 1024 KiB. Run orglint with \`-f json\` or \`-f html\` for all of them._`);
    // the totals still count everything
    expect(out.split('\n')[0]).toBe('## orglint: 12000 problems (6000 errors, 6000 warnings, 0 infos)');
  });

  it('cuts at a smaller limit too, never in the middle of a row', () => {
    const findings: Finding[] = Array.from({ length: 50 }, (_, i) => ({
      ruleId: 'organization-usage-enum', severity: 'error', message: `m${i}`, file: path.join(ROOT, 't.yaml'),
      line: i + 1, column: 1, endLine: i + 1, endColumn: 2, path: '/x', resource: null, fix: null,
    }));
    const out = markdownReport(input(findings), 2000);
    expect(Buffer.byteLength(out)).toBeLessThan(2000);
    expect(out.split('\n').filter((l) => l.startsWith('| ') && /\|$/.test(l) && l.includes(' | m')).every((l) => cells(l).length === 5)).toBe(true);
    expect(out).toMatch(/_… \d+ more findings in 1 file not shown/);
  });
});

describe('markdown escapes control characters in code spans', () => {
  it('a resource name and a file name with ESC never reach the report raw', async () => {
    const { markdown } = await import('../../src/formatters/markdown');
    const out = markdown({
      findings: [{ ruleId: 'r', severity: 'error', message: 'm', file: '/w/t\u001b[2J.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, path: '', resource: { type: 'client', name: 'A\u001b]0;pwned\u0007' }, fix: null }],
      summary: { files: 1, clients: 1, errors: 1, warnings: 0, infos: 0, fixable: 0, suppressed: 0 },
      rules: [],
      cwd: '/w',
      color: false,
      toolVersion: 'test',
    } as never);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});
