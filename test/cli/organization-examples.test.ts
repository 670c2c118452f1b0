import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/lint';
import { runCli } from '../helpers/cli';

interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  predictedResponse?: { status: number; errorCode?: string };
}

/** the rules these examples demonstrate; other rules' findings on them are theirs to test */
const SHOWN = new Set([
  'allow-any-organization', 'client-grant-organization-usage-enum', 'default-organization-without-require-grant',
  'organization-branding-colors', 'organization-connections-all-hidden', 'organization-connections-limit',
  'organization-discovery-domain-unverified', 'organization-display-name', 'organization-metadata-limits',
  'organization-name-valid', 'organization-signup-requires-membership', 'require-without-organizations',
  'unique-organization-names',
]);

/** `file:line:col severity rule` of the findings of a JSON run, for the rules above. */
async function findings(path: string): Promise<{ code: number | null; lines: string[]; raw: JsonFinding[] }> {
  const run = await runCli(['-f', 'json', path], { cwd: ROOT });
  expect(run.stderr).toBe('');
  const raw = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.filter((f) => SHOWN.has(f.ruleId));
  return { code: run.code, raw, lines: raw.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}`) };
}

describe('the organizations examples, through the real CLI', () => {
  it('examples/deploy-cli-yaml-orgs: each commented item gives its finding, and the right ones give none', async () => {
    const { code, lines, raw } = await findings('examples/deploy-cli-yaml-orgs/');
    expect(code).toBe(1);
    const y = 'examples/deploy-cli-yaml-orgs/tenant.yaml';
    expect(lines).toEqual([
      'examples/deploy-cli-yaml-orgs/new-tenant.yaml:8:25 warning require-without-organizations',
      `${y}:27:5 warning default-organization-without-require-grant`,
      `${y}:73:25 error client-grant-organization-usage-enum`,
      `${y}:81:29 error allow-any-organization`,
      `${y}:89:29 warning allow-any-organization`,
      `${y}:120:5 info organization-discovery-domain-unverified`,
      `${y}:125:11 error organization-name-valid`,
      `${y}:129:11 error unique-organization-names`,
      `${y}:136:13 error organization-metadata-limits`,
      `${y}:137:12 error organization-metadata-limits`,
      `${y}:143:17 error organization-branding-colors`,
      `${y}:144:7 error organization-branding-colors`,
      `${y}:153:28 error organization-signup-requires-membership`,
      `${y}:158:5 warning organization-connections-all-hidden`,
      `${y}:165:19 error organization-display-name`,
      `${y}:170:5 error organization-connections-limit`,
    ]);
    // deploy-cli rejects duplicate names before any API call: its users never see the API's 409
    expect(raw.find((f) => f.ruleId === 'unique-organization-names')?.predictedResponse).toBeUndefined();
  });

  it('examples/deploy-cli-directory: the folder is one tenant, across clients, grants and organizations', async () => {
    const { code, lines } = await findings('examples/deploy-cli-directory/');
    expect(code).toBe(1);
    const d = 'examples/deploy-cli-directory';
    expect(lines).toEqual([
      `${d}/grants/Partner Sync (https---api.acme.example).json:6:29 error allow-any-organization`,
      `${d}/grants/Usage Reporter (https---reports.acme.example).json:5:25 error client-grant-organization-usage-enum`,
      `${d}/organizations/acme (copy).json:2:11 error unique-organization-names`,
      `${d}/organizations/globex.json:4:25 error organization-metadata-limits`,
      `${d}/organizations/globex.json:4:28 error organization-metadata-limits`,
      `${d}/organizations/globex.json:6:109 error organization-signup-requires-membership`,
      `${d}/organizations/globex.json:8:3 info organization-discovery-domain-unverified`,
    ]);
  });

  it('examples/deploy-cli-cross-resource: the rules that read connections, prompts and tenant settings', async () => {
    const CROSS = ['organization-requires-new-universal-login', 'organization-connection-not-enabled-for-client', 'organization-invitation-without-login-route',
      'third-party-organization-prompt', 'client-grant-require-without-organization', 'organization-connection-option-mismatch'];
    const run = await runCli(['-f', 'json', 'examples/deploy-cli-cross-resource/'], { cwd: ROOT });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { findings: JsonFinding[]; skippedRules?: unknown[] };
    const x = 'examples/deploy-cli-cross-resource/tenant.yaml';
    expect(report.findings.filter((f) => CROSS.includes(f.ruleId)).map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}`)).toEqual([
      `${x}:16:25 warning organization-requires-new-universal-login`,
      `${x}:16:25 info organization-connection-not-enabled-for-client`,
      `${x}:16:25 info organization-invitation-without-login-route`,
      `${x}:23:25 warning organization-requires-new-universal-login`,
      `${x}:29:21 warning third-party-organization-prompt`,
      `${x}:31:25 warning organization-requires-new-universal-login`,
      `${x}:32:36 warning third-party-organization-prompt`,
      `${x}:67:25 warning client-grant-require-without-organization`,
      `${x}:88:25 warning organization-connection-option-mismatch`,
      `${x}:92:28 warning organization-connection-option-mismatch`,
    ]);
    // a whole export: nothing a rule needed was missing
    expect(report.skippedRules).toBeUndefined();
    const excluded = await runCli(['-f', 'json', 'examples/deploy-cli-cross-resource/', '--keywords', 'examples/deploy-cli-cross-resource/excluded.json'], { cwd: ROOT });
    const without = JSON.parse(excluded.stdout) as { findings: JsonFinding[]; skippedRules: { ruleId: string; reason: string }[] };
    expect(without.findings.filter((f) => CROSS.includes(f.ruleId)).map((f) => `${f.line} ${f.ruleId}`)).toEqual([
      '16 organization-invitation-without-login-route',
      '29 third-party-organization-prompt',
      '32 third-party-organization-prompt',
    ]);
    expect(without.skippedRules.find((r) => r.ruleId === 'organization-requires-new-universal-login')?.reason).toBe(
      'prompts settings are not managed by deploy-cli (AUTH0_EXCLUDED in examples/deploy-cli-cross-resource/excluded.json)',
    );
  });

  it('a pre-commit run naming one organization file still sees the rest of the directory tenant', async () => {
    const { lines } = await findings('examples/deploy-cli-directory/organizations/acme (copy).json');
    expect(lines).toEqual(['examples/deploy-cli-directory/organizations/acme (copy).json:2:11 error unique-organization-names']);
  });
});
