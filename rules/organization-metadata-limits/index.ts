import { defineRule, type Report } from '../../src/rule-api/define-rule';
import { containsPlaceholder, describeValue, isObject, isPlaceholder } from '../../src/rule-api/helpers';
import { charLength } from '../../src/rule-api/tenant-index';

const MAX_KEYS = 25;
const MAX_VALUE = 255;
const REJECTED: Partial<Report> = { predictedResponse: { status: 400, errorCode: 'invalid_body' } };

export default defineRule({
  id: 'organization-metadata-limits',
  meta: {
    description: 'organization metadata holds at most 25 keys whose values are strings of at most 255 characters',
    severity: 'error',
    fixable: [],
    scope: 'organization',
    source: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations',
  },
  defaultOptions: {},
  messages: {
    notObject: 'metadata must be an object of string values, got {{found}}',
    tooManyKeys: 'metadata has {{count}} keys; an organization may have at most 25',
    notString: 'metadata {{key}} must be a string, got {{found}}',
    tooLong: 'metadata {{key}} has {{length}} characters; at most 255 are allowed',
  },
  check(ctx) {
    const org = ctx.resource.value;
    if (!('metadata' in org)) return;
    const metadata = org.metadata;
    if (isPlaceholder(metadata) || (metadata === null && ctx.resource.partial)) return;
    if (!isObject(metadata)) {
      const data = { found: describeValue(metadata) };
      ctx.report({ messageId: 'notObject', at: ['metadata'], data, ...REJECTED });
      return;
    }
    const keys = Object.keys(metadata);
    if (keys.length > MAX_KEYS) {
      ctx.report({ messageId: 'tooManyKeys', at: ['metadata'], target: 'key', data: { count: keys.length }, ...REJECTED });
    }
    for (const key of keys) {
      const value = metadata[key];
      // null removes a key on update; a placeholder is known only at deploy time
      if (value === null || isPlaceholder(value)) continue;
      const at = ['metadata', key];
      const name = JSON.stringify(key);
      if (typeof value !== 'string') {
        // a nested object's value starts on the next line in block YAML: point at its key instead
        const target = isObject(value) ? ('key' as const) : ('value' as const);
        ctx.report({ messageId: 'notString', at, target, data: { key: name, found: describeValue(value) }, ...REJECTED });
      } else if (!containsPlaceholder(value) && charLength(value) > MAX_VALUE) {
        ctx.report({ messageId: 'tooLong', at, data: { key: name, length: charLength(value) }, ...REJECTED });
      }
    }
  },
});
