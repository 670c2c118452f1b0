import { defineRule } from '../../src/rule-api/define-rule';
import { isObject } from '../../src/rule-api/helpers';
import { connectionStrategy, findConnection } from '../../src/rule-api/tenant-model';
import { ENTERPRISE } from '../organization-connections-all-hidden/index';

export default defineRule({
  id: 'organization-connection-option-mismatch',
  meta: {
    description: "is_signup_enabled applies only to an organization's database connections, show_as_button only to its enterprise connections",
    severity: 'warning',
    fixable: [],
    scope: 'organization',
    source: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-connections',
    needs: ['connection', 'database'],
  },
  defaultOptions: {},
  messages: {
    signupNotDatabase:
      'is_signup_enabled is true for connection {{connection}} of organization {{organization}}, but it is {{what}}: signup on the organization prompt applies only to database connections',
    buttonNotEnterprise:
      'show_as_button is false for connection {{connection}} of organization {{organization}}, but it is {{what}}: only enterprise connections can be hidden from the organization prompt, so it stays visible',
  },
  check(ctx) {
    const list = ctx.resource.value.connections;
    if (!Array.isArray(list)) return;
    list.forEach((entry, i) => {
      if (!isObject(entry)) return;
      const signup = entry.is_signup_enabled === true;
      const hidden = entry.show_as_button === false;
      if (!signup && !hidden) return;
      // the API and Terraform give the strategy on the entry; deploy-cli names the connection
      let strategy = typeof entry.strategy === 'string' ? entry.strategy : undefined;
      const key = typeof entry.name === 'string' && entry.name !== '' ? entry.name : entry.connection_id;
      if (strategy === undefined && typeof key === 'string' && key !== '') {
        const found = findConnection(ctx.tenant, key, ctx.resources);
        if (found.known && found.connection) strategy = connectionStrategy(found.connection);
      }
      // an unknown strategy (or a placeholder) decides nothing
      if (strategy === undefined || /^(##|@@)/.test(strategy)) return;
      const data = { connection: JSON.stringify(typeof key === 'string' ? key : `connections[${i}]`), organization: JSON.stringify(ctx.resource.name), what: strategy === 'auth0' ? 'a database connection (strategy "auth0")' : `a connection of strategy ${JSON.stringify(strategy)}` };
      if (signup && strategy !== 'auth0') ctx.report({ messageId: 'signupNotDatabase', at: ['connections', i, 'is_signup_enabled'], data });
      if (hidden && !ENTERPRISE.has(strategy)) ctx.report({ messageId: 'buttonNotEnterprise', at: ['connections', i, 'show_as_button'], data });
    });
  },
});
