/**
 * A small deploy-cli tenant with known findings, for the output-format tests (examples/ grows with the rules,
 * so tests that pin exact output use this instead):
 *   6:25  error    organization-usage-enum             (client "Supplier Portal")
 *   10:36 error    organization-require-behavior-enum  (client "Reseller Portal")
 *   13:5  warning  require-behavior-without-require    (client "Customer Dashboard")
 */
export const SAMPLE_TENANT = `clients:
  - name: Default App
    organization_usage: deny
    organization_require_behavior: no_prompt
  - name: Supplier Portal
    organization_usage: Require
    organization_require_behavior: pre_login_prompt
  - name: Reseller Portal
    organization_usage: require
    organization_require_behavior: pre-login-prompt
  - name: Customer Dashboard
    organization_usage: deny
    organization_require_behavior: pre_login_prompt
`;
