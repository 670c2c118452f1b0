import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });

// src/sources/plain-object.ts
function isPlain(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function jsonType(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  return /^[aeiou]/.test(typeof v) ? `an ${typeof v}` : `a ${typeof v}`;
}
function resourceAt(type, name, value, doc, at, origin, partial, meta) {
  return meta ? { type, name, value, doc, path: at, origin, partial, meta } : { type, name, value, doc, path: at, origin, partial };
}
function resourceName(type, v, fallback) {
  if (type === "clientGrant") {
    const client = typeof v.client_id === "string" ? v.client_id : "?";
    const audience = typeof v.audience === "string" ? v.audience : "?";
    return `${client} \u2192 ${audience}`;
  }
  if (typeof v.name === "string" && v.name !== "") return v.name;
  if (type === "client" && typeof v.client_id === "string") return v.client_id;
  return typeof fallback === "string" ? fallback : fallback();
}

export {
  isPlain,
  jsonType,
  resourceAt,
  resourceName
};
