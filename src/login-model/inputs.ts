import type { Resource } from '../rule-api/resource';
import { quote } from '../rule-api/define-rule';
import { isPlaceholder } from '../sources/keywords';
import { KNOWN_AFTER_APPLY } from '../sources/terraform/values';
import type { Behavior, Known, Usage } from './types';

export const USAGES: readonly Usage[] = ['deny', 'allow', 'require'];
export const BEHAVIORS: readonly Behavior[] = ['no_prompt', 'pre_login_prompt', 'post_login_prompt'];
export const DISCOVERY_METHODS = ['email', 'organization_name'] as const;

/** Why a placeholder tells nothing: a Terraform value known only after apply, or a deploy-cli keyword. */
export function placeholderReason(field: string, v: string, hint = true): string {
  if (v === KNOWN_AFTER_APPLY) return `${field} is known only after terraform apply`;
  return `${field} is the deploy-cli keyword ${quote(v).slice(1, -1)}, known only at deploy time${hint ? ' (give its value with --keywords)' : ''}`;
}

/** Why a written value tells nothing: a placeholder, a wrong type, a value Auth0 does not accept. */
function unreadable(field: string, v: unknown, allowed: readonly string[]): string | undefined {
  if (isPlaceholder(v)) return placeholderReason(field, v);
  if (typeof v !== 'string') return `${field} is ${quote(v)}, not a string Auth0 accepts`;
  if (!allowed.includes(v)) return `${field} ${quote(v)} is not a value Auth0 accepts (${allowed.join(', ')}): the deploy fails`;
  return undefined;
}

/**
 * An enum setting of a resource. Absent is the API default, except in a PATCH body or a planned update, where an
 * absent field keeps the current value, which is not known here. `null` clears a field in a PATCH (the default
 * again); in an export it is not a value.
 */
export function readEnum<V extends string>(r: Resource, field: string, allowed: readonly V[], fallback: V): Known<V> {
  const v = r.value[field];
  if (v === undefined || (v === null && r.partial)) {
    if (v === undefined && r.partial) return { known: false, reason: `${field} is not in the ${partialName(r)}: the current value decides` };
    return { known: true, value: fallback, defaulted: true };
  }
  const why = unreadable(field, v, allowed);
  return why ? { known: false, reason: why } : { known: true, value: v as V };
}

function partialName(r: Resource): string {
  return r.origin === 'terraform' ? 'planned change' : 'payload';
}

/** `organization_usage`, with `express_configuration` apps stored as `require` by the API itself [login-flows §0]. */
export function readUsage(client: Resource): Known<Usage> {
  const u = readEnum(client, 'organization_usage', USAGES, 'deny');
  // the default depends on app_type: a keyword there may be express_configuration (stored as require)
  if (u.known && u.defaulted && isPlaceholder(client.value.app_type)) {
    return { known: false, reason: `organization_usage is not set and ${placeholderReason('app_type', client.value.app_type, false)}: an express_configuration app is stored as require, any other as deny` };
  }
  if (u.known && u.defaulted && client.value.app_type === 'express_configuration') return { known: true, value: 'require', defaulted: true };
  return u;
}

export function readBehavior(client: Resource): Known<Behavior> {
  return readEnum(client, 'organization_require_behavior', BEHAVIORS, 'no_prompt');
}

/** `organization_discovery_methods`: the list, `[]` when not set, or why it is not known. */
export function readDiscovery(client: Resource): Known<string[]> {
  const v = client.value.organization_discovery_methods;
  if (v === undefined || v === null) {
    if (v === undefined && client.partial) return { known: false, reason: `organization_discovery_methods is not in the ${partialName(client)}: the current value decides` };
    return { known: true, value: [], defaulted: true };
  }
  if (!Array.isArray(v)) {
    const why = isPlaceholder(v) ? placeholderReason('organization_discovery_methods', v, false) : 'organization_discovery_methods is not a list';
    return { known: false, reason: why };
  }
  for (const m of v) {
    const why = unreadable('organization_discovery_methods item', m, DISCOVERY_METHODS);
    if (why) return { known: false, reason: why };
  }
  return { known: true, value: [...new Set(v as string[])] };
}

/** `is_first_party` (default true). */
export function readFirstParty(client: Resource): Known<boolean> {
  return readBoolean(client, 'is_first_party', true);
}

export function readBoolean(r: Resource, field: string, fallback: boolean): Known<boolean> {
  const v = r.value[field];
  if (v === undefined || v === null) {
    if (v === undefined && r.partial) return { known: false, reason: `${field} is not in the ${partialName(r)}: the current value decides` };
    return { known: true, value: fallback, defaulted: true };
  }
  if (typeof v === 'boolean') return { known: true, value: v };
  return { known: false, reason: isPlaceholder(v) ? placeholderReason(field, v, false) : `${field} is ${quote(v)}, not true or false` };
}

/** A setting as written, for diffs and tables: JSON text, or `(not set)`. */
export function written(r: Resource, field: string): string {
  const v = r.value[field];
  if (v === undefined) return r.partial ? '(not in the payload)' : '(not set)';
  const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  // a value of megabytes would repeat itself in every diff
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}

/** The strings of a list field (names, ids); non-strings are left out. */
export function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** A plain own property of an object parsed from a file (never the prototype's). */
export function field(obj: unknown, key: string): unknown {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return undefined;
  return Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}
