/**
 * Terraform's JSON configuration syntax (`.tf.json`) through the real CLI: read as Terraform reads it, with exact
 * positions, fixes that keep the file's layout and are proven, and never mistaken for another kind of JSON.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { tempTree } from '../../helpers/lint';

const clients = (entries: Record<string, Record<string, unknown>>) => JSON.stringify({ resource: { auth0_client: entries } }, null, 2) + '\n';
const spa = (name: string, extra: Record<string, unknown>) => ({ name, app_type: 'spa', ...extra });

/** `line:col` of the first occurrence of `needle` in `text` (`skip` characters into it), or of the last one */
function at(text: string, needle: string, skip = 0, last = false): string {
  const i = (last ? text.lastIndexOf(needle) : text.indexOf(needle)) + skip;
  const before = text.slice(0, i);
  return `${before.split('\n').length}:${i - before.lastIndexOf('\n')}`;
}

async function compact(dir: string, args: string[] = ['.']) {
  const run = await runCli([...args, '-f', 'compact'], { cwd: dir });
  return { ...run, lines: run.stdout.split('\n').filter((l) => l.includes(': ')) };
}

describe('.tf.json values', () => {
  it('reads strings as templates: variables, locals and escapes as in HCL; functions, directives and the rest unknown', async () => {
    const text = JSON.stringify({
      variable: { x: { default: '${not.a.template}' }, usage: { default: 'Allow' } },
      locals: [{ ired: 'ired' }, { m: { k: 'Deny' } }],
      resource: {
        auth0_client: {
          escaped: spa('E', { organization_usage: '$${var.x}' }),
          variable: spa('V', { organization_usage: '${var.usage}' }),
          joined: spa('J', { organization_usage: 'requ${local.ired}' }),
          indexed: spa('I', { organization_usage: '${local.m["k"]}' }),
          fn: spa('F', { organization_usage: '${upper(var.x)}' }),
          directive: spa('D', { organization_usage: '%{ if true }required%{ endif }' }),
          unclosed: spa('U', { organization_usage: '${var.usage' }),
          missing: spa('M', { organization_usage: '${var.missing}' }),
          strip: spa('S', { organization_usage: '${~ local.ired ~}' }),
          literalDefault: spa('L', { organization_usage: '${var.x}' }),
        },
      },
    }, null, 2);
    const dir = tempTree({ 'main.tf.json': text });
    const { lines, code } = await compact(dir);
    expect(lines).toEqual([
      `main.tf.json:${at(text, '"$${var.x}"')}: error: organization_usage "\${var.x}" is not one of "deny", "allow", "require" [organization-usage-enum]`,
      expect.stringMatching(new RegExp(`^main\\.tf\\.json:${at(text, '"${var.usage}"')}: error: organization_usage "Allow" .*\\(the value of var\\.usage, set at main\\.tf\\.json:${at(text, '"Allow"')}\\)`)),
      expect.stringMatching(new RegExp(`^main\\.tf\\.json:${at(text, '"requ${local.ired}"')}: error: organization_usage "required" .*\\(the value of local\\.ired, set at main\\.tf\\.json:${at(text, ': "ired"', 2)}\\)`)),
      expect.stringMatching(new RegExp(`^main\\.tf\\.json:${at(text, '"${local.m')}: error: organization_usage "Deny" .*the value of local\\.m`)),
      // a variable's default is taken literally: "${not.a.template}" is that text
      `main.tf.json:${at(text, '"${var.x}"')}: error: organization_usage "\${not.a.template}" is not one of "deny", "allow", "require" (the value of var.x, set at main.tf.json:${at(text, '"${not.a.template}"')}) [organization-usage-enum]`,
    ]);
    expect(code).toBe(1);
  });

  it('"//" properties are comments in the root, among labels and in blocks; below the root never directives', async () => {
    const text = JSON.stringify({
      '//': 'generated: orglint-disable-file is not the first word here',
      resource: {
        '//': 'orglint-disable-next-line organization-usage-enum',
        auth0_client: {
          '//': { organization_usage: 'Allow' },
          a: { '//': 'orglint-disable-line', ...spa('A', { organization_usage: 'Allow', client_metadata: { '//': 'kept' } }) },
        },
      },
    }, null, 2);
    const dir = tempTree({ 'main.tf.json': text });
    const { lines, code } = await compact(dir);
    // the "//" label holds a look-alike client: not read
    expect(lines).toEqual([expect.stringContaining(`main.tf.json:${at(text, '"Allow"', 0, true)}: error: organization_usage "Allow"`)]);
    expect(code).toBe(1);
  });

  it('reads nested blocks written as objects and as arrays, and labels written as arrays', async () => {
    const text = JSON.stringify({
      resource: [
        { auth0_client: [{ worker: [{ name: 'W', app_type: 'non_interactive', default_organization: { organization_id: 'org_1', flows: ['client_credentials'] } }] }] },
        { auth0_client: { ws: { name: 'WS', app_type: 'regular_web', organization_usage: 'require', addons: { wsfed: {} } } } },
        { auth0_client_grant: { g: { client_id: '${auth0_client.worker.id}', audience: 'https://api.example.com', scopes: [] } } },
      ],
    }, null, 2);
    const dir = tempTree({ 'main.tf.json': text });
    const { lines } = await compact(dir);
    expect(lines.some((l) => l.includes('[default-organization-without-require-grant]') && l.startsWith(`main.tf.json:${at(text, '"default_organization"')}:`))).toBe(true);
    expect(lines.some((l) => l.includes('[organization-incompatible-grant]'))).toBe(true);
  });
});

