/** unique-client-names across the files of a deploy-cli directory export, as a pre-commit hook runs it. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { lint, tempTree } from '../helpers/lint';

const client = (name: string, extra = '') => `{\n  "name": ${JSON.stringify(name)},\n  "app_type": "spa"${extra}\n}\n`;

function directoryTenant(): string {
  return tempTree({
    'tenant/clients/Alpha.json': client('Portal'),
    'tenant/clients/Beta.json': client('Marketing'),
    'tenant/clients/Gamma.json': client('Portal', ',\n  "organization_usage": "Require"'),
    'tenant/grants/Portal.json': '{ "client_id": "Portal", "audience": "https://api.example.com", "scope": [] }\n',
  });
}

describe('unique-client-names in a deploy-cli directory export', () => {
  it('naming one file on the command line finds its duplicate in a sibling file, and shows only that file', async () => {
    const dir = directoryTenant();
    const run = await runCli(['--format', 'json', 'tenant/clients/Gamma.json'], { cwd: dir });
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { findings: { ruleId: string; file: string; line: number; column: number; message: string }[] };
    expect(new Set(out.findings.map((f) => f.file))).toEqual(new Set(['tenant/clients/Gamma.json']));
    const dup = out.findings.filter((f) => f.ruleId === 'unique-client-names');
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ line: 2, column: 11 });
    expect(dup[0].message).toContain('"Portal" is already used by the application at clients/Alpha.json:2');
  });

  it('naming the first of the two reports nothing: the later file carries the finding', async () => {
    const dir = directoryTenant();
    const result = await lint([path.join(dir, 'tenant/clients/Alpha.json')], { cwd: dir });
    expect(result.findings.filter((f) => f.ruleId === 'unique-client-names')).toEqual([]);
  });

  it('gives the same finding whether one file or the whole folder is linted', async () => {
    const dir = directoryTenant();
    const one = await lint([path.join(dir, 'tenant/clients/Gamma.json')], { cwd: dir });
    const all = await lint([dir], { cwd: dir });
    const pick = (r: typeof one) => r.findings.filter((f) => f.ruleId === 'unique-client-names').map((f) => `${path.relative(dir, f.file)}:${f.line}:${f.column} ${f.message}`);
    expect(pick(all)).toEqual(pick(one));
    expect(pick(all)).toHaveLength(1);
  });

  it('reports every later duplicate against the first, once each', async () => {
    const names = ['A', 'B', 'A', 'C', 'A', 'B'];
    const yaml = `clients:\n${names.map((n) => `  - name: ${n}\n`).join('')}`;
    const dir = tempTree({ 'tenant.yaml': yaml });
    const result = await lint([path.join(dir, 'tenant.yaml')], { cwd: dir });
    const got = result.findings.filter((f) => f.ruleId === 'unique-client-names').map((f) => `${f.line} ${f.severity} ${/at (line \d+)/.exec(f.message)?.[1]}`);
    expect(got).toEqual(['4 error line 2', '6 error line 2', '7 error line 3']);
  });
});
