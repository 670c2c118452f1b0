import type { Path } from '../../rule-api/types';
import { isPlain, type Plain } from '../plain-object';

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

/** a list that holds at most one object: how Terraform writes a block that may appear once */
function oneBlock(v: unknown): Plain | undefined {
  return Array.isArray(v) && v.length === 1 && isPlain(v[0]) ? v[0] : undefined;
}

/**
 * A resource's values as the API would see them: unset attributes (`null`, and the `""` / `[]` the provider
 * writes for them) dropped, and blocks that hold at most one item (`default_organization { ... }`, a list of one
 * object in plan JSON) turned into the API's object. `blocks` names those attributes; `nested` names blocks whose
 * own one-item blocks are unwrapped too (`addons { wsfed {} }`: `addons: [{wsfed: [{}]}]` becomes
 * `addons: {wsfed: {}}`, an enabled add-on with no settings). `onBlock` hears of each block unwrapped (the path
 * as rules see it and the path in the source), so positions can follow.
 */
export function apiShape(
  after: Plain,
  blocks: readonly string[],
  onBlock: (from: Path, to: Path) => void,
  nested: readonly string[] = [],
): Plain {
  const out: Plain = {};
  for (const [k, raw] of Object.entries(after)) {
    let v = withoutNulls(raw);
    if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    if (blocks.includes(k) && Array.isArray(v)) {
      const block = oneBlock(v);
      if (!block) continue;
      onBlock([k], [k, 0]);
      v = nested.includes(k) ? unwrapChildren(block, k, onBlock) : block;
      if (Object.keys(v as Plain).length === 0) continue;
    }
    define(out, k, v);
  }
  return out;
}

/** The one-item blocks inside a block, as objects (an empty block stays: `wsfed {}` turns the add-on on). */
function unwrapChildren(block: Plain, key: string, onBlock: (from: Path, to: Path) => void): Plain {
  const out: Plain = {};
  for (const [c, v] of Object.entries(block)) {
    if (Array.isArray(v) && v.length === 0) continue;
    const child = oneBlock(v);
    if (child) {
      onBlock([key, c], [key, 0, c, 0]);
      define(out, c, child);
    } else define(out, c, v);
  }
  return out;
}