describe('suppressions in .tf.json', () => {
  it('a root "//" that starts with orglint-disable-file is that directive (as tflint reads tflint-ignore-file there)', async () => {
    const text = JSON.stringify({
      '//': ['built by the vendor tool', 'orglint-disable-file organization-usage-enum, require-no-prompt -- the vendor tool writes these'],
      resource: { auth0_client: { a: spa('A', { organization_usage: 'Allow', organization_require_behavior: 'no_prompt', is_first_party: false }) } },
    }, null, 2);
    const dir = tempTree({ 'main.tf.json': text });
    const run = await runCli(['.', '-f', 'json'], { cwd: dir });
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; line: number; column: number }[]; suppressed: { ruleId: string; suppression: { reason?: string } }[] };
    expect(report.suppressed.map((f) => [f.ruleId, f.suppression.reason])).toEqual([['organization-usage-enum', 'the vendor tool writes these']]);
    // require-no-prompt found nothing to hide: said so at the directive
    expect(report.findings.map((f) => [f.ruleId, `${f.line}:${f.column}`])).toContainEqual(['unused-disable-directive', at(text, '"orglint-disable-file')]);
  });
});

describe('CDK for Terraform output (cdktf.out/stacks/NAME/cdk.tf.json)', () => {
  it('reads its "//" metadata objects as comments and its references as templates', async () => {
    const text = JSON.stringify({
      '//': { metadata: { backend: 'local', stackName: 'auth', version: '0.20.0' }, outputs: {} },
      provider: { auth0: [{ domain: 'example.eu.auth0.com' }] },
      resource: {
        auth0_organization: { acme: { '//': { metadata: { path: 'auth/acme', uniqueId: 'acme' } }, display_name: 'Acme', name: 'acme' } },
        auth0_client: {
          worker: {
            '//': { metadata: { path: 'auth/worker', uniqueId: 'worker' } },
            app_type: 'non_interactive', name: 'Worker',
            default_organization: { flows: ['client_credentials'], organization_id: '${auth0_organization.acme.id}' },
          },
          portal: { '//': { metadata: { path: 'auth/portal', uniqueId: 'portal' } }, app_type: 'spa', name: 'Portal', organization_usage: 'required' },
        },
        auth0_client_grant: { worker_api: { '//': { metadata: { path: 'auth/worker_api', uniqueId: 'worker_api' } }, audience: 'https://api.example.com', client_id: '${auth0_client.worker.id}', scopes: [] } },
      },
      terraform: { required_providers: { auth0: { source: 'auth0/auth0', version: '1.0.0' } } },
    }, null, 2);
    const dir = tempTree({ 'cdktf.out/stacks/auth/cdk.tf.json': text });
    const { lines, code } = await compact(dir);
    expect(lines.map((l) => l.replace(/: (error|warning|info): .*\[/, ' [').replace(/\]$/, ''))).toEqual([
      `cdktf.out/stacks/auth/cdk.tf.json:${at(text, '"required"')} [organization-usage-enum`,
      `cdktf.out/stacks/auth/cdk.tf.json:${at(text, '"default_organization"')} [default-organization-without-require-grant`,
    ].sort());
    expect(code).toBe(1);
  });
});

