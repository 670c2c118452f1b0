/**
 * Review of 2026-12-01: the HTML report cut a label or a long line before the final mask ran over the report, and the
 * mask finds a secret only whole: a client whose organization_usage (or file name, or a long line) held a secret
 * showed its first characters in the chart label ("Zq9SecretValueForLe…"). The report masks what it cuts first.
 * Also the one-expression pre-check of maskKnown, kept per list of secrets, is made again when the list changed.
 */
import { describe, expect, it } from 'vitest';
import { maskKnown } from '../../src/engine/redact';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const SECRET = 'Zq9SecretValueForLeakProbe77xx';

describe('the HTML report never cuts a secret before masking it', () => {
  it('a secret as a chart label, a filter option (file name) and on a long quoted line is masked whole', async () => {
    const long = `${'a'.repeat(150)}${SECRET}${'b'.repeat(150)}`;
    const dir = tempTree({
      'tenant.yaml': [
        'clients:',
        '  - name: Portal',
        '    app_type: spa',
        `    client_secret: ${SECRET}`,
        `    organization_usage: ${SECRET}`,
        `    description: ${long}`,
        '  - name: Other',
        '    app_type: spa',
        '    organization_usage: Require',
        '',
      ].join('\n'),
    });
    const r = await runCli(['-f', 'html', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('<html');
    // no part of the secret of 8 characters or more anywhere in the page
    for (let i = 0; i + 8 <= SECRET.length; i++) expect(r.stdout).not.toContain(SECRET.slice(i, i + 8));
    expect(r.stdout).toContain('*'.repeat(12));
  });
});

describe('maskKnown with a list of secrets changed in place', () => {
  it('masks the secret added after the list was first used', () => {
    const known = ['first-secret-value-0001', 'second-secret-value-002'];
    const text = `${'x'.repeat(2000)} third-secret-value-0003 ${'y'.repeat(2000)}`;
    expect(maskKnown(text, known)).toBe(text);
    known.push('third-secret-value-0003');
    expect(maskKnown(text, known)).not.toContain('third-secret');
    known[2] = 'y'.repeat(30);
    expect(maskKnown(text, known)).toContain('third-secret');
  });
});
