import { defineRule } from '../../src/rule-api/define-rule';
import { canonicalEnumSpelling, describeValue, didYouMean, isPlaceholder } from '../../src/rule-api/helpers';
import type { Fix } from '../../src/rule-api/types';

import { ORGANIZATION_DISCOVERY_VALUES } from '../../src/schema/auth0/index';

/** The discovery methods the Management API accepts (case-sensitive), from the schema module. */
export const DISCOVERY_METHODS = ORGANIZATION_DISCOVERY_VALUES;
/** what the API answers to a body carrying such a value (`organization_discovery_methods` schema: minItems 1, enum) */
const INVALID_BODY = { predictedResponse: { status: 400, errorCode: 'invalid_body' } };

const FIELD = 'organization_discovery_methods';
const ALLOWED = DISCOVERY_METHODS.map((m) => `"${m}"`).join(', ');

export default defineRule({
  id: 'organization-discovery-methods-valid',
  meta: {
    description: 'organization_discovery_methods must be a non-empty list of distinct "email" / "organization_name"',
    severity: 'error',
    fixable: ['safe', 'unsafe'],
    scope: 'client',
    source: 'https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id',
  },
  defaultOptions: {},
  messages: {
    notArray: 'organization_discovery_methods must be an array of {{allowed}}, got {{found}}',
    empty: 'organization_discovery_methods must list at least one of {{allowed}}, got []; use null to clear it',
    itemType: 'organization_discovery_methods item must be a string, got {{found}}; expected one of {{allowed}}',
    unknownItem: 'organization_discovery_methods item {{value}} is not one of {{allowed}}{{hint}}',
    duplicate: 'organization_discovery_methods lists {{value}} twice; the API accepts it, the repeat does nothing',
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (!(FIELD in c)) return;
    const methods = c[FIELD];
    // null clears the field in a PATCH body (and means "none" anywhere else)
    if (methods === null || isPlaceholder(methods)) return;
    const data = { allowed: ALLOWED };
    if (!Array.isArray(methods)) {
      const canonical = typeof methods === 'string' ? canonicalEnumSpelling(methods) : '';
      const known = (DISCOVERY_METHODS as readonly string[]).includes(canonical);
      ctx.report({
        messageId: 'notArray',
        at: [FIELD],
        data: { ...data, found: describeValue(methods) },
        ...INVALID_BODY,
        // `email` for `[email]`: the one method meant is plain, and the deploy failed with the string anyway
        fix: known ? { safety: 'safe', description: `wrap it in a list: ["${canonical}"]`, ops: [{ op: 'set', path: [FIELD], value: [canonical] }] } : undefined,
      });
      return;
    }
    // a Terraform plan writes an unset list attribute as []
    if (methods.length === 0) {
      if (ctx.resource.origin !== 'terraform') ctx.report({ messageId: 'empty', at: [FIELD], data, ...INVALID_BODY });
      return;
    }
    const seen = new Set<string>();
    methods.forEach((item, i) => {
      const at = [FIELD, i];
      if (isPlaceholder(item)) return;
      if (typeof item !== 'string') {
        ctx.report({ messageId: 'itemType', at, data: { ...data, found: describeValue(item) }, ...INVALID_BODY });
        return;
      }
      if (seen.has(item)) {
        // the API accepts a repeated method (a warning, not an error): removing the repeat changes nothing
        ctx.report({ messageId: 'duplicate', at, severity: 'warning', data: { value: JSON.stringify(item) }, fix: { safety: 'safe', description: `remove the repeated ${JSON.stringify(item)}`, ops: [{ op: 'remove', path: at }] } });
        return;
      }
      seen.add(item);
      if ((DISCOVERY_METHODS as readonly string[]).includes(item)) return;
      const canonical = canonicalEnumSpelling(item);
      let fix: Fix | undefined;
      let hint = '';
      if ((DISCOVERY_METHODS as readonly string[]).includes(canonical)) {
        hint = `; did you mean "${canonical}"?`;
        fix = { safety: 'safe', description: `replace ${JSON.stringify(item)} with "${canonical}"`, ops: [{ op: 'set', path: at, value: canonical }] };
      } else {
        const guess = item.trim() === '' ? undefined : didYouMean(canonical, DISCOVERY_METHODS);
        if (guess) {
          hint = `; did you mean "${guess}"?`;
          fix = { safety: 'unsafe', description: `replace ${JSON.stringify(item)} with "${guess}"`, ops: [{ op: 'set', path: at, value: guess }] };
        }
      }
      ctx.report({ messageId: 'unknownItem', at, data: { ...data, value: JSON.stringify(item), hint }, fix, ...INVALID_BODY });
    });
  },
});
