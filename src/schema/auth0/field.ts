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
