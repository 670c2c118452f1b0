import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  globMatcher
} from "./chunk-VLBP24UG.js";

// src/sources/payload.ts
import path from "node:path";

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
  return fallback;
}

// src/sources/payload.ts
var patchPayload = {
  name: "patch-payload",
  format: "json",
  sniff: (file, _text, ctx) => /\.patch\.json$/i.test(file) || /\.json$/i.test(file) && ctx?.isPayloadFile?.(file) === true,
  extract(doc, file) {
    if (doc.problems.length) return { tenantKey: file, resources: [], hasOrganizations: false, hasClientGrants: false };
    const body = doc.value;
    const payload = { method: "PATCH", kind: "update" };
    if (!isPlain(body)) payload.bodyProblem = { kind: "notObject", found: jsonType(body), at: [] };
    const value = isPlain(body) ? body : {};
    const name = typeof value.name === "string" && value.name !== "" ? value.name : path.basename(file).replace(/(\.patch)?\.json$/i, "");
    const resource = resourceAt("client", name, value, doc, [], "patch", true, { payload });
    return { tenantKey: file, resources: [resource], hasOrganizations: false, hasClientGrants: false };
  }
};
function payloadFileMatcher(globs, baseDir) {
  if (globs.length === 0) return void 0;
  const matches = globMatcher(globs);
  return (file) => {
    const rel = path.relative(baseDir, file);
    return !rel.startsWith("..") && !path.isAbsolute(rel) && matches(rel.split(path.sep).join("/"));
  };
}

export {
  isPlain,
  jsonType,
  resourceAt,
  resourceName,
  patchPayload,
  payloadFileMatcher
};
