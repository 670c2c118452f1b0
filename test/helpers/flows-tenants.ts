/** Two commits of one tenant for the login-flow diff tests: usage, behavior, discovery, a grant and a connection change. */

export const BASE_TENANT = `prompts:
  universal_login_experience: new
tenant:
  default_redirection_uri: https://login.acme.example/
clients:
  - name: Partner Portal
    app_type: regular_web
    organization_usage: require
    organization_require_behavior: pre_login_prompt
    organization_discovery_methods: [email]
  - name: Community Site
    app_type: spa
    organization_usage: deny
  - name: Usage Reporter
    app_type: non_interactive
    grant_types: [client_credentials]
clientGrants:
  - client_id: Usage Reporter
    audience: https://api.acme.example
    organization_usage: allow
    allow_any_organization: true
organizations:
  - name: acme
    connections:
      - name: Username-Password-Authentication
        assign_membership_on_login: true
      - name: acme-okta
        assign_membership_on_login: true
connections:
  - name: acme-okta
    strategy: okta
    enabled_clients: [Partner Portal]
`;

/** the next commit: usage, behavior, discovery, a grant and a connection change */
export const HEAD_TENANT = BASE_TENANT.replace(
  '    organization_require_behavior: pre_login_prompt\n    organization_discovery_methods: [email]\n',
  '    organization_require_behavior: no_prompt\n',
)
  .replace('  - name: Community Site\n    app_type: spa\n    organization_usage: deny\n', '  - name: Community Site\n    app_type: spa\n    organization_usage: allow\n    organization_require_behavior: post_login_prompt\n    oidc_conformant: true\n')
  .replace('    organization_usage: allow\n    allow_any_organization: true\n', '    organization_usage: require\n    allow_any_organization: false\n')
  .replace('      - name: acme-okta\n        assign_membership_on_login: true\n', '');
