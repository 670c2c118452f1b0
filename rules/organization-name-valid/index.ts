import { defineRule, type Report } from '../../src/rule-api/define-rule';
import { containsPlaceholder, describeValue } from '../../src/rule-api/helpers';
import { charLength } from '../../src/rule-api/tenant-index';

/** What the Management API accepts as an organization name: lower-case letters, digits, `_` and `-`. */
const NAME = /^[a-z0-9_-]+$/;
const MAX = 50;
/** older Auth0 docs (and older tenants) required at least 3 characters */
const OLD_MIN = 3;
const REJECTED: Partial<Report> = { predictedResponse: { status: 400, errorCode: 'invalid_body' } };

/** The name a user most likely meant: lower-case, spaces and dots as `-`, other characters dropped. */
function suggestion(name: string): string {
  return name.trim().toLowerCase().replace(/[\s.]+/g, '-').replace(/[^a-z0-9_-]/g, '').slice(0, MAX);
}

export default defineRule({
  id: 'organization-name-valid',
  meta: {
    description: 'an organization name is 1 to 50 lower-case letters, digits, "_" or "-"',
    severity: 'error',
    fixable: ['unsafe'],
    scope: 'organization',
    source: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations',
  },
  defaultOptions: {},
  messages: {
    missing: 'organization has no name; the API requires one (1 to 50 lower-case letters, digits, "_" or "-")',
    wrongType: 'organization name must be a string, got {{found}}',
    empty: 'organization name is empty; it needs 1 to 50 lower-case letters, digits, "_" or "-"',
    badChars: 'organization name {{value}} may only hold lower-case letters, digits, "_" and "-"{{hint}}',
    tooLong: 'organization name {{value}} has {{length}} characters; at most 50 are allowed',
    tooShort: 'organization name {{value}} has {{length}} characters; older Auth0 docs and tenants require at least 3',
  },
  check(ctx) {
    const org = ctx.resource.value;
    if (!('name' in org)) {
      // a partial resource (a planned change) keeps the current name
      if (!ctx.resource.partial) ctx.report({ messageId: 'missing', ...REJECTED });
      return;
    }
    const name = org.name;
    if (containsPlaceholder(name)) return;
    const at = ['name'];
    if (typeof name !== 'string') {
      ctx.report({ messageId: 'wrongType', at, data: { found: describeValue(name) }, ...REJECTED });
      return;
    }
    if (name === '') {
      ctx.report({ messageId: 'empty', at, ...REJECTED });
      return;
    }
    const value = JSON.stringify(name);
    const length = charLength(name);
    if (!NAME.test(name)) {
      const guess = suggestion(name);
      const fix = guess !== '' && guess !== name
        ? { safety: 'unsafe' as const, description: `rename to "${guess}"`, ops: [{ op: 'set' as const, path: at, value: guess }] }
        : undefined;
      ctx.report({ messageId: 'badChars', at, data: { value, hint: fix ? `; did you mean "${guess}"?` : '' }, fix, ...REJECTED });
      return;
    }
    if (length > MAX) ctx.report({ messageId: 'tooLong', at, data: { value, length }, ...REJECTED });
    else if (length < OLD_MIN) ctx.report({ messageId: 'tooShort', at, data: { value, length }, severity: 'warning' });
  },
});
