import { defineRule } from '../../src/rule-api/define-rule';
import { isObject } from '../../src/rule-api/helpers';
import { connectionStrategy, findConnection } from '../../src/rule-api/tenant-model';

/** Enterprise strategies: the only connections `show_as_button` applies to. */
export const ENTERPRISE = new Set(['ad', 'adfs', 'auth0-adldap', 'google-apps', 'ip', 'office365', 'oidc', 'okta', 'pingfederate', 'samlp', 'sharepoint', 'waad']);

export default defineRule({
  id: 'organization-connections-all-hidden',
  meta: {
    description: 'an organization needs at least one connection shown on its login prompt',
    severity: 'warning',
    fixable: [],
    scope: 'organization',
    source: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-connections',
  },
  defaultOptions: {},
  messages: {
    allHidden:
      'every connection of organization {{name}} has show_as_button false, so its login prompt offers no way to log in; only requests that name a connection get through',
  },
  check(ctx) {
    const connections = ctx.resource.value.connections;
    if (!Array.isArray(connections)) return;
    const enabled = connections.filter((c) => isObject(c) && c.is_enabled !== false) as Record<string, unknown>[];
    if (enabled.length === 0) return;
    const strategyOf = (c: Record<string, unknown>): string | undefined => {
      if (typeof c.strategy === 'string') return c.strategy;
      const key = typeof c.name === 'string' && c.name !== '' ? c.name : c.connection_id;
      if (typeof key !== 'string' || key === '') return undefined;
      const found = findConnection(ctx.tenant, key);
      return found.known && found.connection ? connectionStrategy(found.connection) : undefined;
    };
    const hidden = (c: Record<string, unknown>) => {
      if (c.show_as_button !== false) return false; // absent means the default, true; a placeholder may be true
      const strategy = strategyOf(c);
      // a database or social connection is on the prompt whatever show_as_button says
      return strategy === undefined || ENTERPRISE.has(strategy);
    };
    if (!enabled.every(hidden)) return;
    ctx.report({ messageId: 'allHidden', at: ['connections'], target: 'key', data: { name: JSON.stringify(ctx.resource.name) } });
  },
});
