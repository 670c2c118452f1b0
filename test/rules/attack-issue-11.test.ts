/**
 * A hostile and skeptical user's attack on issue 11 items 1-2 (one schema, corrected rules) and issue 10 item 3
 * (unknown-field), through the real bundled CLI. Each case is an input a user would write; the expectations
 * follow ../shared/auth0-facts.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  resource: { type: string; name: string } | null;
  fix: { safety: string } | null;
  predictedResponse?: { status: number; errorCode?: string };
}

async function lintJson(cwd: string, args: string[]): Promise<{ code: number | null; findings: JsonFinding[] }> {
  const run = await runCli([...args, '-f', 'json'], { cwd });
  expect(run.stderr).toBe('');
  return { code: run.code, findings: JSON.parse(run.stdout).findings };
}

const URL = 'https://example.eu.auth0.com/api/v2/clients/AaiyAPdpYdesoKnqjj8HJqRn4T5titww';
const har = (method: string, url: string, body: unknown) =>
  JSON.stringify({ log: { entries: [{ request: { method, url, headers: [], postData: { mimeType: 'application/json', text: JSON.stringify(body) } } }] } });

describe('"got null null" is gone from every message (issue 11)', () => {
  it('a null where an object, array or string belongs is said once', async () => {
    const dir = tempTree({
      'tenant.yaml': [
        'clients:',
        '  - name: A',
        '    organization_discovery_methods: [null]',
        '    default_organization: { organization_id: org_abc, flows: null }',
        'organizations:',
        '  - name: null',
        '    display_name: null',
        '    metadata: { a: null }',
        '  - name: b',
        '    metadata: null',
        '',
      ].join('\n'),
    });
    const { findings } = await lintJson(dir, ['tenant.yaml']);
    const messages = findings.map((f) => f.message);
    // discovery item, flows, organization name, display_name, metadata (a null metadata value is not reported)
    expect(messages.filter((m) => m.includes('got null'))).toHaveLength(5);
    expect(messages.filter((m) => m.includes('null null'))).toEqual([]);
  });

  it('a null flows in a PATCH body: the partial default_organization is still a predicted 400, said once', async () => {
    const dir = tempTree({ 'body.patch.json': JSON.stringify({ default_organization: { organization_id: 'org_abc', flows: null } }) });
    const { findings } = await lintJson(dir, ['body.patch.json']);
    expect(findings.map((f) => [f.ruleId, f.message, f.predictedResponse])).toEqual([
      [
        'default-organization-valid',
        'default_organization.flows must be an array, got null; expected ["client_credentials"]',
        { status: 400, errorCode: 'invalid_body' },
      ],
    ]);
  });
});

describe('null for the organization fields in an export is what PATCH takes (auth0-facts §1, §2)', () => {
  it('organization_usage, organization_require_behavior and a grant organization_usage set to null: no error, no predicted 400', async () => {
    const dir = tempTree({
      'tenant.yaml': [
        'clients:',
        '  - name: A',
        '    organization_usage: null',
        '    organization_require_behavior: null',
        'clientGrants:',
        '  - client_id: A',
        '    audience: https://api.example.com',
        '    scope: []',
        '    organization_usage: null',
        '',
      ].join('\n'),
    });
    const { code, findings } = await lintJson(dir, ['tenant.yaml']);
    expect(findings).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('unknown-field and patch-unknown-field renames never corrupt a file', () => {
  it('two misspellings of one client field: both reported, neither renamed (a duplicate key would not parse)', async () => {
    const text = 'clients:\n  - name: A\n    organizationUsage: require\n    organisation_usage: allow\n';
    const dir = tempTree({ 'tenant.yaml': text });
    const run = await runCli(['tenant.yaml', '--fix-unsafe', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).not.toContain('parse-error');
    expect(run.stdout.split('\n').filter((l) => l.includes('[unknown-field]'))).toHaveLength(2);
    expect(readFileSync(path.join(dir, 'tenant.yaml'), 'utf8')).toBe(text);
  });

  it('the same in a directory export JSON file, and a lone misspelling beside them is still renamed', async () => {
    const text = '{\n  "name": "A",\n  "organizationUsage": "require",\n  "organisation_usage": "allow",\n  "organization_require_behaviour": "pre_login_prompt"\n}\n';
    const dir = tempTree({ 'clients/A.json': text });
    const run = await runCli(['.', '--fix-unsafe', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).not.toContain('parse-error');
    expect(readFileSync(path.join(dir, 'clients/A.json'), 'utf8')).toBe(text.replace('organization_require_behaviour', 'organization_require_behavior'));
  });

  it('a PATCH body with two misspellings of one field is left as it is (patch-unknown-field)', async () => {
    const text = '{ "organizationUsage": "require", "organisation_usage": "allow" }\n';
    const dir = tempTree({ 'body.patch.json': text });
    const run = await runCli(['body.patch.json', '--fix-unsafe', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).not.toContain('parse-error');
    expect(run.stdout.split('\n').filter((l) => l.includes('[patch-unknown-field]'))).toHaveLength(2);
    expect(readFileSync(path.join(dir, 'body.patch.json'), 'utf8')).toBe(text);
  });

  it('a PATCH body with cross_origin_auth and a misspelt cross_origin_authentication is left as it is', async () => {
    const text = '{ "cross_origin_auth": true, "cross_origin_authenticaton": false }\n';
    const dir = tempTree({ 'body.patch.json': text });
    const run = await runCli(['body.patch.json', '--fix-unsafe', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).not.toContain('parse-error');
    expect(readFileSync(path.join(dir, 'body.patch.json'), 'utf8')).toBe(text);
  });

  it('flow style, quoted and explicit keys, CRLF: renamed in place, the rest byte for byte', async () => {
    const text = [
      'clients:',
      '  - { name: A, organisation_usage: require }',
      '  - {name: B,"organisation_usage": require}',
      '  - name: C',
      "    'organisation_usage': require # why",
      '  - name: D',
      '    ? organisation_usage',
      '    : require',
      '',
    ].join('\r\n');
    const dir = tempTree({ 'tenant.yaml': text });
    await runCli(['tenant.yaml', '--fix-unsafe'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'tenant.yaml'), 'utf8')).toBe(text.replaceAll('organisation_usage', 'organization_usage'));
  });
});

describe('unknown-field does not cry wolf on user-defined maps and nested objects', () => {
  it('client_metadata, addons, jwt_configuration, refresh_token, mobile, native_social_login, organization metadata and branding keys are never checked', async () => {
    const dir = tempTree({
      'tenant.yaml': [
        'clients:',
        '  - name: A',
        '    client_metadata: { organisation_usage: x, organization_require_behaviour: y, display_nme: z }',
        '    addons: { samlp: { audiance: x }, wsfed: {} }',
        '    jwt_configuration: { alg: RS256, lifetime_in_second: 3, secret_encoded: false }',
        '    refresh_token: { rotation_type: non-rotating, expiration_type: non-expiring, leeway: 0 }',
        '    mobile: { ios: { team_id: x, app_bundle_identifier: y } }',
        '    native_social_login: { apple: { enabled: false }, facebook: { enabled: false } }',
        '    client_authentication_methods: { private_key_jwt: { credentials: [] } }',
        'organizations:',
        '  - name: acme',
        '    metadata: { organisation_usage: x, display_nme: y, assign_membership_on_logon: z }',
        '    branding: { logo_url: https://acme.example.com/logo.png, colors: { primary: "#000000", page_background: "#ffffff" } }',
        '    discovery_domains: [{ domain: acme.example.com, status: verified, use_for_organization_discovery: true }]',
        '',
      ].join('\n'),
    });
    const { findings } = await lintJson(dir, ['tenant.yaml']);
    expect(findings.filter((f) => f.ruleId === 'unknown-field')).toEqual([]);
  });

  it('every field the auth0 SDK types give a client, client grant, organization and organization connection is silent', async () => {
    const client = [
      'client_id', 'tenant', 'name', 'description', 'global', 'app_type', 'logo_uri', 'is_first_party', 'oidc_conformant', 'callbacks',
      'allowed_origins', 'web_origins', 'client_aliases', 'allowed_clients', 'allowed_logout_urls', 'session_transfer', 'oidc_logout',
      'grant_types', 'jwt_configuration', 'signing_keys', 'encryption_key', 'sso', 'sso_disabled', 'cross_origin_authentication',
      'cross_origin_auth', 'cross_origin_loc', 'custom_login_page_on', 'custom_login_page', 'custom_login_page_preview', 'form_template',
      'addons', 'token_endpoint_auth_method', 'is_token_endpoint_ip_header_trusted', 'client_metadata', 'mobile', 'initiate_login_uri',
      'native_social_login', 'fedcm_login', 'refresh_token', 'default_organization', 'organization_usage', 'organization_require_behavior',
      'organization_discovery_methods', 'client_authentication_methods', 'require_pushed_authorization_requests', 'require_proof_of_possession',
      'signed_request_object', 'token_vault_privileged_access', 'compliance_level', 'skip_non_verifiable_callback_uri_confirmation_prompt',
      'token_exchange', 'par_request_expiry', 'token_quota', 'express_configuration', 'b2b_integration_configuration',
      'my_organization_configuration', 'identity_assertion_authorization_grant', 'anonymous_sessions', 'third_party_security_mode',
      'redirection_policy', 'resource_server_identifier', 'async_approval_notification_channels', 'external_metadata_type',
      'external_metadata_created_by', 'external_client_id', 'jwks_uri', 'callback_url_template', 'owners',
    ];
    const grant = ['id', 'client_id', 'audience', 'scope', 'organization_usage', 'allow_any_organization', 'default_for', 'is_system', 'subject_type', 'authorization_details_types', 'allow_all_scopes'];
    const org = ['id', 'name', 'display_name', 'branding', 'metadata', 'token_quota', 'third_party_client_access', 'is_app_entitlement_active', 'client'];
    const connection = ['connection_id', 'assign_membership_on_login', 'show_as_button', 'is_signup_enabled', 'connection'];
    // key names only: every value is a string no rule reads as a setting it checks
    const keys = (names: string[], extra: Record<string, unknown>) => ({ ...Object.fromEntries(names.map((n) => [n, `@@${n.toUpperCase()}@@`])), ...extra });
    const dump = {
      clients: [keys(client, { client_id: 'abc', name: 'A' })],
      client_grants: [keys(grant, { client_id: 'abc', audience: 'https://api.example.com' })],
      organizations: [keys(org, { name: 'acme', enabled_connections: [keys(connection, {})] })],
    };
    const dir = tempTree({ 'dump.json': JSON.stringify(dump, null, 2) });
    const { findings } = await lintJson(dir, ['dump.json', '--rule', 'unresolved-keyword=off']);
    expect(findings.filter((f) => f.ruleId === 'unknown-field')).toEqual([]);
  });
});

describe('unknown-field reads every format a client is written in', () => {
  const body = { name: 'A', organisation_usage: 'require', organization_require_behaviour: 'pre_login_prompt' };
  const ids = (findings: JsonFinding[]) => findings.map((f) => `${f.ruleId}:${f.message.split(';')[0]}`);
  const expected = (rule: string) =>
    rule === 'unknown-field'
      ? ['unknown-field:unknown field "organisation_usage" of a client', 'unknown-field:unknown field "organization_require_behaviour" of a client']
      : [
          'patch-unknown-field:PATCH /api/v2/clients/{id} does not accept a field "organisation_usage"',
          'patch-unknown-field:PATCH /api/v2/clients/{id} does not accept a field "organization_require_behaviour"',
        ];

  it.each([
    ['a tenant.yaml', 'tenant.yaml', `clients:\n  - name: A\n    organisation_usage: require\n    organization_require_behaviour: pre_login_prompt\n`, 'unknown-field'],
    ['a directory export', 'clients/A.json', JSON.stringify(body), 'unknown-field'],
    ['a dump with client_id', 'dump.json', JSON.stringify([{ client_id: 'abc', ...body }]), 'unknown-field'],
    ['a PATCH body', 'body.patch.json', JSON.stringify({ organisation_usage: 'require', organization_require_behaviour: 'pre_login_prompt' }), 'patch-unknown-field'],
    ['a HAR update', 'capture.har', har('PATCH', URL, body), 'patch-unknown-field'],
    ['a HAR create', 'capture.har', har('POST', URL.replace(/\/[^/]+$/, ''), body), 'unknown-field'],
  ])('%s', async (_what, file, text, rule) => {
    const dir = tempTree({ [file]: text });
    const { code, findings } = await lintJson(dir, ['.']);
    expect(ids(findings)).toEqual(expected(rule));
    expect(code).toBe(1);
  });

  // issue 10 item 1: a dump without client_id is a dump too, so its typos are seen
  it('a dump without client_id', async () => {
    const dir = tempTree({ 'dump.json': JSON.stringify({ clients: [body] }) });
    const { findings } = await lintJson(dir, ['dump.json']);
    expect(ids(findings)).toEqual(expected('unknown-field'));
  });
});

describe('require-behavior-without-require: every combination, and --fix never removes a setting that has an effect', () => {
  const USAGES = [undefined, 'null', 'deny', 'allow', 'require', "'##USAGE##'"];
  const BEHAVIORS = ['null', 'no_prompt', 'pre_login_prompt', 'post_login_prompt', "'##BEHAVIOR##'"];
  const name = (appType: string, usage: string | undefined, behavior: string) => `${appType}/${usage ?? 'absent'}/${behavior}`.replaceAll("'", '');

  /** what the rule must say: [severity, fix safety] or undefined for nothing */
  function expected(appType: string, usage: string | undefined, behavior: string): [string, string | null] | undefined {
    if (behavior === 'null' || behavior === 'no_prompt' || behavior.startsWith("'")) return undefined;
    if (usage === 'require' || usage?.startsWith("'")) return undefined;
    if (usage === 'allow') return behavior === 'pre_login_prompt' ? ['info', null] : undefined;
    if (appType === 'express_configuration') return usage === 'deny' ? ['info', null] : undefined;
    return ['warning', 'safe'];
  }

  it('a tenant.yaml with each usage × behavior × app_type gives exactly the expected verdicts', async () => {
    const lines = ['clients:'];
    for (const appType of ['spa', 'express_configuration'])
      for (const usage of USAGES)
        for (const behavior of BEHAVIORS) {
          lines.push(`  - name: ${name(appType, usage, behavior)}`, `    app_type: ${appType}`, '    oidc_conformant: true');
          if (usage !== undefined) lines.push(`    organization_usage: ${usage}`);
          lines.push(`    organization_require_behavior: ${behavior}`);
        }
    const dir = tempTree({ 'tenant.yaml': lines.join('\n') + '\n' });
    const { findings } = await lintJson(dir, ['tenant.yaml']);
    const got = Object.fromEntries(
      findings.filter((f) => f.ruleId === 'require-behavior-without-require').map((f) => [f.resource!.name, [f.severity, f.fix?.safety ?? null]]),
    );
    const want: Record<string, [string, string | null]> = {};
    for (const appType of ['spa', 'express_configuration'])
      for (const usage of USAGES)
        for (const behavior of BEHAVIORS) {
          const e = expected(appType, usage, behavior);
          if (e) want[name(appType, usage, behavior)] = e;
        }
    expect(got).toEqual(want);
  });

  it('--fix removes the behavior only where usage is deny or unset, never on allow, express_configuration, a placeholder or a misspelt usage key', async () => {
    const text = [
      'clients:',
      '  - name: Deny',
      '    organization_usage: deny',
      '    organization_require_behavior: post_login_prompt',
      '  - name: Both',
      '    organization_usage: allow',
      '    organization_require_behavior: pre_login_prompt',
      '    organization_discovery_methods: [email]',
      '  - name: Express',
      '    app_type: express_configuration',
      '    organization_require_behavior: pre_login_prompt',
      '  - name: Express deny',
      '    app_type: express_configuration',
      '    organization_usage: deny',
      '    organization_require_behavior: pre_login_prompt',
      '  - name: Placeholder',
      "    organization_usage: '##USAGE##'",
      '    organization_require_behavior: pre_login_prompt',
      '  - name: Typo',
      '    organisation_usage: require',
      '    organization_require_behavior: pre_login_prompt',
      '',
    ].join('\n');
    const dir = tempTree({ 'tenant.yaml': text });
    await runCli(['tenant.yaml', '--fix'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'tenant.yaml'), 'utf8')).toBe(text.replace('    organization_require_behavior: post_login_prompt\n', ''));
  });

  it('a behavior in an anchor shared with a client that requires an organization is never removed', async () => {
    const text = [
      'x-org: &org',
      '  organization_require_behavior: pre_login_prompt',
      'clients:',
      '  - name: A',
      '    <<: *org',
      '  - name: B',
      '    <<: *org',
      '    organization_usage: require',
      '',
    ].join('\n');
    const dir = tempTree({ 'tenant.yaml': text });
    const run = await runCli(['tenant.yaml', '--fix', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).toContain('[require-behavior-without-require]');
    expect(readFileSync(path.join(dir, 'tenant.yaml'), 'utf8')).toBe(text);
  });

  it('usage merged in from an anchor counts: allow + post_login_prompt through <<, nothing', async () => {
    const dir = tempTree({
      'tenant.yaml': 'x-both: &both\n  organization_usage: allow\nclients:\n  - name: A\n    <<: *both\n    oidc_conformant: true\n    organization_require_behavior: post_login_prompt\n',
    });
    const { findings } = await lintJson(dir, ['tenant.yaml']);
    expect(findings).toEqual([]);
  });

  it('PATCH bodies: only the body decides; without usage it is info that depends on the current value, never a fix', async () => {
    const dir = tempTree({
      'a.patch.json': JSON.stringify({ organization_require_behavior: 'pre_login_prompt' }),
      'b.patch.json': JSON.stringify({ organization_usage: 'allow', organization_require_behavior: 'post_login_prompt' }),
      'c.patch.json': JSON.stringify({ organization_usage: 'allow', organization_require_behavior: 'pre_login_prompt' }),
      'd.patch.json': JSON.stringify({ organization_usage: null, organization_require_behavior: 'pre_login_prompt' }),
      'e.patch.json': JSON.stringify({ organization_usage: 'deny', organization_require_behavior: 'post_login_prompt' }),
    });
    const { findings } = await lintJson(dir, ['.']);
    const got = findings.filter((f) => f.ruleId === 'require-behavior-without-require').map((f) => [f.severity, f.fix?.safety ?? null, f.predictedResponse ?? null]);
    expect(got).toEqual([
      ['info', null, null],
      ['info', null, null],
      ['warning', 'safe', null],
      ['warning', 'safe', null],
    ]);
  });

  it('a Terraform plan: deny → warning, allow + pre → info, allow + post or an unknown usage → nothing; no fix in a plan', async () => {
    const change = (name: string, after: Record<string, unknown>, afterUnknown: Record<string, unknown> = {}) => ({
      address: `auth0_client.${name}`,
      mode: 'managed',
      type: 'auth0_client',
      name,
      provider_name: 'registry.terraform.io/auth0/auth0',
      change: { actions: ['update'], before: { name }, after: { name, oidc_conformant: true, ...after }, after_unknown: afterUnknown },
    });
    const plan = {
      format_version: '1.2',
      terraform_version: '1.9.5',
      planned_values: { root_module: {} },
      resource_changes: [
        change('deny_post', { organization_usage: 'deny', organization_require_behavior: 'post_login_prompt' }),
        change('allow_pre', { organization_usage: 'allow', organization_require_behavior: 'pre_login_prompt' }),
        change('allow_post', { organization_usage: 'allow', organization_require_behavior: 'post_login_prompt' }),
        change('unknown_usage', { organization_require_behavior: 'pre_login_prompt' }, { organization_usage: true }),
      ],
    };
    const dir = tempTree({ 'plan.json': JSON.stringify(plan, null, 2) });
    const { findings } = await lintJson(dir, ['plan.json']);
    const got = findings.filter((f) => f.ruleId === 'require-behavior-without-require').map((f) => [f.resource!.name, f.severity, f.fix]);
    expect(got).toEqual([
      ['auth0_client.deny_post', 'warning', null],
      ['auth0_client.allow_pre', 'info', null],
    ]);
  });

  // Found by this attack before the merge of main: a second --fix pass set organization_discovery_methods to null
  // for a finding the output never showed ("fixed 2 problems"). Main's fix engine (issue 10 item 4) now stops after
  // the findings it shows; this keeps it so.
  it('--fix: every edit belongs to a finding the output shows (no later pass rewrites the discovery methods unseen)', async () => {
    const text = 'clients:\n  - name: A\n    organization_usage: deny\n    organization_require_behavior: pre_login_prompt\n    organization_discovery_methods: [email]\n';
    const dir = tempTree({ 'tenant.yaml': text });
    const run = await runCli(['tenant.yaml', '--fix'], { cwd: dir });
    const after = readFileSync(path.join(dir, 'tenant.yaml'), 'utf8');
    if (after.includes('organization_discovery_methods: null')) expect(run.stdout).toContain('discovery-methods-without-pre-login-prompt');
    expect(run.stdout).not.toContain('fixed 2 problems');
  });
});

