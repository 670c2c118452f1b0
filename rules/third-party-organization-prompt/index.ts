import { defineRule } from '../../src/rule-api/define-rule';
import { isPlaceholder } from '../../src/rule-api/helpers';
import type { Tenant } from '../../src/rule-api/resource';

const domainConnection = new WeakMap<Tenant, 'yes' | 'no' | 'unsure'>();

/** Does the tenant have a domain-level connection (`is_domain_connection: true`), as far as the export shows? */
function hasDomainConnection(tenant: Tenant): 'yes' | 'no' | 'unsure' {
  let v = domainConnection.get(tenant);
  if (v === undefined) {
    const flags = tenant.connections.map((c) => c.value.is_domain_connection);
    v = flags.includes(true) ? 'yes' : flags.some(isPlaceholder) ? 'unsure' : 'no';
    domainConnection.set(tenant, v);
  }
  return v;
}

export default defineRule({
  id: 'third-party-organization-prompt',
  meta: {
    description: 'a third-party application that uses Organizations needs a prompt (not no_prompt) and a domain-level connection',
    severity: 'warning',
    fixable: [],
    scope: 'client',
    source: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-third-party-application-access',
    // the prompt check works without connections; only the domain-level check needs them
    reads: ['connection', 'database'],
  },
  defaultOptions: {},
  messages: {
    noPrompt:
      'third-party application {{client}} uses Organizations with organization_require_behavior {{behavior}}: the docs call no_prompt unreliable for third-party applications (they may not send the organization parameter); use post_login_prompt or pre_login_prompt',
    noDomainConnection:
      'third-party application {{client}} uses Organizations, but no connection of this export is domain-level (is_domain_connection: true): third-party applications can log users in only through domain-level connections enabled for the organization',
  },
  check(ctx) {
    // a request body that makes a client third-party is patch-third-party-organization's finding
    if (ctx.resource.origin === 'patch' || ctx.resource.origin === 'har') return;
    const c = ctx.resource.value;
    if (c.is_first_party !== false) return;
    const usage = c.organization_usage;
    if (usage !== 'allow' && usage !== 'require') return;
    const client = JSON.stringify(ctx.resource.name);
    const behavior = c.organization_require_behavior;
    // absent is no_prompt in an export, the unknown current value in a plan
    if (behavior === 'no_prompt' || (behavior === undefined && !ctx.resource.partial)) {
      const at = behavior === undefined ? ['organization_usage'] : ['organization_require_behavior'];
      ctx.report({ messageId: 'noPrompt', at, data: { client, behavior: JSON.stringify(behavior ?? 'no_prompt') + (behavior === undefined ? ' (the default)' : '') } });
    }
    if (hasDomainConnection(ctx.tenant) !== 'no') return;
    // every connection must be known to say that none is domain-level
    const conns = ctx.resources('connection');
    const dbs = conns.known ? ctx.resources('database') : conns;
    if (!conns.known || !dbs.known || conns.state.excluded || dbs.state.excluded) return;
    ctx.report({ messageId: 'noDomainConnection', at: ['is_first_party'], data: { client } });
  },
});
