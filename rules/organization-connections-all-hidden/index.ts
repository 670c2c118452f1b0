import { defineRule } from '../../src/rule-api/define-rule';
import { isObject } from '../../src/rule-api/helpers';
import type { SourceDocument } from '../../src/sources/document';

/** Enterprise strategies: the only connections `show_as_button` applies to. */
const ENTERPRISE = new Set(['ad', 'adfs', 'auth0-adldap', 'google-apps', 'ip', 'office365', 'oidc', 'okta', 'pingfederate', 'samlp', 'sharepoint', 'waad']);

const strategyCache = new WeakMap<SourceDocument, Map<string, string>>();

/** Connection name → strategy, from the `connections` and `databases` sections of the same tenant.yaml. */
function strategies(doc: SourceDocument): Map<string, string> {
  let map = strategyCache.get(doc);
  if (map) return map;
  map = new Map();
  const root = doc.value;
  if (isObject(root)) {
    for (const d of Array.isArray(root.databases) ? root.databases : []) if (isObject(d) && typeof d.name === 'string') map.set(d.name, 'auth0');
    for (const c of Array.isArray(root.connections) ? root.connections : []) {
      if (isObject(c) && typeof c.name === 'string' && typeof c.strategy === 'string') map.set(c.name, c.strategy);
    }
  }
  strategyCache.set(doc, map);
  return map;
}

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
    const known = strategies(ctx.resource.doc);
    const hidden = (c: Record<string, unknown>) => {
      if (c.show_as_button !== false) return false; // absent means the default, true; a placeholder may be true
      // the connection's own strategy when the source gives it (a live tenant, a Terraform plan), else by name
      const strategy = typeof c.strategy === 'string' ? c.strategy : typeof c.name === 'string' ? known.get(c.name) : undefined;
      // a database or social connection is on the prompt whatever show_as_button says
      return strategy === undefined || ENTERPRISE.has(strategy);
    };
    if (!enabled.every(hidden)) return;
    ctx.report({ messageId: 'allHidden', at: ['connections'], target: 'key', data: { name: JSON.stringify(ctx.resource.name) } });
  },
});
