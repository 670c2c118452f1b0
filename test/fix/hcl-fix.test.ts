/**
 * `--fix` on `.tf` files through the CLI: text edits that keep comments and alignment, proven by parsing the
 * result again; a value that comes from a variable is left alone, with the reason in the finding.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const MAIN = `# Customer portal
resource "auth0_client" "portal" {
  name                           = "Portal" # shown on the login page
  app_type                       = "regular_web"
  organization_usage             = "Require" // typo: capital R
  organization_discovery_methods = ["email"]

  default_organization {
    organization_id = "org_123"
    flows           = ["authorization_code", "client_credentials"]
  }
}

resource "auth0_organization" "acme" {
  name = "acme"
}

resource "auth0_organization_connection" "acme_db" {
  organization_id   = auth0_organization.acme.id
  connection_id     = "con_1"
  is_signup_enabled = true
}
`;

describe('--fix on .tf files', () => {
  it('edits only the values concerned, keeping comments and the = alignment', async () => {
    const dir = tempTree({ 'main.tf': MAIN });
    const run = await runCli(['--fix-unsafe', '--format', 'compact', '.'], { cwd: dir });
    const after = readFileSync(path.join(dir, 'main.tf'), 'utf8');
    expect(after).toBe(`# Customer portal
resource "auth0_client" "portal" {
  name                           = "Portal" # shown on the login page
  app_type                       = "regular_web"
  organization_usage             = "require" // typo: capital R
  organization_discovery_methods = null

  default_organization {
    organization_id = "org_123"
    flows           = ["authorization_code", "client_credentials"]
  }
}

resource "auth0_organization" "acme" {
  name = "acme"
}

resource "auth0_organization_connection" "acme_db" {
  organization_id   = auth0_organization.acme.id
  connection_id     = "con_1"
  is_signup_enabled = false
}
`);
    expect(run.stderr).toBe('');
  });

  it('keeps CRLF line ends, and shows the edits with --fix-dry-run without writing', async () => {
    const crlf = 'resource "auth0_client" "a" {\r\n  name               = "A"\r\n  organization_usage = "Allow"\r\n}\r\n';
    const dir = tempTree({ 'main.tf': crlf });
    const dry = await runCli(['--fix-dry-run', '.'], { cwd: dir });
    // the diff keeps the file's CRLF, so `git apply` takes it
    expect(dry.stdout).toContain('-  organization_usage = "Allow"\r\n+  organization_usage = "allow"\r\n');
    expect(readFileSync(path.join(dir, 'main.tf'), 'utf8')).toBe(crlf);
    await runCli(['--fix', '.'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'main.tf'), 'utf8')).toBe(crlf.replace('"Allow"', '"allow"'));
  });

  it('leaves a value that comes from a variable, and says why', async () => {
    const text = 'resource "auth0_client" "a" {\n  name               = "A"\n  organization_usage = var.usage\n}\n\nvariable "usage" {\n  default = "Allow"\n}\n';
    const dir = tempTree({ 'main.tf': text });
    const run = await runCli(['--fix', '--format', 'json', '.'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'main.tf'), 'utf8')).toBe(text);
    const [f] = JSON.parse(run.stdout).findings;
    expect(f).toMatchObject({ ruleId: 'organization-usage-enum', line: 3, column: 24, fix: null });
    expect(f.message).toContain('(the value of var.usage, set at main.tf:7:13); --fix leaves it: the value comes from var.usage, change it where the variable is set');
    expect(f.related).toEqual([{ file: 'main.tf', line: 7, column: 13, endLine: 7, endColumn: 20, message: 'var.usage is set here' }]);
  });

  it('reads --var-file after the folder’s own variables', async () => {
    const dir = tempTree({
      'main.tf': 'resource "auth0_client" "a" {\n  name               = "A"\n  organization_usage = var.usage\n}\nvariable "usage" {\n  default = "allow"\n}\n',
      'prod.tfvars': 'usage = "Require"\n',
    });
    const plain = await runCli(['--format', 'compact', '.'], { cwd: dir });
    expect(plain.stdout).not.toContain('organization-usage-enum');
    const withVars = await runCli(['--format', 'compact', '--var-file', 'prod.tfvars', '.'], { cwd: dir });
    expect(withVars.stdout).toContain('main.tf:3:24: error: organization_usage "Require" is not one of');
    expect(withVars.stdout).toContain('(the value of var.usage, set at prod.tfvars:1:9)');
    const sarif = JSON.parse((await runCli(['-f', 'sarif', '--var-file', 'prod.tfvars', '.'], { cwd: dir })).stdout);
    const [result] = sarif.runs[0].results;
    expect(result.relatedLocations).toEqual([
      { id: 0, physicalLocation: { artifactLocation: { uri: expect.stringMatching(/prod\.tfvars$/) }, region: { startLine: 1, startColumn: 9, endLine: 1, endColumn: 18 } }, message: { text: 'var.usage is set here' } },
    ]);
    const missing = await runCli(['--var-file', 'nope.tfvars', '.'], { cwd: dir });
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('--var-file nope.tfvars: no such file')]);
  });
});
