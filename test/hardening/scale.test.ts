/**
 * Scale limits are errors, not crashes (issue 12): hundreds of thousands of findings, a 1 MB keyword value used
 * many times in a small file, reports too large to list in full.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding';
import { html, HTML_MAX_FINDINGS } from '../../src/formatters/html';
import { RULES } from '../../rules/index';
import { runCli } from '../helpers/cli';
import { lint, tempTree } from '../helpers/lint';

describe('scale limits', () => {
  it('a dump with 200,000 findings is linted and counted (findings are never spread into a call)', async () => {
    const clients = Array.from({ length: 200_000 }, (_, i) => ({ client_id: String(i), organization_usage: 'Require' }));
    const dir = tempTree({});
    writeFileSync(path.join(dir, 'dump.json'), JSON.stringify(clients));
    const result = await lint([path.join(dir, 'dump.json')], { cwd: dir, config: { maxFileSize: 100 * 1024 * 1024 } });
    expect(result.findings.filter((f) => f.ruleId === 'organization-usage-enum')).toHaveLength(200_000);
  }, 120_000);

  it('a 1 MB keyword value used a hundred times in a small file is a file-too-large finding, not an internal error', async () => {
    const tenant = 'clients:\n' + Array.from({ length: 100 }, (_, i) => `  - name: A${i}\n    description: "##BIG##"\n`).join('');
    const dir = tempTree({ 'tenant.yaml': tenant, 'kw.json': JSON.stringify({ BIG: 'x'.repeat(1024 * 1024) }) });
    const run = await runCli(['--keywords', 'kw.json', '-f', 'compact', 'tenant.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('tenant.yaml:1:1: error: keyword substitution would make this file 100 MiB, adding 100 MiB: over the 64 MiB it may add (a large keyword value used many times) [file-too-large]\n');
    expect(run.code).toBe(1);
  });

  it('the HTML report lists the first 20,000 findings, errors first, and says how many more there are', () => {
    const base = { file: '/t/tenant.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, path: '', resource: null, fix: null, ruleId: 'organization-usage-enum', message: 'm' };
    const findings: Finding[] = Array.from({ length: 300_000 }, (_, i) => ({ ...base, severity: i === 299_999 ? 'error' : 'info' }));
    const out = html({ findings, summary: { files: 1, clients: 1, errors: 1, warnings: 0, infos: 299_999, fixable: 0 }, rules: RULES, cwd: '/t', color: false, toolVersion: 't' });
    expect(out.match(/<tr class="finding"/g)).toHaveLength(HTML_MAX_FINDINGS);
    expect(out).toContain(`${300_000 - HTML_MAX_FINDINGS} more findings are not shown in this report (it lists the first 20000, errors first); -f json lists them all`);
    expect(out.indexOf('data-severity="error"')).toBeLessThan(out.indexOf('data-severity="info"'));
  });
});