describe('--fix on .tf.json', () => {
  it('fixes a one-line file in place on its line, and a CRLF file with a byte-order mark keeps both', async () => {
    const one = '{"resource":{"auth0_client":{"a":{"name":"A","app_type":"spa","organization_usage":"Allow"}}}}\n';
    const crlf = '\ufeff{\r\n  "resource": [{"auth0_client": [{"b": [{\r\n    "name": "B",\r\n    "app_type": "spa",\r\n    "organization_usage": "Deny"\r\n  }]}]}]\r\n}\r\n';
    const dir = tempTree({ 'one.tf.json': one, 'crlf.tf.json': crlf });
    const run = await runCli(['--fix', '.'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'one.tf.json'), 'utf8')).toBe(one.replace('"Allow"', '"allow"'));
    expect(readFileSync(path.join(dir, 'crlf.tf.json'), 'utf8')).toBe(crlf.replace('"Deny"', '"deny"'));
  });

  it('removes a setting with its comma, and never rewrites a template', async () => {
    const text = clients({
      a: spa('A', { organization_require_behavior: 'post_login_prompt' }),
      t: spa('T', { organization_usage: '${"Allow"}' }),
    });
    const dir = tempTree({ 'main.tf.json': text });
    const run = await runCli(['--fix', '.', '-f', 'compact'], { cwd: dir });
    const after = readFileSync(path.join(dir, 'main.tf.json'), 'utf8');
    expect(after).toBe(text.replace(',\n        "organization_require_behavior": "post_login_prompt"', ''));
    JSON.parse(after);
    // "${"Allow"}" is known, but it is an expression: the fix is not made on it
    expect(run.stdout).toContain(`main.tf.json:${at(after, '"${\\"Allow\\"}"')}: error: organization_usage "Allow"`);
    expect(run.code).toBe(1);
  });
});

describe('.tf.json among the other JSON', () => {
  it('is never an API dump or a deploy-cli file, nor is a .tfvars.json; .terraform/ is skipped', async () => {
    const client = { name: 'a', app_type: 'spa', organization_usage: 'bad' };
    const dir = tempTree({
      'terraform.tfvars.json': JSON.stringify({ clients: [client] }),
      'clients/a.tf.json': JSON.stringify(client),
      'list.tf.json': JSON.stringify([client]),
      '.terraform/modules/x/main.tf.json': clients({ x: spa('X', { organization_usage: 'bad' }) }),
      'dump.json': JSON.stringify([client]),
    });
    const { lines } = await compact(dir);
    expect(lines).toEqual([expect.stringMatching(/^dump\.json:1:\d+: error: organization_usage "bad"/)]);
    const named = await runCli(['list.tf.json', 'terraform.tfvars.json'], { cwd: dir });
    expect(named.stderr).toContain('list.tf.json: not tenant configuration: a Terraform JSON file without auth0_client');
    expect(named.stderr).toContain('terraform.tfvars.json: not tenant configuration: Terraform variables');
    expect(named.code).toBe(2);
  });

  it('a .tf.json whose root is not one object is a parse error, not a dump', async () => {
    const dir = tempTree({ 'main.tf.json': '[{"resource": {"auth0_client": {}}}]\n' });
    const { lines, code } = await compact(dir, ['main.tf.json']);
    expect(lines).toEqual(['main.tf.json:1:1: error: invalid Terraform JSON: the file must hold one object (of resource, variable, locals, ... blocks) [parse-error]']);
    expect(code).toBe(1);
  });
});

describe('a named file that holds values, not resources (as pre-commit names what changed)', () => {
  const main = 'resource "auth0_client" "a" {\n  name               = "a"\n  app_type           = "spa"\n  organization_usage = var.usage\n}\n';
  it('variables.tf, terraform.tfvars or variables.tf.json named alone lints the Auth0 files of its module', async () => {
    const dir = tempTree({
      'main.tf': main,
      'variables.tf.json': '{"variable": {"usage": {"default": "allow"}}}\n',
      'terraform.tfvars': 'usage = "required"\n',
      'prod.tfvars': 'usage = "Allow"\n',
    });
    for (const named of ['terraform.tfvars', 'variables.tf.json']) {
      const run = await compact(dir, [named]);
      expect(run.lines).toEqual([expect.stringContaining('main.tf:4:24: error: organization_usage "required" is not one of "deny", "allow", "require"; did you mean "require"? (the value of var.usage, set at terraform.tfvars:1:9)')]);
      expect(run.code).toBe(1);
    }
    // a variables file Terraform does not read by itself is part of no module: it says how to give it
    const other = await runCli(['prod.tfvars'], { cwd: dir });
    expect(other.stderr).toContain('prod.tfvars: not tenant configuration: Terraform variables, not linted on their own: terraform.tfvars and *.auto.tfvars are read with the .tf and .tf.json files of their folder, other variables files with --var-file');
    expect(other.code).toBe(2);
  });

  it('a folder with no Auth0 resource stays "not tenant configuration"', async () => {
    const dir = tempTree({ 'variables.tf': 'variable "usage" {\n  default = "allow"\n}\n', 'terraform.tfvars': 'usage = "required"\n' });
    const run = await runCli(['terraform.tfvars', 'variables.tf'], { cwd: dir });
    expect(run.stderr).toContain('variables.tf: not tenant configuration: a Terraform file without auth0_client');
    expect(run.code).toBe(2);
  });
});

