import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);

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
  const a = lineColumn(doc, span.start);
  const b = lineColumn(doc, Math.max(span.end, span.start));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
function lineText(doc, line) {
  const starts = lineStarts(doc);
  const s = starts[line - 1];
  if (s === void 0) return "";
  const e = line < starts.length ? starts[line] - 1 : doc.text.length;
  return doc.text.slice(s, e).replace(/\r$/, "");
}

export {
  lineColumn,
  spanToPosition,
  lineText
};
