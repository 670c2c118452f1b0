# A Terraform module for the Auth0 provider, with one mistake per resource (each named in a comment).
# orglint examples/terraform/module/   (the folder is one tenant: its grants and organizations count together)

resource "auth0_organization" "acme" {
  name         = "acme"
  display_name = "Acme Corporation"
}

# organization-name-valid: upper case and spaces are not allowed in an organization's name
resource "auth0_organization" "globex" {
  name         = "Globex Corp"
  display_name = "Globex"
  branding {
    logo_url = "https://globex.example.com/logo.png"
    colors = {
      # organization-branding-colors: not a 6-digit hex colour
      primary         = "blue"
      page_background = "#ffffff"
    }
  }
}

resource "auth0_connection" "sso" {
  name     = "acme-okta"
  strategy = "okta"
}

# organization-connections-all-hidden: the only connection, enterprise, is hidden from the login prompt
resource "auth0_organization_connection" "acme_sso" {
  organization_id            = auth0_organization.acme.id
  connection_id              = auth0_connection.sso.id
  assign_membership_on_login = true
  show_as_button             = false
}

# organization-signup-requires-membership: signup without membership on login
resource "auth0_organization_connections" "globex" {
  organization_id = auth0_organization.globex.id
  enabled_connections {
    connection_id              = "con_globexdb0000001"
    is_signup_enabled          = true
    assign_membership_on_login = false
  }
}

# organization-usage-enum: "required" is not a value (the value comes from var.reseller_usage)
resource "auth0_client" "reseller_portal" {
  name               = "Reseller Portal"
  app_type           = "regular_web"
  callbacks          = ["https://resellers.example.com/callback"]
  organization_usage = var.reseller_usage
}

# require-behavior-without-require: the prompt type is set but organization_usage is not
resource "auth0_client" "support_desk" {
  name                          = "Support Desk"
  app_type                      = "spa"
  callbacks                     = ["https://support.example.com/callback"]
  organization_require_behavior = "pre_login_prompt"
}

# organization-incompatible-grant: the WS-Fed add-on does not support Organizations
resource "auth0_client" "legacy_intranet" {
  name               = "Legacy Intranet"
  app_type           = "regular_web"
  callbacks          = ["https://intranet.example.com/callback"]
  organization_usage = "allow"
  addons {
    wsfed {}
  }
}

# organization-third-party-client: a third-party application with Organizations; third-party-organization-prompt:
# without organization_require_behavior it is no_prompt, which the docs call unreliable for third-party applications
resource "auth0_client" "partner_app" {
  name               = "Partner App"
  app_type           = "regular_web"
  is_first_party     = false
  callbacks          = ["https://partner.example.org/callback"]
  organization_usage = "allow"
}

# default-organization-without-require-grant: its only grant does not require an organization
resource "auth0_client" "nightly_export" {
  name     = "Nightly Export"
  app_type = "non_interactive"
  default_organization {
    organization_id = auth0_organization.acme.id
    flows           = ["client_credentials"]
  }
}

resource "auth0_client_grant" "nightly_export_api" {
  client_id          = auth0_client.nightly_export.id
  audience           = "https://api.example.com"
  scopes             = ["read:reports"]
  organization_usage = "allow"
}

# client-grant-organization-usage-enum: "required" is not a value
resource "auth0_client_grant" "reporting" {
  client_id          = "Xo3vYz8K0pQr1sTu2vWx3yZa4bCd5eFg"
  audience           = "https://reports.example.com"
  scopes             = ["read:reports"]
  organization_usage = "required"
}

# fine: everything unknown before a plan is left alone (functions, conditionals, other resources' ids)
resource "auth0_client" "dashboard" {
  name                          = "Dashboard ${var.environment}"
  app_type                      = "spa"
  callbacks                     = [for d in var.domains : "https://${d}/callback"]
  organization_usage            = var.environment == "prod" ? "require" : "allow"
  organization_require_behavior = "pre_login_prompt"
}

# organization-connection-not-enabled-for-client: acme's connection acme-okta (auth0_connection.sso) is not
# enabled for this application: auth0_connection_clients.sso below enables it for two others only
resource "auth0_client" "field_service" {
  name                          = "Field Service"
  app_type                      = "regular_web"
  callbacks                     = ["https://field.example.com/callback"]
  organization_usage            = "require"
  organization_require_behavior = "post_login_prompt"
}

resource "auth0_connection_clients" "sso" {
  connection_id   = auth0_connection.sso.id
  enabled_clients = [auth0_client.legacy_intranet.id, auth0_client.partner_app.id]
}