describe('override files (override.tf, *_override.tf, and their .tf.json forms)', () => {
  it('are merged in last: a default they set is the value, an attribute they set is unknown, never the old one', async () => {
    const dir = tempTree({
      'main.tf': 'variable "usage" {\n  default = "required"\n}\nresource "auth0_client" "a" {\n  name               = "a"\n  app_type           = "spa"\n  organization_usage = "Allow"\n}\nresource "auth0_client" "b" {\n  name               = "b"\n  app_type           = "spa"\n  organization_usage = var.usage\n}\n',
      'main_override.tf': 'resource "auth0_client" "a" {\n  organization_usage = "allow"\n}\n',
      'override.tf.json': '{"variable": {"usage": {"default": "Deny"}}}\n',
    });
    const { lines, code } = await compact(dir);
    // "Allow" is replaced by the override (unknown here), and var.usage is the override's "Deny", named where it is set
    expect(lines).toEqual([expect.stringMatching(/^main\.tf:12:24: error: organization_usage "Deny" .*\(the value of var\.usage, set at override\.tf\.json:1:36\)/)]);
    expect(code).toBe(1);
  });

  it('an override in one syntax applies to a resource in the other', async () => {
    const dir = tempTree({
      'main.tf.json': '{"resource": {"auth0_client": {"a": {"name": "A", "app_type": "spa", "organization_usage": "Allow"}}}}\n',
      'x_override.tf': 'resource "auth0_client" "a" {\n  organization_usage = "allow"\n}\n',
    });
    expect(await compact(dir).then((r) => [r.lines, r.code])).toEqual([[], 0]);
  });
});

