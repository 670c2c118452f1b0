import { defineRule } from '../../src/rule-api/define-rule';
import { clientsOfGrant } from '../../src/rule-api/tenant-index';

export default defineRule({
  id: 'allow-any-organization',
  meta: {
    description: 'allow_any_organization on a client grant is for trusted internal applications only, never third-party ones',
    severity: 'warning',
    fixable: [],
    scope: 'tenant',
    source: 'https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access',
  },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { trustedClients: { type: 'array', items: { type: 'string' } } },
  },
  defaultOptions: { trustedClients: [] as string[] },
  messages: {
    anyOrganization:
      'the grant of {{client}} for {{audience}} has allow_any_organization true: it may act in every organization, not only those it is associated with; keep this for trusted internal applications',
    thirdParty:
      'the grant of third-party client {{client}} for {{audience}} has allow_any_organization true: an outside application could act in every organization, and Auth0 does not offer this to third-party clients',
  },
  check(ctx) {
    const trusted = new Set(ctx.options.trustedClients);
    for (const grant of ctx.tenant.clientGrants) {
      if (grant.value.allow_any_organization !== true) continue;
      // the grant's client, by client_id or (deploy-cli) by name: one map lookup, built once per tenant
      const owners = clientsOfGrant(ctx.tenant, grant);
      const clientId = grant.value.client_id;
      const client = JSON.stringify(owners[0]?.name ?? (typeof clientId === 'string' ? clientId : '?'));
      const data = { client, audience: JSON.stringify(grant.value.audience ?? '?') };
      const base = { resource: grant, at: ['allow_any_organization'] };
      if (owners.some((c) => c.value.is_first_party === false)) {
        ctx.report({ ...base, messageId: 'thirdParty', data, severity: 'error' });
        continue;
      }
      const names = [clientId, ...owners.flatMap((c) => [c.value.name, c.value.client_id])];
      if (names.some((n) => typeof n === 'string' && trusted.has(n))) continue;
      ctx.report({ ...base, messageId: 'anyOrganization', data });
    }
  },
});
