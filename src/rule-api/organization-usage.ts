import type { Resource } from './resource';

/**
 * How an application uses Organizations for user logins: `allow` or `require`, else undefined (deny, unset,
 * a placeholder, or absent from a PATCH body or plan, where it is the unknown current value). The API sets
 * `require` itself on `express_configuration` applications.
 */
export function userOrganizationUsage(c: Resource): 'allow' | 'require' | undefined {
  const v = c.value;
  if (v.app_type === 'express_configuration') return 'require';
  // a machine-to-machine application has no user logins; organization-usage-on-m2m reports its usage
  if (v.app_type === 'non_interactive') return undefined;
  return v.organization_usage === 'allow' || v.organization_usage === 'require' ? v.organization_usage : undefined;
}
