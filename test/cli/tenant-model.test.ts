/**
 * The tenant model through the real CLI: what deploy-cli's config excludes is unknown (never "none"), the
 * connections, prompts and tenant settings of both export formats are read, and rules that could not decide
 * are listed as skipped in every output format, without flooding runs over files that never hold those types.
 */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/data/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s) && URL.canParse(s, 'file:///repo/'));
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
const validateSarif = ajv.compile(schema);

/** A full deploy-cli export (it has tenant settings) whose organizations list is empty. */
const EXPORT = `tenant:
  friendly_name: Acme
connections: []
databases: []
clients:
  - name: Partner Portal
    organization_usage: require
    organization_require_behavior: post_login_prompt
    initiate_login_uri: https://portal.acme.example/login
organizations: []
`;

const EXCLUDED_REASON = 'organizations are not managed by deploy-cli (AUTH0_EXCLUDED in config.json)';

interface Json {
  findings: { ruleId: string; line: number; column: number; file: string }[];
  skippedRules?: { ruleId: string; reason: string; tenants: string[] }[];
}

async function json(args: string[], cwd: string): Promise<Json> {
  const run = await runCli([...args, '-f', 'json'], { cwd });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Json;
}

describe('deploy-cli exclusions: an excluded type is unknown, never empty', () => {
  it('organizations: [] alone is "none"; with AUTH0_EXCLUDED organizations it is unknown and the rule is skipped', async () => {
    const dir = tempTree({
      'tenant.yaml': EXPORT,
      'config.json': JSON.stringify({ AUTH0_DOMAIN: 'acme.eu.auth0.com', AUTH0_EXCLUDED: ['organizations', 'hooks'], AUTH0_KEYWORD_REPLACE_MAPPINGS: {} }),
    });
    const plain = await json(['tenant.yaml'], dir);
    expect(plain.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual(['7:25 require-without-organizations']);
    expect((plain.skippedRules ?? []).map((s) => s.ruleId)).not.toContain('require-without-organizations');
    const excluded = await json(['tenant.yaml', '--keywords', 'config.json'], dir);
    expect(excluded.findings.filter((f) => f.ruleId === 'require-without-organizations')).toEqual([]);
    expect(excluded.skippedRules).toContainEqual({ ruleId: 'require-without-organizations', reason: EXCLUDED_REASON, tenants: ['tenant.yaml'] });
    // every rule on organizations is listed: the user chose to leave them out
    expect(excluded.skippedRules).toContainEqual({ ruleId: 'organization-name-valid', reason: EXCLUDED_REASON, tenants: ['tenant.yaml'] });
  });

  it('the config file can name the deploy-cli config as keywordsFile; AUTH0_INCLUDED_ONLY leaves the rest out', async () => {
    const dir = tempTree({
      'tenant.yaml': EXPORT,
      'deploy.json': JSON.stringify({ AUTH0_INCLUDED_ONLY: '["clients","tenant"]' }),
      '.orglint.yaml': 'keywordsFile: deploy.json\n',
    });
    const report = await json(['tenant.yaml'], dir);
    expect(report.findings.filter((f) => f.ruleId === 'require-without-organizations')).toEqual([]);
    expect(report.skippedRules).toContainEqual({
      ruleId: 'require-without-organizations',
      reason: 'organizations are not managed by deploy-cli (AUTH0_INCLUDED_ONLY in deploy.json)',
      tenants: ['tenant.yaml'],
    });
  });

  it('a malformed AUTH0_EXCLUDED stops with exit 2 and its position', async () => {
    const dir = tempTree({ 'tenant.yaml': EXPORT, 'config.json': '{\n  "AUTH0_EXCLUDED": "organizations"\n}\n' });
    const run = await runCli(['tenant.yaml', '--keywords', 'config.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('config.json:2:21: keywords file: AUTH0_EXCLUDED must be an array of names (or a JSON string of one), as deploy-cli reads it');
  });

  it('connections excluded by name leave the set of connections unknown: "none is domain-level" cannot be said', async () => {
    const dir = tempTree({
      'tenant.yaml': `clients:
  - name: Partner Integration
    is_first_party: false
    organization_usage: require
    organization_require_behavior: post_login_prompt
connections:
  - name: google-oauth2
    strategy: google-oauth2
    is_domain_connection: false
databases: []
`,
      'config.json': JSON.stringify({ AUTH0_EXCLUDED_CONNECTIONS: ['partner-sso'] }),
    });
    const rule = (r: Json) => r.findings.filter((f) => f.ruleId === 'third-party-organization-prompt').map((f) => `${f.line}:${f.column}`);
    expect(rule(await json(['tenant.yaml'], dir))).toEqual(['3:21']);
    expect(rule(await json(['tenant.yaml', '--keywords', 'config.json'], dir))).toEqual([]);
  });
});

describe('skipped rules in every output format', () => {
  const dir = tempTree({ 'tenant.yaml': EXPORT, 'config.json': JSON.stringify({ AUTH0_EXCLUDED: ['organizations'] }) });
  const args = ['tenant.yaml', '--keywords', 'config.json', '--rule', 'organization-name-valid=off'];

  it('stylish and compact end with one line naming the rules and the reason', async () => {
    const stylish = await runCli(args, { cwd: dir });
    const last = stylish.stdout.trimEnd().split('\n').at(-1)!;
    expect(last).toMatch(/^ {2}skipped \d+ rules: /);
    expect(last).toContain(`require-without-organizations — ${EXCLUDED_REASON} (in tenant.yaml)`);
    expect(last).not.toContain('organization-name-valid');
    const compact = await runCli([...args, '-f', 'compact'], { cwd: dir });
    expect(compact.stdout.trimEnd().split('\n').at(-1)).toBe(`orglint: ${last.trim()}`);
  });

  it('SARIF carries them as tool execution notifications and stays valid', async () => {
    const run = await runCli([...args, '-f', 'sarif'], { cwd: dir });
    const log = JSON.parse(run.stdout);
    expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
    const notes = log.runs[0].invocations[0].toolExecutionNotifications as { message: { text: string }; associatedRule: { id: string; index: number } }[];
    const note = notes.find((n) => n.associatedRule.id === 'require-without-organizations')!;
    expect(note.message.text).toBe(`rule require-without-organizations was skipped: ${EXCLUDED_REASON} (in tenant.yaml)`);
    expect(log.runs[0].tool.driver.rules[note.associatedRule.index].id).toBe('require-without-organizations');
  });

  it('markdown, HTML, JUnit and github name them too', async () => {
    const md = await runCli([...args, '-f', 'markdown'], { cwd: dir });
    expect(md.stdout).toContain('### Skipped rules');
    expect(md.stdout).toContain('| `require-without-organizations` | organizations are not managed by deploy-cli \\(AUTH0\\_EXCLUDED in config.json\\) | tenant.yaml |');
    const html = await runCli([...args, '-f', 'html'], { cwd: dir });
    expect(html.stdout).toContain(`<li><code>require-without-organizations</code>: ${EXCLUDED_REASON} (in tenant.yaml)</li>`);
    const junit = await runCli([...args, '-f', 'junit'], { cwd: dir });
    expect(junit.stdout).toContain(`<testcase classname="orglint.skipped" name="require-without-organizations"><skipped message="${EXCLUDED_REASON} (in tenant.yaml)"/></testcase>`);
    const github = await runCli([...args, '-f', 'github'], { cwd: dir });
    expect(github.stdout).toMatch(/^::notice title=orglint%3A skipped rules::skipped \d+ rules: .*require-without-organizations/m);
  });
});

describe('what "unknown" means per source: useful, not noise', () => {
  it('a PATCH body, a hand-written file of a few clients, and a clean export list nothing as skipped', async () => {
    const dir = tempTree({
      'enable.patch.json': '{"organization_usage": "require", "organization_require_behavior": "post_login_prompt"}\n',
      'small/tenant.yaml': 'clients:\n  - name: Portal\n    organization_usage: require\n    organization_require_behavior: post_login_prompt\n',
    });
    const report = await json(['.'], dir);
    expect(report.skippedRules).toBeUndefined();
  });

  it('a full export missing a type a rule asks for lists that rule once, with the tenant', async () => {
    const dir = tempTree({
      'a/tenant.yaml': 'tenant:\n  friendly_name: A\nconnections: []\nclients:\n  - name: Portal\n    organization_usage: allow\n',
      'b/tenant.yaml': 'tenant:\n  friendly_name: B\ndatabases: []\nclients:\n  - name: Portal\n    organization_usage: allow\n',
    });
    const report = await json(['.'], dir);
    expect(report.skippedRules).toContainEqual({
      ruleId: 'organization-requires-new-universal-login',
      reason: 'no prompts settings in the export (prompts: with universal_login_experience in tenant.yaml, or prompts/prompts.json)',
      tenants: ['a/tenant.yaml', 'b/tenant.yaml'],
    });
  });
});

describe('connections, prompts and tenant settings of a directory export', () => {
  it('reads connections/, database-connections/*/database.json or settings.json, tenant.json and prompts/prompts.json', async () => {
    const org = JSON.stringify({ name: 'acme', display_name: 'Acme', connections: [{ name: 'acme-okta' }, { name: 'Username-Password-Authentication', show_as_button: false }] });
    const dir = tempTree({
      'clients/Portal.json': JSON.stringify({ name: 'Portal', app_type: 'spa', organization_usage: 'allow' }, null, 2),
      'connections/acme-okta.json': JSON.stringify({ name: 'acme-okta', strategy: 'okta', enabled_clients: [] }),
      'database-connections/Username-Password-Authentication/settings.json': JSON.stringify({ name: 'Username-Password-Authentication', strategy: 'auth0', enabled_clients: ['Portal'] }),
      'organizations/acme.json': org,
      'tenant.json': JSON.stringify({ friendly_name: 'Acme' }),
      'prompts/prompts.json': JSON.stringify({ universal_login_experience: 'classic' }),
    });
    const report = await json(['clients/Portal.json', 'organizations/acme.json'], dir);
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`).sort()).toEqual([
      'clients/Portal.json:4:25 organization-connection-not-enabled-for-client',
      'clients/Portal.json:4:25 organization-invitation-without-login-route',
      'clients/Portal.json:4:25 organization-requires-new-universal-login',
      `organizations/acme.json:1:${org.indexOf('false') + 1} organization-connection-option-mismatch`,
    ]);
    expect(report.skippedRules).toBeUndefined();
  });

  it('a connections/ folder outside a deploy-cli export is not read (a broken file there is not ours)', async () => {
    const dir = tempTree({ 'connections/db.json': '{ not json', 'tenant.json': '{"x": 1}', 'prompts/prompts.json': '[1,' });
    // nothing here is tenant configuration: nothing linted, which is exit 2 (issue 10), never a finding on them
    const run = await runCli(['.', '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no tenant configuration found in .');
    const opted = await runCli(['.', '-f', 'json', '--pass-on-empty'], { cwd: dir });
    expect(JSON.parse(opted.stdout).findings).toEqual([]);
  });

  it('CRLF, anchors and merge keys: a connection built from an anchor is read, positions stay exact', async () => {
    const text = [
      'prompts: &p', '  universal_login_experience: classic', 'base: &conn', '  strategy: okta', '  enabled_clients: []', 'connections:',
      '  - <<: *conn', '    name: acme-okta', 'databases: []', 'clients:', '  - name: Portal', '    organization_usage: "require"',
      '    organization_require_behavior: post_login_prompt', 'organizations:', '  - name: acme', '    display_name: Acme', '    connections:',
      '      - name: acme-okta', '        show_as_button: true', '        is_signup_enabled: true', '        assign_membership_on_login: true', '',
    ].join('\r\n');
    const dir = tempTree({ 'tenant.yaml': text });
    const report = await json(['tenant.yaml'], dir);
    expect(report.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      '12:25 organization-requires-new-universal-login',
      '12:25 organization-connection-not-enabled-for-client',
      '20:28 organization-connection-option-mismatch',
    ]);
  });

  it('hostile values are plain data: prototype keys, wrong types, a prompts scalar, a null tenant', async () => {
    const dir = tempTree({
      'tenant.yaml': `tenant: null
prompts: classic
clients:
  - name: __proto__
    organization_usage: require
    organization_require_behavior: post_login_prompt
connections:
  - name: __proto__
    strategy: {}
    enabled_clients: [1, null, {}]
    is_domain_connection: '@@X@@'
  - constructor
databases:
  - name: constructor
organizations:
  - name: acme
    display_name: Acme
    client_grants: [null, 3]
    connections:
      - name: __proto__
        show_as_button: false
        is_signup_enabled: true
      - name: constructor
        show_as_button: false
`,
    });
    const run = await runCli(['tenant.yaml', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as Json;
    // the database "constructor" is a database: a hidden button on it has no effect
    expect(report.findings.filter((f) => f.ruleId === 'organization-connection-option-mismatch').map((f) => f.line)).toEqual([24]);
  });
});

describe('folder names that are Object.prototype keys', () => {
  it('constructor/ and __proto__/ folders are not deploy-cli folders', async () => {
    const dir = tempTree({ 'constructor/x.json': '{ broken', 'toString/y.json': '{"organization_usage": "Require"}', 'clients/a.json': '{"name": "a"}' });
    const run = await runCli(['.', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).findings).toEqual([]);
  });
});

describe('a rule that can do part of its work without an excluded type still does it', () => {
  it('third-party-organization-prompt reports no_prompt with connections excluded, and says the domain check was skipped', async () => {
    const dir = tempTree({
      'tenant.yaml': 'tenant:\n  friendly_name: A\nclients:\n  - name: Partner\n    is_first_party: false\n    organization_usage: require\n    organization_require_behavior: no_prompt\nconnections: []\ndatabases: []\n',
      'config.json': JSON.stringify({ AUTH0_EXCLUDED: ['connections'] }),
    });
    const report = await json(['tenant.yaml', '--keywords', 'config.json'], dir);
    expect(report.findings.filter((f) => f.ruleId === 'third-party-organization-prompt').map((f) => `${f.line}:${f.column}`)).toEqual(['7:36']);
    expect(report.skippedRules).toContainEqual({
      ruleId: 'third-party-organization-prompt',
      reason: 'connections are not managed by deploy-cli (AUTH0_EXCLUDED in config.json)',
      tenants: ['tenant.yaml'],
    });
  });
});
