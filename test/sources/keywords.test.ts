import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { substituteKeywords } from '../../src/sources/keywords';
import { runCli } from '../helpers/cli';
import { compactLines, lint, tempTree } from '../helpers/lint';

describe('deploy-cli keyword placeholders', () => {
  it('without a mapping: an unquoted @@KEY@@ or ##KEY## still parses, and a placeholder is never an enum error', async () => {
    const dir = tempTree({
      'tenant.yaml': `clients:
  - name: Keyed
    callbacks: @@APP_CALLBACKS@@
    organization_usage: ##ORG_USAGE##
    organization_require_behavior: '@@BEHAVIOR@@'
  - name: Plain
    organization_usage: Deny
`,
    });
    const r = await lint([path.join(dir, 'tenant.yaml')], { cwd: dir });
    const lines = compactLines(r, dir);
    expect(lines.filter((l) => /parse-error|enum\]/.test(l))).toEqual([
      'tenant.yaml:7:25: error: organization_usage "Deny" is not one of "deny", "allow", "require"; did you mean "deny"? [organization-usage-enum]',
    ]);
  });

  it('with --keywords: values are substituted like deploy-cli, positions still point into the original file', async () => {
    const dir = tempTree({
      'tenant.yaml': `clients:
  - name: ##APP_NAME##
    callbacks: @@APP_CALLBACKS@@
    organization_usage: "@@ORG_USAGE@@"
    organization_require_behavior: ##BEHAVIOR##
`,
      'keywords.json': JSON.stringify({ APP_NAME: 'Portal', APP_CALLBACKS: ['https://a.example/cb'], ORG_USAGE: 'Require', BEHAVIOR: 'pre-login-prompt' }),
    });
    const run = await runCli(['tenant.yaml', '--keywords', 'keywords.json', '-f', 'json'], { cwd: dir });
    const report = JSON.parse(run.stdout);
    const at = report.findings.map((f: { ruleId: string; line: number; column: number; endColumn: number }) => `${f.line}:${f.column}-${f.endColumn} ${f.ruleId}`);
    expect(at).toEqual(['4:25-40 organization-usage-enum', '5:36-48 organization-require-behavior-enum']);
    expect(report.findings[0].message).toContain('"Require"');
    expect(report.findings[0].resource.name).toBe('Portal');
  });

  it('accepts a deploy-cli config JSON holding AUTH0_KEYWORD_REPLACE_MAPPINGS, and config keywords', async () => {
    const dir = tempTree({
      'tenant.yaml': 'clients:\n  - name: A\n    organization_usage: "##ORG_USAGE##"\n',
      'config.json': JSON.stringify({ AUTH0_DOMAIN: 'x.auth0.com', AUTH0_KEYWORD_REPLACE_MAPPINGS: { ORG_USAGE: 'requir' } }),
      'other/.orglint.yaml': 'keywords:\n  ORG_USAGE: allow\n',
    });
    const run = await runCli(['tenant.yaml', '--keywords', 'config.json', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).toContain('tenant.yaml:3:25: error: organization_usage "requir" is not one of');
    const viaConfig = await runCli(['../tenant.yaml', '-f', 'compact'], { cwd: path.join(dir, 'other') });
    expect(viaConfig.stdout).toBe('');
    expect(viaConfig.code).toBe(0);
  });

  it('a keywords file that is not an object exits 2 with its name and line', async () => {
    const dir = tempTree({ 'tenant.yaml': 'clients: []\n', 'kw.json': '{"AUTH0_KEYWORD_REPLACE_MAPPINGS": ["a"]}' });
    const run = await runCli(['tenant.yaml', '--keywords', 'kw.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('orglint: config error: kw.json:1:36: keywords file: AUTH0_KEYWORD_REPLACE_MAPPINGS must be an object of KEY: value pairs\n');
  });

  it('a file over 64 MiB whose placeholders barely change its size is substituted (the cap is on what they add)', () => {
    const filler = `# ${'x'.repeat(1022)}\n`.repeat(65 * 1024);
    const text = `${filler}clients:\n  - name: A\n    callbacks: [https://##AUTH0_DOMAIN##/cb]\n    description: ##NOTE##\n`;
    expect(text.length).toBeGreaterThan(64 * 1024 * 1024);
    const r = substituteKeywords(text, 'yaml');
    expect(r.placeholders.map((p) => p.key)).toEqual(['AUTH0_DOMAIN', 'NOTE']);
    expect(r.parseText.endsWith('description: "##NOTE##"\n')).toBe(true);
  });
});
