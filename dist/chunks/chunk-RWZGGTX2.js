import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  findingKey,
  legacyFindingKey
} from "./chunk-MEX5ELCO.js";
import {
  lineText
} from "./chunk-QSQWDZRO.js";
import {
  toPointer
} from "./chunk-MGL2NZD7.js";

// src/engine/flat-string.ts
var MIN_VIEW = 13;
function flatString(s) {
  return s.length < MIN_VIEW ? s : (" " + s).slice(1);
}
var MAX_SHARED_LENGTH = 1024;
var MAX_SHARED_CHARS = 16 * 1024 * 1024;
var StringTable = class {
  copies = /* @__PURE__ */ new Map();
  chars = 0;
  copy(s) {
    if (s.length < MIN_VIEW) return s;
    if (s.length > MAX_SHARED_LENGTH) return flatString(s);
    let c = this.copies.get(s);
    if (c === void 0) {
      c = flatString(s);
      if (this.chars < MAX_SHARED_CHARS) {
        this.copies.set(c, c);
        this.chars += c.length;
      }
    }
    return c;
  }
};
var MAX_DEPTH = 64;
function flatData(v, depth = 0) {
  if (typeof v === "string") return flatString(v);
  if (v === null || typeof v !== "object" || depth > MAX_DEPTH) return v;
  if (Array.isArray(v)) return v.map((x) => flatData(x, depth + 1));
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return v;
  const out = proto === null ? /* @__PURE__ */ Object.create(null) : {};
  for (const k of Object.keys(v)) {
    const x = flatData(v[k], depth + 1);
    if (k === "__proto__") Object.defineProperty(out, k, { value: x, enumerable: true, writable: true, configurable: true });
    else out[k] = x;
  }
  return out;
}

// src/engine/detach.ts
var HTML_AROUND = 2;
function detachFindings(findings, around = 0, strings = new StringTable()) {
  const copy = (s) => strings.copy(s);
  const tables = /* @__PURE__ */ new Map();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const { doc, span: _span, source: _source, docPath: _docPath, ...kept } = f;
    if (f.source && f.docPath) {
      const plain = plainKeyPath(f.source.path.length, f.docPath);
      const key = copy(plain ?? findingKey(f).path);
      const legacy = plain ?? legacyFindingKey(f).path;
      kept.keyPath = key;
      kept.legacyKeyPath = legacy === key ? key : copy(legacy);
    }
    if (doc) {
      let table = tables.get(doc);
      if (!table) tables.set(doc, table = /* @__PURE__ */ new Map());
      for (let n = Math.max(1, f.line - around); n <= f.line + around; n++) if (!table.has(n)) table.set(n, copy(lineText(doc, n)));
      kept.lines = table;
    }
    flattenStrings(kept, copy);
    findings[i] = kept;
  }
}
function plainKeyPath(from, docPath) {
  if (docPath.length < from) return void 0;
  for (let i = from; i < docPath.length; i++) if (typeof docPath[i] === "number") return void 0;
  return toPointer(from === 0 ? docPath : docPath.slice(from));
}
function flattenStrings(f, copy) {
  f.message = copy(f.message);
  f.path = copy(f.path);
  if (f.resource) f.resource = { type: f.resource.type, name: flatString(f.resource.name) };
  if (f.fix) f.fix = flatData(f.fix);
  if (f.alternatives) f.alternatives = flatData(f.alternatives);
  if (f.related) f.related = flatData(f.related);
  const predicted = f.predictedResponse;
  if (predicted?.errorCode !== void 0) f.predictedResponse = { ...predicted, errorCode: flatString(predicted.errorCode) };
  if (f.suppression) f.suppression = flatData(f.suppression);
}
function hasSource(f) {
  return f.doc !== void 0 || f.lines !== void 0;
}
function findingLine(f, n) {
  if (f.doc) return lineText(f.doc, n);
  return f.lines?.get(n) ?? "";
}

export {
  flatString,
  StringTable,
  flatData,
  HTML_AROUND,
  detachFindings,
  hasSource,
  findingLine
};
