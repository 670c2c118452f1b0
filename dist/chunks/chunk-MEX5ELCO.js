import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  toPointer
} from "./chunk-MGL2NZD7.js";

// lazy-builtin:crypto
import { createRequire } from "node:module";
var real;
var load = () => real ??= createRequire(import.meta.url)("node:crypto");
function createHash(...args) {
  return load().createHash(...args);
}
function randomBytes(...args) {
  return load().randomBytes(...args);
}
var crypto_default = new Proxy({}, { get: (_, key) => load()[key] });

// src/baseline/finding-key.ts
var IDENTITY_KEYS = ["name", "connection_id", "id", "identifier", "client_id", "audience", "url", "key"];
var MAX_IDENTITY = 512;
function itemIdentity(item) {
  const id = rawIdentity(item);
  if (id === void 0 || id.length <= MAX_IDENTITY) return id;
  return `[sha256=${createHash("sha256").update(id).digest("hex").slice(0, 32)}]`;
}
function rawIdentity(item) {
  if (typeof item === "string" || typeof item === "number" || typeof item === "boolean") return `[${JSON.stringify(item)}]`;
  if (typeof item !== "object" || item === null || Array.isArray(item)) return void 0;
  const o = item;
  if (typeof o.client_id === "string" && typeof o.audience === "string") return `[client_id=${JSON.stringify(o.client_id)},audience=${JSON.stringify(o.audience)}]`;
  for (const k of IDENTITY_KEYS) if (typeof o[k] === "string" && o[k] !== "") return `[${k}=${JSON.stringify(o[k])}]`;
  return void 0;
}
function identityPath(value, rel) {
  const out = [];
  let cur = value;
  for (const seg of rel) {
    if (Array.isArray(cur) && typeof seg === "number") {
      out.push(itemIdentity(cur[seg]) ?? seg);
      cur = cur[seg];
    } else {
      out.push(seg);
      cur = typeof cur === "object" && cur !== null && Object.hasOwn(cur, seg) ? cur[seg] : void 0;
    }
  }
  return out;
}
function findingKey(f) {
  const resource = f.resource ? `${f.resource.type} ${f.resource.name}` : "";
  let path = f.keyPath ?? f.path;
  if (f.source && f.docPath && f.docPath.length >= f.source.path.length) path = toPointer(identityPath(f.source.value, f.docPath.slice(f.source.path.length)));
  return { resource, ruleId: f.ruleId, path };
}
function legacyFindingKey(f) {
  const resource = f.resource ? `${f.resource.type} ${f.resource.name}` : "";
  let path = f.legacyKeyPath ?? f.path;
  if (f.source && f.docPath && f.docPath.length >= f.source.path.length) path = toPointer(f.docPath.slice(f.source.path.length));
  return { resource, ruleId: f.ruleId, path };
}
function findingHash(file, f) {
  const k = findingKey(f);
  return createHash("sha256").update([file, k.resource, k.ruleId, k.path].join("\0")).digest("hex").slice(0, 32);
}

export {
  createHash,
  randomBytes,
  findingKey,
  legacyFindingKey,
  findingHash
};
