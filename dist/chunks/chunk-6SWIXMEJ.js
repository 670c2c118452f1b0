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
  if (PATTERN_START.test(out)) for (const re of PATTERNS) out = out.replace(re, (_, lead, secret) => lead + "*".repeat(secret.length));
  return maskSecretValues(out);
}
var PATTERN_START = /bearer|basic|eyJ/i;
function maskKnown(line, known) {
  let out = line;
  if (known.length < INDEX_MIN_SECRETS) {
    for (const s of known) if (out.includes(s)) out = out.replaceAll(s, "*".repeat(s.length));
    return out;
  }
  const index = secretIndex(known);
  if (line.length >= LONG_TEXT && index.always.length === 0 && !index.starred) return maskLong(line, known, index);
  const hit = new Set(index.always);
  for (let i = 0; i + 3 <= line.length; i++) {
    const ids = index.byGram.get(gramAt(line, i));
    if (ids) for (const id of ids) hit.add(id);
  }
  if (hit.size === 0) return out;
  const order = [...hit].sort((x, y) => x - y);
  for (const id of order) {
    const s = known[id];
    if (out.includes(s)) out = out.replaceAll(s, "*".repeat(s.length));
  }
  return out;
}
var INDEX_MIN_SECRETS = 32;
var LONG_TEXT = 4096;
function maskLong(text, known, index) {
  const places = /* @__PURE__ */ new Map();
  for (let i = 0; i + 3 <= text.length; i++) {
    const ids = index.byGram.get(gramAt(text, i));
    if (!ids) continue;
    for (const id of ids) {
      const start = i - index.offset[id];
      if (start < 0 || !text.startsWith(known[id], start)) continue;
      const list = places.get(id);
      if (list) list.push(start);
      else places.set(id, [start]);
    }
  }
  if (places.size === 0) return text;
  const masked = new Uint8Array(text.length);
  for (const id of [...places.keys()].sort((x, y) => x - y)) {
    const len = known[id].length;
    const starts = places.get(id).sort((x, y) => x - y);
    let from = 0;
    const chosen = [];
    for (const p of starts) {
      if (p < from) continue;
      let clear = true;
      for (let j = p; j < p + len; j++) if (masked[j]) {
        clear = false;
        break;
      }
      if (!clear) continue;
      chosen.push(p);
      from = p + len;
    }
    for (const p of chosen) masked.fill(1, p, p + len);
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < text.length; ) {
    if (!masked[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && masked[j]) j++;
    out += text.slice(last, i) + "*".repeat(j - i);
    last = i = j;
  }
  return out + text.slice(last);
}
var STAR = 42;
var indexes = /* @__PURE__ */ new WeakMap();
function secretIndex(known) {
  let index = indexes.get(known);
  if (index) return index;
  const count = /* @__PURE__ */ new Map();
  for (const s of known) {
    const mine = /* @__PURE__ */ new Set();
    for (let i = 0; i + 3 <= s.length; i++) if (!starAt(s, i)) mine.add(gramAt(s, i));
    for (const g of mine) count.set(g, (count.get(g) ?? 0) + 1);
  }
  index = { byGram: /* @__PURE__ */ new Map(), always: [], offset: [], starred: known.some((k) => k.includes("*")) };
  for (let id = 0; id < known.length; id++) {
    const s = known[id];
    let best = -1;
    let bestCount = Infinity;
    let bestAt = 0;
    for (let i = 0; i + 3 <= s.length; i++) {
      if (starAt(s, i)) continue;
      const g = gramAt(s, i);
      const c = count.get(g);
      if (c < bestCount) {
        best = g;
        bestCount = c;
        bestAt = i;
      }
    }
    index.offset.push(bestAt);
    if (best === -1) index.always.push(id);
    else {
      const ids = index.byGram.get(best);
      if (ids) ids.push(id);
      else index.byGram.set(best, [id]);
    }
  }
  indexes.set(known, index);
  return index;
}
function starAt(s, i) {
  return s.charCodeAt(i) === STAR || s.charCodeAt(i + 1) === STAR || s.charCodeAt(i + 2) === STAR;
}
function gramAt(s, i) {
  return s.charCodeAt(i) * 4294967296 + s.charCodeAt(i + 1) * 65536 + s.charCodeAt(i + 2);
}
var MIN_VALUE = 4;
var MIN_PIECE = 6;
var MAX_NODES = 5e7;
function documentSecrets(value) {
  const found = /* @__PURE__ */ new Set();
  collectSecrets(value, found);
  return found.size === 0 ? [] : [...found].sort(longestFirst);
}
var longestFirst = (a, b) => b.length - a.length;
function collectSecrets(value, found) {
  if (value === null || typeof value !== "object") return;
  const stack = [value];
  const seen = /* @__PURE__ */ new Set();
  let budget = MAX_NODES;
  while (stack.length && budget-- > 0) {
    const node = stack.pop();
    if (seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const x = node[i];
        if (x !== null && typeof x === "object") stack.push(x);
      }
      continue;
    }
    const o = node;
    if (typeof o.name === "string" && "value" in o && SECRET_NAME.test(o.name)) addLeaves(found, o.value);
    if ("after_sensitive" in o && "after" in o) sensitive(o.after, o.after_sensitive, found);
    if ("before_sensitive" in o && "before" in o) sensitive(o.before, o.before_sensitive, found);
    for (const k in o) {
      const v = o[k];
      if (isSecretName(k)) addLeaves(found, v);
      else if (k === "cookies" && Array.isArray(v)) for (const c of v) addLeaves(found, c && typeof c === "object" ? c.value : void 0);
      else if (v !== null && typeof v === "object") stack.push(v);
    }
  }
}
function addValue(found, s) {
  addForm(found, s);
  if (!NEEDS_ESCAPE.test(s)) return;
  const escaped = JSON.stringify(s).slice(1, -1);
  if (escaped !== s) addForm(found, escaped);
}
var NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
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
function sensitive(value, marks, found) {
  if (marks === true) return addLeaves(found, value);
  if (!marks || typeof marks !== "object" || !value || typeof value !== "object") return;
  for (const [k, m] of Object.entries(marks)) sensitive(value[k], m, found);
}
function addLeaves(found, v) {
  if (typeof v === "string") return addValue(found, v);
  if (typeof v === "number" || typeof v === "bigint") return addValue(found, String(v));
  if (!v || typeof v !== "object") return;
  const stack = [v];
  let budget = 1e4;
  while (stack.length && budget-- > 0) {
    const x = stack.pop();
    if (typeof x === "string") addValue(found, x);
    else if (typeof x === "number" || typeof x === "bigint") addValue(found, String(x));
    else if (x && typeof x === "object") {
      let n = 0;
      for (const k in x) {
        if (n++ === 1e3) break;
        stack.push(x[k]);
      }
    }
  }
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
function addSecretsOf(doc, into) {
  const known = secretsCache.get(doc);
  if (known) for (const s of known) into.add(s);
  else collectSecrets(doc.value, into);
}

export {
  redactSecrets,
  maskKnown,
  documentSecrets,
  lineColumn,
  spanToPosition,
  lineText,
  secretsOf,
  addSecretsOf
};
