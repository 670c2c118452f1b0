import { defineRule, type Report } from '../../src/rule-api/define-rule';
import { containsPlaceholder, effectiveOrganizationUsage } from '../../src/rule-api/helpers';

/** The client fields whose URLs may hold `{organization_name}` as documented (Subdomain URL Placeholders). */
export const PLACEHOLDER_FIELDS = ['callbacks', 'allowed_origins'] as const;
/** Every client URL list the rule reads: the documented ones and those the docs say nothing about. */
export const URL_FIELDS = [...PLACEHOLDER_FIELDS, 'web_origins', 'allowed_logout_urls'] as const;

const PLACEHOLDER = '{organization_name}';

/** What is wrong with one URL holding the placeholder, if anything: a message id and its data. */
function problem(url: string): { messageId: string; count?: number } | null {
  const count = url.split(PLACEHOLDER).length - 1;
  const scheme = /^(https?):\/\//i.exec(url);
  if (!scheme) return { messageId: 'notHttp' };
  if (count > 1) return { messageId: 'repeated', count };
  if (url.includes('*')) return { messageId: 'wildcard' };
  // the authority ends at the first / ? #; user info before @ and a port after : are not host labels
  const authority = url.slice(scheme[0].length).split(/[/?#]/, 1)[0];
  const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '');
  const labels = host.split('.');
  if (labels[0] !== PLACEHOLDER || labels.length < 2) return { messageId: 'notSubdomain' };
  return null;
}

/** Does some URL field of the client hold {organization_name}? (Asked of every client: loops, no closures.) */
function holdsPlaceholderUrl(c: Record<string, unknown>): boolean {
  for (let f = 0; f < URL_FIELDS.length; f++) {
    const list = c[URL_FIELDS[f]];
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const u: unknown = list[i];
      if (typeof u === 'string' && u.includes(PLACEHOLDER)) return true;
    }
  }
  return false;
}

export default defineRule({
  id: 'organization-name-placeholder',
  meta: {
    description: '{organization_name} in an application URL must be the whole left-most host label of an http(s) URL, once, without a wildcard',
    severity: 'error',
    fixable: [],
    scope: 'client',
    source: 'https://auth0.com/docs/get-started/applications/wildcards-for-subdomains',
  },
  defaultOptions: {},
  messages: {
    notSubdomain:
      '{{url}} in {{field}}: {organization_name} must be the whole left-most label of a host under your domain, as in "https://{organization_name}.example.com/callback"{{note}}',
    repeated: '{{url}} in {{field}} holds {organization_name} {{count}} times; a URL may hold it once, as the left-most host label{{note}}',
    wildcard: '{{url}} in {{field}} mixes {organization_name} with a "*" wildcard; a URL may use one or the other, not both{{note}}',
    notHttp: '{{url}} in {{field}}: {organization_name} works only in http:// and https:// URLs{{note}}',
    wildcardBeside:
      '{{url}} in {{field}} is a "*" wildcard URL beside the {organization_name} URL {{other}}; Auth0 documents mixing the two in one field as a hazard: the wildcard also accepts subdomains of organizations that do not exist{{note}}',
    undocumented:
      '{{url}} in {{field}}: {organization_name} is documented only for Allowed Callback URLs (callbacks) and Allowed Origins (allowed_origins); whether Auth0 replaces it in {{field}} is not documented',
  },
  check(ctx) {
    const c = ctx.resource.value;
    // every report is about a field holding a URL with the placeholder: most clients have none
    if (!holdsPlaceholderUrl(c)) return;
    const usage = effectiveOrganizationUsage(c);
    // Auth0 evaluates these URLs only for applications with organization_usage allow or require
    let severity: Report['severity'];
    let note = '';
    if (usage === 'deny' || ((usage === undefined || usage === null) && !ctx.resource.partial)) {
      severity = 'warning';
      note = `; it is never evaluated while organization_usage is ${usage === 'deny' ? '"deny"' : 'not set ("deny")'}`;
    } else if (usage !== 'allow' && usage !== 'require') {
      // a PATCH body without the field, a keyword placeholder, or a misspelling: the value is not known here
      severity = 'info';
      note = '; it is evaluated only if organization_usage is "allow" or "require"';
    }
    for (const field of URL_FIELDS) {
      const list = c[field];
      if (!Array.isArray(list)) continue;
      const documented = (PLACEHOLDER_FIELDS as readonly string[]).includes(field);
      list.forEach((url, i) => {
        // a deploy-cli keyword (`https://##TENANT##.example.com`) could stand for anything: unresolved-keyword says so
        if (typeof url !== 'string' || !url.includes(PLACEHOLDER) || containsPlaceholder(url)) return;
        if (!documented) {
          // the docs say nothing either way: info, and no shape rule is claimed for such a field
          ctx.report({ messageId: 'undocumented', at: [field, i], severity: 'info', data: { url: JSON.stringify(url), field } });
          return;
        }
        const p = problem(url);
        if (!p) return;
        const data = { url: JSON.stringify(url), field, note, ...(p.count ? { count: p.count } : {}) };
        ctx.report({ messageId: p.messageId, at: [field, i], data, ...(severity ? { severity } : {}) });
      });
      // a wildcard URL beside a placeholder URL in the same field: a documented hazard, not a failed login
      if (!documented) continue;
      const placeholderUrl = list.find((u) => typeof u === 'string' && u.includes(PLACEHOLDER) && !containsPlaceholder(u));
      if (placeholderUrl === undefined) continue;
      list.forEach((url, i) => {
        if (typeof url !== 'string' || url.includes(PLACEHOLDER) || !url.includes('*') || containsPlaceholder(url)) return;
        const data = { url: JSON.stringify(url), field, other: JSON.stringify(placeholderUrl), note };
        ctx.report({ messageId: 'wildcardBeside', at: [field, i], severity: severity === 'info' ? 'info' : 'warning', data });
      });
    }
  },
});
