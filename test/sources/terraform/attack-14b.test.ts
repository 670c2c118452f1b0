/**
 * Attacks on `.tf.json` modules (issue 14): fixes on a large module, templates, escapes, layouts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tfJsonStats } from '../../../src/sources/terraform/tfjson-read';
import { runCli } from '../../helpers/cli';
import { fix, tempTree } from '../../helpers/lint';

const O = (i: number) => ({ name: `C${i}`, app_type: 'spa', organization_usage: 'deny', organization_require_behavior: 'pre_login_prompt' });
const module = (n: number) => JSON.stringify({ resource: { auth0_client: Object.fromEntries(Array.from({ length: n }, (_, i) => [`c${i}`, O(i)])) } }, null, 2);

describe('--fix on a .tf.json module of many clients', () => {
  it('proves the fixes of the file together: strict parses do not grow with the findings (counted, not timed)', async () => {
    // each finding's fix was proven on its own with a strict parse of the whole file: 3,000 clients took 65 s
    const parses = async (n: number) => {
      const dir = tempTree({ 'main.tf.json': module(n) });
      const before = tfJsonStats.strictParses;
      const out = await fix([dir], 'safe', { cwd: dir });
      expect(out.changed.size).toBe(1);
      expect([...out.changed.values()][0].after).not.toContain('pre_login_prompt');
      return tfJsonStats.strictParses - before;
    };
    const small = await parses(10);
    const large = await parses(300);
    expect(large).toBe(small);
  }, 60_000);

  it('through the CLI: every fix is made, the file stays strict JSON, and a second --fix changes nothing', async () => {
    const dir = tempTree({ 'main.tf.json': module(200) });
    const file = path.join(dir, 'main.tf.json');
    const first = await runCli(['--fix', '.'], { cwd: dir });
    expect(first.stdout).toContain('fixed 200 problems');
    const text = readFileSync(file, 'utf8');
    const value = JSON.parse(text);
    expect(Object.keys(value.resource.auth0_client)).toHaveLength(200);
    expect(value.resource.auth0_client.c7).toEqual({ name: 'C7', app_type: 'spa', organization_usage: 'deny' });
    const second = await runCli(['--fix', '.'], { cwd: dir });
    expect(second.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text);
  }, 60_000);
});

describe('a .tf.json value written as a template', () => {
  it('a known template ("req${\\"uired\\"}") offers no fix, and says why, instead of a fix --fix-unsafe never makes', async () => {
    // the finding said "1 problem with a fix" and --fix-unsafe left the file as it was, saying nothing
    const text = '{"resource":{"auth0_client":{"h":{"name":"H","app_type":"spa","organization_usage":"req${\\"uired\\"}"}}}}\n';
    const dir = tempTree({ 'main.tf.json': text });
    const json = await runCli(['-f', 'json', '.'], { cwd: dir });
    const report = JSON.parse(json.stdout);
    expect(report.summary.fixable).toBe(0);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ ruleId: 'organization-usage-enum', line: 1, column: 84, endColumn: 101, fix: null });
    expect(report.findings[0].message).toContain('; --fix leaves it: the value is a ${...} template, change it in the file');
    const run = await runCli(['--fix-unsafe', '.'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('with a fix');
    expect(readFileSync(path.join(dir, 'main.tf.json'), 'utf8')).toBe(text);
  });

  it('a literal beside it (unicode escapes in the key, a BOM and CRLF) is still fixed in place', async () => {
    const text = '\ufeff{"resource":{"auth0_client":{"a":{"name":"A","app_type":"spa","organization\\u005fusage":"required"}}}}\r\n';
    const dir = tempTree({ 'main.tf.json': text });
    const run = await runCli(['--fix-unsafe', '.'], { cwd: dir });
    expect(run.stdout).toContain('fixed 1 problem');
    expect(readFileSync(path.join(dir, 'main.tf.json'), 'utf8')).toBe(text.replace('"required"', '"require"'));
  });
});

describe('one resource declared twice in a module', () => {
  const A = (usage: string) => `resource "auth0_client" "a" {\n  name               = "A"\n  app_type           = "spa"\n  organization_usage = "${usage}"\n}\n`;
  // Terraform refuses the module ("Duplicate resource configuration"); orglint kept the last block and passed the
  // first one's "required" unseen (exit 0, "no problems")
  it('in a .tf and a .tf.json file: the second is a parse-error at its name, the first is linted', async () => {
    const dir = tempTree({
      'main.tf': A('required'),
      'main.tf.json': '{"resource":{"auth0_client":{"a":{"name":"A2","app_type":"spa","organization_usage":"allow"}}}}\n',
    });
    const run = await runCli(['-f', 'json', '.'], { cwd: dir });
    expect(run.code).toBe(1);
    const got = JSON.parse(run.stdout).findings.map((f: { file: string; line: number; column: number; ruleId: string }) => [f.file, f.line, f.column, f.ruleId]);
    expect(got).toEqual([
      ['main.tf', 4, 24, 'organization-usage-enum'],
      ['main.tf.json', 1, 30, 'parse-error'],
    ]);
    expect(JSON.parse(run.stdout).findings[1].message).toBe(
      'invalid Terraform: the resource "auth0_client.a" is declared again here (first at main.tf:1:25); Terraform refuses a module that declares a resource twice',
    );
  });

  it('in two .tf files, and twice in one file', async () => {
    const two = tempTree({ 'main.tf': A('required'), 'other.tf': A('allow') });
    const r2 = await runCli(['-f', 'json', '.'], { cwd: two });
    expect(JSON.parse(r2.stdout).findings.map((f: { file: string; line: number; column: number; ruleId: string }) => [f.file, f.line, f.column, f.ruleId])).toEqual([
      ['main.tf', 4, 24, 'organization-usage-enum'],
      ['other.tf', 1, 25, 'parse-error'],
    ]);
    const one = tempTree({ 'main.tf': `${A('required')}\n${A('allow')}` });
    const r1 = await runCli(['-f', 'json', '.'], { cwd: one });
    expect(r1.code).toBe(1);
    expect(JSON.parse(r1.stdout).findings).toMatchObject([{ file: 'main.tf', line: 7, column: 25, ruleId: 'parse-error', message: expect.stringContaining('(first at 1:25)') }]);
  });

  it('in .tf.json, two blocks under one name ("a": [{...}, {...}]) or in two items of a "resource" array', async () => {
    const arr = tempTree({ 'main.tf.json': '{"resource":{"auth0_client":{"a":[{"name":"A","organization_usage":"required"},{"name":"A2"}]}}}\n' });
    const r1 = await runCli(['-f', 'json', '.'], { cwd: arr });
    // each block of the array at its own "{", the first named too
    expect(JSON.parse(r1.stdout).findings).toMatchObject([{ line: 1, column: 80, ruleId: 'parse-error', message: expect.stringContaining('(first at 1:35)') }]);
    const top = tempTree({ 'main.tf.json': '{"resource":[{"auth0_client":{"a":{"name":"A"}}},{"auth0_client":{"a":{"name":"A2"}}}]}\n' });
    const r2 = await runCli(['-f', 'json', '.'], { cwd: top });
    expect(JSON.parse(r2.stdout).findings).toMatchObject([{ line: 1, column: 67, ruleId: 'parse-error', message: expect.stringContaining('(first at 1:31)') }]);
  });

  it('an override file that sets the resource again is not a duplicate', async () => {
    const dir = tempTree({ 'main.tf': A('allow'), 'override.tf': 'resource "auth0_client" "a" {\n  description = "x"\n}\n' });
    const run = await runCli(['.'], { cwd: dir });
    expect(run.code).toBe(0);
  });
});

describe('auth0_connection_clients with count or for_each', () => {
  const BASE = `resource "auth0_client" "admin" {
  name                          = "Admin"
  app_type                      = "regular_web"
  organization_usage            = "require"
  organization_require_behavior = "post_login_prompt"
}
resource "auth0_connection" "db" {
  name     = "db"
  strategy = "auth0"
}
resource "auth0_organization" "acme" {
  name = "acme"
}
resource "auth0_organization_connection" "acme_db" {
  organization_id = auth0_organization.acme.id
  connection_id   = auth0_connection.db.id
}
`;
  const RULE = 'organization-connection-not-enabled-for-client';
  const ruleIds = async (conn: string) => {
    const dir = tempTree({ 'main.tf': BASE, 'conn.tf': conn });
    const run = await runCli(['-f', 'json', '.'], { cwd: dir });
    return JSON.parse(run.stdout).findings.map((f: { ruleId: string; line: number; column: number }) => `${f.ruleId} ${f.line}:${f.column}`);
  };
  it('without them, an empty list is judged (the rule still fires)', async () => {
    expect(await ruleIds('resource "auth0_connection_clients" "db" {\n  connection_id   = auth0_connection.db.id\n  enabled_clients = []\n}\n')).toEqual([`${RULE} 4:35`]);
  });
  // `count = 0` (or a condition) makes no instance: the connection's list is not set by the configuration, and a
  // finding was a guess; and a `count = 0` auth0_connection_client was taken to enable the client
  it.each([
    ['count = 0', 'count           = 0'],
    ['a conditional count', 'count           = var.on ? 1 : 0'],
    ['for_each', 'for_each        = toset(var.ids)'],
  ])('an auth0_connection_clients with %s leaves the connection\'s clients unknown', async (_, meta) => {
    expect(await ruleIds(`variable "on" {\n  default = false\n}\nvariable "ids" {\n  default = []\n}\nresource "auth0_connection_clients" "db" {\n  ${meta}\n  connection_id   = auth0_connection.db.id\n  enabled_clients = []\n}\n`)).toEqual([]);
  });
  it('an auth0_connection_client with count = 0 does not enable its client', async () => {
    const dir = tempTree({
      'main.tf': BASE,
      'conn.tf': 'resource "auth0_connection_client" "db_admin" {\n  count         = 0\n  connection_id = auth0_connection.db.id\n  client_id     = auth0_client.admin.id\n}\n',
    });
    const run = await runCli(['-f', 'json', '.'], { cwd: dir });
    // not known either way: no finding, and no claim that it is enabled
    expect(JSON.parse(run.stdout).findings).toEqual([]);
  });
});

describe('pre-commit naming only a broken context file of a module', () => {
  const MAIN = (expr: string) => `resource "auth0_client" "a" {\n  name               = "A"\n  app_type           = "spa"\n  organization_usage = ${expr}\n}\n`;
  // naming the broken file alone gave "no problems" and exit 0 (naming main.tf reported it): the named file was
  // a target already, so the broken file was never reported
  it.each([
    ['locals.tf', 'local.usage', 'locals {\n  usage = "required"\n  x = \n}\n', [3, 3]],
    ['variables.tf', 'var.usage', 'variable "usage" {\n  default = "required"\n  x = \n}\n', [3, 3]],
    ['terraform.tfvars', 'var.usage', 'usage = \n', [2, 1]],
  ] as const)('%s that does not parse is a parse-error at its line and column', async (name, expr, text, [line, column]) => {
    const files: Record<string, string> = { 'main.tf': MAIN(expr), [name]: text };
    if (name === 'terraform.tfvars') files['variables.tf'] = 'variable "usage" {\n  default = "allow"\n}\n';
    const dir = tempTree(files);
    const run = await runCli(['-f', 'json', name], { cwd: dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings).toMatchObject([{ file: name, line, column, ruleId: 'parse-error' }]);
  });
});

describe('override files', () => {
  // Terraform merges override.tf into main.tf: the client's organization_usage is "required", and the plan says
  // so (a plan JSON of this module gets organization-usage-enum). orglint read an attribute an override file sets
  // as unknown ("it is set in another file"), so the invalid literal passed unseen: exit 0, "no problems". The
  // merged value is linted now, and the finding points at the override file's value (override-files.test.ts has
  // the rest: formats, fixes, nested blocks, several override files)
  it('an invalid literal an override file sets in a resource is found', async () => {
    const dir = tempTree({
      'main.tf': 'resource "auth0_client" "a" {\n  name               = "A"\n  app_type           = "spa"\n  organization_usage = "allow"\n}\n',
      'override.tf': 'resource "auth0_client" "a" {\n  organization_usage = "required"\n}\n',
    });
    const run = await runCli(['-f', 'json', '.'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings).toMatchObject([{ file: 'override.tf', line: 2, column: 24, ruleId: 'organization-usage-enum' }]);
  });
});

describe('organization sub-resources with count or for_each', () => {
  const CLIENT = `resource "auth0_client" "admin" {
  name                          = "Admin"
  app_type                      = "regular_web"
  organization_usage            = "require"
  organization_require_behavior = "post_login_prompt"
}
resource "auth0_connection" "db" {
  name     = "db"
  strategy = "auth0"
}
resource "auth0_connection_clients" "db" {
  connection_id   = auth0_connection.db.id
  enabled_clients = []
}
resource "auth0_organization" "acme" {
  name = "acme"
}
`;
  const findings = async (extra: string) => {
    const dir = tempTree({ 'main.tf': CLIENT + extra });
    const run = await runCli(['-f', 'json', '.'], { cwd: dir });
    return JSON.parse(run.stdout).findings.map((f: { ruleId: string; line: number; column: number }) => `${f.ruleId} ${f.line}:${f.column}`);
  };
  const orgConnection = (meta: string) => `resource "auth0_organization_connection" "acme_db" {\n${meta}  organization_id = auth0_organization.acme.id\n  connection_id   = auth0_connection.db.id\n}\n`;
  it('an organization connection without count is judged', async () => {
    expect(await findings(orgConnection(''))).toEqual(['organization-connection-not-enabled-for-client 4:35']);
  });
  // `count = 0` makes no instance: the organization has no such connection, and the finding was a guess
  it.each(['  count           = 0\n', '  count           = var.on ? 1 : 0\n', '  for_each        = toset([])\n'])('an auth0_organization_connection with %j leaves the organization\'s connections unknown', async (meta) => {
    expect(await findings(`variable "on" {\n  default = false\n}\n${orgConnection(meta)}`)).toEqual([]);
  });
  it('so does an auth0_organization_connections with for_each, for the connection limit too', async () => {
    const many = Array.from({ length: 11 }, (_, i) => `resource "auth0_connection" "c${i}" {\n  name     = "c${i}"\n  strategy = "auth0"\n}\n`).join('');
    const list = (meta: string) =>
      `resource "auth0_organization_connections" "acme" {\n${meta}  organization_id = auth0_organization.acme.id\n${Array.from({ length: 11 }, (_, i) => `  enabled_connections {\n    connection_id = auth0_connection.c${i}.id\n  }\n`).join('')}}\n`;
    expect((await findings(many + list(''))).filter((f: string) => f.startsWith('organization-connections-limit'))).toHaveLength(1);
    expect((await findings(many + list('  for_each        = toset([])\n'))).filter((f: string) => f.startsWith('organization-connections-limit'))).toEqual([]);
  });
});

describe('a variable or local value declared twice in a module', () => {
  // Terraform refuses the module; orglint took the last declaration, so the other's value was never linted
  it('is a parse-error at the second declaration, in .tf and .tf.json files', async () => {
    const dir = tempTree({
      'main.tf': 'resource "auth0_client" "a" {\n  name               = "A"\n  app_type           = "spa"\n  organization_usage = var.usage\n}\n',
      'other.tf': 'variable "usage" {\n  default = "allow"\n}\nlocals {\n  a = 1\n}\n',
      'variables.tf': 'variable "usage" {\n  default = "required"\n}\n',
      'x.tf.json': '{"locals":{"a":2}}\n',
    });
    const run = await runCli(['-f', 'json', '.'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings).toMatchObject([
      { file: 'variables.tf', line: 1, column: 10, ruleId: 'parse-error', message: 'invalid Terraform: the variable "usage" is declared again here (first at other.tf:1:10); Terraform refuses a module that declares a variable twice' },
      { file: 'x.tf.json', line: 1, column: 12, ruleId: 'parse-error', message: 'invalid Terraform: the local value "a" is declared again here (first at other.tf:5:3); Terraform refuses a module that declares a local value twice' },
    ]);
  });

  it('a variable an override file sets again is not a duplicate', async () => {
    const dir = tempTree({
      'main.tf': 'variable "usage" {\n  default = "allow"\n}\nresource "auth0_client" "a" {\n  name               = "A"\n  app_type           = "spa"\n  organization_usage = var.usage\n}\n',
      'override.tf': 'variable "usage" {\n  default = "required"\n}\nlocals {\n  b = 1\n}\n',
      'locals.tf': 'locals {\n  b = 2\n}\n',
    });
    const run = await runCli(['-f', 'json', '.'], { cwd: dir });
    expect(JSON.parse(run.stdout).findings).toMatchObject([{ file: 'main.tf', line: 7, column: 24, ruleId: 'organization-usage-enum' }]);
  });
});
