import { defineRule, type RuleContext } from '../../src/rule-api/define-rule';
import { canonicalEnumSpelling, containsPlaceholder, describeValue, didYouMean, isObject, isPlaceholder } from '../../src/rule-api/helpers';
import type { Fix, Path } from '../../src/rule-api/types';

const FIELD = 'default_organization';
const KEYS = ['organization_id', 'flows'];
const FLOW = 'client_credentials';
/** an organization id as the API issues them (`org_` and letters and digits, such as org_W2iFrA7sKpL0e9Xq) */
const ORG_ID = /^org_[A-Za-z0-9]+$/;
/** what the Management API answers to a body with this shape (a partial object is a real 400) */
const INVALID_BODY = { predictedResponse: { status: 400, errorCode: 'invalid_body' } };

export default defineRule({
  id: 'default-organization-valid',
  meta: {
    description: 'default_organization must be {organization_id: "org_…", flows: ["client_credentials"]}',
    severity: 'error',
    fixable: ['safe', 'unsafe'],
    scope: 'client',
    source: 'https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access',
  },
  defaultOptions: {},
  messages: {
    notObject: 'default_organization must be an object with organization_id and flows, got {{found}}',
    missingKeys: 'default_organization is missing {{keys}}; it needs both organization_id and flows: ["client_credentials"]',
    unknownKey: 'default_organization does not take {{key}}; only "organization_id" and "flows"{{hint}}',
    organizationId: 'default_organization.organization_id must be a non-empty string (an organization id such as "org_…"), got {{value}}',
    flowsType: 'default_organization.flows must be an array, got {{found}}; expected ["client_credentials"]',
    flowsEmpty:
      'default_organization.flows is []: the API accepts and stores it, but the default organization then applies to no flow; list "client_credentials" or set default_organization to null',
    idFormat: 'default_organization.organization_id {{value}} is not an organization id ("org_" followed by letters and digits); client-credentials requests will not find that organization',
    badFlow: 'default_organization.flows item {{value}} is not "client_credentials", the only flow a default organization applies to{{hint}}',
    duplicateFlow: 'default_organization.flows lists "client_credentials" twice',
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (!(FIELD in c)) return;
    let value = c[FIELD];
    let base: Path = [FIELD];
    const terraform = ctx.resource.origin === 'terraform';
    // a Terraform plan writes the block as a list of at most one object, with the provider's own `disable`
    if (terraform && Array.isArray(value) && value.length <= 1) {
      if (value.length === 0) return;
      [value, base] = [value[0], [FIELD, 0]];
    }
    // null clears the default organization
    if (value === null || isPlaceholder(value)) return;
    if (!isObject(value)) {
      ctx.report({ messageId: 'notObject', at: base, data: { found: describeValue(value) }, ...INVALID_BODY });
      return;
    }
    if (terraform && value.disable === true) return;
    for (const key of Object.keys(value)) {
      if (KEYS.includes(key) || (terraform && key === 'disable')) continue;
      const guess = didYouMean(key.replace(/([a-z])([A-Z])/g, '$1_$2'), KEYS.filter((k) => !(k in value)));
      ctx.report({ messageId: 'unknownKey', at: [...base, key], target: 'key', data: { key: JSON.stringify(key), hint: guess ? `; did you mean "${guess}"?` : '' }, ...INVALID_BODY });
    }
    const missing = KEYS.filter((k) => !(k in value));
    // a partial object (only flows, or only organization_id) is a real 400 (../shared/auth0-facts.md §1)
    if (missing.length) ctx.report({ messageId: 'missingKeys', at: base, target: 'key', data: { keys: missing.join(' and ') }, ...INVALID_BODY });
    const id = value.organization_id;
    if ('organization_id' in value && !containsPlaceholder(id)) {
      if (typeof id !== 'string' || id.trim() === '') {
        ctx.report({ messageId: 'organizationId', at: [...base, 'organization_id'], data: { value: JSON.stringify(id) }, ...INVALID_BODY });
      } else if (!ORG_ID.test(id)) {
        // the API's answer to an id of another shape is not recorded: a warning, no predicted status
        ctx.report({ messageId: 'idFormat', at: [...base, 'organization_id'], severity: 'warning', data: { value: JSON.stringify(id) } });
      }
    }
    if ('flows' in value) checkFlows(ctx, value.flows, [...base, 'flows']);
  },
});

/** flows: an array holding "client_credentials" once, and nothing else. */
function checkFlows(ctx: RuleContext<unknown>, flows: unknown, at: Path): void {
  if (isPlaceholder(flows)) return;
  if (!Array.isArray(flows)) {
    // `flows: client_credentials`: the one flow meant is plain, wrapping it changes nothing else
    const wrap = typeof flows === 'string' && canonicalEnumSpelling(flows) === FLOW;
    const fix: Fix | undefined = wrap ? { safety: 'safe', description: `wrap it in a list: ["${FLOW}"]`, ops: [{ op: 'set', path: at, value: [FLOW] }] } : undefined;
    ctx.report({ messageId: 'flowsType', at, data: { found: describeValue(flows) }, fix, ...INVALID_BODY });
    return;
  }
  if (flows.length === 0) {
    // accepted and stored by the API (a warning, not an error); no fix: filling in the flow would switch the
    // default organization on
    ctx.report({ messageId: 'flowsEmpty', at, severity: 'warning' });
    return;
  }
  let seen = false;
  flows.forEach((item, i) => {
    const itemAt = [...at, i];
    if (isPlaceholder(item)) return;
    if (item === FLOW) {
      if (seen) ctx.report({ messageId: 'duplicateFlow', at: itemAt, severity: 'warning', fix: { safety: 'safe', description: `remove the repeated "${FLOW}"`, ops: [{ op: 'remove', path: itemAt }] } });
      seen = true;
      return;
    }
    let hint = '';
    let fix: Fix | undefined;
    if (typeof item === 'string' && canonicalEnumSpelling(item) === FLOW) {
      hint = `; did you mean "${FLOW}"?`;
      fix = { safety: 'safe', description: `replace ${JSON.stringify(item)} with "${FLOW}"`, ops: [{ op: 'set', path: itemAt, value: FLOW }] };
    } else if (typeof item === 'string' && didYouMean(canonicalEnumSpelling(item), [FLOW])) {
      hint = `; did you mean "${FLOW}"?`;
      fix = { safety: 'unsafe', description: `replace ${JSON.stringify(item)} with "${FLOW}"`, ops: [{ op: 'set', path: itemAt, value: FLOW }] };
    }
    ctx.report({ messageId: 'badFlow', at: itemAt, data: { value: JSON.stringify(item), hint }, fix, ...INVALID_BODY });
  });
}
