import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  globMatcher
} from "./chunk-OZSULO73.js";
import {
  isPlain,
  jsonType,
  resourceAt
} from "./chunk-WR2XUHY5.js";

// src/sources/payload/payload.ts
import path from "node:path";
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
  patchPayload,
  payloadFileMatcher
};
