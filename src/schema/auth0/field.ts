/** How one field of an Auth0 object is described in the schema module. */

export type JsonType = 'string' | 'boolean' | 'integer' | 'number' | 'array' | 'object';

export interface FieldSpec {
  /** the JSON type of the value (a write body and an export alike) */
  type: JsonType;
  /** the values a string (or, for arrays, each item) may take: Auth0 checks them case-sensitively */
  enum?: readonly string[];
  /** the item type of an array */
  items?: JsonType;
  /** further JSON Schema keywords the write endpoint applies (maxLength, pattern, minItems, ...) */
  constraints?: Readonly<Record<string, unknown>>;
  /** PATCH accepts `null` (clears the field); real answers 200 where recorded */
  nullable?: true;
  /** returned by GET, taken by no write: a PATCH carrying it is a 400 invalid_body */
  readOnly?: true;
  /** set when the object is created; a PATCH cannot change it */
  createOnly?: true;
  /** a scope the write needs besides the endpoint's own */
  scope?: string;
  /**
   * the sources disagree on whether PATCH takes the field (spec, SDK types, real answers): the reason. Such a
   * field is typed like the others but reported below error, with no predicted status.
   */
  disputed?: string;
  /** a disputed field that real PATCH answers (200) show the API taking: reported at info, not warning */
  takenByRealApi?: true;
  /** not a field of the API object: a key deploy-cli's export format adds (`connections` of an organization) */
  exportOnly?: true;
}

export type ObjectSchema = Readonly<Record<string, FieldSpec>>;

/** The field names of an object schema. */
export function fieldNames(schema: ObjectSchema): readonly string[] {
  return Object.keys(schema);
}

/** Whether `key` is a field of `schema` (own keys only: `__proto__` and `toString` are not fields). */
export function hasField(schema: ObjectSchema, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(schema, key);
}

/** `organizationUsage`, `Organization-Usage`, ` organization_usage ` → `organization_usage`. */
function snake(key: string): string {
  return key.trim().replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[\s-]+/g, '_').toLowerCase();
}

/** Levenshtein distance, stopping early once it exceeds `limit` (keys can be long and hostile). */
function distanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (row[j] < best) best = row[j];
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length];
}

/**
 * The field `key` is most likely a misspelling of, if it is a near miss: not a field itself, and the same
 * field in another case or separator style (`organizationUsage`), or within a small edit distance (1 for keys of
 * 5 to 11 characters, 2 from 12; shorter keys never). Keys that are no near miss return undefined: exports carry
 * fields orglint need not model.
 */
export function nearMissField(key: string, schema: ObjectSchema): string | undefined {
  if (hasField(schema, key) || key.length > 200) return undefined;
  // exports repeat the same keys in every object: remember the answers (a bounded number, keys can be hostile)
  let cache = nearMissCache.get(schema);
  if (!cache) nearMissCache.set(schema, (cache = new Map()));
  if (cache.has(key)) return cache.get(key);
  const found = computeNearMiss(key, schema);
  if (cache.size < 10_000) cache.set(key, found);
  return found;
}

const nearMissCache = new WeakMap<ObjectSchema, Map<string, string | undefined>>();

function computeNearMiss(key: string, schema: ObjectSchema): string | undefined {
  const norm = snake(key);
  if (norm !== key && hasField(schema, norm)) return norm;
  const limit = norm.length >= 12 ? 2 : norm.length >= 5 ? 1 : 0;
  if (limit === 0) return undefined;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const field of Object.keys(schema)) {
    const d = distanceWithin(norm, field, limit);
    if (d < bestDistance) [best, bestDistance] = [field, d];
  }
  return best;
}
