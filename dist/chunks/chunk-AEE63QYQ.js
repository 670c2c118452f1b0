import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  toPointer
} from "./chunk-4PPNWPYB.js";

// src/baseline/finding-key.ts
import { createHash } from "node:crypto";
function findingKey(f) {
  const resource = f.resource ? `${f.resource.type} ${f.resource.name}` : "";
  let path = f.path;
  if (f.source && f.docPath && f.docPath.length >= f.source.path.length) path = toPointer(f.docPath.slice(f.source.path.length));
  return { resource, ruleId: f.ruleId, path };
}
function findingHash(file, f) {
  const k = findingKey(f);
  return createHash("sha256").update([file, k.resource, k.ruleId, k.path].join("\0")).digest("hex").slice(0, 32);
}

export {
  findingKey,
  findingHash
};
