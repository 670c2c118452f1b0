import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  substituteKeywords
} from "./chunk-PYKP3QTX.js";

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
    if (line.length >= ANY_MIN_TEXT && known.length > 1 && holdsNone(known, line)) return out;
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
var ANY_MIN_TEXT = 1024;
function anyOf(known) {
  const of = known.join("\0");
  let made = anyOfs.get(known);
  if (made === void 0 || made.of !== of) {
    let re;
    try {
      const starts = new Set(known.map((s) => s.slice(0, ANY_PREFIX)));
      re = new RegExp([...starts].map((s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")).join("|"));
    } catch {
      re = null;
    }
    anyOfs.set(known, made = { of, re });
  }
  return made.re;
}
var anyOfs = /* @__PURE__ */ new WeakMap();
var ANY_PREFIX = 64;
function holdsNone(known, line) {
  const re = anyOf(known);
  if (re === null) return false;
  try {
    return !re.test(line);
  } catch {
    anyOfs.set(known, { of: known.join("\0"), re: null });
    return false;
  }
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
function documentSecrets(value, tree = false) {
  const found = /* @__PURE__ */ new Set();
  collectSecrets(value, found, tree);
  return found.size === 0 ? [] : longestFirstOf(found);
}
var longestFirst = (a, b) => b.length - a.length;
var INSERTION_MAX = 24;
function longestFirstOf(found) {
  if (found.size > INSERTION_MAX) return [...found].sort(longestFirst);
  const out = [];
  for (const s of found) {
    let j = out.length;
    out.push(s);
    while (j > 0 && out[j - 1].length < s.length) {
      out[j] = out[j - 1];
      j--;
    }
    out[j] = s;
  }
  return out;
}
function collectSecrets(value, found, tree = false) {
  if (value === null || typeof value !== "object") return;
  const stack = [value];
  const seen = tree ? void 0 : /* @__PURE__ */ new Set();
  let budget = MAX_NODES;
  while (stack.length && budget-- > 0) {
    const node = stack.pop();
    if (seen) {
      if (seen.has(node)) continue;
      seen.add(node);
    }
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

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function findNodeAtLocation(root, path) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path) {
    if (typeof segment === "string") {
      if (node.type !== "object" || !Array.isArray(node.children)) {
        return void 0;
      }
      let found = false;
      for (const propertyNode of node.children) {
        if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
          node = propertyNode.children[1];
          found = true;
          break;
        }
      }
      if (!found) {
        return void 0;
      }
    } else {
      const index = segment;
      if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
        return void 0;
      }
      node = node.children[index];
    }
  }
  return node;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var findNodeAtLocation2 = findNodeAtLocation;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/sources/json/json-fast.ts
var MAX_DEPTH = 512;
function parseJsonFast(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const inValue = countValueTokens(value);
  if (inValue < 0 || inValue !== countTextStrings(text)) return null;
  return { value };
}
function countValueTokens(root) {
  if (typeof root === "string") return 1;
  return typeof root === "object" && root !== null ? tokensBelow(root, 0) : 0;
}
function tokensBelow(v, d) {
  if (d > MAX_DEPTH) return -1;
  let n = 0;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (typeof x === "string") n++;
      else if (typeof x === "object" && x !== null) {
        const k = tokensBelow(x, d + 1);
        if (k < 0) return -1;
        n += k;
      }
    }
    return n;
  }
  for (const key in v) {
    n++;
    const x = v[key];
    if (typeof x === "string") n++;
    else if (typeof x === "object" && x !== null) {
      const k = tokensBelow(x, d + 1);
      if (k < 0) return -1;
      n += k;
    }
  }
  return n;
}
function countTextStrings(t) {
  let quotes = 0;
  for (let i = t.indexOf('"'); i !== -1; i = t.indexOf('"', i + 1)) {
    if (t.charCodeAt(i - 1) === 92) {
      let k = i - 2;
      while (t.charCodeAt(k) === 92) k--;
      if ((i - 1 - k) % 2 === 1) continue;
    }
    quotes++;
  }
  return quotes >> 1;
}
function stringEnd(t, i) {
  let j = t.indexOf('"', i + 1);
  while (t.charCodeAt(j - 1) === 92) {
    let k = j - 1;
    while (t.charCodeAt(k) === 92) k--;
    if ((j - 1 - k) % 2 === 0) break;
    j = t.indexOf('"', j + 1);
  }
  return j + 1;
}
function skipSpace(t, i) {
  let c = t.charCodeAt(i);
  while (c === 32 || c === 10 || c === 13 || c === 9) c = t.charCodeAt(++i);
  return i;
}
var jsonLocatorStats = { chars: 0 };
function valueEnd(t, i) {
  const end = scanValue(t, i);
  jsonLocatorStats.chars += end - i;
  return end;
}
function scanValue(t, i) {
  const c = t.charCodeAt(i);
  if (c === 34) return stringEnd(t, i);
  if (c === 123 || c === 91) {
    let depth = 0;
    for (let j2 = i; ; j2++) {
      const d = t.charCodeAt(j2);
      if (d === 34) j2 = stringEnd(t, j2) - 1;
      else if (d === 123 || d === 91) depth++;
      else if ((d === 125 || d === 93) && --depth === 0) return j2 + 1;
    }
  }
  let j = i + 1;
  for (let d = t.charCodeAt(j); d >= 48 && d <= 57 || d >= 97 && d <= 122 || d === 43 || d === 45 || d === 46 || d === 69; d = t.charCodeAt(++j)) ;
  return j;
}
var LARGE = /* @__PURE__ */ Symbol("large object");
function keyIs(t, i, ke, name) {
  const len = ke - i - 2;
  if (len === name.length) return t.startsWith(name, i + 1) && !name.includes("\\");
  if (len < name.length) return false;
  for (let j = i + 1; j < ke - 1; j++) if (t.charCodeAt(j) === 92) return JSON.parse(t.slice(i, ke)) === name;
  return false;
}
var REMEMBER_FROM = 32;
var REMEMBER_SPAN = 4096;
var JsonLocator = class {
  constructor(text) {
    this.text = text;
  }
  text;
  // (made when first needed: a small file's few findings remember nothing, and a directory export has thousands)
  arrays;
  objects;
  ends;
  /** [start, end) of the value (or key) at `path`, or of the deepest node on it that exists */
  locate(path, target) {
    const t = this.text;
    let node = [skipSpace(t, 0), -1];
    let key;
    for (const seg of path) {
      key = void 0;
      const c = t.charCodeAt(node[0]);
      if (c === 123) {
        const m = this.member(node[0], String(seg));
        if (!m) return this.whole(node);
        key = m.key;
        node = m.value;
      } else if (c === 91 && typeof seg === "number") {
        const item = this.item(node[0], seg);
        if (!item) return this.whole(node);
        node = item;
      } else return this.whole(node);
    }
    return target === "key" && key ? key : this.whole(node);
  }
  /** a range with its end found (kept in the range, which remembered members share) */
  whole(r) {
    if (r[1] < 0) r[1] = this.end(r[0]);
    return [r[0], r[1]];
  }
  /** the end of the value starting at `start`, remembered for long values */
  end(start) {
    const known = this.ends?.get(start);
    if (known !== void 0) return known;
    const end = valueEnd(this.text, start);
    if (end - start >= REMEMBER_SPAN) (this.ends ??= /* @__PURE__ */ new Map()).set(start, end);
    return end;
  }
  /** the member of the object opening at `open` with this name, reading no further than it */
  member(open, name) {
    const known = this.objects?.get(open);
    if (known) {
      const m = known.members.get(name);
      if (m || known.done) return m;
    } else {
      const quick = this.quickMember(open, name);
      if (quick !== LARGE) return quick;
    }
    const t = this.text;
    const scan = known ?? { members: /* @__PURE__ */ new Map(), pending: null, next: skipSpace(t, open + 1), done: false };
    let found;
    while (!scan.done) {
      let i = scan.next;
      if (scan.pending) {
        i = skipSpace(t, this.whole(scan.pending.value)[1]);
        if (t.charCodeAt(i) === 44) i = skipSpace(t, i + 1);
        scan.pending = null;
        scan.next = i;
      }
      if (t.charCodeAt(i) !== 34) {
        scan.done = true;
        break;
      }
      const ke = stringEnd(t, i);
      const raw = t.slice(i + 1, ke - 1);
      const key = raw.includes("\\") ? JSON.parse(t.slice(i, ke)) : raw;
      const m = { key: [i, ke], value: [skipSpace(t, skipSpace(t, ke) + 1), -1] };
      if (!scan.members.has(key)) scan.members.set(key, m);
      scan.pending = m;
      if (key === name) {
        found = m;
        break;
      }
    }
    if (!known && (scan.members.size >= REMEMBER_FROM || scan.next - open >= REMEMBER_SPAN)) (this.objects ??= /* @__PURE__ */ new Map()).set(open, scan);
    return found;
  }
  /**
   * The member named `name` of the object opening at `open`, found without recording the members before it; LARGE
   * once the object turns out to be one worth remembering (then `member` reads it again, recording).
   */
  quickMember(open, name) {
    const t = this.text;
    let i = skipSpace(t, open + 1);
    for (let count = 1; t.charCodeAt(i) === 34; count++) {
      if (count >= REMEMBER_FROM || i - open >= REMEMBER_SPAN) return LARGE;
      const ke = stringEnd(t, i);
      const value = skipSpace(t, skipSpace(t, ke) + 1);
      if (keyIs(t, i, ke, name)) return { key: [i, ke], value: [value, -1] };
      i = skipSpace(t, this.end(value));
      if (t.charCodeAt(i) === 44) i = skipSpace(t, i + 1);
    }
    return i - open >= REMEMBER_SPAN ? LARGE : void 0;
  }
  item(open, index) {
    const known = this.arrays?.get(open);
    if (known) return known[index];
    const t = this.text;
    const list = [];
    let i = skipSpace(t, open + 1);
    while (t.charCodeAt(i) !== 93) {
      const e = valueEnd(t, i);
      list.push([i, e]);
      if (list.length > index && list.length < REMEMBER_FROM) return list[index];
      i = skipSpace(t, e);
      if (t.charCodeAt(i) === 44) i = skipSpace(t, i + 1);
    }
    if (list.length >= REMEMBER_FROM) (this.arrays ??= /* @__PURE__ */ new Map()).set(open, list);
    return list[index];
  }
};

// src/sources/json/json-source.ts
var ERROR_TEXT = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: "expected the end of the file",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "unexpected end of comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unexpected end of number",
  InvalidUnicode: "invalid unicode escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in string"
};
var JSON_TREE = /* @__PURE__ */ Symbol("a JSON tree");
function isJsonTree(doc) {
  return doc[JSON_TREE] === true;
}
function markTree(doc) {
  if (typeof doc.value === "object" && doc.value !== null) Object.defineProperty(doc, JSON_TREE, { value: true });
  return doc;
}
function loadJson(file, text, bom, keywords) {
  const prepared = substituteKeywords(text, "json", keywords);
  const { parseText, offsets, placeholders } = prepared;
  const fast = parseJsonFast(parseText);
  if (!fast) return loadJsonFull(file, text, bom, keywords, prepared);
  let locator;
  const same = offsets.identity;
  return markTree({
    file,
    format: "json",
    text,
    parseText,
    offsets,
    bom,
    value: fast.value,
    problems: [],
    directives: [],
    placeholders,
    locate(path, target) {
      locator ??= new JsonLocator(parseText);
      const r = locator.locate(path, target);
      return same ? { start: r[0], end: r[1] } : { start: offsets.toOriginal(r[0]), end: offsets.toOriginal(r[1], "end") };
    }
  });
}
function loadJsonFull(file, text, bom, keywords, prepared = substituteKeywords(text, "json", keywords)) {
  const { parseText, offsets, placeholders } = prepared;
  const problems = [];
  const span = (a, b) => ({ start: offsets.toOriginal(a), end: offsets.toOriginal(b, "end") });
  let root;
  let value = null;
  try {
    const errors = [];
    root = parseTree2(parseText, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    for (const e of errors) {
      const name = printParseErrorCode(e.error);
      problems.push({ message: `invalid JSON: ${ERROR_TEXT[name] ?? name}`, span: span(e.offset, e.offset + Math.max(e.length, 1)) });
    }
    if (root && problems.length === 0) {
      value = toValue(
        root,
        (key) => problems.push({ message: `duplicate key: "${key.value}" appears more than once in this object`, span: span(key.offset, key.offset + key.length) })
      );
    }
  } catch (err) {
    const message = err instanceof RangeError ? "invalid JSON: nesting is too deep to read" : `invalid JSON: ${String(err)}`;
    problems.push({ message, span: { start: 0, end: Math.min(1, text.length) } });
    root = void 0;
  }
  if (problems.length) value = null;
  const tree = root;
  return markTree({
    file,
    format: "json",
    text,
    parseText,
    offsets,
    bom,
    value,
    problems,
    directives: [],
    placeholders,
    locate(path, target) {
      if (!tree) return void 0;
      const r = locateJson(tree, path, target);
      return r ? span(r[0], r[1]) : void 0;
    }
  });
}
function toValue(node, onDuplicate) {
  switch (node.type) {
    case "object": {
      const obj = {};
      const seen = /* @__PURE__ */ new Set();
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k || !v) continue;
        const key = String(k.value);
        if (seen.has(key)) onDuplicate(k);
        seen.add(key);
        Object.defineProperty(obj, key, { value: toValue(v, onDuplicate), enumerable: true, writable: true, configurable: true });
      }
      return obj;
    }
    case "array":
      return (node.children ?? []).map((c) => toValue(c, onDuplicate));
    default:
      return node.value;
  }
}
function locateJson(root, path, target) {
  let node = root;
  let keyNode;
  for (const seg of path) {
    keyNode = void 0;
    if (node.type === "object") {
      const props = (node.children ?? []).filter((p) => p.children?.[0]?.value === String(seg));
      const prop = props[props.length - 1];
      if (!prop?.children?.[1]) return [node.offset, node.offset + node.length];
      keyNode = prop.children[0];
      node = prop.children[1];
    } else if (node.type === "array" && typeof seg === "number" && node.children?.[seg]) {
      node = node.children[seg];
    } else {
      return [node.offset, node.offset + node.length];
    }
  }
  const n = target === "key" && keyNode ? keyNode : node;
  return [n.offset, n.offset + n.length];
}

