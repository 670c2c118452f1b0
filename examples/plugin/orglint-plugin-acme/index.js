// An orglint plugin: a module whose default export is { name, rules }. Each rule has the shape defineRule
// gives (id, meta, messages, defaultOptions, check), so the plugin needs no import of orglint at all.
// Its rules are named acme/<id> in every output and in the config.

/** A tenant-wide rule: every client grant must name a client the tenant defines. */
const grantClientExists = {
  id: 'grant-client-exists',
  meta: {
    description: 'a client grant names a client this tenant defines',
    severity: 'error',
    fixable: [],
    scope: 'clientGrant',
    source: 'https://auth0.com/docs/get-started/applications/application-access-to-apis-client-credentials-flow',
  },
  defaultOptions: {},
  messages: {
    missing: 'client grant for {{audience}} names the client {{client}}, which this tenant does not define',
  },
  check(ctx) {
    const grant = ctx.resource.value;
    const client = grant.client_id;
    if (typeof client !== 'string' || /^(##|@@).*(##|@@)$/.test(client)) return; // a placeholder: unknown
    const known = ctx.tenant.clients.some((c) => c.value.name === client || c.value.client_id === client);
    if (!known) ctx.report({ messageId: 'missing', at: ['client_id'], data: { audience: grant.audience, client } });
  },
};

/** A client rule with an option: business apps carry a logo, shown in the organization prompt. */
const orgAppsHaveLogo = {
  id: 'org-apps-have-logo',
  meta: {
    description: 'applications that use Organizations have a logo_uri',
    severity: 'warning',
    fixable: [],
    scope: 'client',
    source: 'https://auth0.com/docs/customize/login-pages/universal-login/customize-themes',
  },
  defaultOptions: { usages: ['allow', 'require'] },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { usages: { type: 'array', items: { enum: ['allow', 'require'] } } },
  },
  messages: { noLogo: '{{name}} uses Organizations ({{usage}}) but has no logo_uri' },
  check(ctx) {
    const c = ctx.resource.value;
    if (!ctx.options.usages.includes(c.organization_usage)) return;
    if (typeof c.logo_uri === 'string' && c.logo_uri) return;
    ctx.report({ messageId: 'noLogo', at: ['organization_usage'], data: { name: ctx.resource.name, usage: c.organization_usage } });
  },
};

export default { name: 'acme', rules: [grantClientExists, orgAppsHaveLogo] };
