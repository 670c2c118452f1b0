import { isPlain, type Plain } from './plain-object';

/**
 * How a value Terraform only knows after apply (`after_unknown`) is shown to rules: as a deploy-cli style
 * placeholder, which every rule already reads as "unknown value" (never an enum or shape error).
 */
export const KNOWN_AFTER_APPLY = '##known-after-apply##';

/** Put `KNOWN_AFTER_APPLY` wherever `after_unknown` says a value is unknown (such values are absent from `after`). */
export function fillUnknown(after: unknown, unknown: unknown): unknown {
  if (unknown === true) return KNOWN_AFTER_APPLY;
  if (Array.isArray(unknown)) {
    const list = Array.isArray(after) ? after : [];
    const n = Math.max(list.length, unknown.length);
    return Array.from({ length: n }, (_, i) => fillUnknown(list[i], unknown[i]));
  }
  if (isPlain(unknown)) {
    const out: Plain = {};
    const base = isPlain(after) ? after : {};
    for (const [k, v] of Object.entries(base)) define(out, k, v);
    for (const [k, u] of Object.entries(unknown)) {
      if (u === false || u === undefined) continue;
      define(out, k, fillUnknown(base[k], u));
    }
    return isPlain(after) || Object.keys(out).length ? out : after;
  }
  return after;
}

/** Set a key without letting `__proto__` touch the prototype. */
export function define(obj: Plain, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Drop `null` everywhere: in Terraform it means "not set", and the provider then leaves the field out. */
function withoutNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutNulls);
  if (!isPlain(v)) return v;
  const out: Plain = {};
  for (const [k, x] of Object.entries(v)) if (x !== null) define(out, k, withoutNulls(x));
  return out;
}

/**
 * A resource's planned values as the API would see them: unset attributes (`null`, and the `""` / `[]` the
 * provider writes for them) dropped, and blocks that hold at most one item (`default_organization { ... }`,
 * a list of one object in plan JSON) turned into the API's object. `blocks` names those attributes; `onBlock`
 * hears of each one unwrapped, so positions can follow.
 */
export function apiShape(after: Plain, blocks: readonly string[], onBlock: (key: string) => void): Plain {
  const out: Plain = {};
  for (const [k, raw] of Object.entries(after)) {
    let v = withoutNulls(raw);
    if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    if (blocks.includes(k) && Array.isArray(v)) {
      if (v.length !== 1 || !isPlain(v[0])) continue;
      v = v[0];
      onBlock(k);
      if (Object.keys(v as Plain).length === 0) continue;
    }
    define(out, k, v);
  }
  return out;
}
