import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  redactSecrets
} from "./chunk-N77EVBPT.js";

// src/engine/positions.ts
var lineStartsCache = /* @__PURE__ */ new WeakMap();
function lineStarts(doc) {
  let starts = lineStartsCache.get(doc);
  if (!starts) {
    starts = [0];
    const t = doc.text;
    for (let i = t.indexOf("\n"); i !== -1; i = t.indexOf("\n", i + 1)) starts.push(i + 1);
    lineStartsCache.set(doc, starts);
  }
  return starts;
}
function lineColumn(doc, offset) {
  const starts = lineStarts(doc);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
function spanToPosition(doc, span) {
  const start = Math.min(Math.max(span.start, 0), doc.text.length);
  const a = lineColumn(doc, start);
  const b = lineColumn(doc, Math.min(Math.max(span.end, start), doc.text.length));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
function lineText(doc, line) {
  let lines = lineTextCache.get(doc);
  if (!lines) lineTextCache.set(doc, lines = /* @__PURE__ */ new Map());
  let text = lines.get(line);
  if (text === void 0) {
    const starts = lineStarts(doc);
    const s = starts[line - 1];
    if (s === void 0) return "";
    const e = line < starts.length ? starts[line] - 1 : doc.text.length;
    text = redactSecrets(doc.text.slice(s, e).replace(/\r$/, "")).replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, "\uFFFD");
    lines.set(line, text);
  }
  return text;
}
var lineTextCache = /* @__PURE__ */ new WeakMap();

export {
  lineColumn,
  spanToPosition,
  lineText
};
