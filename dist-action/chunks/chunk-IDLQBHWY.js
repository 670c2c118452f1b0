import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  isPlain
} from "./chunk-WR2XUHY5.js";

// src/formatters/tenant-report.ts
var REPORT_APPLICATIONS = 1e3;

// src/sources/terraform/values.ts
var KNOWN_AFTER_APPLY = "##known-after-apply##";
function fillUnknown(after, unknown) {
  if (unknown === true) return KNOWN_AFTER_APPLY;
  if (Array.isArray(unknown)) {
    const list = Array.isArray(after) ? after : [];
    const n = Math.max(list.length, unknown.length);
    return Array.from({ length: n }, (_, i) => fillUnknown(list[i], unknown[i]));
  }
  if (isPlain(unknown)) {
    const out = {};
    const base = isPlain(after) ? after : {};
    for (const [k, v] of Object.entries(base)) define(out, k, v);
    for (const [k, u] of Object.entries(unknown)) {
      if (u === false || u === void 0) continue;
      define(out, k, fillUnknown(base[k], u));
    }
    return isPlain(after) || Object.keys(out).length ? out : after;
  }
  return after;
}
function define(obj, key, value) {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
function withoutNulls(v) {
  if (Array.isArray(v)) return v.map(withoutNulls);
  if (!isPlain(v)) return v;
  const out = {};
  for (const [k, x] of Object.entries(v)) if (x !== null) define(out, k, withoutNulls(x));
  return out;
}
function oneBlock(v) {
  return Array.isArray(v) && v.length === 1 && isPlain(v[0]) ? v[0] : void 0;
}
function apiShape(after, blocks, onBlock, nested = []) {
  const out = {};
  for (const [k, raw] of Object.entries(after)) {
    let v = withoutNulls(raw);
    if (v === null || v === "" || Array.isArray(v) && v.length === 0) continue;
    if (blocks.includes(k) && Array.isArray(v)) {
      const block = oneBlock(v);
      if (!block) continue;
      onBlock([k], [k, 0]);
      v = nested.includes(k) ? unwrapChildren(block, k, onBlock) : block;
      if (Object.keys(v).length === 0) continue;
    }
    define(out, k, v);
  }
  return out;
}
function unwrapChildren(block, key, onBlock) {
  const out = {};
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

export {
  KNOWN_AFTER_APPLY,
  fillUnknown,
  define,
  apiShape,
  REPORT_APPLICATIONS
};
