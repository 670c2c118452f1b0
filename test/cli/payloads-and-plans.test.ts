/**
 * Through the real bundled CLI: the seed doc's HAR request (done-when of the payload issue), tokens that are
 * never printed, Terraform plans, the `payloads` config key, and every predicted response orglint gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';
import { fakeJwt, seedRequest } from '../sources/har-helpers';

interface JsonFinding {
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  path: string;
  resource: { type: string; name: string } | null;
  predictedResponse?: { status: number; errorCode?: string };
}

async function lintJson(cwd: string, args: string[]): Promise<{ code: number | null; findings: JsonFinding[] }> {
  const run = await runCli([...args, '-f', 'json'], { cwd });
  expect(run.stderr).toBe('');
  return { code: run.code, findings: JSON.parse(run.stdout).findings };
}

const VALID = { CLIENT_ID: 'AaiyAPdpYdesoKnqjj8HJqRn4T5titww', DOMAIN: 'example.eu.auth0.com', MGMT_API_ACCESS_TOKEN: fakeJwt('update:clients') };

describe("the seed doc's HAR request", () => {
  it.each([
    ['require', 'pre_login_prompt'],
    ['require', 'post_login_prompt'],
    ['allow', 'no_prompt'],
    ['deny', 'no_prompt'],
  ])('lints clean with its placeholders filled with valid values (%s, %s)', async (usage, behavior) => {
    const dir = tempTree({ 'request.json': seedRequest({ ...VALID, ORG_USAGE: usage, ORG_REQUIRE_BEHAVIOR: behavior }) });
    const { code, findings } = await lintJson(dir, ['request.json']);
    expect(findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('gets organization-usage-enum with predictedResponse 400 invalid_body for an invalid ORG_USAGE', async () => {
    const text = seedRequest({ ...VALID, ORG_USAGE: 'required', ORG_REQUIRE_BEHAVIOR: 'pre_login_prompt' });
    const dir = tempTree({ 'request.json': text });
    const { code, findings } = await lintJson(dir, ['request.json']);
    expect(code).toBe(1);
    expect(findings.map((f) => [f.ruleId, f.predictedResponse])).toEqual([['organization-usage-enum', { status: 400, errorCode: 'invalid_body' }]]);
    const line = text.split('\n').findIndex((l) => l.includes('\\"required\\"')) + 1;
    const column = text.split('\n')[line - 1].indexOf('\\"required\\"') + 1;
    expect([findings[0].line, findings[0].column]).toEqual([line, column]);
  });

  it('as printed in the doc (placeholders and all) gets the two enum errors and nothing about its placeholder token', async () => {
    const dir = tempTree({ 'request.json': seedRequest({}) });
    const { findings } = await lintJson(dir, ['request.json']);
    expect(findings.map((f) => f.ruleId)).toEqual(['organization-usage-enum', 'organization-require-behavior-enum']);
  });
});

describe('secrets in captures', () => {
  it('never prints the bearer token or a client secret, even in a source excerpt of their line', async () => {
    const token = fakeJwt('read:clients');
    const secret = 'zr8Qm2LbV0pWkXc4';
    const req = `{"method":"PATCH","url":"/api/v2/clients/abc","headers":[{"name":"Authorization","value":"Bearer ${token}"}],"postData":{"text":"{\\"client_secret\\":\\"${secret}\\"}"}}\n`;
    const dir = tempTree({ 'request.json': req });
    for (const format of ['stylish', 'compact', 'json']) {
      const run = await runCli(['request.json', '-f', format], { cwd: dir });
      expect(run.stdout).toContain('patch-insufficient-scope');
      expect(run.stdout).not.toContain(token.split('.')[1]);
      expect(run.stdout).not.toContain(secret);
    }
  });
});

describe('Terraform plans', () => {
  it('a plan with unknown values gives no false positives', async () => {
    const { code, findings } = await lintJson(ROOT, ['examples/terraform/plan.json']);
    expect(findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('findings name the resource address and point into the plan file; deleted resources are not checked', async () => {
    const { findings } = await lintJson(ROOT, ['examples/terraform/plan-with-mistakes.json']);
    expect(findings.map((f) => [f.ruleId, f.resource?.name, f.line, f.column])).toEqual([
      ['organization-signup-requires-membership', 'auth0_organization.globex', 55, 36],
      ['organization-usage-enum', 'auth0_client.reseller_portal', 83, 33],
      ['require-behavior-without-require', 'auth0_client.support_desk', 125, 11],
      ['client-grant-organization-usage-enum', 'auth0_client_grant.reporting', 149, 33],
    ]);
    expect(findings.some((f) => f.resource?.name === 'auth0_client.retired')).toBe(false);
  });
});

describe('Terraform .tf files', () => {
  it('examples/terraform/module: each mistake named in its comment is found at its value, by resource address', async () => {
    const { code, findings } = await lintJson(ROOT, ['examples/terraform/module/']);
    expect(code).toBe(1);
    expect(findings.map((f) => [f.ruleId, f.resource?.name, f.line, f.column])).toEqual([
      ['organization-connections-all-hidden', 'auth0_organization.acme', 4, 31],
      ['organization-name-valid', 'auth0_organization.globex', 11, 18],
      ['organization-branding-colors', 'auth0_organization.globex', 17, 25],
      ['organization-signup-requires-membership', 'auth0_organization.globex', 41, 34],
      ['organization-usage-enum', 'auth0_client.reseller_portal', 51, 24],
      ['require-behavior-without-require', 'auth0_client.support_desk', 59, 3],
      ['organization-incompatible-grant', 'auth0_client.legacy_intranet', 69, 5],
      ['organization-third-party-client', 'auth0_client.partner_app', 80, 24],
      ['third-party-organization-prompt', 'auth0_client.partner_app', 80, 24],
      ['default-organization-without-require-grant', 'auth0_client.nightly_export', 87, 3],
      ['client-grant-organization-usage-enum', 'auth0_client_grant.reporting', 105, 24],
      ['organization-connection-not-enabled-for-client', 'auth0_client.field_service', 123, 35],
    ]);
    expect(findings.every((f) => (f as { file?: string }).file === 'examples/terraform/module/main.tf')).toBe(true);
  });
});

describe('the payloads config key', () => {
  it('makes any JSON file it names a PATCH body; without it the file is not one', async () => {
    const body = '{ "organisation_usage": "require" }\n';
    const dir = tempTree({ 'runbooks/enable-orgs.json': body, '.orglint.yaml': 'payloads:\n  - runbooks/*.json\n' });
    const withConfig = await lintJson(dir, ['runbooks/']);
    expect(withConfig.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['patch-unknown-field', 1, 3]]);
    // without it the folder holds no tenant configuration: nothing linted is never a pass
    const bare = tempTree({ 'runbooks/enable-orgs.json': body });
    const without = await runCli(['runbooks/', '-f', 'json'], { cwd: bare });
    expect([without.code, without.stdout]).toEqual([2, '']);
    expect(without.stderr).toMatch(/^orglint: no tenant configuration found in runbooks\/ \(1 file read: none is a deploy-cli export/);
  });
});

/** Every predicted response orglint gives, and a file that shows it. */
describe('predicted responses', () => {
  it('examples/ shows every one orglint can give, for every rule that predicts one', async () => {
    const { findings } = await lintJson(ROOT, ['examples/']);
    const got = new Set(findings.filter((f) => f.predictedResponse).map((f) => `${f.ruleId} ${f.predictedResponse!.status} ${f.predictedResponse!.errorCode}`));
    expect([...got].sort()).toEqual([
      'client-grant-organization-usage-enum 400 invalid_body',
      'default-organization-valid 400 invalid_body',
      'organization-branding-colors 400 invalid_body',
      'organization-discovery-methods-valid 400 invalid_body',
      'organization-display-name 400 invalid_body',
      'organization-metadata-limits 400 invalid_body',
      'organization-name-valid 400 invalid_body',
      'organization-require-behavior-enum 400 invalid_body',
      'organization-usage-enum 400 invalid_body',
      'patch-insufficient-scope 403 insufficient_scope',
      'patch-invalid-body 400 invalid_body',
      'patch-invalid-uri 400 invalid_uri',
      'patch-invalid-uri 404 undefined',
      'patch-read-only-field 400 invalid_body',
      'patch-unknown-field 400 invalid_body',
      'unique-organization-names 409 organization_conflict',
      'unknown-field 400 invalid_body',
    ]);
    // a rule that starts predicting an answer must show it in examples/ (and be added above)
    const rulesDir = path.join(ROOT, 'rules');
    const predicting = readdirSync(rulesDir).filter((id) => {
      try {
        return readFileSync(path.join(rulesDir, id, 'index.ts'), 'utf8').includes('predictedResponse');
      } catch {
        return false;
      }
    });
    expect(predicting.filter((id) => ![...got].some((g) => g.startsWith(`${id} `)))).toEqual([]);
  });

  it('examples/payloads and examples/har show 400 invalid_body, 400 invalid_uri, 404 and 403 insufficient_scope', async () => {
    const { findings } = await lintJson(ROOT, ['examples/payloads', 'examples/har']);
    const got = new Set(findings.filter((f) => f.predictedResponse).map((f) => `${f.ruleId} ${f.predictedResponse!.status} ${f.predictedResponse!.errorCode}`));
    expect([...got].sort()).toEqual([
      'organization-usage-enum 400 invalid_body',
      'patch-insufficient-scope 403 insufficient_scope',
      'patch-invalid-body 400 invalid_body',
      'patch-invalid-uri 400 invalid_uri',
      'patch-invalid-uri 404 undefined',
      'patch-read-only-field 400 invalid_body',
      'patch-unknown-field 400 invalid_body',
      'unknown-field 400 invalid_body',
    ]);
  });

  it('every error of a patch-* rule carries one; warnings and infos (disputed fields, current values) lack it', async () => {
    const dirs = ['invalid-body', 'unknown-field', 'read-only-field', 'invalid-uri', 'insufficient-scope', 'third-party-organization'];
    const { findings } = await lintJson(ROOT, dirs.map((d) => path.join('rules', `patch-${d}`, 'tests')));
    const mine = findings.filter((f) => f.ruleId.startsWith('patch-'));
    expect(mine.length).toBeGreaterThan(20);
    for (const f of mine) expect([f.ruleId, f.severity, f.predictedResponse !== undefined]).toEqual([f.ruleId, f.severity, f.severity === 'error']);
  });
});