describe('third-party clients in a PATCH body (auth0-facts §1: "Warning, not error")', () => {
  // auth0-facts.md §1: the API answered 403 for a third-party client with Organization fields, but newer docs
  // allow third-party applications when an organization has third_party_client_access: allow — "Warning, not
  // error". organization-third-party-client (exports) follows that, and so does patch-third-party-organization
  // (its README names the disagreement, and it predicts no answer the tenant's settings decide).
  it('is_first_party false with organization_usage "allow" is a warning, as the facts say', async () => {
    const dir = tempTree({ 'body.patch.json': JSON.stringify({ is_first_party: false, organization_usage: 'allow' }) });
    const { findings } = await lintJson(dir, ['body.patch.json']);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['patch-third-party-organization', 'warning']]);
  });
});

describe('organization-name-placeholder: a wildcard URL beside a placeholder URL (auth0-facts §1, a documented hazard)', () => {
  it('is a warning on the wildcard URL, in callbacks and allowed_origins only', async () => {
    const text = [
      'clients:',
      '  - name: A',
      '    organization_usage: require',
      '    organization_require_behavior: pre_login_prompt',
      '    callbacks:',
      '      - https://{organization_name}.example.com/cb',
      '      - https://*.example.com/cb',
      '    allowed_origins: [https://*.example.com]',
      '',
    ].join('\n');
    const dir = tempTree({ 'tenant.yaml': text });
    const { findings } = await lintJson(dir, ['tenant.yaml']);
    expect(findings.map((f) => [f.ruleId, f.severity, f.line, f.column])).toEqual([['organization-name-placeholder', 'warning', 7, 9]]);
  });
});