// src/engine/positions.ts
var MEMO = /* @__PURE__ */ Symbol("positions memo");
function memoOf(doc) {
  const held = doc[MEMO];
  if (held) return held;
  const memo = {};
  Object.defineProperty(doc, MEMO, { value: memo });
  return memo;
}
function linesTo(doc, offset) {
  const memo = memoOf(doc);
  let table = memo.lines;
  if (!table) memo.lines = table = { starts: [0], scanned: 0 };
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
  const lo = lineAt(starts, offset);
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
function spanToPosition(doc, span) {
  const start = Math.min(Math.max(span.start, 0), doc.text.length);
  const end = Math.min(Math.max(span.end, start), doc.text.length);
  const starts = linesTo(doc, end).starts;
  const a = lineAt(starts, start);
  const b = lineAt(starts, end);
  return { line: a + 1, column: start - starts[a] + 1, endLine: b + 1, endColumn: end - starts[b] + 1 };
}
function lineAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function lineText(doc, line) {
  const memo = memoOf(doc);
  let lines = memo.texts;
  if (!lines) memo.texts = lines = /* @__PURE__ */ new Map();
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
function secretsOf(doc) {
  const memo = memoOf(doc);
  let s = memo.secrets;
  if (!s) memo.secrets = s = documentSecrets(doc.value, isJsonTree(doc));
  return s;
}
function addSecretsOf(doc, into) {
  const known = doc[MEMO]?.secrets;
  if (known) for (const s of known) into.add(s);
  else collectSecrets(doc.value, into, isJsonTree(doc));
}

export {
  redactSecrets,
  maskKnown,
  documentSecrets,
  parseTree2 as parseTree,
  findNodeAtLocation2 as findNodeAtLocation,
  loadJson,
  loadJsonFull,
  lineColumn,
  spanToPosition,
  lineText,
  secretsOf,
  addSecretsOf
};
