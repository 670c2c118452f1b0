import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });

// src/sources/offset-map.ts
var OffsetMap = class {
  constructor(replacements = []) {
    this.replacements = replacements;
  }
  replacements;
  /** true when nothing was replaced, so both texts are the same */
  get identity() {
    return this.replacements.length === 0;
  }
  /** the original offset for a rewritten offset; `side` picks the edge when it falls inside a replacement */
  toOriginal(offset, side = "start") {
    const r = this.find(offset);
    if (!r) return offset;
    if (offset >= r.nextEnd) return offset - r.nextEnd + r.origEnd;
    if (offset === r.nextStart) return r.origStart;
    return side === "start" ? r.origStart : r.origEnd;
  }
  /** whether the rewritten range [start, end) touches replaced text */
  overlaps(start, end) {
    return this.replacements.some((r) => start < r.nextEnd && end > r.nextStart);
  }
  /** the last replacement starting at or before `offset` */
  find(offset) {
    const list = this.replacements;
    let lo = 0;
    let hi = list.length - 1;
    let found;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (list[mid].nextStart <= offset) {
        found = list[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
};
function rewrite(text, edits) {
  if (edits.length === 0) return { text, map: new OffsetMap() };
  const parts = [];
  const replacements = [];
  let last = 0;
  let length = 0;
  for (const e of edits) {
    parts.push(text.slice(last, e.start));
    length += e.start - last;
    replacements.push({ origStart: e.start, origEnd: e.end, nextStart: length, nextEnd: length + e.text.length });
    parts.push(e.text);
    length += e.text.length;
    last = e.end;
  }
  parts.push(text.slice(last));
  return { text: parts.join(""), map: new OffsetMap(replacements) };
}

// src/sources/keywords.ts
var PLACEHOLDER = /(##|@@)([A-Za-z0-9_.-]+)\1/g;
function isPlaceholder(value) {
  return typeof value === "string" && /^(##|@@)[A-Za-z0-9_.-]+\1$/.test(value);
}
function containsPlaceholder(value) {
  return typeof value === "string" && /(##|@@)[A-Za-z0-9_.-]+\1/.test(value);
}
var QuoteTracker = class {
  constructor(text) {
    this.text = text;
  }
  text;
  lineEnd = -1;
  i = 0;
  quote = null;
  comment = false;
  at(offset) {
    const text = this.text;
    if (offset > this.lineEnd || offset < this.i) {
      const nl = text.indexOf("\n", offset);
      this.lineEnd = nl === -1 ? text.length : nl;
      this.i = text.lastIndexOf("\n", offset - 1) + 1;
      this.quote = null;
      this.comment = false;
    }
    while (this.i < offset && !this.comment) {
      const i = this.i;
      const c = text[i];
      if (this.quote === '"' && c === "\\") {
        this.i += 2;
        continue;
      }
      if (this.quote && c === this.quote) this.quote = null;
      else if (!this.quote && (c === '"' || c === "'")) {
        const prev = text[i - 1];
        if (i === 0 || prev === void 0 || /[\s:\[{,-]/.test(prev)) this.quote = c;
      } else if (!this.quote && c === "#" && /\s/.test(text[i - 1] ?? " ")) this.comment = true;
      this.i++;
    }
    return this.comment ? null : this.quote;
  }
};
function isWholePlainScalar(text, start, end, format) {
  let i = start - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "	")) i--;
  const before = i < 0 ? "\n" : text[i];
  const opens = format === "json" ? /[:\[,\n\r]/ : /[:\[{,\n\r-]/;
  if (!opens.test(before)) return false;
  if (format === "yaml" && before === "-" && i > 0 && !/\s/.test(text[i - 1])) return false;
  let j = end;
  while (j < text.length && (text[j] === " " || text[j] === "	")) j++;
  return j >= text.length || /[\n\r,\]}#]/.test(text[j]);
}
var MAX_SUBSTITUTED_SIZE = 64 * 1024 * 1024;
var KeywordExpansionError = class extends Error {
  constructor(size, added) {
    super("keyword substitution too large");
    this.size = size;
    this.added = added;
  }
  size;
  added;
};
function substituteKeywords(text, format, keywords) {
  const placeholders = [];
  if (!text.includes("##") && !text.includes("@@")) {
    return { parseText: text, offsets: new OffsetMap(), placeholders };
  }
  const edits = [];
  const quotes = new QuoteTracker(text);
  for (const m of text.matchAll(PLACEHOLDER)) {
    const start = m.index;
    const end = start + m[0].length;
    const key = m[2];
    const quote = quotes.at(start);
    const known = keywords !== void 0 && Object.prototype.hasOwnProperty.call(keywords, key);
    if (known) {
      const value = keywords[key];
      if (m[1] === "##") {
        const literal = typeof value === "string" ? value : JSON.stringify(value);
        edits.push({ start, end, text: quote === '"' ? JSON.stringify(literal).slice(1, -1) : literal });
      } else if (quote && text[start - 1] === quote && text[end] === quote) {
        edits.push({ start: start - 1, end: end + 1, text: JSON.stringify(value) });
      } else {
        edits.push({ start, end, text: JSON.stringify(value) });
      }
      continue;
    }
    if (quote === null && format === "yaml" && m[1] === "##" && !/[\s\[{,]/.test(text[start - 1] ?? "\n")) {
      placeholders.push({ key, text: m[0], span: { start, end } });
      continue;
    }
    placeholders.push({ key, text: m[0], span: { start, end } });
    if (quote === null && isWholePlainScalar(text, start, end, format)) {
      edits.push({ start, end, text: JSON.stringify(m[0]) });
    }
  }
  let size = text.length;
  for (const e of edits) size += e.text.length - (e.end - e.start);
  if (size - text.length > MAX_SUBSTITUTED_SIZE) throw new KeywordExpansionError(size, size - text.length);
  const { text: parseText, map } = rewrite(text, edits);
  return { parseText, offsets: map, placeholders };
}

export {
  OffsetMap,
  isPlaceholder,
  containsPlaceholder,
  MAX_SUBSTITUTED_SIZE,
  KeywordExpansionError,
  substituteKeywords
};
