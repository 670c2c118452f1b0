import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  findingKey,
  legacyFindingKey
} from "./chunk-HEUCMKYD.js";
import {
  lineText
} from "./chunk-642XNQPB.js";

// src/engine/detach.ts
var HTML_AROUND = 2;
function detachFindings(findings, around = 0) {
  const tables = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.source && f.docPath) {
      f.keyPath = findingKey(f).path;
      f.legacyKeyPath = legacyFindingKey(f).path;
    }
    const doc = f.doc;
    if (doc) {
      let table = tables.get(doc);
      if (!table) tables.set(doc, table = /* @__PURE__ */ new Map());
      for (let n = Math.max(1, f.line - around); n <= f.line + around; n++) if (!table.has(n)) table.set(n, lineText(doc, n));
      f.lines = table;
    }
    delete f.doc;
    delete f.source;
    delete f.docPath;
  }
}
function hasSource(f) {
  return f.doc !== void 0 || f.lines !== void 0;
}
function findingLine(f, n) {
  if (f.doc) return lineText(f.doc, n);
  return f.lines?.get(n) ?? "";
}

export {
  HTML_AROUND,
  detachFindings,
  hasSource,
  findingLine
};
