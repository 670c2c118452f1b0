import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });

// src/engine/redact.ts
var PATTERNS = [
  /(\bBearer\s+)([A-Za-z0-9._~+/=-]+)/gi,
  /(\bBasic\s+)([A-Za-z0-9+/=]{6,})/gi,
  /()(\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)/g
];
var SECRET_WORDS = String.raw`client_secret|secret|password|passwd|access_token|refresh_token|id_token|x-api-key|api[_-]?key|token|smtp_pass|private_key|privatekey|set-cookie|cookie|authorization`;
var SECRET_KEY = new RegExp(`((?:${SECRET_WORDS})\\\\?["']?\\s*[:=]\\s*)(\\\\?["']?)`, "gi");
var SECRET_NAME = new RegExp(`^(?:${SECRET_WORDS}|proxy-authorization|.*_secret|.*[_-]token|.*password)$`, "i");
function redactSecrets(line, known) {
  let out = line;
  if (known?.length) out = maskKnown(out, known);
  for (const re of PATTERNS) out = out.replace(re, (_, lead, secret) => lead + "*".repeat(secret.length));
  return maskSecretValues(out);
}
function maskKnown(line, known) {
  let out = line;
  for (const s of known) {
    if (!out.includes(s)) continue;
    out = out.split(s).join("*".repeat(s.length));
  }
  return out;
}
var MIN_VALUE = 4;
var MIN_PIECE = 6;
var MAX_NODES = 5e7;
function documentSecrets(value) {
  const found = /* @__PURE__ */ new Set();
  const add = (v) => {
    for (const s of leaves(v)) {
      addForm(found, s);
      const escaped = JSON.stringify(s).slice(1, -1);
      if (escaped !== s) addForm(found, escaped);
    }
  };
  let budget = MAX_NODES;
  const stack = [value];
  const seen = /* @__PURE__ */ new Set();
  while (stack.length && budget-- > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    if (seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const x of node) stack.push(x);
      continue;
    }
    const o = node;
    if (typeof o.name === "string" && "value" in o && SECRET_NAME.test(o.name)) add(o.value);
    if ("after_sensitive" in o && "after" in o) sensitive(o.after, o.after_sensitive, add);
    if ("before_sensitive" in o && "before" in o) sensitive(o.before, o.before_sensitive, add);
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (isSecretName(k)) add(v);
      else if (k === "cookies" && Array.isArray(v)) for (const c of v) add(c && typeof c === "object" ? c.value : void 0);
      else stack.push(v);
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}
function addForm(found, form) {
  if (form.length >= MIN_VALUE) found.add(form);
  if (form.length < MIN_PIECE || !PIECE_SEPARATOR.test(form)) return;
  for (const piece of form.split(PIECE_SPLIT)) if (piece.length >= MIN_PIECE) found.add(piece);
}
var PIECE_SPLIT = /[\s;,&=]+|\\n/;
var PIECE_SEPARATOR = /[\s;,&=]|\\n/;
function isSecretName(key) {
  let yes = secretNames.get(key);
  if (yes === void 0) {
    yes = SECRET_NAME.test(key);
    if (key.length <= 64 && secretNames.size < 4096) secretNames.set(key, yes);
  }
  return yes;
}
var secretNames = /* @__PURE__ */ new Map();
function sensitive(value, marks, add) {
  if (marks === true) return add(value);
  if (!marks || typeof marks !== "object" || !value || typeof value !== "object") return;
  for (const [k, m] of Object.entries(marks)) sensitive(value[k], m, add);
}
function leaves(v) {
  const out = [];
  const stack = [v];
  let budget = 1e4;
  while (stack.length && budget-- > 0) {
    const x = stack.pop();
    if (typeof x === "string") out.push(x);
    else if (typeof x === "number" || typeof x === "bigint") out.push(String(x));
    else if (x && typeof x === "object") stack.push(...Object.values(x).slice(0, 1e3));
  }
  return out;
}
function maskSecretValues(line) {
  let out = "";
  let last = 0;
  SECRET_KEY.lastIndex = 0;
  for (let m = SECRET_KEY.exec(line); m; m = SECRET_KEY.exec(line)) {
    let start = m.index + m[0].length;
    let quote = m[2];
    if (quote === "") {
      const props = /^(?:[&!][^\s]*\s+)+(\\?["']?)/.exec(line.slice(start));
      if (props) {
        start += props[0].length;
        quote = props[1];
      }
    }
    let end = start;
    if (quote === "") {
      while (end < line.length && !/[\s"'\\,}\]&]/.test(line[end])) end++;
    } else if (quote.length === 2) {
      end = line.indexOf(quote, start);
      if (end === -1) end = line.length;
    } else {
      while (end < line.length && line[end] !== quote) end += line[end] === "\\" && quote === '"' ? 2 : 1;
      end = Math.min(end, line.length);
    }
    if (end > start && line[start] !== "*") {
      out += line.slice(last, start) + "*".repeat(end - start);
      last = end;
    }
    SECRET_KEY.lastIndex = Math.max(SECRET_KEY.lastIndex, end);
  }
  return out + line.slice(last);
}

// src/engine/positions.ts
var lineTables = /* @__PURE__ */ new WeakMap();
function linesTo(doc, offset) {
  let table = lineTables.get(doc);
  if (!table) lineTables.set(doc, table = { starts: [0], scanned: 0 });
  if (table.scanned > offset) return table;
  const t = doc.text;
  let i = t.indexOf("\n", table.scanned);
  while (i !== -1 && i < offset) {
    table.starts.push(i + 1);
    i = t.indexOf("\n", i + 1);
  }
  if (i === -1) table.scanned = Infinity;
  else {
    table.starts.push(i + 1);
    table.scanned = i + 1;
  }
  return table;
}
function lineColumn(doc, offset) {
  const starts = linesTo(doc, offset).starts;
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
    let table = linesTo(doc, 0);
    while (table.starts.length <= line && table.scanned !== Infinity) table = linesTo(doc, table.scanned);
    const starts = table.starts;
    const s = starts[line - 1];
    if (s === void 0) return "";
    const e = line < starts.length ? starts[line] - 1 : doc.text.length;
    text = redactSecrets(doc.text.slice(s, e).replace(/\r$/, ""), secretsOf(doc)).replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, "\uFFFD");
    lines.set(line, text);
  }
  return text;
}
var lineTextCache = /* @__PURE__ */ new WeakMap();
var secretsCache = /* @__PURE__ */ new WeakMap();
function secretsOf(doc) {
  let s = secretsCache.get(doc);
  if (!s) secretsCache.set(doc, s = documentSecrets(doc.value));
  return s;
}

export {
  redactSecrets,
  maskKnown,
  documentSecrets,
  lineColumn,
  spanToPosition,
  lineText,
  secretsOf
};
