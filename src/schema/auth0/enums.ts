/**
 * The enums of clients, client grants and organizations, as the Management API spells them (case-sensitive).
 * Hard-coded enums go stale (Terraform provider issue #679 rejected `post_login_prompt` for months): they live
 * here only, and test/schema/auth0-sdk.test.ts compares them with the newest `auth0` SDK's types.
 */

/** `organization_usage` of a client (`ClientOrganizationUsagePatchEnum`). */
export const ORGANIZATION_USAGE_VALUES = ['deny', 'allow', 'require'] as const;
/** `organization_require_behavior` (`ClientOrganizationRequireBehaviorPatchEnum`). */
export const ORGANIZATION_REQUIRE_BEHAVIOR_VALUES = ['no_prompt', 'pre_login_prompt', 'post_login_prompt'] as const;
/** `organization_discovery_methods` items (`ClientOrganizationDiscoveryEnum`). */
export const ORGANIZATION_DISCOVERY_VALUES = ['email', 'organization_name'] as const;
/** `default_organization.flows` items (`ClientDefaultOrganizationFlowsEnum`). */
export const DEFAULT_ORGANIZATION_FLOW_VALUES = ['client_credentials'] as const;
/** `organization_usage` of a client grant (`ClientGrantOrganizationUsageEnum`; a docs page spells it `required`). */
export const CLIENT_GRANT_ORGANIZATION_USAGE_VALUES = ['deny', 'allow', 'require'] as const;
/** `third_party_client_access` of an organization (`OrganizationThirdPartyClientAccessEnum`, default `block`). */
export const THIRD_PARTY_CLIENT_ACCESS_VALUES = ['allow', 'block'] as const;
/** `token_endpoint_auth_method` (`ClientTokenEndpointAuthMethodOrNullEnum`). */
export const TOKEN_ENDPOINT_AUTH_METHOD_VALUES = ['none', 'client_secret_post', 'client_secret_basic'] as const;
/** `compliance_level` (`ClientComplianceLevelEnum`). */
export const COMPLIANCE_LEVEL_VALUES = ['none', 'fapi1_adv_pkj_par', 'fapi1_adv_mtls_par', 'fapi2_sp_pkj_mtls', 'fapi2_sp_mtls_mtls'] as const;
/** `third_party_security_mode` (`ClientThirdPartySecurityModeEnum`). */
export const THIRD_PARTY_SECURITY_MODE_VALUES = ['strict', 'permissive'] as const;
/** `redirection_policy` (`ClientRedirectionPolicyEnum`). */
export const REDIRECTION_POLICY_VALUES = ['allow_always', 'open_redirect_protection'] as const;

/** `app_type` values (`ClientAppTypeEnum`). */
export const APP_TYPE_VALUES = [
  'native', 'spa', 'regular_web', 'non_interactive', 'resource_server', 'express_configuration', 'b2b_integration',
  'rms', 'box', 'cloudbees', 'concur', 'dropbox', 'mscrm', 'echosign', 'egnyte', 'newrelic', 'office365', 'salesforce',
  'sentry', 'sharepoint', 'slack', 'springcm', 'zendesk', 'zoom', 'sso_integration', 'oag',
] as const;
