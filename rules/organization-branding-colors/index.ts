import { defineRule, type Report } from '../../src/rule-api/define-rule';
import { containsPlaceholder, isObject, isPlaceholder } from '../../src/rule-api/helpers';

/** `#rgb` or `#rrggbb`, as the dashboard's colour pickers write them */
const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const COLORS = ['primary', 'page_background'] as const;
const REJECTED: Partial<Report> = { predictedResponse: { status: 400, errorCode: 'invalid_body' } };

function isHttpsUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && u.hostname !== '';
  } catch {
    return false;
  }
}

export default defineRule({
  id: 'organization-branding-colors',
  meta: {
    description: 'organization branding.colors has both primary and page_background as hex colours, and logo_url is https',
    severity: 'error',
    fixable: [],
    scope: 'organization',
    source: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations',
  },
  defaultOptions: {},
  messages: {
    colorsNotObject: 'branding.colors must be an object with primary and page_background, got {{value}}',
    missingColor: 'branding.colors has no {{missing}}; the API requires both primary and page_background',
    notHex: 'branding.colors.{{field}} {{value}} is not a hex colour such as "#0059d6"',
    logoNotHttps: 'branding.logo_url {{value}} is not an https URL',
  },
  check(ctx) {
    const branding = ctx.resource.value.branding;
    if (!isObject(branding)) return;
    if ('logo_url' in branding) {
      const logo = branding.logo_url;
      // null clears the logo; a URL built from a placeholder is known only at deploy time
      if (logo !== null && !containsPlaceholder(logo) && (typeof logo !== 'string' || !isHttpsUrl(logo))) {
        ctx.report({ messageId: 'logoNotHttps', at: ['branding', 'logo_url'], data: { value: JSON.stringify(logo) }, ...REJECTED });
      }
    }
    if (!('colors' in branding)) return;
    const colors = branding.colors;
    if (colors === null || isPlaceholder(colors)) return;
    if (!isObject(colors)) {
      ctx.report({ messageId: 'colorsNotObject', at: ['branding', 'colors'], data: { value: JSON.stringify(colors) }, ...REJECTED });
      return;
    }
    const missing = COLORS.filter((c) => !(c in colors));
    if (missing.length > 0) {
      const data = { missing: missing.join(' and ') };
      ctx.report({ messageId: 'missingColor', at: ['branding', 'colors'], target: 'key', data, ...REJECTED });
    }
    for (const field of COLORS) {
      if (!(field in colors)) continue;
      const value = colors[field];
      if (isPlaceholder(value) || (typeof value === 'string' && HEX.test(value))) continue;
      ctx.report({ messageId: 'notHex', at: ['branding', 'colors', field], data: { field, value: JSON.stringify(value) }, ...REJECTED });
    }
  },
});
