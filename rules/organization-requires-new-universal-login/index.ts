import { defineRule } from '../../src/rule-api/define-rule';
import { canonicalEnumSpelling, describeValue, didYouMean } from '../../src/rule-api/helpers';
import { isPlaceholder } from '../../src/sources/keywords';
import { userOrganizationUsage } from '../../src/rule-api/organization-usage';
import { resources } from '../../src/rule-api/tenant-model';

export default defineRule({
  id: 'organization-requires-new-universal-login',
  meta: {
    description: 'applications that use Organizations need Universal Login, not Classic Login (prompts.universal_login_experience "classic")',
    severity: 'warning',
    fixable: [],
    scope: 'tenant',
    source: 'https://auth0.com/docs/manage-users/organizations/organizations-overview',
    needs: ['prompts'],
  },
  defaultOptions: {},
  messages: {
    classic:
      'application {{client}} uses Organizations (organization_usage {{usage}}), but the tenant uses Classic Login (prompts.universal_login_experience "classic"): Organizations are supported only with Universal Login',
    invalid:
      'prompts.universal_login_experience {{value}} is not one of "new", "classic" (case-sensitive{{hint}}): the Management API documents only these two, so the deploy may be refused, and which login {{clients}} get is unknown; Organizations are supported only with Universal Login',
  },
  check(ctx) {
    const clients = ctx.tenant.clients.filter((c) => userOrganizationUsage(c));
    if (clients.length === 0) return;
    // a tenant known to have no organization logs nobody in through one
    const orgs = resources(ctx.tenant, 'organization');
    if (orgs.known && orgs.items.length === 0) return;
    const prompts = ctx.resources('prompts');
    if (!prompts.known || prompts.items.length === 0) return;
    // absent (or null: unset, as an empty YAML value reads) keeps the tenant's current experience, which the export
    // does not show; a placeholder is unknown
    const p = prompts.items[0];
    const experience = p.value.universal_login_experience;
    if (experience === 'new' || experience === undefined || experience === null || isPlaceholder(experience)) return;
    if (experience !== 'classic') {
      // "Classic", "universal", true: not a value the API documents; orglint does not assume either login
      const spelled = typeof experience === 'string' ? canonicalEnumSpelling(experience) : '';
      const guess = typeof experience !== 'string' ? undefined : ['new', 'classic'].includes(spelled) ? spelled : didYouMean(spelled, ['new', 'classic']);
      const names = clients.slice(0, 3).map((c) => JSON.stringify(c.name)).join(', ') + (clients.length > 3 ? ` and ${clients.length - 3} more` : '');
      const value = typeof experience === 'string' ? JSON.stringify(experience) : describeValue(experience);
      ctx.report({ messageId: 'invalid', resource: p, at: ['universal_login_experience'], data: { value, hint: guess ? `; did you mean "${guess}"?` : '', clients: `the applications that use Organizations (${names})` } });
      return;
    }
    for (const client of clients) {
      const at = 'organization_usage' in client.value ? ['organization_usage'] : ['app_type'];
      ctx.report({ messageId: 'classic', resource: client, at, data: { client: JSON.stringify(client.name), usage: JSON.stringify(userOrganizationUsage(client)) } });
    }
  },
});
