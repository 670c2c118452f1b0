/** Every rule, sorted by id. `npm test` checks that each folder under rules/ is listed here. */
import type { AnyRule } from '../src/rule-api/define-rule';
import allowAnyOrganization from './allow-any-organization/index';
import clientGrantOrganizationUsageEnum from './client-grant-organization-usage-enum/index';
import clientGrantRequireWithoutOrganization from './client-grant-require-without-organization/index';
import defaultOrganizationValid from './default-organization-valid/index';
import defaultOrganizationWithoutRequireGrant from './default-organization-without-require-grant/index';
import discoveryMethodsWithoutPreLoginPrompt from './discovery-methods-without-pre-login-prompt/index';
import organizationBrandingColors from './organization-branding-colors/index';
import organizationConnectionNotEnabledForClient from './organization-connection-not-enabled-for-client/index';
import organizationConnectionOptionMismatch from './organization-connection-option-mismatch/index';
import organizationConnectionsAllHidden from './organization-connections-all-hidden/index';
import organizationConnectionsLimit from './organization-connections-limit/index';
import organizationDiscoveryDomainUnverified from './organization-discovery-domain-unverified/index';
import organizationDiscoveryMethodsValid from './organization-discovery-methods-valid/index';
import organizationDisplayName from './organization-display-name/index';
import organizationIncompatibleGrant from './organization-incompatible-grant/index';
import organizationInvitationWithoutLoginRoute from './organization-invitation-without-login-route/index';
import organizationMetadataLimits from './organization-metadata-limits/index';
import organizationNamePlaceholder from './organization-name-placeholder/index';
import organizationNameValid from './organization-name-valid/index';
import organizationRequireBehaviorEnum from './organization-require-behavior-enum/index';
import organizationRequiresNewUniversalLogin from './organization-requires-new-universal-login/index';
import organizationSignupRequiresMembership from './organization-signup-requires-membership/index';
import organizationThirdPartyClient from './organization-third-party-client/index';
import organizationUsageEnum from './organization-usage-enum/index';
import organizationUsageOnM2m from './organization-usage-on-m2m/index';
import patchInsufficientScope from './patch-insufficient-scope/index';
import patchInvalidBody from './patch-invalid-body/index';
import patchInvalidUri from './patch-invalid-uri/index';
import patchReadOnlyField from './patch-read-only-field/index';
import patchThirdPartyOrganization from './patch-third-party-organization/index';
import patchUnknownField from './patch-unknown-field/index';
import postLoginPromptRequiresOidcConformant from './post-login-prompt-requires-oidc-conformant/index';
import requireBehaviorWithoutRequire from './require-behavior-without-require/index';
import requireNoPrompt from './require-no-prompt/index';
import requireWithoutOrganizations from './require-without-organizations/index';
import thirdPartyOrganizationPrompt from './third-party-organization-prompt/index';
import uniqueClientNames from './unique-client-names/index';
import uniqueOrganizationNames from './unique-organization-names/index';
import unknownField from './unknown-field/index';
import unresolvedKeyword from './unresolved-keyword/index';

export const RULES: readonly AnyRule[] = [
  allowAnyOrganization,
  clientGrantOrganizationUsageEnum,
  clientGrantRequireWithoutOrganization,
  defaultOrganizationValid,
  defaultOrganizationWithoutRequireGrant,
  discoveryMethodsWithoutPreLoginPrompt,
  organizationBrandingColors,
  organizationConnectionNotEnabledForClient,
  organizationConnectionOptionMismatch,
  organizationConnectionsAllHidden,
  organizationConnectionsLimit,
  organizationDiscoveryDomainUnverified,
  organizationDiscoveryMethodsValid,
  organizationDisplayName,
  organizationIncompatibleGrant,
  organizationInvitationWithoutLoginRoute,
  organizationMetadataLimits,
  organizationNamePlaceholder,
  organizationNameValid,
  organizationRequireBehaviorEnum,
  organizationRequiresNewUniversalLogin,
  organizationSignupRequiresMembership,
  organizationThirdPartyClient,
  organizationUsageEnum,
  organizationUsageOnM2m,
  patchInsufficientScope,
  patchInvalidBody,
  patchInvalidUri,
  patchReadOnlyField,
  patchThirdPartyOrganization,
  patchUnknownField,
  postLoginPromptRequiresOidcConformant,
  requireBehaviorWithoutRequire,
  requireNoPrompt,
  requireWithoutOrganizations,
  thirdPartyOrganizationPrompt,
  uniqueClientNames,
  uniqueOrganizationNames,
  unknownField,
  unresolvedKeyword,
];
