import type { ErrorObject } from 'ajv';
import { defineRule, quote } from '../../src/rule-api/define-rule';
import { describeType, didYouMean, isPlaceholder } from '../../src/rule-api/helpers';
import type { Path } from '../../src/rule-api/types';
import { CLIENT_FIELD_SCOPES, FIELDS_WITH_OWN_RULES, validateClientPatch } from '../../src/schema/client-patch-schema';
import { payloadMeta } from '../../src/sources/payload/payload-meta';

const INVALID_BODY = { predictedResponse: { status: 400, errorCode: 'invalid_body' } };

const TYPE_NAMES: Record<string, string> = {
  string: 'a string', boolean: 'a boolean', array: 'an array', object: 'an object', integer: 'an integer', number: 'a number', null: 'null',
};

/** `["string", "null"]` → `a string or null` */
function expected(type: unknown): string {
  return (Array.isArray(type) ? type : [type]).map((t) => TYPE_NAMES[String(t)] ?? String(t)).join(' or ');
}

/** The value at a JSON Pointer below `value`. */
function at(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], value);
}

function toPath(pointer: string): Path {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** What the schema error says, in the house style. */
function problem(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'maxLength': return `is longer than ${String(p.limit)} characters`;
    case 'minLength': return 'must not be empty';
    case 'pattern': return 'may not contain "<" or ">"';
    case 'minItems': return `needs at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'maxProperties': return `has more than ${String(p.limit)} keys`;
    case 'minimum': return `is below the minimum ${String(p.limit)}`;
    case 'maximum': return `is above the maximum ${String(p.limit)}`;
    default: return (e.message ?? 'is not accepted').toLowerCase();
  }
}

export default defineRule({
  id: 'patch-invalid-body',
  meta: {
    description: 'a client PATCH body must be a JSON object whose fields have the types the Management API accepts',
    severity: 'error',
    fixable: [],
    scope: 'client',
    // (payloadMeta answers only for these: on an export's clients the rule has nothing to check)
    origins: ['patch', 'har'],
    source: 'https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id',
  },
  defaultOptions: {},
  messages: {
    invalidJson: 'request body is not valid JSON ({{detail}}); the API would answer 400 invalid_body',
    nullBody:
      'request body is null, which changes nothing; the API answers 200 to it (recorded Terraform provider updates), but a body of client fields was likely meant',
    notObject: 'request body must be a JSON object of client fields, got {{found}}; the API would answer 400 invalid_body',
    missing: 'request has no body; the API needs a JSON object with at least one client field and would answer 400 invalid_body',
    empty: 'request body {} changes nothing; the API needs at least one field and would answer 400 invalid_body',
    wrongType: '{{field}} must be {{expected}}, got {{type}}{{value}}; the API would answer 400 invalid_body',
    notAllowed: '{{field}} {{value}} is not one of {{allowed}}; the API would answer 400 invalid_body{{hint}}',
    constraint: '{{field}}{{value}} {{problem}}; the API would answer 400 invalid_body',
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta) return;
    const bad = meta.bodyProblem;
    if (bad?.kind === 'notObject' && bad.found === 'null' && meta.kind === 'update') {
      // not a 400: the provider sends a literal `null` body when nothing changed, and the API takes it
      ctx.report({ messageId: 'nullBody', resource: meta.request, at: bad.at, severity: 'info' });
      return;
    }
    if (bad) {
      ctx.report({ messageId: bad.kind, resource: meta.request, at: bad.at, data: { detail: bad.detail?.replace(/^invalid JSON: /, ''), found: bad.found }, ...INVALID_BODY });
      return;
    }
    // a create (POST) has its own schema; only the JSON checks above apply to it
    if (meta.kind !== 'update') return;
    const body = ctx.resource.value;
    if (Object.keys(body).length === 0) {
      ctx.report({ messageId: 'empty', ...INVALID_BODY });
      return;
    }
    const seen = new Set<string>();
    for (const e of validateClientPatch(body)) {
      if (e.keyword === 'additionalProperties' || e.keyword === 'minProperties') continue;
      const path = toPath(e.instancePath);
      const field = String(path[0]);
      // one finding a field; fields with a rule of their own are left to it
      if (seen.has(field) || FIELDS_WITH_OWN_RULES.includes(field)) continue;
      const value = at(body, path);
      if (isPlaceholder(value)) continue;
      seen.add(field);
      // a secret's value is never shown
      // null is said once ("got null", never "got null null")
      const shown = field in CLIENT_FIELD_SCOPES || value === null ? '' : ` ${quote(value)}`;
      const name = path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
      const p = e.params as Record<string, unknown>;
      if (e.keyword === 'type') {
        ctx.report({ messageId: 'wrongType', at: path, data: { field: name, expected: expected(p.type), type: describeType(value), value: shown }, ...INVALID_BODY });
      } else if (e.keyword === 'enum') {
        const values = (p.allowedValues as unknown[]).filter((v): v is string => typeof v === 'string');
        const listed = values.slice(0, 8).map((v) => JSON.stringify(v)).join(', ');
        const allowed = values.length > 8 ? `${listed}, ... (${values.length} values)` : listed;
        const guess = typeof value === 'string' ? didYouMean(value, values) : undefined;
        const hint = guess ? `; did you mean ${JSON.stringify(guess)}?` : '';
        ctx.report({ messageId: 'notAllowed', at: path, data: { field: name, value: shown.trim(), allowed, hint }, ...INVALID_BODY });
      } else {
        const scalar = typeof value !== 'object' || value === null;
        ctx.report({ messageId: 'constraint', at: path, data: { field: name, value: scalar ? shown : '', problem: problem(e) }, ...INVALID_BODY });
      }
    }
  },
});