describe('broken files of a module', () => {
  it('a broken .tf.json, terraform.tfvars.json or --var-file beside a linted main.tf is reported where it breaks', async () => {
    const main = 'resource "auth0_client" "a" {\n  name               = "a"\n  app_type           = "spa"\n  organization_usage = var.usage\n}\n';
    const dir = tempTree({
      'main.tf': main,
      'variables.tf.json': '{"variable": {"usage": {"default": "required"}}\n',
      'env/prod.tfvars': 'usage = "allow\n',
    });
    const run = await compact(dir, ['main.tf', '--var-file', 'env/prod.tfvars']);
    expect(run.lines).toEqual([
      'env/prod.tfvars:1:15: error: invalid HCL: a quoted string cannot span lines (use a heredoc) [parse-error]',
      expect.stringMatching(/^env\/prod\.tfvars:2:1: error: invalid HCL: missing/),
      "variables.tf.json:2:1: error: invalid JSON: expected '}' [parse-error]",
    ]);
    expect(run.code).toBe(1);
    const vars = tempTree({ 'main.tf': main, 'variables.tf': 'variable "usage" {\n  default = "allow"\n}\n', 'terraform.tfvars.json': '["usage"]\n' });
    const broken = await compact(vars, ['main.tf']);
    // the default is not read as if the broken file did not set the variable
    expect(broken.lines).toEqual(['terraform.tfvars.json:1:1: error: invalid variables file: a .tfvars.json file holds one JSON object of variable values [parse-error]']);
    expect(broken.code).toBe(1);
  });

  it('a module of .tf and .tf.json files is one group: its broken file is reported once, on one thread or two', async () => {
    const dir = tempTree({
      'main.tf': 'resource "auth0_client" "a" {\n  name     = "a"\n  app_type = "spa"\n}\n',
      'grants.tf.json': '{"resource": {"auth0_client_grant": {"g": {"client_id": "${auth0_client.a.id}", "audience": "https://api.example.com"}}}}\n',
      'variables.tf': 'variable "usage" {\n',
    });
    for (const threads of ['1', '2']) {
      const run = await compact(dir, ['main.tf', 'grants.tf.json', 'variables.tf', '--threads', threads]);
      expect(run.lines.filter((l) => l.includes('[parse-error]'))).toEqual(['variables.tf:2:1: error: invalid HCL: missing "}" [parse-error]']);
      expect(run.code).toBe(1);
    }
  });

  it('a module file that cannot be read (binary, too large) is reported too, never read as absent', async () => {
    const dir = tempTree({
      'main.tf': 'resource "auth0_client" "a" {\n  name               = "a"\n  app_type           = "spa"\n  organization_usage = var.usage\n}\n',
      'variables.tf': 'variable "usage" {\n  default = "allow"\n}\n',
      'terraform.tfvars': 'usage\u0000 = "x"\n',
      'big.tf.json': `{"//": "${'x'.repeat(2048)}"}\n`,
      '.orglint.yaml': 'maxFileSize: 1024\n',
    });
    const run = await compact(dir, ['main.tf']);
    expect(run.lines).toEqual([
      'big.tf.json:1:1: error: file is 2 KiB, over the 1 KiB limit (raise maxFileSize in the config to read it) [file-too-large]',
      'terraform.tfvars:1:1: error: binary file: not YAML or JSON text [parse-error]',
    ]);
    expect(run.code).toBe(1);
  });

  it('deploy-cli keyword placeholders are not Terraform: an unquoted @@KEY@@ is invalid JSON there, never read as a string', async () => {
    const dir = tempTree({
      'main.tf.json': '{"resource":{"auth0_client":{"a":{"name":"A","app_type":"spa","organization_usage":@@USAGE@@}}}}\n',
      'terraform.tfvars.json': '{"u": @@U@@}\n',
      'b.tf': 'variable "u" {}\nresource "auth0_client" "b" {\n  name               = "b"\n  app_type           = "spa"\n  organization_usage = var.u\n}\n',
    });
    const run = await compact(dir);
    expect(run.lines).toEqual([
      'main.tf.json:1:84: error: invalid JSON: unexpected character [parse-error]',
      'main.tf.json:1:93: error: invalid JSON: expected a value [parse-error]',
      'terraform.tfvars.json:1:7: error: invalid JSON: unexpected character [parse-error]',
      'terraform.tfvars.json:1:12: error: invalid JSON: expected a value [parse-error]',
    ]);
    expect(run.code).toBe(1);
  });

  it('a broken module file the config ignores is not reported (its values stay unknown)', async () => {
    const dir = tempTree({
      'main.tf': 'resource "auth0_client" "a" {\n  name               = "a"\n  app_type           = "spa"\n  organization_usage = var.usage\n}\n',
      'legacy.tf': 'variable "usage" {\n  default = "required"\n',
      '.orglint.yaml': 'ignore:\n  - legacy.tf\n',
    });
    const run = await compact(dir, ['main.tf']);
    expect([run.lines, run.code]).toEqual([[], 0]);
  });

  it('a hostile .tf.json (deep nesting, prototype keys, escaped names) is read or reported, never a crash', async () => {
    const deep = '{"resource": {"auth0_client": {"a": {"name": "A", "app_type": "spa", "client_metadata": ' + '['.repeat(5000) + ']'.repeat(5000) + '}}}}\n';
    const dir = tempTree({
      'deep.tf.json': deep,
      'proto.tf.json': '{"resource": {"auth0_client": {"__proto__": {"name": "P", "app_type": "spa", "organization_usage": "Allow", "constructor": 1}}}}\n',
      'escaped.tf.json': '{"resource": {"auth0\\u005fclient": {"e": {"name": "E", "app_type": "spa", "organization_usage": "Allow"}}}}\n',
    });
    const { lines, stderr, code } = await compact(dir);
    expect(stderr).not.toContain('internal error');
    expect(lines).toEqual([
      'deep.tf.json:1:1: error: invalid JSON: nesting is too deep to read [parse-error]',
      expect.stringMatching(/^escaped\.tf\.json:1:\d+: error: organization_usage "Allow"/),
      expect.stringMatching(/^proto\.tf\.json:\d+:\d+: error: organization_usage "Allow"/),
    ]);
    expect(code).toBe(1);
  });
});
