/**
 * Terraform override files (https://developer.hashicorp.com/terraform/language/files/override), through the CLI:
 * the merged resource is linted, a finding on a value an override file sets points at that file's value (exact in
 * every format), and `--fix` edits it there, or says why it does not.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { tempTree } from '../../helpers/lint';

const MAIN = 'resource "auth0_client" "a" {\n  name               = "A"\n  app_type           = "spa"\n  organization_usage = "allow"\n}\n';
const OVERRIDE = 'resource "auth0_client" "a" {\n  organization_usage = "required"\n}\n';
const ENUM = 'organization_usage "required" is not one of "deny", "allow", "require"; did you mean "require"?';

interface Got {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  message: string;
  fix: unknown;
  related?: unknown[];
}
const findings = async (dir: string, args: string[] = ['.']) => {
  const run = await runCli(['-f', 'json', ...args], { cwd: dir });
  return { code: run.code, findings: JSON.parse(run.stdout).findings as Got[] };
};
const where = (f: Got) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`;

describe('a value an override file sets in a resource', () => {
  it('is linted, and found in the override file: json', async () => {
    const dir = tempTree({ 'main.tf': MAIN, 'override.tf': OVERRIDE });
    const got = await findings(dir);
    expect(got.code).toBe(1);
    expect(got.findings).toEqual([
      expect.objectContaining({ file: 'override.tf', line: 2, column: 24, endLine: 2, endColumn: 34, ruleId: 'organization-usage-enum', message: ENUM, path: '/resource/auth0_client/a/organization_usage' }),
    ]);
    expect(got.findings[0].fix).toMatchObject({ safety: 'unsafe', description: 'replace "required" with "require"' });
    // and names the value it replaces, where main.tf sets it
    expect(got.findings[0].related).toEqual([{ file: 'main.tf', line: 4, column: 24, endLine: 4, endColumn: 31, message: 'auth0_client.a sets organization_usage here too; override.tf replaces it' }]);
  });

  it('stylish: the override file, its line quoted', async () => {
    const dir = tempTree({ 'main.tf': MAIN, 'override.tf': OVERRIDE });
    const run = await runCli(['.'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `override.tf\n  2:24  error    ${ENUM}  organization-usage-enum\n    2 |   organization_usage = "required"\n      |                        ^^^^^^^^^^\n    ↳ main.tf:4:24: auth0_client.a sets organization_usage here too; override.tf replaces it\n`,
    );
    // main.tf's own value is no finding: only the related place names it
    expect(run.stdout.split('\n').filter((l) => l.includes('main.tf'))).toEqual(['    ↳ main.tf:4:24: auth0_client.a sets organization_usage here too; override.tf replaces it']);
  });

  it('sarif: the override file\'s region', async () => {
    const dir = tempTree({ 'main.tf': MAIN, 'override.tf': OVERRIDE });
    const run = await runCli(['-f', 'sarif', '.'], { cwd: dir });
    const results = JSON.parse(run.stdout).runs[0].results;
    expect(results).toHaveLength(1);
    expect(results[0].ruleId).toBe('organization-usage-enum');
    expect(results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: expect.objectContaining({ uri: 'override.tf' }),
      region: expect.objectContaining({ startLine: 2, startColumn: 24, endLine: 2, endColumn: 34 }),
    });
    expect(results[0].relatedLocations).toMatchObject([
      { physicalLocation: { artifactLocation: { uri: 'main.tf' }, region: { startLine: 4, startColumn: 24, endLine: 4, endColumn: 31 } }, message: { text: 'auth0_client.a sets organization_usage here too; override.tf replaces it' } },
    ]);
  });

  it('--fix-dry-run shows the edit in the override file, and --fix-unsafe makes it there (main.tf untouched)', async () => {
    const dir = tempTree({ 'main.tf': MAIN, 'override.tf': OVERRIDE });
    const dry = await runCli(['--fix-dry-run', '--fix-unsafe', '.'], { cwd: dir });
    expect(dry.stdout).toContain(
      '# override.tf:2:24 organization-usage-enum: replace "required" with "require"\n--- a/override.tf\n+++ b/override.tf\n@@ -1,3 +1,3 @@\n resource "auth0_client" "a" {\n-  organization_usage = "required"\n+  organization_usage = "require"\n }\n',
    );
    expect(dry.stdout).not.toContain('a/main.tf');
    expect(readFileSync(path.join(dir, 'override.tf'), 'utf8')).toBe(OVERRIDE);
    const run = await runCli(['--fix-unsafe', '.'], { cwd: dir });
    expect(run.stdout).toContain('fixed 1 problem');
    expect(readFileSync(path.join(dir, 'override.tf'), 'utf8')).toBe(OVERRIDE.replace('"required"', '"require"'));
    expect(readFileSync(path.join(dir, 'main.tf'), 'utf8')).toBe(MAIN);
  });

  it('an override that mends a bad value of main.tf leaves no finding (Terraform never uses main.tf\'s)', async () => {
    const dir = tempTree({ 'main.tf': MAIN.replace('"allow"', '"required"'), 'override.tf': OVERRIDE.replace('"required"', '"allow"') });
    expect(await findings(dir)).toEqual({ code: 0, findings: [] });
  });

  it('*_override.tf and override.tf.json, beside a main.tf or a main.tf.json', async () => {
    const a = await findings(tempTree({ 'main.tf': MAIN, 'auth_override.tf': OVERRIDE }));
    expect(a.findings.map(where)).toEqual(['auth_override.tf:2:24 organization-usage-enum']);
    const b = await findings(tempTree({ 'main.tf': MAIN, 'override.tf.json': '{\n  "resource": {"auth0_client": {"a": {"organization_usage": "required"}}}\n}\n' }));
    expect(b.findings.map(where)).toEqual(['override.tf.json:2:61 organization-usage-enum']);
    expect(b.findings[0]).toMatchObject({ endColumn: 71, message: ENUM });
    const c = await findings(tempTree({ 'main.tf.json': '{"resource":{"auth0_client":{"a":{"name":"A","app_type":"spa","organization_usage":"allow"}}}}\n', 'override.tf': OVERRIDE }));
    expect(c.findings.map(where)).toEqual(['override.tf:2:24 organization-usage-enum']);
  });

  it('--fix-unsafe edits an override.tf.json in place, strict JSON kept', async () => {
    const text = '{\n  "resource": {"auth0_client": {"a": {"organization_usage": "required"}}}\n}\n';
    const dir = tempTree({ 'main.tf': MAIN, 'override.tf.json': text });
    const run = await runCli(['--fix-unsafe', '.'], { cwd: dir });
    expect(run.stdout).toContain('fixed 1 problem');
    expect(readFileSync(path.join(dir, 'override.tf.json'), 'utf8')).toBe(text.replace('"required"', '"require"'));
  });

  it('an override of a nested block replaces the resource\'s blocks of that type wholesale', async () => {
    const main = 'resource "auth0_client" "a" {\n  name               = "A"\n  app_type           = "non_interactive"\n  default_organization {\n    organization_id = "org_abc123"\n    flows           = ["client_credentials"]\n  }\n}\n';
    // the override's block has no organization_id: main.tf's is gone with its block
    const partial = await findings(tempTree({ 'main.tf': main, 'override.tf': 'resource "auth0_client" "a" {\n  default_organization {\n    flows = ["client_credentials"]\n  }\n}\n' }));
    expect(partial.findings).toMatchObject([
      { file: 'override.tf', line: 2, column: 3, endColumn: 23, ruleId: 'default-organization-valid', message: expect.stringContaining('default_organization is missing organization_id') },
    ]);
    const item = await findings(tempTree({ 'main.tf': main, 'override.tf': 'resource "auth0_client" "a" {\n  default_organization {\n    organization_id = "org_abc123"\n    flows           = ["client_credentials", "x"]\n  }\n}\n' }));
    expect(item.findings.map(where)).toEqual(['override.tf:4:46 default-organization-valid']);
    // and one that mends main.tf's block leaves nothing
    const mended = await findings(tempTree({ 'main.tf': main.replace('["client_credentials"]', '["x"]'), 'override.tf': 'resource "auth0_client" "a" {\n  default_organization {\n    organization_id = "org_abc123"\n    flows           = ["client_credentials"]\n  }\n}\n' }));
    expect(mended.findings).toEqual([]);
  });

  it('an override that sets a variable: the variable\'s value, its origin named, no fix; unknown without a default', async () => {
    const files = { 'main.tf': MAIN, 'variables.tf': 'variable "usage" {\n  default = "required"\n}\nvariable "other" {}\n' };
    const dir = tempTree({ ...files, 'override.tf': 'resource "auth0_client" "a" {\n  organization_usage = var.usage\n}\n' });
    const got = await findings(dir);
    expect(got.findings).toEqual([
      expect.objectContaining({
        file: 'override.tf',
        line: 2,
        column: 24,
        endColumn: 33,
        ruleId: 'organization-usage-enum',
        message: `${ENUM} (the value of var.usage, set at variables.tf:2:13); --fix leaves it: the value comes from var.usage, change it where the variable is set`,
        fix: null,
        related: [
          { file: 'variables.tf', line: 2, column: 13, endLine: 2, endColumn: 23, message: 'var.usage is set here' },
          { file: 'main.tf', line: 4, column: 24, endLine: 4, endColumn: 31, message: 'auth0_client.a sets organization_usage here too; override.tf replaces it' },
        ],
      }),
    ]);
    // a variable with no value is unknown, whatever main.tf says
    const unknown = await findings(tempTree({ ...files, 'main.tf': MAIN.replace('"allow"', '"required"'), 'override.tf': 'resource "auth0_client" "a" {\n  organization_usage = var.other\n}\n' }));
    expect(unknown).toEqual({ code: 0, findings: [] });
  });

  it('two override files apply in the order of their names, .tf and .tf.json alike: the last one\'s value is found', async () => {
    const value = (v: string) => `resource "auth0_client" "a" {\n  organization_usage = "${v}"\n}\n`;
    const a = await findings(tempTree({ 'main.tf': MAIN, 'a_override.tf': value('required'), 'override.tf': value('requir') }));
    expect(a.findings.map(where)).toEqual(['override.tf:2:24 organization-usage-enum']);
    expect(a.findings[0].message).toContain('"requir"');
    // b_override.tf comes after a_override.tf.json: its "allow" is the value
    const json = (v: string) => `{"resource":{"auth0_client":{"a":{"organization_usage":"${v}"}}}}\n`;
    expect((await findings(tempTree({ 'main.tf': MAIN, 'a_override.tf.json': json('required'), 'b_override.tf': value('allow') }))).findings).toEqual([]);
    const c = await findings(tempTree({ 'main.tf': MAIN, 'a_override.tf': value('allow'), 'b_override.tf.json': json('required') }));
    expect(c.findings.map(where)).toEqual(['b_override.tf.json:1:56 organization-usage-enum']);
  });

  it('variables and locals: override files of both syntaxes apply together, in the order of their names', async () => {
    const client = (ref: string) => `resource "auth0_client" "a" {\n  name               = "A"\n  app_type           = "spa"\n  organization_usage = ${ref}\n}\n`;
    const varTf = (v: string) => `variable "usage" {\n  default = "${v}"\n}\n`;
    const varJson = (v: string) => `{"variable":{"usage":{"default":"${v}"}}}\n`;
    const main = client('var.usage') + varTf('allow');
    // a_override.tf.json, then b_override.tf: b's "allow" is the value Terraform uses
    const pass = await findings(tempTree({ 'main.tf': main, 'a_override.tf.json': varJson('required'), 'b_override.tf': varTf('allow') }));
    expect(pass).toEqual({ code: 0, findings: [] });
    const fail = await findings(tempTree({ 'main.tf': main, 'a_override.tf.json': varJson('allow'), 'b_override.tf': varTf('required') }));
    expect(fail.code).toBe(1);
    expect(fail.findings.map(where)).toEqual(['main.tf:4:24 organization-usage-enum']);
    expect(fail.findings[0].message).toContain('(the value of var.usage, set at b_override.tf:2:13)');
    // and the other way round: a_override.tf, then b_override.tf.json
    const json = await findings(tempTree({ 'main.tf': main, 'a_override.tf': varTf('required'), 'b_override.tf.json': varJson('allow') }));
    expect(json).toEqual({ code: 0, findings: [] });
    // locals alike
    const locTf = (v: string) => `locals {\n  usage = "${v}"\n}\n`;
    const locJson = (v: string) => `{"locals":{"usage":"${v}"}}\n`;
    const lmain = client('local.usage') + locTf('allow');
    expect(await findings(tempTree({ 'main.tf': lmain, 'a_override.tf.json': locJson('required'), 'b_override.tf': locTf('allow') }))).toEqual({ code: 0, findings: [] });
    const lfail = await findings(tempTree({ 'main.tf': lmain, 'a_override.tf.json': locJson('allow'), 'b_override.tf': locTf('required') }));
    expect(lfail.findings.map(where)).toEqual(['main.tf:4:24 organization-usage-enum']);
  });

  it('a reference an override sets is the override\'s (auth0_connection_clients.enabled_clients)', async () => {
    const base = (list: string) => `resource "auth0_client" "admin" {
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
resource "auth0_connection_clients" "db" {
  connection_id   = auth0_connection.db.id
  enabled_clients = ${list}
}
`;
    const over = (list: string) => `resource "auth0_connection_clients" "db" {\n  enabled_clients = ${list}\n}\n`;
    const RULE = 'organization-connection-not-enabled-for-client';
    // the override enables the client main.tf leaves out: nothing to say
    expect((await findings(tempTree({ 'main.tf': base('[]'), 'override.tf': over('[auth0_client.admin.id]') }))).findings).toEqual([]);
    // the override empties the list main.tf fills
    const emptied = await findings(tempTree({ 'main.tf': base('[auth0_client.admin.id]'), 'override.tf': over('[]') }));
    expect(emptied.findings.map(where)).toEqual([`main.tf:4:35 ${RULE}`]);
  });

  it('a .tf.json override\'s ${...} template is found there, and left to the user as in any .tf.json file', async () => {
    const got = await findings(tempTree({ 'main.tf': MAIN, 'override.tf.json': '{"resource":{"auth0_client":{"a":{"organization_usage":"req${\\"uired\\"}"}}}}\n' }));
    expect(got.findings).toMatchObject([{ file: 'override.tf.json', line: 1, column: 56, ruleId: 'organization-usage-enum', fix: null }]);
    expect(got.findings[0].message).toBe(`${ENUM}; --fix leaves it: the value is a \${...} template, change it in the file`);
  });

  it('an override of a resource no other file declares is a parse-error at its name (Terraform refuses it)', async () => {
    // it was ignored: exit 0, "no problems", the block's values never read
    const got = await findings(tempTree({ 'main.tf': MAIN, 'override.tf': OVERRIDE.replace('"a"', '"b"') }));
    expect(got.code).toBe(1);
    expect(got.findings).toEqual([
      expect.objectContaining({
        file: 'override.tf',
        line: 1,
        column: 25,
        endColumn: 28,
        ruleId: 'parse-error',
        message: 'invalid Terraform: the override file sets the resource "auth0_client.b", which no other file of the module declares; Terraform refuses an override of a resource that is not declared',
      }),
    ]);
    const json = await findings(tempTree({ 'main.tf': MAIN, 'x_override.tf.json': '{"resource":{"auth0_client":{"b":{"organization_usage":"required"}}}}\n' }));
    expect(json.findings.map(where)).toEqual(['x_override.tf.json:1:30 parse-error']);
  });

  it('so is an override of a variable or a local value no other file declares, in .tf and .tf.json', async () => {
    const dir = tempTree({
      'main.tf': MAIN,
      'override.tf': 'variable "usage" {\n  default = "required"\n}\nlocals {\n  x = 1\n}\n',
      'x_override.tf.json': '{"variable":{"v":{"default":1}},"locals":{"y":2}}\n',
    });
    const got = await findings(dir);
    expect(got.code).toBe(1);
    expect(got.findings.map((f) => [where(f), f.message])).toEqual([
      ['override.tf:1:10 parse-error', 'invalid Terraform: the override file sets the variable "usage", which no other file of the module declares; Terraform refuses an override of a variable that is not declared'],
      ['override.tf:5:3 parse-error', 'invalid Terraform: the override file sets the local value "x", which no other file of the module declares; Terraform refuses an override of a local value that is not declared'],
      ['x_override.tf.json:1:14 parse-error', expect.stringContaining('the variable "v"')],
      ['x_override.tf.json:1:43 parse-error', expect.stringContaining('the local value "y"')],
    ]);
  });

  it('a directive in the override file applies to its finding', async () => {
    const dir = tempTree({ 'main.tf': MAIN, 'override.tf': 'resource "auth0_client" "a" {\n  # orglint-disable-next-line organization-usage-enum -- set by the platform team\n  organization_usage = "required"\n}\n' });
    const run = await runCli(['.'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 suppressed');
  });

  it('naming only one of the two files (pre-commit) lints both; the override file is fixed only when it is handed', async () => {
    // naming override.tf alone said "no problems (1 file, 0 clients checked)": main.tf's resource was context
    const only = await findings(tempTree({ 'main.tf': MAIN, 'override.tf': OVERRIDE }), ['override.tf']);
    expect(only.findings.map(where)).toEqual(['override.tf:2:24 organization-usage-enum']);
    const dir = tempTree({ 'main.tf': MAIN, 'override.tf': OVERRIDE });
    expect((await findings(dir, ['main.tf'])).findings.map(where)).toEqual(['override.tf:2:24 organization-usage-enum']);
    // (orglint writes only the files it is handed: naming main.tf alone leaves override.tf, unnamed-fixes.test.ts)
    const run = await runCli(['--fix-unsafe', 'main.tf', 'override.tf'], { cwd: dir });
    expect(run.stdout).toContain('fixed 1 problem');
    expect(readFileSync(path.join(dir, 'override.tf'), 'utf8')).toBe(OVERRIDE.replace('"required"', '"require"'));
  });
});

describe('a fix is made in one file', () => {
  const CLIENT = (extra: string) => `resource "auth0_client" "a" {\n  name               = "A"\n  app_type           = "regular_web"\n  organization_usage = "deny"\n${extra}}\n`;

  it('a removal from the override file is made when no other file sets the value', async () => {
    const dir = tempTree({ 'main.tf': CLIENT(''), 'override.tf': 'resource "auth0_client" "a" {\n  organization_require_behavior = "pre_login_prompt"\n}\n' });
    const got = await findings(dir);
    // (main.tf sets no value it replaces; the values the verdict read there are named: read-origins.test.ts)
    expect(got.findings[0].related).toEqual([
      { file: 'main.tf', line: 4, column: 24, endLine: 4, endColumn: 30, message: 'organization_usage, which this finding depends on, is set here' },
      { file: 'main.tf', line: 3, column: 24, endLine: 3, endColumn: 37, message: 'app_type, which this finding depends on, is set here' },
    ]);
    expect(got.findings).toMatchObject([{ file: 'override.tf', line: 2, column: 3, ruleId: 'require-behavior-without-require', fix: { safety: 'safe' } }]);
    const run = await runCli(['--fix', '.'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'override.tf'), 'utf8')).toBe('resource "auth0_client" "a" {\n}\n');
  });

  it('a removal from the override file that would bring main.tf\'s value back is not offered, and says why', async () => {
    const main = CLIENT('  organization_require_behavior = "no_prompt"\n');
    const over = 'resource "auth0_client" "a" {\n  organization_require_behavior = "pre_login_prompt"\n}\n';
    const dir = tempTree({ 'main.tf': main, 'override.tf': over });
    const got = await findings(dir);
    expect(got.findings).toHaveLength(1);
    expect(got.findings[0]).toMatchObject({ file: 'override.tf', line: 2, column: 3, ruleId: 'require-behavior-without-require', fix: null });
    expect(got.findings[0].message).toContain('; --fix leaves it: removing organization_require_behavior from override.tf would bring back the value main.tf sets');
    await runCli(['--fix-unsafe', '.'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'override.tf'), 'utf8')).toBe(over);
    expect(readFileSync(path.join(dir, 'main.tf'), 'utf8')).toBe(main);
  });

  it('a removal inside a value the override file sets whole is made (main.tf\'s value stays replaced)', async () => {
    const main = CLIENT('  organization_discovery_methods = ["email"]\n').replace('"deny"', '"require"').replace('}\n', '  organization_require_behavior = "pre_login_prompt"\n}\n');
    const over = 'resource "auth0_client" "a" {\n  organization_discovery_methods = ["email", "email"]\n}\n';
    const dir = tempTree({ 'main.tf': main, 'override.tf': over });
    const got = await findings(dir);
    expect(got.findings).toMatchObject([{ file: 'override.tf', line: 2, column: 46, ruleId: 'organization-discovery-methods-valid', fix: { safety: 'safe' } }]);
    expect(got.findings[0].message).not.toContain('--fix leaves it');
    const run = await runCli(['--fix', '.'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'override.tf'), 'utf8')).toBe('resource "auth0_client" "a" {\n  organization_discovery_methods = ["email"]\n}\n');
    expect(readFileSync(path.join(dir, 'main.tf'), 'utf8')).toBe(main);
  });

  it('two blocks of one resource in one override file: found in the last, no fix offered (the fixer edits a file\'s first block)', async () => {
    const over = 'resource "auth0_client" "a" {\n  description = "x"\n}\nresource "auth0_client" "a" {\n  organization_usage = "required"\n}\n';
    const dir = tempTree({ 'main.tf': MAIN, 'override.tf': over });
    const got = await findings(dir);
    expect(got.findings).toMatchObject([{ file: 'override.tf', line: 5, column: 24, ruleId: 'organization-usage-enum', fix: null }]);
    expect(got.findings[0].message).toContain('; --fix leaves it: override.tf holds more than one block of auth0_client.a: change it by hand');
    await runCli(['--fix-unsafe', '.'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'override.tf'), 'utf8')).toBe(over);
  });

  const OIDC = (extra: string) =>
    `resource "auth0_client" "a" {\n  name               = "A"\n  app_type           = "regular_web"\n  organization_usage = "require"\n${extra}}\n`;

  it('a fix of a finding in the override file that would change main.tf is not offered', async () => {
    const dir = tempTree({ 'main.tf': OIDC('  oidc_conformant    = false\n'), 'override.tf': 'resource "auth0_client" "a" {\n  organization_require_behavior = "post_login_prompt"\n}\n' });
    const got = await findings(dir);
    expect(got.findings).toMatchObject([{ file: 'override.tf', line: 2, column: 35, ruleId: 'post-login-prompt-requires-oidc-conformant', fix: null }]);
    expect(got.findings[0].message).toContain('; --fix leaves it: the fix also changes oidc_conformant, which main.tf sets: change the two files by hand');
  });

  it('a fix of a finding in main.tf that would change a value the override file sets is not offered', async () => {
    const main = OIDC('  organization_require_behavior = "post_login_prompt"\n  oidc_conformant    = true\n');
    const dir = tempTree({ 'main.tf': main, 'override.tf': 'resource "auth0_client" "a" {\n  oidc_conformant = false\n}\n' });
    const got = await findings(dir);
    expect(got.findings).toMatchObject([{ file: 'main.tf', line: 5, column: 35, ruleId: 'post-login-prompt-requires-oidc-conformant', fix: null }]);
    expect(got.findings[0].message).toContain('; --fix leaves it: oidc_conformant is set again in override.tf, which Terraform merges over this file: change it there');
    await runCli(['--fix-unsafe', '.'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'main.tf'), 'utf8')).toBe(main);
  });
});
