/**
 * Shapes seen in public Terraform configurations for the Auth0 provider (written here anew, not copied):
 * names built from variables, for_each with each.value, dynamic blocks, commented-out blocks, jsonencode with
 * `$${...}`, heredocs with interpolations, count and `[0]` references, other providers' resources.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, tempTree } from '../../helpers/lint';

const MAIN = `locals {
  site = "portal.example.org"
}

resource "auth0_client" "api" {
  name     = "\${var.tenant_name}-API"
  app_type = "non_interactive"
}

resource "auth0_client" "dashboard" {
  name                          = "\${var.tenant_name}-Dashboard"
  app_type                      = "regular_web"
  callbacks                     = ["https://\${local.site}/callback"]
  organization_usage            = "require"
  organization_require_behavior = "post_login_prompt"
  /*
  default_organization {
    organization_id = auth0_organization.main.id
    flows = ["client_credentials"]
  }
  */
}

resource "auth0_client" "apps" {
  for_each                      = var.apps
  name                          = each.value.name
  organization_usage            = each.value.organization_usage
  organization_require_behavior = each.value.organization_require_behavior
  dynamic "refresh_token" {
    for_each = each.value.refresh_token != null ? [1] : []
    content {
      rotation_type = each.value.refresh_token.rotation_type
    }
  }
}

resource "auth0_client" "optional" {
  count                         = var.enabled ? 1 : 0
  name                          = "Optional"
  organization_usage            = "allow"
  organization_require_behavior = var.behavior
}

resource "auth0_client_grant" "optional" {
  count     = var.enabled ? 1 : 0
  client_id = auth0_client.optional[0].id
  audience  = "https://api.example.org"
  scopes    = []
}

resource "auth0_connection" "workforce" {
  name     = "workforce"
  strategy = "okta"
  options {
    client_id     = okta_app_oauth.auth0.client_id
    client_secret = okta_app_oauth.auth0.client_secret
    attribute_map {
      mapping_mode = "basic_profile"
      attributes = jsonencode({
        "email" : "$\${context.tokenset.email}"
      })
    }
  }
}

resource "auth0_organization" "main" {
  name         = "main"
  display_name = "Main"
}

resource "auth0_organization_connection" "workforce" {
  organization_id            = auth0_organization.main.id
  connection_id              = auth0_connection.workforce.id
  assign_membership_on_login = true
}

resource "local_file" "config" {
  filename = "\${path.module}/config.json"
  content  = <<-EOT
{
  "clientId": "\${auth0_client.dashboard.client_id}"
}
EOT
}
`;

describe('shapes of public Auth0 configurations', () => {
  it('read without a parse error or a false finding; unknown names are not duplicates', async () => {
    const dir = tempTree({ 'main.tf': MAIN, 'variables.tf': 'variable "tenant_name" {}\nvariable "apps" {}\nvariable "enabled" { default = true }\nvariable "behavior" {}\n' });
    const result = await lint([dir], { cwd: dir });
    expect(result.findings.map((f) => `${path.basename(f.file)}:${f.line}:${f.column} ${f.ruleId}`)).toEqual([]);
    const clients = result.tenants.flatMap((t) => t.clients.map((c) => c.name)).sort();
    expect(clients).toEqual(['auth0_client.api', 'auth0_client.apps', 'auth0_client.dashboard', 'auth0_client.optional']);
    const org = result.tenants.flatMap((t) => t.organizations)[0];
    expect(org.value.connections).toEqual([{ connection_id: '##known-after-apply##', assign_membership_on_login: true, name: 'workforce', strategy: 'okta' }]);
  });
});
