import { defineRule } from '../../src/rule-api/define-rule';
import { isObject } from '../../src/rule-api/helpers';

/** Entity limit "Connections per organization". */
const MAX = 10;

export default defineRule({
  id: 'organization-connections-limit',
  meta: {
    description: 'an organization enables at most 10 connections',
    severity: 'error',
    fixable: [],
    scope: 'organization',
    source: 'https://auth0.com/docs/troubleshoot/customer-support/operational-policies/entity-limit-policy',
  },
  defaultOptions: {},
  messages: {
    tooMany: 'organization {{name}} enables {{count}} connections; Auth0 allows at most 10 per organization',
  },
  check(ctx) {
    const connections = ctx.resource.value.connections;
    if (!Array.isArray(connections)) return;
    // `is_enabled: false` keeps a connection's settings while it is switched off for the organization
    const count = connections.filter((c) => isObject(c) && c.is_enabled !== false).length;
    if (count <= MAX) return;
    ctx.report({ messageId: 'tooMany', at: ['connections'], target: 'key', data: { name: JSON.stringify(ctx.resource.name), count } });
  },
});
