/**
 * `.tf` files: values known without a plan, the unknown ones never errors, modules read as one tenant,
 * suppressions in HCL comments, and syntax errors with their positions.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../src/rule-api/resource';
import { UNKNOWN } from '../../../src/sources/terraform/hcl-eval';
import { KNOWN_AFTER_APPLY } from '../../../src/sources/terraform/values';
import { defaultConfig } from '../../../src/config/load-config';
import { lintPaths } from '../../../src/engine/lint';
import { RULES } from '../../../rules/index';
import { lint, tempTree } from '../../helpers/lint';

async function lintTree(files: Record<string, string>, paths?: string[]) {
  const dir = tempTree(files);
  const result = await lint((paths ?? ['.']).map((p) => path.join(dir, p)), { cwd: dir });
  const all: Resource[] = result.tenants.flatMap((t) => [...t.clients, ...t.clientGrants, ...t.organizations]);
  const byName = (name: string) => all.find((r) => r.name === name)!;
  const lines = result.findings.map((f) => `${path.relative(dir, f.file)}:${f.line}:${f.column} ${f.ruleId} ${f.resource?.name ?? ''}`.trim());
  return { dir, result, all, byName, lines };
}

describe('values', () => {
  it('reads literals, lists, objects, nested blocks, heredocs, escapes and templates of known parts', async () => {
    const { byName } = await lintTree({
      'main.tf': `locals {
  domain = "example.com"
}

resource "auth0_client" "app" {
  name        = "App \\"one\\" \\u00e9 $\${x}"
  description = <<-EOT
    first line
      indented
    EOT
  callbacks   = ["https://\${local.domain}/cb", "https://b.\${local.domain}/cb"]
  client_metadata = { team = "identity", "cost-center" = 42 }
  is_first_party  = true
  cross_origin_loc = -1
  addons {
    wsfed {}
  }
  jwt_configuration {
    alg = "RS256"
  }
}
`,
    });
    expect(byName('auth0_client.app').value).toEqual({
      name: 'App "one" é ${x}',
      description: 'first line\n  indented\n',
      callbacks: ['https://example.com/cb', 'https://b.example.com/cb'],
      client_metadata: { team: 'identity', 'cost-center': 42 },
      is_first_party: true,
      cross_origin_loc: -1,
      addons: { wsfed: {} },
      jwt_configuration: { alg: 'RS256' },
      client_id: KNOWN_AFTER_APPLY,
    });
  });

  it('leaves functions, conditionals, for, data sources, count/each and dynamic blocks unknown: never an error', async () => {
    const { byName, lines } = await lintTree({
      'main.tf': `data "auth0_tenant" "t" {}

resource "auth0_client" "many" {
  count                         = 2
  name                          = "App \${count.index}"
  organization_usage            = var.enabled ? "require" : "deny"
  organization_require_behavior = lower("PRE_LOGIN_PROMPT")
  callbacks                     = [for d in var.domains : "https://\${d}/cb"]
  description                   = data.auth0_tenant.t.friendly_name
  dynamic "default_organization" {
    for_each = var.orgs
    content {
      organization_id = default_organization.value
      flows           = ["authorization_code"]
    }
  }
}

variable "enabled" {}
variable "domains" {}
variable "orgs" {}
`,
    });
    expect(byName('auth0_client.many').value).toEqual({
      name: UNKNOWN,
      organization_usage: UNKNOWN,
      organization_require_behavior: UNKNOWN,
      callbacks: UNKNOWN,
      description: UNKNOWN,
      default_organization: UNKNOWN,
      client_id: KNOWN_AFTER_APPLY,
    });
    expect(lines).toEqual([]);
  });

  it('takes variables from defaults, terraform.tfvars, *.auto.tfvars (.json too) in Terraform order; sensitive ones stay unknown', async () => {
    const { byName } = await lintTree({
      'main.tf': `resource "auth0_client" "app" {
  name                          = var.name
  organization_usage            = var.usage
  organization_require_behavior = var.behavior
  description                   = var.secret
  app_type                      = var.type
}
`,
      'variables.tf': `variable "name" { default = "From default" }
variable "usage" { default = "deny" }
variable "behavior" { default = "no_prompt" }
variable "type" { default = "spa" }
variable "secret" {
  default   = "hunter2"
  sensitive = true
}
`,
      'terraform.tfvars': 'usage = "allow"\nbehavior = "pre_login_prompt"\n',
      'b.auto.tfvars': 'usage = "require"\n',
      'a.auto.tfvars.json': '{"usage": "deny", "type": "regular_web"}',
    });
    expect(byName('auth0_client.app').value).toEqual({
      name: 'From default',
      organization_usage: 'require',
      organization_require_behavior: 'pre_login_prompt',
      description: UNKNOWN,
      app_type: 'regular_web',
      client_id: KNOWN_AFTER_APPLY,
    });
  });

  it('leaves every variable unknown when a variables file cannot be read', async () => {
    const dir = tempTree({ 'main.tf': 'resource "auth0_client" "a" {\n  organization_usage = var.usage\n}\nvariable "usage" { default = "Require" }\n', 'vars/x': '' });
    // a --var-file that is a folder: it cannot be read, so the default it might override is not taken either
    const result = await lintPaths({ cwd: dir, paths: [dir], config: defaultConfig(dir), rules: RULES, varFiles: [path.join(dir, 'vars')] });
    expect(result.tenants[0].clients[0].value.organization_usage).toBe(UNKNOWN);
    // and it is said: no finding made up, none hidden in silence (the CLI refuses such a --var-file before this)
    expect(result.findings.map((f) => [f.ruleId, path.relative(dir, f.file)])).toEqual([['read-error', 'vars']]);
  });

  it('reads a module folder as one tenant: references across files name their resources', async () => {
    const { byName, lines } = await lintTree(
      {
        'clients.tf': `resource "auth0_client" "worker" {
  name     = "Worker"
  app_type = "non_interactive"
  default_organization {
    organization_id = auth0_organization.acme.id
    flows           = ["client_credentials"]
  }
}
`,
        'grants.tf': `resource "auth0_client_grant" "api" {
  client_id          = auth0_client.worker.id
  audience           = "https://api.example.com"
  scopes             = []
  organization_usage = "require"
}
`,
        'orgs.tf': `resource "auth0_organization" "acme" {
  name = "acme"
}

resource "auth0_connection" "db" {
  name     = "users"
  strategy = "auth0"
}

resource "auth0_organization_connection" "db" {
  organization_id = auth0_organization.acme.id
  connection_id   = auth0_connection.db.id
  show_as_button  = false
}
`,
      },
      // a pre-commit run names one file: the rest of the folder is read as context
      ['clients.tf'],
    );
    expect(byName('auth0_client_grant.api').value.client_id).toBe('Worker');
    expect(byName('auth0_organization.acme').value.connections).toEqual([{ connection_id: KNOWN_AFTER_APPLY, show_as_button: false, name: 'users', strategy: 'auth0' }]);
    // the grant requires an organization, so the default organization applies; a hidden database connection is on the prompt
    expect(lines).toEqual([]);
  });
});

describe('references', () => {
  it('are told apart per resource in one file (two connections, two organizations)', async () => {
    const { byName } = await lintTree({
      'main.tf': `resource "auth0_organization" "a" {
  name = "a"
}
resource "auth0_organization" "b" {
  name = "b"
}
resource "auth0_organization_connection" "a" {
  organization_id = auth0_organization.a.id
  connection_id   = "con_a"
}
resource "auth0_organization_connection" "b" {
  organization_id = auth0_organization.b.id
  connection_id   = "con_b"
}
resource "auth0_organization" "many" {
  count = 2
  name  = "many-\${count.index}"
}
resource "auth0_organization_connection" "many" {
  organization_id = auth0_organization.many[0].id
  connection_id   = "con_m"
}
`,
    });
    const ids = (name: string) => (byName(name).value.connections as { connection_id: string }[] | undefined)?.map((c) => c.connection_id);
    expect([ids('auth0_organization.a'), ids('auth0_organization.b'), ids('auth0_organization.many')]).toEqual([['con_a'], ['con_b'], undefined]);
  });
});

describe('suppressions and syntax errors', () => {
  it('honours orglint-disable comments written with #, // and /* */', async () => {
    const { lines } = await lintTree({
      'main.tf': `resource "auth0_client" "a" {
  name = "A"
  # orglint-disable-next-line organization-usage-enum -- migrating
  organization_usage = "Require"
}
resource "auth0_client" "b" {
  name = "B"
  // orglint-disable-next-line organization-usage-enum
  organization_usage = "Require"
}
resource "auth0_client" "c" {
  name               = "C"
  organization_usage = "Require" /* orglint-disable-line organization-usage-enum */
}
resource "auth0_client" "d" {
  name               = "D"
  description        = "# orglint-disable-next-line organization-usage-enum"
  organization_usage = "Require"
}
`,
    });
    expect(lines).toEqual(['main.tf:18:24 organization-usage-enum auth0_client.d']);
  });

  it('reports each syntax error at its position and reads nothing from a broken file', async () => {
    const { lines, result } = await lintTree({
      'main.tf': `resource "auth0_client" "a" {
  name = "A"
  organization_usage =
  callbacks = ["x"
}
`,
    });
    // tree-sitter reads `organization_usage = callbacks` and stumbles on the second `=`
    expect(result.findings.map((f) => [f.line, f.column, f.message])).toEqual([[4, 3, 'invalid HCL: unexpected "callbacks = ["']]);
    expect(result.findings.every((f) => f.ruleId === 'parse-error')).toBe(true);
    expect(result.tenants.flatMap((t) => t.clients)).toEqual([]);
  });

  it('skips .tf files without Auth0 resources and keeps .terraform/ out of a folder walk', async () => {
    const { result } = await lintTree({
      'main.tf': 'provider "aws" {}\n',
      '.terraform/modules/x/main.tf': 'resource "auth0_client" "x" { organization_usage = "bad" }\n',
    });
    expect(result.files).toEqual([]);
  });
});

describe('hostile .tf files', () => {
  it('a file nested too deep is a parse error, not a crash; prototype keys stay plain data', async () => {
    const deep = `resource "auth0_client" "deep" {\n  name = "Deep"\n  client_metadata = ${'['.repeat(5000)}${']'.repeat(5000)}\n}\n`;
    const proto = `resource "auth0_client" "__proto__" {\n  name = "P"\n  __proto__ = "x"\n  client_metadata = { "__proto__" = { polluted = true }, constructor = 1 }\n  organization_usage = "Require"\n}\n`;
    const { lines, byName } = await lintTree({ 'deep.tf': deep, 'proto.tf': proto });
    expect(lines).toEqual(['deep.tf:3:54 parse-error', 'proto.tf:5:24 organization-usage-enum auth0_client.__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(byName('auth0_client.__proto__').value)).toBe(Object.prototype);
  });
});
