import { defineRule, type Report } from '../../src/rule-api/define-rule';
import { containsPlaceholder, describeValue } from '../../src/rule-api/helpers';
import { charLength } from '../../src/rule-api/tenant-index';

const MAX = 255;
const REJECTED: Partial<Report> = { predictedResponse: { status: 400, errorCode: 'invalid_body' } };

export default defineRule({
  id: 'organization-display-name',
  meta: {
    description: 'an organization display_name is a string of 1 to 255 characters',
    severity: 'error',
    fixable: [],
    scope: 'organization',
    source: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations',
  },
  defaultOptions: {},
  messages: {
    wrongType: 'display_name must be a string, got {{found}}',
    empty: 'display_name is empty; give it 1 to 255 characters or remove it',
    tooLong: 'display_name has {{length}} characters; at most 255 are allowed',
  },
  check(ctx) {
    const org = ctx.resource.value;
    if (!('display_name' in org)) return;
    const value = org.display_name;
    // null clears the field in a planned change; in an export it is a wrong type
    if (value === null && ctx.resource.partial) return;
    const at = ['display_name'];
    if (typeof value !== 'string') {
      ctx.report({ messageId: 'wrongType', at, data: { found: describeValue(value) }, ...REJECTED });
      return;
    }
    if (value === '') {
      ctx.report({ messageId: 'empty', at, ...REJECTED });
      return;
    }
    // a placeholder's length is only known at deploy time
    if (containsPlaceholder(value)) return;
    const length = charLength(value);
    if (length > MAX) ctx.report({ messageId: 'tooLong', at, data: { length }, ...REJECTED });
  },
});
