/** unresolved-keyword against a keyword mapping: values given are checked, only missing ones are reported. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { lint, lintYaml, tempTree } from '../helpers/lint';

const TENANT = `clients:
  - name: Portal
    organization_usage: ##ORG_USAGE##
    callbacks: @@APP_CALLBACKS@@
    organization_require_behavior: '@@ORG_PROMPT@@'
`;

const ids = (r: Awaited<ReturnType<typeof lint>>) => r.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`);

describe('unresolved-keyword', () => {
  it('reports each placeholder once, with the field it stands in, and nothing else about it', async () => {
    const result = await lintYaml(TENANT);
    expect(ids(result)).toEqual(['3:25 unresolved-keyword', '4:16 unresolved-keyword', '5:36 unresolved-keyword']);
    expect(result.findings.every((f) => f.severity === 'info')).toBe(true);
    expect(result.findings[0].message).toBe(
      'keyword ##ORG_USAGE## in organization_usage has no value, so the checks of this value were skipped; give its value with --keywords FILE or keywords: in the config',
    );
  });

  it('is silent for the keywords a mapping gives, and the rules then check their values', async () => {
    const result = await lintYaml(TENANT, {
      config: { keywords: { ORG_USAGE: 'Require', APP_CALLBACKS: ['https://app.example.com/{organization_name}'] } },
    });
    expect(ids(result)).toEqual([
      '3:25 organization-usage-enum',
      '4:16 organization-name-placeholder',
      '5:36 unresolved-keyword',
    ]);
  });

  it('reads the mapping from a deploy-cli config given with --keywords', async () => {
    const dir = tempTree({ 'tenant.yaml': TENANT });
    writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({ AUTH0_DOMAIN: 'x.auth0.com', AUTH0_KEYWORD_REPLACE_MAPPINGS: { ORG_USAGE: 'allow', APP_CALLBACKS: [], ORG_PROMPT: 'no_prompt' } }),
    );
    const bare = await runCli(['--format', 'compact', 'tenant.yaml'], { cwd: dir });
    expect(bare.stdout.match(/\[unresolved-keyword\]/g)).toHaveLength(3);
    const mapped = await runCli(['--format', 'compact', '--keywords', 'config.json', 'tenant.yaml'], { cwd: dir });
    expect(mapped.stdout).not.toContain('unresolved-keyword');
    expect(mapped.code).toBe(0);
  });

  it('leaves keywords outside the fields orglint reads alone', async () => {
    const result = await lintYaml(`tenant:
  friendly_name: '##ENV## tenant'
emailProvider:
  credentials:
    smtp_pass: ##SMTP_PASS##
clients:
  - name: Site (##ENV##)
    description: '##DESCRIPTION##'
    callbacks: ['https://##SITE##/callback']
    addons:
      samlp: { audience: '##AUDIENCE##' }
`);
    expect(ids(result)).toEqual([]);
  });
});
