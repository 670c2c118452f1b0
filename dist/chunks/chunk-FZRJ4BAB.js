import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  ConfigError,
  MissingPathError,
  UsageError,
  version
} from "./chunk-H6IJQYMW.js";

// src/cli/lint-command.ts
import { existsSync as existsSync8, statSync as statSync11 } from "node:fs";

// src/sources/read-file.ts
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from "node:fs";
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
async function readTextFile(file, maxSize = DEFAULT_MAX_FILE_SIZE) {
  return readTextFileSync(file, maxSize, false);
}
function readTextFileSync(file, maxSize = DEFAULT_MAX_FILE_SIZE, listed = false) {
  let fd;
  try {
    fd = openSync(file, listed ? LISTED_FLAGS : OPEN_FLAGS);
  } catch (err) {
    if (listed && err?.code === "ELOOP") {
      return { ok: false, rule: "read-error", message: "cannot read file: it became a symbolic link after its folder was listed (as a regular file); it is not read through a link that replaced it" };
    }
    return { ok: false, rule: "read-error", message: `cannot read file: ${describeFsError(err)}` };
  }
  try {
    if (!listed) {
      const refused = refuse(fd, maxSize);
      if (refused) return refused;
    }
    let n;
    try {
      n = readAll(fd, maxSize, listed);
    } catch (err) {
      if (err instanceof Refused) return err.result;
      if (listed) {
        const refused = refuse(fd, maxSize);
        if (refused) return refused;
      }
      throw err;
    }
    if (listed && (n === 0 || n > maxSize)) {
      const refused = refuse(fd, maxSize);
      if (refused) return refused;
    }
    if (n > maxSize) return { ok: false, rule: "file-too-large", message: `file is over the ${formatSize(maxSize)} limit` };
    return decodeRange(readBuffer, n);
  } catch (err) {
    return { ok: false, rule: "read-error", message: `cannot read file: ${describeFsError(err)}` };
  } finally {
    closeSync(fd);
  }
}
function refuse(fd, maxSize) {
  const stat2 = fstatSync(fd);
  if (stat2.isDirectory()) return { ok: false, rule: "read-error", message: "cannot read file: it is a directory" };
  if (!stat2.isFile()) return { ok: false, rule: "read-error", message: "cannot read file: not a regular file (a FIFO, socket or device)" };
  if (stat2.size > maxSize) {
    return {
      ok: false,
      rule: "file-too-large",
      message: `file is ${formatSize(stat2.size)}, over the ${formatSize(maxSize)} limit (raise maxFileSize in the config to read it)`
    };
  }
  return null;
}
var OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);
var LISTED_FLAGS = OPEN_FLAGS | (fsConstants.O_NOFOLLOW ?? 0);
var shared = Buffer.allocUnsafe(64 * 1024);
var SHARED_MAX = 1024 * 1024;
var readBuffer = shared;
var Refused = class {
  constructor(result) {
    this.result = result;
  }
  result;
};
function readAll(fd, maxSize, listed) {
  const limit = maxSize + 1;
  let buf = shared;
  let n = 0;
  let asked = !listed;
  for (; ; ) {
    const room = Math.min(buf.length, limit) - n;
    if (room <= 0) {
      if (n >= limit) break;
      if (!asked) {
        asked = true;
        const refused = refuse(fd, maxSize);
        if (refused) throw new Refused(refused);
      }
      const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, limit));
      buf.copy(bigger, 0, 0, n);
      buf = bigger;
      if (bigger.length <= SHARED_MAX) shared = bigger;
      continue;
    }
    const got = readSync(fd, buf, n, room, n);
    if (got === 0) break;
    n += got;
  }
  readBuffer = buf;
  return n;
}
var BINARY_PROBE = 8192;
var BINARY = { ok: false, rule: "parse-error", message: "binary file: not YAML or JSON text" };
function decode(buf) {
  return decodeRange(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), buf.byteLength);
}
function decodeRange(buf, n) {
  if (n >= 2 && buf[0] === 255 && buf[1] === 254) return { ok: true, text: new TextDecoder("utf-16le").decode(buf.subarray(2, n)), bom: true };
  if (n >= 2 && buf[0] === 254 && buf[1] === 255) return { ok: true, text: new TextDecoder("utf-16be").decode(buf.subarray(2, n)), bom: true };
  const bom = n >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191;
  const start = bom ? 3 : 0;
  const text = buf.toString("utf8", start, n);
  if (!text.includes("\uFFFD") && text.charCodeAt(0) !== 65279) {
    const nul = text.indexOf("\0");
    if (nul !== -1 && nul < BINARY_PROBE && Buffer.byteLength(text.slice(0, nul), "utf8") < BINARY_PROBE) return { ...BINARY };
    return { ok: true, text, bom };
  }
  const body = buf.subarray(start, n);
  if (body.subarray(0, BINARY_PROBE).includes(0)) return { ...BINARY };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(body), bom };
  } catch {
    return { ok: false, rule: "parse-error", message: "file is not valid UTF-8 text" };
  }
}
function describeFsError(err) {
  const code = err?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a directory";
    case "ELOOP":
      return "too many symbolic links (a link loop?)";
    // (opening a unix socket gives ENXIO: a path named as one, or swapped for one after its folder was listed)
    case "ENXIO":
      return "not a regular file (a FIFO, socket or device)";
    default:
      return code ?? (err instanceof Error ? err.message : String(err));
  }
}
function formatSize(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, "")} KiB`;
  return `${bytes} B`;
}

// src/cli/lint-command.ts
import path35 from "node:path";
import { parseArgs } from "node:util";

// lazy-ajv:ajv-2020
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
var Real;
function Ajv2020(options) {
  Real ??= createRequire(import.meta.url)(fileURLToPath(new URL("./ajv-2020.cjs", import.meta.url))).Ajv2020;
  return new Real(options);
}

// src/config/load-config.ts
import { existsSync as existsSync4, realpathSync as realpathSync3, statSync as statSync2 } from "node:fs";
import path7 from "node:path";

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
function isWholePlainScalar(text, start, end, format2) {
  let i = start - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "	")) i--;
  const before = i < 0 ? "\n" : text[i];
  const opens = format2 === "json" ? /[:\[,\n\r]/ : /[:\[{,\n\r-]/;
  if (!opens.test(before)) return false;
  if (format2 === "yaml" && before === "-" && i > 0 && !/\s/.test(text[i - 1])) return false;
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
function substituteKeywords(text, format2, keywords) {
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
    const quote2 = quotes.at(start);
    const known3 = keywords !== void 0 && Object.prototype.hasOwnProperty.call(keywords, key);
    if (known3) {
      const value = keywords[key];
      if (m[1] === "##") {
        const literal2 = typeof value === "string" ? value : JSON.stringify(value);
        edits.push({ start, end, text: quote2 === '"' ? JSON.stringify(literal2).slice(1, -1) : literal2 });
      } else if (quote2 && text[start - 1] === quote2 && text[end] === quote2) {
        edits.push({ start: start - 1, end: end + 1, text: JSON.stringify(value) });
      } else {
        edits.push({ start, end, text: JSON.stringify(value) });
      }
      continue;
    }
    if (quote2 === null && format2 === "yaml" && m[1] === "##" && !/[\s\[{,]/.test(text[start - 1] ?? "\n")) {
      placeholders.push({ key, text: m[0], span: { start, end } });
      continue;
    }
    placeholders.push({ key, text: m[0], span: { start, end } });
    if (quote2 === null && isWholePlainScalar(text, start, end, format2)) {
      edits.push({ start, end, text: JSON.stringify(m[0]) });
    }
  }
  let size = text.length;
  for (const e of edits) size += e.text.length - (e.end - e.start);
  if (size - text.length > MAX_SUBSTITUTED_SIZE) throw new KeywordExpansionError(size, size - text.length);
  const { text: parseText, map } = rewrite(text, edits);
  return { parseText, offsets: map, placeholders };
}

// src/sources/plain-object.ts
function isPlain(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function jsonType(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  return /^[aeiou]/.test(typeof v) ? `an ${typeof v}` : `a ${typeof v}`;
}
function resourceAt(type, name, value, doc, at2, origin2, partial, meta) {
  return meta ? { type, name, value, doc, path: at2, origin: origin2, partial, meta } : { type, name, value, doc, path: at2, origin: origin2, partial };
}
function resourceName(type, v, fallback) {
  if (type === "clientGrant") {
    const client = typeof v.client_id === "string" ? v.client_id : "?";
    const audience = typeof v.audience === "string" ? v.audience : "?";
    return `${client} \u2192 ${audience}`;
  }
  if (typeof v.name === "string" && v.name !== "") return v.name;
  if (type === "client" && typeof v.client_id === "string") return v.client_id;
  return typeof fallback === "string" ? fallback : fallback();
}

// src/rule-api/helpers.ts
function editDistance(a, b) {
  const prev = [];
  for (let j = 0; j <= b.length; j++) prev.push(j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
function didYouMean(value, candidates) {
  const v = value.toLowerCase();
  let best;
  let bestScore = Infinity;
  for (const c of candidates) {
    const limit = Math.max(2, Math.floor(c.length / 3));
    const d = Math.abs(v.length - c.length) > limit ? Infinity : editDistance(v, c.toLowerCase());
    const prefix = v.length >= 3 && (c.startsWith(v) || v.startsWith(c)) ? 0 : d;
    const score = Math.min(d, prefix);
    if (score <= limit && score < bestScore) [best, bestScore] = [c, score];
  }
  return best;
}
function canonicalEnumSpelling(value) {
  let c = canonicalSpellings.get(value);
  if (c === void 0) {
    c = value.trim().toLowerCase().replace(/[\s-]+/g, "_");
    if (value.length <= 64 && canonicalSpellings.size < 4096) canonicalSpellings.set(value, c);
  }
  return c;
}
var canonicalSpellings = /* @__PURE__ */ new Map();
function describeType(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  return /^[aeiou]/.test(typeof v) ? `an ${typeof v}` : `a ${typeof v}`;
}
function describeValue(v) {
  return v === null ? "null" : `${describeType(v)} ${JSON.stringify(v)}`;
}
function checkEnumField(ctx, check2, base2 = NO_BASE) {
  let obj = ctx.resource.value;
  for (let i = 0; i < base2.length; i++) obj = obj?.[base2[i]];
  if (typeof obj !== "object" || obj === null || !(check2.field in obj)) return;
  const value = obj[check2.field];
  if (value === null && (check2.nullAllowed ?? ctx.resource.partial)) return;
  if (typeof value === "string" && check2.allowed.includes(value)) return;
  if (isPlaceholder(value)) return;
  const at2 = [...base2, check2.field];
  const list = check2.allowed.map((a) => `"${a}"`).join(", ");
  const extra = check2.predictedResponse ? { predictedResponse: { ...check2.predictedResponse } } : {};
  if (typeof value !== "string") {
    ctx.report({ messageId: "wrongType", at: at2, data: { found: describeValue(value), allowed: list }, ...extra });
    return;
  }
  const canonical = canonicalEnumSpelling(value);
  let fix;
  let hint = "";
  if (check2.allowed.includes(canonical)) {
    hint = `; did you mean "${canonical}"?`;
    fix = { safety: "safe", description: `replace ${JSON.stringify(value)} with "${canonical}"`, ops: [{ op: "set", path: at2, value: canonical }] };
  } else {
    const guess = value.trim() === "" ? void 0 : didYouMean(canonical, check2.allowed);
    if (guess) {
      hint = `; did you mean "${guess}"?`;
      fix = { safety: "unsafe", description: `replace ${JSON.stringify(value)} with "${guess}"`, ops: [{ op: "set", path: at2, value: guess }] };
    }
  }
  ctx.report({ messageId: "invalid", at: at2, data: { value: JSON.stringify(value), allowed: list, hint }, fix, ...extra });
}
var NO_BASE = [];
function effectiveOrganizationUsage(client) {
  const usage = client.organization_usage;
  if ((usage === void 0 || usage === null) && client.app_type === "express_configuration") return "require";
  return usage;
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
function findNodeAtLocation(root, path36) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path36) {
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
    let depth2 = 0;
    for (let j2 = i; ; j2++) {
      const d = t.charCodeAt(j2);
      if (d === 34) j2 = stringEnd(t, j2) - 1;
      else if (d === 123 || d === 91) depth2++;
      else if ((d === 125 || d === 93) && --depth2 === 0) return j2 + 1;
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
  locate(path36, target) {
    const t = this.text;
    let node = [skipSpace(t, 0), -1];
    let key;
    for (const seg of path36) {
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
    const known3 = this.ends?.get(start);
    if (known3 !== void 0) return known3;
    const end = valueEnd(this.text, start);
    if (end - start >= REMEMBER_SPAN) (this.ends ??= /* @__PURE__ */ new Map()).set(start, end);
    return end;
  }
  /** the member of the object opening at `open` with this name, reading no further than it */
  member(open, name) {
    const known3 = this.objects?.get(open);
    if (known3) {
      const m = known3.members.get(name);
      if (m || known3.done) return m;
    } else {
      const quick = this.quickMember(open, name);
      if (quick !== LARGE) return quick;
    }
    const t = this.text;
    const scan = known3 ?? { members: /* @__PURE__ */ new Map(), pending: null, next: skipSpace(t, open + 1), done: false };
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
    if (!known3 && (scan.members.size >= REMEMBER_FROM || scan.next - open >= REMEMBER_SPAN)) (this.objects ??= /* @__PURE__ */ new Map()).set(open, scan);
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
    const known3 = this.arrays?.get(open);
    if (known3) return known3[index];
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
    locate(path36, target) {
      locator ??= new JsonLocator(parseText);
      const r = locator.locate(path36, target);
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
    const message2 = err instanceof RangeError ? "invalid JSON: nesting is too deep to read" : `invalid JSON: ${String(err)}`;
    problems.push({ message: message2, span: { start: 0, end: Math.min(1, text.length) } });
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
    locate(path36, target) {
      if (!tree) return void 0;
      const r = locateJson(tree, path36, target);
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
function locateJson(root, path36, target) {
  let node = root;
  let keyNode;
  for (const seg of path36) {
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

// src/sources/named-links.ts
import { existsSync, lstatSync, realpathSync } from "node:fs";
import path from "node:path";
function repositoryOf(folder, fallback) {
  const chain = chainOf(folder);
  const found = checkoutIn(chain);
  if (found !== void 0) return found;
  if (fallback === "cwd") {
    const cwd = process.cwd();
    if (cwd !== path.parse(cwd).root && treeEntry(chain, cwd) !== -1) return cwd;
  }
  return chain[0];
}
function checkoutOf(folder) {
  return checkoutIn(chainOf(folder));
}
function treeEntry(chain, cwd) {
  if (isBelow(chain[0], cwd)) return chain.indexOf(cwd);
  for (let k = chain.length - 1; k >= 0; k--) {
    if (isBelow(chain[k], cwd)) return k;
    const real5 = realOrSelf(chain[k]);
    if (real5 !== chain[k] && isBelow(real5, cwd)) return k;
  }
  return -1;
}
function inCurrentTree(file, cwd = process.cwd()) {
  return treeEntry(chainOf(path.dirname(path.resolve(file))), cwd) !== -1;
}
function chainOf(folder) {
  const chain = [];
  for (let d = path.resolve(folder); ; ) {
    chain.push(d);
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  return chain;
}
function checkoutIn(chain) {
  const cwd = process.cwd();
  const entry = treeEntry(chain, cwd);
  let from = 0;
  for (let k = entry - 1; k >= 0; k--) {
    if (isLink(chain[k])) {
      from = k + 1;
      break;
    }
  }
  let top = -1;
  const git = [];
  for (let k = 0; k < chain.length; k++) {
    git.push(k >= from && existsSync(path.join(chain[k], ".git")));
    if (git[k]) top = k;
  }
  if (top === -1) return void 0;
  let lowestTrusted = top;
  for (let k = top - 1; k >= from; k--) if (isLink(chain[k])) break;
  else if (git[k]) lowestTrusted = k;
  return chain[lowestTrusted];
}
function isLink(p) {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}
function isBelow(p, dir) {
  return p === dir || p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}
function realOrSelf(p) {
  try {
    return realpathSync.native(p);
  } catch {
    return p;
  }
}
function linkTarget(file) {
  try {
    return realpathSync.native(file);
  } catch {
    return void 0;
  }
}
function boundTarget(file, target, fallback) {
  return within(target, realOrSelf(repositoryOf(path.dirname(path.resolve(file)), fallback)));
}
function within(target, root, hiddenName) {
  if (!isBelow(target, root)) return { refused: "outside", target };
  const segs = path.relative(root, target).split(path.sep);
  const last = segs[segs.length - 1];
  const ownName = hiddenName?.(last) === true;
  const folders = segs.slice(0, -1);
  if (ownName ? folders.some((seg) => seg === ".git" || seg === ".ssh") : segs.some((seg) => seg.startsWith("."))) return { refused: "hidden", target };
  return { root };
}
function namedFileTarget(file, opts = {}) {
  const named = path.resolve(file);
  const target = linkTarget(named);
  if (target === void 0 || target === named) return { read: file };
  if (checkoutOf(path.dirname(named)) === void 0 && !inCurrentTree(named)) return { read: file };
  const lexical = repositoryOf(path.dirname(named), "cwd");
  const root = realOrSelf(lexical);
  if (target === path.join(root, path.relative(lexical, named))) return { read: file };
  const bound = within(target, root, opts.hiddenName);
  return "root" in bound ? { read: target } : bound;
}
function shellWord(p) {
  if (/^[\w@%+=:,./-]+$/.test(p)) return p;
  if (/[\u0000-\u001f\u007f-\u009f]/.test(p)) {
    return `$'${p.replace(/[\\']/g, "\\$&").replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`)}'`;
  }
  return `'${p.replace(/'/g, `'\\''`)}'`;
}
function namedLinkRefused(refusal) {
  const to = shellWord(refusal.target);
  if (refusal.refused === "outside") {
    return {
      ok: false,
      rule: "read-error",
      message: `not read: a symbolic link (this path, or a folder on its way) leads to ${to}, outside the repository; orglint follows the links of a named path only to files inside the repository holding it (a link in a pull request could point at a runner's credentials). To lint what it leads to, name that: orglint ${to}`
    };
  }
  return {
    ok: false,
    rule: "read-error",
    message: `not read: a symbolic link (this path, or a folder on its way) leads to ${to}, in a folder or file of the repository whose name starts with a dot (.git, .ssh, .env, ...); orglint follows the links of a named path only to the repository's other files. To lint what it leads to, name that: orglint ${to}`
  };
}
function readNamedFile(file, maxSize) {
  const where2 = namedFileTarget(file);
  if (!("read" in where2)) return namedLinkRefused(where2);
  return readTextFileSync(where2.read, maxSize, false);
}

// src/sources/directives.ts
var DIRECTIVE = /(?:^|[ \t])#[ \t]*orglint-(disable-next-line|disable-line|disable-file|disable|enable)\b([^\r\n]*)/gm;
function parseDirectives(text) {
  if (!text.includes("orglint-")) return [];
  const out = [];
  let line = 1;
  let lineStart = 0;
  for (const m of text.matchAll(DIRECTIVE)) {
    const hash = m.index + m[0].indexOf("#");
    while (true) {
      const nl = text.indexOf("\n", lineStart);
      if (nl === -1 || nl >= hash) break;
      line++;
      lineStart = nl + 1;
    }
    const [idsPart, ...reason] = m[2].split(/\s--\s?|^--\s?/);
    const ruleIds = idsPart.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
    out.push({
      kind: m[1],
      ruleIds,
      reason: reason.length ? reason.join(" -- ").trim() : void 0,
      line,
      span: { start: hash, end: m.index + m[0].length }
    });
  }
  return out;
}

// src/sources/yaml/yaml-lines.ts
var GIVE_UP = { reason: "outside the YAML subset" };
var SP = 32;
var CR = 13;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var DQ = 34;
var SQ = 39;
var BACKSLASH = 92;
var COMMA = 44;
var INDICATOR = charTable("-?:,[]{}#&*!|>'\"%@`");
var MAYBE_TYPED = charTable("0123456789+-.~nNtTfF");
var INT_OCT = /^0o[0-7]+$/;
var INT = /^[-+]?[0-9]+$/;
var INT_HEX = /^0x[0-9a-fA-F]+$/;
var FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
var FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
var MAX_KEY = 1e3;
function charTable(chars) {
  const table = new Uint8Array(128);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}
function resolvePlain(s) {
  const c = s.charCodeAt(0);
  if (MAYBE_TYPED[c] !== 1) return s;
  switch (c) {
    case 110:
    // n
    case 78:
      return s === "null" || s === "Null" || s === "NULL" ? null : s;
    case 116:
    // t
    case 84:
      return s === "true" || s === "True" || s === "TRUE" ? true : s;
    case 102:
    // f
    case 70:
      return s === "false" || s === "False" || s === "FALSE" ? false : s;
    case 126:
      return s === "~" ? null : s;
  }
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? -Infinity : Infinity;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}
var yamlLineStats = { lines: 0 };
var Lines = class {
  constructor(text) {
    this.text = text;
  }
  text;
  ls = 0;
  le = 0;
  nx = 0;
  ind = 0;
  content = false;
  /** load the line starting at `pos` */
  at(pos) {
    yamlLineStats.lines++;
    const t = this.text;
    const nl = t.indexOf("\n", pos);
    let le = nl === -1 ? t.length : nl;
    this.nx = nl === -1 ? t.length : nl + 1;
    if (le > pos && t.charCodeAt(le - 1) === CR) le--;
    let i = pos;
    while (i < le && t.charCodeAt(i) === SP) i++;
    this.ls = pos;
    this.le = le;
    this.ind = i - pos;
    this.content = i < le && t.charCodeAt(i) !== HASH;
  }
  /** move to the first content line at or after `pos`; false (and `ind` -1) at the end of the text */
  seek(pos) {
    const len = this.text.length;
    while (pos < len) {
      this.at(pos);
      if (this.content) return true;
      pos = this.nx;
    }
    this.ls = this.le = this.nx = len;
    this.ind = -1;
    this.content = false;
    return false;
  }
  /** the start of the line after the one holding `pos` */
  nextLine(pos) {
    const nl = this.text.indexOf("\n", pos);
    return nl === -1 ? this.text.length : nl + 1;
  }
  /** whether a block sequence entry (`-` then a space or the line end) starts at `p` */
  isSeqAt(p) {
    return this.text.charCodeAt(p) === DASH && (p + 1 === this.le || this.text.charCodeAt(p + 1) === SP);
  }
  /** skip the optional `---` that opens the document; false when the document is not one this reader handles */
  skipDocumentStart() {
    const t = this.text;
    if (!this.seek(0)) return false;
    if (this.ind === 0 && t.startsWith("---", this.ls)) {
      for (let i = this.ls + 3; i < this.le; i++) if (t.charCodeAt(i) !== SP) return false;
      if (!this.seek(this.nx)) return false;
    }
    return this.ind === 0 && !this.isSeqAt(this.ls);
  }
};

// src/sources/yaml/yaml-tokens.ts
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\"
};
var MAX_FLOW_DEPTH = 32;
var KEY_CACHE = 256;
var Tokens = class extends Lines {
  end = 0;
  colon = 0;
  /**
   * plain keys read so far, by a hash of their text: the same keys come back in every client, and a key taken
   * from here (after comparing it with the text) is neither cut from the text again nor interned again as a
   * property name. Only this text's keys, and only while it is read
   */
  keyCache = new Array(KEY_CACHE).fill(void 0);
  /** a double-quoted scalar on one line starting at `p` */
  dq(p) {
    const t = this.text;
    let out = "";
    let seg = p + 1;
    let i = seg;
    for (; ; ) {
      if (i >= this.le) throw GIVE_UP;
      const c = t.charCodeAt(i);
      if (c === DQ) break;
      if (c === BACKSLASH) {
        out += t.slice(seg, i);
        const e = t[i + 1];
        if (e === "x" || e === "u" || e === "U") {
          const n = e === "x" ? 2 : e === "u" ? 4 : 8;
          const hex = t.substr(i + 2, n);
          if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex) || i + 2 + n > this.le) throw GIVE_UP;
          const code = parseInt(hex, 16);
          if (code > 1114111) throw GIVE_UP;
          out += String.fromCodePoint(code);
          i += 2 + n;
        } else {
          const r = ESCAPES[e];
          if (r === void 0 || i + 1 >= this.le) throw GIVE_UP;
          out += r;
          i += 2;
        }
        seg = i;
        continue;
      }
      i++;
    }
    this.end = i + 1;
    return out + t.slice(seg, i);
  }
  /** a single-quoted scalar on one line starting at `p` */
  sq(p) {
    const t = this.text;
    let out = "";
    let seg = p + 1;
    for (; ; ) {
      const i = t.indexOf("'", seg);
      if (i === -1 || i >= this.le) throw GIVE_UP;
      if (t.charCodeAt(i + 1) === SQ && i + 1 < this.le) {
        out += t.slice(seg, i + 1);
        seg = i + 2;
        continue;
      }
      this.end = i + 1;
      return out + t.slice(seg, i);
    }
  }
  /**
   * If a block mapping key starts at `p` (a plain or quoted scalar, then `:` and a space or the line end), its
   * text; `colon` is set. Undefined when `p` starts a value instead.
   */
  probeKey(p) {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === DQ || c === SQ) {
      const key = c === DQ ? this.dq(p) : this.sq(p);
      const e = this.end;
      if (t.charCodeAt(e) !== COLON) return void 0;
      if (e + 1 !== this.le && t.charCodeAt(e + 1) !== SP || key === "<<" || e - p > MAX_KEY) throw GIVE_UP;
      this.colon = e;
      return key;
    }
    if (INDICATOR[c] === 1) return void 0;
    for (let i = p + 1; i < this.le; i++) {
      const ch = t.charCodeAt(i);
      if (ch === HASH && t.charCodeAt(i - 1) === SP) return void 0;
      if (ch === COLON && (i + 1 === this.le || t.charCodeAt(i + 1) === SP)) {
        if (t.charCodeAt(i - 1) === SP || i - p > MAX_KEY) throw GIVE_UP;
        this.colon = i;
        const len = i - p;
        const slot = c * 31 + t.charCodeAt(i - 1) * 7 + len & KEY_CACHE - 1;
        const known3 = this.keyCache[slot];
        if (known3 !== void 0 && known3.length === len && t.startsWith(known3, p)) return known3;
        const key = t.slice(p, i);
        if (key === "<<" || resolvePlain(key) !== key) throw GIVE_UP;
        this.keyCache[slot] = key;
        return key;
      }
    }
    return void 0;
  }
  /** a plain scalar in block context from `p` to the end of the line or a comment; `end` is its trimmed end */
  plainEnd(p) {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (INDICATOR[c] === 1 && !(c === DASH && p + 1 < this.le && t.charCodeAt(p + 1) !== SP)) throw GIVE_UP;
    let end = this.le;
    for (let i = p + 1; i < this.le; i++) {
      const ch = t.charCodeAt(i);
      if (ch === HASH && t.charCodeAt(i - 1) === SP) {
        end = i;
        break;
      }
      if (ch === COLON && (i + 1 === this.le || t.charCodeAt(i + 1) === SP)) throw GIVE_UP;
    }
    while (t.charCodeAt(end - 1) === SP) end--;
    return this.end = end;
  }
  /** after a quoted scalar or flow collection ending at `e`: only spaces, then the line end or a comment */
  trail(e) {
    const t = this.text;
    let i = e;
    while (i < this.le && t.charCodeAt(i) === SP) i++;
    if (i < this.le && (t.charCodeAt(i) !== HASH || i === e)) throw GIVE_UP;
  }
  /** skip spaces from `i` on the current line */
  spaces(i) {
    while (i < this.le && this.text.charCodeAt(i) === SP) i++;
    return i;
  }
  /** a flow collection on one line starting at `p`; `onItem` sees each entry's key (or index) and value range */
  flow(p, depth2, build, onItem) {
    if (depth2 > MAX_FLOW_DEPTH) throw GIVE_UP;
    const t = this.text;
    const isMap = t.charCodeAt(p) === 123;
    const close = isMap ? 125 : 93;
    const out = build ? isMap ? {} : [] : void 0;
    let i = this.spaces(p + 1);
    if (t.charCodeAt(i) === close) {
      this.end = i + 1;
      return out;
    }
    for (let n = 0; ; n++) {
      let key = n;
      let keyStart = -1;
      let keyEnd = -1;
      if (isMap) {
        keyStart = i;
        key = this.flowKey(i);
        keyEnd = this.end;
        i = this.spaces(this.colon + 1);
      }
      const start = i;
      const value = this.flowItem(i, depth2, build);
      const end = this.end;
      onItem?.(key, keyStart, keyEnd, start, end);
      if (build) {
        if (!isMap) out.push(value);
        else if (Object.prototype.hasOwnProperty.call(out, key)) throw GIVE_UP;
        else setKey(out, key, value);
      }
      i = this.spaces(end);
      const c = t.charCodeAt(i);
      if (c === close) {
        this.end = i + 1;
        return out;
      }
      if (c !== COMMA || i >= this.le) throw GIVE_UP;
      i = this.spaces(i + 1);
      if (t.charCodeAt(i) === close) throw GIVE_UP;
    }
  }
  flowKey(i) {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c === DQ || c === SQ) {
      const key2 = c === DQ ? this.dq(i) : this.sq(i);
      const e2 = this.end;
      if (t.charCodeAt(e2) !== COLON || key2 === "<<" || e2 - i > MAX_KEY) throw GIVE_UP;
      this.colon = e2;
      return key2;
    }
    const e = this.flowPlainEnd(i, true);
    const key = t.slice(i, e);
    if (resolvePlain(key) !== key || key === "<<" || e - i > MAX_KEY) throw GIVE_UP;
    return key;
  }
  flowItem(i, depth2, build) {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c === 91 || c === 123) return this.flow(i, depth2 + 1, build);
    if (c === DQ) return this.dq(i);
    if (c === SQ) return this.sq(i);
    const e = this.flowPlainEnd(i, false);
    return build ? resolvePlain(t.slice(i, e)) : void 0;
  }
  /** a plain scalar inside a flow collection; as a key, `colon` is set to the `:` that follows it */
  flowPlainEnd(i, asKey) {
    const t = this.text;
    const c = t.charCodeAt(i);
    const n1 = t.charCodeAt(i + 1);
    if (INDICATOR[c] === 1 && !(c === DASH && i + 1 < this.le && n1 !== SP && n1 !== COMMA && n1 !== 91 && n1 !== 93 && n1 !== 123 && n1 !== 125)) throw GIVE_UP;
    let j = i + 1;
    for (; j < this.le; j++) {
      const ch = t.charCodeAt(j);
      if (ch === COMMA || ch === 93 || ch === 125) break;
      if (ch === 91 || ch === 123 || ch === HASH && t.charCodeAt(j - 1) === SP) throw GIVE_UP;
      if (ch === COLON) {
        const n = t.charCodeAt(j + 1);
        if (j + 1 === this.le || n === SP || n === COMMA || n === 93 || n === 125) {
          if (!asKey) throw GIVE_UP;
          break;
        }
      }
    }
    if (j >= this.le) throw GIVE_UP;
    let e = j;
    while (t.charCodeAt(e - 1) === SP) e--;
    if (asKey) {
      if (t.charCodeAt(j) !== COLON || e !== j || t.charCodeAt(j + 1) !== SP) throw GIVE_UP;
      this.colon = j;
    }
    this.end = e;
    return e;
  }
  /**
   * A block scalar whose header (`|`, `|-`, `>`, `>-`) is at `p`, inside a collection at column `col`. Leaves
   * the lines on the next content line; `end` is the scalar's end (after its last non-blank line).
   */
  block(p, col, build) {
    const t = this.text;
    const folded = t.charCodeAt(p) === 62;
    let i = p + 1;
    const strip = t.charCodeAt(i) === DASH;
    if (strip) i++;
    if (this.spaces(i) !== this.le) throw GIVE_UP;
    const lines = [];
    let indent = -1;
    let leadingBlank = 0;
    let end = this.nx;
    let pos = this.nx;
    while (pos < t.length) {
      this.at(pos);
      if (this.ls + this.ind === this.le) {
        if (indent === -1) leadingBlank = Math.max(leadingBlank, this.ind);
        else if (this.ind > indent) throw GIVE_UP;
        if (build) lines.push("");
        pos = this.nx;
        continue;
      }
      if (indent === -1) {
        if (this.ind <= col) break;
        indent = this.ind;
        if (leadingBlank > indent) throw GIVE_UP;
      } else if (this.ind < indent) break;
      if (build) lines.push(t.slice(this.ls + indent, this.le));
      end = this.nx;
      pos = this.nx;
    }
    if (indent === -1) throw GIVE_UP;
    this.seek(pos < t.length ? this.ls : pos);
    if (this.ind > col) throw GIVE_UP;
    this.end = end;
    if (!build) return void 0;
    while (lines.length && lines[lines.length - 1] === "") lines.pop();
    let value;
    if (!folded) value = lines.join("\n");
    else {
      if (lines[0] === "" || lines.some((l) => l.charCodeAt(0) === SP)) throw GIVE_UP;
      value = lines[0];
      let empties = 0;
      for (let k = 1; k < lines.length; k++) {
        if (lines[k] === "") {
          empties++;
          continue;
        }
        value += empties ? "\n".repeat(empties) : " ";
        value += lines[k];
        empties = 0;
      }
    }
    return strip ? value : value + "\n";
  }
};
function setKey(obj, key, value) {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

// src/sources/yaml/yaml-locate.ts
var REMEMBER_FROM2 = 32;
var SubsetLocator = class {
  t;
  cache = /* @__PURE__ */ new Map();
  rootNode;
  constructor(text, index) {
    this.t = new Tokens(text);
    for (const [start, lines] of index ?? []) this.cache.set(start, { lines, pos: 0, done: true });
  }
  /** [start, end) of the value (or key) at `path`, or of the deepest node on it that exists */
  locate(path36, target) {
    let node = this.root();
    let key = null;
    for (const seg of path36) {
      key = null;
      let entry;
      const isMap = node.kind === "map" || node.kind === "flow" && this.t.text.charCodeAt(node.start) === 123;
      const isSeq = node.kind === "seq" || node.kind === "flow" && !isMap;
      if (isMap) entry = this.lookup(node, String(seg));
      else if (isSeq && typeof seg === "number") entry = this.item(node, seg);
      if (!entry) return this.range(node);
      if (isMap) key = [entry.keyStart, entry.keyEnd];
      node = this.value(entry, node);
    }
    if (target === "key" && key) return key;
    return this.range(node);
  }
  root() {
    if (!this.rootNode) {
      this.t.skipDocumentStart();
      this.rootNode = { kind: "map", col: 0, start: this.t.ls, line: this.t.ls, end: 0, after: 0 };
    }
    return this.rootNode;
  }
  range(node) {
    if (node.kind === "leaf" || node.kind === "flow") return [node.start, node.end > node.start ? node.end : node.after];
    return [node.start, this.endOf(node)];
  }
  /**
   * A block collection's range[1]: the end of its last leaf, or of the comment lines after it when `yaml` keeps
   * those in a collection on the way down. (`yaml` gives trailing comment lines to the innermost collection,
   * not at column 0, that is indented no more than one of them; lines more indented than the leaf's collection
   * already belong to the leaf.)
   */
  endOf(node) {
    const cols = [];
    let n = node;
    let last;
    for (; ; ) {
      last = this.value(this.lastEntry(n), n);
      if (last.kind !== "map" && last.kind !== "seq") break;
      cols.push(last.col);
      n = last;
    }
    const t = this.t;
    const text = t.text;
    let pos = last.after > 0 && text.charCodeAt(last.after - 1) !== 10 ? t.nextLine(last.after) : last.after;
    let deepest = -1;
    while (pos < text.length) {
      t.at(pos);
      if (t.content) break;
      if (t.ls + t.ind < t.le) deepest = Math.max(deepest, t.ind);
      pos = t.nx;
    }
    if (deepest >= 0 && cols.some((c) => c > 0 && c <= deepest)) return pos < text.length ? t.ls + t.ind : text.length;
    return last.after;
  }
  /**
   * A one-line leaf's range[2], given the start of the line after it: that line, plus the comment lines more
   * indented than the leaf's collection (blank lines between them included) that follow.
   */
  leafAfter(next, col) {
    const t = this.t;
    let end = next;
    let pos = next;
    while (pos < t.text.length) {
      t.at(pos);
      if (t.content) break;
      if (t.ls + t.ind < t.le) {
        if (t.ind <= col) break;
        end = t.nx;
      }
      pos = t.nx;
    }
    return end;
  }
  /** the entry of a mapping with this key, reading no further into the mapping than needed */
  lookup(node, key) {
    if (node.kind === "flow") return this.flowEntries(node).find((e) => e.key === key);
    const c = this.children(node);
    if (!c.list && c.lines.length >= REMEMBER_FROM2) this.remember(node, c);
    if (c.byKey) {
      const found = c.byKey.get(key);
      if (found || c.done) return found;
    } else {
      for (let i = 0; i < c.lines.length; i++) {
        if (!this.mayBeKey(i === 0 ? node.start : c.lines[i] + node.col, key)) continue;
        const e = this.entryAt(node, c, i);
        if (e.key === key) return e;
      }
    }
    while (this.readEntry(node, c)) {
      const i = c.lines.length - 1;
      if (!c.list && !this.mayBeKey(i === 0 ? node.start : c.lines[i] + node.col, key)) continue;
      const e = this.entryAt(node, c, i);
      if (e.key === key) return e;
    }
    return void 0;
  }
  /**
   * Whether the mapping key at `p` may be `key`: a quoted key may (its text is decoded to tell), a plain one
   * only if the text there is `key` followed by `:` and a space or the line end.
   */
  mayBeKey(p, key) {
    const text = this.t.text;
    const c = text.charCodeAt(p);
    if (c === 34 || c === 39) return true;
    if (!text.startsWith(key, p)) return false;
    const after = p + key.length;
    if (text.charCodeAt(after) !== 58) return false;
    const n = text.charCodeAt(after + 1);
    return after + 1 === text.length || n === 32 || n === 10 || n === 13;
  }
  /** the `i`th item of a sequence, reading no further than needed */
  item(node, i) {
    if (node.kind === "flow") return this.flowEntries(node)[i];
    const c = this.children(node);
    while (c.lines.length <= i && this.readEntry(node, c)) ;
    return i < c.lines.length ? this.entryAt(node, c, i) : void 0;
  }
  /** the last entry of a collection */
  lastEntry(node) {
    if (node.kind === "flow") return this.flowEntries(node).at(-1);
    const c = this.children(node);
    while (this.readEntry(node, c)) ;
    return this.entryAt(node, c, c.lines.length - 1);
  }
  children(node) {
    let c = this.cache.get(node.start);
    if (!c) {
      c = { lines: [], pos: -1, done: false };
      this.cache.set(node.start, c);
    }
    return c;
  }
  /** the `i`th entry read so far: remembered for large collections, read again from its line for small ones */
  entryAt(node, c, i) {
    if (c.list) return c.list[i];
    const t = this.t;
    const line = c.lines[i];
    t.at(line);
    const p = i === 0 ? node.start : line + node.col;
    if (node.kind !== "map") return { key: i, keyStart: -1, keyEnd: -1, at: p + 1, line, end: 0 };
    const key = t.probeKey(p);
    return { key, keyStart: p, keyEnd: t.colon, at: t.colon + 1, line, end: 0 };
  }
  /** read the next entry of a block collection (skipping the lines of the one before); false at its end */
  readEntry(node, c) {
    if (c.done) return false;
    const t = this.t;
    const isMap = node.kind === "map";
    const col = node.col;
    let line = -1;
    if (c.pos < 0) {
      t.at(node.line);
      line = node.line;
    } else {
      const len = t.text.length;
      let pos = c.pos;
      while (pos < len) {
        t.at(pos);
        pos = t.nx;
        if (!t.content || t.ind > col) continue;
        if (t.ind < col) break;
        const seqLine = t.isSeqAt(t.ls + col);
        if (isMap && seqLine) continue;
        if (isMap || seqLine) line = t.ls;
        break;
      }
      if (line < 0) {
        c.done = true;
        return false;
      }
    }
    c.lines.push(line);
    c.pos = t.nx;
    if (c.list) {
      const e = this.entryAt(node, { lines: c.lines, pos: 0, done: false }, c.lines.length - 1);
      c.list.push(e);
      if (isMap && !c.byKey.has(e.key)) c.byKey.set(e.key, e);
    } else if (c.lines.length === REMEMBER_FROM2) this.remember(node, c);
    return true;
  }
  /** a large collection: keep its entries, with a map of keys, rather than read them again */
  remember(node, c) {
    const plain = { lines: c.lines, pos: 0, done: false };
    c.list = c.lines.map((_, i) => this.entryAt(node, plain, i));
    c.byKey = /* @__PURE__ */ new Map();
    for (const e of [...c.list].reverse()) if (typeof e.key === "string") c.byKey.set(e.key, e);
  }
  flowEntries(node) {
    const t = this.t;
    const list = [];
    t.at(node.line);
    t.flow(node.start, 0, false, (key, keyStart, keyEnd, start, end) => list.push({ key, keyStart, keyEnd, at: start, line: node.line, end }));
    return list;
  }
  /** the node an entry holds */
  value(e, parent) {
    const t = this.t;
    t.at(e.line);
    if (parent.kind === "flow") {
      const c2 = t.text.charCodeAt(e.at);
      return { kind: c2 === 91 || c2 === 123 ? "flow" : "leaf", col: -1, start: e.at, line: e.line, end: e.end, after: e.end };
    }
    const col = parent.col;
    const q = t.spaces(e.at);
    if (q === t.le || t.text.charCodeAt(q) === 35) {
      const empty = t.le;
      t.seek(t.nx);
      if (t.ind > col) {
        const p = t.ls + t.ind;
        return { kind: t.isSeqAt(p) ? "seq" : "map", col: t.ind, start: p, line: t.ls, end: 0, after: 0 };
      }
      if (parent.kind === "map" && t.ind === col && t.isSeqAt(t.ls + col)) return { kind: "seq", col, start: t.ls + col, line: t.ls, end: 0, after: 0 };
      return { kind: "leaf", col: -1, start: empty, line: e.line, end: empty, after: empty };
    }
    if (parent.kind === "seq") {
      if (t.isSeqAt(q)) return { kind: "seq", col: q - t.ls, start: q, line: t.ls, end: 0, after: 0 };
      if (t.probeKey(q) !== void 0) return { kind: "map", col: q - t.ls, start: q, line: t.ls, end: 0, after: 0 };
    }
    const c = t.text.charCodeAt(q);
    const line = t.ls;
    if (c === 124 || c === 62) {
      t.block(q, col, false);
      return { kind: "leaf", col: -1, start: q, line, end: t.end, after: t.end };
    }
    let kind = "leaf";
    if (c === 34) t.dq(q);
    else if (c === 39) t.sq(q);
    else if (c === 91 || c === 123) {
      t.flow(q, 0, false);
      kind = "flow";
    } else t.plainEnd(q);
    const end = t.end;
    return { kind, col: -1, start: q, line, end, after: this.leafAfter(t.nx, col) };
  }
};

// src/sources/yaml/yaml-subset.ts
var UNSUPPORTED_CHARS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
var MAX_BLOCK_DEPTH = 200;
function hasUnsupportedChars(text) {
  return UNSUPPORTED_CHARS.test(text) || text.includes("\r") && /\r(?!\n)/.test(text);
}
var SubsetParser = class extends Tokens {
  depth = 0;
  /** the start of each entry's line, for the root mapping and the collections directly in it */
  index = /* @__PURE__ */ new Map();
  document() {
    if (!this.skipDocumentStart()) throw GIVE_UP;
    const value = this.map(0, this.ls);
    if (this.ind !== -1) throw GIVE_UP;
    return value;
  }
  enter() {
    if (++this.depth > MAX_BLOCK_DEPTH) throw GIVE_UP;
  }
  map(col, p) {
    this.enter();
    const obj = {};
    const lines = this.depth <= INDEX_DEPTH ? [] : void 0;
    if (lines) this.index.set(p, lines);
    for (; ; ) {
      lines?.push(this.ls);
      const key = this.probeKey(p);
      if (key === void 0) throw GIVE_UP;
      const q = this.spaces(this.colon + 1);
      let value;
      if (q === this.le || this.text.charCodeAt(q) === HASH) value = this.nested(col, true, q !== this.le);
      else value = this.inline(q, col);
      if (Object.prototype.hasOwnProperty.call(obj, key)) throw GIVE_UP;
      setKey(obj, key, value);
      if (this.ind < col) break;
      p = this.ls + col;
      if (this.ind > col || this.isSeqAt(p)) throw GIVE_UP;
    }
    this.depth--;
    return obj;
  }
  seq(col, p) {
    this.enter();
    const arr = [];
    const lines = this.depth <= INDEX_DEPTH ? [] : void 0;
    if (lines) this.index.set(p, lines);
    for (; ; ) {
      lines?.push(this.ls);
      const q = this.spaces(p + 1);
      if (q === this.le || this.text.charCodeAt(q) === HASH) arr.push(this.nested(col, false, q !== this.le || this.afterBlankOrComment()));
      else if (this.isSeqAt(q)) arr.push(this.seq(q - this.ls, q));
      else if (this.probeKey(q) !== void 0) arr.push(this.map(q - this.ls, q));
      else arr.push(this.inline(q, col));
      if (this.ind < col) break;
      if (this.ind > col) throw GIVE_UP;
      p = this.ls + col;
      if (!this.isSeqAt(p)) break;
    }
    this.depth--;
    return arr;
  }
  /**
   * The value on the lines after `key:` or `-` (and a comment, when `commented`). An empty value followed by
   * a comment or blank line has a range this reader does not reproduce, so it gives up on that.
   */
  nested(col, inMap, commented) {
    const next = this.nx;
    this.seek(next);
    if (this.ind > col) {
      const p = this.ls + this.ind;
      return this.isSeqAt(p) ? this.seq(this.ind, p) : this.map(this.ind, p);
    }
    if (inMap && this.ind === col && this.isSeqAt(this.ls + col)) return this.seq(col, this.ls + col);
    if (commented || this.ls !== next) throw GIVE_UP;
    return null;
  }
  /**
   * Whether the line before the current one is blank or a comment (`yaml` gives an empty sequence item after
   * such a line a different range; this reader gives up on those).
   */
  afterBlankOrComment() {
    if (this.ls === 0) return false;
    const t = this.text;
    let i = t.lastIndexOf("\n", this.ls - 2) + 1;
    while (t.charCodeAt(i) === SP) i++;
    const c = t.charCodeAt(i);
    return c === HASH || c === 10 || c === CR;
  }
  /** a value that starts on the current line at `q` */
  inline(q, col) {
    const t = this.text;
    const c = t.charCodeAt(q);
    let value;
    if (c === 124 || c === 62) return this.block(q, col, true);
    if (c === DQ || c === SQ || c === 91 || c === 123) {
      value = c === DQ ? this.dq(q) : c === SQ ? this.sq(q) : this.flow(q, 0, true);
      this.trail(this.end);
    } else {
      value = resolvePlain(t.slice(q, this.plainEnd(q)));
    }
    this.seek(this.nx);
    if (this.ind > col) throw GIVE_UP;
    return value;
  }
};
var INDEX_DEPTH = 2;
function parseYamlSubset(text) {
  if (hasUnsupportedChars(text)) return null;
  try {
    const parser2 = new SubsetParser(text);
    return { value: parser2.document(), index: parser2.index };
  } catch {
    return null;
  }
}

// src/sources/yaml/yaml-fast.ts
function loadYamlFast(file, text, bom, keywords, prepared = substituteKeywords(text, "yaml", keywords)) {
  const { parseText, offsets, placeholders } = prepared;
  if (mayHoldDirective(text) && parseDirectives(text).length) return null;
  const parsed = parseYamlSubset(parseText);
  if (!parsed) return null;
  let locator;
  return {
    file,
    format: "yaml",
    text,
    parseText,
    offsets,
    bom,
    value: parsed.value,
    problems: [],
    directives: [],
    placeholders,
    locate(path36, target) {
      locator ??= new SubsetLocator(parseText, parsed.index);
      const [a, b] = locator.locate(path36, target);
      return { start: offsets.toOriginal(a), end: offsets.toOriginal(b, "end") };
    }
  };
}
function mayHoldDirective(text) {
  for (let i = text.indexOf("#"); i !== -1; i = text.indexOf("#", i + 1)) {
    let j = i + 1;
    for (let c = text.charCodeAt(j); c === 32 || c === 9; c = text.charCodeAt(++j)) ;
    if (text.startsWith("orglint-", j)) return true;
  }
  return false;
}

// src/sources/yaml/yaml-load.ts
async function loadYamlAsync(file, text, bom, keywords) {
  const prepared = substituteKeywords(text, "yaml", keywords);
  return loadYamlFast(file, text, bom, keywords, prepared) ?? (await import("./yaml-source-GB6UQWJ7.js")).loadYamlFull(file, text, bom, keywords, prepared);
}

// src/sources/file-name.ts
function endsWithName(file, suffix) {
  const start = file.length - suffix.length;
  if (start < 0) return false;
  for (let i = 0; i < suffix.length; i++) {
    const c = file.charCodeAt(start + i);
    const s = suffix.charCodeAt(i);
    if (c !== s && (s < 97 || s > 122 || c !== s - 32)) return false;
  }
  return true;
}
var isTerraformJsonName = (file) => endsWithName(file, ".json") && (endsWithName(file, ".tf.json") || endsWithName(file, ".tfvars.json"));

// src/engine/redact-value.ts
var MIN_VALUE = 4;
var MIN_PIECE = 6;
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

// src/engine/redact-jwk.ts
var JWK_PRIVATE_NAMES = /* @__PURE__ */ new Set(["d", "p", "q", "dp", "dq", "qi", "oth", "k"]);
var JSON_TEXT = 0;
var YAML_TEXT = 1;
var LOOSE_TEXT = 2;
var MAX_DEPTH2 = 4;
var MAX_CAPTURES = 4;
var MAX_FRAMES = 1e3;
function hasKtyWord(text, from = 0, to = text.length) {
  for (let at2 = text.indexOf("kty", from); at2 !== -1 && at2 + 3 <= to; at2 = text.indexOf("kty", at2 + 3)) {
    if (isKtyWordAt(text, at2)) return true;
  }
  return false;
}
function mayHoldKty(text) {
  return hasKtyWord(text) || (text.includes("\\u00") || text.includes("\\x") || text.includes("\\U000000")) && ESCAPED_KTY.test(text);
}
var ESCAPED_KTY = /\\(?:u00|x|U000000)(?:6[bB]|74|79)/;
var ESCAPED_KTY_G = new RegExp(ESCAPED_KTY.source, "g");
function nextKtyWord(text, from) {
  for (let at2 = text.indexOf("kty", from); at2 !== -1; at2 = text.indexOf("kty", at2 + 3)) if (isKtyWordAt(text, at2)) return at2;
  return -2;
}
function isKtyWordAt(text, at2) {
  const before = at2 > 0 ? text.charCodeAt(at2 - 1) : 32;
  const after = at2 + 3 < text.length ? text.charCodeAt(at2 + 3) : 32;
  return !isLetter(before) && before !== 95 && !isWordChar(after);
}
var isLetter = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122;
var isWordChar = (c) => isLetter(c) || c >= 48 && c <= 57 || c === 95;
function scanJwkText(text, found, kind, depth2 = 0) {
  if (!mayHoldKty(text)) return;
  const n = text.length;
  const root = { close: 0, col: -1, kty: false };
  const stack = [root];
  let brackets = 0;
  let unframed = 0;
  let capture;
  let atValue = true;
  let lineFirst = true;
  let lineBegin = 0;
  let valueCol = 0;
  let tabbed = false;
  const blockCol = (at2) => {
    const top = stack[stack.length - 1];
    return tabbed && top.close === 0 && top.col >= 0 ? top.col : at2 - lineBegin;
  };
  let kty = -1;
  const ktyIn = (s, e) => {
    if (kty !== -2 && kty < s) kty = nextKtyWord(text, s);
    return kty >= s && kty + 3 <= e;
  };
  const keyAnchors = /* @__PURE__ */ new Set();
  let anchor;
  const close = (f) => {
    while (capture?.frame === f) capture = capture.outer;
    if (!f.kty && f.merges) f.kty = f.merges.some((m) => keyAnchors.has(m));
    if (f.kty && f.anchor) keyAnchors.add(f.anchor);
    if (f.kty && f.vals) for (const v of f.vals) if (!v.includes("${")) addValue(found, v);
    else for (const part of templateLiterals(v)) addValue(found, part);
  };
  const opened = (f, col) => {
    if (anchor && col > anchor.col) f.anchor = anchor.name;
    anchor = void 0;
  };
  const popBlocks = (col) => {
    while (stack.length > 1 && stack[stack.length - 1].close === 0 && stack[stack.length - 1].col > col) close(stack.pop());
  };
  const take2 = (f, v) => {
    if (!v) return;
    (f.vals ??= []).push(v);
    for (let c = capture; c; c = c.outer) if (c.frame !== f) (c.frame.vals ??= []).push(v);
  };
  const captureOf = (f, level, col) => {
    if (capture && capture.depth >= MAX_CAPTURES) return capture;
    return { frame: f, level, col, outer: capture, depth: (capture?.depth ?? 0) + 1 };
  };
  const value = (v) => {
    if (v) for (let c = capture; c; c = c.outer) (c.frame.vals ??= []).push(v);
  };
  let escape = -1;
  const escapedKtyIn = (s, e) => {
    if (escape !== -2 && escape < s) {
      ESCAPED_KTY_G.lastIndex = s;
      const m = ESCAPED_KTY_G.exec(text);
      escape = m ? m.index : -2;
    }
    return escape >= s && escape < e;
  };
  const string2 = (at2) => {
    const q = text.charCodeAt(at2);
    const end = stringEnd2(text, at2, q, kind);
    if (stringNewline > at2) lineBegin = stringNewline + 1;
    if (ktyIn(at2, end) || escapedKtyIn(at2, end)) {
      if (depth2 < MAX_DEPTH2) nested(text.slice(at2 + 1, end), q, found, depth2);
      else addValue(found, text.slice(at2 + 1, end));
    }
    return end;
  };
  const keyName = (at2, end) => {
    if (end - at2 - 1 <= 3) return text.slice(at2 + 1, end);
    if (end - at2 - 1 <= 24 && text.slice(at2 + 1, end).includes("\\")) return unescape(text.slice(at2 + 1, end));
    return "";
  };
  const key = (name, at2, sepEnd) => {
    let f = stack[stack.length - 1];
    if (brackets === 0 && kind !== JSON_TEXT && lineFirst) {
      const col = blockCol(at2);
      popBlocks(col);
      f = stack[stack.length - 1];
      if (f.col !== col && stack.length < MAX_FRAMES) {
        stack.push(f = { close: 0, col, kty: false });
        opened(f, col);
      }
      valueCol = col;
    }
    lineFirst = false;
    anchor = void 0;
    if (name === "<<" && kind !== JSON_TEXT) return mergeKey(f, sepEnd);
    if (name === "kty") f.kty = true;
    else if (JWK_PRIVATE_NAMES.has(name)) return privateValue(f, sepEnd);
    return sepEnd;
  };
  const mergeKey = (f, from) => {
    const eol = text.indexOf("\n", from);
    const line = text.slice(from, eol === -1 ? n : eol);
    const m = /^[ \t]*(\*[^\s,\]}]+|\[[^\]\n]*\])/.exec(line);
    if (!m) return from;
    for (const a of m[1].matchAll(/\*([^\s,\]}]+)/g)) (f.merges ??= []).push(a[1]);
    return from + m[0].length;
  };
  const privateValue = (f, from) => {
    let i2 = skipSpaces(text, from);
    while (kind !== JSON_TEXT && i2 < n && (text[i2] === "&" || text[i2] === "!")) i2 = skipSpaces(text, skipWord(text, i2));
    const c = text.charCodeAt(i2);
    if (c === 123 || c === 91) {
      capture = captureOf(f, stack.length + 1, -1);
      return i2;
    }
    if (c === 34 || c === 39) {
      const end = string2(i2);
      take2(f, text.slice(i2 + 1, end));
      return Math.min(end + 1, n);
    }
    if (kind !== JSON_TEXT && brackets === 0 && (i2 >= n || c === 10 || c === 13 || c === 35 || c === 124 || c === 62)) {
      const head = BLOCK_HEAD.exec(text.slice(i2, i2 + 200));
      if (head && (c === 124 || c === 62)) {
        const start = i2 + head[0].length;
        const end = blockEnd(text, start, valueCol);
        for (const line of text.slice(start, end).split("\n")) take2(f, line.trim());
        return text.charCodeAt(end - 1) === 10 ? end - 1 : end;
      }
      if (head || i2 >= n || c === 10 || c === 13 || c === 35) {
        capture = captureOf(f, stack.length, valueCol);
        return i2;
      }
    }
    let j = i2;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 10 || d === 13 || d === 35 && kind !== JSON_TEXT && j > i2 && isBlank(text.charCodeAt(j - 1))) break;
      if ((brackets > 0 || kind !== YAML_TEXT) && (d === 44 || d === 125 || d === 93 || d === 41 || d === 38 || d === 32 || d === 9)) break;
      j++;
    }
    take2(f, text.slice(i2, j).trim());
    if (kind === YAML_TEXT && brackets === 0) capture = captureOf(f, stack.length, valueCol);
    return j;
  };
  const lineStart = (at2) => {
    let j = at2;
    for (; ; ) {
      lineBegin = j;
      while (j < n && (isBlank(text.charCodeAt(j)) || kind === LOOSE_TEXT && isMark(text, j, true))) j += kind === LOOSE_TEXT && isMark(text, j, true) ? markLength(text, j) : 1;
      if (text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10) j++;
      if (j < n && text.charCodeAt(j) === 10) {
        j++;
        continue;
      }
      break;
    }
    atValue = true;
    lineFirst = true;
    tabbed = kind === YAML_TEXT && text.slice(lineBegin, j).includes("	");
    if (brackets > 0 || kind === JSON_TEXT || j >= n) return j;
    if (tabbed) return j;
    const col = j - lineBegin;
    if (kind === YAML_TEXT && text.charCodeAt(j) === 35) return j;
    while (capture && capture.col >= 0 && (col < capture.col || col === capture.col && !(text.charCodeAt(j) === 45 && isSpaceAt(text, j + 1)))) capture = capture.outer;
    if (col === 0 && (text.startsWith("---", j) || text.startsWith("...", j))) popBlocks(-1);
    popBlocks(col);
    valueCol = col;
    return j;
  };
  const commentedMembers = (body, f) => {
    if (f === root) return;
    for (const m of body.matchAll(COMMENTED_MEMBER)) take2(f, m[3] ?? m[4] ?? "");
  };
  let i = lineStart(0);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      i = lineStart(i + 1);
      continue;
    }
    if (isBlank(c) || c === 13) {
      i++;
      continue;
    }
    if (kind === LOOSE_TEXT && isMark(text, i, lineFirst)) {
      i += markLength(text, i);
      continue;
    }
    if (c === 35 && kind === YAML_TEXT && (i === 0 || isSpaceAt(text, i - 1))) {
      const end2 = commentBlockEnd(text, i);
      if (depth2 < MAX_DEPTH2 && ktyIn(i, end2)) scanJwkText(text.slice(i, end2), found, LOOSE_TEXT, depth2 + 1);
      commentedMembers(text.slice(i, end2), stack[stack.length - 1]);
      i = end2;
      continue;
    }
    if (c === 34 || c === 39 && (kind === JSON_TEXT || atValue)) {
      const start = i;
      const close2 = string2(i);
      const end2 = Math.min(close2 + 1, n);
      const sep2 = separatorEnd(text, end2, kind, true, kind === JSON_TEXT || brackets > 0);
      if (sep2 !== -1) i = key(keyName(start, close2), start, sep2);
      else {
        if (capture) value(text.slice(start + 1, close2));
        i = end2;
      }
      atValue = lineFirst = false;
      continue;
    }
    if (c === 123 || c === 91 || c === 40) {
      if (stack.length < MAX_FRAMES) {
        const f = { close: c === 40 ? 41 : c + 2, col: -1, kty: false };
        stack.push(f);
        opened(f, Infinity);
      } else unframed++;
      brackets++;
      atValue = true;
      lineFirst = false;
      i++;
      continue;
    }
    if (c === 125 || c === 93 || c === 41) {
      if (unframed > 0) {
        unframed--;
        brackets--;
      } else {
        let at2 = stack.length - 1;
        while (at2 > 0 && stack[at2].close === 0) at2--;
        if (at2 > 0) {
          while (stack.length > at2) close(stack.pop());
          brackets--;
          while (capture && capture.col < 0 && stack.length < capture.level) capture = capture.outer;
        }
      }
      atValue = false;
      i++;
      continue;
    }
    if (c === 44) {
      atValue = true;
      i++;
      continue;
    }
    if (c === 45 && kind !== JSON_TEXT && brackets === 0 && isSpaceAt(text, i + 1)) {
      const col = i - lineBegin;
      popBlocks(col);
      valueCol = col;
      atValue = true;
      i++;
      continue;
    }
    if (atValue && kind !== JSON_TEXT && brackets === 0 && (c === 124 || c === 62)) {
      const head = BLOCK_HEAD.exec(text.slice(i, i + 200));
      if (head) {
        const start = i + head[0].length;
        const end2 = blockEnd(text, start, valueCol);
        if (depth2 < MAX_DEPTH2 && ktyIn(start, end2)) scanJwkText(text.slice(start, end2), found, LOOSE_TEXT, depth2 + 1);
        if (capture) for (const line of text.slice(start, end2).split("\n")) value(line.trim());
        i = end2 >= n ? n : lineStart(end2);
        continue;
      }
    }
    const end = wordEnd(text, i, kind, brackets > 0);
    if (end === i) {
      i++;
      atValue = lineFirst = false;
      continue;
    }
    const sep = separatorEnd(text, end, kind, false);
    if (sep !== -1) {
      i = key(end - i <= 8 ? text.slice(i, end).trim() : "", i, sep);
      atValue = true;
      continue;
    }
    if (c === 38 && kind !== JSON_TEXT) anchor = { name: text.slice(i + 1, end).trim(), col: valueCol };
    else anchor = void 0;
    if (capture) value(text.slice(i, end).trim());
    i = end;
    atValue = lineFirst = false;
  }
  while (stack.length) close(stack.pop());
}
function templateLiterals(raw) {
  const parts = [];
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 92) {
      i++;
      continue;
    }
    if (c !== 36 && c !== 37 || raw.charCodeAt(i + 1) !== 123) continue;
    if (i > 0 && raw.charCodeAt(i - 1) === c) continue;
    if (i > from) parts.push(raw.slice(from, i));
    let level = 0;
    let j = i + 1;
    for (; j < raw.length; j++) {
      const d = raw.charCodeAt(j);
      if (d === 123) level++;
      else if (d === 125 && --level === 0) break;
    }
    i = j;
    from = j + 1;
  }
  if (from < raw.length) parts.push(raw.slice(from));
  return parts;
}
var BLOCK_HEAD = /^(?:[|>][-+0-9]*)?[ \t]*(?:#[^\n]*)?\r?(?:\n|$)/;
var isBlank = (c) => c === 32 || c === 9;
var COMMENTED_MEMBER = /(?:^|[\s{,])(["']?)(d|p|q|dp|dq|qi|k)\1[ \t]*[:=][ \t]*(?:"([^"\n]*)"|'?([^\s"',}\]#]+))/gm;
function nested(raw, quote2, found, depth2) {
  let text = quote2 === 39 ? raw.replaceAll("''", "'") : unescape(raw);
  let decoded = 0;
  while (decoded < MAX_DEPTH2 && text.includes("%")) {
    try {
      const next = decodeURIComponent(text.replace(/\+/g, " "));
      if (next === text) break;
      text = next;
      decoded++;
    } catch {
      break;
    }
  }
  const inner = /* @__PURE__ */ new Set();
  scanJwkText(text, inner, LOOSE_TEXT, depth2 + 1);
  for (const s of inner) {
    addValue(found, s);
    for (let e = s, k = 0; k < decoded; k++) {
      const next = encodeURIComponent(e);
      if (next === e) break;
      addValue(found, e = next);
    }
  }
}
function unescape(raw) {
  if (!raw.includes("\\")) return raw;
  return raw.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|U000[0-9a-fA-F]{5}|.)/gs, (_, e) => {
    if (e.length > 1) return String.fromCodePoint(Math.min(parseInt(e.slice(1), 16), 1114111));
    return e === "n" ? "\n" : e === "t" ? "	" : e === "r" ? "\r" : e;
  });
}
function isSpaceAt(text, at2) {
  const c = text.charCodeAt(at2);
  return at2 >= text.length || c === 32 || c === 9 || c === 10 || c === 13;
}
function skipSpaces(text, at2) {
  let j = at2;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  return j;
}
function skipWord(text, at2) {
  let j = at2;
  while (j < text.length && !isSpaceAt(text, j)) j++;
  return j;
}
function isMark(text, at2, lineFirst) {
  const c = text.charCodeAt(at2);
  if (c === 35) return true;
  if (c === 47) return text.charCodeAt(at2 + 1) === 47 || text.charCodeAt(at2 + 1) === 42;
  if (c !== 42) return false;
  return text.charCodeAt(at2 + 1) === 47 || lineFirst && isSpaceAt(text, at2 + 1);
}
function markLength(text, at2) {
  const c = text.charCodeAt(at2);
  return c === 47 || c === 42 && text.charCodeAt(at2 + 1) === 47 ? 2 : 1;
}
var stringNewline = -1;
function stringEnd2(text, at2, quote2, kind) {
  const n = text.length;
  let j = at2 + 1;
  stringNewline = -1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (quote2 === 39) {
      if (c === 39) {
        if (text.charCodeAt(j + 1) !== 39) return j;
        j += 2;
        continue;
      }
    } else if (c === 92) {
      j += 2;
      continue;
    } else if (c === 34) return j;
    if (c === 10) {
      if (kind !== YAML_TEXT) return j;
      stringNewline = j;
    }
    j++;
  }
  return n;
}
function separatorEnd(text, at2, kind, quoted, lineBreaks = false) {
  let j = skipSpaces(text, at2);
  if (lineBreaks) while (j < text.length && (text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13 || isBlank(text.charCodeAt(j)))) j++;
  const c = text.charCodeAt(j);
  if (c === 58) {
    if (quoted || kind === JSON_TEXT || colonEnds(text, j, kind)) return j + 1;
    return -1;
  }
  if (c === 61 && kind === LOOSE_TEXT && text.charCodeAt(j + 1) !== 61 && text.charCodeAt(j + 1) !== 62) return j + 1;
  return -1;
}
function colonEnds(text, at2, kind) {
  const c = text.charCodeAt(at2 + 1);
  if (isSpaceAt(text, at2 + 1) || c === 44 || c === 93 || c === 125) return true;
  return kind === LOOSE_TEXT && (c === 34 || c === 39 || c === 123 || c === 91 || isWordChar(c));
}
function wordEnd(text, at2, kind, flow) {
  const n = text.length;
  let j = at2;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13) break;
    if (c === 58 && (kind === JSON_TEXT || colonEnds(text, j, kind))) break;
    if (c === 61 && kind === LOOSE_TEXT) break;
    if (c === 35 && kind !== JSON_TEXT && j > at2 && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) break;
    if (kind === LOOSE_TEXT && c === 47 && (text.charCodeAt(j + 1) === 47 || text.charCodeAt(j + 1) === 42) && j > at2 && isSpaceAt(text, j - 1)) break;
    if (c === 123 || c === 91 || c === 40 || c === 34) break;
    if ((flow || kind !== YAML_TEXT) && (c === 44 || c === 125 || c === 93 || c === 41 || c === 38 || c === 32 || c === 9)) break;
    j++;
  }
  return j;
}
function commentBlockEnd(text, at2) {
  let eol = text.indexOf("\n", at2);
  for (; ; ) {
    if (eol === -1) return text.length;
    const next = skipSpaces(text, eol + 1);
    if (text.charCodeAt(next) !== 35) return eol;
    eol = text.indexOf("\n", next);
  }
}
function blockEnd(text, from, col) {
  let at2 = from;
  while (at2 < text.length) {
    const content = skipSpaces(text, at2);
    const c = text.charCodeAt(content);
    if (content < text.length && c !== 10 && c !== 13 && content - at2 <= col) return at2;
    const eol = text.indexOf("\n", at2);
    if (eol === -1) return text.length;
    at2 = eol + 1;
  }
  return text.length;
}

// src/engine/redact-encoded.ts
var MAX_DECODED = 16 * 1024 * 1024;
var B64_BEGIN = "LS0tLS1CRUdJTi";
var B64_PEM = /LS0tLS1CRUdJTi[A-Za-z0-9+/]*={0,2}/g;
var B64_JSON_START = /eyJ|ewo|eyAi|W3s|Wwo/;
var B64_JSON = /\b(?:eyJ|ewo|eyAi|W3s|Wwo)[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/_.=-])/g;
function mayBeBase64Json(v) {
  const c = v.charCodeAt(0);
  return (c === 101 || c === 87) && v.length >= 19 && B64_JSON_AT_START.test(v) && !v.includes(".");
}
var B64_JSON_AT_START = /^(?:eyJ|ewo|eyAi|W3s|Wwo)[A-Za-z0-9+/_-]+={0,2}$/;
function isBase64Jwk(s) {
  if (s.length > MAX_DECODED) return false;
  const inner = /* @__PURE__ */ new Set();
  scanJwkText(Buffer.from(s, "base64").toString("utf8"), inner, LOOSE_TEXT);
  return inner.size > 0;
}
function isBase64Pem(s) {
  return /^-----BEGIN [A-Z0-9 ]*PRIVATE KEY/.test(Buffer.from(s.slice(0, 80), "base64").toString("latin1"));
}

// src/engine/redact.ts
var PATTERNS = [
  /(\bBearer\s+)([A-Za-z0-9._~+/=-]+)/gi,
  /(\bBasic\s+)([A-Za-z0-9+/=]{6,})/gi,
  /()(\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)/g,
  // a PEM private key written on one line (`\n`-escaped), whatever key holds it: its body, up to its END line or
  // the string's closing quote
  /(-----BEGIN [A-Z0-9 ]*PRIVATE KEY[A-Z0-9 ]*-----)((?:(?!-----END )[^"'])+)/g,
  // the same percent- or form-encoded (a HAR body, a URL: `-----BEGIN+PRIVATE+KEY-----%0AMIIE…`), up to its END
  // line, the string's end or the next form field
  /((?:-|%2[dD]){5}BEGIN(?:\+|%20)(?:[A-Z0-9]+(?:\+|%20))*PRIVATE(?:\+|%20)KEY(?:(?:\+|%20)[A-Z0-9]+)*(?:-|%2[dD]){5})((?:(?!(?:-|%2[dD]){5}END)[^"'&\s])+)/g
];
var SECRET_WORDS = String.raw`client_secret|secret|password|passwd|access_token|refresh_token|id_token|x-api-key|api[_-]?key|token|smtp_pass|private_key|privatekey|set-cookie|cookie|authorization`;
var SECRET_KEY = new RegExp(`((?:${SECRET_WORDS})\\\\?["']?\\s*[:=]\\s*)(\\\\?["']?)`, "gi");
var SECRET_NAME = new RegExp(`^(?:${SECRET_WORDS}|proxy-authorization|.*_secret|.*[_-]token|.*password)$`, "i");
function redactSecrets(line, known3) {
  let out = line;
  if (known3?.length) out = maskKnown(out, known3);
  if (PATTERN_START.test(out)) {
    for (const re of PATTERNS) out = out.replace(re, (_, lead, secret) => lead + "*".repeat(secret.length));
    if (out.includes(B64_BEGIN)) out = out.replace(B64_PEM, (m) => isBase64Pem(m) ? "*".repeat(m.length) : m);
    if (B64_JSON_START.test(out)) out = out.replace(B64_JSON, (m) => isBase64Jwk(m) ? "*".repeat(m.length) : m);
  }
  return maskSecretValues(out);
}
var PATTERN_START = /bearer|basic|eyJ|PRIVATE(?: |\+|%20)KEY|LS0tLS1CRUdJTi|ewo|eyAi|W3s|Wwo/i;
function maskKnown(line, known3) {
  let out = line;
  if (known3.length < INDEX_MIN_SECRETS) {
    if (line.length >= ANY_MIN_TEXT && known3.length > 1 && holdsNone(known3, line)) return out;
    for (const s of known3) if (out.includes(s)) out = out.replaceAll(s, "*".repeat(s.length));
    return out;
  }
  const index = secretIndex(known3);
  if (line.length >= LONG_TEXT && index.always.length === 0 && !index.starred) return maskLong(line, known3, index);
  const hit = new Set(index.always);
  for (let i = 0; i + 3 <= line.length; i++) {
    const ids2 = index.byGram.get(gramAt(line, i));
    if (ids2) for (const id of ids2) hit.add(id);
  }
  if (hit.size === 0) return out;
  const order = [...hit].sort((x, y) => x - y);
  for (const id of order) {
    const s = known3[id];
    if (out.includes(s)) out = out.replaceAll(s, "*".repeat(s.length));
  }
  return out;
}
var ANY_MIN_TEXT = 1024;
function anyOf(known3) {
  const of = known3.join("\0");
  let made = anyOfs.get(known3);
  if (made === void 0 || made.of !== of) {
    let re;
    try {
      const starts = new Set(known3.map((s) => s.slice(0, ANY_PREFIX)));
      re = new RegExp([...starts].map((s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")).join("|"));
    } catch {
      re = null;
    }
    anyOfs.set(known3, made = { of, re });
  }
  return made.re;
}
var anyOfs = /* @__PURE__ */ new WeakMap();
var ANY_PREFIX = 64;
function holdsNone(known3, line) {
  const re = anyOf(known3);
  if (re === null) return false;
  try {
    return !re.test(line);
  } catch {
    anyOfs.set(known3, { of: known3.join("\0"), re: null });
    return false;
  }
}
var INDEX_MIN_SECRETS = 32;
var LONG_TEXT = 4096;
function maskLong(text, known3, index) {
  const places = /* @__PURE__ */ new Map();
  for (let i = 0; i + 3 <= text.length; i++) {
    const ids2 = index.byGram.get(gramAt(text, i));
    if (!ids2) continue;
    for (const id of ids2) {
      const start = i - index.offset[id];
      if (start < 0 || !text.startsWith(known3[id], start)) continue;
      const list = places.get(id);
      if (list) list.push(start);
      else places.set(id, [start]);
    }
  }
  if (places.size === 0) return text;
  const masked = new Uint8Array(text.length);
  for (const id of [...places.keys()].sort((x, y) => x - y)) {
    const len = known3[id].length;
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
function secretIndex(known3) {
  let index = indexes.get(known3);
  if (index) return index;
  const count = /* @__PURE__ */ new Map();
  for (const s of known3) {
    const mine = /* @__PURE__ */ new Set();
    for (let i = 0; i + 3 <= s.length; i++) if (!starAt(s, i)) mine.add(gramAt(s, i));
    for (const g of mine) count.set(g, (count.get(g) ?? 0) + 1);
  }
  index = { byGram: /* @__PURE__ */ new Map(), always: [], offset: [], starred: known3.some((k) => k.includes("*")) };
  for (let id = 0; id < known3.length; id++) {
    const s = known3[id];
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
      const ids2 = index.byGram.get(best);
      if (ids2) ids2.push(id);
      else index.byGram.set(best, [id]);
    }
  }
  indexes.set(known3, index);
  return index;
}
function starAt(s, i) {
  return s.charCodeAt(i) === STAR || s.charCodeAt(i + 1) === STAR || s.charCodeAt(i + 2) === STAR;
}
function gramAt(s, i) {
  return s.charCodeAt(i) * 4294967296 + s.charCodeAt(i + 1) * 65536 + s.charCodeAt(i + 2);
}
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
      let inPem = false;
      for (let i = 0; i < node.length; i++) {
        const x = node[i];
        if (x !== null && typeof x === "object") stack.push(x);
        else if (typeof x !== "string") continue;
        else if (inPem) {
          if (x.includes("-----END ")) inPem = false;
          else addPemLine(found, x);
        } else {
          if (holdsPrivateKey(x)) {
            addPrivateKeys(found, x);
            inPem = x.includes("-----BEGIN ") && !x.includes("-----END ");
          }
          if (mayHoldJwk(x)) addEmbeddedJwk(found, x);
        }
      }
      continue;
    }
    const o = node;
    let paired = false;
    let mayPair = false;
    for (const k in o) {
      const v = o[k];
      let secret = secretNames.get(k);
      if (secret === void 0) secret = isSecretName(k);
      if (secret) {
        if (!paired) paired = pairsOf(o, found);
        addLeaves(found, v);
      } else if (k === "cookies" && Array.isArray(v)) {
        if (!paired) paired = pairsOf(o, found);
        for (const c of v) addLeaves(found, c && typeof c === "object" ? c.value : void 0);
      } else {
        if (k === "name" || k === "after_sensitive" || k === "before_sensitive" || k === "kty" || k === "encoding") mayPair = true;
        if (v !== null && typeof v === "object") stack.push(v);
        else if (typeof v === "string" && holdsPrivateKey(v)) {
          if (!paired) paired = pairsOf(o, found);
          addPrivateKeys(found, v);
        } else if (typeof v === "string" && v.charCodeAt(0) === 76 && v.startsWith(B64_BEGIN) && isBase64Pem(v)) {
          if (!paired) paired = pairsOf(o, found);
          addValue(found, v);
        } else if (typeof v === "string" && mayBeBase64Json(v) && isBase64Jwk(v)) {
          if (!paired) paired = pairsOf(o, found);
          addValue(found, v);
        }
        if (typeof v === "string" && mayHoldJwk(v)) addEmbeddedJwk(found, v);
      }
    }
    if (!paired && mayPair) pairsOf(o, found);
  }
}
function pairsOf(o, found) {
  if (typeof o.name === "string" && "value" in o && SECRET_NAME.test(o.name)) addLeaves(found, o.value);
  if ("after_sensitive" in o && "after" in o) sensitive(o.after, o.after_sensitive, found);
  if ("before_sensitive" in o && "before" in o) sensitive(o.before, o.before_sensitive, found);
  if (typeof o.kty === "string") {
    for (const m of JWK_PRIVATE) if (m in o) addLeaves(found, o[m]);
  }
  if (o.encoding === "base64" && typeof o.text === "string") base64Content(o.text, found);
  return true;
}
function base64Content(text, found) {
  if (text.length < 8 || text.length > EMBEDDED_MAX) return;
  const bytes = Buffer.from(text, "base64");
  const latin = bytes.toString("latin1");
  if (!latin.includes("kty") && !latin.includes("PRIVATE KEY") && !mayHoldKty(latin)) return;
  const body = bytes.toString("utf8");
  const inner = /* @__PURE__ */ new Set();
  try {
    collectSecrets(JSON.parse(body), inner, true);
  } catch {
  }
  textPrivateKeys(body, inner);
  if (holdsPrivateKey(body)) addPrivateKeys(inner, body);
  scanJwkText(body, inner, LOOSE_TEXT);
  if (inner.size === 0) return;
  if (!BASE64_TEXT.test(text)) return addValue(found, text);
  for (const s of inner) {
    const needle = Buffer.from(s, "utf8").toString("latin1");
    let places = 0;
    for (let at2 = latin.indexOf(needle); at2 !== -1 && places++ < 1e3; at2 = latin.indexOf(needle, at2 + needle.length)) {
      const piece = text.slice(Math.floor(at2 / 3) * 4, Math.ceil((at2 + needle.length) / 3) * 4);
      found.add(piece);
      if (piece.includes("/")) found.add(piece.replaceAll("/", "\\/"));
    }
  }
}
var BASE64_TEXT = /^[A-Za-z0-9+/]*={0,2}$/;
var JWK_PRIVATE = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];
var PEM_PRIVATE = /-----BEGIN ([A-Z0-9 ]*PRIVATE KEY[A-Z0-9 ]*)-----([\s\S]*?)(?:-----END \1-----|$)/g;
function holdsPrivateKey(s) {
  return s.length >= 27 && s.includes("PRIVATE KEY");
}
function addPrivateKeys(found, s) {
  for (const m of s.matchAll(PEM_PRIVATE)) {
    found.add(m[0]);
    const escaped = JSON.stringify(m[0]).slice(1, -1);
    if (escaped !== m[0]) found.add(escaped);
    addPemLine(found, m[2]);
  }
}
function addPemLine(found, body) {
  for (const piece of body.split(PEM_SPLIT)) if (piece.length >= MIN_PEM_PIECE) found.add(piece);
}
function textPrivateKeys(text, found) {
  if (!text.includes("PRIVATE KEY-----")) return;
  let end = -2;
  for (let at2 = text.indexOf("-----BEGIN "); at2 !== -1; at2 = text.indexOf("-----BEGIN ", at2 + 11)) {
    const head = BEGIN_LINE.exec(text.slice(at2, at2 + 120));
    if (!head) continue;
    if (end !== -1 && end < at2) end = text.indexOf("-----END ", at2);
    if (end === -1) return;
    if (quotedLines(text, at2 + head[0].length, end, head[1], found)) continue;
    const bodyStart = text.indexOf("\n", at2);
    if (bodyStart === -1 || bodyStart > end || end - bodyStart > TEXT_PEM_MAX_CHARS) continue;
    if (!text.startsWith(`-----END ${head[1]}-----`, end)) continue;
    const lines = text.slice(bodyStart + 1, text.lastIndexOf("\n", end) + 1).split(/\r?\n/);
    const body = [];
    let ok = true;
    for (const line of lines) {
      const bare = line.replace(COMMENT_MARKS, "").trim();
      if (bare === "" || PEM_HEADER.test(bare)) continue;
      if (!BASE64_LINE.test(bare)) {
        ok = false;
        break;
      }
      body.push(bare);
    }
    if (ok) {
      for (const b of body) if (b.length >= MIN_PEM_PIECE) found.add(b);
    }
  }
}
function quotedLines(text, from, end, label2, found) {
  if (end - from > TEXT_PEM_MAX_CHARS || !text.startsWith(`-----END ${label2}-----`, end)) return false;
  const between = text.slice(from, end);
  const open = QUOTED_HEAD.exec(between);
  const close = QUOTED_TAIL.exec(between);
  if (!open || !close || open[0].length > close.index) return false;
  const items = [];
  const rest = between.slice(open[0].length, close.index).replace(QUOTED_ITEM, (_, _q, item) => {
    items.push(item.replace(LINE_END_ESCAPES, ""));
    return " ";
  });
  if (!QUOTED_GLUE.test(rest) || items.length === 0) return false;
  if (!items.every((x) => x === "" || BASE64_LINE.test(x) || PEM_HEADER.test(x))) return false;
  for (const x of items) if (x.length >= MIN_PEM_PIECE && !PEM_HEADER.test(x)) found.add(x);
  return true;
}
var QUOTED_HEAD = /^(?:\\r)?(?:\\n)?(["'])\s*,/;
var QUOTED_TAIL = /,\s*(["'])$/;
var QUOTED_ITEM = /(["'])([^"'\n]*)\1/g;
var QUOTED_GLUE = /^[\s,]*$/;
var LINE_END_ESCAPES = /(?:\\r|\\n)+$/;
var BEGIN_LINE = /^-----BEGIN ([A-Z0-9 ]*PRIVATE KEY[A-Z0-9 ]*)-----/;
var TEXT_PEM_MAX_CHARS = 32 * 1024;
var COMMENT_MARKS = /^\s*(?:#+|\/\/+|\*+(?!\/))/;
var PEM_HEADER = /^[A-Za-z-]+: \S/;
var BASE64_LINE = /^[A-Za-z0-9+/]+={0,2}$/;
var PEM_SPLIT = /(?:\s|\\[nr])+/;
var MIN_PEM_PIECE = 2;
function mayHoldJwk(s) {
  const c = s.charCodeAt(0);
  return (c === 123 || c === 91 || c === 32 || c === 10 || c === 13 || c === 9) && s.length <= EMBEDDED_MAX && s.includes('"kty"');
}
var EMBEDDED_MAX = 16 * 1024 * 1024;
function addEmbeddedJwk(found, s) {
  let parsed;
  try {
    parsed = JSON.parse(s);
  } catch {
    return;
  }
  const inner = /* @__PURE__ */ new Set();
  collectSecrets(parsed, inner, true);
  for (const x of inner) addValue(found, x);
}
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
    let quote2 = m[2];
    if (quote2 === "") {
      const props = /^(?:[&!][^\s]*\s+)+(\\?["']?)/.exec(line.slice(start));
      if (props) {
        start += props[0].length;
        quote2 = props[1];
      }
    }
    let end = start;
    if (quote2 === "") {
      while (end < line.length && !/[\s"'\\,}\]&]/.test(line[end])) end++;
    } else if (quote2.length === 2) {
      end = line.indexOf(quote2, start);
      if (end === -1) end = line.length;
    } else {
      while (end < line.length && line[end] !== quote2) end += line[end] === "\\" && quote2 === '"' ? 2 : 1;
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

// src/engine/redact-hcl.ts
function textJwkMembers(text, found, depth2 = 0) {
  if (!mayHoldKty(text)) return;
  const stack = [];
  const capturing = [];
  const n = text.length;
  let kty = -1;
  const ktyIn = (s, e) => {
    if (kty !== -2 && kty < s) kty = nextKtyWord(text, s);
    return kty >= s && kty + 3 <= e;
  };
  const literals = /* @__PURE__ */ new Map();
  const refs = [];
  const keyRefs = /* @__PURE__ */ new Set();
  const pending = [];
  const endCapture = (f) => {
    if (!f.capture) return;
    f.capture = false;
    const at2 = capturing.lastIndexOf(f);
    if (at2 !== -1) capturing.splice(at2, 1);
  };
  const comment = (start, end, top) => {
    if (depth2 < MAX_HEREDOC_DEPTH && ktyIn(start, end)) scanJwkText(text.slice(start, end), found, LOOSE_TEXT, depth2 + 1);
    if (top?.kind === OBJECT) {
      for (const m of text.slice(start, end).matchAll(COMMENTED_MEMBER)) {
        const v = m[3] ?? m[4];
        if (v) (top.values ??= []).push(v);
      }
    }
  };
  const key = (f, name, i) => {
    let j = i;
    for (; ; ) {
      while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      if (text.charCodeAt(j) !== 47 || text.charCodeAt(j + 1) !== 42) break;
      const close = text.indexOf("*/", j + 2);
      if (close === -1) break;
      j = close + 2;
    }
    const c = text.charCodeAt(j);
    if (!(c === 58 || c === 61 && text.charCodeAt(j + 1) !== 61 && text.charCodeAt(j + 1) !== 62)) return i;
    if (name === "kty") f.kty = true;
    else if (JWK_PRIVATE_NAMES.has(name)) {
      f.capture = true;
      capturing.push(f);
    }
    if (f.block === LOCALS) f.assign = `local.${name}`;
    else if (f.block !== void 0 && name === "default") f.assign = f.block;
    else if (f.assignTo !== void 0 && f.assignTo.length < 200) f.assign = `${f.assignTo}.${name}`;
    return j + 1;
  };
  for (let i = 0; i < n; ) {
    if (stack.length > MAX_HCL_DEPTH) return;
    const top = stack.length ? stack[stack.length - 1] : void 0;
    const c = text.charCodeAt(i);
    if (top?.kind === STR) {
      if (c === 92) i += 2;
      else if (c === 34) {
        stack.pop();
        i++;
        const owner = stack.length ? stack[stack.length - 1] : void 0;
        if (depth2 < MAX_HEREDOC_DEPTH && ktyIn(top.start, i - 1)) nestedText(text.slice(top.start, i - 1), found, depth2, true);
        if (top.plain) {
          const value = text.slice(top.start, i - 1);
          const after = top.atKey && owner ? key(owner, value.length <= 24 && value.includes("\\") ? unescapeHcl(value) : value, i) : i;
          if (after === i) {
            for (let k = Math.max(0, capturing.length - MAX_CAPTURING); k < capturing.length; k++) (capturing[k].values ??= []).push(value);
            if (owner?.assign) {
              literals.set(owner.assign, value);
              owner.assign = void 0;
            }
          }
          i = after;
        } else if (capturing.length) {
          for (const part of templateLiterals(text.slice(top.start, i - 1))) {
            for (let k = Math.max(0, capturing.length - MAX_CAPTURING); k < capturing.length; k++) (capturing[k].values ??= []).push(part);
          }
        }
      } else if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === 123) {
        if (text.charCodeAt(i - 1) === c) i += 2;
        else {
          top.plain = false;
          stack.push({ kind: INTERP, atKey: false, kty: false, capture: false, start: i });
          i += 2;
        }
      } else if (c === 10) stack.pop();
      else i++;
      continue;
    }
    if (c === 35 || c === 47 && text.charCodeAt(i + 1) === 47) {
      const end = lineCommentsEnd(text, i);
      comment(i, end, top);
      i = end;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf("*/", i + 2);
      const end = close === -1 ? n : close + 2;
      comment(i, end, top);
      i = end;
    } else if (c === 60 && text.charCodeAt(i + 1) === 60) {
      const head = HEREDOC.exec(text.slice(i, i + 80));
      if (!head) i += 2;
      else {
        const close = new RegExp(`\\n[ \\t]*${head[1]}[ \\t]*(?:\\r?\\n|$)`, "g");
        close.lastIndex = i + head[0].length - 1;
        const m = close.exec(text);
        const bodyStart = i + head[0].length;
        i = m ? m.index + 1 : n;
        const body = text.slice(bodyStart, i);
        if (top?.kind === OBJECT && top.capture) {
          for (const line of body.split(/\r?\n/)) {
            const bare = line.trim();
            if (bare) for (let k = Math.max(0, capturing.length - MAX_CAPTURING); k < capturing.length; k++) (capturing[k].values ??= []).push(bare);
          }
        }
        if (depth2 < MAX_HEREDOC_DEPTH && body.includes("${")) textJwkMembers(body, found, depth2 + 1);
        if (depth2 < MAX_HEREDOC_DEPTH && hasKtyWord(body)) nestedText(body, found, depth2, false);
        if (top?.kind === OBJECT) top.atKey = false;
      }
    } else if (c === 34) {
      stack.push({ kind: STR, atKey: top?.kind === OBJECT && top.atKey, kty: false, capture: false, start: i + 1, plain: true });
      if (top?.kind === OBJECT) top.atKey = false;
      i++;
    } else if (c === 123 || c === 91 || c === 40) {
      if (top?.kind === OBJECT) top.atKey = false;
      const frame = { kind: c === 123 ? OBJECT : LIST, atKey: c === 123, kty: false, capture: false, start: i, call: c === 40 };
      if (c === 123 && stack.length === 0) frame.block = blockOf(text, i);
      if (c === 123 && top?.assign) {
        frame.assignTo = top.assign;
        top.assign = void 0;
      }
      stack.push(frame);
      i++;
    } else if (c === 125 || c === 93 || c === 41) {
      if (top) {
        stack.pop();
        endCapture(top);
        if (top.kty && top.values) for (const v of top.values) addValue(found, v);
        if (top.kty && top.refs) refs.push(...top.refs);
        if (top.kty && top.assignTo) keyRefs.add(top.assignTo);
        if (top.call && !top.kty && top.args && (top.values || top.refs) && pending.length < MAX_REFERENCES) pending.push(top);
        const owner = stack.length ? stack[stack.length - 1] : void 0;
        if ((top.kind === OBJECT || top.call) && owner?.call) {
          if (top.kty) owner.kty = true;
          else {
            if (top.values) (owner.values ??= []).push(...top.values);
            if (top.refs) (owner.refs ??= []).push(...top.refs);
          }
        }
      }
      i++;
    } else if (c === 44 || c === 10) {
      if (top?.kind === OBJECT) {
        endCapture(top);
        top.atKey = true;
        top.assign = void 0;
      }
      i++;
    } else if (top?.kind === OBJECT && top.atKey && IDENT_START.test(text[i])) {
      let j = i + 1;
      while (j < n && IDENT_PART.test(text[j])) j++;
      top.atKey = false;
      i = key(top, text.slice(i, j), j);
      if (i < j) i = j;
    } else if ((capturing.length || top?.call) && (c === 108 || c === 118) && !IDENT_PART.test(text[i - 1] ?? " ") && text[i - 1] !== ".") {
      REFERENCE.lastIndex = i;
      const m = REFERENCE.exec(text);
      if (m) for (let k = Math.max(0, capturing.length - MAX_CAPTURING); k < capturing.length; k++) (capturing[k].refs ??= []).push(m[0]);
      if (m && top?.call && (top.args?.length ?? 0) < MAX_CAPTURING) (top.args ??= []).push(m[0]);
      if (top?.kind === OBJECT) top.atKey = false;
      i += m ? m[0].length : 1;
    } else {
      if (top?.kind === OBJECT && c !== 32 && c !== 9 && c !== 13) top.atKey = false;
      i++;
    }
  }
  for (const call of pending) {
    if (!call.args.some((a) => keyRefs.has(a))) continue;
    if (call.values) for (const v of call.values) addValue(found, v);
    if (call.refs) refs.push(...call.refs);
  }
  for (const r of refs.slice(0, MAX_REFERENCES)) {
    const v = literals.get(r);
    if (v !== void 0) addValue(found, v);
  }
}
var REFERENCE = /(?:local|var)(?:\.[A-Za-z_][A-Za-z0-9_-]*)+/y;
var MAX_REFERENCES = 1e3;
var LOCALS = "locals";
function blockOf(text, at2) {
  const head = text.slice(Math.max(0, at2 - 200), at2);
  if (/(?:^|\n)[ \t]*locals[ \t]*$/.test(head)) return LOCALS;
  const v = /(?:^|\n)[ \t]*variable[ \t]+"([^"\n]+)"[ \t]*$/.exec(head);
  return v ? `var.${v[1]}` : void 0;
}
var STR = 0;
var INTERP = 1;
var OBJECT = 2;
var LIST = 3;
var MAX_HCL_DEPTH = 1e3;
var MAX_CAPTURING = 4;
var MAX_HEREDOC_DEPTH = 4;
var IDENT_START = /[A-Za-z_]/;
var IDENT_PART = /[A-Za-z0-9_-]/;
var HEREDOC = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n/;
function lineCommentsEnd(text, at2) {
  let eol = text.indexOf("\n", at2);
  for (; ; ) {
    if (eol === -1) return text.length;
    let next = eol + 1;
    while (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9) next++;
    const c = text.charCodeAt(next);
    if (c !== 35 && !(c === 47 && text.charCodeAt(next + 1) === 47)) return eol;
    eol = text.indexOf("\n", next);
  }
}
function unescapeHcl(raw) {
  return raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/gs, (_, e) => {
    if (e.length > 1) {
      const code = parseInt(e.slice(1), 16);
      return code <= 1114111 ? String.fromCodePoint(code) : e;
    }
    return e === "n" ? "\n" : e === "t" ? "	" : e === "r" ? "\r" : e;
  });
}
function nestedText(raw, found, depth2, escaped) {
  const text = escaped ? unescapeHcl(raw).replaceAll("$${", "${").replaceAll("%%{", "%{") : raw;
  const inner = /* @__PURE__ */ new Set();
  scanJwkText(text, inner, LOOSE_TEXT, depth2 + 1);
  for (const s of inner) addValue(found, s);
}

// src/engine/redact-text.ts
function textJwks(text, format2, found, holdsKty = mayHoldKty(text)) {
  if (!holdsKty) return;
  if (format2 === "hcl") textJwkMembers(text, found);
  else scanJwkText(text, found, format2 === "yaml" ? YAML_TEXT : JSON_TEXT);
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
var SCAN_MAX = 4096;
function scanned(t, start, end) {
  let line = 0;
  let from = 0;
  let i = t.indexOf("\n");
  while (i !== -1 && i < start) {
    line++;
    from = i + 1;
    i = t.indexOf("\n", from);
  }
  const startLine = line;
  const startFrom = from;
  while (i !== -1 && i < end) {
    line++;
    from = i + 1;
    i = t.indexOf("\n", from);
  }
  return { line: startLine + 1, column: start - startFrom + 1, endLine: line + 1, endColumn: end - from + 1 };
}
function lineColumn(doc, offset) {
  if (doc.text.length <= SCAN_MAX) {
    const at2 = Math.min(Math.max(offset, 0), doc.text.length);
    const p = scanned(doc.text, at2, at2);
    return { line: p.line, column: offset - at2 + p.column };
  }
  const starts = linesTo(doc, offset).starts;
  const lo = lineAt(starts, offset);
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
function spanToPosition(doc, span) {
  const start = Math.min(Math.max(span.start, 0), doc.text.length);
  const end = Math.min(Math.max(span.end, start), doc.text.length);
  if (doc.text.length <= SCAN_MAX) return scanned(doc.text, start, end);
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
    const shown3 = shownLine(doc, line);
    if (shown3 === void 0) return "";
    lines.set(line, text = shown3);
  }
  return text;
}
function quotedLine(doc, line) {
  const known3 = doc[MEMO]?.texts?.get(line);
  return known3 ?? shownLine(doc, line) ?? "";
}
function shownLine(doc, line) {
  let s;
  let e;
  const t = doc.text;
  if (t.length <= SCAN_MAX) {
    if (!Number.isInteger(line) || line < 1) return void 0;
    s = 0;
    for (let n = 1; n < line; n++) {
      const i2 = t.indexOf("\n", s);
      if (i2 === -1) return void 0;
      s = i2 + 1;
    }
    const i = t.indexOf("\n", s);
    e = i === -1 ? t.length : i;
  } else {
    let table = linesTo(doc, 0);
    while (table.starts.length <= line && table.scanned !== Infinity) table = linesTo(doc, table.scanned);
    const starts = table.starts;
    s = starts[line - 1];
    if (s === void 0) return void 0;
    e = line < starts.length ? starts[line] - 1 : t.length;
  }
  return redactSecrets(t.slice(s, e).replace(/\r$/, ""), secretsOf(doc)).replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, "\uFFFD");
}
function secretsOf(doc) {
  const memo = memoOf(doc);
  let s = memo.secrets;
  if (!s) {
    const kty = mayHoldKty(doc.text);
    if (doc.secretValues?.length || doc.text.includes("PRIVATE KEY-----") || kty) {
      const found = /* @__PURE__ */ new Set();
      collectSecrets(doc.value, found, isJsonTree(doc));
      if (doc.secretValues?.length) collectSecrets(doc.secretValues, found);
      textPrivateKeys(doc.text, found);
      textJwks(doc.text, doc.format, found, kty);
      if (tfJsonJwk(doc)) templateJwkMembers(doc.text, found);
      s = found.size === 0 ? [] : longestFirstOf(found);
    } else s = documentSecrets(doc.value, isJsonTree(doc));
    memo.secrets = s;
  }
  return s;
}
function addSecretsOf(doc, into) {
  const known3 = doc[MEMO]?.secrets;
  if (known3) for (const s of known3) into.add(s);
  else {
    collectSecrets(doc.value, into, isJsonTree(doc));
    if (doc.secretValues?.length) collectSecrets(doc.secretValues, into);
    textPrivateKeys(doc.text, into);
    textJwks(doc.text, doc.format, into);
    if (tfJsonJwk(doc)) templateJwkMembers(doc.text, into);
  }
}
function tfJsonJwk(doc) {
  return doc.format !== "yaml" && typeof doc.file === "string" && isTerraformJsonName(doc.file) && doc.text.includes("${") && doc.text.includes("kty");
}
function templateJwkMembers(text, found) {
  let value;
  try {
    value = JSON.parse(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
  } catch {
    return;
  }
  const stack = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string") {
      if (v.includes("${") && v.includes("kty")) textJwkMembers(v, found);
    } else if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === "object") stack.push(...Object.values(v));
  }
}

// src/config/severity.ts
var SEVERITY_NAMES = {
  off: "off",
  info: "info",
  warning: "warning",
  warn: "warning",
  error: "error",
  "0": "off",
  "1": "warning",
  "2": "error"
};
var SEVERITY_VALUES = ["off", "info", "warning", "warn", "error", 0, 1, 2];
function normalizeSeverity(value) {
  if (typeof value !== "string" && typeof value !== "number") return void 0;
  const key = String(value);
  return Object.prototype.hasOwnProperty.call(SEVERITY_NAMES, key) ? SEVERITY_NAMES[key] : void 0;
}

// src/policies/schema.ts
var scalar = { type: ["string", "number", "boolean", "null"] };
var MATCHER_SCHEMA = {
  oneOf: [
    scalar,
    { type: "array", items: scalar, minItems: 1 },
    {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      properties: {
        pattern: { type: "string", minLength: 1, maxLength: 500 },
        notPattern: { type: "string", minLength: 1, maxLength: 500 },
        exists: { type: "boolean" },
        contains: scalar,
        not: { $ref: "#/$defs/matcher" }
      }
    }
  ]
};
var MATCHERS = {
  type: "object",
  minProperties: 1,
  propertyNames: { pattern: "^[A-Za-z0-9_$-]+(\\.[A-Za-z0-9_$-]+)*$" },
  additionalProperties: { $ref: "#/$defs/matcher" }
};
var POLICY_RESOURCES = ["client", "clientGrant", "organization", "organizationConnection"];
var POLICY_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["id", "resource"],
  anyOf: [{ required: ["require"] }, { required: ["forbid"] }],
  properties: {
    id: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,79}$" },
    description: { type: "string", minLength: 1, maxLength: 300 },
    severity: { enum: ["info", "warning", "warn", "error"] },
    files: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 },
    resource: { enum: POLICY_RESOURCES },
    where: MATCHERS,
    require: MATCHERS,
    forbid: MATCHERS,
    message: { type: "string", minLength: 1, maxLength: 1e3 },
    docs: { type: "string", minLength: 1, maxLength: 5e3 },
    fix: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        set: { type: "object", minProperties: 1, propertyNames: MATCHERS.propertyNames },
        remove: { type: "array", items: { type: "string", pattern: MATCHERS.propertyNames.pattern }, minItems: 1 },
        safety: { enum: ["safe", "unsafe"] }
      }
    }
  }
};
var stringOrList = { oneOf: [{ type: "string", minLength: 1 }, { type: "array", items: { type: "string", minLength: 1 } }] };
var POLICY_CONFIG_PROPERTIES = {
  policies: { type: "array", items: POLICY_SCHEMA },
  plugins: { type: "array", items: { type: "string", minLength: 1 } },
  extends: stringOrList
};
var POLICY_DEFS = { matcher: MATCHER_SCHEMA };

// src/config/schema.ts
var ruleSetting = {
  oneOf: [
    { enum: SEVERITY_VALUES },
    {
      type: "array",
      minItems: 1,
      maxItems: 2,
      prefixItems: [{ enum: SEVERITY_VALUES }, { type: "object" }],
      items: false
    }
  ]
};
var rules = { type: ["object", "null"], additionalProperties: ruleSetting };
var globs = { type: "array", items: { type: "string", minLength: 1 } };
var CONFIG_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  additionalProperties: false,
  properties: {
    // the editor's schema association (`"$schema": "./node_modules/orglint/..."`), as in ESLint and Spectral configs
    $schema: { type: "string" },
    rules,
    ignore: globs,
    keywords: { type: "object" },
    keywordsFile: { type: "string", minLength: 1 },
    overrides: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["files"],
        properties: { files: { ...globs, minItems: 1 }, rules }
      }
    },
    maxFileSize: { type: "integer", minimum: 1 },
    payloads: globs,
    requireDirectiveReason: { type: "boolean" },
    ...POLICY_CONFIG_PROPERTIES
  },
  $defs: POLICY_DEFS
};
var CONFIG_KEYS = Object.keys(CONFIG_SCHEMA.properties).filter((k) => k !== "$schema");

// lazy-picomatch:picomatch
import { createRequire as createRequire2 } from "node:module";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var real;
var load = () => real ??= createRequire2(import.meta.url)(fileURLToPath2(new URL("./picomatch.cjs", import.meta.url)));
var picomatch_default = new Proxy(function picomatch() {
}, { apply: (_, self, args) => load().apply(self, args), get: (_, key) => load()[key] });

// src/engine/glob.ts
var GlobError = class extends Error {
};
var GLOB_LIMITS = {
  /** characters in one pattern */
  length: 256,
  /** `*` wildcards in one path segment: 3 keep the worst case of a 255-character name in the low millions of steps */
  starsPerSegment: 3,
  /** `**` segments in one pattern */
  globstars: 3,
  /** `{` alternations in one pattern */
  braces: 8
};
var OPTIONS = { dot: true, strictBrackets: true, noextglob: true };
function checkGlob(pattern, limitLength = true) {
  if (limitLength && pattern.length > GLOB_LIMITS.length) throw new GlobError(`the pattern is ${pattern.length} characters long, more than ${GLOB_LIMITS.length}`);
  const negated = pattern.startsWith("!");
  let body = negated ? pattern.slice(1) : pattern;
  if (body.trim() === "") throw new GlobError(negated ? 'nothing follows "!"' : "the pattern is empty");
  if (/\\$/.test(body)) throw new GlobError('the pattern ends in an escaping "\\"');
  body = body.replace(/^\.\//, "").replace(/^\//, "");
  const segments = body.split("/");
  const globstars = segments.filter((s) => s === "**").length;
  if (globstars > GLOB_LIMITS.globstars) throw new GlobError(`${globstars} "**" segments, more than ${GLOB_LIMITS.globstars} (each multiplies the cost of matching by the depth of the path)`);
  for (const s of segments) {
    if (s === "**") continue;
    const stars = (s.replace(/\\./g, "").match(/\*+/g) ?? []).length;
    if (stars > GLOB_LIMITS.starsPerSegment) {
      throw new GlobError(`${stars} "*" wildcards in the segment "${s}", more than ${GLOB_LIMITS.starsPerSegment} (each multiplies the cost of matching by the length of a name)`);
    }
  }
  const braces = (body.replace(/\\./g, "").match(/\{/g) ?? []).length;
  if (braces > GLOB_LIMITS.braces) throw new GlobError(`${braces} "{" alternations, more than ${GLOB_LIMITS.braces}`);
  try {
    picomatch_default.makeRe(body, OPTIONS);
  } catch (err) {
    throw new GlobError(err.message.replace(/ - use .*$/, "").replace(/^Missing closing: "(.)"/, 'an unclosed bracket: "$1" is missing'));
  }
  let rest = body.replace(/\\./g, "");
  for (let before = ""; before !== rest; ) [before, rest] = [rest, rest.replace(/\{[^{}]*\}/g, "")];
  if (rest.includes("}")) throw new GlobError('a "}" without its "{"');
  return { body, negated };
}
function compileGlob(pattern) {
  const { body, negated } = checkGlob(pattern, false);
  const dir = body.endsWith("/");
  let p = dir ? body.slice(0, -1) : body;
  if (!p.includes("/")) p = `**/${p}`;
  const self = picomatch_default(p, OPTIONS);
  const below2 = picomatch_default(`${p}/**`, OPTIONS);
  return { negated, test: dir ? (rel) => below2(rel) : (rel) => self(rel) || below2(rel) };
}
function globMatcher(patterns) {
  const compiled = patterns.map(compileGlob);
  if (compiled.length === 0) return () => false;
  return (rel) => {
    for (let i = compiled.length - 1; i >= 0; i--) if (compiled[i].test(rel)) return !compiled[i].negated;
    return false;
  };
}
function isGlobPattern(arg) {
  return picomatch_default.scan(arg.replace(/\\/g, "/")).isGlob;
}

// src/config/keywords-file.ts
import path2 from "node:path";

// src/sources/deploy-cli/deploy-cli-config.ts
var KEYS = {
  AUTH0_EXCLUDED: "excluded",
  AUTH0_INCLUDED_ONLY: "includedOnly",
  AUTH0_EXCLUDED_CLIENTS: "excludedClients",
  AUTH0_EXCLUDED_CONNECTIONS: "excludedConnections",
  AUTH0_EXCLUDED_DATABASES: "excludedDatabases",
  AUTH0_INCLUDED_CONNECTIONS: "includedConnections"
};
var ExclusionError = class extends Error {
  constructor(key) {
    super(`${key} must be an array of names (or a JSON string of one), as deploy-cli reads it`);
    this.key = key;
  }
  key;
};
function names(key, v) {
  let list = v;
  if (typeof v === "string") {
    try {
      list = JSON.parse(v);
    } catch {
      throw new ExclusionError(key);
    }
  }
  if (!Array.isArray(list) || !list.every((x) => typeof x === "string")) throw new ExclusionError(key);
  return list;
}
function readExclusions(config, file) {
  const out = { file };
  let any = false;
  for (const [key, field] of Object.entries(KEYS)) {
    if (!Object.prototype.hasOwnProperty.call(config, key) || config[key] === void 0 || config[key] === null) continue;
    out[field] = names(key, config[key]);
    any = true;
  }
  return any ? out : void 0;
}

// src/config/keywords-file.ts
async function loadKeywordsAndExclusions(file, cwd) {
  const display = path2.relative(cwd, file) || file;
  const where2 = namedFileTarget(file);
  if (!("read" in where2)) throw new ConfigError(`keywords file: ${namedLinkRefused(where2).message.replace(/To lint what it leads to, name that: orglint (.*)$/s, "To use it, name that: orglint --keywords $1")}`, display);
  const read = await readTextFile(where2.read);
  if (!read.ok) throw new ConfigError(`keywords file: ${read.message}`, display);
  const doc = /\.ya?ml$/i.test(file) ? await loadYamlAsync(file, read.text, read.bom) : loadJson(file, read.text, read.bom);
  if (doc.problems.length) {
    const pos = lineColumn(doc, doc.problems[0].span.start);
    throw new ConfigError(`keywords file: ${doc.problems[0].message}`, display, pos.line, pos.column);
  }
  const v = doc.value;
  if (!isPlain(v)) throw new ConfigError("keywords file: expected an object of KEY: value pairs", display, 1, 1);
  let exclusions;
  try {
    exclusions = readExclusions(v, display);
  } catch (err) {
    if (!(err instanceof ExclusionError)) throw err;
    const span = doc.locate([err.key], "value");
    const pos = span ? lineColumn(doc, span.start) : { line: 1, column: 1 };
    throw new ConfigError(`keywords file: ${err.key} must be an array of names (or a JSON string of one), as deploy-cli reads it`, display, pos.line, pos.column);
  }
  const withExclusions = (keywords) => exclusions ? { keywords, exclusions } : { keywords };
  if ("AUTH0_KEYWORD_REPLACE_MAPPINGS" in v) {
    const m = v.AUTH0_KEYWORD_REPLACE_MAPPINGS;
    if (!isPlain(m)) {
      const span = doc.locate(["AUTH0_KEYWORD_REPLACE_MAPPINGS"], "value");
      const pos = span ? lineColumn(doc, span.start) : { line: 1, column: 1 };
      throw new ConfigError("keywords file: AUTH0_KEYWORD_REPLACE_MAPPINGS must be an object of KEY: value pairs", display, pos.line, pos.column);
    }
    return withExclusions(m);
  }
  if (exclusions) return withExclusions({});
  return { keywords: v };
}

// src/config/package-bounds.ts
import { existsSync as existsSync2, realpathSync as realpathSync2 } from "node:fs";
import os from "node:os";
import path3 from "node:path";
var PackageBounds = class {
  repository;
  label;
  stores;
  /** `topConfig`: the config the chain of `extends` starts at (found, or named with --config) */
  constructor(topConfig) {
    const dir = path3.dirname(path3.resolve(topConfig));
    const repo = checkoutOf(dir);
    this.repository = real2(repo ?? dir) ?? path3.resolve(repo ?? dir);
    this.label = repo ? "the repository" : "the config's folder";
  }
  /**
   * Throw a ConfigError at the `extends` entry (`display`, `at`) unless `file` (the package's package.json, or the
   * config it names) may be read. A file not there passes: resolving the package says so.
   */
  check(spec, file, display, at2) {
    const target = real2(file);
    if (target === void 0) return;
    if (isBelow(target, this.repository)) {
      if (!hidden(path3.relative(this.repository, target), true)) return;
      throw new ConfigError(
        `extends "${spec}" resolves, links followed, to ${shellWord(target)}, in a folder or file of ${this.label} whose name starts with a dot (node_modules/.pnpm aside); orglint reads a shared config from a package only inside ${this.label} or the package manager's store (a link in node_modules, which a pull request can commit, could point at a secret). Install the package again, or name the config with --config`,
        display,
        at2.line,
        at2.column
      );
    }
    for (const store of this.storeDirs()) if (isBelow(target, store) && inStoreLayout(path3.relative(store, target))) return;
    throw new ConfigError(
      `extends "${spec}" resolves, links followed, to ${shellWord(target)}, outside ${this.label} (${shellWord(this.repository)}) and the package manager's store; orglint reads a shared config from a package only there (a link in node_modules, which a pull request can commit, could point at a runner's files). Install the package in ${this.label} (not linked from elsewhere), or name the config with --config`,
      display,
      at2.line,
      at2.column
    );
  }
  /** pnpm's store folders that exist, real paths (asked only for a package outside the repository) */
  storeDirs() {
    if (this.stores) return this.stores;
    const env = process.env;
    const home = os.homedir();
    const candidates = [
      env.npm_config_store_dir,
      env.NPM_CONFIG_STORE_DIR,
      env.PNPM_HOME && path3.join(env.PNPM_HOME, "store"),
      env.XDG_DATA_HOME && path3.join(env.XDG_DATA_HOME, "pnpm", "store"),
      process.platform === "darwin" ? path3.join(home, "Library", "pnpm", "store") : void 0,
      process.platform === "win32" && env.LOCALAPPDATA ? path3.join(env.LOCALAPPDATA, "pnpm", "store") : void 0,
      path3.join(home, ".local", "share", "pnpm", "store")
    ];
    const found = /* @__PURE__ */ new Set();
    for (const c of candidates) {
      if (!c || !path3.isAbsolute(c)) continue;
      const r = real2(c);
      if (r !== void 0 && r !== path3.parse(r).root && r !== real2(home)) found.add(r);
    }
    return this.stores = [...found];
  }
};
function packageJsonOf(spec, fromDir) {
  for (let dir = path3.resolve(fromDir); ; dir = path3.dirname(dir)) {
    const file = path3.join(dir, "node_modules", spec, "package.json");
    if (existsSync2(file)) return file;
    if (path3.dirname(dir) === dir) return void 0;
  }
}
function real2(p) {
  try {
    return realpathSync2.native(p);
  } catch {
    return void 0;
  }
}
function inStoreLayout(rel) {
  const segs = rel.split(path3.sep);
  return /^v\d+$/.test(segs[0]) && segs.indexOf("node_modules") > 0 && !hidden(rel, false);
}
function hidden(rel, store) {
  const segs = rel.split(path3.sep);
  return segs.some((seg, i) => seg.startsWith(".") && !(store && seg === ".pnpm" && segs[i - 1] === "node_modules"));
}

// src/engine/settings.ts
import path4 from "node:path";
var RuleSettings = class {
  constructor(config, rules2, cli = {}) {
    this.config = config;
    this.rules = rules2;
    this.cli = cli;
    this.overrides = config.overrides.map((o) => ({ match: globMatcher(o.files), rules: o.rules }));
  }
  config;
  rules;
  cli;
  overrides;
  cache = /* @__PURE__ */ new Map();
  global = /* @__PURE__ */ new Map();
  /** per rule id: its setting when no override names it (the same for every file), else null */
  same = /* @__PURE__ */ new Map();
  enabled = /* @__PURE__ */ new Map();
  /** the setting of `ruleId` for `file` (absolute path); built-in ids default to their own severity */
  get(ruleId, file) {
    if (this.overrides.length === 0) return this.globalSetting(ruleId);
    const matched = this.matchingOverrides(file);
    const key = matched.join(",");
    let table = this.cache.get(key);
    if (!table) {
      table = /* @__PURE__ */ new Map();
      this.cache.set(key, table);
    }
    let s = table.get(ruleId);
    if (!s) {
      s = this.compute(ruleId, matched);
      table.set(ruleId, s);
    }
    return s;
  }
  /**
   * The setting of `ruleId` when it is the same for every file: no `overrides` entry names the rule (an entry
   * that names others changes nothing for it). Undefined when it may differ per file: ask `get` per file.
   */
  uniform(ruleId) {
    let s = this.same.get(ruleId);
    if (s === void 0) {
      s = this.overrides.some((o) => Object.hasOwn(o.rules, ruleId)) ? null : this.globalSetting(ruleId);
      this.same.set(ruleId, s);
    }
    return s ?? void 0;
  }
  /** whether a rule is on anywhere (global config or some override) */
  enabledSomewhere(ruleId) {
    let on = this.enabled.get(ruleId);
    if (on === void 0) {
      on = this.globalSetting(ruleId).severity !== "off" || this.overrides.some((o) => Object.hasOwn(o.rules, ruleId) && !!o.rules[ruleId]?.severity && o.rules[ruleId].severity !== "off");
      this.enabled.set(ruleId, on);
    }
    return on;
  }
  /** the setting without overrides: rule defaults, the config's `rules`, `--rule` flags */
  globalSetting(ruleId) {
    let s = this.global.get(ruleId);
    if (!s) this.global.set(ruleId, s = this.compute(ruleId, []));
    return s;
  }
  matchingOverrides(file) {
    if (this.overrides.length === 0 || /^[a-z]+:\/\//.test(file)) return [];
    const rel = path4.relative(this.config.baseDir, file).split(path4.sep).join("/");
    const out = [];
    this.overrides.forEach((o, i) => o.match(rel) && out.push(i));
    return out;
  }
  compute(ruleId, overrides) {
    const rule = this.rules.find((r) => r.id === ruleId);
    let severity = rule?.meta.severity ?? builtinSeverity(ruleId);
    let options = { ...rule?.defaultOptions ?? {} };
    let configured = false;
    const apply = (s) => {
      if (!s) return;
      if (s.severity) [severity, configured] = [s.severity, true];
      if (s.options) options = { ...options, ...s.options };
    };
    const own = (map) => Object.hasOwn(map, ruleId) ? map[ruleId] : void 0;
    apply(own(this.config.rules));
    for (const i of overrides) apply(own(this.overrides[i].rules));
    const cli = own(this.cli);
    if (cli) [severity, configured] = [cli, true];
    return { severity, options, configured };
  }
};
var BUILTIN_RULES = Object.assign(/* @__PURE__ */ Object.create(null), {
  "parse-error": { severity: "error", description: "the file is not valid YAML or JSON, or has duplicate keys" },
  "read-error": { severity: "error", description: "the file could not be read" },
  "file-too-large": { severity: "error", description: "the file is larger than maxFileSize (10 MiB by default)" },
  "unused-disable-directive": { severity: "warning", description: "an orglint-disable comment that suppresses nothing" },
  "disable-directive-without-reason": {
    severity: "error",
    description: 'an orglint-disable comment without "-- reason" (on with requireDirectiveReason: true in the config, or when its severity is set)'
  }
});
function builtinSeverity(ruleId) {
  return BUILTIN_RULES[ruleId]?.severity ?? "error";
}

// src/policies/compile.ts
import path5 from "node:path";

// src/rule-api/define-rule.ts
function defineRule(rule) {
  return rule;
}
function formatMessage(template3, data = {}) {
  const parts = templateParts(template3);
  if (parts.length === 1) return parts[0];
  const out = [parts[0]];
  for (let i = 1; i < parts.length; i += 2) out.push(shownValue(parts[i], data), parts[i + 1]);
  return out.join("");
}
var PLACEHOLDER2 = /\{\{\s*(\w+)\s*\}\}/g;
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
var CONTROLS = new RegExp(CONTROL.source, "g");
var split = /* @__PURE__ */ new Map();
function templateParts(template3) {
  let parts = split.get(template3);
  if (parts) return parts;
  const out = [];
  let last = 0;
  for (const m of template3.matchAll(PLACEHOLDER2)) {
    out.push(template3.slice(last, m.index), m[1]);
    last = m.index + m[0].length;
  }
  out.push(template3.slice(last));
  if (split.size < 1e3) split.set(template3, out);
  parts = out;
  return parts;
}
function shownValue(name, data) {
  const v = data[name];
  const raw = v === void 0 ? `{{${name}}}` : typeof v === "string" ? v : JSON.stringify(v);
  const s = CONTROL.test(raw) ? raw.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : raw;
  if (s.length <= MAX_MESSAGE_VALUE) return s;
  const cut = /[\ud800-\udbff]/.test(s[MAX_MESSAGE_VALUE - 4]) ? MAX_MESSAGE_VALUE - 4 : MAX_MESSAGE_VALUE - 3;
  return `${s.slice(0, cut)}...`;
}
var MAX_MESSAGE_VALUE = 300;
function quote(value) {
  if (value === void 0) return "nothing";
  const s = JSON.stringify(value);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

// lazy-builtin:v8
import { createRequire as createRequire3 } from "node:module";
var real3;
var load2 = () => real3 ??= createRequire3(import.meta.url)("node:v8");
function setFlagsFromString(...args) {
  return load2().setFlagsFromString(...args);
}
function getHeapSpaceStatistics(...args) {
  return load2().getHeapSpaceStatistics(...args);
}
var v8_default = new Proxy({}, { get: (_, key) => load2()[key] });

// src/policies/matchers.ts
var DOCUMENTED_DEFAULTS = {
  client: { organization_usage: "deny", organization_require_behavior: "no_prompt" },
  clientGrant: { allow_any_organization: false },
  organization: {},
  organizationConnection: { assign_membership_on_login: false, is_signup_enabled: false, show_as_button: true }
};
function readField(value, field, type, partial, keys = field.split(".")) {
  let cur = value;
  for (const key of keys) {
    if (typeof cur === "string" && containsPlaceholder(cur)) return { present: true, value: cur, source: "unknown" };
    if (cur === null || typeof cur !== "object" || !Object.prototype.hasOwnProperty.call(cur, key)) {
      if (partial) return { present: false, value: void 0, source: "unknown" };
      const defaults = DOCUMENTED_DEFAULTS[type] ?? {};
      if (Object.prototype.hasOwnProperty.call(defaults, field)) return { present: false, value: defaults[field], source: "default" };
      return { present: false, value: void 0, source: "absent" };
    }
    cur = cur[key];
  }
  if (typeof cur === "string" && containsPlaceholder(cur)) return { present: true, value: cur, source: "unknown" };
  return { present: true, value: cur, source: "set" };
}
var linearEngine;
function linear(pattern) {
  if (linearEngine === void 0) {
    try {
      v8_default.setFlagsFromString("--enable-experimental-regexp-engine");
      linearEngine = new RegExp("a", "l").test("a");
    } catch {
      linearEngine = false;
    }
  }
  if (!linearEngine) return void 0;
  try {
    return new RegExp(pattern, "l");
  } catch {
    return void 0;
  }
}
function safeRegExp(pattern) {
  let unicode;
  try {
    unicode = new RegExp(pattern, "u");
  } catch (err) {
    return err.message.replace(/^Invalid regular expression: /, "");
  }
  const fast = /\\[pP]\{|\\u\{/.test(pattern) ? void 0 : linear(pattern);
  if (fast) return { re: fast, maxLength: 1e5 };
  if (hasNestedQuantifier(pattern)) return "it repeats a group that itself repeats or has alternatives (such as (a+)+ or (a|aa)+), which can take exponential time";
  const degree = unboundedQuantifiers(pattern) + (anchoredAtStart(pattern) ? 0 : 1);
  if (degree > 2) return "it has more than two unbounded repetitions (*, +, {n,}, or {n,m} with m over 10; a pattern not anchored with ^ counts as one more) and needs the backtracking engine, which can take polynomial time on a long value";
  return { re: unicode, maxLength: 1e3 };
}
function* syntaxIndexes(p) {
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else yield i;
  }
}
function unboundedQuantifiers(p) {
  let n = 0;
  for (const i of syntaxIndexes(p)) {
    const c = p[i];
    if (c === "*" || c === "+") n++;
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i, i + 24));
      if (m && m[2] !== void 0 && (m[3] === "" || Number(m[3]) > 10)) n++;
    }
  }
  return n;
}
function anchoredAtStart(p) {
  if (!p.startsWith("^")) return false;
  let depth2 = 0;
  for (const i of syntaxIndexes(p)) {
    const c = p[i];
    if (c === "(") depth2++;
    else if (c === ")") depth2--;
    else if (c === "|" && depth2 === 0) return false;
  }
  return true;
}
function hasNestedQuantifier(p) {
  const stack = [];
  for (const i of syntaxIndexes(p)) {
    const c = p[i];
    if (c === "(") stack.push(false);
    else if (c === ")") {
      const inner = stack.pop() ?? false;
      const next = p[i + 1];
      const quantified = next === "*" || next === "+" || next === "?" || next === "{";
      if (inner && quantified && next !== "?") return true;
      if (stack.length && (inner || quantified)) stack[stack.length - 1] = true;
    } else if ((c === "*" || c === "+" || c === "{" || c === "|") && stack.length) stack[stack.length - 1] = true;
  }
  return false;
}
function compileMatcher(spec) {
  if (Array.isArray(spec)) {
    const list = spec;
    return known((v) => list.some((s) => s === v));
  }
  if (spec === null || typeof spec !== "object") return known((v) => v === spec);
  const [[op, arg]] = Object.entries(spec);
  switch (op) {
    case "exists":
      return (f) => f.present ? arg === true : f.source === "unknown" ? "unknown" : arg === false;
    case "pattern":
    case "notPattern": {
      const compiled = safeRegExp(String(arg));
      if (typeof compiled === "string") throw new Error(compiled);
      const { re, maxLength } = compiled;
      return (f) => {
        if (f.source === "unknown") return "unknown";
        const v = f.value;
        if (typeof v !== "string") return op === "notPattern";
        if (v.length > maxLength) return "unknown";
        const hit = re.test(v);
        return op === "pattern" ? hit : !hit;
      };
    }
    case "contains":
      return (f) => {
        if (f.source === "unknown") return "unknown";
        if (!Array.isArray(f.value)) return false;
        if (f.value.some((x) => typeof x === "string" && containsPlaceholder(x))) return f.value.includes(arg) ? true : "unknown";
        return f.value.includes(arg);
      };
    case "not": {
      const inner = compileMatcher(arg);
      return (f) => {
        const r = inner(f);
        return r === "unknown" ? r : !r;
      };
    }
    default:
      throw new Error(`unknown matcher "${op}"`);
  }
}
function known(test) {
  return (f) => f.source === "unknown" ? "unknown" : test(f.value);
}

// src/policies/compile.ts
var PolicyError = class extends Error {
  constructor(message2, at2) {
    super(message2);
    this.at = at2;
  }
  at;
};
var SCOPE = {
  client: "client",
  clientGrant: "clientGrant",
  organization: "organization",
  organizationConnection: "organization"
};
function policyGlobs(files) {
  files.forEach((g, i) => {
    try {
      checkGlob(g);
    } catch (err) {
      if (err instanceof GlobError) throw new PolicyError(`invalid glob ${JSON.stringify(g)} in files: ${err.message}`, ["files", i]);
      throw err;
    }
  });
  if (files.length && files.every((g) => g.startsWith("!"))) throw new PolicyError('files: every pattern starts with "!", so it matches no file (start with e.g. "**")', ["files", 0]);
  return globMatcher(files);
}
function compilePolicy(spec, baseDir, configFile) {
  const entries2 = (key) => Object.entries(spec[key] ?? {}).map(([field, m]) => {
    try {
      return { field, keys: field.split("."), match: compileMatcher(m), spec: m };
    } catch (err) {
      throw new PolicyError(`invalid matcher for "${field}": ${err.message}`, [key, field]);
    }
  });
  const where2 = entries2("where");
  const require2 = entries2("require");
  const forbid = entries2("forbid");
  spec.files?.forEach((g, i) => {
    if (path5.isAbsolute(g.replace(/^!/, "")) || /^[A-Za-z]:[\\/]/.test(g.replace(/^!/, ""))) {
      throw new PolicyError(`files glob "${g}" is an absolute path, which never matches: globs are relative to the config's folder`, ["files", i]);
    }
  });
  const inFiles = spec.files ? policyGlobs(spec.files) : void 0;
  const fileHits = /* @__PURE__ */ new Map();
  const severity = spec.severity === "warn" ? "warning" : spec.severity ?? "error";
  const safety = spec.fix?.safety ?? "unsafe";
  const type = spec.resource;
  const rule = defineRule({
    id: spec.id,
    meta: {
      description: spec.description ?? `team policy ${spec.id}`,
      severity,
      fixable: spec.fix ? [safety] : [],
      scope: SCOPE[type],
      source: spec.docs && /^https?:\/\//.test(spec.docs) ? spec.docs : `policy in ${path5.basename(configFile)}`
    },
    defaultOptions: {},
    messages: { violation: "{{text}}" },
    check(ctx) {
      const resource = ctx.resource;
      if (inFiles) {
        let hit = fileHits.get(resource.doc.file);
        if (hit === void 0) fileHits.set(resource.doc.file, hit = inFiles(relativeFile(resource, baseDir)));
        if (!hit) return;
      }
      for (const target of targets(resource, type)) {
        const read = (e) => readField(target.value, e.field, type, resource.partial, e.keys);
        let applies = true;
        for (const e of where2) if (e.match(read(e)) !== true) applies = false;
        if (!applies) continue;
        let violations;
        for (const e of require2) {
          const f = read(e);
          if (e.match(f) === false) (violations ??= []).push({ entry: e, field: f, kind: "require" });
        }
        for (const e of forbid) {
          const f = read(e);
          if (e.match(f) === true) (violations ??= []).push({ entry: e, field: f, kind: "forbid" });
        }
        if (!violations) continue;
        const ops = fixOps(spec, target) ?? [];
        const found = violations;
        found.forEach((v, i) => {
          const at2 = v.field.present ? [...target.prefix, ...v.entry.field.split(".")] : [...target.prefix];
          const mine = ops.filter((o) => o.field === v.entry.field);
          const rest = i === 0 ? ops.filter((o) => !found.some((w) => w.entry.field === o.field)) : [];
          const own = [...mine, ...rest].map((o) => o.op);
          const report2 = {
            messageId: "violation",
            at: at2,
            data: { text: message(spec, target, v.entry, v.field, v.kind, (f) => readField(target.value, f, type, resource.partial)) }
          };
          if (own.length) report2.fix = { safety, description: describeFix(own), ops: own };
          ctx.report(report2);
        });
      }
    }
  });
  return Object.assign(rule, { provenance: { kind: "policy", file: configFile, docs: spec.docs, spec } });
}
function relativeFile(resource, baseDir) {
  const file = resource.doc.file;
  if (/^[a-z]+:\/\//.test(file)) return "\0";
  return path5.relative(baseDir, file).split(path5.sep).join("/");
}
var NO_PREFIX = [];
function targets(resource, type) {
  if (type !== "organizationConnection") return [{ value: resource.value, prefix: NO_PREFIX, name: resource.name }];
  const list = resource.value.connections;
  if (!Array.isArray(list)) return [];
  const out = [];
  list.forEach((c, i) => {
    if (c === null || typeof c !== "object" || Array.isArray(c)) return;
    const conn = c;
    const id = conn.name ?? conn.connection_id ?? conn.connection?.name ?? `#${i + 1}`;
    out.push({ value: conn, prefix: ["connections", i], name: `${resource.name} \u2192 ${String(id)}` });
  });
  return out;
}
function fixOps(spec, target) {
  const out = [];
  const created = /* @__PURE__ */ new Map();
  for (const [field, value] of Object.entries(spec.fix?.set ?? {})) {
    const keys = field.split(".");
    let cur = target.value;
    let depth2 = 0;
    for (; depth2 < keys.length - 1; depth2++) {
      if (cur === null || typeof cur !== "object" || Array.isArray(cur)) return void 0;
      if (!Object.prototype.hasOwnProperty.call(cur, keys[depth2])) break;
      cur = cur[keys[depth2]];
    }
    if (depth2 === keys.length - 1) {
      if (cur === null || typeof cur !== "object" || Array.isArray(cur)) return void 0;
      out.push({ field, op: { op: "set", path: [...target.prefix, ...keys], value } });
      continue;
    }
    const head = keys.slice(0, depth2 + 1);
    const key = head.join(".");
    let entry = created.get(key);
    if (!entry) {
      entry = { value: /* @__PURE__ */ Object.create(null), op: { op: "set", path: [...target.prefix, ...head], value: void 0 } };
      entry.op.value = entry.value;
      created.set(key, entry);
      out.push({ field, op: entry.op });
    }
    let obj = entry.value;
    for (const k of keys.slice(depth2 + 1, -1)) {
      const next = obj[k];
      obj = next !== null && typeof next === "object" ? next : obj[k] = /* @__PURE__ */ Object.create(null);
    }
    obj[keys[keys.length - 1]] = value;
  }
  for (const field of spec.fix?.remove ?? []) out.push({ field, op: { op: "remove", path: [...target.prefix, ...field.split(".")] } });
  for (const e of created.values()) e.op.value = JSON.parse(JSON.stringify(e.value));
  return out;
}
function describeFix(ops) {
  return ops.map((o) => o.op === "set" ? `set ${o.path.join(".")} to ${JSON.stringify(o.value)}` : `remove ${o.path.join(".")}`).join(", ");
}
function showValue(f) {
  if (f.source === "default") return `not set (so ${JSON.stringify(f.value)})`;
  if (!f.present) return "not set";
  const s = JSON.stringify(f.value);
  return s === void 0 ? String(f.value) : s;
}
function expected(spec) {
  if (Array.isArray(spec)) return `one of ${spec.map((v) => JSON.stringify(v)).join(", ")}`;
  if (spec === null || typeof spec !== "object") return JSON.stringify(spec);
  const [[op, arg]] = Object.entries(spec);
  if (op === "exists") return arg ? "set" : "not set";
  if (op === "pattern") return `a match of /${String(arg)}/`;
  if (op === "notPattern") return `no match of /${String(arg)}/`;
  if (op === "contains") return `a list containing ${JSON.stringify(arg)}`;
  return `not ${expected(arg)}`;
}
function message(spec, target, entry, field, kind, read) {
  if (spec.message) {
    return spec.message.replace(/\{\{\s*([A-Za-z0-9_$.-]+)\s*\}\}/g, (all, key) => {
      if (key === "name") return target.name;
      if (key === "id" || key === "policy") return spec.id;
      if (key === "field") return entry.field;
      if (key === "value") return showValue(field);
      if (key === "expected") return expected(entry.spec);
      const f = read(key);
      return f.source === "absent" ? "not set" : f.source === "default" ? String(f.value) : f.present ? stringValue(f.value) : all;
    });
  }
  const what = spec.description ?? `team policy ${spec.id}`;
  return kind === "require" ? `${target.name}: ${entry.field} is ${showValue(field)}, expected ${expected(entry.spec)} (${what})` : `${target.name}: ${entry.field} is ${showValue(field)}, which is forbidden (${what})`;
}
function stringValue(v) {
  return typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
}

// src/policies/plugins.ts
import { existsSync as existsSync3, readFileSync, statSync } from "node:fs";
import path6 from "node:path";
import { pathToFileURL } from "node:url";
var NAME = /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/;
var RULE_ID = /^[a-z0-9][a-z0-9-]*$/;
var SEVERITIES = ["error", "warning", "info"];
var SCOPES = ["client", "clientGrant", "organization", "tenant"];
var CRASH = "orglint/plugin-error";
var MAX_PACKAGE_JSON = 1024 * 1024;
var PluginError = class extends Error {
};
function resolveModule(spec, fromDir, what) {
  if (spec.startsWith(".") || path6.isAbsolute(spec)) {
    const file = path6.resolve(fromDir, spec);
    if (!existsSync3(file)) throw new PluginError(`${what} "${spec}" not found (looked for ${file})`);
    if (statSync(file).isDirectory()) return packageEntry(file, spec, what);
    return file;
  }
  if (!NAME.test(spec.split("/").slice(0, spec.startsWith("@") ? 2 : 1).join("/"))) throw new PluginError(`${what} "${spec}" is not a package name or a path`);
  for (let dir = fromDir; ; dir = path6.dirname(dir)) {
    const pkgDir = path6.join(dir, "node_modules", spec);
    if (existsSync3(path6.join(pkgDir, "package.json"))) return packageEntry(pkgDir, spec, what);
    if (path6.dirname(dir) === dir) break;
  }
  throw new PluginError(`${what} "${spec}" not found: no node_modules/${spec} in ${fromDir} or a folder above it (npm install it)`);
}
function packageEntry(dir, spec, what) {
  const pkgFile = path6.join(dir, "package.json");
  let entry = "index.js";
  if (existsSync3(pkgFile)) {
    const st = statSync(pkgFile);
    if (!st.isFile()) throw new PluginError(`${what} "${spec}": its package.json is not a regular file (a FIFO, socket or device)`);
    if (st.size > MAX_PACKAGE_JSON) throw new PluginError(`${what} "${spec}": its package.json is larger than ${MAX_PACKAGE_JSON} bytes`);
    let pkg;
    try {
      pkg = JSON.parse(readFileSync(pkgFile, "utf8"));
    } catch {
      throw new PluginError(`${what} "${spec}": its package.json is not valid JSON`);
    }
    const dot = typeof pkg.exports === "string" || Array.isArray(pkg.exports) ? pkg.exports : pkg.exports?.["."] ?? pkg.exports;
    const pick = (e) => {
      if (typeof e === "string") return e;
      if (e && typeof e === "object" && !Array.isArray(e)) {
        const o = e;
        return pick(o.import ?? o.node ?? o.default ?? o.require);
      }
      return void 0;
    };
    entry = pick(dot) ?? pkg.main ?? entry;
  }
  const file = path6.resolve(dir, entry);
  if (!file.startsWith(dir + path6.sep)) throw new PluginError(`${what} "${spec}": its package entry points outside the package`);
  if (!existsSync3(file)) throw new PluginError(`${what} "${spec}": its entry ${entry} does not exist`);
  return file;
}
async function loadPlugin(spec, fromDir) {
  const file = resolveModule(spec, fromDir, "plugin");
  let mod;
  try {
    mod = await import(pathToFileURL(file).href);
  } catch (err) {
    throw new PluginError(`plugin "${spec}" could not be loaded: ${err.message}`);
  }
  const plugin = mod.default ?? mod;
  if (!plugin || typeof plugin !== "object") throw new PluginError(`plugin "${spec}": its default export must be { name, rules: [...] }`);
  const name = plugin.name;
  if (typeof name !== "string" || !NAME.test(name)) throw new PluginError(`plugin "${spec}": "name" must be a lower-case package-like name (got ${JSON.stringify(name)})`);
  if (!Array.isArray(plugin.rules)) throw new PluginError(`plugin "${spec}" (${name}): "rules" must be an array of rules made with defineRule`);
  const seen = /* @__PURE__ */ new Set();
  const rules2 = plugin.rules.map((r, i) => {
    const rule = checkRule(r, `plugin "${spec}" (${name}) rule #${i + 1}`);
    if (seen.has(rule.id)) throw new PluginError(`plugin "${spec}" (${name}): rule id "${rule.id}" is defined twice`);
    seen.add(rule.id);
    return wrap(rule, name, file);
  });
  return { name, file, rules: rules2 };
}
function checkRule(r, where2) {
  const rule = r;
  if (!rule || typeof rule !== "object") throw new PluginError(`${where2}: not an object`);
  if (typeof rule.id !== "string" || !RULE_ID.test(rule.id)) throw new PluginError(`${where2}: "id" must be lower-case letters, digits and - (got ${JSON.stringify(rule.id)})`);
  const meta = rule.meta;
  const label2 = `${where2} "${rule.id}"`;
  if (!meta || typeof meta !== "object") throw new PluginError(`${label2}: "meta" is missing`);
  if (typeof meta.description !== "string" || !meta.description) throw new PluginError(`${label2}: meta.description must be a non-empty string`);
  if (!SEVERITIES.includes(meta.severity)) throw new PluginError(`${label2}: meta.severity must be one of ${SEVERITIES.join(", ")}`);
  if (!SCOPES.includes(meta.scope)) throw new PluginError(`${label2}: meta.scope must be one of ${SCOPES.join(", ")}`);
  if (typeof rule.check !== "function") throw new PluginError(`${label2}: "check" must be a function`);
  if (!rule.messages || typeof rule.messages !== "object") throw new PluginError(`${label2}: "messages" must be an object of message templates`);
  return {
    ...rule,
    // (origins lets the engine skip a built-in rule; a plugin's rule always runs, a mistyped source cannot silence it)
    meta: { ...meta, fixable: meta.fixable ?? [], source: meta.source ?? "", origins: void 0 },
    defaultOptions: rule.defaultOptions ?? {}
  };
}
function wrap(rule, plugin, file) {
  const id = `${plugin}/${rule.id}`;
  const check2 = rule.check;
  return {
    ...rule,
    id,
    messages: { ...rule.messages, [CRASH]: "plugin {{plugin}}: rule {{rule}} threw an error, so it checked nothing here: {{error}}" },
    check(ctx) {
      const crash = (err) => {
        const target = ctx.resource ?? ctx.tenant.clients[0] ?? ctx.tenant.clientGrants[0] ?? ctx.tenant.organizations[0];
        if (!target) return;
        ctx.report({ messageId: CRASH, data: { plugin, rule: id, error: errorText(err) }, severity: "error", ...ctx.resource ? {} : { resource: target } });
      };
      let open = true;
      const view = Object.create(ctx);
      Object.defineProperties(view, {
        tenant: { value: readOnly(ctx.tenant) },
        resource: { value: ctx.resource && readOnly(ctx.resource) },
        options: { value: readOnly(ctx.options) },
        report: { value: (r) => {
          if (open) ctx.report(plainReport(r));
        } }
      });
      try {
        const out = check2.call(rule, view);
        if (out && typeof out.then === "function") {
          out.then(void 0, () => void 0);
          crash(new Error("check returned a Promise: rules run synchronously, so nothing it reports after an await is seen"));
        }
      } catch (err) {
        crash(err);
      } finally {
        open = false;
      }
    },
    provenance: { kind: "plugin", file, plugin }
  };
}
function errorText(err) {
  try {
    return err instanceof Error ? String(err.message) : String(err);
  } catch {
    return "a value that cannot be shown";
  }
}
var views = /* @__PURE__ */ new WeakMap();
var targets2 = /* @__PURE__ */ new WeakMap();
var FROZEN = {
  get(t, key, receiver) {
    const v = Reflect.get(t, key, receiver === views.get(t) ? t : receiver);
    if (v === null || typeof v !== "object") return v;
    if (!Object.isExtensible(t) && Object.getOwnPropertyDescriptor(t, key)?.configurable === false) return v;
    return readOnly(v);
  },
  set(_t, key) {
    throw new TypeError(`a plugin rule may not change the tenant (it set "${String(key)}")`);
  },
  deleteProperty(_t, key) {
    throw new TypeError(`a plugin rule may not change the tenant (it deleted "${String(key)}")`);
  },
  defineProperty(_t, key) {
    throw new TypeError(`a plugin rule may not change the tenant (it defined "${String(key)}")`);
  },
  setPrototypeOf() {
    throw new TypeError("a plugin rule may not change the tenant");
  }
};
function readOnly(value) {
  if (value === null || typeof value !== "object") return value;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return value;
  let v = views.get(value);
  if (!v) {
    v = new Proxy(value, FROZEN);
    views.set(value, v);
    targets2.set(v, value);
  }
  return v;
}
function plainReport(r) {
  const out = { ...r, ...r.resource ? { resource: unwrap(r.resource) } : {} };
  if (r.severity !== void 0 && !SEVERITIES.includes(r.severity)) delete out.severity;
  if (r.fix !== void 0) out.fix = plainData(r.fix);
  if (r.alternatives !== void 0) out.alternatives = plainData(r.alternatives);
  if (r.predictedResponse !== void 0) out.predictedResponse = plainData(r.predictedResponse);
  return out;
}
function plainData(value, seen = /* @__PURE__ */ new Map()) {
  if (typeof value === "function" || typeof value === "symbol") return void 0;
  if (value === null || typeof value !== "object") return value;
  const done = seen.get(value);
  if (done !== void 0) return done;
  if (Array.isArray(value)) {
    const out2 = [];
    seen.set(value, out2);
    for (const v of value) out2.push(plainData(v, seen));
    return out2;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    try {
      return structuredClone(value);
    } catch {
      return void 0;
    }
  }
  const out = {};
  seen.set(value, out);
  for (const [k, v] of Object.entries(value)) {
    const p = plainData(v, seen);
    if (p !== void 0) out[k] = p;
  }
  return out;
}
function unwrap(value) {
  return targets2.get(value) ?? value;
}

// src/config/load-config.ts
var CONFIG_NAMES = [".orglint.yaml", ".orglint.yml", ".orglint.json"];
var isConfigName = (name) => CONFIG_NAMES.includes(name) || /^\.?orglint\.(ya?ml|json)$/.test(name);
function findConfig(dir) {
  let d = path7.resolve(dir);
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const f = path7.join(d, name);
      if (existsSync4(f)) return f;
    }
    if (existsSync4(path7.join(d, ".git"))) return void 0;
    const up = path7.dirname(d);
    if (up === d) return void 0;
    d = up;
  }
}
function defaultConfig(baseDir) {
  return { baseDir, rules: {}, ignore: [], overrides: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, payloads: [], extraRules: [], requireDirectiveReason: false };
}
var validator;
var MAX_EXTENDS_DEPTH = 10;
async function loadConfig(file, rules2, cwd, opts = {}) {
  const layers = await readChain(file, cwd, [], opts.texts);
  const baseDir = path7.dirname(file);
  const trusted = opts.explicit === true || existsSync4(path7.join(baseDir, ".git"));
  const extraRules = await configuredRules(layers, rules2, { trusted, plugins: opts.plugins !== false, root: file, cwd });
  const known3 = new Map([...rules2, ...extraRules].map((r) => [r.id, r]));
  const config = defaultConfig(baseDir);
  config.file = file;
  config.extraRules = extraRules;
  const pluginsOff = opts.plugins === false && layers.some((l) => Array.isArray(l.raw.plugins) && l.raw.plugins.length > 0);
  for (const layer of layers) await mergeLayer(config, layer, known3, cwd, pluginsOff);
  return config;
}
async function readChain(file, cwd, seen, texts, bounded = true) {
  if (seen.includes(file)) throw new ConfigError(`extends goes round in a circle: ${[...seen, file].map((f) => path7.relative(cwd, f) || f).join(" -> ")}`, path7.relative(cwd, seen.at(-1)) || seen.at(-1));
  if (seen.length > MAX_EXTENDS_DEPTH) throw new ConfigError(`extends is nested more than ${MAX_EXTENDS_DEPTH} deep`, path7.relative(cwd, file) || file);
  const layer = await readLayer(file, cwd, texts?.get(file), bounded);
  const ext = layer.raw.extends;
  const list = ext === void 0 ? [] : Array.isArray(ext) ? ext : [ext];
  const out = [];
  let packages;
  for (const [i, spec] of list.entries()) {
    let target;
    const pos = layer.at(Array.isArray(ext) ? ["extends", i] : ["extends"]);
    const byPath = spec.startsWith(".") || path7.isAbsolute(spec);
    if (byPath && bounded) insideRepository(path7.dirname(file), spec, "extends", layer.display, pos, "install a shared config as a package, or name the file with --config");
    const bounds = byPath && bounded ? void 0 : packages ??= new PackageBounds(seen[0] ?? file);
    if (bounds && !byPath) {
      const manifest = packageJsonOf(spec, path7.dirname(file));
      if (manifest) bounds.check(spec, manifest, layer.display, pos);
    }
    const manifestOfFolder = byPath ? folderManifest(path7.resolve(path7.dirname(file), spec)) : void 0;
    if (manifestOfFolder) {
      if (bounds) bounds.check(spec, manifestOfFolder, layer.display, pos);
      else insideRepository(path7.dirname(file), `${spec.replace(/[\/]+$/, "")}/package.json`, "extends", layer.display, pos, "install a shared config as a package, or name the file with --config");
    }
    try {
      target = resolveModule(spec, path7.dirname(file), "extends");
    } catch (err) {
      const pos2 = layer.at(Array.isArray(ext) ? ["extends", i] : ["extends"]);
      throw new ConfigError(err.message, layer.display, pos2.line, pos2.column);
    }
    bounds?.check(spec, target, layer.display, pos);
    if (!/\.(ya?ml|json)$/i.test(target)) {
      const pos2 = layer.at(Array.isArray(ext) ? ["extends", i] : ["extends"]);
      throw new ConfigError(`extends "${spec}" resolves to ${path7.relative(cwd, target) || target}, which is not a YAML or JSON config (orglint runs no code from extends; use plugins for rules in code)`, layer.display, pos2.line, pos2.column);
    }
    out.push(...await readChain(target, cwd, [...seen, file], texts, byPath && bounded));
  }
  out.push(layer);
  return out;
}
async function readLayer(file, cwd, text, bounded = true) {
  const display = path7.relative(cwd, file) || file;
  const where2 = text !== void 0 ? void 0 : bounded ? namedFileTarget(file, { hiddenName: isConfigName }) : { read: file };
  if (where2 && !("read" in where2)) throw new ConfigError(namedLinkRefused(where2).message.replace(/To lint what it leads to, name that: orglint (.*)$/s, "To use it as the config, name that: orglint --config $1"), display);
  const read = text !== void 0 ? { ok: true, text, bom: false } : await readTextFile(where2.read);
  if (!read.ok) throw new ConfigError(read.message, display);
  const doc = /\.json$/i.test(file) ? loadJson(file, read.text, read.bom) : await loadYamlAsync(file, read.text, read.bom);
  const at2 = (p, target = "value") => {
    const span = doc.locate(p, target);
    return span ? lineColumn(doc, span.start) : { line: 1, column: 1 };
  };
  if (doc.problems.length) {
    const pos = lineColumn(doc, doc.problems[0].span.start);
    throw new ConfigError(doc.problems[0].message, display, pos.line, pos.column);
  }
  const raw = doc.value ?? {};
  validator ??= new Ajv2020({ allErrors: true, strict: false }).compile(CONFIG_SCHEMA);
  if (!validator(raw)) {
    const err = pickError(validator.errors);
    const p = pointerToPath(err.instancePath);
    if (err.keyword === "additionalProperties") {
      const key = String(err.params.additionalProperty);
      const known3 = knownKeys(p);
      const hint = didYouMean(key, known3);
      const pos2 = at2([...p, key], "key");
      throw new ConfigError(`unknown key "${key}"${hint ? `; did you mean "${hint}"?` : ""} (expected one of: ${known3.join(", ")})`, display, pos2.line, pos2.column);
    }
    const pos = at2(p);
    const what = p.length ? `"${p.join(".")}"` : "the config";
    throw new ConfigError(`invalid value for ${what}: expected ${expectedText(p, err)}`, display, pos.line, pos.column);
  }
  return { file, display, raw, at: at2 };
}
async function configuredRules(layers, builtIn, o) {
  const builtInIds = /* @__PURE__ */ new Set([...builtIn.map((r) => r.id), ...Object.keys(BUILTIN_RULES)]);
  const byId = /* @__PURE__ */ new Map();
  const pluginNames = /* @__PURE__ */ new Map();
  for (const layer of layers) {
    const here = /* @__PURE__ */ new Set();
    for (const [i, spec] of (layer.raw.policies ?? []).entries()) {
      try {
        if (builtInIds.has(spec.id)) throw new PolicyError(`policy id "${spec.id}" is the id of a built-in rule; choose another`, ["id"]);
        if (here.has(spec.id)) throw new PolicyError(`policy id "${spec.id}" is used twice in this file`, ["id"]);
        here.add(spec.id);
        byId.set(spec.id, compilePolicy(spec, path7.dirname(layer.file), layer.file));
      } catch (err) {
        if (!(err instanceof PolicyError)) throw err;
        const pos = layer.at(["policies", i, ...err.at], err.at.length ? "key" : "value");
        throw new ConfigError(err.message, layer.display, pos.line, pos.column);
      }
    }
    const plugins = layer.raw.plugins ?? [];
    if (!plugins.length || !o.plugins) continue;
    if (!o.trusted) {
      const pos = layer.at(["plugins"]);
      throw new ConfigError(
        `plugins are code: orglint loads them only from the config at the repository root or one named by --config, and ${path7.relative(o.cwd, o.root) || o.root} is neither (use --config to name it, or --no-plugins)`,
        layer.display,
        pos.line,
        pos.column
      );
    }
    for (const [i, spec] of plugins.entries()) {
      let loaded;
      try {
        loaded = await loadPlugin(spec, path7.dirname(layer.file));
      } catch (err) {
        const pos = layer.at(["plugins", i]);
        throw new ConfigError(err.message, layer.display, pos.line, pos.column);
      }
      const earlier = pluginNames.get(loaded.name);
      if (earlier !== void 0 && earlier !== loaded.file) {
        const pos = layer.at(["plugins", i]);
        throw new ConfigError(`plugin "${spec}" is named "${loaded.name}", like another plugin of this config (${path7.relative(o.cwd, earlier) || earlier}); rule ids would clash`, layer.display, pos.line, pos.column);
      }
      pluginNames.set(loaded.name, loaded.file);
      for (const rule of loaded.rules) byId.set(rule.id, rule);
    }
  }
  return [...byId.values()];
}
async function mergeLayer(config, layer, known3, cwd, pluginsOff) {
  const { raw: cfg, at: at2, display } = layer;
  const readRules = (obj, base2) => {
    const out = {};
    for (const [id, setting] of Object.entries(obj ?? {})) {
      const rule = known3.get(id);
      if (!rule && pluginsOff && id.includes("/")) continue;
      if (!rule && (id === "unused-disable-directive" || id === "disable-directive-without-reason")) {
        out[id] = { severity: normalizeSeverity(Array.isArray(setting) ? setting[0] : setting) };
        continue;
      }
      if (!rule) {
        const hint = didYouMean(id, [...known3.keys()]);
        const pos = at2([...base2, id], "key");
        throw new ConfigError(`unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ""} (orglint rules lists them)`, display, pos.line, pos.column);
      }
      const [severity, options] = Array.isArray(setting) ? setting : [setting, void 0];
      if (options !== void 0) checkOptions(rule, options, () => at2([...base2, id, 1]), display);
      out[id] = { severity: normalizeSeverity(severity), options };
    }
    return out;
  };
  const globLists = [
    [["ignore"], config.ignore, cfg.ignore],
    [["payloads"], config.payloads, cfg.payloads]
  ];
  (cfg.overrides ?? []).forEach((o, i) => globLists.push([["overrides", i, "files"], [], o.files]));
  for (const [p, before, list] of globLists) checkGlobs(list, before, p, at2, display);
  const layerDir = path7.dirname(layer.file);
  const rebase = (globs2) => layerDir === config.baseDir ? globs2 : globs2.map((g) => rebaseGlob(g, layerDir, config.baseDir));
  for (const [id, s] of Object.entries(readRules(cfg.rules, ["rules"]))) {
    const prev = config.rules[id];
    config.rules[id] = { severity: s.severity ?? prev?.severity, options: s.options ?? prev?.options };
  }
  config.ignore.push(...rebase(cfg.ignore ?? []));
  config.payloads.push(...rebase(cfg.payloads ?? []));
  config.overrides.push(
    ...(cfg.overrides ?? []).map((o, i) => ({
      files: rebase(o.files),
      rules: readRules(o.rules, ["overrides", i, "rules"])
    }))
  );
  if (typeof cfg.maxFileSize === "number") config.maxFileSize = cfg.maxFileSize;
  if (typeof cfg.requireDirectiveReason === "boolean") config.requireDirectiveReason = cfg.requireDirectiveReason;
  if (cfg.keywords) config.keywords = { ...config.keywords, ...cfg.keywords };
  if (typeof cfg.keywordsFile === "string") {
    const kw = await loadKeywordsAndExclusions(insideRepository(layerDir, cfg.keywordsFile, "keywordsFile", layer.display, layer.at(["keywordsFile"])), cwd);
    config.keywords = { ...config.keywords, ...kw.keywords, ...cfg.keywords ?? {} };
    if (kw.exclusions) config.exclusions = kw.exclusions;
  }
}
function checkGlobs(list, before, base2, at2, display) {
  if (!list?.length) return;
  list.forEach((pattern, i) => {
    try {
      checkGlob(pattern);
    } catch (err) {
      if (!(err instanceof GlobError)) throw err;
      const pos = at2([...base2, i]);
      throw new ConfigError(`invalid glob ${JSON.stringify(pattern)} in ${base2.join(".")}: ${err.message}`, display, pos.line, pos.column);
    }
  });
  if ([...before, ...list].every((p) => p.startsWith("!"))) {
    const pos = at2([...base2, 0]);
    throw new ConfigError(`${base2.join(".")}: every pattern starts with "!", so it matches no file (a "!" pattern only takes back what an earlier one matched; start with e.g. "**")`, display, pos.line, pos.column);
  }
}
function rebaseGlob(glob, from, to) {
  const neg = glob.startsWith("!") ? "!" : "";
  const g = neg ? glob.slice(1) : glob;
  const rel = path7.relative(to, from).split(path7.sep).join("/");
  const body = g.includes("/") ? g.replace(/^\.\//, "") : `**/${g}`;
  return `${neg}${rel ? `${rel}/` : ""}${body}`;
}
function pickError(errors) {
  const depth2 = (e) => e.instancePath.split("/").length;
  const deepest = Math.max(...errors.map(depth2));
  const list = errors.filter((e) => depth2(e) === deepest);
  return list.find((e) => e.keyword === "additionalProperties") ?? list.find((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf") ?? list[0];
}
function knownKeys(p) {
  if (p.length === 0) return CONFIG_KEYS;
  if (p[0] === "policies" && p.length === 2) return Object.keys(POLICY_SCHEMA.properties);
  if (p[0] === "policies" && p[2] === "fix") return Object.keys(POLICY_SCHEMA.properties.fix.properties);
  if (p[0] === "policies") return Object.keys(MATCHER_SCHEMA.oneOf[2].properties);
  return ["files", "rules"];
}
function expectedText(p, err) {
  if (p.at(-2) === "rules" || p.at(-3) === "rules" && p.at(-1) === 0) return "off, info, warning (or warn), error, or [severity, {options}]";
  if (p[0] === "policies" && (p[2] === "where" || p[2] === "require" || p[2] === "forbid") && p.length >= 4) {
    return `a value, a list of values, or one of { pattern }, { notPattern }, { exists }, { contains }, { not }`;
  }
  const missing = err.keyword === "required" ? String(err.params.missingProperty) : void 0;
  if (p[0] === "policies" && p.length === 2 && (err.keyword === "anyOf" || missing === "require" || missing === "forbid")) return 'a "require" or a "forbid" entry';
  if (missing) return `a "${missing}" entry`;
  return err.message ?? "something else";
}
function folderManifest(dir) {
  try {
    if (!statSync2(dir).isDirectory()) return void 0;
  } catch {
    return void 0;
  }
  const manifest = path7.join(dir, "package.json");
  return existsSync4(manifest) ? manifest : void 0;
}
function insideRepository(baseDir, value, key, display, pos, hint = "use --keywords FILE on the command line for another file") {
  const repo = checkoutOf(baseDir);
  const root = repo ?? baseDir;
  const file = path7.resolve(baseDir, value);
  const real5 = (p) => {
    try {
      return realpathSync3(p);
    } catch {
      return p;
    }
  };
  const rel = path7.relative(real5(root), real5(file));
  if (rel.startsWith("..") || path7.isAbsolute(rel)) {
    const where2 = repo ? "the repository" : "the config's folder";
    throw new ConfigError(`${key} "${value}" is outside ${where2} (${root}); config paths must stay inside it (${hint})`, display, pos.line, pos.column);
  }
  return file;
}
var optionValidators = /* @__PURE__ */ new Map();
function checkOptions(rule, options, where2, display) {
  const schema = rule.optionsSchema ?? { type: "object", additionalProperties: false, properties: {} };
  let validate = optionValidators.get(rule.id);
  if (!validate) {
    validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    optionValidators.set(rule.id, validate);
  }
  if (!validate(options)) {
    const e = validate.errors[0];
    const pos = where2();
    const detail = e.keyword === "additionalProperties" ? `unknown option "${String(e.params.additionalProperty)}" (known: ${Object.keys(schema.properties ?? {}).join(", ") || "none"})` : `option ${e.instancePath.slice(1) || "value"} ${e.message}`;
    throw new ConfigError(`invalid options for rule "${rule.id}": ${detail}`, display, pos.line, pos.column);
  }
}
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}

// src/formatters/types.ts
import path8 from "node:path";
function suppressionCounts(suppressed = []) {
  let inline = 0;
  let noReason = 0;
  for (const f of suppressed) {
    if (f.suppression?.kind !== "inline") continue;
    inline++;
    if (!f.suppression.reason) noReason++;
  }
  return { total: suppressed.length, inline, baseline: suppressed.length - inline, noReason };
}
function wholeFileSuppressions(suppressed = []) {
  const out = /* @__PURE__ */ new Map();
  for (const f of suppressed) {
    const d = f.suppression?.directive;
    if (f.suppression?.kind !== "inline" || !d || d.kind !== "disable-file" && !(d.kind === "disable" && d.toEnd)) continue;
    const key = `${f.file}\0${d.line}`;
    const e = out.get(key);
    if (e) e.count++;
    else out.set(key, { file: f.file, line: d.line, directive: d.kind === "disable-file" ? "orglint-disable-file" : "orglint-disable without orglint-enable", count: 1, reason: f.suppression.reason });
  }
  return [...out.values()];
}
function suppressionHow(f) {
  const s = f.suppression;
  if (!s) return "";
  if (s.kind === "baseline") return "baseline";
  return s.directive ? `orglint-${s.directive.kind} (line ${s.directive.line})` : "orglint-disable";
}
function displayPath(file, cwd) {
  if (cwd === shownFrom) {
    const known3 = shown.get(file);
    if (known3 !== void 0) return known3;
  }
  if (!path8.isAbsolute(cwd) || !path8.isAbsolute(file)) return showPath(file, cwd);
  if (cwd !== shownFrom) {
    shownFrom = cwd;
    shown.clear();
    below = path8.sep === "/" && path8.resolve(cwd) === cwd ? cwd.endsWith("/") ? cwd : `${cwd}/` : void 0;
  }
  let text = shown.get(file);
  if (text === void 0) {
    if (shown.size >= MAX_SHOWN) shown.clear();
    const plain = below !== void 0 && file.startsWith(below) && !file.includes("/.") && !file.includes("//") && !file.endsWith("/");
    shown.set(file, text = plain ? escapeControls(file.slice(below.length)) : showPath(file, cwd));
  }
  return text;
}
var shownFrom;
var below;
var shown = /* @__PURE__ */ new Map();
var MAX_SHOWN = 1e5;
function showPath(file, cwd) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return escapeControls(file);
  const rel = path8.relative(cwd, file) || path8.basename(file);
  return escapeControls(path8.sep === "/" ? rel : rel.split(path8.sep).join("/"));
}
function escapeControls(text) {
  if (!CONTROLS2.test(text)) return text;
  return text.replace(
    CONTROLS_ALL,
    (c) => c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "	" ? "\\t" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
var CONTROLS2 = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
var CONTROLS_ALL = new RegExp(CONTROLS2.source, "g");

// src/engine/lint.ts
import { readdirSync as readdirSync3, statSync as statSync9 } from "node:fs";
import path30 from "node:path";

// src/sources/deploy-cli/deploy-cli.ts
import path10 from "node:path";

// src/sources/same-file.ts
import { statSync as statSync3 } from "node:fs";
function differsOnlyInCase(name, fixed) {
  if (name.length !== fixed.length || name === fixed) return false;
  const c = name.charCodeAt(0);
  if (c < 128 && (c | 32) !== fixed.charCodeAt(0)) return false;
  return name.toLowerCase() === fixed || name.toUpperCase().toLowerCase() === fixed;
}
var walked = /* @__PURE__ */ new Map();
function forgetSameFiles() {
  walked.clear();
}
function isSameFile(a, b, keep = false) {
  const key = a < b ? a + "\0" + b : b + "\0" + a;
  const known3 = walked.get(key);
  if (known3 !== void 0) {
    walked.delete(key);
    return known3;
  }
  let same;
  try {
    const x = statSync3(a, { bigint: true, throwIfNoEntry: false });
    const y = x?.isFile() ? statSync3(b, { bigint: true, throwIfNoEntry: false }) : void 0;
    same = !!x && !!y && y.isFile() && x.ino !== 0n && x.dev === y.dev && x.ino === y.ino;
  } catch {
    same = false;
  }
  if (keep) walked.set(key, same);
  return same;
}

// src/sources/deploy-cli/export-names.ts
import { statSync as statSync4 } from "node:fs";
import path9 from "node:path";
var LISTED_FOLDERS = ["clients", "grants", "client-grants", "organizations"];
var CONNECTIONS_FOLDER = "connections";
var DATABASES_FOLDER = "database-connections";
var FIXED_NAMES = ["tenant.json", "prompts.json", "database.json", "settings.json"];
function isHiddenListedJson(name) {
  return name.length > 5 && name.charCodeAt(0) === 46 && /\.json$/i.test(name);
}
var FIXED_LENGTH = [];
for (const n of FIXED_NAMES) FIXED_LENGTH[n.length] = true;
function fixedNameOf(name) {
  if (!FIXED_LENGTH[name.length]) return void 0;
  for (const n of FIXED_NAMES) if (name === n || differsOnlyInCase(name, n)) return n;
  return void 0;
}
function hasExportFolder(dir) {
  return LISTED_FOLDERS.some((f) => {
    try {
      return statSync4(path9.join(dir, f)).isDirectory();
    } catch {
      return false;
    }
  });
}

// src/sources/deploy-cli/deploy-cli.ts
function listResources(doc, root, key, type, origin2, meta) {
  const list = root[key];
  if (!Array.isArray(list)) return [];
  const out = [];
  list.forEach((item, i) => {
    if (isPlain(item)) out.push(resourceAt(type, resourceName(type, item, `${key}[${i}]`), item, doc, [key, i], origin2, false, meta));
  });
  return out;
}
var DEPLOY_CLI_KEYS = /^\{?[ \t]*(["']?)(clients|clientGrants|organizations)\1[ \t]*:/m;
var YAML_LISTS = [
  ["clients", "client", "client"],
  ["clientGrants", "clientGrant", "clientGrant"],
  ["organizations", "organization", "organization"],
  ["connections", "connection", "connection"],
  ["databases", "connection", "database"]
];
var YAML_SETTINGS = [
  ["prompts", "prompts", "prompts"],
  ["tenant", "tenantSettings", "tenantSettings"]
];
var deployCliYaml = {
  name: "deploy-cli-yaml",
  format: "yaml",
  sniff: (file, text) => (endsWithName(file, ".yaml") || endsWithName(file, ".yml")) && DEPLOY_CLI_KEYS.test(text),
  extract(doc, file) {
    const root = doc.value;
    if (!isPlain(root)) return { tenantKey: file, resources: [], absentCause: "absent" };
    const resources2 = [];
    const lists = [];
    for (const [key, type, kind] of YAML_LISTS) {
      if (!Array.isArray(root[key])) continue;
      lists.push(kind);
      for (const r of listResources(doc, root, key, type, "deploy-cli-yaml", kind === "database" ? { database: true } : void 0)) resources2.push(r);
    }
    const parsed = doc.problems.length === 0;
    for (const [key, type, kind] of YAML_SETTINGS) {
      const v = root[key];
      if (!isPlain(v)) {
        if (v !== void 0 && v !== null && parsed && !isPlaceholder(v)) {
          doc.problems.push({ message: `expected a mapping under ${key}, not ${kindOf(v)}: deploy-cli reads ${key} as one object`, span: doc.locate([key], "value") ?? { start: 0, end: 0 } });
        }
        continue;
      }
      lists.push(kind);
      resources2.push(resourceAt(type, key, v, doc, [key], "deploy-cli-yaml", false));
    }
    return { tenantKey: file, resources: resources2, lists: doc.problems.length ? [] : lists, absentCause: "absent" };
  }
};
var DIRECTORY_FOLDERS = {
  clients: "client",
  grants: "clientGrant",
  "client-grants": "clientGrant",
  organizations: "organization"
};
var rootCache = /* @__PURE__ */ new Map();
function isExportRoot(dir) {
  let yes = rootCache.get(dir);
  if (yes === void 0) {
    yes = hasExportFolder(dir);
    if (rootCache.size > 1e4) rootCache.clear();
    rootCache.set(dir, yes);
  }
  return yes;
}
var lastFile;
var lastPlace = null;
function directoryPlace(file) {
  if (file !== lastFile) {
    lastPlace = findPlace(file);
    lastFile = file;
  }
  return lastPlace;
}
var lastFolder;
var lastFolderPlace = null;
function findPlace(file) {
  lastCase = void 0;
  if (!endsWithName(file, ".json")) return null;
  const plain = file.charCodeAt(0) === 47 && path10.sep === "/" && !file.includes("//") && !file.includes("/.");
  if (plain && lastFolder !== void 0 && file.lastIndexOf("/") === lastFolder.length && file.startsWith(lastFolder)) return lastFolderPlace;
  const { dirname, basename } = plain ? CUT : path10;
  const dir = dirname(file);
  const folder = basename(dir);
  if (Object.prototype.hasOwnProperty.call(DIRECTORY_FOLDERS, folder)) {
    const type = DIRECTORY_FOLDERS[folder];
    const place2 = { root: dirname(dir), type, kind: type };
    if (plain) {
      lastFolder = dir;
      lastFolderPlace = place2;
    }
    return place2;
  }
  if (folder === "connections" && isExportRoot(dirname(dir))) return { root: dirname(dir), type: "connection", kind: "connection" };
  const base2 = basename(file);
  const name = fixedNameOf(base2);
  if (name === void 0) return null;
  let place = null;
  if ((name === "database.json" || name === "settings.json") && basename(dirname(dir)) === "database-connections") {
    const root = dirname(dirname(dir));
    if (isExportRoot(root)) place = { root, type: "connection", kind: "database", database: true };
  } else if (name === "tenant.json" && isExportRoot(dir)) place = { root: dir, type: "tenantSettings", kind: "tenantSettings" };
  else if (name === "prompts.json" && folder === "prompts" && isExportRoot(dirname(dir))) place = { root: dirname(dir), type: "prompts", kind: "prompts" };
  if (place === null || base2 === name) return place;
  const read = isSameFile(plain ? dir + "/" + name : path10.join(dir, name), file);
  lastCase = { file, fixed: name, read };
  return read ? place : null;
}
var lastCase;
function fixedNameCase(file) {
  directoryPlace(file);
  return lastCase?.file === file ? { fixed: lastCase.fixed, read: lastCase.read } : void 0;
}
function fixedNameCaseReason(file, fixed) {
  const base2 = path10.basename(file);
  return `the name ${base2} is not ${fixed}: deploy-cli opens ${fixed} by that exact name, and on this file system ${fixed} is not this file (letter case counts here), so deploy-cli does not read it (rename it to ${fixed})`;
}
var CUT = {
  dirname: (p) => {
    const i = p.lastIndexOf("/");
    return i <= 0 ? "/" : p.slice(0, i);
  },
  basename: (p) => p.slice(p.lastIndexOf("/") + 1)
};
function fallbackName(place, file) {
  return place.database ? path10.basename(path10.dirname(file)) : path10.basename(file, ".json");
}
function directoryTenantRoot(file) {
  return directoryPlace(file)?.root ?? null;
}
function directoryFiles(root, readDir, has3) {
  const out = [];
  const plain = path10.isAbsolute(root) && path10.normalize(root) === root;
  const join = (dir, name) => !plain ? path10.join(dir, name) : dir.endsWith(path10.sep) ? dir + name : dir + path10.sep + name;
  for (const folder of [...Object.keys(DIRECTORY_FOLDERS), "connections"]) {
    const dir = join(root, folder);
    for (const n of [...readDir(dir).files].sort()) if (n.endsWith(".json") && n !== ".json") out.push(join(dir, n));
  }
  const fixed = (dir, name) => {
    const got = fixedNameIn(readDir(dir).files, name, dir, join, has3);
    if (got) out.push(join(dir, got));
    return got !== void 0;
  };
  const dbs = join(root, "database-connections");
  for (const d of [...readDir(dbs).dirs].sort()) if (!fixed(join(dbs, d), "database.json")) fixed(join(dbs, d), "settings.json");
  fixed(root, "tenant.json");
  fixed(join(root, "prompts"), "prompts.json");
  return out;
}
function fixedNameIn(files, fixed, dir, join, has3) {
  let exact = false;
  let other;
  for (let i = 0; i < files.length; i++) {
    const n = files[i];
    if (n === fixed) exact = true;
    else if (other === void 0 && differsOnlyInCase(n, fixed)) other = n;
  }
  if (other === void 0) return exact ? fixed : void 0;
  if (has3 && (has3(join(dir, fixed)) || has3(join(dir, other)))) return null;
  if (!exact) return other;
  return isSameFile(join(dir, fixed), join(dir, other)) ? other : fixed;
}
function deployCliExtensionCase(file, ext) {
  const lower = ext.toLowerCase();
  if (lower === ".yaml" || lower === ".yml") {
    return { reason: `the extension ${ext} is not ${lower}: deploy-cli reads a YAML export only from a name ending in .yaml or .yml exactly, and refuses this one (rename it to end in ${lower})`, code: "extension-case" };
  }
  if (lower !== ".json") return void 0;
  const cased = fixedNameCase(file);
  if (cased) return cased.read ? void 0 : { reason: fixedNameCaseReason(file, cased.fixed), code: "name-case" };
  if (directoryPlace(file.slice(0, file.length - ext.length) + lower) === null) return void 0;
  return { reason: `the extension ${ext} is not .json: deploy-cli reads a directory export's files only by the exact extension .json, and skips this one (rename it to end in .json)`, code: "extension-case" };
}
function kindOf(v) {
  return Array.isArray(v) ? "an array" : v === null ? "null" : `a ${typeof v}`;
}
function trimmedSpan(text) {
  const start = Math.max(0, text.search(/\S/));
  return { start, end: Math.max(start, text.trimEnd().length) };
}
var deployCliDirectory = {
  name: "deploy-cli-directory",
  format: "json",
  sniff: (file) => directoryPlace(file) !== null,
  extract(doc, file) {
    const place = directoryPlace(file);
    const v = doc.value;
    if (!isPlain(v) && doc.problems.length === 0) {
      if (place.type !== "prompts" && place.type !== "tenantSettings") return null;
      if (isPlaceholder(v)) return { tenantKey: place.root, resources: [], lists: [], absentCause: "absent" };
      doc.problems.push({ message: `expected a JSON object, not ${kindOf(v)}: deploy-cli reads this file as one object`, span: trimmedSpan(doc.text) });
      return { tenantKey: place.root, resources: [], lists: [], absentCause: "absent", notAnObject: true };
    }
    let resources2 = [];
    if (isPlain(v)) {
      const name = place.type === "prompts" ? "prompts" : place.type === "tenantSettings" ? "tenant" : resourceName(place.type, v, () => fallbackName(place, file));
      resources2 = [resourceAt(place.type, name, v, doc, [], "deploy-cli-directory", false, place.database ? { database: true } : void 0)];
    }
    return { tenantKey: place.root, resources: resources2, lists: doc.problems.length ? [] : [place.kind], absentCause: "absent" };
  }
};

// src/engine/stray-non-objects.ts
import path11 from "node:path";
function dropStrayNonObjects(loaded, context, targets3) {
  let roots;
  for (let i = 0; i < loaded.length; i++) {
    const l = loaded[i];
    if (l.status !== "loaded" || !l.contribution.notAnObject) continue;
    if (!roots) {
      roots = /* @__PURE__ */ new Set();
      for (const list of [loaded, context]) for (const o of list) if (o.status === "loaded" && o.kind === "deploy-cli-directory" && o.contribution.resources.length) roots.add(o.contribution.tenantKey);
    }
    if (roots.has(l.contribution.tenantKey)) continue;
    targets3.delete(l.file);
    loaded[i] = { status: "skipped", file: l.file, reason: `JSON that is not an object, beside no deploy-cli directory export (no clients, grants, organizations or tenant.json object in ${path11.basename(l.contribution.tenantKey)}${path11.sep})` };
  }
}

// src/engine/clients-decided.ts
var TENANT_WIDE = ["prompts", "tenantSettings"];
function clientsDecided(tenant, rules2, settings, keep, reportable) {
  const decided = decidedClients(tenant, rules2, settings, keep, reportable);
  let n = 0;
  for (const c of tenant.clients) if (decided(c)) n++;
  return n;
}
function decidedClients(tenant, rules2, settings, keep, reportable) {
  const named = /* @__PURE__ */ new Set();
  for (const s of tenant.settings) if (TENANT_WIDE.includes(s.type) && keep(s)) named.add(s.type);
  const wide = named.size > 0 && rules2.some((r) => {
    if (!settings.enabledSomewhere(r.id)) return false;
    const read = [...r.meta.needs ?? [], ...r.meta.reads ?? []];
    return read.some((k) => named.has(k)) && !(r.meta.needs ?? []).some((k) => blocked(tenant, k));
  });
  return wide ? (c) => keep(c) || reportable(c) : keep;
}
function blocked(tenant, kind) {
  const state = tenant.kinds[kind];
  return !!state && !state.known && (state.cause === "excluded" || state.cause === "scope");
}

// src/sources/load.ts
import path23 from "node:path";

// src/sources/payload/client-request.ts
var CLIENTS_LIKE = /^\/(?:api\/)?v\d+\/clients?(?=\/|$)/i;
var CANONICAL = "/api/v2/clients";
var CLIENT_ID = /^[A-Za-z0-9_-]+$/;
var WRITES = /* @__PURE__ */ new Set(["PATCH", "POST", "PUT"]);
function splitUrl(url) {
  const m = /^(?:[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*)?([^?#]*)(?:\?([^#]*))?/.exec(url.trim());
  return { path: m?.[1] || "/", query: m?.[2] ?? "" };
}
function classifyClientRequest(method, url) {
  const m = method.trim().toUpperCase();
  if (!WRITES.has(m)) return null;
  const { path: path36, query } = splitUrl(url);
  const prefix = CLIENTS_LIKE.exec(path36);
  if (!prefix) return null;
  const segments = path36.slice(prefix[0].length).split("/").slice(1);
  if (segments.length > 2 || segments.length === 2 && segments[1] !== "") return null;
  const problems = [];
  if (prefix[0] !== CANONICAL) problems.push({ kind: "wrongPath", path: path36 });
  const raw = segments[0] ?? "";
  let id;
  if (raw !== "") {
    try {
      id = decodeURIComponent(raw);
    } catch {
      id = raw;
    }
  }
  const create = m === "POST" && id === void 0;
  if (m === "PUT" || m === "POST" && id !== void 0) problems.push({ kind: "wrongMethod", method: m });
  if (!create) {
    if (id === void 0) problems.push({ kind: "missingId" });
    else if (!CLIENT_ID.test(id) || segments.length === 2) problems.push({ kind: "malformedId", id: segments.length === 2 ? `${raw}/` : id });
  }
  if (query !== "") problems.push({ kind: "query", query });
  return { method: m, kind: create ? "create" : "update", id, problems };
}

// src/sources/har/resource-request.ts
var SEGMENT = /^[^/?#]+$/;
function decode2(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function classifyResourceWrite(method, url) {
  const m = method.trim().toUpperCase();
  if (m !== "POST" && m !== "PATCH") return null;
  const segments = splitUrl(url).path.replace(/\/+$/, "").split("/").slice(1);
  if (segments[0] !== "api" || segments[1] !== "v2") return null;
  const [collection, id, sub, subId, ...rest] = segments.slice(2);
  if (rest.length || id !== void 0 && !SEGMENT.test(id)) return null;
  if (collection === "client-grants") {
    if (sub !== void 0) return null;
    if (m === "POST" && id === void 0) return { type: "clientGrant", kind: "create" };
    if (m === "PATCH" && id !== void 0) return { type: "clientGrant", kind: "update", id: decode2(id) };
    return null;
  }
  if (collection !== "organizations") return null;
  if (sub === void 0) {
    if (m === "POST" && id === void 0) return { type: "organization", kind: "create" };
    if (m === "PATCH" && id !== void 0) return { type: "organization", kind: "update", id: decode2(id) };
    return null;
  }
  if (id === void 0 || sub !== "enabled_connections") return null;
  if (m === "POST" && subId === void 0) return { type: "organization", kind: "create", id: decode2(id), connectionEntry: true };
  if (m === "PATCH" && subId !== void 0) return { type: "organization", kind: "update", id: decode2(id), connectionEntry: true };
  return null;
}

// src/sources/har/bearer-scopes.ts
var MAX_TOKEN = 16 * 1024;
function bearerScopes(authorization) {
  if (authorization.length > MAX_TOKEN) return void 0;
  const m = /^\s*Bearer\s+([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)\s*$/i.exec(authorization);
  if (!m) return void 0;
  let claims;
  try {
    claims = JSON.parse(Buffer.from(m[2], "base64url").toString("utf8"));
  } catch {
    return void 0;
  }
  if (typeof claims !== "object" || claims === null || Array.isArray(claims)) return void 0;
  const scope = claims.scope;
  if (typeof scope !== "string") return void 0;
  return scope.split(/\s+/).filter(Boolean);
}
function headerValue(headers, name) {
  if (!Array.isArray(headers)) return void 0;
  const want = name.toLowerCase();
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i];
    if (h && typeof h === "object" && typeof h.name === "string" && h.name.toLowerCase() === want && typeof h.value === "string") {
      return { value: h.value, index: i };
    }
  }
  return void 0;
}

// src/sources/json/json-string.ts
var SIMPLE_ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
function decodeJsonString(text, quoteAt) {
  if (text[quoteAt] !== '"') return null;
  const close = findClosingQuote(text, quoteAt);
  if (close === -1) return null;
  const starts = new Uint32Array(close - quoteAt);
  const parts = [];
  let n = 0;
  let run = quoteAt + 1;
  let i = run;
  while (i < close) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return null;
    if (c !== 92) {
      starts[n++] = i++;
      continue;
    }
    parts.push(text.slice(run, i));
    const e = text[i + 1];
    if (e === "u") {
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return null;
      parts.push(String.fromCharCode(parseInt(hex, 16)));
      starts[n++] = i;
      i += 6;
    } else if (e !== void 0 && e in SIMPLE_ESCAPES) {
      parts.push(SIMPLE_ESCAPES[e]);
      starts[n++] = i;
      i += 2;
    } else {
      return null;
    }
    run = i;
  }
  parts.push(text.slice(run, close));
  starts[n] = close;
  return { value: parts.join(""), starts: starts.subarray(0, n + 1) };
}
function findClosingQuote(text, quoteAt) {
  for (let i = quoteAt + 1; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === '"') return i;
  }
  return -1;
}
function outerSpan(decoded, span) {
  const clamp = (n) => Math.max(0, Math.min(n, decoded.value.length));
  return { start: decoded.starts[clamp(span.start)], end: decoded.starts[clamp(span.end)] };
}

// src/sources/json/embedded-json.ts
var DocumentWithEmbeddedJson = class {
  constructor(outer) {
    this.outer = outer;
  }
  outer;
  embedded = /* @__PURE__ */ new Map();
  /** Parse the string at `path` as JSON and mount it; null when there is no string there. */
  mount(path36) {
    const span = this.outer.locate(path36, "value");
    if (!span) return null;
    const decoded = decodeJsonString(this.outer.text, span.start);
    if (!decoded || decoded.starts[decoded.value.length] !== span.end - 1) return null;
    const inner = loadJson(this.outer.file, decoded.value, false);
    const e = { path: path36, decoded, inner };
    this.embedded.set(JSON.stringify(path36), e);
    return e;
  }
  /** The mounted string a path reaches into, and the rest of the path inside it. */
  find(path36) {
    if (this.embedded.size === 0) return void 0;
    for (let k = path36.length - 1; k >= 0; k--) {
      const e = this.embedded.get(JSON.stringify(path36.slice(0, k)));
      if (e) return { e, rest: path36.slice(k) };
    }
    return void 0;
  }
  /** The document, with `locate` seeing through the mounted strings. */
  document(extra = {}) {
    const outer = this.outer;
    const locate = (path36, target) => {
      const hit = this.find(path36);
      if (!hit) return outer.locate(path36, target);
      const { e, rest } = hit;
      const inner = e.inner.problems.length ? void 0 : e.inner.locate(rest, target);
      return inner ? outerSpan(e.decoded, inner) : outer.locate(e.path, "value");
    };
    return { ...outer, ...extra, locate };
  }
};

// src/sources/har/har.ts
var requestsOf = /* @__PURE__ */ new WeakMap();
function findRequests(root) {
  if (isPlain(root) && isPlain(root.log) && Array.isArray(root.log.entries)) {
    const out = [];
    root.log.entries.forEach((entry, i) => {
      if (isPlain(entry) && isPlain(entry.request)) out.push({ path: ["log", "entries", i, "request"], request: entry.request });
    });
    return out;
  }
  if (isPlain(root) && typeof root.method === "string" && typeof root.url === "string") return [{ path: [], request: root }];
  return [];
}
function isClientWrite(request) {
  return typeof request.method === "string" && typeof request.url === "string" && classifyClientRequest(request.method, request.url) !== null;
}
function loadHar(file, text, bom) {
  const outer = loadJson(file, text, bom);
  const composite = new DocumentWithEmbeddedJson(outer);
  const requests = [];
  if (outer.problems.length === 0) {
    for (const { path: path36, request } of findRequests(outer.value)) {
      const write = isClientWrite(request) ? void 0 : resourceWrite(request);
      if (!write && !isClientWrite(request)) continue;
      const post = request.postData;
      const body = isPlain(post) && typeof post.text === "string" ? composite.mount([...path36, "postData", "text"]) ?? void 0 : void 0;
      requests.push(write ? { path: path36, request, body, write } : { path: path36, request, body });
    }
  }
  const doc = composite.document({ placeholders: [], readOnly: true });
  requestsOf.set(doc, requests);
  return doc;
}
function requestResource(doc, r) {
  const method = String(r.request.method);
  const call = classifyClientRequest(method, String(r.request.url));
  const auth = headerValue(r.request.headers, "authorization");
  const payload = { method: call.method, kind: call.kind, call, scopes: auth ? bearerScopes(auth.value) : void 0 };
  if (auth) payload.authorizationHeader = auth.index;
  let value = {};
  let bodyPath = r.path;
  let problem3;
  const post = r.request.postData;
  if (r.body) {
    bodyPath = r.body.path;
    const inner = r.body.inner;
    if (inner.problems.length) problem3 = { kind: "invalidJson", detail: inner.problems[0].message, at: ["postData", "text"] };
    else if (!isPlain(inner.value)) problem3 = { kind: "notObject", found: jsonType(inner.value), at: ["postData", "text"] };
    else value = inner.value;
  } else if (!(isPlain(post) && (Array.isArray(post.params) || /x-www-form-urlencoded/i.test(String(post.mimeType ?? ""))))) {
    problem3 = { kind: "missing", at: isPlain(post) ? ["postData"] : ["method"] };
  }
  if (problem3) payload.bodyProblem = problem3;
  const name = typeof value.name === "string" && value.name !== "" ? value.name : call.id ? `client ${call.id}` : `${call.method} ${splitUrl(String(r.request.url)).path}`;
  payload.request = resourceAt("client", name, r.request, doc, r.path, "har", true);
  return resourceAt("client", name, value, doc, bodyPath, "har", call.kind === "update", { payload });
}
function resourceWrite(request) {
  return typeof request.method === "string" && typeof request.url === "string" ? classifyResourceWrite(request.method, request.url) : null;
}
function writeResource(doc, r, w) {
  if (!r.body || r.body.inner.problems.length || !isPlain(r.body.inner.value)) return null;
  const value = r.body.inner.value;
  const bodyPath = r.body.path;
  const what = w.type === "clientGrant" ? "client grant" : "organization";
  const fallback = w.id ? `${what} ${w.id}` : `new ${what}`;
  const meta = { har: { method: String(r.request.method).toUpperCase(), id: w.id } };
  if (!w.connectionEntry) {
    const name = w.type === "clientGrant" ? typeof value.client_id === "string" ? resourceName("clientGrant", value, fallback) : fallback : resourceName("organization", value, fallback);
    return resourceAt(w.type, name, value, doc, bodyPath, "har", w.kind === "update", meta);
  }
  const org = { connections: [value] };
  return resourceAt("organization", fallback, org, entryDocument(doc, [...bodyPath, "connections", 0], bodyPath), bodyPath, "har", true, meta);
}
function entryDocument(doc, from, to) {
  const key = JSON.stringify(from).slice(0, -1);
  const locate = (p, target) => {
    const s = JSON.stringify(p.slice(0, from.length));
    return doc.locate(s.slice(0, -1) === key ? [...to, ...p.slice(from.length)] : p, target);
  };
  return { ...doc, locate };
}
var harCapture = {
  name: "har",
  format: "json",
  sniff: (file, text) => endsWithName(file, ".har") || endsWithName(file, ".json") && /"method"\s*:/.test(text) && /"url"\s*:/.test(text),
  load: (file, text, bom) => loadHar(file, text, bom),
  extract(doc, file) {
    const requests = requestsOf.get(doc) ?? [];
    const isHarFile = /\.har$/i.test(file);
    if (!isHarFile && doc.problems.length === 0 && requests.length === 0) return null;
    const resources2 = [];
    for (const r of requests) {
      if (!r.write) resources2.push(requestResource(doc, r));
      else {
        const w = writeResource(doc, r, r.write);
        if (w) resources2.push(w);
      }
    }
    return { tenantKey: file, resources: resources2 };
  }
};

// src/schema/auth0/enums.ts
var ORGANIZATION_USAGE_VALUES = ["deny", "allow", "require"];
var ORGANIZATION_REQUIRE_BEHAVIOR_VALUES = ["no_prompt", "pre_login_prompt", "post_login_prompt"];
var ORGANIZATION_DISCOVERY_VALUES = ["email", "organization_name"];
var DEFAULT_ORGANIZATION_FLOW_VALUES = ["client_credentials"];
var CLIENT_GRANT_ORGANIZATION_USAGE_VALUES = ["deny", "allow", "require"];
var THIRD_PARTY_CLIENT_ACCESS_VALUES = ["allow", "block"];
var TOKEN_ENDPOINT_AUTH_METHOD_VALUES = ["none", "client_secret_post", "client_secret_basic"];
var COMPLIANCE_LEVEL_VALUES = ["none", "fapi1_adv_pkj_par", "fapi1_adv_mtls_par", "fapi2_sp_pkj_mtls", "fapi2_sp_mtls_mtls"];
var THIRD_PARTY_SECURITY_MODE_VALUES = ["strict", "permissive"];
var REDIRECTION_POLICY_VALUES = ["allow_always", "open_redirect_protection"];
var APP_TYPE_VALUES = [
  "native",
  "spa",
  "regular_web",
  "non_interactive",
  "resource_server",
  "express_configuration",
  "b2b_integration",
  "rms",
  "box",
  "cloudbees",
  "concur",
  "dropbox",
  "mscrm",
  "echosign",
  "egnyte",
  "newrelic",
  "office365",
  "salesforce",
  "sentry",
  "sharepoint",
  "slack",
  "springcm",
  "zendesk",
  "zoom",
  "sso_integration",
  "oag"
];

// src/schema/auth0/field.ts
function hasField(schema, key) {
  return Object.prototype.hasOwnProperty.call(schema, key);
}
function snake(key) {
  return key.trim().replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[\s-]+/g, "_").toLowerCase();
}
function distanceWithin(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (row[j] < best) best = row[j];
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length];
}
function nearMissField(key, schema) {
  if (hasField(schema, key) || key.length > 200) return void 0;
  let cache3 = nearMissCache.get(schema);
  if (!cache3) nearMissCache.set(schema, cache3 = /* @__PURE__ */ new Map());
  if (cache3.has(key)) return cache3.get(key);
  const found = computeNearMiss(key, schema);
  if (cache3.size < 1e4) cache3.set(key, found);
  return found;
}
var nearMissCache = /* @__PURE__ */ new WeakMap();
function computeNearMiss(key, schema) {
  const norm = snake(key);
  if (norm !== key && hasField(schema, norm)) return norm;
  const limit = norm.length >= 12 ? 2 : norm.length >= 5 ? 1 : 0;
  if (limit === 0) return void 0;
  let best;
  let bestDistance = limit + 1;
  for (const field of Object.keys(schema)) {
    const d = distanceWithin(norm, field, limit);
    if (d < bestDistance) [best, bestDistance] = [field, d];
  }
  return best;
}

// src/schema/auth0/client.ts
var string = { type: "string" };
var boolean = { type: "boolean" };
var object = { type: "object" };
var strings = { type: "array", items: "string" };
var nullableObject = { type: "object", nullable: true };
var readOnly2 = (type) => ({ type, readOnly: true });
var CLIENT_SCHEMA = {
  name: { type: "string", constraints: { pattern: "^[^<>]+$" } },
  description: { type: "string", constraints: { maxLength: 140 } },
  client_secret: { type: "string", constraints: { minLength: 1 }, scope: "update:client_keys" },
  logo_uri: string,
  callbacks: strings,
  oidc_logout: object,
  oidc_backchannel_logout: nullableObject,
  session_transfer: nullableObject,
  allowed_origins: strings,
  web_origins: strings,
  grant_types: strings,
  client_aliases: strings,
  allowed_clients: strings,
  allowed_logout_urls: strings,
  jwt_configuration: object,
  encryption_key: nullableObject,
  sso: boolean,
  cross_origin_authentication: boolean,
  cross_origin_auth: {
    type: "boolean",
    disputed: "the older name of cross_origin_authentication: in no Management API spec or SDK type, yet the API still takes it (98 recorded deploy-cli writes carrying it were answered 200/201)",
    takenByRealApi: true
  },
  cross_origin_loc: { type: "string", nullable: true },
  sso_disabled: boolean,
  custom_login_page_on: boolean,
  token_endpoint_auth_method: { type: "string", enum: TOKEN_ENDPOINT_AUTH_METHOD_VALUES, nullable: true },
  is_token_endpoint_ip_header_trusted: boolean,
  app_type: { type: "string", enum: APP_TYPE_VALUES },
  is_first_party: boolean,
  oidc_conformant: boolean,
  custom_login_page: string,
  custom_login_page_preview: string,
  token_quota: nullableObject,
  identity_assertion_authorization_grant: nullableObject,
  anonymous_sessions: nullableObject,
  form_template: string,
  addons: nullableObject,
  client_metadata: { type: "object", constraints: { maxProperties: 10 } },
  mobile: object,
  initiate_login_uri: string,
  native_social_login: nullableObject,
  fedcm_login: nullableObject,
  refresh_token: nullableObject,
  default_organization: nullableObject,
  organization_usage: { type: "string", enum: ORGANIZATION_USAGE_VALUES, nullable: true },
  organization_require_behavior: { type: "string", enum: ORGANIZATION_REQUIRE_BEHAVIOR_VALUES, nullable: true },
  organization_discovery_methods: { type: "array", enum: ORGANIZATION_DISCOVERY_VALUES, nullable: true, constraints: { minItems: 1 } },
  client_authentication_methods: { type: "object", nullable: true, scope: "update:client_credentials" },
  require_pushed_authorization_requests: boolean,
  require_proof_of_possession: boolean,
  signed_request_object: nullableObject,
  token_vault_privileged_access: { type: "object", nullable: true, scope: "update:client_token_vault_privileged_access" },
  compliance_level: { type: "string", enum: COMPLIANCE_LEVEL_VALUES, nullable: true },
  skip_non_verifiable_callback_uri_confirmation_prompt: { type: "boolean", nullable: true },
  token_exchange: nullableObject,
  par_request_expiry: { type: "integer", nullable: true, constraints: { minimum: 10, maximum: 600 } },
  express_configuration: nullableObject,
  b2b_integration_configuration: {
    type: "object",
    disputed: "the Management API spec lists it in no update body, the auth0 SDK 7.1.0 update type (UpdateClientRequestContent) does"
  },
  my_organization_configuration: nullableObject,
  async_approval_notification_channels: { type: "array", items: "string", nullable: true, constraints: { minItems: 1 } },
  third_party_security_mode: {
    type: "string",
    enum: THIRD_PARTY_SECURITY_MODE_VALUES,
    createOnly: true,
    disputed: "it is set when the client is created and cannot be modified, though the auth0 SDK 7.1.0 update type (UpdateClientRequestContent) lists it"
  },
  redirection_policy: { type: "string", enum: REDIRECTION_POLICY_VALUES },
  // returned by GET, taken by no write (additionalProperties: false → 400 invalid_body)
  client_id: readOnly2("string"),
  tenant: readOnly2("string"),
  global: readOnly2("boolean"),
  signing_keys: readOnly2("array"),
  jwks_uri: readOnly2("string"),
  callback_url_template: readOnly2("boolean"),
  external_client_id: readOnly2("string"),
  external_metadata_type: readOnly2("string"),
  external_metadata_created_by: readOnly2("string"),
  resource_server_identifier: readOnly2("string"),
  created_at: readOnly2("string"),
  updated_at: readOnly2("string"),
  // older GET answers and deploy-cli exports carry the tenant members who own the client
  owners: readOnly2("array")
};

// src/schema/auth0/client-grant.ts
var CLIENT_GRANT_SCHEMA = {
  id: { type: "string", readOnly: true },
  client_id: { type: "string", createOnly: true },
  audience: { type: "string", createOnly: true },
  scope: { type: "array", items: "string", nullable: true },
  organization_usage: { type: "string", enum: CLIENT_GRANT_ORGANIZATION_USAGE_VALUES, nullable: true },
  allow_any_organization: { type: "boolean", nullable: true },
  default_for: { type: "string", enum: ["third_party_clients"], createOnly: true },
  is_system: { type: "boolean", readOnly: true },
  subject_type: { type: "string", enum: ["client", "user", "anonymous_user"], createOnly: true },
  authorization_details_types: { type: "array", items: "string" },
  allow_all_scopes: { type: "boolean", nullable: true }
};

// src/schema/auth0/organization.ts
var ORGANIZATION_SCHEMA = {
  id: { type: "string", readOnly: true },
  name: { type: "string", constraints: { pattern: "^[a-z0-9_-]+$", minLength: 1, maxLength: 50 } },
  display_name: { type: "string", constraints: { minLength: 1, maxLength: 255 } },
  branding: { type: "object" },
  metadata: { type: "object", constraints: { maxProperties: 25 } },
  token_quota: { type: "object", nullable: true },
  third_party_client_access: { type: "string", enum: THIRD_PARTY_CLIENT_ACCESS_VALUES },
  is_app_entitlement_active: { type: "boolean" },
  enabled_connections: { type: "array", createOnly: true },
  // GET of one organization (for a client's view) says which client it is associated with
  client: { type: "object", readOnly: true },
  connections: { type: "array", exportOnly: true },
  client_grants: { type: "array", exportOnly: true },
  // the applications of the organization, as newer deploy-cli exports list them (issue 11)
  clients: { type: "array", exportOnly: true },
  discovery_domains: { type: "array", exportOnly: true }
};
var ORGANIZATION_CONNECTION_SCHEMA = {
  connection_id: { type: "string", createOnly: true },
  assign_membership_on_login: { type: "boolean" },
  is_signup_enabled: { type: "boolean" },
  show_as_button: { type: "boolean" },
  connection: { type: "object", readOnly: true },
  name: { type: "string", exportOnly: true },
  strategy: { type: "string", exportOnly: true }
};

// src/sources/json/api-dump.ts
function makeResource(type, value, doc, at2, origin2, fallbackName2, partial = false) {
  return { type, name: resourceName(type, value, fallbackName2), value, doc, path: at2, origin: origin2, partial };
}
var CLIENT_FIELDS = [
  "client_id",
  "app_type",
  "organization_usage",
  "organization_require_behavior",
  "organization_discovery_methods",
  "default_organization",
  "token_endpoint_auth_method",
  "is_first_party",
  "oidc_conformant",
  "jwt_configuration",
  "allowed_logout_urls",
  "web_origins",
  "initiate_login_uri",
  "cross_origin_authentication",
  "client_metadata"
];
function looksLikeClient(v) {
  const has3 = (k) => Object.hasOwn(v, k);
  if (!isPlain(v)) return false;
  if (CLIENT_FIELDS.some(has3) || has3("name") && (has3("callbacks") || has3("grant_types"))) return true;
  if (typeof v.name !== "string") return false;
  return Object.keys(v).some((k) => {
    const near = nearMissField(k, CLIENT_SCHEMA);
    return near !== void 0 && CLIENT_FIELDS.includes(near);
  });
}
function looksLikeGrant(v) {
  return isPlain(v) && typeof v.client_id === "string" && typeof v.audience === "string";
}
function looksLikeOrganization(v) {
  if (!isPlain(v)) return false;
  if (typeof v.id === "string" && v.id.startsWith("org_")) return true;
  return typeof v.name === "string" && (Object.hasOwn(v, "display_name") || Array.isArray(v.connections) || Array.isArray(v.enabled_connections) || isPlain(v.branding));
}
var DUMP_LISTS = {
  clients: { type: "client", looksLike: looksLikeClient },
  client_grants: { type: "clientGrant", looksLike: looksLikeGrant },
  organizations: { type: "organization", looksLike: looksLikeOrganization }
};
var PAGING_KEYS = /* @__PURE__ */ new Set(["start", "limit", "total", "length", "next"]);
var apiDump = {
  name: "api-dump",
  format: "json",
  sniff: (file, text) => endsWithName(file, ".json") && /"(clients|client_grants|organizations)"|^\s*\[/.test(text),
  extract(doc, file) {
    const v = doc.value;
    const resources2 = [];
    const add = (list, type, base2, key) => list.forEach((item, i) => {
      if (isPlain(item)) resources2.push(makeResource(type, item, doc, [...base2, i], "api-dump", `${key}[${i}]`));
    });
    if (Array.isArray(v)) {
      if (v.some(looksLikeClient)) add(v, "client", [], "clients");
      else if (v.length && v.every(looksLikeOrganization)) add(v, "organization", [], "organizations");
      else if (v.length && v.every(looksLikeGrant)) add(v, "clientGrant", [], "client_grants");
      else return null;
      const only = resources2[0].type;
      return { tenantKey: file, resources: resources2, lists: only === "organization" ? ["organization"] : only === "clientGrant" ? ["clientGrant"] : [] };
    }
    if (!isPlain(v)) return null;
    const keys = Object.keys(v);
    const present = keys.filter((k) => Object.hasOwn(DUMP_LISTS, k) && Array.isArray(v[k]));
    if (present.length === 0) return null;
    const onlyDumpKeys = keys.every((k) => Object.hasOwn(DUMP_LISTS, k) || PAGING_KEYS.has(k));
    const recognised = present.filter((k) => v[k].some(DUMP_LISTS[k].looksLike));
    if (recognised.length === 0 && !(onlyDumpKeys && present.every((k) => v[k].length === 0))) return null;
    for (const k of present) add(v[k], DUMP_LISTS[k].type, [k], k);
    const lists = [];
    if (Array.isArray(v.organizations)) lists.push("organization");
    if (Array.isArray(v.client_grants)) lists.push("clientGrant");
    return { tenantKey: file, resources: resources2, lists };
  }
};

// src/sources/payload/payload.ts
import path12 from "node:path";
var patchPayload = {
  name: "patch-payload",
  format: "json",
  sniff: (file, _text, ctx) => endsWithName(file, ".patch.json") || endsWithName(file, ".json") && ctx?.isPayloadFile?.(file) === true,
  extract(doc, file) {
    if (doc.problems.length) return { tenantKey: file, resources: [], hasOrganizations: false, hasClientGrants: false };
    const body = doc.value;
    const payload = { method: "PATCH", kind: "update" };
    if (!isPlain(body)) payload.bodyProblem = { kind: "notObject", found: jsonType(body), at: [] };
    const value = isPlain(body) ? body : {};
    const name = typeof value.name === "string" && value.name !== "" ? value.name : path12.basename(file).replace(/(\.patch)?\.json$/i, "");
    const resource = resourceAt("client", name, value, doc, [], "patch", true, { payload });
    return { tenantKey: file, resources: [resource], hasOrganizations: false, hasClientGrants: false };
  }
};
function payloadFileMatcher(globs2, baseDir) {
  if (globs2.length === 0) return void 0;
  const matches = globMatcher(globs2);
  return (file) => {
    const rel = path12.relative(baseDir, file);
    return !rel.startsWith("..") && !path12.isAbsolute(rel) && matches(rel.split(path12.sep).join("/"));
  };
}

// src/sources/terraform/hcl-source.ts
import path21 from "node:path";

// src/sources/terraform/module-file-names.ts
import path13 from "node:path";
function ignoredBecause(name) {
  if (name.startsWith(".")) return 'whose name starts with "." (a hidden file)';
  if (name.endsWith("~")) return `whose name ends with "~" (an editor's backup)`;
  if (name.startsWith("#") && name.endsWith("#")) return `whose name starts and ends with "#" (an editor's autosave)`;
  return void 0;
}
function isModuleConfigName(name) {
  return (name.endsWith(".tf") || name.endsWith(".tf.json")) && ignoredBecause(name) === void 0;
}
function isModuleVarsName(name) {
  return name === "terraform.tfvars" || name === "terraform.tfvars.json" || name.endsWith(".auto.tfvars") || name.endsWith(".auto.tfvars.json");
}
function isModuleFileName(name) {
  return isModuleConfigName(name) || isModuleVarsName(name);
}
var NOT_READ_BY_TERRAFORM = "Terraform does not read it with its folder's module";
var LOOKS_CONFIG = /\.tf(\.json)?$/i;
function notReadByTerraform(name) {
  const bare = name.replace(/~+$/, "").replace(/^#(.*)#$/s, "$1");
  if (!LOOKS_CONFIG.test(bare) || isModuleConfigName(name)) return void 0;
  const ignored = ignoredBecause(name);
  const why = ignored ? `it skips every file ${ignored}` : `it reads only names that end in exactly ".tf" or ".tf.json" (lower case), and this one ends in "${LOOKS_CONFIG.exec(name)?.[0] ?? ""}"`;
  return `${NOT_READ_BY_TERRAFORM}: ${why}`;
}
var FIXED_VARS = ["terraform.tfvars", "terraform.tfvars.json"];
function fixedVarsNameOf(name) {
  if (name.length !== 16 && name.length !== 21) return void 0;
  return FIXED_VARS.find((n) => differsOnlyInCase(name, n));
}
function fixedVarsCaseReason(name, fixed) {
  return `the name ${name} is not ${fixed}: Terraform loads ${fixed} by that exact name, and on this file system ${fixed} is not this file (letter case counts here), so ${name}'s values apply only as a -var-file (--var-file here; rename it to ${fixed})`;
}
function fixedVarsNames(folder, names2) {
  const out = [];
  for (const fixed of FIXED_VARS) {
    const exact = names2.includes(fixed);
    const other = names2.find((n) => differsOnlyInCase(n, fixed) && isSameFile(path13.join(folder, fixed), path13.join(folder, n)));
    if (other !== void 0) out.push(other);
    else if (exact) out.push(fixed);
  }
  return out;
}

// src/sources/terraform/module-kind.ts
import path20 from "node:path";

// src/sources/terraform/hcl-module.ts
import { readdirSync } from "node:fs";
import path19 from "node:path";

// src/sources/terraform/hcl-directives.ts
var DIRECTIVE2 = /(?:(#|\/\/)[ \t]*|(\/\*)[\s*]*)orglint-(disable-next-line|disable-line|disable-file|disable|enable)\b/g;
function hclDirectives(text, tree) {
  if (!text.includes("orglint-")) return [];
  const out = [];
  const lineOf = lineCounter(text);
  for (const m of text.matchAll(DIRECTIVE2)) {
    const at2 = m.index;
    const node = tree.rootNode.descendantForIndex(at2, at2 + 1);
    if (node?.type !== "comment" || node.startIndex !== at2) continue;
    const after = at2 + m[0].length;
    const line = lineOf(at2);
    let rest;
    let endLine;
    if (m[2]) {
      const end = node.endIndex;
      if (!text.startsWith("*/", end - 2) || end - 2 < after) continue;
      rest = text.slice(after, end - 2).replace(/\r?\n[ \t]*\*(?!\/)/g, "\n").replace(/\s+/g, " ");
      const last = lineOf(end - 1);
      if (last !== line) endLine = last;
    } else rest = text.slice(after, lineEnd(text, after));
    const [idsPart, ...reason] = rest.split(/\s--\s?|^--\s?/);
    const ruleIds = idsPart.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
    out.push({
      kind: m[3],
      ruleIds,
      reason: reason.length ? reason.join(" -- ").trim() : void 0,
      line,
      ...endLine !== void 0 ? { endLine } : {},
      span: { start: at2, end: node.endIndex }
    });
  }
  return out;
}
var LINE_END = /[\r\n]/g;
function lineEnd(text, from) {
  LINE_END.lastIndex = from;
  return LINE_END.exec(text)?.index ?? text.length;
}
function lineCounter(text) {
  let line = 1;
  let counted = 0;
  return (offset) => {
    if (offset < counted) {
      line = 1;
      counted = 0;
    }
    for (let nl = text.indexOf("\n", counted); nl !== -1 && nl < offset; nl = text.indexOf("\n", nl + 1)) {
      line++;
      counted = nl + 1;
    }
    return line;
  };
}

// src/sources/terraform/module-links.ts
import { lstatSync as lstatSync2 } from "node:fs";
import path14 from "node:path";
var MODULE_FILE = /(\.tf(\.json)?|^terraform\.tfvars(\.json)?|\.auto\.tfvars(\.json)?)$/i;
var LINK_OUTSIDE = "not read: a symbolic link to a file outside the repository; Terraform reads it as part of the module, so what it sets is unknown here (orglint follows the links of a module only to files inside its repository)";
var LINK_HIDDEN = "not read: a symbolic link to a file in a folder of the repository whose name starts with a dot (.git, .ssh, ...), or not named as a Terraform file (*.tf, *.tf.json, *.tfvars); Terraform reads it as part of the module, so what it sets is unknown here";
var TARGET_NAME = /\.(tf|tfvars)(\.json)?$/i;
var LINK_NOWHERE = "cannot read file: a symbolic link whose target does not exist (or links that loop); Terraform cannot read it either";
function allowedTarget(file, named) {
  const target = linkTarget(file);
  if (!target) return { ok: false, rule: "read-error", message: LINK_NOWHERE };
  const bound = boundTarget(file, target, "folder");
  if (!("root" in bound)) return { ok: false, rule: "read-error", message: bound.refused === "outside" ? LINK_OUTSIDE : LINK_HIDDEN };
  if (!TARGET_NAME.test(path14.basename(target))) return { ok: false, rule: "read-error", message: LINK_HIDDEN };
  if (named) {
    const where2 = namedFileTarget(file);
    if (!("read" in where2)) return namedLinkRefused(where2);
  }
  return { target };
}
function readModuleLink(file, maxSize, listed = true) {
  const allowed = allowedTarget(file, !listed);
  if (!("target" in allowed)) return allowed;
  const read = readTextFileSync(allowed.target, maxSize, listed);
  return read.ok ? { ...read, target: allowed.target } : read;
}
function readNamedFile2(file, maxSize) {
  if (MODULE_FILE.test(path14.basename(file))) {
    let link = false;
    try {
      link = lstatSync2(file).isSymbolicLink();
    } catch {
    }
    if (link) return readModuleLink(file, maxSize, false);
  }
  return readNamedFile(file, maxSize);
}
function linkFixLeft(file, target) {
  const shown3 = path14.relative(path14.dirname(file), target) || target;
  return `${path14.basename(file)} is a symbolic link (to ${shown3}): orglint writes no file through a link, change that file by hand`;
}

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
    const base2 = isPlain(after) ? after : {};
    for (const [k, v] of Object.entries(base2)) define(out, k, v);
    for (const [k, u] of Object.entries(unknown)) {
      if (u === false || u === void 0) continue;
      define(out, k, fillUnknown(base2[k], u));
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
function apiShape(after, blocks, onBlock, nested2 = []) {
  const out = {};
  for (const [k, raw] of Object.entries(after)) {
    let v = withoutNulls(raw);
    if (v === null || v === "" || Array.isArray(v) && v.length === 0) continue;
    if (blocks.includes(k) && Array.isArray(v)) {
      const block = oneBlock(v);
      if (!block) continue;
      onBlock([k], [k, 0]);
      v = nested2.includes(k) ? unwrapChildren(block, k, onBlock) : block;
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
    const child2 = oneBlock(v);
    if (child2) {
      onBlock([key, c], [key, 0, c, 0]);
      define(out, c, child2);
    } else define(out, c, v);
  }
  return out;
}

// src/sources/terraform/hcl-eval.ts
var UNKNOWN = "##unknown-until-plan##";
var Recorder = class {
  spans = /* @__PURE__ */ new Map();
  origins = /* @__PURE__ */ new Map();
  /** attribute path → configuration keys of the resources its expression refers to */
  refs = /* @__PURE__ */ new Map();
  span(path36, value, key) {
    this.spans.set(JSON.stringify(path36), key ? { key, value } : { value });
  }
};
var spanOf = (n) => ({ start: n.startIndex, end: n.endIndex });
var MAX_DEPTH3 = 100;
var TooDeepError = class extends Error {
  constructor(at2) {
    super("invalid HCL: nesting is too deep to read");
    this.at = at2;
  }
  at;
};
var depth = 0;
function enter(n) {
  if (++depth > MAX_DEPTH3) {
    depth = 0;
    throw new TooDeepError(spanOf(n));
  }
}
var META_ARGUMENTS = /* @__PURE__ */ new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection"]);
function labelText(n) {
  if (n.type === "identifier") return n.text;
  if (n.type === "string_lit") {
    const parts = n.namedChildren.filter((c) => !!c && c.type !== "quoted_template_start" && c.type !== "quoted_template_end");
    if (parts.every((p) => p.type === "template_literal")) return parts.map((p) => decodeEscapes(p.text)).join("");
  }
  return void 0;
}
function evalBody(body, path36, scope, rec, relative, topLevel, opaque = false) {
  const out = {};
  if (!body) return out;
  enter(body);
  try {
    readBody(body, out, path36, scope, rec, relative, topLevel, opaque);
  } finally {
    depth = Math.max(0, depth - 1);
  }
  return out;
}
function readBody(body, out, path36, scope, rec, relative, topLevel, opaque) {
  for (const child2 of body.namedChildren) {
    if (!child2) continue;
    if (child2.type === "attribute") {
      const kids = child2.namedChildren;
      const id = kids[0];
      const expr = kids.find((c) => c?.type === "expression");
      if (!id || !expr) continue;
      const name = id.text;
      if (topLevel && META_ARGUMENTS.has(name) || Object.prototype.hasOwnProperty.call(out, name)) continue;
      const at2 = [...path36, name];
      const value = evalExpr(expr, at2, { scope, rec, attr: [...relative, name], opaque });
      rec.span(at2, spanOf(expr), spanOf(id));
      define(out, name, value);
    } else if (child2.type === "block") {
      const kids = child2.namedChildren;
      const id = kids[0];
      if (!id) continue;
      const type = id.text;
      if (topLevel && META_ARGUMENTS.has(type)) continue;
      if (type === "dynamic") {
        const label2 = kids[1] ? labelText(kids[1]) : void 0;
        if (label2 === void 0) continue;
        define(out, label2, opaque ? `##expr:${child2.text}##` : UNKNOWN);
        rec.span([...path36, label2], spanOf(kids[1]), spanOf(id));
        continue;
      }
      const existing = out[type];
      if (existing !== void 0 && !Array.isArray(existing)) continue;
      const list = existing ?? [];
      const at2 = [...path36, type, list.length];
      list.push(evalBody(kids.find((c) => c?.type === "body") ?? null, at2, scope, rec, [...relative, type, list.length], false, opaque));
      rec.span(at2, spanOf(id), spanOf(id));
      if (!existing) {
        rec.span([...path36, type], spanOf(id), spanOf(id));
        define(out, type, list);
      }
    }
  }
}
function evalExpr(n, path36, ctx) {
  enter(n);
  let v;
  try {
    v = evalKnown(n, path36, ctx);
  } finally {
    depth = Math.max(0, depth - 1);
  }
  return ctx.opaque && (v === UNKNOWN || v === KNOWN_AFTER_APPLY) ? `##expr:${n.text}##` : v;
}
function evalKnown(n, path36, ctx) {
  switch (n.type) {
    case "expression": {
      const kids = n.children.filter((c) => !!c && c.type !== "comment");
      if (kids[0]?.type === "(") return kids.length === 3 ? evalExpr(kids[1], path36, ctx) : UNKNOWN;
      if (kids[0]?.type === "variable_expr") return traversal(kids[0].text, kids.slice(1), path36, ctx);
      return kids.length === 1 ? evalExpr(kids[0], path36, ctx) : UNKNOWN;
    }
    case "literal_value":
      return n.namedChildren[0] ? evalExpr(n.namedChildren[0], path36, ctx) : UNKNOWN;
    case "string_lit":
    case "quoted_template":
      return template(n, path36, ctx);
    case "numeric_lit": {
      const v = Number(n.text);
      return Number.isFinite(v) ? v : UNKNOWN;
    }
    case "bool_lit":
      return n.text === "true";
    case "null_lit":
      return null;
    case "template_expr":
      return n.namedChildren[0] ? evalExpr(n.namedChildren[0], path36, ctx) : UNKNOWN;
    case "heredoc_template":
      return heredoc(n);
    case "collection_value":
      return n.namedChildren[0] ? evalExpr(n.namedChildren[0], path36, ctx) : UNKNOWN;
    case "tuple": {
      const items = n.namedChildren.filter((c) => c?.type === "expression");
      return items.map((item, i) => {
        const at2 = [...path36, i];
        ctx.rec.span(at2, spanOf(item));
        return evalExpr(item, at2, { ...ctx, attr: [...ctx.attr, i] });
      });
    }
    case "object": {
      const out = {};
      for (const elem of n.namedChildren) {
        if (elem?.type !== "object_elem") continue;
        const k = elem.childForFieldName("key");
        const v = elem.childForFieldName("val");
        const key = k ? objectKey(k) : void 0;
        if (key === void 0 || !v) return UNKNOWN;
        const at2 = [...path36, key];
        ctx.rec.span(at2, spanOf(v), spanOf(k));
        define(out, key, evalExpr(v, at2, ctx));
      }
      return out;
    }
    case "operation": {
      const u = n.namedChildren[0];
      if (u?.type !== "unary_operation") return UNKNOWN;
      const op = u.children[0]?.type;
      const operand = u.namedChildren[u.namedChildren.length - 1];
      const v = operand ? evalExpr(operand, path36, ctx) : UNKNOWN;
      if (op === "-" && typeof v === "number") return -v;
      if (op === "!" && typeof v === "boolean") return !v;
      return UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}
function objectKey(k) {
  const kids = k.children.filter((c) => !!c);
  if (kids.length !== 1) return void 0;
  const only = kids[0];
  if (only.type === "variable_expr") return only.text;
  if (only.type === "literal_value" && only.namedChildren[0]?.type === "string_lit") return labelText(only.namedChildren[0]);
  return void 0;
}
function traversal(root, steps, path36, ctx) {
  const names2 = steps.map(stepKey);
  const first = names2[0];
  if (ctx.opaque) return UNKNOWN;
  if (root === "var" || root === "local") {
    if (typeof first !== "string") return UNKNOWN;
    const found = root === "var" ? ctx.scope.variable(first) : ctx.scope.local(first);
    if (!found) return UNKNOWN;
    let v = found.value;
    for (const key of names2.slice(1)) v = child(v, key);
    if (found.origin && v !== UNKNOWN) ctx.rec.origins.set(JSON.stringify(path36), found.origin);
    return v;
  }
  if (typeof first === "string") {
    const key = ctx.scope.resource(root, first);
    if (key) {
      const attr = JSON.stringify(ctx.attr);
      const set = ctx.rec.refs.get(attr) ?? /* @__PURE__ */ new Set();
      set.add(key);
      ctx.rec.refs.set(attr, set);
      return KNOWN_AFTER_APPLY;
    }
  }
  return UNKNOWN;
}
function stepKey(step) {
  if (step.type === "get_attr") return step.namedChildren[0]?.text;
  if (step.type === "index") {
    const inner = step.namedChildren[0];
    if (inner?.type === "legacy_index") return Number(inner.text.replace(/^\./, ""));
    const e = inner?.namedChildren.find((c) => c?.type === "expression");
    const lit = e?.namedChildren[0];
    if (lit?.type === "literal_value") {
      const v = lit.namedChildren[0];
      if (v?.type === "numeric_lit") return Number(v.text);
      if (v?.type === "string_lit") return labelText(v);
    }
  }
  return void 0;
}
function child(v, key) {
  if (key === void 0) return UNKNOWN;
  if (Array.isArray(v) && typeof key === "number") return key >= 0 && key < v.length ? v[key] : UNKNOWN;
  if (typeof v === "object" && v !== null && !Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, key)) return v[key];
  return UNKNOWN;
}
function template(n, path36, ctx) {
  const parts = n.namedChildren.filter((c) => !!c && c.type !== "quoted_template_start" && c.type !== "quoted_template_end");
  if (parts.length === 1 && parts[0].type === "template_interpolation") {
    const e = parts[0].namedChildren.find((c) => c?.type === "expression");
    return e && !parts[0].namedChildren.some((c) => c?.type === "strip_marker") ? evalExpr(e, path36, ctx) : UNKNOWN;
  }
  let out = "";
  for (const p of parts) {
    if (p.type === "template_literal") out += decodeEscapes(p.text);
    else if (p.type === "template_interpolation") {
      const e = p.namedChildren.find((c) => c?.type === "expression");
      const v = e ? evalExpr(e, path36, ctx) : UNKNOWN;
      if (typeof v === "string" && !v.includes("##")) out += v;
      else if (typeof v === "number" || typeof v === "boolean") out += String(v);
      else return UNKNOWN;
    } else return UNKNOWN;
  }
  return out;
}
var ESCAPES2 = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
function decodeEscapes(raw) {
  return raw.replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/gs, (m, u4, u8, c) => {
    if (u4) return String.fromCharCode(parseInt(u4, 16));
    if (u8) {
      const cp = parseInt(u8, 16);
      return cp <= 1114111 ? String.fromCodePoint(cp) : m;
    }
    return ESCAPES2[c] ?? m;
  }).replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}
function heredoc(n) {
  if (n.namedChildren.some((c) => c?.type === "template_interpolation" || c?.type === "template_directive")) return UNKNOWN;
  const ids2 = n.namedChildren.filter((c) => c?.type === "heredoc_identifier");
  const start = n.namedChildren.find((c) => c?.type === "heredoc_start");
  if (ids2.length < 2 || !start) return UNKNOWN;
  const full = n.tree.rootNode.text;
  const open = full.indexOf("\n", ids2[0].endIndex);
  const close = full.lastIndexOf("\n", ids2[ids2.length - 1].startIndex - 1);
  if (open === -1 || close < open) return UNKNOWN;
  let body = full.slice(open + 1, close + 1).replace(/\r\n/g, "\n");
  if (start.text.endsWith("-")) {
    const lines = body.split("\n");
    const indents = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)[0].length);
    const cut = indents.length ? Math.min(...indents) : 0;
    body = lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)[0].length))).join("\n");
  }
  return body.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}

// src/sources/terraform/hcl-parser.ts
import { existsSync as existsSync5 } from "node:fs";
import { createRequire as createRequire4 } from "node:module";
import path15 from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
var WASM = { runtime: "tree-sitter.wasm", grammar: "tree-sitter-hcl.wasm" };
function wasmPath(name) {
  const file = WASM[name];
  const here = path15.dirname(fileURLToPath3(import.meta.url));
  for (const dir of [path15.join(here, "wasm"), path15.join(here, "..", "wasm")]) {
    if (existsSync5(path15.join(dir, file))) return path15.join(dir, file);
  }
  const require2 = createRequire4(import.meta.url);
  return name === "runtime" ? require2.resolve("web-tree-sitter/tree-sitter.wasm") : path15.join(path15.dirname(require2.resolve("@tree-sitter-grammars/tree-sitter-hcl/package.json")), file);
}
var parser;
var ready;
function loadedHclParser() {
  return ready;
}
function hclParser() {
  parser ??= (async () => {
    const { Parser, Language } = await import("./tree-sitter-ZZAKTP6R.js");
    const runtime = wasmPath("runtime");
    await Parser.init({ locateFile: () => runtime });
    const language = await Language.load(wasmPath("grammar"));
    const p = new Parser();
    p.setLanguage(language);
    ready = p;
    return p;
  })();
  parser.catch(() => parser = void 0);
  return parser;
}
var MAX_PROBLEMS = 100;
function syntaxProblems(tree) {
  const found = tree.rootNode.descendantsOfType(["string_lit", "quoted_template", "body"]).filter((n) => !!n);
  const problems = [...multiLineStrings(tree, found.filter((n) => n.type !== "body")), ...redefined(found.filter((n) => n.type === "body"))];
  if (!tree.rootNode.hasError) return problems;
  const visit2 = (n, depth2 = 0) => {
    if (problems.length >= MAX_PROBLEMS) return;
    if (depth2 > 200) {
      problems.push({ message: "invalid HCL: nesting is too deep to read", span: { start: n.startIndex, end: n.endIndex } });
      return;
    }
    if (n.isMissing) {
      problems.push({ message: `invalid HCL: missing ${describeToken(n.type)}`, span: { start: n.startIndex, end: n.endIndex } });
      return;
    }
    if (n.isError) {
      const text = n.text.split(/\r?\n/)[0].slice(0, 40);
      problems.push({ message: `invalid HCL: unexpected ${JSON.stringify(text)}`, span: { start: n.startIndex, end: n.endIndex } });
      return;
    }
    if (!n.hasError) return;
    for (const c of n.children) if (c) visit2(c, depth2 + 1);
  };
  visit2(tree.rootNode);
  if (problems.length === 0) problems.push({ message: "invalid HCL", span: { start: 0, end: 0 } });
  return problems;
}
function describeToken(type) {
  return /^[a-z_]+$/.test(type) ? type.replace(/_/g, " ") : JSON.stringify(type);
}
function multiLineStrings(tree, strings2) {
  const text = tree.rootNode.text;
  if (!text.includes("\n")) return [];
  const problems = [];
  for (const q of strings2) {
    if (!q || problems.length >= MAX_PROBLEMS || !q.text.includes("\n")) continue;
    let from = q.startIndex;
    for (const c of [...q.children, null]) {
      const to = c ? c.startIndex : q.endIndex;
      const nl = text.slice(from, to).search(/\r?\n/);
      const inside = c?.type === "template_literal" ? c.text.search(/\r?\n/) : -1;
      if (nl !== -1 || inside !== -1) {
        const at2 = nl !== -1 ? from + nl : c.startIndex + inside;
        problems.push({ message: "invalid HCL: a quoted string cannot span lines (use a heredoc)", span: { start: at2, end: at2 + 1 } });
        break;
      }
      if (c) from = c.endIndex;
    }
  }
  return problems;
}
function redefined(bodies) {
  const problems = [];
  for (const body of bodies) {
    if (!body || problems.length >= MAX_PROBLEMS) continue;
    const seen = /* @__PURE__ */ new Set();
    for (const a of body.namedChildren) {
      const id = a?.type === "attribute" ? a.namedChildren[0] : void 0;
      if (!id) continue;
      if (seen.has(id.text)) problems.push({ message: `invalid HCL: the argument ${JSON.stringify(id.text)} is set twice in one block (Terraform refuses it)`, span: { start: id.startIndex, end: id.endIndex } });
      seen.add(id.text);
    }
  }
  return problems;
}

// src/sources/terraform/override-file.ts
import path16 from "node:path";
var isOverride = (file) => {
  const name = path16.basename(file);
  return /(^|_)override\.tf(\.json)?$/.test(name) && isModuleConfigName(name);
};

// src/sources/terraform/mapping.ts
var PathRedirects = class {
  redirects = /* @__PURE__ */ new Map();
  add(from, to) {
    this.redirects.set(JSON.stringify(from), to);
  }
  /** take every redirect of `other` too (an override file's document: the redirects of the resources it sets) */
  copyFrom(other) {
    for (const [k, v] of other.redirects) this.redirects.set(k, v);
  }
  /** the source path of a rule path; the key of an unwrapped block is the block's own key, not its item's */
  resolve(path36, target = "value") {
    if (this.redirects.size === 0) return path36;
    for (let k = path36.length; k > 0; k--) {
      const to = this.redirects.get(JSON.stringify(path36.slice(0, k)));
      if (to && k === path36.length && target === "key" && typeof to[to.length - 1] === "number") return to.slice(0, -1);
      if (to) return [...to, ...path36.slice(k)];
    }
    return path36;
  }
};
var redirectsOf = /* @__PURE__ */ new WeakMap();
function redirects(doc) {
  let r = redirectsOf.get(doc);
  if (!r) redirectsOf.set(doc, r = new PathRedirects());
  return r;
}
var BLOCKS = {
  auth0_client: [
    "default_organization",
    "addons",
    "jwt_configuration",
    "refresh_token",
    "mobile",
    "native_social_login",
    "oidc_logout",
    "session_transfer",
    "token_exchange",
    "token_quota",
    "signed_request_object",
    "client_authentication_methods",
    "express_configuration",
    "my_organization_configuration"
  ],
  auth0_client_grant: [],
  auth0_organization: ["branding", "token_quota"],
  auth0_organization_connection: [],
  auth0_organization_connections: [],
  auth0_organization_discovery_domain: [],
  auth0_organization_discovery_domains: [],
  auth0_organization_client_grant: [],
  auth0_connection: ["options"],
  auth0_connection_clients: [],
  auth0_connection_client: []
};
var NESTED = { auth0_client: ["addons"] };
var RESOURCE_TYPES = {
  auth0_client: "client",
  auth0_client_grant: "clientGrant",
  auth0_organization: "organization",
  auth0_connection: "connection"
};
function isReadType(type) {
  return Object.prototype.hasOwnProperty.call(BLOCKS, type);
}
var COMPUTED = {
  auth0_client: ["client_id"],
  auth0_organization: ["id"],
  auth0_organization_connection: ["name", "strategy"],
  auth0_connection: ["id"],
  auth0_client_grant: ["id"],
  auth0_connection_clients: ["name", "strategy"],
  auth0_connection_client: ["name", "strategy"]
};
var known2 = (v) => typeof v === "string" && v !== "" && !isPlaceholder(v);
function mapTerraform(list) {
  const byConfig = /* @__PURE__ */ new Map();
  const mapped = [];
  for (const tf of list) {
    if (!isReadType(tf.type)) continue;
    const paths = redirects(tf.doc);
    const value = apiShape(tf.values, BLOCKS[tf.type], (from, to) => paths.add([...tf.at, ...from], [...tf.at, ...to]), NESTED[tf.type]);
    const m = { tf, value };
    mapped.push(m);
    byConfig.set(tf.configKey, [...byConfig.get(tf.configKey) ?? [], m]);
    const kind = RESOURCE_TYPES[tf.type];
    if (!kind) continue;
    if (kind === "client" && isPlain(value.default_organization)) {
      const d = value.default_organization;
      if (d.disable === true) delete value.default_organization;
      else if ("disable" in d) value.default_organization = Object.fromEntries(Object.entries(d).filter(([k]) => k !== "disable"));
    }
    if (kind === "clientGrant" && "scopes" in value && !("scope" in value)) {
      define(value, "scope", value.scopes);
      delete value.scopes;
      paths.add([...tf.at, "scope"], [...tf.at, "scopes"]);
    }
    m.resource = resourceAt(kind, tf.address, value, tf.doc, tf.at, "terraform", false, { terraform: { address: tf.address, ...tf.meta } });
  }
  const target = (m, path36, targetType) => {
    const key = m.tf.ref(path36, targetType);
    const found = key ? byConfig.get(key) ?? [] : [];
    return found.length === 1 && found[0].tf.type === targetType ? found[0] : void 0;
  };
  const orgsById = /* @__PURE__ */ new Map();
  for (const m of mapped) if (m.tf.type === "auth0_organization" && known2(m.value.id)) orgsById.set(m.value.id, m);
  const orgOf = (m) => {
    const id = m.value.organization_id;
    return (known2(id) ? orgsById.get(id) : void 0) ?? target(m, ["organization_id"], "auth0_organization");
  };
  const unknownLists = /* @__PURE__ */ new Map();
  const gather = (org, key, item, source, from) => {
    const entry = {};
    for (const [k, v] of Object.entries(item)) if (k !== "organization_id" && k !== "id") define(entry, k, v);
    if (source.meta.instances === "unknown" || unknownLists.get(org)?.has(key)) {
      unknownLists.set(org, /* @__PURE__ */ new Set([...unknownLists.get(org) ?? [], key]));
      define(org.value, key, KNOWN_AFTER_APPLY);
      return entry;
    }
    const list2 = Array.isArray(org.value[key]) ? org.value[key] : [];
    if (source.doc === org.tf.doc) redirects(org.tf.doc).add([...org.tf.at, key, list2.length], [...source.at, ...from]);
    list2.push(entry);
    org.value[key] = list2;
    return entry;
  };
  for (const m of mapped) {
    const type = m.tf.type;
    if (type === "auth0_client_grant") linkGrantClient(m, target(m, ["client_id"], "auth0_client"));
    if (RESOURCE_TYPES[type]) continue;
    const org = orgOf(m);
    if (!org) continue;
    if (type === "auth0_organization_connection") {
      connectionFacts(gather(org, "connections", m.value, m.tf, []), target(m, ["connection_id"], "auth0_connection"));
    } else if (type === "auth0_organization_connections" && Array.isArray(m.value.enabled_connections)) {
      m.value.enabled_connections.forEach((item, i) => {
        if (!isPlain(item)) return;
        const entry = gather(org, "connections", item, m.tf, ["enabled_connections", i]);
        connectionFacts(entry, target(m, ["enabled_connections", i, "connection_id"], "auth0_connection"));
      });
    } else if (type === "auth0_organization_discovery_domain") {
      gather(org, "discovery_domains", m.value, m.tf, []);
    } else if (type === "auth0_organization_discovery_domains" && Array.isArray(m.value.discovery_domains)) {
      m.value.discovery_domains.forEach((item, i) => {
        if (isPlain(item)) gather(org, "discovery_domains", item, m.tf, ["discovery_domains", i]);
      });
    } else if (type === "auth0_organization_client_grant") {
      gather(org, "client_grants", { grant_id: m.value.grant_id }, m.tf, []);
    }
  }
  enabledClients(mapped, target);
  return mapped.flatMap((m) => m.resource ? [m.resource] : []);
}
function clientKey(m, value, path36, target) {
  if (known2(value)) return value;
  const client = target(m, path36, "auth0_client");
  if (client && known2(client.value.client_id)) return client.value.client_id;
  if (client && known2(client.value.name)) return client.value.name;
  return isPlaceholder(value) ? value : KNOWN_AFTER_APPLY;
}
function enabledClients(mapped, target) {
  const byId = /* @__PURE__ */ new Map();
  for (const m of mapped) if (m.tf.type === "auth0_connection" && known2(m.value.id)) byId.set(m.value.id, m);
  const connectionOf = (m) => (known2(m.value.connection_id) ? byId.get(m.value.connection_id) : void 0) ?? target(m, ["connection_id"], "auth0_connection");
  const lists = /* @__PURE__ */ new Map();
  const entry = (c) => lists.get(c) ?? lists.set(c, { whole: [], added: [] }).get(c);
  for (const m of mapped) {
    const type = m.tf.type;
    if (type === "auth0_connection" && "enabled_clients" in m.tf.values) entry(m).whole.push({ list: m.tf.values.enabled_clients, from: m });
    if (type !== "auth0_connection_clients" && type !== "auth0_connection_client") continue;
    const connection = connectionOf(m);
    if (!connection?.resource) continue;
    const instanced = m.tf.meta.instances === "unknown";
    if (type === "auth0_connection_clients") entry(connection).whole.push({ list: instanced ? KNOWN_AFTER_APPLY : m.tf.values.enabled_clients, from: m });
    else entry(connection).added.push(instanced ? KNOWN_AFTER_APPLY : clientKey(m, m.tf.values.client_id, ["client_id"], target));
  }
  for (const [connection, { whole, added }] of lists) {
    let value = KNOWN_AFTER_APPLY;
    if (whole.length === 1 && added.length === 0) {
      const { list, from } = whole[0];
      value = Array.isArray(list) ? list.map((v, i) => clientKey(from, v, ["enabled_clients", i], target)) : isPlaceholder(list) ? list : KNOWN_AFTER_APPLY;
      if (from.tf.doc === connection.tf.doc && from !== connection) redirects(connection.tf.doc).add([...connection.tf.at, "enabled_clients"], [...from.tf.at, "enabled_clients"]);
    } else if (whole.length === 0) {
      value = [...added, KNOWN_AFTER_APPLY];
    }
    define(connection.value, "enabled_clients", value);
  }
}
function linkGrantClient(grant, client) {
  if (!client || known2(grant.value.client_id)) return;
  const key = known2(client.value.client_id) ? client.value.client_id : known2(client.value.name) ? client.value.name : void 0;
  if (key !== void 0) define(grant.value, "client_id", key);
}
function connectionFacts(entry, connection) {
  if (!connection) return;
  for (const key of ["strategy", "name"]) {
    const v = connection.value[key];
    if (!known2(entry[key]) && known2(v)) define(entry, key, v);
  }
}
function holdsClientGrants(list) {
  return list.some((r) => r.type === "auth0_client_grant");
}

// src/sources/terraform/override-bases.ts
var noBase = (kind, name) => `invalid Terraform: the override file sets the ${kind} "${name}", which no other file of the module declares; Terraform refuses an override of ${article(kind)} that is not declared`;
var article = (word) => `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`;
var forbidden = (kind) => `invalid Terraform: an override file cannot hold ${article(kind)} block; Terraform takes ${kind} blocks only from the other files of a module`;
var isAlias = (v) => typeof v === "string" && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(v);
var OverrideBases = class {
  declared = /* @__PURE__ */ new Set();
  /** providers a primary file configures with an alias that is not a literal: any alias of theirs may exist */
  anyAlias = /* @__PURE__ */ new Set();
  declare(b) {
    if (b.name !== void 0) this.declared.add(`${b.kind}|${b.name}`);
    else if (b.provider !== void 0) this.anyAlias.add(b.provider);
  }
  /** Report the blocks of an override file that have no base (true when one is reported). */
  check(bases, banned, problems) {
    const before = problems.length;
    for (const b of bases) {
      if (b.inCheck || b.name === void 0 || this.declared.has(`${b.kind}|${b.name}`)) continue;
      if (b.provider !== void 0 && this.anyAlias.has(b.provider)) continue;
      problems.push({ message: noBase(b.kind, b.name), span: b.span });
    }
    for (const f of banned) problems.push({ message: forbidden(f.kind), span: f.span });
    return problems.length > before;
  }
};

// src/sources/terraform/overrides.ts
import path18 from "node:path";

// src/engine/run-rules.ts
import path17 from "node:path";

// src/rule-api/tenant-model.ts
var RESOURCE_KINDS = [
  "client",
  "clientGrant",
  "organization",
  "organizationConnection",
  "organizationClientGrant",
  "connection",
  "database",
  "prompts",
  "tenantSettings"
];
var KIND_NOUN = {
  client: "applications (clients)",
  clientGrant: "client grants",
  organization: "organizations",
  organizationConnection: "organizations' enabled connections",
  organizationClientGrant: "organizations' client grants",
  connection: "connections",
  database: "database connections",
  prompts: "prompts settings (universal_login_experience)",
  tenantSettings: "tenant settings"
};
function kindState(tenant, kind) {
  return tenant.kinds[kind] ?? { known: false, kind, cause: "not-held", reason: `${KIND_NOUN[kind]} are not in this file` };
}
function resources(tenant, kind) {
  const state = kindState(tenant, kind);
  if (!state.known) return state;
  return { known: true, items: itemsOf(tenant, kind), state };
}
function itemsOf(tenant, kind) {
  switch (kind) {
    case "client":
      return tenant.clients;
    case "clientGrant":
      return tenant.clientGrants;
    case "organization":
    case "organizationConnection":
    case "organizationClientGrant":
      return tenant.organizations;
    case "connection":
      return tenant.connections.filter((c) => !isDatabase(c));
    case "database":
      return tenant.connections.filter(isDatabase);
    case "prompts":
      return tenant.settings.filter((s) => s.type === "prompts");
    case "tenantSettings":
      return tenant.settings.filter((s) => s.type === "tenantSettings");
  }
}
function isDatabase(c) {
  return c.meta?.database === true || c.value.strategy === "auth0";
}
function connectionStrategy(c) {
  if (c.meta?.database === true) return "auth0";
  return typeof c.value.strategy === "string" ? c.value.strategy : void 0;
}
function isExcludedName(state, name) {
  const ex = state.excluded;
  if (!ex) return false;
  return (ex.names?.has(name) ?? false) || ex.onlyNames !== void 0 && !ex.onlyNames.has(name);
}
var connectionIndexes = /* @__PURE__ */ new WeakMap();
function connectionIndex(tenant) {
  let index = connectionIndexes.get(tenant);
  if (index) return index;
  index = /* @__PURE__ */ new Map();
  for (const c of tenant.connections) {
    for (const key of [c.value.name, c.value.id]) {
      if (typeof key !== "string" || key === "") continue;
      const list = index.get(key);
      if (list) list.push(c);
      else index.set(key, [c]);
    }
  }
  connectionIndexes.set(tenant, index);
  return index;
}
function findConnection(tenant, key, ask) {
  const found = connectionIndex(tenant).get(key);
  if (found?.length === 1) {
    const kind = isDatabase(found[0]) ? "database" : "connection";
    const state = kindState(tenant, kind);
    if (!state.known && state.cause === "excluded") return askedState(tenant, kind, ask);
    if (state.known && isExcludedName(state, key)) return { known: false, kind, cause: "excluded", reason: state.excluded.reason };
    return { known: true, connection: found[0] };
  }
  if (found && found.length > 1) return { known: false, kind: "connection", cause: "not-held", reason: `two connections are named ${JSON.stringify(key)}` };
  for (const kind of ["connection", "database"]) {
    const state = askedState(tenant, kind, ask);
    if (!state.known) return state;
    if (isExcludedName(state, key)) return { known: false, kind, cause: "excluded", reason: state.excluded.reason };
  }
  return { known: true, connection: void 0 };
}
function askedState(tenant, kind, ask) {
  if (!ask) return kindState(tenant, kind);
  const set = ask(kind);
  return set.known ? set.state : set;
}

// src/engine/finding.ts
function toPointer(path36) {
  if (path36.length === 0) return "";
  const parts = new Array(path36.length + 1);
  parts[0] = "";
  for (let i = 0; i < path36.length; i++) {
    const seg = path36[i];
    const s = typeof seg === "string" ? seg : String(seg);
    parts[i + 1] = s.includes("~") || s.includes("/") ? s.replace(/~/g, "~0").replace(/\//g, "~1") : s;
  }
  return parts.join("/");
}
var SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
function compareFindings(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
function chooseFix(f, mode) {
  if (mode === "unsafe") {
    if (f.fix?.safety === "unsafe") return f.fix;
    const alt = f.alternatives?.find((a) => a.safety === "unsafe");
    if (alt) return alt;
  }
  if (f.fix && (f.fix.safety === "safe" || mode === "unsafe")) return f.fix;
  return f.alternatives?.find((a) => a.safety === "safe" || mode === "unsafe");
}
function summarize(findings, files, clients, suppressed = 0) {
  const s = { files, clients, errors: 0, warnings: 0, infos: 0, fixable: 0, suppressed };
  for (const f of findings) {
    if (f.severity === "error") s.errors++;
    else if (f.severity === "warning") s.warnings++;
    else s.infos++;
    if (f.fix || f.alternatives?.length) s.fixable++;
  }
  return s;
}

// src/engine/run-rules.ts
var RANK = { error: 0, warning: 1, info: 2 };
var ruleStats = { contexts: 0 };
function scopeKind(rule) {
  const s = rule.meta.scope;
  return s === "client" || s === "clientGrant" || s === "organization" ? s : void 0;
}
function scopeList(tenant, rule) {
  switch (rule.meta.scope) {
    case "client":
      return tenant.clients;
    case "clientGrant":
      return tenant.clientGrants;
    case "organization":
      return tenant.organizations;
    case "connection":
      return tenant.connections;
    default:
      return tenant.settings.filter((r) => r.type === rule.meta.scope);
  }
}
var SkipLog = class {
  seen = /* @__PURE__ */ new Map();
  add(ruleId, unknown, tenant) {
    if (unknown.cause === "not-held") return;
    const key = `${ruleId}\0${unknown.reason}`;
    const seen = this.seen.get(key);
    if (!seen) this.seen.set(key, { ruleId, reason: unknown.reason, tenants: [tenant] });
    else if (!seen.tenants.includes(tenant)) seen.tenants.push(tenant);
  }
  /** sorted by rule id, then reason */
  list() {
    return [...this.seen.values()].sort((a, b) => a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0);
  }
};
function blockedInput(rule, tenant) {
  const own = scopeKind(rule);
  const blocked2 = own && blockedKind(tenant, own);
  if (blocked2) return blocked2;
  const needs = rule.meta.needs;
  if (!needs) return void 0;
  for (let i = 0; i < needs.length; i++) {
    const b = blockedKind(tenant, needs[i]);
    if (b) return b;
  }
  return void 0;
}
function blockedKind(tenant, kind) {
  const state = tenant.kinds[kind];
  return state && !state.known && (state.cause === "excluded" || state.cause === "scope") ? state : void 0;
}
var originsOf = /* @__PURE__ */ new WeakMap();
function holdsOrigin(list, origins) {
  let held = originsOf.get(list);
  if (!held) {
    const found = /* @__PURE__ */ new Set();
    for (let i = 0; i < list.length; i++) found.add(list[i].origin);
    originsOf.set(list, held = found);
  }
  for (let i = 0; i < origins.length; i++) if (held.has(origins[i])) return true;
  return false;
}
var keepAll = (_resource) => true;
function runRules(tenants, rules2, settings, keep = keepAll, skips = new SkipLog(), reportable = keepAll, shown3) {
  const findings = [];
  if (tenants.length === 0) return findings;
  const active = rules2.filter((r) => settings.enabledSomewhere(r.id));
  for (let t = 0; t < tenants.length; t++) {
    const tenant = tenants[t];
    const named = keep === keepAll ? NONE : namedSettings(tenant, keep);
    for (let i = 0; i < active.length; i++) {
      const rule = active[i];
      const wide = named.length ? causes(rule, named) : void 0;
      runRule(rule, tenant, settings, keep, skips, findings, wide, reportable);
    }
  }
  return shown3 ? findings.filter(shown3) : findings;
}
var NONE = [];
function namedSettings(tenant, keep) {
  const settings = tenant.settings;
  if (settings.length === 0) return NONE;
  const named = settings.filter((s) => TENANT_WIDE2[s.type] !== void 0 && keep(s));
  return named.length ? named : NONE;
}
var TENANT_WIDE2 = { prompts: "prompts settings", tenantSettings: "tenant settings" };
function causes(rule, named) {
  const { needs, reads } = rule.meta;
  if (!needs && !reads) return void 0;
  const read = named.filter((s) => needs?.includes(s.type) || reads?.includes(s.type));
  return read.length ? read : void 0;
}
function pointerTo(setting) {
  const doc = setting.doc;
  const at2 = spanToPosition(doc, doc.locate(setting.path, "value") ?? { start: 0, end: 0 });
  return { file: doc.file, line: at2.line, column: at2.column, endLine: at2.endLine, endColumn: at2.endColumn, message: `named in this run: the ${TENANT_WIDE2[setting.type]} this finding depends on; the finding's own file was not named` };
}
function widened(f, wide) {
  const pointers = wide.map(pointerTo);
  f.related = f.related ? [...f.related, ...pointers] : pointers;
  f.fix = null;
  delete f.alternatives;
}
function runRule(rule, tenant, settings, keep, skips, findings, wide, reportable) {
  const blocked2 = blockedInput(rule, tenant);
  if (blocked2) {
    if (settings.get(rule.id, tenant.id).severity !== "off") skips.add(rule.id, blocked2, tenant.id);
    return;
  }
  if (rule.meta.origins && rule.meta.scope !== "tenant" && !holdsOrigin(scopeList(tenant, rule), rule.meta.origins)) return;
  const uniform = settings.uniform(rule.id);
  const byDefault = rule.meta.severity;
  const own = scopeKind(rule);
  const tenantScope = rule.meta.scope === "tenant";
  const filter = !wide ? keep : reportable === keepAll ? keepAll : (r) => keep(r) || reportable(r);
  let current;
  let setting = uniform;
  let asked;
  const ctx = {
    options: {},
    tenant,
    resource: void 0,
    report(r) {
      const target = r.resource ?? current;
      if (!target) throw new Error(`rule ${rule.id}: a tenant-scope report must name its resource`);
      if (r.resource && filter !== keepAll && !filter(target)) return;
      const f = makeFinding(rule, target, r);
      if (wide && !keep(target)) widened(f, wide);
      const s = tenantScope || f.file !== file ? uniform ?? settings.get(rule.id, f.file) : setting;
      if (s.severity === "off") return;
      f.severity = effective(r.severity, s, byDefault);
      findings.push(f);
    },
    resources(kind) {
      if (!rule.meta.needs?.includes(kind) && !rule.meta.reads?.includes(kind) && kind !== own) {
        throw new Error(`rule ${rule.id}: reads ${kind} without declaring it in meta.needs or meta.reads`);
      }
      asked ??= /* @__PURE__ */ new Map();
      let set = asked.get(kind);
      if (!set) asked.set(kind, set = resources(tenant, kind));
      if (!set.known) skips.add(rule.id, set, tenant.id);
      return set;
    }
  };
  if (tenantScope) {
    ruleStats.contexts++;
    ctx.options = (uniform ?? settings.get(rule.id, tenant.id)).options;
    rule.check(ctx);
    return;
  }
  const list = scopeList(tenant, rule);
  const perFile = uniform === void 0;
  const filtered = filter !== keepAll;
  let file;
  for (let i = 0; i < list.length; i++) {
    const resource = list[i];
    if (filtered && !filter(resource)) continue;
    if (perFile && resource.doc.file !== file) {
      file = resource.doc.file;
      setting = settings.get(rule.id, file);
    }
    if (setting.severity === "off" && (!perFile || !resource.doc.documentOf)) continue;
    ruleStats.contexts++;
    current = resource;
    ctx.resource = resource;
    ctx.options = setting.options;
    rule.check(ctx);
  }
}
function effective(reported, setting, byDefault) {
  const configured = setting.severity === "off" ? byDefault : setting.severity;
  if (!reported) return configured;
  if (!setting.configured) return reported;
  if (RANK[reported] > RANK[byDefault]) return RANK[reported] > RANK[configured] ? reported : configured;
  return configured;
}
function makeFinding(rule, resource, r) {
  const template3 = rule.messages[r.messageId];
  if (template3 === void 0) throw new Error(`rule ${rule.id}: unknown messageId "${r.messageId}"`);
  const docPath = r.at?.length ? resource.path.concat(r.at) : resource.path.slice();
  const doc = resource.doc.documentOf?.(docPath) ?? resource.doc;
  const span = doc.locate(docPath, r.target ?? "value") ?? { start: 0, end: 0 };
  const at2 = spanToPosition(doc, span);
  const finding = {
    ruleId: rule.id,
    severity: r.severity ?? rule.meta.severity,
    message: formatMessage(template3, r.data),
    file: doc.file,
    line: at2.line,
    column: at2.column,
    endLine: at2.endLine,
    endColumn: at2.endColumn,
    path: toPointer(docPath),
    resource: { type: resource.type, name: resource.name },
    // a capture or a plan is never edited: its findings offer no fix
    fix: doc.readOnly ? null : r.fix ?? null,
    messageId: r.messageId,
    doc,
    span,
    source: resource,
    docPath
  };
  if (r.alternatives?.length && !doc.readOnly) finding.alternatives = [...r.alternatives];
  const origin2 = doc.valueOrigin?.(docPath);
  if (origin2) {
    const where2 = `${path17.relative(path17.dirname(doc.file), origin2.file) || path17.basename(origin2.file)}:${origin2.position.line}:${origin2.position.column}`;
    finding.message += ` (the value of ${origin2.name}, set at ${where2})`;
    finding.related = [{ file: origin2.file, ...origin2.position, message: `${origin2.name} is set here` }];
  }
  const replaced = doc !== resource.doc ? resource.doc.replacedAt?.(docPath) : void 0;
  if (replaced) (finding.related ??= []).push(replaced);
  const elsewhere = resource.doc.readElsewhere?.(resource, docPath, doc.file);
  if (elsewhere) (finding.related ??= []).push(...elsewhere);
  if (doc.valueOrigin && (finding.fix || finding.alternatives)) {
    const fromVariable = (fix) => fix.ops.some((op) => op.op === "set" && doc.valueOrigin([...resource.path, ...op.path]));
    const blocked2 = [finding.fix, ...finding.alternatives ?? []].find((x) => !!x && fromVariable(x));
    if (blocked2) {
      const name = doc.valueOrigin([...resource.path, ...blocked2.ops.find((op) => op.op === "set" && doc.valueOrigin([...resource.path, ...op.path])).path]).name;
      if (finding.fix && fromVariable(finding.fix)) finding.fix = null;
      if (finding.alternatives) finding.alternatives = finding.alternatives.filter((x) => !fromVariable(x));
      if (finding.alternatives?.length === 0) delete finding.alternatives;
      finding.message += `; --fix leaves it: the value comes from ${name}, change it where ${name.startsWith("local.") ? "the local is" : "the variable is"} set`;
    }
  }
  if (doc.fixLeft && finding.fix) {
    const why = finding.fix.ops.map((op) => doc.fixLeft([...resource.path, ...op.path], op.op)).find((x) => x !== void 0);
    if (why) {
      finding.fix = null;
      finding.message += `; --fix leaves it: ${why}`;
    }
  }
  if (finding.alternatives && doc.fixLeft) {
    finding.alternatives = finding.alternatives.filter((x) => !x.ops.some((op) => doc.fixLeft([...resource.path, ...op.path], op.op)));
    if (finding.alternatives.length === 0) delete finding.alternatives;
  }
  if (r.predictedResponse) finding.predictedResponse = r.predictedResponse;
  return finding;
}

// src/sources/terraform/read-origins.ts
var logs = /* @__PURE__ */ new WeakMap();
function trackReads(resource, originOf) {
  if (logs.has(resource)) return;
  const log = { check: -1, keys: /* @__PURE__ */ new Set(), originOf };
  logs.set(resource, log);
  const value = resource.value;
  for (const k of Object.keys(value)) {
    let v = value[k];
    Object.defineProperty(value, k, {
      get() {
        if (log.check !== ruleStats.contexts) {
          log.check = ruleStats.contexts;
          log.keys.clear();
        }
        log.keys.add(k);
        return v;
      },
      set(x) {
        v = x;
      },
      enumerable: true,
      configurable: true
    });
  }
  resource.doc.readElsewhere ??= readElsewhere;
}
function readElsewhere(resource, docPath, shown3) {
  const log = logs.get(resource);
  if (!log || log.check !== ruleStats.contexts) return void 0;
  const own = docPath[resource.path.length];
  const out = [];
  for (const k of log.keys) {
    if (k === own) continue;
    const origin2 = log.originOf(k);
    if (!origin2 || origin2.file === shown3) continue;
    const place = origin2.place();
    if (place) out.push({ ...place, message: `${k}, which this finding depends on, ${origin2.what}` });
  }
  return out.length ? out : void 0;
}
function originIn(doc, at2) {
  const v = doc.valueOrigin?.(at2);
  if (v) return { file: v.file, place: () => ({ file: v.file, ...v.position }), what: `is ${v.name}, set here` };
  return {
    file: doc.file,
    place: () => {
      const span = doc.locate(at2, "value");
      return span ? { file: doc.file, ...spanToPosition(doc, span) } : void 0;
    },
    what: "is set here"
  };
}

// src/sources/terraform/overrides.ts
var base = (file) => path18.basename(file);
var oneBlock2 = (v) => Array.isArray(v) && v.length === 1 && typeof v[0] === "object" && v[0] !== null && !Array.isArray(v[0]);
var ModuleOverrides = class {
  /** `address|key` → the override blocks that set it, in the order applied (the last one's value is the value) */
  setters = /* @__PURE__ */ new Map();
  /** per resource overridden: its primary declaration and the names that declaration sets */
  primary = /* @__PURE__ */ new Map();
  /** `file|address` of the resources an override file holds more than one block of (the fixer edits the first) */
  repeated = /* @__PURE__ */ new Set();
  /** Merge the blocks (read) into the resources of the other files (changed in place). */
  constructor(blocks, resources2) {
    const byAddress = new Map(resources2.map((t) => [t.address, t]));
    const sorted = [...blocks].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset);
    const seen = /* @__PURE__ */ new Set();
    for (const o of sorted) {
      const key = `${o.file}|${o.address}`;
      if (seen.has(key)) this.repeated.add(key);
      seen.add(key);
    }
    for (const o of sorted) {
      const tf = byAddress.get(o.address);
      if (!tf) continue;
      const computed = (k) => tf.values[k] === KNOWN_AFTER_APPLY && (COMPUTED[tf.type] ?? []).includes(k);
      if (!this.primary.has(o.address)) this.primary.set(o.address, { tf, keys: new Set(Object.keys(tf.values).filter((k) => !computed(k))) });
      for (const k of o.values ? Object.keys(o.values) : o.keys) {
        define(tf.values, k, o.values ? o.values[k] : UNKNOWN);
        const key = `${o.address}|${k}`;
        const list = this.setters.get(key);
        if (list) list.push(o);
        else this.setters.set(key, [o]);
      }
    }
    for (const { tf } of this.primary.values()) {
      const own = tf.ref.bind(tf);
      tf.ref = (p, targetType) => {
        const last = this.setters.get(`${tf.address}|${String(p[0])}`)?.at(-1);
        if (!last) return own(p, targetType);
        const found = [...last.rec?.refs.get(JSON.stringify([...tf.at, ...p])) ?? []].filter((k) => k.startsWith(`|${targetType}.`));
        return found.length === 1 ? found[0] : void 0;
      };
    }
  }
  /** the override blocks that set the top-level name of a source path (`['resource', type, name, key, ...]`) */
  settersOf(p) {
    return p[0] === "resource" && p.length >= 4 ? this.setters.get(`${String(p[1])}.${String(p[2])}|${String(p[3])}`) : void 0;
  }
  /**
   * Give the documents their override answers, once the resources are mapped (the path redirects are made then):
   * each override file's document gets the redirects of the resources it overrides, each overridden resource's
   * document points the paths overrides set at them.
   */
  attach(mapped) {
    this.trackReads(mapped);
    const primaryDocs = /* @__PURE__ */ new Set();
    const overrideDocs = /* @__PURE__ */ new Set();
    for (const list of this.setters.values()) {
      for (const o of list) {
        const { tf } = this.primary.get(o.address);
        primaryDocs.add(tf.doc);
        if (!o.doc || overrideDocs.has(o.doc)) continue;
        overrideDocs.add(o.doc);
      }
    }
    for (const d of overrideDocs) for (const p of primaryDocs) redirects(d).copyFrom(redirects(p));
    for (const doc of primaryDocs) this.attachPrimary(doc);
    for (const doc of overrideDocs) this.attachOverride(doc);
    return [...overrideDocs];
  }
  /**
   * The values of each overridden resource are read through accessors (read-origins.ts): a finding lists the place
   * of every value its rule read that is set in another file than the one it is shown in (the override file's, or
   * the overridden file's for a finding shown in the override file).
   */
  trackReads(mapped) {
    for (const r of mapped) {
      const address = r.meta?.terraform?.address;
      const primary = address ? this.primary.get(address) : void 0;
      if (!primary) continue;
      trackReads(r, (k) => {
        const at2 = [...r.path, k];
        const setter = this.setters.get(`${address}|${String(redirects(primary.tf.doc).resolve(at2)[3] ?? k)}`)?.at(-1);
        if (setter) return setter.doc ? originIn(setter.doc, at2) : void 0;
        return originIn(primary.tf.doc, at2);
      });
    }
  }
  attachPrimary(doc) {
    const resolve = (p) => this.settersOf(redirects(doc).resolve(p));
    doc.documentOf = (p) => resolve(p)?.at(-1)?.doc;
    doc.replacedAt = (p) => {
      const r = redirects(doc).resolve(p);
      const last = this.settersOf(r)?.at(-1);
      const primary = this.primary.get(`${String(r[1])}.${String(r[2])}`);
      const attr = String(r[3]);
      if (!last?.doc || !primary?.keys.has(attr)) return void 0;
      const span = doc.locate(r.slice(0, 4), "value");
      if (!span) return void 0;
      return { file: doc.file, ...spanToPosition(doc, span), message: `${primary.tf.address} sets ${attr} here too; ${base(last.file)} replaces it` };
    };
    const origin2 = doc.valueOrigin?.bind(doc);
    if (origin2) doc.valueOrigin = (p) => resolve(p) ? void 0 : origin2(p);
    const left = doc.fixLeft?.bind(doc);
    doc.fixLeft = (p, op) => {
      const list = resolve(p);
      if (!list) return left?.(p, op);
      const r = redirects(doc).resolve(p);
      return `${String(r[3])} is set again in ${base(list[list.length - 1].file)}, which Terraform merges over this file: change it there`;
    };
  }
  attachOverride(doc) {
    const left = doc.fixLeft?.bind(doc);
    doc.fixLeft = (p, op) => {
      const r = redirects(doc).resolve(p);
      if (r[0] !== "resource" || r.length < 4) return left?.(p, op);
      const attr = String(r[3]);
      const address = `${String(r[1])}.${String(r[2])}`;
      if (this.repeated.has(`${doc.file}|${address}`)) return `${base(doc.file)} holds more than one block of ${address}: change it by hand`;
      const list = this.settersOf(r) ?? [];
      const last = list[list.length - 1];
      const primary = this.primary.get(address);
      const elsewhere = last ? last.doc === doc ? void 0 : last.file : primary?.keys.has(attr) ? primary.tf.doc.file : void 0;
      if (elsewhere) return `the fix also changes ${attr}, which ${base(elsewhere)} sets: change the two files by hand`;
      const whole = r.length === 4 || r.length === 5 && typeof r[4] === "number" && oneBlock2(primary?.tf.values[attr]);
      if (last && op !== "set" && whole) {
        const before = list.length > 1 ? list[list.length - 2].file : primary?.keys.has(attr) ? primary.tf.doc.file : void 0;
        if (before) return `removing ${attr} from ${base(doc.file)} would bring back the value ${base(before)} sets`;
      }
      return left?.(p, op);
    };
  }
};

// src/sources/terraform/tfjson-eval.ts
var nodeSpan = (n) => ({ start: n.offset, end: n.offset + n.length });
function properties(n, comments) {
  const out = [];
  if (n.type !== "object") return [];
  for (const p of n.children ?? []) {
    const [k, v] = p.children ?? [];
    if (!k || !v) continue;
    const key = String(k.value);
    if (comments && key === "//") continue;
    out.push({ key, keyNode: k, value: v, index: out.length });
  }
  return out;
}
function plainValue(n, depth2 = 0) {
  if (depth2 > MAX_DEPTH3) return UNKNOWN;
  if (n.type === "object") {
    const out = {};
    for (const p of properties(n, false)) define(out, p.key, plainValue(p.value, depth2 + 1));
    return out;
  }
  if (n.type === "array") return (n.children ?? []).map((c) => plainValue(c, depth2 + 1));
  return n.value;
}
function isTemplate(s) {
  const t = s.replace(/\$\$\{|%%\{/g, "");
  return t.includes("${") || t.includes("%{");
}
function escapeTemplates(v) {
  const esc = (s) => s.replace(/\$\{/g, "$$$${").replace(/%\{/g, "%%{");
  if (typeof v === "string") return esc(v);
  if (Array.isArray(v)) return v.map(escapeTemplates);
  if (v !== null && typeof v === "object") {
    const out = {};
    for (const [k, x] of Object.entries(v)) define(out, esc(k), escapeTemplates(x));
    return out;
  }
  return v;
}
function templateParts2(s) {
  const parts = [];
  let lit = "";
  let i = 0;
  while (i < s.length) {
    if (s.startsWith("$${", i) || s.startsWith("%%{", i)) {
      lit += s.slice(i + 1, i + 3);
      i += 3;
    } else if (s.startsWith("%{", i)) {
      return void 0;
    } else if (s.startsWith("${", i)) {
      const end = exprEnd(s, i + 2);
      if (end === -1) return void 0;
      if (lit) parts.push({ literal: lit });
      lit = "";
      parts.push({ expr: s.slice(i + 2, end) });
      i = end + 1;
    } else lit += s[i++];
  }
  if (lit || parts.length === 0) parts.push({ literal: lit });
  return parts;
}
function exprEnd(s, i) {
  let depth2 = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '"') {
      i = stringEnd3(s, i + 1);
      if (i === -1) return -1;
      continue;
    }
    if (c === "{") depth2++;
    else if (c === "}") {
      if (depth2 === 0) return i;
      depth2--;
    }
    i++;
  }
  return -1;
}
function stringEnd3(s, i) {
  while (i < s.length) {
    const c = s[i];
    if (c === "\\") i += 2;
    else if (c === '"') return i + 1;
    else if (s.startsWith("$${", i)) i += 3;
    else if (s.startsWith("${", i)) {
      const end = exprEnd(s, i + 2);
      if (end === -1) return -1;
      i = end + 1;
    } else i++;
  }
  return -1;
}
function interpolation(expr, path36, ctx) {
  if (/^\s*~|~\s*$/.test(expr)) return UNKNOWN;
  const tree = ctx.parser.parse(`x = ${expr}
`);
  if (!tree) return UNKNOWN;
  try {
    if (tree.rootNode.hasError) return UNKNOWN;
    const attrs = tree.rootNode.namedChildren.find((c) => c?.type === "body")?.namedChildren.filter((c) => c?.type === "attribute") ?? [];
    const node = attrs.length === 1 ? attrs[0]?.namedChildren.find((c) => c?.type === "expression") : void 0;
    if (!node) return UNKNOWN;
    const rec = new Recorder();
    const v = evalExpr(node, path36, { scope: ctx.scope, rec, attr: path36 });
    for (const [k, o] of rec.origins) ctx.rec.origins.set(k, o);
    for (const [k, set] of rec.refs) {
      const mine = ctx.rec.refs.get(k) ?? /* @__PURE__ */ new Set();
      for (const x of set) mine.add(x);
      ctx.rec.refs.set(k, mine);
    }
    return v;
  } catch (err) {
    if (err instanceof TooDeepError) return UNKNOWN;
    throw err;
  } finally {
    tree.delete();
  }
}
function template2(s, path36, ctx) {
  const parts = templateParts2(s);
  if (!parts) return UNKNOWN;
  if (parts.length === 1 && "expr" in parts[0]) return interpolation(parts[0].expr, path36, ctx);
  let out = "";
  for (const p of parts) {
    if ("literal" in p) {
      out += p.literal;
      continue;
    }
    const v = interpolation(p.expr, path36, ctx);
    if (typeof v === "string" && !v.includes("##")) out += v;
    else if (typeof v === "number" || typeof v === "boolean") out += String(v);
    else return UNKNOWN;
  }
  return out;
}
function evalJsonExpr(n, path36, jsonPath, ctx, depth2) {
  if (depth2 > MAX_DEPTH3) throw new TooDeepError(nodeSpan(n));
  const key = JSON.stringify(path36);
  ctx.jsonPaths.set(key, jsonPath);
  switch (n.type) {
    case "string":
      if (!isTemplate(String(n.value))) ctx.literals.add(key);
      return template2(String(n.value), path36, ctx);
    case "number":
    case "boolean":
    case "null":
      ctx.literals.add(key);
      return n.value;
    case "array":
      return (n.children ?? []).map((item, i) => {
        const at2 = [...path36, i];
        ctx.rec.span(at2, nodeSpan(item));
        return evalJsonExpr(item, at2, [...jsonPath, i], ctx, depth2 + 1);
      });
    case "object": {
      const out = {};
      for (const p of properties(n, false)) {
        if (isTemplate(p.key)) return UNKNOWN;
        const k = p.key.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
        const at2 = [...path36, k];
        ctx.rec.span(at2, nodeSpan(p.value), nodeSpan(p.keyNode));
        define(out, k, evalJsonExpr(p.value, at2, [...jsonPath, p.key], ctx, depth2 + 1));
      }
      return out;
    }
    default:
      return UNKNOWN;
  }
}

// src/sources/terraform/tfjson-read.ts
var REPEATED = {
  auth0_organization_connections: ["enabled_connections"],
  auth0_organization_discovery_domains: ["discovery_domains"],
  auth0_connection: ["options"]
};
var ALL_BLOCKS = /* @__PURE__ */ new Set(["addons"]);
var META_ARGUMENTS2 = /* @__PURE__ */ new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection"]);
var infos = /* @__PURE__ */ new WeakMap();
function tfJsonInfo(doc) {
  return infos.get(doc);
}
function tooDeep(root) {
  const stack = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop();
    if (d > MAX_DEPTH3 * 2) return n;
    for (const c of n.children ?? []) stack.push([c, d + 1]);
  }
  return void 0;
}
function labelled(n, labels, jsonPath, prefix, out) {
  if (n.type === "array") {
    (n.children ?? []).forEach((item, i) => labelled(item, labels, [...jsonPath, i], prefix, out));
    return;
  }
  if (n.type !== "object") return;
  if (labels === 0) {
    out.push({ labels: prefix, body: n, jsonPath });
    return;
  }
  for (const p of properties(n, true)) labelled(p.value, labels - 1, [...jsonPath, p.key], [...prefix, p.keyNode], out);
}
function strictJson(f) {
  tfJsonStats.strictParses++;
  return loadJsonFull(f.file, f.text, f.bom, void 0, { parseText: f.text, offsets: new OffsetMap(), placeholders: [] });
}
var tfJsonStats = { strictParses: 0 };
function readTfJson(f) {
  const out = { f, problems: [], directives: [], value: null, variables: [], locals: [], resources: [], bases: [], banned: [] };
  const plain = strictJson(f);
  if (plain.problems.length) {
    out.problems = plain.problems;
    return out;
  }
  const root = parseTree2(f.text, [], { disallowComments: true });
  if (!root) return out;
  const deep = tooDeep(root);
  if (deep) {
    out.problems.push({ message: "invalid JSON: nesting is too deep to read", span: { start: deep.offset, end: deep.offset + 1 } });
    return out;
  }
  if (root.type !== "object") {
    out.problems.push({ message: "invalid Terraform JSON: the file must hold one object (of resource, variable, locals, ... blocks)", span: { start: root.offset, end: root.offset + 1 } });
    return out;
  }
  out.value = plain.value;
  out.directives = rootDirectives(root, f.text);
  for (const top of properties(root, true)) {
    const at2 = [top.key];
    if (top.key === "variable") {
      const found = [];
      labelled(top.value, 1, at2, [], found);
      for (const b of found) {
        const attrs = properties(b.body, true);
        const def = attrs.find((a) => a.key === "default");
        const sensitive2 = attrs.some((a) => a.key === "sensitive" && a.value.value === true);
        out.variables.push({ name: String(b.labels[0].value), value: def ? plainValue(def.value) : UNKNOWN, span: def ? nodeSpan(def.value) : void 0, nameSpan: nodeSpan(b.labels[0]), sensitive: sensitive2 });
      }
    } else if (top.key === "locals") {
      const found = [];
      labelled(top.value, 0, at2, [], found);
      for (const b of found) for (const p of properties(b.body, true)) out.locals.push({ name: p.key, node: p.value, nameSpan: nodeSpan(p.keyNode), jsonPath: [...b.jsonPath, p.key] });
    } else if (top.key === "resource") {
      const found = [];
      labelled(top.value, 2, at2, [], found);
      for (const b of found) {
        const instanced = properties(b.body, true).some((a) => a.key === "count" || a.key === "for_each");
        out.resources.push({ type: String(b.labels[0].value), name: String(b.labels[1].value), body: b.body, nameKey: b.labels[1], jsonPath: b.jsonPath, instanced });
      }
    } else if (top.key === "data" || top.key === "module" || top.key === "output" || top.key === "provider") {
      const found = [];
      labelled(top.value, top.key === "data" ? 2 : 1, at2, [], found);
      for (const b of found) out.bases.push(...jsonBase(top.key, b.labels, b.body));
    } else if (top.key === "check") {
      const checks = [];
      labelled(top.value, 1, at2, [], checks);
      for (const c of checks) {
        for (const p of properties(c.body, true)) {
          if (p.key !== "data") continue;
          const found = [];
          labelled(p.value, 2, [...c.jsonPath, "data"], [], found);
          for (const b of found) for (const d of jsonBase("data", b.labels, b.body)) out.bases.push({ ...d, inCheck: true });
        }
      }
    } else if (top.key === "moved" || top.key === "import") out.banned.push({ kind: top.key, span: nodeSpan(top.keyNode) });
  }
  return out;
}
function jsonBase(key, labels, body) {
  const last = labels[labels.length - 1];
  const name = labels.map((l) => String(l.value)).join(".");
  if (key === "data") return [{ kind: "data resource", name, span: nodeSpan(last) }];
  if (key !== "provider") return [{ kind: key === "module" ? "module call" : "output", name, span: nodeSpan(last) }];
  const alias = properties(body, true).find((p) => p.key === "alias");
  if (!alias) return [];
  const value = alias.value.value;
  return [{ kind: "aliased provider configuration", name: isAlias(value) ? `${name}.${value}` : void 0, provider: name, span: nodeSpan(last) }];
}
var FILE_DIRECTIVE = /^\s*orglint-disable-file\b(.*)$/s;
function rootDirectives(root, text) {
  const out = [];
  for (const p of properties(root, false)) {
    if (p.key !== "//") continue;
    const strings2 = p.value.type === "string" ? [p.value] : p.value.type === "array" ? (p.value.children ?? []).filter((c) => c.type === "string") : [];
    for (const n of strings2) {
      const m = FILE_DIRECTIVE.exec(String(n.value));
      if (!m) continue;
      const [idsPart, ...reason] = m[1].split(/\s--\s?|^--\s?/);
      out.push({
        kind: "disable-file",
        ruleIds: idsPart.split(/[\s,]+/).map((x) => x.trim()).filter(Boolean),
        reason: reason.length ? reason.join(" -- ").trim() : void 0,
        line: text.slice(0, n.offset).split("\n").length,
        span: nodeSpan(n)
      });
    }
  }
  return out;
}
function readBody2(body, type, path36, jsonPath, ctx, level, depth2) {
  if (depth2 > MAX_DEPTH3) throw new TooDeepError(nodeSpan(body));
  const out = {};
  const blockKeys = level === "resource" ? [...BLOCKS[type] ?? [], ...REPEATED[type] ?? []] : [];
  for (const p of properties(body, true)) {
    const k = p.key;
    if (level === "resource" && META_ARGUMENTS2.has(k) || Object.prototype.hasOwnProperty.call(out, k)) continue;
    const at2 = [...path36, k];
    const key = JSON.stringify(at2);
    if (k === "dynamic") {
      for (const d of properties(p.value, true)) {
        if (Object.prototype.hasOwnProperty.call(out, d.key)) continue;
        define(out, d.key, UNKNOWN);
        ctx.rec.span([...path36, d.key], nodeSpan(d.value), nodeSpan(d.keyNode));
      }
      continue;
    }
    ctx.rec.span(at2, nodeSpan(p.value), nodeSpan(p.keyNode));
    ctx.jsonPaths.set(key, [...jsonPath, k]);
    if (level === "all-blocks" || blockKeys.includes(k)) {
      const items = p.value.type === "object" ? [{ n: p.value, jp: [...jsonPath, k] }] : p.value.type === "array" ? (p.value.children ?? []).map((n, i) => ({ n, jp: [...jsonPath, k, i] })) : [];
      if (p.value.type !== "object" && (p.value.type !== "array" || items.some((x) => x.n.type !== "object"))) {
        define(out, k, UNKNOWN);
        continue;
      }
      const list = items.map((item, i) => {
        const itemAt = [...at2, i];
        ctx.rec.span(itemAt, nodeSpan(item.n), nodeSpan(p.keyNode));
        ctx.jsonPaths.set(JSON.stringify(itemAt), item.jp);
        return readBody2(item.n, type, itemAt, item.jp, ctx, level === "resource" && ALL_BLOCKS.has(k) ? "all-blocks" : "block", depth2 + 1);
      });
      define(out, k, list);
      continue;
    }
    define(out, k, evalJsonExpr(p.value, at2, [...jsonPath, k], ctx, depth2 + 1));
  }
  return out;
}
function tfJsonResources(j, doc, root, rec, scope, parser2, current, onOverride, overriding) {
  const ctx = { scope, rec, parser: parser2, jsonPaths: /* @__PURE__ */ new Map(), literals: /* @__PURE__ */ new Set() };
  infos.set(doc, { value: j.value, jsonPaths: ctx.jsonPaths, literals: ctx.literals });
  doc.fixLeft = (p, op) => {
    if (op !== "set") return void 0;
    const key = JSON.stringify(redirects(doc).resolve(p));
    return ctx.jsonPaths.has(key) && !ctx.literals.has(key) ? "the value is a ${...} template, change it in the file" : void 0;
  };
  const out = [];
  for (const r of j.resources) {
    const over = isReadType(r.type) && overriding(r);
    if (!isReadType(r.type) || !over && !current(r)) continue;
    const at2 = ["resource", r.type, r.name];
    const values = readBody2(r.body, r.type, at2, r.jsonPath, ctx, "resource", 0);
    if (!over) {
      for (const key of COMPUTED[r.type] ?? []) if (!(key in values)) define(values, key, KNOWN_AFTER_APPLY);
    }
    const byType = root.resource ??= {};
    const ofType = Object.prototype.hasOwnProperty.call(byType, r.type) ? byType[r.type] : byType[r.type] = {};
    define(ofType, r.name, values);
    rec.span(at2, nodeSpan(r.nameKey), nodeSpan(r.nameKey));
    ctx.jsonPaths.set(JSON.stringify(at2), r.jsonPath);
    if (over) {
      onOverride(r, values);
      continue;
    }
    out.push({
      type: r.type,
      address: `${r.type}.${r.name}`,
      configKey: `|${r.type}.${r.name}`,
      values,
      doc,
      at: at2,
      meta: r.instanced ? { instances: "unknown" } : {},
      ref(p, targetType) {
        const found = [...rec.refs.get(JSON.stringify([...at2, ...p])) ?? []].filter((k) => k.startsWith(`|${targetType}.`));
        return found.length === 1 ? found[0] : void 0;
      }
    });
  }
  return out;
}
function jsonBodyKeys(body) {
  return properties(body, true).flatMap((p) => p.key === "dynamic" ? properties(p.value, true).map((d) => d.key) : [p.key]);
}
function tfJsonLocal(node, jsonPath, scope, rec, parser2) {
  return evalJsonExpr(node, ["local"], jsonPath, { scope, rec, parser: parser2, jsonPaths: /* @__PURE__ */ new Map(), literals: /* @__PURE__ */ new Set() }, 0);
}

// src/sources/terraform/hcl-module.ts
var META = /* @__PURE__ */ new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection"]);
function bodyKeys(body) {
  const out = [];
  for (const c of body?.namedChildren ?? []) {
    const k = c?.namedChildren[0];
    if (c?.type === "attribute" && k) out.push(k.text);
    else if (c?.type === "block" && k) {
      const label2 = k.text === "dynamic" && c.namedChildren[1] ? labelText(c.namedChildren[1]) : k.text;
      if (label2 !== void 0) out.push(label2);
    }
  }
  return out;
}
var UNREADABLE = "\0unreadable";
var moduleOf = /* @__PURE__ */ new WeakMap();
var cache = /* @__PURE__ */ new Map();
async function loadModule(folder, opts) {
  const { texts, notRead } = await readFolder(folder, opts);
  const signature = JSON.stringify([texts.map((t) => [t.file, t.role, t.text, t.unreadable?.message, t.link]), notRead]);
  const hit = cache.get(folder);
  if (hit?.signature === signature) return hit.module;
  const readable = texts.filter((t) => !t.unreadable || t.role === "vars");
  const unreadable = texts.flatMap((t) => t.unreadable ? [{ file: t.file, ...t.unreadable, link: !!t.link, config: t.role !== "vars" }] : []);
  const module = hclParser().then((parser2) => {
    const m = buildModule(parser2, readable.filter((t) => t.role === "tf"), readable, readable.filter((t) => t.role === "tf.json"), unreadable.some((u) => u.config));
    m.unreadable = unreadable.filter((u) => m.holdsAuth0 || !u.link).map(({ link: _, config: __, ...u }) => u);
    m.notRead = notRead;
    return m;
  });
  cache.set(folder, { signature, module });
  return module;
}
async function readFolder(folder, opts) {
  let names2 = [];
  const links = /* @__PURE__ */ new Set();
  try {
    for (const e of readdirSync(folder, { withFileTypes: true })) {
      if (e.isFile()) names2.push(e.name);
      else if (e.isSymbolicLink() && MODULE_FILE.test(e.name)) {
        names2.push(e.name);
        links.add(e.name);
      } else if (!e.isDirectory() && isModuleFileName(e.name)) names2.push(e.name);
    }
  } catch {
    names2 = [];
  }
  for (const f of opts.overlay?.keys() ?? []) if (path19.dirname(f) === folder && !names2.includes(path19.basename(f))) names2.push(path19.basename(f));
  names2.sort();
  const tf = names2.filter(isModuleConfigName);
  const notRead = names2.flatMap((n) => {
    const why = notReadByTerraform(n);
    return why ? [{ file: path19.join(folder, n), why }] : [];
  });
  const vars = [
    ...fixedVarsNames(folder, names2),
    ...names2.filter((n) => /\.auto\.tfvars(\.json)?$/.test(n))
  ].map((n) => path19.join(folder, n));
  const out = [];
  const files = [
    ...tf.map((n) => ({ file: path19.join(folder, n), role: n.endsWith(".tf") ? "tf" : "tf.json" })),
    ...[...vars, ...opts.varFiles ?? []].map((file) => ({ file, role: "vars" }))
  ];
  const varFiles2 = new Set(opts.varFiles ?? []);
  for (const { file, role } of files) {
    const shadow = opts.overlay?.get(file);
    const linked = path19.dirname(file) === folder && links.has(path19.basename(file));
    if (shadow) {
      out.push({ file, role, ...shadow, link: linked ? linkTarget(file) ?? file : void 0 });
      continue;
    }
    const read = linked ? readModuleLink(file, opts.maxFileSize) : varFiles2.has(file) ? readNamedFile2(file, opts.maxFileSize) : await readTextFile(file, opts.maxFileSize);
    if (read.ok) out.push({ file, role, text: read.text, bom: read.bom, link: read.target });
    else out.push({ file, role, text: UNREADABLE, bom: false, unreadable: { rule: read.rule, message: read.message }, link: linked ? file : void 0 });
  }
  return { texts: out, notRead };
}
function declaredAgain(kind, name, first, at2) {
  const pos = spanToPosition(first.file, first.span);
  const where2 = `${first.file.file === at2.file ? "" : `${path19.basename(first.file.file)}:`}${pos.line}:${pos.column}`;
  return `invalid Terraform: the ${kind} "${name}" is declared again here (first at ${where2}); Terraform refuses a module that declares a ${kind} twice`;
}
function origin(name, f, span) {
  return { name, file: f.file, span, position: spanToPosition(f, span) };
}
function topBlocks(tree) {
  return blocksOf(tree.rootNode.namedChildren.find((c) => c?.type === "body") ?? null);
}
function blocksOf(body) {
  if (!body) return [];
  const out = [];
  for (const b of body.namedChildren) {
    if (b?.type !== "block") continue;
    const kids = b.namedChildren.filter((c) => !!c);
    const labels = kids.slice(1).filter((c) => c.type === "string_lit" || c.type === "identifier").map(labelText);
    out.push({ kind: kids[0]?.text ?? "", labels, node: b, body: kids.find((c) => c.type === "body") ?? null });
  }
  return out;
}
function attributes(body) {
  const out = [];
  for (const a of body?.namedChildren ?? []) {
    if (a?.type !== "attribute") continue;
    const id = a.namedChildren[0];
    const expr = a.namedChildren.find((c) => c?.type === "expression");
    if (id && expr) out.push({ name: id.text, id, expr });
  }
  return out;
}
var LITERAL_SCOPE = { variable: () => void 0, local: () => void 0, resource: () => void 0 };
function literal(expr) {
  try {
    return evalExpr(expr, [], { scope: LITERAL_SCOPE, rec: new Recorder(), attr: [] });
  } catch (err) {
    if (err instanceof TooDeepError) return UNKNOWN;
    throw err;
  }
}
function hclBases(blocks) {
  const bases = [];
  const banned = [];
  for (const b of blocks) {
    const [first, second] = b.labels;
    const label2 = (i) => spanOf(b.node.namedChildren[i] ?? b.node);
    if (b.kind === "data" && first && second && b.labels.length === 2) bases.push({ kind: "data resource", name: `${first}.${second}`, span: label2(2) });
    else if (b.kind === "check" && b.labels.length === 1) {
      for (const d of blocksOf(b.body)) {
        const [type, name] = d.labels;
        if (d.kind === "data" && type && name && d.labels.length === 2) bases.push({ kind: "data resource", name: `${type}.${name}`, span: spanOf(d.node.namedChildren[2] ?? d.node), inCheck: true });
      }
    } else if ((b.kind === "module" || b.kind === "output") && first && b.labels.length === 1) bases.push({ kind: b.kind === "module" ? "module call" : "output", name: first, span: label2(1) });
    else if (b.kind === "provider" && first && b.labels.length === 1) {
      const alias = attributes(b.body).find((a) => a.name === "alias");
      if (!alias) continue;
      const value = literal(alias.expr);
      bases.push({ kind: "aliased provider configuration", name: isAlias(value) ? `${first}.${value}` : void 0, provider: first, span: label2(1) });
    } else if ((b.kind === "moved" || b.kind === "import") && b.labels.length === 0) banned.push({ kind: b.kind, span: spanOf(b.node.namedChildren[0] ?? b.node) });
  }
  return { bases, banned };
}
function buildModule(parser2, tfFiles, all, jsonFiles, configUnreadable) {
  const trees = [];
  try {
    let readResources2 = function(f, blocks, doc, root, rec) {
      for (const b of blocks) {
        const [type, name] = b.labels;
        if (b.kind !== "resource" || !type || !name || !isReadType(type)) continue;
        const overriding = overrides.get(`${f.file}|${String(b.node.id)}`);
        if (!overriding && resources2.get(`${type}.${name}`)?.id !== b.node.id) continue;
        const at2 = ["resource", type, name];
        const values = evalBody(b.body, at2, scope, rec, at2, true);
        if (!overriding) {
          for (const key of COMPUTED[type] ?? []) if (!(key in values)) define(values, key, KNOWN_AFTER_APPLY);
        }
        const byType = isPlain(root.resource) ? root.resource : root.resource = {};
        const ofType = isPlain(byType[type]) ? byType[type] : byType[type] = {};
        define(ofType, name, values);
        const label2 = b.node.namedChildren[2] ?? b.node;
        rec.span(at2, spanOf(label2), spanOf(label2));
        if (overriding) {
          Object.assign(overriding, { values, doc, rec });
          continue;
        }
        const instanced = resources2.get(`${type}.${name}`).instanced;
        tfResources.push({
          type,
          address: `${type}.${name}`,
          configKey: `|${type}.${name}`,
          values,
          doc,
          at: at2,
          meta: instanced ? { instances: "unknown" } : {},
          ref(p, targetType) {
            const found = [...rec.refs.get(JSON.stringify([...at2, ...p])) ?? []].filter((k) => k.startsWith(`|${targetType}.`));
            return found.length === 1 ? found[0] : void 0;
          }
        });
      }
    };
    var readResources = readResources2;
    const parsed = tfFiles.map((f) => {
      const tree = parser2.parse(f.text);
      trees.push(tree);
      return { f, tree, problems: syntaxProblems(tree), directives: hclDirectives(f.text, tree), blocks: topBlocks(tree) };
    });
    const variables = /* @__PURE__ */ new Map();
    const locals = /* @__PURE__ */ new Map();
    const resources2 = /* @__PURE__ */ new Map();
    const overrides = /* @__PURE__ */ new Map();
    let primaryBroken = configUnreadable;
    const override = (f, id, offset, type, name, names2, instanced, span, problems) => {
      const r = resources2.get(`${type}.${name}`);
      if (!r) {
        if (!primaryBroken) problems.push({ message: noBase("resource", `${type}.${name}`), span });
        return;
      }
      overrides.set(`${f.file}|${String(id)}`, { file: f.file, offset, address: `${type}.${name}`, keys: names2.filter((n) => !META.has(n)) });
      if (instanced) r.instanced = true;
    };
    const undeclared = (kind, name, span, problems) => {
      if (primaryBroken || (kind === "variable" ? variables.has(name) : locals.has(name))) return false;
      problems.push({ message: noBase(kind, name), span });
      return true;
    };
    const bases = new OverrideBases();
    const declared = /* @__PURE__ */ new Map();
    const once = (kind, name, file, span, problems) => {
      const first = declared.get(`${kind}|${name}`);
      if (first) problems.push({ message: declaredAgain(kind, name, first, file), span });
      else declared.set(`${kind}|${name}`, { file, span });
      return !!first;
    };
    const jsonParsed = jsonFiles.map(readTfJson);
    for (const pass of [false, true]) {
      if (pass) primaryBroken ||= parsed.some((p) => p.problems.length && !isOverride(p.f.file)) || jsonParsed.some((j) => j.problems.length && !isOverride(j.f.file));
      const hcl = ({ f, problems, blocks }) => {
        if (problems.length || isOverride(f.file) !== pass) return;
        const own = hclBases(blocks);
        if (!pass) for (const b of own.bases) bases.declare(b);
        else if (!primaryBroken) bases.check(own.bases, own.banned, problems);
        for (const b of blocks) {
          if (b.kind === "variable" && b.labels[0] !== void 0) {
            const nameSpan = spanOf(b.node.namedChildren[1] ?? b.node);
            if (pass ? undeclared("variable", b.labels[0], nameSpan, problems) : once("variable", b.labels[0], f, nameSpan, problems)) continue;
            const attrs = attributes(b.body);
            const def = attrs.find((a) => a.name === "default");
            const sensitive2 = attrs.some((a) => a.name === "sensitive" && a.expr.text.trim() === "true");
            const v = pass ? variables.get(b.labels[0]) ?? { value: UNKNOWN, sensitive: sensitive2, declared: true } : { value: UNKNOWN, sensitive: sensitive2, declared: true };
            v.sensitive ||= sensitive2;
            if (def) {
              v.value = literal(def.expr);
              v.origin = origin(`var.${b.labels[0]}`, f, spanOf(def.expr));
            }
            variables.set(b.labels[0], v);
          } else if (b.kind === "resource" && pass && b.labels[0] && b.labels[1]) {
            const instanced = attributes(b.body).some((a) => a.name === "count" || a.name === "for_each");
            override(f, b.node.id, b.node.startIndex, b.labels[0], b.labels[1], bodyKeys(b.body), instanced, spanOf(b.node.namedChildren[2] ?? b.node), problems);
          } else if (b.kind === "locals") {
            for (const a of attributes(b.body)) {
              if (pass ? undeclared("local value", a.name, spanOf(a.id), problems) : once("local value", a.name, f, spanOf(a.id), problems)) continue;
              locals.set(a.name, { file: f, span: spanOf(a.expr), evaluate: (scope2, rec) => evalExpr(a.expr, ["local"], { scope: scope2, rec, attr: [] }) });
            }
          } else if (b.kind === "resource" && !pass && b.labels.length === 2 && b.labels[0] && b.labels[1]) {
            const instanced = attributes(b.body).some((a) => a.name === "count" || a.name === "for_each");
            const span = spanOf(b.node.namedChildren[2] ?? b.node);
            const first = resources2.get(`${b.labels[0]}.${b.labels[1]}`);
            if (first) problems.push({ message: declaredAgain("resource", `${first.type}.${first.name}`, first, f), span });
            else resources2.set(`${b.labels[0]}.${b.labels[1]}`, { file: f, id: b.node.id, type: b.labels[0], name: b.labels[1], instanced, span });
          }
        }
      };
      const json = (j) => {
        if (j.problems.length || isOverride(j.f.file) !== pass) return;
        if (!pass) for (const b of j.bases) bases.declare(b);
        else if (!primaryBroken) bases.check(j.bases, j.banned, j.problems);
        for (const v of j.variables) {
          if (pass ? undeclared("variable", v.name, v.nameSpan, j.problems) : once("variable", v.name, j.f, v.nameSpan, j.problems)) continue;
          const old = pass ? variables.get(v.name) : void 0;
          if (old && !v.span) old.sensitive ||= v.sensitive;
          else variables.set(v.name, { value: v.value, sensitive: v.sensitive || !!old?.sensitive, declared: true, origin: v.span ? origin(`var.${v.name}`, j.f, v.span) : void 0 });
        }
        for (const l of j.locals) {
          if (pass ? undeclared("local value", l.name, l.nameSpan, j.problems) : once("local value", l.name, j.f, l.nameSpan, j.problems)) continue;
          locals.set(l.name, { file: j.f, span: { start: l.node.offset, end: l.node.offset + l.node.length }, evaluate: (scope2, rec) => tfJsonLocal(l.node, l.jsonPath, scope2, rec, parser2) });
        }
        if (pass) for (const r of j.resources) override(j.f, r.body.offset, r.body.offset, r.type, r.name, jsonBodyKeys(r.body), r.instanced, { start: r.nameKey.offset, end: r.nameKey.offset + r.nameKey.length }, j.problems);
        else
          for (const r of j.resources) {
            const span = typeof r.jsonPath[r.jsonPath.length - 1] === "number" ? { start: r.body.offset, end: r.body.offset + 1 } : { start: r.nameKey.offset, end: r.nameKey.offset + r.nameKey.length };
            const first = resources2.get(`${r.type}.${r.name}`);
            if (first) j.problems.push({ message: declaredAgain("resource", `${first.type}.${first.name}`, first, j.f), span });
            else resources2.set(`${r.type}.${r.name}`, { file: j.f, id: r.body, type: r.type, name: r.name, instanced: r.instanced, span });
          }
      };
      if (!pass) {
        for (const p of parsed) hcl(p);
        for (const j of jsonParsed) json(j);
        continue;
      }
      const ordered = [
        ...parsed.filter((p) => isOverride(p.f.file)).map((p) => ({ file: p.f.file, apply: () => hcl(p) })),
        ...jsonParsed.filter((j) => isOverride(j.f.file)).map((j) => ({ file: j.f.file, apply: () => json(j) }))
      ];
      ordered.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
      for (const o of ordered) o.apply();
    }
    const brokenVarFiles = [];
    for (const f of all) {
      if (f.role !== "vars") continue;
      const problems = readVarFile(parser2, f, variables, trees);
      if (problems.length) brokenVarFiles.push(makeDoc(f, {}, new Recorder(), problems, []));
    }
    const scope = {
      variable(name) {
        const v = variables.get(name);
        if (!v || !v.declared || v.sensitive || v.value === UNKNOWN) return void 0;
        return { value: v.value, origin: v.origin };
      },
      local(name) {
        const l = locals.get(name);
        if (!l || l.busy) return void 0;
        if (!l.value) {
          l.busy = true;
          const rec = new Recorder();
          let value = UNKNOWN;
          try {
            value = l.evaluate(scope, rec);
          } catch (err) {
            if (!(err instanceof TooDeepError)) throw err;
          }
          l.value = { value, origin: rec.origins.get(JSON.stringify(["local"])) ?? origin(`local.${name}`, l.file, l.span) };
          l.busy = false;
        }
        return l.value.value === UNKNOWN ? void 0 : l.value;
      },
      resource(type, name) {
        const r = resources2.get(`${type}.${name}`);
        return r && !r.instanced ? `|${type}.${name}` : void 0;
      }
    };
    const docs = /* @__PURE__ */ new Map();
    const tfResources = [];
    for (const { f, blocks, problems, directives } of parsed) {
      const rec = new Recorder();
      const root = {};
      const doc = makeDoc(f, root, rec, problems, directives);
      docs.set(f.file, doc);
      if (problems.length) continue;
      const before = tfResources.length;
      try {
        readResources2(f, blocks, doc, root, rec);
      } catch (err) {
        if (!(err instanceof TooDeepError)) throw err;
        problems.push({ message: err.message, span: err.at });
        tfResources.length = before;
        for (const o of overrides.values()) if (o.doc === doc) o.values = o.doc = o.rec = void 0;
        delete root.resource;
      }
    }
    for (const j of jsonParsed) {
      const rec = new Recorder();
      const root = {};
      const doc = makeDoc(j.f, root, rec, j.problems, j.directives);
      docs.set(j.f.file, doc);
      if (j.problems.length) continue;
      try {
        const overriding = (r) => overrides.get(`${j.f.file}|${r.body.offset}`);
        const current = (r) => resources2.get(`${r.type}.${r.name}`)?.id === r.body;
        tfResources.push(...tfJsonResources(j, doc, root, rec, scope, parser2, current, (r, values) => Object.assign(overriding(r) ?? {}, { values, doc, rec }), (r) => !!overriding(r)));
      } catch (err) {
        if (!(err instanceof TooDeepError)) throw err;
        j.problems.push({ message: "invalid JSON: nesting is too deep to read", span: err.at });
        for (const o of overrides.values()) if (o.doc === doc) o.values = o.doc = o.rec = void 0;
        delete root.resource;
      }
    }
    const secretValues = [];
    for (const v of variables.values()) if (v.value !== null && (typeof v.value === "object" || typeof v.value === "string")) secretValues.push(v.value);
    for (const l of locals.values()) if (l.value && l.value.value !== null && typeof l.value.value === "object") secretValues.push(l.value.value);
    if (secretValues.length) for (const doc of docs.values()) doc.secretValues = secretValues;
    const merged = overrides.size ? new ModuleOverrides([...overrides.values()], tfResources) : void 0;
    const mapped = mapTerraform(tfResources);
    const overrideDocs = merged?.attach(mapped) ?? [];
    for (const r of mapped) {
      const origin2 = r.doc.valueOrigin;
      if (origin2 && Object.keys(r.value).some((k) => (origin2([...r.path, k])?.file ?? r.doc.file) !== r.doc.file)) trackReads(r, (k) => originIn(r.doc, [...r.path, k]));
    }
    const byDoc = /* @__PURE__ */ new Map();
    for (const r of mapped) {
      const list = byDoc.get(r.doc);
      if (list) list.push(r);
      else byDoc.set(r.doc, [r]);
    }
    const linkedDocs = [];
    for (const f of all) {
      const doc = f.link ? docs.get(f.file) : void 0;
      if (!doc || !f.link) continue;
      const why = linkFixLeft(f.file, f.link);
      doc.fixLeft = () => why;
      if (byDoc.has(doc)) linkedDocs.push(doc);
    }
    const holdsAuth0 = parsed.some((p) => p.blocks.some((b) => b.kind === "resource" && isReadType(b.labels[0] ?? ""))) || jsonParsed.some((j) => j.resources.some((r) => isReadType(r.type)));
    const loaded = { docs, brokenVarFiles, unreadable: [], resources: byDoc, hasClientGrants: holdsClientGrants(tfResources), overrideDocs, linkedDocs, holdsAuth0, notRead: [] };
    for (const doc of docs.values()) moduleOf.set(doc, loaded);
    return loaded;
  } finally {
    for (const t of trees) t.delete();
  }
}
function readVarFile(parser2, f, variables, trees) {
  const unknownAll = () => {
    for (const v of variables.values()) v.value = UNKNOWN;
  };
  if (f.text === UNREADABLE) {
    unknownAll();
    return [];
  }
  const set = (name, value, span) => {
    const v = variables.get(name);
    if (!v) return;
    v.value = value;
    v.origin = origin(`var.${name}`, f, span);
  };
  if (f.file.endsWith(".json")) {
    const parsed = strictJson(f);
    const root = parsed.problems.length ? void 0 : parseTree2(f.text);
    if (!root || !isPlain(parsed.value)) {
      unknownAll();
      const problems2 = [...parsed.problems];
      if (!problems2.length) problems2.push({ message: "invalid variables file: a .tfvars.json file holds one JSON object of variable values", span: { start: 0, end: Math.min(1, f.text.length) } });
      return problems2;
    }
    for (const [name, value] of Object.entries(parsed.value)) {
      const node = findNodeAtLocation2(root, [name]);
      if (node) set(name, value, { start: node.offset, end: node.offset + node.length });
    }
    return [];
  }
  const tree = parser2.parse(f.text);
  trees.push(tree);
  const problems = syntaxProblems(tree);
  if (problems.length || tree.rootNode.hasError) {
    unknownAll();
    if (!problems.length) problems.push({ message: "invalid HCL", span: { start: 0, end: Math.min(1, f.text.length) } });
    return problems;
  }
  const object2 = tree.rootNode.namedChildren.find((c) => c !== null && c.type !== "body" && c.type !== "comment");
  if (object2) {
    unknownAll();
    const problems2 = [];
    problems2.push({ message: "invalid variables file: Terraform reads a variables file whose name does not end in exactly .json as HCL attributes (name = value), not a JSON object", span: spanOf(object2) });
    return problems2;
  }
  const body = tree.rootNode.namedChildren.find((c) => c?.type === "body") ?? null;
  for (const a of attributes(body)) set(a.name, literal(a.expr), spanOf(a.expr));
  return [];
}
function makeDoc(f, root, rec, problems, directives) {
  const doc = {
    file: f.file,
    format: "hcl",
    text: f.text,
    parseText: f.text,
    offsets: new OffsetMap(),
    bom: f.bom,
    value: root,
    problems,
    directives,
    placeholders: [],
    locate(p, target) {
      const resolved = redirects(doc).resolve(p, target);
      for (let k = resolved.length; k >= 0; k--) {
        const s = rec.spans.get(JSON.stringify(resolved.slice(0, k)));
        if (!s) continue;
        return k === resolved.length && target === "value" ? s.value : s.key ?? s.value;
      }
      return void 0;
    },
    valueOrigin(p) {
      const resolved = redirects(doc).resolve(p);
      for (let k = resolved.length; k > 3; k--) {
        const o = rec.origins.get(JSON.stringify(resolved.slice(0, k)));
        if (!o) continue;
        return o;
      }
      return void 0;
    }
  };
  return doc;
}

// src/sources/terraform/module-kind.ts
var moduleFileKind = {
  async load(file, text, bom, ctx) {
    const overlay = new Map(ctx?.overlay ?? []);
    overlay.set(file, { text, bom });
    const module = await loadModule(path20.dirname(file), { overlay, varFiles: ctx?.varFiles, maxFileSize: ctx?.maxFileSize });
    return module.docs.get(file);
  },
  extract(doc, file) {
    const module = moduleOf.get(doc);
    return {
      tenantKey: path20.dirname(file),
      resources: module?.resources.get(doc) ?? [],
      hasOrganizations: false,
      hasClientGrants: module?.hasClientGrants ?? false
    };
  }
};

// src/sources/terraform/hcl-source.ts
var OURS = /\bauth0_(client|client_grant|organization\w*|connection\w*)\b/;
var terraformHcl = {
  name: "terraform-hcl",
  format: "hcl",
  // (only a file Terraform reads as part of its module: `copy.TF` or `.old.tf` is none, module-file-names.ts)
  sniff: (file, text) => file.endsWith(".tf") && isModuleConfigName(path21.basename(file)) && OURS.test(text),
  ...moduleFileKind
};

// src/sources/terraform/refs.ts
var ConfigReferences = class {
  /** `module.a.module.b|auth0_organization_connection.c` → its configuration expressions */
  expressions = /* @__PURE__ */ new Map();
  constructor(configuration) {
    if (isPlain(configuration)) this.walk(configuration.root_module, "");
  }
  walk(module, prefix) {
    if (!isPlain(module)) return;
    if (Array.isArray(module.resources)) {
      for (const r of module.resources) {
        if (isPlain(r) && typeof r.address === "string" && isPlain(r.expressions)) this.expressions.set(`${prefix}|${r.address}`, r.expressions);
      }
    }
    if (isPlain(module.module_calls)) {
      for (const [name, call] of Object.entries(module.module_calls)) {
        if (isPlain(call)) this.walk(call.module, prefix ? `${prefix}.module.${name}` : `module.${name}`);
      }
    }
  }
  /**
   * The module-relative address (`auth0_organization.acme`) that the attribute at `path` of a resource refers to
   * (`['organization_id']`, or inside a block `['enabled_connections', 0, 'connection_id']`), or undefined when
   * it holds a constant, refers to several things, or the configuration is not in the plan.
   */
  target(moduleAddress, typeAndName, path36, targetType) {
    let expr = this.expressions.get(`${moduleAddress}|${typeAndName}`);
    for (const seg of path36) {
      if (Array.isArray(expr) && typeof seg === "number") expr = expr[seg];
      else if (isPlain(expr) && typeof seg === "string" && Object.prototype.hasOwnProperty.call(expr, seg)) expr = expr[seg];
      else return void 0;
    }
    if (!isPlain(expr) || !Array.isArray(expr.references)) return void 0;
    const found = /* @__PURE__ */ new Set();
    for (const ref of expr.references) {
      if (typeof ref !== "string") continue;
      const m = new RegExp(`^(${targetType}\\.[A-Za-z0-9_-]+)(?:\\.|\\[|$)`).exec(ref);
      if (m) found.add(m[1]);
    }
    return found.size === 1 ? [...found][0] : void 0;
  }
};

// src/sources/terraform/plan.ts
function has(root, path36) {
  let v = root;
  for (const seg of path36) {
    if (Array.isArray(v) && typeof seg === "number") v = v[seg];
    else if (isPlain(v) && Object.prototype.hasOwnProperty.call(v, seg)) v = v[seg];
    else return false;
  }
  return true;
}
function loadTerraformPlan(file, text, bom) {
  const doc = loadJson(file, text, bom);
  const planDoc = {
    ...doc,
    placeholders: [],
    readOnly: true,
    locate(path36, target) {
      let p = redirects(planDoc).resolve(path36, target);
      if (p[0] === "resource_changes" && p[3] === "after" && !has(doc.value, p)) {
        const unknown = ["resource_changes", p[1], "change", "after_unknown", ...p.slice(4)];
        if (has(doc.value, unknown)) p = unknown;
      }
      return doc.locate(p, target);
    }
  };
  return planDoc;
}
function changes(doc, root) {
  const out = [];
  if (!Array.isArray(root.resource_changes)) return out;
  const refs = new ConfigReferences(root.configuration);
  root.resource_changes.forEach((rc, index) => {
    if (!isPlain(rc) || rc.mode === "data" || typeof rc.type !== "string" || !isReadType(rc.type) || !isPlain(rc.change)) return;
    const actions = Array.isArray(rc.change.actions) ? rc.change.actions.filter((a) => typeof a === "string") : [];
    if (!actions.includes("create") && !actions.includes("update") && !actions.includes("no-op")) return;
    const after = fillUnknown(rc.change.after, rc.change.after_unknown);
    if (!isPlain(after)) return;
    const type = rc.type;
    const module = typeof rc.module_address === "string" ? rc.module_address : "";
    const typeAndName = `${type}.${String(rc.name)}`;
    const address = typeof rc.address === "string" ? rc.address : typeAndName;
    out.push({
      type,
      address,
      configKey: `${module}|${typeAndName}`,
      values: after,
      doc,
      at: ["resource_changes", index, "change", "after"],
      meta: { actions },
      ref: (path36, targetType) => {
        const t = refs.target(module, typeAndName, path36, targetType);
        return t ? `${module}|${t}` : void 0;
      }
    });
  });
  return out;
}
var terraformPlan = {
  name: "terraform-plan",
  format: "json",
  sniff: (file, text) => /\.json$/i.test(file) && text.includes('"resource_changes"') && text.includes('"format_version"'),
  load: (file, text, bom) => loadTerraformPlan(file, text, bom),
  extract(doc, file) {
    const root = doc.value;
    if (doc.problems.length) return { tenantKey: file, resources: [], hasOrganizations: false, hasClientGrants: false };
    if (!isPlain(root) || !("format_version" in root) || !Array.isArray(root.resource_changes)) return null;
    const list = changes(doc, root);
    return { tenantKey: file, resources: mapTerraform(list), hasOrganizations: false, hasClientGrants: holdsClientGrants(list) };
  }
};

// src/sources/terraform/tfjson-source.ts
import path22 from "node:path";
var OURS2 = /"auth0_(client|client_grant|organization\w*|connection)"/;
var terraformJson = {
  name: "terraform-json",
  format: "json",
  // (a type name may be written with \u escapes: "auth0\u005fclient" is auth0_client)
  // (only a file Terraform reads as part of its module: `copy.TF.json` or `.old.tf.json` is none, module-file-names.ts)
  sniff: (file, text) => file.endsWith(".tf.json") && isModuleConfigName(path22.basename(file)) && (OURS2.test(text) || text.includes("\\u") && OURS2.test(text.replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))))),
  ...moduleFileKind
};

// src/sources/registry.ts
var SOURCE_KINDS = [patchPayload, harCapture, terraformPlan, terraformHcl, terraformJson, deployCliDirectory, deployCliYaml, apiDump];
var TERRAFORM_JSON_KINDS = [terraformJson];

// src/sources/load.ts
var LIKELY_OURS = /"(clients|client_id|organization_usage|organization_require_behavior|app_type|resource_changes|postData)"|^(clients|clientGrants|organizations)\s*:|^\s*resource\s+"auth0_/m;
function loadFileNow(file, opts) {
  let got;
  try {
    got = loadFileUnguarded(file, opts);
  } catch (err) {
    return keywordFailure(file, err);
  }
  return got instanceof Promise ? got.catch((err) => keywordFailure(file, err)) : got;
}
function keywordFailure(file, err) {
  if (!(err instanceof KeywordExpansionError)) throw err;
  const message2 = `keyword substitution would make this file ${formatSize(err.size)}, adding ${formatSize(err.added)}: over the ${formatSize(MAX_SUBSTITUTED_SIZE)} it may add (a large keyword value used many times)`;
  return { status: "failed", file, rule: "file-too-large", message: message2 };
}
function loadFileUnguarded(file, opts) {
  const cased = extensionCase(file);
  if (cased) return { status: "skipped", file, ...cased };
  const shadow = opts.overlay?.get(file);
  const read = shadow ? "ok" in shadow ? shadow : { ok: true, ...shadow } : opts.explicit || opts.throughLink ? readNamedFile2(file, opts.maxFileSize) : readTextFileSync(file, opts.maxFileSize, true);
  const kinds = isTerraformJsonName(file) ? TERRAFORM_JSON_KINDS : SOURCE_KINDS;
  if (!read.ok) {
    if (!opts.explicit && !kindByName(file, kinds, opts) && read.rule === "parse-error") return { status: "skipped", file, reason: read.message };
    return { status: "failed", file, rule: read.rule, message: read.message };
  }
  const { text, bom } = read;
  if (!/\S/.test(text)) {
    const kind = kindByName(file, kinds, opts);
    if (kind) return { status: "failed", file, rule: "parse-error", message: `the file is empty: expected ${kind.format === "json" ? "a JSON object" : kind.format === "hcl" ? "HCL" : "YAML"}` };
    return { status: "skipped", file, reason: "the file is empty" };
  }
  return classify({ file, text, bom, opts, kinds, docs: {}, named: void 0 }, 0);
}
function extensionCase(file) {
  if (file.endsWith(".json")) return file.length > 5 && isSeparator(file.charCodeAt(file.length - 6)) ? bareJson(file) : void 0;
  if (file.endsWith(".yaml") || file.endsWith(".yml")) return void 0;
  const ext = endsWithName(file, ".json") ? file.slice(-5) : endsWithName(file, ".yaml") ? file.slice(-5) : endsWithName(file, ".yml") ? file.slice(-4) : void 0;
  if (!ext) return void 0;
  if (isTerraformJsonName(file)) {
    if (fixedVarsNameOf(path23.basename(file))) return void 0;
    const suffix = endsWithName(file, ".tf.json") ? ".tf.json" : ".tfvars.json";
    return { reason: `the extension ${file.slice(-suffix.length)} is not ${suffix}: Terraform reads only files ending in ${suffix} exactly, and skips this one (rename it to end in ${suffix})`, code: "extension-case" };
  }
  return deployCliExtensionCase(file, ext);
}
var isSeparator = (c) => c === 47 || c === 92 && path23.sep === "\\";
function bareJson(file) {
  const place = directoryPlace(file);
  if (place === null || place.type === "tenantSettings" || place.type === "prompts" || place.database) return void 0;
  return { reason: `a file named only .json: deploy-cli reads a file of this folder when its extension (path.extname) is .json, and the name .json has none (a hidden name), so it does not read it (rename it, as NAME.json)` };
}
function kindByName(file, kinds, opts) {
  return kinds.find((k) => k.sniff(file, "", opts)) ?? null;
}
function classify(c, from) {
  const { file, text, bom, opts, kinds, docs } = c;
  for (let k = from; k < kinds.length; k++) {
    const kind = kinds[k];
    if (!kind.sniff(file, text, opts)) continue;
    const key = kind.load ? kind.name : kind.format;
    let doc = docs[key];
    if (!doc) {
      const got = kind.load ? kind.load(file, text, bom, { overlay: textOverlay(opts.overlay), varFiles: opts.varFiles, maxFileSize: opts.maxFileSize }) : kind.format === "yaml" ? loadYamlAsync(file, text, bom, opts.keywords) : loadJson(file, text, bom, opts.keywords);
      if (got instanceof Promise) {
        return got.then((d) => {
          docs[key] = d;
          return take(c, kind, d) ?? classify(c, k + 1);
        });
      }
      docs[key] = doc = got;
    }
    const taken = take(c, kind, doc);
    if (taken) return taken;
  }
  return { status: "skipped", file, ...unrecognised(file) };
}
function take(c, kind, doc) {
  const { file, opts } = c;
  if (doc.problems.length > 0) {
    if (opts.explicit || kind === (c.named === void 0 ? c.named = kindByName(file, c.kinds, opts) : c.named) || c.kinds === TERRAFORM_JSON_KINDS || LIKELY_OURS.test(c.text)) {
      const contribution2 = kind.extract(doc, file);
      return { status: "loaded", file, kind: kind.name, doc, contribution: contribution2 ?? emptyContribution(file) };
    }
    return void 0;
  }
  const contribution = kind.extract(doc, file);
  if (contribution) return { status: "loaded", file, kind: kind.name, doc, contribution };
  return void 0;
}
function unrecognised(file) {
  const terraform = notReadByTerraform(path23.basename(file));
  if (terraform) return { reason: terraform, code: "not-read-by-terraform" };
  if (/\.ya?ml$/i.test(file)) return { reason: "a YAML file whose root has none of clients, clientGrants, organizations (not a deploy-cli export)" };
  if (/\.har$/i.test(file)) return { reason: "a .har file without log.entries (not a HAR capture)" };
  const vars = "Terraform variables, not linted on their own: terraform.tfvars and *.auto.tfvars are read with the .tf and .tf.json files of their folder, other variables files with --var-file";
  if (/\.tfvars(\.json)?$/i.test(file)) {
    const base2 = path23.basename(file);
    const fixed = fixedVarsNameOf(base2);
    if (fixed) return isSameFile(path23.join(path23.dirname(file), fixed), file) ? { reason: vars, code: "module-vars" } : { reason: fixedVarsCaseReason(base2, fixed), code: "name-case" };
    if (!isModuleVarsName(base2) && isModuleVarsName(base2.toLowerCase())) {
      return { reason: `Terraform does not load it with its folder's module: it loads terraform.tfvars, terraform.tfvars.json and *.auto.tfvars(.json) by their exact names (case counts), so ${base2}'s values apply only as a -var-file (--var-file here)` };
    }
    return { reason: vars };
  }
  if (/\.tf\.json$/i.test(file)) return { reason: "a Terraform JSON file without auth0_client, auth0_client_grant, auth0_organization or auth0_connection resources" };
  if (/\.json$/i.test(file)) {
    const cased = fixedNameCase(file);
    if (cased && !cased.read) return { reason: fixedNameCaseReason(file, cased.fixed), code: "name-case" };
    return {
      reason: "JSON that is none of: a deploy-cli directory export (clients/, grants/, organizations/), a Management API dump (an array of clients, or clients / client_grants / organizations lists), a PATCH payload (*.patch.json), a HAR request, a Terraform plan"
    };
  }
  if (/\.tf$/i.test(file)) return { reason: "a Terraform file without auth0_client, auth0_client_grant, auth0_organization or auth0_connection blocks" };
  return { reason: "not a .yaml, .yml, .json, .har or .tf file" };
}
var textOverlays = /* @__PURE__ */ new WeakMap();
function textOverlay(overlay) {
  if (!overlay) return void 0;
  let texts = textOverlays.get(overlay);
  if (!texts) {
    texts = new Map([...overlay].flatMap(([f, v]) => "ok" in v ? v.ok ? [[f, { text: v.text, bom: v.bom }]] : [] : [[f, v]]));
    textOverlays.set(overlay, texts);
  }
  return texts;
}
function emptyContribution(file) {
  return { tenantKey: file, resources: [], hasOrganizations: false, hasClientGrants: false };
}

// src/engine/map-limit.ts
async function loadAll(items, load4) {
  const out = new Array(items.length);
  let inFlight;
  for (let i = 0; i < items.length; i++) {
    while (inFlight && inFlight.size >= LOADS_AT_ONCE) await Promise.race(inFlight);
    const got = load4(items[i]);
    if (!(got instanceof Promise)) {
      out[i] = got;
      continue;
    }
    const done = got.then((l) => {
      out[i] = l;
      inFlight.delete(done);
    });
    (inFlight ??= /* @__PURE__ */ new Set()).add(done);
  }
  if (inFlight?.size) await Promise.all(inFlight);
  return out;
}
var LOADS_AT_ONCE = 16;
async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

// src/engine/folder-guard.ts
import { lstatSync as lstatSync3, statSync as statSync5 } from "node:fs";
import path24 from "node:path";
var ids = /* @__PURE__ */ new WeakMap();
function recordFolder(listings, dir) {
  let of = ids.get(listings);
  if (!of) ids.set(listings, of = /* @__PURE__ */ new Map());
  if (of.has(dir)) return true;
  const id = identity(dir);
  if (id === false) return false;
  if (id) of.set(dir, id);
  return true;
}
function mayList(dir) {
  return identity(dir) !== false;
}
function identity(dir) {
  try {
    const st = lstatSync3(dir);
    if (!st.isSymbolicLink()) return { dev: st.dev, ino: st.ino, dir: st.isDirectory() };
    const real5 = linkTarget(dir);
    if (real5 === void 0 || "refused" in boundTarget(dir, real5, "cwd")) return false;
    const to = statSync5(real5);
    return { dev: to.dev, ino: to.ino, dir: to.isDirectory(), link: { dev: st.dev, ino: st.ino } };
  } catch {
    return void 0;
  }
}
function guardFolders(groups, listings) {
  const of = listings && ids.get(listings);
  if (!of) return;
  const changed = /* @__PURE__ */ new Map();
  let lastDir = "";
  let lastMoved;
  for (const loaded of groups) {
    for (let i = 0; i < loaded.length; i++) {
      const l = loaded[i];
      if (l.status === "skipped") continue;
      const file = l.file;
      const cut = file.lastIndexOf(path24.sep);
      let moved;
      let dir;
      if (cut > 0 && cut === lastDir.length && file.startsWith(lastDir)) {
        dir = lastDir;
        moved = lastMoved;
      } else {
        dir = cut > 0 ? file.slice(0, cut) : path24.dirname(file);
        const was = of.get(dir);
        if (was) {
          moved = changed.get(dir);
          if (moved === void 0) changed.set(dir, moved = !sameFolder(dir, was));
        }
        if (cut > 0) [lastDir, lastMoved] = [dir, moved];
      }
      if (moved) loaded[i] = { status: "failed", file, rule: "read-error", message: `cannot read file: its folder ${path24.basename(dir)}${path24.sep} changed after it was listed (replaced by a link or by another folder); its files are not read from where it now leads` };
    }
  }
}
function sendableFolders(listings) {
  const of = listings && ids.get(listings);
  const dirs = of ? [...of.keys()] : [];
  const out = new Float64Array(dirs.length * 5);
  dirs.forEach((d, i) => {
    const id = of.get(d);
    out.set([id.dev, id.ino, id.dir ? 1 : 0, id.link ? id.link.dev : -1, id.link ? id.link.ino : -1], i * 5);
  });
  return { dirs, ids: out };
}
function receiveFolders(listings, sent) {
  const of = /* @__PURE__ */ new Map();
  sent.dirs.forEach((d, i) => {
    const [dev, ino, dir, linkDev, linkIno] = sent.ids.subarray(i * 5, i * 5 + 5);
    of.set(d, linkIno === -1 ? { dev, ino, dir: dir === 1 } : { dev, ino, dir: dir === 1, link: { dev: linkDev, ino: linkIno } });
  });
  ids.set(listings, of);
}
function sameFolder(dir, was) {
  if (!was.dir) return false;
  try {
    const st = lstatSync3(dir);
    if (was.link) {
      if (!st.isSymbolicLink() || st.dev !== was.link.dev || st.ino !== was.link.ino) return false;
      const to = statSync5(dir);
      return to.isDirectory() && to.dev === was.dev && to.ino === was.ino;
    }
    return st.isDirectory() && st.dev === was.dev && st.ino === was.ino;
  } catch {
    return false;
  }
}

// src/sources/terraform/module-files.ts
import path25 from "node:path";
function moduleFilesNotRead(files, context) {
  const own = new Set(files.map((f) => f.file));
  const out = /* @__PURE__ */ new Map();
  for (const l of [...files, ...context]) {
    const m = l.status === "loaded" && l.doc ? moduleOf.get(l.doc) : void 0;
    for (const n of m?.notRead ?? []) if (!own.has(n.file) && !out.has(n.file)) out.set(n.file, n.why);
  }
  return [...out].map(([file, why]) => ({ file, why }));
}
function moduleResources(doc) {
  return moduleOf.get(doc)?.resources.get(doc) ?? [];
}
function brokenModuleFiles(docs) {
  const broken = /* @__PURE__ */ new Map();
  const unreadable = /* @__PURE__ */ new Map();
  for (const d of docs) {
    const m = moduleOf.get(d);
    if (!m) continue;
    const folder = path25.dirname(d.file);
    for (const doc of [...m.docs.values(), ...m.brokenVarFiles]) if (doc.problems.length && !broken.has(doc.file)) broken.set(doc.file, { doc, folder });
    for (const doc of [...m.overrideDocs, ...m.linkedDocs]) if (!broken.has(doc.file)) broken.set(doc.file, { doc, folder });
    for (const u of m.unreadable) if (!unreadable.has(u.file)) unreadable.set(u.file, { ...u, folder });
  }
  return { broken: [...broken.values()], unreadable: [...unreadable.values()] };
}

// src/engine/unhanded-fixes.ts
import path26 from "node:path";
function leaveUnhandedFixes(findings, group, loaded, targets3) {
  if (!loaded.some((l) => l.status === "loaded" && l.doc.format === "hcl")) return;
  let handed;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (!f.fix && !f.alternatives) continue;
    handed ??= new Set(group.map((t) => t.file));
    if (handed.has(f.file)) continue;
    const linted = targets3.has(f.file);
    if (!linted && !isModuleConfigName(path26.basename(f.file))) continue;
    f.fix = null;
    delete f.alternatives;
    if (f.message.includes("; --fix leaves it: ")) continue;
    f.message += linted ? `; --fix leaves it: ${path26.basename(f.file)} was not named, and orglint writes only the files it is handed: name it too (or its folder) to fix it` : `; --fix leaves it: ${path26.basename(f.file)} is left out by the config's ignore patterns, and orglint writes only the files it lints: change it by hand, or stop ignoring it`;
  }
}

// src/engine/files.ts
import { existsSync as existsSync6, readdirSync as readdirSync2, statSync as statSync7 } from "node:fs";

// src/engine/walk-links.ts
import { realpathSync as realpathSync4, statSync as statSync6 } from "node:fs";
import path27 from "node:path";
var TERRAFORM_FILE = /\.tf(?:\.json)?$/;
var ROOT_FOLDERS = LISTED_FOLDERS;
var IN_EXPORT_FOLDERS = /* @__PURE__ */ new Set(["connections", "database-connections", "prompts"]);
function deployCliReadsFolder(full, real5) {
  const name = path27.basename(full);
  const parent = path27.dirname(full);
  if (ROOT_FOLDERS.includes(name)) return true;
  if (IN_EXPORT_FOLDERS.has(name) && hasExportFolder(parent)) return true;
  if (path27.basename(parent) === "database-connections" && hasExportFolder(path27.dirname(parent))) return true;
  return hasExportFolder(real5);
}
var LINK_NOWHERE2 = "a symbolic link that leads nowhere (deploy-cli skips it too)";
var LINK_LOOP = "a symbolic link back to a folder the walk is in (a loop: not walked again)";
var LINK_ELSEWHERE = "a symbolic link to a path outside the repository or in a dot folder of it; not read (name its target to lint it)";
var LINK_OTHER = "a symbolic link to something that is not a regular file or folder";
function walkedLink(full, dir, matched, within2 = () => []) {
  const real5 = linkTarget(full);
  if (real5 === void 0) return { kind: "left", reason: LINK_NOWHERE2 };
  let isDir;
  try {
    const st = statSync6(real5);
    if (!st.isDirectory() && !st.isFile()) return { kind: "left", reason: LINK_OTHER };
    isDir = st.isDirectory();
  } catch {
    return { kind: "left", reason: LINK_NOWHERE2 };
  }
  if (!isDir && !matched) return { kind: "other-name" };
  if ("refused" in boundTarget(full, real5, "cwd")) {
    const whereDeployCliReads = isDir ? deployCliReadsFolder(full, real5) : !TERRAFORM_FILE.test(full);
    return whereDeployCliReads ? { kind: "refused" } : { kind: "left", reason: LINK_ELSEWHERE };
  }
  if (!isDir) return { kind: "file" };
  let here;
  try {
    here = realpathSync4.native(dir);
  } catch {
    return { kind: "left", reason: LINK_NOWHERE2 };
  }
  const up = (d) => d === real5 || d.startsWith(real5.endsWith(path27.sep) ? real5 : real5 + path27.sep);
  if (up(here) || within2().some(up)) return { kind: "left", reason: LINK_LOOP };
  return { kind: "folder" };
}

// src/engine/files.ts
import { stat } from "node:fs/promises";
import path28 from "node:path";
function folderAndName(file) {
  const cut = lastSeparator(file);
  if (cut < 0) return { folder: path28.dirname(file), name: path28.basename(file) };
  return { folder: file.slice(0, cut), name: file.slice(cut + 1) };
}
function folderOf(file) {
  const cut = lastSeparator(file);
  return cut < 0 ? path28.dirname(file) : file.slice(0, cut);
}
function lastSeparator(file) {
  const cut = path28.sep === "/" ? file.lastIndexOf("/") : -1;
  return cut <= 1 || cut === file.length - 1 ? -1 : cut;
}
function namedFileBytes(cwd, paths, enough = Infinity) {
  let bytes = 0;
  for (const p of paths) {
    let st;
    try {
      st = statSync7(path28.resolve(cwd, p));
    } catch {
      return void 0;
    }
    if (!st.isFile()) return void 0;
    bytes += st.size;
    if (bytes >= enough) return bytes;
  }
  return bytes;
}
function readListing(dir) {
  const files = [];
  const dirs = [];
  const links = [];
  for (const e of readdirSync2(dir, { withFileTypes: true })) {
    if (e.isFile()) files.push(e.name);
    else if (e.isDirectory()) dirs.push(e.name);
    else if (e.isSymbolicLink()) links.push(e.name);
  }
  return { files, dirs, links };
}
var EMPTY = Object.freeze({ files: [], dirs: [] });
function listFolder(dir, listings) {
  let listing = listings?.get(dir);
  if (listing) return listing;
  if (listings) {
    const cut = dir.lastIndexOf(path28.sep);
    const parent = listings.get(cut === 0 ? path28.sep : dir.slice(0, cut));
    if (parent && cut !== -1 && cut < dir.length - 1) {
      const name = dir.slice(cut + 1);
      const same = (n) => n === name || n.toLowerCase() === name.toLowerCase();
      if (!parent.dirs.some(same) && !parent.links.some(same)) return EMPTY;
    }
  }
  if (listings ? !recordFolder(listings, dir) : !mayList(dir)) return EMPTY;
  try {
    listing = readListing(dir);
  } catch {
    return EMPTY;
  }
  listings?.set(dir, listing);
  return listing;
}
var ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];
var WALKED_NAME = /^[^.].*\.(?:[yY][aA][mM][lL]|[yY][mM][lL]|[jJ][sS][oO][nN]|[hH][aA][rR]|tf)$/s;
var IGNORED = "ignored by the config";
var DEVICE = "not a regular file (a FIFO, socket or device)";
async function expandPaths(cwd, paths, ignore, ignoreBase, onSkip, inMemory) {
  const isIgnored = globMatcher(ignore);
  const listings = /* @__PURE__ */ new Map();
  forgetSameFiles();
  const rel = relativeTo(ignoreBase);
  const out = /* @__PURE__ */ new Map();
  const fixedTaken = /* @__PURE__ */ new Map();
  const args = [];
  for (const p of paths) {
    const abs = path28.resolve(cwd, p);
    const arg = { arg: p, kind: "file", files: [], left: /* @__PURE__ */ new Map() };
    args.push(arg);
    const skip = (file, reason) => {
      arg.left.set(reason, (arg.left.get(reason) ?? 0) + 1);
      onSkip?.(file, reason);
    };
    const unread = (file, why) => {
      if (!(ignore.length && isIgnored(rel(file)))) (arg.unread ??= []).push({ file, why });
    };
    const alias = (file, why) => onSkip?.(file, why);
    const take2 = (file, explicit, linked = false) => {
      if (ignore.length && isIgnored(rel(file))) return skip(file, IGNORED);
      const base2 = file.slice(file.lastIndexOf(path28.sep) + 1);
      const fixed = fixedNameOf(base2);
      if (fixed !== void 0) {
        const key = file.slice(0, file.length - base2.length) + fixed;
        const prev = fixedTaken.get(key);
        if (prev !== void 0 && prev !== file && out.has(prev) && (explicit || out.get(prev).explicit) && isSameFile(prev, file)) {
          const prevBase = prev.slice(prev.lastIndexOf(path28.sep) + 1);
          if (prevBase === fixed && base2 !== fixed) {
            const was = out.get(prev);
            out.delete(prev);
            out.set(file, { ...was, file, explicit: was.explicit || explicit });
            fixedTaken.set(key, file);
            for (const a of args) a.files = a.files.map((f) => f === prev ? file : f);
            arg.files.push(file);
            return alias(prev, sameFileWhy(base2));
          }
          arg.files.push(prev);
          return alias(file, sameFileWhy(prevBase));
        }
        if (prev === void 0) fixedTaken.set(key, file);
      }
      arg.files.push(file);
      if (explicit || !out.has(file)) out.set(file, linked && !explicit ? { file, explicit, linked } : { file, explicit });
    };
    let info;
    try {
      info = inMemory?.has(abs) ? { isDirectory: () => false } : await stat(abs);
    } catch (err) {
      const code = err.code;
      if ((code === "ENOENT" || code === "ENOTDIR") && !existsSync6(abs) && isGlobPattern(p)) {
        arg.kind = "glob";
        const walked2 = [];
        for (const e of await expandGlob(cwd, p)) {
          if (e.dirent.isDirectory()) {
            if (walked2.some((w) => e.path.startsWith(w + path28.sep))) continue;
            walked2.push(e.path);
            if ("refused" in namedFileTarget(e.path)) take2(e.path, true);
            else walkFolder(e.path, take2, skip, isIgnored, rel, ignore.length > 0, listings, unread, alias);
          } else if (walked2.some((w) => e.path.startsWith(w + path28.sep))) continue;
          else if (e.dirent.isFile()) take2(e.path, "refused" in namedFileTarget(e.path));
          else if (e.dirent.isSymbolicLink()) {
            const link = walkedLink(e.path, path28.dirname(e.path), true);
            if (link.kind === "file") take2(e.path, false, true);
            else if (link.kind === "folder") {
              walked2.push(e.path);
              walkFolder(e.path, take2, skip, isIgnored, rel, ignore.length > 0, listings, unread, alias);
            } else if (link.kind === "refused") take2(e.path, true);
            else if (link.kind === "left") skip(e.path, link.reason);
          } else skip(e.path, DEVICE);
        }
        continue;
      }
      if (code === "ENOENT" || code === "ENOTDIR") throw new MissingPathError(p);
      arg.files.push(abs);
      out.set(abs, { file: abs, explicit: true });
      continue;
    }
    if (info.isDirectory() && !("refused" in namedFileTarget(abs))) {
      arg.kind = "folder";
      walkFolder(abs, take2, skip, isIgnored, rel, ignore.length > 0, listings, unread, alias);
    } else take2(abs, true);
  }
  return { targets: [...out.values()], args, listings };
}
function relativeTo(base2) {
  const from = path28.resolve(base2);
  const prefix = from.endsWith(path28.sep) ? from : from + path28.sep;
  const posix = path28.sep === "/";
  const plain = (file) => !file.includes("/.") && !file.includes("//") && !file.endsWith("/");
  return (file) => posix && file.startsWith(prefix) && plain(file) ? file.slice(prefix.length) : path28.relative(from, file).split(path28.sep).join("/");
}
function walkFolder(abs, take2, skip, isIgnored, rel, hasIgnore, listings, unread, alias) {
  const passedOver = [];
  const unreadable = [];
  const found = [];
  const left = [];
  const linkedFiles = /* @__PURE__ */ new Set();
  const refused = [];
  let throughLinks = 0;
  const join = (dir, name) => dir.endsWith(path28.sep) ? dir + name : dir + path28.sep + name;
  const stack = [];
  const within2 = () => stack.map((e) => e.real ??= realOrSelf(e.dir));
  const list = (dir, inDot, linked, hiddenDatabase = false) => {
    let entries2;
    if (linked && ++throughLinks > MAX_LINKED_LISTINGS) {
      throw new UsageError(`${shellWord(abs)}: more than ${MAX_LINKED_LISTINGS.toLocaleString("en-US")} folders reached through symbolic links (links into one another, or into one chain of folders); orglint stops rather than list them all: name the real folders, or add the links to ignore in the config`);
    }
    if (!recordFolder(listings, dir) && dir !== abs) {
      refused.push(dir);
      return;
    }
    try {
      entries2 = readdirSync2(dir, { withFileTypes: true });
    } catch (err) {
      const code = err.code;
      if (code !== "ENOENT" && code !== "ENOTDIR") unreadable.push(dir);
      return;
    }
    const listing = { files: [], dirs: [], links: [] };
    listings.set(dir, listing);
    const next = [];
    const hidden2 = !inDot && listedByDeployCli(dir, listings);
    let fixed;
    let links;
    let linkedDirs;
    for (let i = 0; i < entries2.length; i++) {
      const e = entries2[i];
      const name = e.name;
      const matches = hiddenDatabase ? isDatabaseMeta(name) : !inDot && (WALKED_NAME.test(name) || hidden2 && isHiddenListedJson(name));
      if (e.isFile()) {
        listing.files.push(name);
        if (matches) {
          next.push(name);
          if (fixedNameOf(name)) (fixed ??= []).push(name);
        } else if (!inDot && TF_LIKE.test(name)) {
          const why = notReadByTerraform(name);
          if (why) passedOver.push({ file: join(dir, name), why });
        }
      } else if (e.isDirectory()) {
        listing.dirs.push(name);
        if (inDot || hiddenDatabase || name !== "node_modules" && name !== ".git") next.push(name + path28.sep);
      } else if (e.isSymbolicLink()) {
        listing.links.push(name);
        if (!inDot && name !== "node_modules" && name !== ".git") (links ??= []).push(name);
      } else if (matches) left.push({ file: join(dir, name), reason: DEVICE });
    }
    if (links) {
      for (const name of links.sort()) {
        const full = join(dir, name);
        const link = walkedLink(full, dir, hiddenDatabase ? isDatabaseMeta(name) : !inDot && (WALKED_NAME.test(name) || hidden2 && isHiddenListedJson(name)), within2);
        if (link.kind === "file") {
          linkedFiles.add(full);
          next.push(name);
        } else if (link.kind === "folder") {
          (linkedDirs ??= /* @__PURE__ */ new Set()).add(name);
          next.push(name + path28.sep);
        } else if (link.kind === "refused") refused.push(full);
        else if (link.kind === "left") left.push({ file: full, reason: link.reason });
      }
    }
    if (fixed && fixed.length > 1) dropSecondNames(dir, fixed, next, join, alias);
    stack.push({ dir, inDot: inDot || hiddenDatabase, linked, linkedDirs, next: inPathOrder(next), at: 0 });
  };
  list(abs, false, false);
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.at === top.next.length) {
      stack.pop();
      continue;
    }
    const key = top.next[top.at++];
    if (!key.endsWith(path28.sep)) found.push(join(top.dir, key));
    else {
      const name = key.slice(0, -path28.sep.length);
      const sub = join(top.dir, name);
      const linked = top.linked || top.linkedDirs?.has(name) === true;
      if (!top.inDot && name.charCodeAt(0) === 46 && databasesOfExport(top.dir, listings)) list(sub, false, linked, true);
      else list(sub, top.inDot || name.charCodeAt(0) === 46, linked);
    }
  }
  for (const dir of unreadable.sort()) {
    if (hasIgnore && isIgnored(rel(path28.join(dir, "x.yaml")))) skip(dir, IGNORED);
    else take2(dir, true);
  }
  left.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  for (const l of left) skip(l.file, l.reason);
  for (const r of refused.sort()) take2(r, true);
  if (linkedFiles.size === 0) for (let i = 0; i < found.length; i++) take2(found[i], false);
  else for (let i = 0; i < found.length; i++) take2(found[i], false, linkedFiles.has(found[i]));
  for (const p of passedOver.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) unread(p.file, p.why);
}
function sameFileWhy(kept) {
  return `the same file as ${kept} (one file by two names that differ only in letter case, as a hard link or a case-insensitive file system gives): linted once, as ${kept}`;
}
function dropSecondNames(dir, names2, next, join, alias) {
  const keptAs = /* @__PURE__ */ new Map();
  for (const name of names2) {
    const fixed = fixedNameOf(name);
    if (fixed === void 0 || fixed === name || !names2.includes(fixed)) continue;
    if (!isSameFile(join(dir, fixed), join(dir, name), true)) continue;
    const first = keptAs.get(fixed);
    if (first === void 0) keptAs.set(fixed, name);
    const [gone, kept] = first === void 0 ? [fixed, name] : [name, first];
    const at2 = next.indexOf(gone);
    if (at2 === -1) continue;
    next.splice(at2, 1);
    alias(join(dir, gone), sameFileWhy(kept));
  }
}
var LISTED = new Set(LISTED_FOLDERS);
function isDatabaseMeta(name) {
  const f = fixedNameOf(name);
  return f === "database.json" || f === "settings.json";
}
function listedByDeployCli(dir, listings) {
  const { folder, name } = folderAndName(dir);
  if (LISTED.has(name)) return true;
  return name === CONNECTIONS_FOLDER && isExport(folder, listings);
}
function databasesOfExport(dir, listings) {
  const { folder, name } = folderAndName(dir);
  return name === DATABASES_FOLDER && isExport(folder, listings);
}
function isExport(dir, listings) {
  const listing = listings.get(dir);
  if (listing) return listing.dirs.some((d) => LISTED.has(d)) || listing.links.some((d) => LISTED.has(d));
  return hasExportFolder(dir);
}
var MAX_LINKED_LISTINGS = 2e4;
var TF_LIKE = /\.tf(\.json)?[~#]*$/i;
function inPathOrder(keys) {
  return keys.sort();
}
async function expandGlob(cwd, pattern) {
  try {
    checkGlob(pattern);
  } catch (err) {
    if (err instanceof GlobError) throw new UsageError(`invalid glob ${JSON.stringify(pattern)}: ${err.message}`);
    throw err;
  }
  const { default: fg } = await import("./out-ZC523ELX.js");
  let entries2;
  try {
    entries2 = await fg(pattern, {
      cwd,
      absolute: true,
      dot: false,
      onlyFiles: false,
      objectMode: true,
      followSymbolicLinks: false,
      suppressErrors: true,
      // as in the config's globs: @(a|b) is text, not a backtracking group
      extglob: false,
      ignore: ALWAYS_IGNORED
    });
  } catch (err) {
    throw new UsageError(`invalid glob ${JSON.stringify(pattern)}: ${err.message.replace(/\. Use options\..*$/, "")}`);
  }
  return entries2.map((e) => ({ path: path28.normalize(e.path), dirent: e.dirent })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// src/engine/override-kept.ts
function mergedIntoLinted(tenants, linted) {
  let kept;
  for (const t of tenants) {
    for (const list of [t.clients, t.clientGrants, t.organizations, t.connections, t.settings]) {
      for (let i = 0; i < list.length; i++) {
        const r = list[i];
        const doc = r.doc;
        if (!doc.documentOf || linted.has(doc.file)) continue;
        for (const key of Object.keys(r.value)) {
          const at2 = doc.documentOf(r.path.concat(key));
          if (at2 && at2 !== doc && linted.has(at2.file)) {
            (kept ??= /* @__PURE__ */ new Set()).add(r);
            break;
          }
        }
      }
    }
  }
  return kept ?? NONE2;
}
var NONE2 = /* @__PURE__ */ new Set();

// src/rule-api/resource.ts
function createTenant(id, parts = {}) {
  return { id, clients: [], clientGrants: [], organizations: [], connections: [], settings: [], kinds: {}, ...parts };
}

// src/engine/tenant-assembly.ts
var WHERE = {
  client: "clients: in tenant.yaml, or a clients/ folder",
  clientGrant: "clientGrants: in tenant.yaml, or a grants/ folder",
  organization: "organizations: in tenant.yaml, or an organizations/ folder",
  organizationConnection: "every organization's connections",
  organizationClientGrant: "every organization's client_grants; older deploy-cli versions do not export them",
  connection: "connections: in tenant.yaml, or a connections/ folder",
  database: "databases: in tenant.yaml, or a database-connections/ folder",
  prompts: "prompts: with universal_login_experience in tenant.yaml, or prompts/prompts.json",
  tenantSettings: "tenant: in tenant.yaml, or tenant.json"
};
var NOUN = {
  client: "applications",
  clientGrant: "client grants",
  organization: "organizations",
  organizationConnection: "organizations' connections",
  organizationClientGrant: "organizations' client grants",
  connection: "connections",
  database: "database connections",
  prompts: "prompts settings",
  tenantSettings: "tenant settings"
};
var FULL_EXPORT_EVIDENCE = ["tenantSettings", "connection", "database", "prompts"];
var ORGANIZATION_PARTS = [
  ["organizationConnection", "connections"],
  ["organizationClientGrant", "client_grants"]
];
function assembleTenant(id, contributions, exclusions) {
  const t = createTenant(id);
  const listed = /* @__PURE__ */ new Set();
  let export_ = false;
  for (let i = 0; i < contributions.length; i++) {
    const c = contributions[i];
    const lists = c.lists;
    if (lists) for (let k = 0; k < lists.length; k++) listed.add(lists[k]);
    if (c.hasOrganizations) listed.add("organization");
    if (c.hasClientGrants) listed.add("clientGrant");
    if (c.absentCause === "absent") export_ = true;
    const rs = c.resources;
    for (let k = 0; k < rs.length; k++) push(t, rs[k]);
  }
  const full = export_ && FULL_EXPORT_EVIDENCE.filter((k) => listed.has(k)).length >= 2;
  if (!full) for (const s of t.settings) s.partial = true;
  const cause = full ? "absent" : "not-held";
  for (const kind of RESOURCE_KINDS) {
    if (listed.has(kind)) t.kinds[kind] = { known: true };
    else if (export_ && !ORGANIZATION_PARTS.some(([k]) => k === kind)) {
      t.kinds[kind] = { known: false, kind, cause, reason: `no ${NOUN[kind]} in the export (${WHERE[kind]})` };
    }
  }
  if (listed.has("organization")) {
    for (const [kind, field] of ORGANIZATION_PARTS) {
      if (listed.has(kind)) continue;
      const all = t.organizations.every((o) => Array.isArray(o.value[field]));
      t.kinds[kind] = all ? { known: true } : { known: false, kind, cause, reason: `the export does not list ${WHERE[kind]}` };
    }
  }
  if (export_ && exclusions) applyExclusions(t, exclusions);
  return t;
}
function push(t, r) {
  switch (r.type) {
    case "client":
      t.clients.push(r);
      break;
    case "clientGrant":
      t.clientGrants.push(r);
      break;
    case "organization":
      t.organizations.push(r);
      break;
    case "connection":
      t.connections.push(r);
      break;
    default:
      t.settings.push(r);
  }
}
var DEPLOY_CLI_TYPES = {
  clients: ["client"],
  clientGrants: ["clientGrant"],
  organizations: ["organization", "organizationConnection", "organizationClientGrant"],
  connections: ["connection"],
  databases: ["database"],
  prompts: ["prompts"],
  tenant: ["tenantSettings"]
};
function applyExclusions(t, ex) {
  for (const [type, kinds] of Object.entries(DEPLOY_CLI_TYPES)) {
    const excluded = ex.excluded?.includes(type) ? `AUTH0_EXCLUDED` : ex.includedOnly && !ex.includedOnly.includes(type) ? "AUTH0_INCLUDED_ONLY" : void 0;
    if (!excluded) continue;
    for (const kind of kinds) {
      t.kinds[kind] = { known: false, kind, cause: "excluded", reason: `${NOUN[kind]} are not managed by deploy-cli (${excluded} in ${ex.file})` };
    }
  }
  const byName = [
    ["client", "AUTH0_EXCLUDED_CLIENTS", ex.excludedClients, false],
    ["connection", "AUTH0_EXCLUDED_CONNECTIONS", ex.excludedConnections, false],
    ["database", "AUTH0_EXCLUDED_DATABASES", ex.excludedDatabases, false],
    ["connection", "AUTH0_INCLUDED_CONNECTIONS", ex.includedConnections, true]
  ];
  for (const [kind, key, names2, only] of byName) {
    const state = t.kinds[kind];
    if (!names2 || !state?.known) continue;
    const reason = `some ${NOUN[kind]} are not managed by deploy-cli (${key} in ${ex.file})`;
    const prev = state.excluded;
    t.kinds[kind] = {
      known: true,
      excluded: {
        reason: prev ? `${prev.reason}; ${reason}` : reason,
        names: only ? prev?.names : /* @__PURE__ */ new Set([...prev?.names ?? [], ...names2]),
        onlyNames: only ? new Set(names2) : prev?.onlyNames
      }
    };
  }
}

// src/engine/suppressions.ts
var DIRECTIVE_WITHOUT_REASON = "disable-directive-without-reason";
var UNSUPPRESSIBLE = /* @__PURE__ */ new Set(["parse-error", "read-error", "file-too-large", "unused-disable-directive", DIRECTIVE_WITHOUT_REASON]);
function applyDirectives(doc, findings, knownRuleIds) {
  if (doc.directives.length === 0) return { kept: findings, unused: [], suppressed: [], unexplained: [] };
  const scopes = [];
  const open = /* @__PURE__ */ new Map();
  const close = (s, line) => {
    s.toLine = line;
    for (const id of s.directive.ruleIds.length ? s.directive.ruleIds : ["*"]) open.get(id)?.delete(s);
  };
  for (const d of doc.directives) {
    const scope = (from, to) => ({ directive: d, fromLine: from, toLine: to, used: /* @__PURE__ */ new Set() });
    switch (d.kind) {
      case "disable-file":
        scopes.push(scope(1, Infinity));
        break;
      case "disable-line":
        scopes.push(scope(d.line, d.endLine ?? d.line));
        break;
      case "disable-next-line": {
        const next = (d.endLine ?? d.line) + 1;
        scopes.push(scope(next, next));
        break;
      }
      case "disable": {
        const s = scope(d.line, Infinity);
        scopes.push(s);
        for (const id of d.ruleIds.length ? d.ruleIds : ["*"]) {
          const set = open.get(id) ?? /* @__PURE__ */ new Set();
          set.add(s);
          open.set(id, set);
        }
        break;
      }
      case "enable": {
        const closing = d.ruleIds.length === 0 ? [...open.values()].flatMap((set) => [...set]) : ["*", ...d.ruleIds].flatMap((id) => [...open.get(id) ?? []]);
        for (const s of closing) close(s, d.line);
        break;
      }
    }
  }
  const ranges = /* @__PURE__ */ new Map();
  for (const s of scopes) {
    for (const id of s.directive.ruleIds.length ? s.directive.ruleIds : ["*"]) {
      const list = ranges.get(id) ?? [];
      list.push([s.fromLine, s.toLine]);
      ranges.set(id, list);
    }
  }
  for (const list of ranges.values()) mergeRanges(list);
  const lines = /* @__PURE__ */ new Map([["*", []]]);
  const kept = [];
  const hidden2 = [];
  for (const f of findings) {
    if (UNSUPPRESSIBLE.has(f.ruleId)) {
      kept.push(f);
      continue;
    }
    lines.get("*").push(f.line);
    const own = lines.get(f.ruleId) ?? [];
    own.push(f.line);
    lines.set(f.ruleId, own);
    if (!covers(ranges.get("*"), f.line) && !covers(ranges.get(f.ruleId), f.line)) kept.push(f);
    else hidden2.push(f);
  }
  const byLine = /* @__PURE__ */ new Map();
  const wide = [];
  for (const s of scopes) {
    if (s.fromLine !== s.toLine) wide.push(s);
    else byLine.set(s.fromLine, [...byLine.get(s.fromLine) ?? [], s]);
  }
  const nearestWide = wideScopeFinder(wide);
  const suppressed = [...hidden2].sort((x, y) => x.line - y.line).map((f) => {
    const s = coveringScope(byLine.get(f.line) ?? [], f) ?? nearestWide(f);
    const d = s?.directive;
    return { ...f, suppression: { kind: "inline", reason: d?.reason || null, directive: d ? { kind: d.kind, line: d.line, ...s.toLine === Infinity ? { toEnd: true } : {} } : void 0 } };
  });
  for (const list of lines.values()) list.sort((a, b) => a - b);
  for (const s of scopes) {
    for (const id of s.directive.ruleIds.length ? s.directive.ruleIds : ["*"]) {
      if (anyWithin(lines.get(id), s.fromLine, s.toLine)) s.used.add(id);
    }
  }
  const unused = [];
  const unexplained = [];
  for (const d of doc.directives) {
    if (d.kind === "enable" || d.reason) continue;
    unexplained.push({
      ruleId: DIRECTIVE_WITHOUT_REASON,
      severity: "error",
      message: `orglint-${d.kind} without a reason: write why after "--"`,
      file: doc.file,
      ...spanToPosition(doc, d.span),
      path: "",
      resource: null,
      fix: null,
      doc,
      span: d.span
    });
  }
  for (const s of scopes) {
    const d = s.directive;
    if (d.kind === "enable") continue;
    const idle = d.ruleIds.length === 0 ? s.used.size === 0 ? ["*"] : [] : d.ruleIds.filter((id) => !s.used.has(id));
    for (const id of idle) {
      const pos = spanToPosition(doc, d.span);
      const what = id === "*" ? "this orglint-" + d.kind + " comment suppresses nothing" : knownRuleIds.has(id) ? `"${id}" is disabled here but reports nothing` : `"${escapeControls(id)}" is not a rule orglint knows`;
      unused.push({
        ruleId: "unused-disable-directive",
        severity: "warning",
        message: `unused disable directive: ${what}`,
        file: doc.file,
        ...pos,
        path: "",
        resource: null,
        fix: null,
        doc,
        span: d.span
      });
    }
  }
  return { kept, unused, suppressed, unexplained };
}
function coveringScope(scopes, f) {
  let best;
  for (const s of scopes) {
    const ids2 = s.directive.ruleIds;
    if (f.line < s.fromLine || f.line > s.toLine || ids2.length && !ids2.includes(f.ruleId)) continue;
    if (!best || s.directive.line > best.directive.line) best = s;
  }
  return best;
}
function wideScopeFinder(wide) {
  const byStart = [...wide].sort((a, b) => a.fromLine - b.fromLine || a.directive.line - b.directive.line);
  const heaps = /* @__PURE__ */ new Map();
  let next = 0;
  const top = (id, line) => {
    const h = heaps.get(id);
    while (h?.length && h[0].toLine < line) heapPop(h);
    return h?.[0];
  };
  return (f) => {
    for (; next < byStart.length && byStart[next].fromLine <= f.line; next++) {
      const s = byStart[next];
      for (const id of s.directive.ruleIds.length ? s.directive.ruleIds : ["*"]) {
        const h = heaps.get(id) ?? [];
        heapPush(h, s);
        heaps.set(id, h);
      }
    }
    const a = top("*", f.line);
    const b = top(f.ruleId, f.line);
    return a && b ? a.directive.line >= b.directive.line ? a : b : a ?? b;
  };
}
function heapPush(h, s) {
  h.push(s);
  for (let i = h.length - 1; i > 0; ) {
    const p = i - 1 >> 1;
    if (h[p].directive.line >= h[i].directive.line) break;
    [h[p], h[i]] = [h[i], h[p]];
    i = p;
  }
}
function heapPop(h) {
  const last = h.pop();
  if (h.length === 0) return;
  h[0] = last;
  for (let i = 0; ; ) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < h.length && h[l].directive.line > h[m].directive.line) m = l;
    if (r < h.length && h[r].directive.line > h[m].directive.line) m = r;
    if (m === i) break;
    [h[m], h[i]] = [h[i], h[m]];
    i = m;
  }
}
function mergeRanges(list) {
  list.sort((a, b) => a[0] - b[0]);
  let w = 0;
  for (const r of list) {
    if (w > 0 && r[0] <= list[w - 1][1] + 1) list[w - 1][1] = Math.max(list[w - 1][1], r[1]);
    else list[w++] = [r[0], r[1]];
  }
  list.length = w;
}
function covers(list, line) {
  if (!list?.length) return false;
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (list[mid][0] <= line) lo = mid;
    else hi = mid - 1;
  }
  return list[lo][0] <= line && line <= list[lo][1];
}
function anyWithin(sorted, from, to) {
  if (!sorted?.length) return false;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] <= to;
}

// src/engine/unmatched.ts
function unmatchedArgs(args, linted, loaded) {
  const why = /* @__PURE__ */ new Map();
  const codes = /* @__PURE__ */ new Map();
  for (const l of loaded) {
    if (l.status !== "skipped" || !("reason" in l)) continue;
    why.set(l.file, l.reason);
    if (l.code) codes.set(l.file, l.code);
  }
  const out = [];
  const notes = [];
  for (const a of args) {
    if (a.files.some((f) => linted.has(f))) continue;
    const name = escapeControls(a.arg);
    const count = (n, what) => `${n} ${what}${n === 1 ? "" : "s"}`;
    if (a.kind === "file" && a.files.length) notes.push(`${name}: not tenant configuration: ${why.get(a.files[0]) ?? "it could not be read"}`);
    else if (a.kind === "file") notes.push(`${name}: ignored by the config's ignore patterns`);
    else if (a.kind === "glob" && !a.files.length && !a.left.size) notes.push(`no file matches the glob ${name}`);
    else {
      const detail = [];
      const coded = (code) => a.files.filter((f) => codes.get(f) === code).length;
      const cased = coded("extension-case");
      const named = coded("name-case");
      const terraform = coded("not-read-by-terraform") + (a.unread?.length ?? 0);
      const other = a.files.length - cased - named - (terraform - (a.unread?.length ?? 0));
      if (other) detail.push(`${count(other, "file")} read: none is a deploy-cli export, Management API dump, PATCH payload, HAR capture or Terraform plan or configuration`);
      if (cased) detail.push(`${count(cased, "file")} with an extension not in lower case, which deploy-cli and Terraform do not read: rename ${cased === 1 ? "it" : "them"} to end in .json, .yaml, .yml or .tf.json`);
      if (named) {
        detail.push(
          `${count(named, "file")} named like a file deploy-cli or Terraform opens by its exact name (tenant.json, prompts.json, database.json, terraform.tfvars) but for the letter case, which this file system tells apart, so ${named === 1 ? "it is" : "they are"} not read (--debug says which)`
        );
      }
      if (terraform) detail.push(`${count(terraform, "file")} Terraform does not read with ${terraform === 1 ? "its" : "their"} folder's module (a name that starts with ".", ends with "~", starts and ends with "#", or does not end in exactly .tf or .tf.json; --debug says which)`);
      for (const [reason, n] of a.left) detail.push(LEFT_WORDS[reason]?.(n) ?? `${count(n, "file")}: ${reason}`);
      if (!detail.length) detail.push("it holds no .yaml, .yml, .json, .har or .tf file");
      notes.push(`no tenant configuration found in ${a.kind === "glob" ? `the files matching ${name}` : name} (${detail.join("; ")})`);
    }
    let refused = 0;
    for (const [reason, n] of a.left) if (!UNREAD_BY_DEPLOY_CLI.has(reason)) refused += n;
    out.push({ arg: a.arg, kind: a.kind, message: notes[notes.length - 1], refused });
  }
  return out;
}
var LEFT_WORDS = {
  "ignored by the config": (n) => `${n} ${n === 1 ? "file" : "files"} left out by the config's ignore patterns`,
  [LINK_ELSEWHERE]: (n) => `${n} symbolic ${n === 1 ? "link" : "links"} to a path outside the repository or in a dot folder of it, not read (name ${n === 1 ? "its target" : "their targets"} to lint ${n === 1 ? "it" : "them"})`,
  [LINK_NOWHERE2]: (n) => `${n} symbolic ${n === 1 ? "link" : "links"} that ${n === 1 ? "leads" : "lead"} nowhere`,
  [LINK_LOOP]: (n) => `${n} symbolic ${n === 1 ? "link" : "links"} back to a folder the walk is in`,
  [LINK_OTHER]: (n) => `${n} symbolic ${n === 1 ? "link" : "links"} to something that is not a regular file or folder`,
  "not a regular file (a FIFO, socket or device)": (n) => `${n} ${n === 1 ? "entry" : "entries"} not a regular file (a FIFO, socket or device)`
};
var UNREAD_BY_DEPLOY_CLI = /* @__PURE__ */ new Set(["ignored by the config", LINK_NOWHERE2, LINK_LOOP, LINK_OTHER]);

// lazy-builtin:crypto
import { createRequire as createRequire5 } from "node:module";
var real4;
var load3 = () => real4 ??= createRequire5(import.meta.url)("node:crypto");
function createHash(...args) {
  return load3().createHash(...args);
}
function randomBytes(...args) {
  return load3().randomBytes(...args);
}
var crypto_default = new Proxy({}, { get: (_, key) => load3()[key] });

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
  let path36 = f.keyPath ?? f.path;
  if (f.source && f.docPath && f.docPath.length >= f.source.path.length) path36 = toPointer(identityPath(f.source.value, f.docPath.slice(f.source.path.length)));
  return { resource, ruleId: f.ruleId, path: path36 };
}
function legacyFindingKey(f) {
  const resource = f.resource ? `${f.resource.type} ${f.resource.name}` : "";
  let path36 = f.legacyKeyPath ?? f.path;
  if (f.source && f.docPath && f.docPath.length >= f.source.path.length) path36 = toPointer(f.docPath.slice(f.source.path.length));
  return { resource, ruleId: f.ruleId, path: path36 };
}
function findingHash(file, f) {
  const k = findingKey(f);
  return createHash("sha256").update([file, k.resource, k.ruleId, k.path].join("\0")).digest("hex").slice(0, 32);
}

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
var MAX_DEPTH4 = 64;
function flatData(v, depth2 = 0) {
  if (typeof v === "string") return flatString(v);
  if (v === null || typeof v !== "object" || depth2 > MAX_DEPTH4) return v;
  if (Array.isArray(v)) return v.map((x) => flatData(x, depth2 + 1));
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return v;
  const out = proto === null ? /* @__PURE__ */ Object.create(null) : {};
  for (const k of Object.keys(v)) {
    const x = flatData(v[k], depth2 + 1);
    if (k === "__proto__") Object.defineProperty(out, k, { value: x, enumerable: true, writable: true, configurable: true });
    else out[k] = x;
  }
  return out;
}

// src/engine/detach.ts
var HTML_AROUND = 2;
function detachFindings(findings, around = 0, strings2 = new StringTable()) {
  const copy = (s) => strings2.copy(s);
  let lastDoc;
  let lastFrom = 0;
  let lastTexts = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const doc = f.doc;
    const kept = keptOf(f);
    if (f.source && f.docPath) {
      const plain = plainKeyPath(f.source.path.length, f.docPath, f.path);
      const key = copy(plain ?? findingKey(f).path);
      const legacy = plain ?? legacyFindingKey(f).path;
      kept.keyPath = key;
      kept.legacyKeyPath = legacy === key ? key : copy(legacy);
    }
    if (doc) {
      const from = Math.max(1, f.line - around);
      const to = f.line + around;
      const texts = new Array(Math.max(0, to - from + 1));
      for (let n = from; n <= to; n++) {
        const j = n - lastFrom;
        texts[n - from] = doc === lastDoc && j >= 0 && j < lastTexts.length ? lastTexts[j] : copy(quotedLine(doc, n));
      }
      lastDoc = doc;
      lastFrom = from;
      lastTexts = texts;
      kept.lines = texts;
      kept.linesFrom = from;
    }
    flattenStrings(kept, copy);
    findings[i] = kept;
  }
}
function plainKeyPath(from, docPath, pointer) {
  if (docPath.length < from) return void 0;
  for (let i = from; i < docPath.length; i++) if (typeof docPath[i] === "number") return void 0;
  return from === 0 ? pointer : toPointer(docPath.slice(from));
}
function keptOf(f) {
  const kept = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    path: f.path,
    resource: f.resource,
    fix: f.fix,
    alternatives: f.alternatives,
    predictedResponse: f.predictedResponse,
    related: f.related,
    messageId: f.messageId,
    lines: f.lines,
    linesFrom: f.linesFrom,
    keyPath: f.keyPath,
    legacyKeyPath: f.legacyKeyPath,
    suppression: f.suppression
  };
  return kept;
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
  const lines = f.lines;
  if (!lines) return "";
  const j = n - (f.linesFrom ?? 1);
  return j >= 0 && j < lines.length ? lines[j] : "";
}

// src/engine/tenant-groups.ts
import path29 from "node:path";
function groupTargets(targets3) {
  const groups = /* @__PURE__ */ new Map();
  const keyOfFolder = /* @__PURE__ */ new Map();
  const last = { folder: "", key: "" };
  for (const t of targets3) {
    const key = groupKey(t.file, keyOfFolder, last);
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()];
}
var TERRAFORM = /\.(tf|tf\.json|tfvars|tfvars\.json)$/i;
var JSON_FILE = /\.json$/i;
function groupKey(file, keyOfFolder, last) {
  if (TERRAFORM.test(file)) {
    const folder = path29.dirname(file);
    let key = keyOfFolder.get(`tf\0${folder}`);
    if (key === void 0) keyOfFolder.set(`tf\0${folder}`, key = `tf\0${folder}`);
    return key;
  }
  if (JSON_FILE.test(file)) {
    const cut = lastSeparator(file);
    if (cut !== -1 && cut === last.folder.length && file.startsWith(last.folder) && !file.endsWith("/tenant.json")) return last.key;
    const parts = folderAndName(file);
    const tenantJson = parts.name === "tenant.json";
    const folder = tenantJson ? file : parts.folder;
    let key = keyOfFolder.get(folder);
    if (key === void 0) {
      const root = directoryTenantRoot(file);
      if (!root) return file;
      keyOfFolder.set(folder, key = `dir\0${root}`);
    }
    if (!tenantJson && cut !== -1) [last.folder, last.key] = [folder, key];
    return key;
  }
  return file;
}

// src/engine/threads.ts
import { existsSync as existsSync7, statSync as statSync8 } from "node:fs";
import os2 from "node:os";
import { fileURLToPath as fileURLToPath4 } from "node:url";
var MIN_CORES = 4;
var MIN_WORK = 8 * 1024 * 1024;
var FILE_COST = 0;
var MIN_GROUPS = 2;
var MAX_AUTO = 4;
var STAT_BUDGET = 512;
var PER_GROUP = 4;
function coresNow() {
  const cores = typeof os2.availableParallelism === "function" ? os2.availableParallelism() : os2.cpus().length;
  return { cores, idle: Math.floor(cores - os2.loadavg()[0]) };
}
function autoCeiling() {
  const { cores, idle } = coresNow();
  if (cores < MIN_CORES || idle < 1) return 1;
  return Math.max(1, Math.min(cores, idle + 1, MAX_AUTO));
}
function threadsToStart(setting, cwd, paths) {
  if (setting !== "auto") return Math.min(setting, Math.max(2, coresNow().cores));
  const ceiling = autoCeiling();
  if (ceiling < 2) return 1;
  if (paths.length > STAT_BUDGET) return 1;
  const bytes = namedFileBytes(cwd, paths);
  if (bytes === void 0) return 1;
  const work = bytes + paths.length * FILE_COST;
  return paths.length >= MIN_GROUPS && work >= MIN_WORK ? ceiling : 1;
}
function planGroups(groups) {
  const per = Math.min(PER_GROUP, Math.floor(STAT_BUDGET / Math.max(1, groups.length)));
  const weight = new Float64Array(groups.length);
  let work = 0;
  if (per >= 1) {
    groups.forEach((g, i) => {
      const k = Math.min(per, g.length);
      let size = 0;
      for (let j = 0; j < k; j++) size += sizeOf(g[Math.floor(j * g.length / k)].file);
      weight[i] = size / k * g.length;
      work += weight[i] + g.length * FILE_COST;
    });
  } else {
    let files = 0;
    groups.forEach((g, i) => {
      weight[i] = g.length;
      files += g.length;
    });
    const step = Math.max(1, Math.floor(groups.length / STAT_BUDGET));
    let sampled = 0;
    let size = 0;
    for (let i = 0; i < groups.length; i += step, sampled++) size += sizeOf(groups[i][0].file);
    work = (size / Math.max(1, sampled) + FILE_COST) * files;
  }
  const order = Array.from(groups, (_, i) => i).sort((a, b) => weight[b] - weight[a] || a - b);
  return { order, work };
}
function sizeOf(file) {
  try {
    return statSync8(file).size;
  } catch {
    return 0;
  }
}
function mayThread(setting, groups) {
  if (groups.length < MIN_GROUPS) return false;
  return setting === "auto" ? autoCeiling() > 1 : setting > 1;
}
function threadsFor(setting, groups, plan) {
  if (groups.length < MIN_GROUPS) return 1;
  if (setting !== "auto") return Math.min(setting, groups.length);
  if (plan.work < MIN_WORK) return 1;
  return Math.min(autoCeiling(), groups.length);
}
function workerEntry() {
  for (const rel of ["./lint-worker.js", "../lint-worker.js"]) {
    const file = fileURLToPath4(new URL(rel, import.meta.url));
    if (existsSync7(file)) return file;
  }
  return void 0;
}

// src/formatters/tenant-report.ts
var REPORT_APPLICATIONS = 1e3;

// src/formatters/checked-resources.ts
function checkedResources(result) {
  if (result.resources && result.tenants.length === 0) return [...result.resources];
  const linted = new Set(result.files);
  const out = [];
  for (const t of result.tenants) tenantResources(t, linted, out);
  return out;
}
function tenantResources(t, linted, out = []) {
  for (const r of [...t.clients, ...t.clientGrants, ...t.organizations]) {
    if (!linted.has(r.doc.file)) continue;
    const c = { type: r.type, name: flatString(r.name), file: r.doc.file, path: toPointer(r.path), partial: r.partial };
    if (r.type === "client") {
      c.organizationUsage = flatData(r.value.organization_usage);
      c.organizationRequireBehavior = flatData(r.value.organization_require_behavior);
    }
    out.push(c);
  }
  return out;
}

// src/engine/lint.ts
async function lintPaths(req) {
  const threaded = req.workers && req.release && !req.stdin && !req.overlay ? req.workers : void 0;
  const pool = {};
  if (threaded) pool.current = await startWorkers(req, threadsToStart(threaded.threads, req.cwd, req.paths));
  try {
    return await lintOnThreads(req, threaded?.threads, pool);
  } finally {
    await pool.current?.close();
  }
}
async function lintOnThreads(req, setting, pool) {
  const { config, debug } = req;
  const { targets: targets3, args, listings } = req.stdin ? { ...stdinTarget(req.stdin.file, config, debug), listings: void 0 } : await expandPaths(req.cwd, req.paths, config.ignore, config.baseDir, (f, why) => debug?.(`skipped ${f}: ${why}`), req.overlay);
  const rankOf = /* @__PURE__ */ new Map();
  targets3.forEach((t, i) => rankOf.set(t.file, i));
  const groups = groupTargets(targets3);
  const plan = setting !== void 0 && mayThread(setting, groups) ? planGroups(groups) : void 0;
  const threads = plan ? threadsFor(setting, groups, plan) : 1;
  if (plan && threads > 1) {
    pool.current ??= await startWorkers(req, threads);
    pool.current?.grow(threads - 1);
  }
  if (plan && threads > 1 && pool.current) {
    debug?.(`linting ${groups.length} groups of files on ${threads} threads (${threads - 1} worker${threads === 2 ? "" : "s"})`);
    const limit = req.reportModels ? REPORT_APPLICATIONS : void 0;
    const shared3 = { ...await groupShared(req, rankOf), listings };
    const local = async (group, groupDebug) => {
      const g = await lintGroup({ ...req, debug: groupDebug }, group, shared3, limit);
      req.betweenGroups?.();
      return g;
    };
    return mergeGroups(req, await pool.current.run(groups, rankOf, plan.order, threads, limit, local, debug, sendableFolders(listings)), args);
  }
  void pool.current?.close();
  const shared2 = { ...await groupShared(req, rankOf), listings };
  const outcomes = [];
  let room = REPORT_APPLICATIONS;
  for (const group of groups) {
    const g = await lintGroup(req, group, shared2, req.reportModels ? room : void 0);
    for (const t of g.tenants) room -= Math.min(room, t.report.clients);
    outcomes.push(g);
    req.betweenGroups?.();
  }
  return mergeGroups(req, outcomes, args);
}
async function startWorkers(req, threads) {
  const entry = threads > 1 ? workerEntry() : void 0;
  if (!entry) return void 0;
  const { LintPool } = await import("./worker-pool-3FITTOOW.js");
  const settings = {
    source: req.workers.source,
    cliRules: req.cliRules ?? {},
    inlineConfig: req.inlineConfig,
    varFiles: req.varFiles,
    release: req.release ?? false,
    reportModels: req.reportModels ?? false,
    quoteContext: req.quoteContext ?? false,
    listResources: req.listResources ?? true,
    debug: req.debug !== void 0
  };
  return new LintPool(entry, settings, threads - 1);
}
async function lintGroup(req, group, shared2, modelLimit) {
  const { config, debug } = req;
  const { settings, rankOf, loadOpts } = shared2;
  const named = { ...loadOpts, explicit: true };
  const walked2 = { ...loadOpts, explicit: false };
  const linked = { ...walked2, throughLink: true };
  const loaded = await loadAll(group, (t) => loadFileNow(t.file, t.explicit ? named : t.linked ? linked : walked2));
  const targetFiles = /* @__PURE__ */ new Set();
  for (let i = 0; i < loaded.length; i++) {
    const l = loaded[i];
    if (l.status === "skipped") debug?.(`skipped ${l.file}: ${l.reason}`);
    else targetFiles.add(l.file);
  }
  await lintModulesOfNamedContext(loaded, group, targetFiles, walked2, config);
  let context = await loadDirectorySiblings(loaded, targetFiles, loadOpts, shared2.listings);
  dropStrayNonObjects(loaded, context, targetFiles);
  context = reportBrokenModuleFiles(loaded, context, targetFiles, config);
  if (debug) for (const n of moduleFilesNotRead(loaded, context)) debug(`skipped ${n.file}: ${n.why}`);
  guardFolders([loaded, context], shared2.listings);
  const tenants = assembleTenants(context.length ? [...loaded, ...context] : loaded, config.exclusions);
  const findings = [];
  for (let i = 0; i < loaded.length; i++) {
    const l = loaded[i];
    if (l.status === "failed" || l.status === "loaded" && l.doc.problems.length) for (const f of fileProblems(l)) findings.push(f);
  }
  const merged = context.length === 0 ? void 0 : mergedIntoLinted(tenants, targetFiles);
  const keep = !merged ? keepAll : merged.size === 0 ? (r) => targetFiles.has(r.doc.file) : (r) => targetFiles.has(r.doc.file) || merged.has(r);
  const skips = new SkipLog();
  const ignored = context.length && config.ignore.length ? globMatcher(config.ignore) : void 0;
  const reportable = ignored ? (r) => !ignored(path30.relative(config.baseDir, r.doc.file).split(path30.sep).join("/")) : keepAll;
  const shown3 = merged?.size ? (f) => !merged.has(f.source) || targetFiles.has(f.file) : void 0;
  const made = runRules(tenants, req.rules, settings, keep, skips, reportable, shown3);
  leaveUnhandedFixes(made, group, loaded, targetFiles);
  for (let i = 0; i < made.length; i++) findings.push(made[i]);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (!f.doc) continue;
    const secrets2 = secretsOf(f.doc);
    if (secrets2.length) f.message = maskKnown(f.message, secrets2);
  }
  const docs = /* @__PURE__ */ new Map();
  for (let i = 0; i < loaded.length; i++) {
    const l = loaded[i];
    if (l.status === "loaded") docs.set(l.file, l.doc);
  }
  const suppressed = [];
  const final = finalize(findings, docs, req.rules, settings, { inlineConfig: req.inlineConfig, requireReason: config.requireDirectiveReason, suppressed });
  const clients = tenants.reduce((n, t) => n + (context.length === 0 ? t.clients.length : clientsDecided(t, req.rules, settings, keep, reportable)), 0);
  const secrets = /* @__PURE__ */ new Set();
  for (const d of docs.values()) addSecretsOf(d, secrets);
  if (context.length) {
    for (const f of final) if (f.doc && !docs.has(f.doc.file)) addSecretsOf(f.doc, secrets);
  }
  let limit = modelLimit;
  const pieces = tenants.map((t) => {
    const report2 = shared2.tenantReport ? shared2.tenantReport(t, docs, limit) : { id: t.id, clients: t.clients.length };
    if (limit !== void 0) limit -= Math.min(limit, t.clients.length);
    return { rank: tenantRank(t.id, loaded, rankOf), report: report2, resources: req.listResources === false ? NO_RESOURCES : tenantResources(t, targetFiles) };
  });
  const outcome = {
    findings: final,
    suppressed,
    tenants: pieces,
    clients,
    skipped: skips.list(),
    // (a named variables.tf or terraform.tfvars is linted as part of its module: targetFiles holds it)
    outcomes: loaded.map((l) => l.status !== "skipped" ? { file: l.file, status: l.status } : targetFiles.has(l.file) ? { file: l.file, status: "loaded" } : { file: l.file, status: "skipped", reason: l.reason, code: l.code }),
    // (kept for the whole run: copies, not views into the files' texts, see flat-string.ts)
    secrets: Array.from(secrets, flatString)
  };
  if (req.release) {
    const around = req.quoteContext ? HTML_AROUND : 0;
    detachFindings(final, around, shared2.strings);
    detachFindings(suppressed, around, shared2.strings);
    for (const t of pieces) if (t.report.model) t.report.model = flatData(t.report.model);
  } else {
    outcome.docs = docs;
    outcome.tenantsRead = tenants;
  }
  return outcome;
}
var NO_RESOURCES = [];
async function groupShared(req, rankOf) {
  const { config } = req;
  const isPayloadFile = payloadFileMatcher(config.payloads, config.baseDir);
  const overlay = req.stdin ? /* @__PURE__ */ new Map([[req.stdin.file, stdinRead(req.stdin.bytes, config.maxFileSize)]]) : req.overlay;
  const loadOpts = { keywords: config.keywords, maxFileSize: config.maxFileSize, overlay, isPayloadFile, varFiles: req.varFiles };
  const tenantReport = req.reportModels ? (await import("./report-context-RHCVAKOE.js")).tenantReport : void 0;
  return { settings: new RuleSettings(config, req.rules, req.cliRules), rankOf, loadOpts, tenantReport, strings: new StringTable() };
}
function tenantRank(id, loaded, rankOf) {
  for (const l of loaded) if (l.status === "loaded" && l.contribution.tenantKey === id) return rankOf.get(l.file) ?? Number.MAX_SAFE_INTEGER;
  return Number.MAX_SAFE_INTEGER;
}
function mergeGroups(req, groups, args) {
  const findings = [];
  const suppressed = [];
  const outcomes = [];
  let clients = 0;
  const secrets = /* @__PURE__ */ new Set();
  const tenants = [];
  const docs = /* @__PURE__ */ new Map();
  for (const g of groups) {
    for (let i = 0; i < g.findings.length; i++) findings.push(g.findings[i]);
    for (let i = 0; i < g.suppressed.length; i++) suppressed.push(g.suppressed[i]);
    for (let i = 0; i < g.outcomes.length; i++) outcomes.push(g.outcomes[i]);
    clients += g.clients;
    for (const s of g.secrets) secrets.add(s);
    g.tenants.forEach((t, i) => tenants.push({ ...t, order: tenants.length, read: g.tenantsRead?.[i] }));
    if (g.docs) for (const [file, doc] of g.docs) docs.set(file, doc);
  }
  const files = [];
  for (let i = 0; i < outcomes.length; i++) if (outcomes[i].status !== "skipped") files.push(outcomes[i].file);
  tenants.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const tenantOrder = new Map(tenants.map((t, i) => [t.report.id, i]));
  const skipped2 = /* @__PURE__ */ new Map();
  for (const g of groups) {
    for (const s of g.skipped) {
      const key = `${s.ruleId}\0${s.reason}`;
      const seen = skipped2.get(key);
      if (!seen) skipped2.set(key, { ...s, tenants: [...s.tenants] });
      else for (const t of s.tenants) if (!seen.tenants.includes(t)) seen.tenants.push(t);
    }
  }
  const byTenant = (a, b) => (tenantOrder.get(a) ?? 0) - (tenantOrder.get(b) ?? 0);
  const skippedRules = [...skipped2.values()].map((s) => ({ ...s, tenants: s.tenants.sort(byTenant) })).sort((a, b) => a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0);
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  const summary = summarize(findings, files.length, clients, suppressed.length);
  const unmatched = unmatchedArgs(args, new Set(files), outcomes);
  if (req.debug) {
    for (const a of args) if (a.unread && unmatched.some((u) => u.arg === a.arg)) for (const n of a.unread) req.debug(`skipped ${n.file}: ${n.why}`);
  }
  return {
    findings,
    suppressed,
    unmatched,
    summary,
    files,
    docs,
    tenants: req.release ? [] : tenants.map((t) => t.read),
    skippedRules,
    tenantReports: tenants.map((t) => t.report),
    resources: tenants.flatMap((t) => t.resources),
    secrets: [...secrets].sort((a, b) => b.length - a.length)
  };
}
function stdinTarget(file, config, debug) {
  const rel = path30.relative(config.baseDir, file).split(path30.sep).join("/");
  const arg = { arg: rel || file, kind: "file", files: [], left: /* @__PURE__ */ new Map() };
  if (config.ignore.length && globMatcher(config.ignore)(rel)) {
    debug?.(`skipped ${file}: ignored by the config`);
    arg.left.set("ignored by the config", 1);
    return { targets: [], args: [arg] };
  }
  arg.files.push(file);
  return { targets: [{ file, explicit: true }], args: [arg] };
}
function stdinRead(bytes, maxSize) {
  if (bytes.length > maxSize) {
    return { ok: false, rule: "file-too-large", message: `file is over the ${formatSize(maxSize)} limit (raise maxFileSize in the config to read it)` };
  }
  return decode(bytes);
}
function finalize(findings, docs, rules2, settings, opts = {}) {
  if (opts.inlineConfig === false || !someDirective(docs)) {
    opts.suppressed?.sort(compareFindings);
    return findings.sort(compareFindings);
  }
  const byFile = /* @__PURE__ */ new Map();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  let known3;
  const out = [];
  for (const [file, doc] of docs) if (doc.directives.length && !byFile.has(file)) byFile.set(file, []);
  for (const [file, list] of byFile) {
    const doc = docs.get(file);
    if (!doc || doc.directives.length === 0) {
      for (let i = 0; i < list.length; i++) out.push(list[i]);
      continue;
    }
    known3 ??= /* @__PURE__ */ new Set([...rules2.map((r) => r.id), ...Object.keys(BUILTIN_RULES)]);
    const { kept, unused, suppressed, unexplained } = applyDirectives(doc, list, known3);
    for (const f of kept) out.push(f);
    if (opts.suppressed) for (const f of suppressed) opts.suppressed.push(f);
    const unusedSetting = settings.get("unused-disable-directive", file).severity;
    if (unusedSetting !== "off") for (const f of unused) out.push({ ...f, severity: unusedSetting });
    const reason = settings.get(DIRECTIVE_WITHOUT_REASON, file);
    if ((opts.requireReason || reason.configured) && reason.severity !== "off") for (const f of unexplained) out.push({ ...f, severity: reason.severity });
  }
  opts.suppressed?.sort(compareFindings);
  return out.sort(compareFindings);
}
function someDirective(docs) {
  for (const doc of docs.values()) if (doc.directives.length) return true;
  return false;
}
function fileProblems(l) {
  const base2 = { path: "", resource: null, fix: null };
  if (l.status === "failed") {
    return [{ ...base2, ruleId: l.rule, severity: "error", message: l.message, file: l.file, line: 1, column: 1, endLine: 1, endColumn: 1 }];
  }
  if (l.status !== "loaded") return [];
  const problems = l.doc.problems;
  const shown3 = problems.length > MAX_PARSE_ERRORS ? problems.slice(0, MAX_PARSE_ERRORS) : problems;
  const out = shown3.map((p) => ({
    ...base2,
    ruleId: "parse-error",
    severity: "error",
    message: p.message,
    file: l.file,
    ...spanToPosition(l.doc, p.span),
    doc: l.doc,
    span: p.span
  }));
  if (problems.length > shown3.length) {
    const next = problems[shown3.length];
    const message2 = `${problems.length - shown3.length} more parse errors in this file are not shown; fix the ones above first`;
    out.push({ ...base2, ruleId: "parse-error", severity: "error", message: message2, file: l.file, ...spanToPosition(l.doc, next.span), doc: l.doc, span: next.span });
  }
  return out;
}
var MAX_PARSE_ERRORS = 20;
async function lintModulesOfNamedContext(loaded, group, targetFiles, opts, config) {
  if (!group.some((t) => t.explicit)) return;
  const named = new Set(group.filter((t) => t.explicit).map((t) => t.file));
  const isContext = (l) => named.has(l.file) && (l.status === "skipped" && (isModuleFileName(path30.basename(l.file)) || l.code === "module-vars") || isOverride(l.file));
  const folders = new Set(loaded.filter(isContext).map((l) => path30.dirname(l.file)));
  if (folders.size === 0) return;
  const ignored = config.ignore.length ? globMatcher(config.ignore) : void 0;
  for (const dir of folders) {
    let names2 = [];
    const links = /* @__PURE__ */ new Set();
    try {
      const entries2 = readdirSync3(dir, { withFileTypes: true }).filter((e) => (e.isFile() || e.isSymbolicLink()) && isModuleConfigName(e.name));
      for (const e of entries2) if (e.isSymbolicLink()) links.add(dir + path30.sep + e.name);
      names2 = entries2.map((e) => e.name).sort();
    } catch {
      continue;
    }
    const files = names2.map((n) => dir + path30.sep + n).filter((f) => !targetFiles.has(f) && !ignored?.(path30.relative(config.baseDir, f).split(path30.sep).join("/")));
    const asNamed = { ...opts, explicit: true };
    const got = (await loadAll(files, (f) => loadFileNow(f, links.has(f) ? asNamed : opts))).filter((l) => l.status === "loaded" && l.doc.format === "hcl");
    const hcl = (l) => l.status === "loaded" && l.doc.format === "hcl" && path30.dirname(l.file) === dir && targetFiles.has(l.file);
    if (!got.length && !loaded.some(hcl)) continue;
    for (const l of got) {
      const at2 = loaded.findIndex((x) => x.file === l.file);
      if (at2 === -1) loaded.push(l);
      else loaded[at2] = l;
      targetFiles.add(l.file);
    }
    for (const l of loaded) if (isContext(l) && path30.dirname(l.file) === dir) targetFiles.add(l.file);
  }
}
function reportBrokenModuleFiles(loaded, context, targetFiles, config) {
  const isHcl = (l) => l.status === "loaded" && l.doc.format === "hcl";
  if (!loaded.some(isHcl) && !context.some(isHcl)) return context;
  const hcl = [...loaded, ...context].flatMap((l) => l.status === "loaded" && l.doc.format === "hcl" ? [l.doc] : []);
  const { broken, unreadable } = brokenModuleFiles(hcl);
  if (!broken.length && !unreadable.length) return context;
  const ignored = config.ignore.length ? globMatcher(config.ignore) : void 0;
  const promote = (entry) => {
    const at2 = loaded.findIndex((l) => l.file === entry.file);
    const namedContext = at2 !== -1 && loaded[at2].status === "skipped";
    const namedUnread = entry.status === "failed" && at2 !== -1 && loaded[at2].status === "loaded";
    if (!namedContext && (targetFiles.has(entry.file) && !namedUnread || ignored?.(path30.relative(config.baseDir, entry.file).split(path30.sep).join("/")))) return;
    if (at2 === -1) loaded.push(entry);
    else loaded[at2] = entry;
    context = context.filter((l) => l.file !== entry.file);
    targetFiles.add(entry.file);
  };
  for (const { doc, folder } of broken) promote({ status: "loaded", file: doc.file, kind: "terraform-hcl", doc, contribution: { tenantKey: folder, resources: moduleResources(doc) } });
  for (const u of unreadable) promote({ status: "failed", file: u.file, rule: u.rule, message: u.message, tenantKey: u.folder });
  return context;
}
async function loadDirectorySiblings(loaded, targets3, opts, listings) {
  const roots = /* @__PURE__ */ new Set();
  const rootOfFolder = /* @__PURE__ */ new Map();
  let lastFolder2 = "";
  let lastRoot = null;
  for (let i = 0; i < loaded.length; i++) {
    const l = loaded[i];
    if (l.status !== "loaded") continue;
    if (l.kind === "deploy-cli-directory") {
      roots.add(l.contribution.tenantKey);
      continue;
    }
    if (!/\.json$/i.test(l.file)) continue;
    const file = l.file;
    const tenantJson = file.endsWith("tenant.json") && folderAndName(file).name === "tenant.json";
    if (!tenantJson && lastFolder2 !== "" && inFolder(file, lastFolder2)) {
      if (lastRoot) roots.add(lastRoot);
      continue;
    }
    const folder = tenantJson ? file : folderOf(file);
    let root = rootOfFolder.get(folder);
    if (root === void 0) rootOfFolder.set(folder, root = directoryTenantRoot(file));
    if (!tenantJson) [lastFolder2, lastRoot] = [folder, root];
    if (root) roots.add(root);
  }
  const extra = [];
  const modules = /* @__PURE__ */ new Set();
  for (let i = 0; i < loaded.length; i++) {
    const l = loaded[i];
    if (l.status === "loaded" && l.doc.format === "hcl") modules.add(path30.dirname(l.file));
  }
  for (const dir of modules) {
    const names2 = listFolder(dir, listings).files.filter(isModuleConfigName);
    for (const n of names2.sort()) {
      const f = dir + path30.sep + n;
      if (!targets3.has(f)) extra.push(f);
    }
  }
  const linked = /* @__PURE__ */ new Set();
  for (const root of roots) {
    const files = directoryFiles(root, (dir) => withLinks(dir, listFolder(dir, listings), linked), (f) => targets3.has(f));
    for (let i = 0; i < files.length; i++) if (!targets3.has(files[i])) extra.push(files[i]);
  }
  const walked2 = { ...opts, explicit: false };
  const throughLink = { ...walked2, throughLink: true };
  return loadAll(extra, (f) => loadFileNow(f, linked.has(f) ? throughLink : walked2));
}
function withLinks(dir, listing, linked) {
  if (!listing.links?.length) return listing;
  let files;
  let dirs;
  for (const name of listing.links) {
    const full = path30.join(dir, name);
    const real5 = linkTarget(full);
    if (real5 === void 0 || "refused" in boundTarget(full, real5, "cwd")) continue;
    let st;
    try {
      st = statSync9(real5);
    } catch {
      continue;
    }
    if (st.isFile()) {
      (files ??= [...listing.files]).push(name);
      linked.add(full);
    } else if (st.isDirectory()) (dirs ??= [...listing.dirs]).push(name);
  }
  return files || dirs ? { files: files ?? listing.files, dirs: dirs ?? listing.dirs } : listing;
}
function inFolder(file, folder) {
  const cut = lastSeparator(file);
  return cut !== -1 && cut === folder.length && file.startsWith(folder);
}
function assembleTenants(files, exclusions) {
  const groups = /* @__PURE__ */ new Map();
  for (let i = 0; i < files.length; i++) {
    const l = files[i];
    if (l.status !== "loaded") continue;
    const c = l.contribution;
    const list = groups.get(c.tenantKey);
    if (list) list.push(c);
    else groups.set(c.tenantKey, [c]);
  }
  return [...groups].map(([id, list]) => assembleTenant(id, list, exclusions));
}

// src/cli/v8-tuning.ts
var LARGE_FILE = 1024 * 1024;
function tuneV8ForRun(cwd, paths) {
  const bytes = namedFileBytes(cwd, paths, LARGE_FILE);
  if (bytes !== void 0 && bytes < LARGE_FILE) return void 0;
  try {
    setFlagsFromString("--no-turbo-inlining");
  } catch {
    return void 0;
  }
  return youngGenerationCap();
}
var YOUNG_CAP = 16 * 1024 * 1024;
function youngGenerationCap(stats = getHeapSpaceStatistics, setFlags = setFlagsFromString) {
  let done = false;
  return () => {
    if (done) return;
    const space = stats().find((s) => s.space_name === "new_space");
    if (!space || space.space_size < YOUNG_CAP) return;
    done = true;
    try {
      setFlags("--semi-space-growth-factor=1");
    } catch {
    }
  };
}

// src/rule-api/tenant-index.ts
var cache2 = /* @__PURE__ */ new WeakMap();
function tenantIndex(tenant) {
  let index = cache2.get(tenant);
  if (index) return index;
  const clientsByKey = /* @__PURE__ */ new Map();
  const add = (key, client) => {
    if (typeof key !== "string" || key === "" || isPlaceholder(key)) return;
    const list = clientsByKey.get(key);
    if (!list) clientsByKey.set(key, [client]);
    else if (!list.includes(client)) list.push(client);
  };
  for (const c of tenant.clients) {
    add(c.value.client_id, c);
    add(c.value.name, c);
  }
  const grantsByClient = /* @__PURE__ */ new Map();
  const grantsOfUnknownClient = [];
  for (const g of tenant.clientGrants) {
    const id = g.value.client_id;
    if (typeof id !== "string" || isPlaceholder(id)) {
      grantsOfUnknownClient.push(g);
      continue;
    }
    for (const c of clientsByKey.get(id) ?? []) {
      const list = grantsByClient.get(c);
      if (list) list.push(g);
      else grantsByClient.set(c, [g]);
    }
  }
  index = { clientsByKey, grantsByClient, grantsOfUnknownClient };
  cache2.set(tenant, index);
  return index;
}
function clientsOfGrant(tenant, grant) {
  const id = grant.value.client_id;
  if (typeof id !== "string" || isPlaceholder(id)) return [];
  return tenantIndex(tenant).clientsByKey.get(id) ?? [];
}
function nameList(names2, max = 3) {
  const quoted = names2.slice(0, max).map((n) => JSON.stringify(n));
  const rest = names2.length - quoted.length;
  if (rest > 0) return `${quoted.join(", ")} and ${rest} more`;
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}` : quoted.join("");
}
function charLength(s) {
  return [...s].length;
}

// rules/allow-any-organization/index.ts
var allow_any_organization_default = defineRule({
  id: "allow-any-organization",
  meta: {
    description: "allow_any_organization on a client grant is for trusted internal applications only, never third-party ones",
    severity: "warning",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access"
  },
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: { trustedClients: { type: "array", items: { type: "string" } } }
  },
  defaultOptions: { trustedClients: [] },
  messages: {
    anyOrganization: "the grant of {{client}} for {{audience}} has allow_any_organization true: it may act in every organization, not only those it is associated with; keep this for trusted internal applications",
    thirdParty: "the grant of third-party client {{client}} for {{audience}} has allow_any_organization true: an outside application could act in every organization, and Auth0 does not offer this to third-party clients"
  },
  check(ctx) {
    const trusted = new Set(ctx.options.trustedClients);
    for (const grant of ctx.tenant.clientGrants) {
      if (grant.value.allow_any_organization !== true) continue;
      const owners = clientsOfGrant(ctx.tenant, grant);
      const clientId = grant.value.client_id;
      const client = JSON.stringify(owners[0]?.name ?? (typeof clientId === "string" ? clientId : "?"));
      const data = { client, audience: JSON.stringify(grant.value.audience ?? "?") };
      const base2 = { resource: grant, at: ["allow_any_organization"] };
      if (owners.some((c) => c.value.is_first_party === false)) {
        ctx.report({ ...base2, messageId: "thirdParty", data, severity: "error" });
        continue;
      }
      const names2 = [clientId, ...owners.flatMap((c) => [c.value.name, c.value.client_id])];
      if (names2.some((n) => typeof n === "string" && trusted.has(n))) continue;
      ctx.report({ ...base2, messageId: "anyOrganization", data });
    }
  }
});

// rules/organization-usage-enum/index.ts
var ORGANIZATION_USAGE = ["deny", "allow", "require"];
var CHECK = {
  field: "organization_usage",
  allowed: ORGANIZATION_USAGE,
  predictedResponse: { status: 400, errorCode: "invalid_body" },
  // null clears the field, and PATCH takes it (real answers 200, ../shared/auth0-facts.md §1-2): deploy-cli
  // updates a client with PATCH, so `null` in an export is no 400 either
  nullAllowed: true
};
var organization_usage_enum_default = defineRule({
  id: "organization-usage-enum",
  meta: {
    description: 'organization_usage must be "deny", "allow" or "require"',
    severity: "error",
    fixable: ["safe", "unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior"
  },
  defaultOptions: {},
  messages: {
    invalid: "organization_usage {{value}} is not one of {{allowed}}{{hint}}",
    wrongType: "organization_usage must be a string, got {{found}}; expected one of {{allowed}}"
  },
  check(ctx) {
    checkEnumField(ctx, CHECK);
  }
});

// rules/client-grant-organization-usage-enum/index.ts
var CHECK2 = {
  field: "organization_usage",
  allowed: ORGANIZATION_USAGE,
  predictedResponse: { status: 400, errorCode: "invalid_body" },
  // null clears the field, and PATCH takes it (real answers 200, ../shared/auth0-facts.md §1-2): deploy-cli
  // updates a client with PATCH, so `null` in an export is no 400 either
  nullAllowed: true
};
var client_grant_organization_usage_enum_default = defineRule({
  id: "client-grant-organization-usage-enum",
  meta: {
    description: `a client grant's organization_usage must be "deny", "allow" or "require"`,
    severity: "error",
    fixable: ["safe", "unsafe"],
    scope: "clientGrant",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access"
  },
  defaultOptions: {},
  messages: {
    invalid: "client grant organization_usage {{value}} is not one of {{allowed}}{{hint}}",
    wrongType: "client grant organization_usage must be a string, got {{found}}; expected one of {{allowed}}"
  },
  check(ctx) {
    checkEnumField(ctx, CHECK2);
  }
});

// rules/client-grant-require-without-organization/index.ts
var granted = /* @__PURE__ */ new WeakMap();
function grantedKeys(tenant) {
  let g = granted.get(tenant);
  if (g) return g;
  g = { keys: /* @__PURE__ */ new Set(), unsure: false };
  for (const org of tenant.organizations) {
    const list = org.value.client_grants;
    if (!Array.isArray(list)) continue;
    for (const e of list) {
      const key = isPlain(e) ? e.client_id ?? e.grant_id ?? e.id : e;
      if (typeof key === "string" && key !== "" && !isPlaceholder(key)) g.keys.add(key);
      else g.unsure = true;
    }
  }
  granted.set(tenant, g);
  return g;
}
function mayBeGranted(tenant, grant, keys) {
  if (typeof grant.value.id === "string" && keys.has(grant.value.id)) return true;
  for (const client of clientsOfGrant(tenant, grant)) {
    if (keys.has(client.name) || typeof client.value.client_id === "string" && keys.has(client.value.client_id)) return true;
  }
  return typeof grant.value.client_id === "string" && keys.has(grant.value.client_id);
}
var client_grant_require_without_organization_default = defineRule({
  id: "client-grant-require-without-organization",
  meta: {
    description: 'a client grant with organization_usage "require" and allow_any_organization false needs an organization that grants it',
    severity: "warning",
    fixable: [],
    scope: "clientGrant",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access",
    needs: ["organization", "organizationClientGrant"]
  },
  defaultOptions: {},
  messages: {
    noOrganization: "the grant of {{client}} for {{audience}} requires an organization and allow_any_organization is false, but no organization of this export lists it in client_grants: every client credentials request for it will fail until an organization is granted access"
  },
  check(ctx) {
    const g = ctx.resource.value;
    if (g.organization_usage !== "require") return;
    const any = g.allow_any_organization;
    if (any === true || isPlaceholder(any) || any === void 0 && ctx.resource.partial || any !== void 0 && any !== false) return;
    if (typeof g.client_id !== "string" || isPlaceholder(g.client_id)) return;
    const orgs = ctx.resources("organization");
    if (!orgs.known || orgs.items.length === 0) return;
    if (!ctx.resources("organizationClientGrant").known) return;
    const { keys, unsure } = grantedKeys(ctx.tenant);
    if (unsure || mayBeGranted(ctx.tenant, ctx.resource, keys)) return;
    const data = { client: JSON.stringify(g.client_id), audience: JSON.stringify(g.audience ?? "?") };
    ctx.report({ messageId: "noOrganization", at: ["organization_usage"], data });
  }
});

// rules/default-organization-valid/index.ts
var FIELD = "default_organization";
var KEYS2 = ["organization_id", "flows"];
var FLOW = "client_credentials";
var ORG_ID = /^org_[A-Za-z0-9]+$/;
var INVALID_BODY = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
var default_organization_valid_default = defineRule({
  id: "default-organization-valid",
  meta: {
    description: 'default_organization must be {organization_id: "org_\u2026", flows: ["client_credentials"]}',
    severity: "error",
    fixable: ["safe", "unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access"
  },
  defaultOptions: {},
  messages: {
    notObject: "default_organization must be an object with organization_id and flows, got {{found}}",
    missingKeys: 'default_organization is missing {{keys}}; it needs both organization_id and flows: ["client_credentials"]',
    unknownKey: 'default_organization does not take {{key}}; only "organization_id" and "flows"{{hint}}',
    organizationId: 'default_organization.organization_id must be a non-empty string (an organization id such as "org_\u2026"), got {{value}}',
    flowsType: 'default_organization.flows must be an array, got {{found}}; expected ["client_credentials"]',
    flowsEmpty: 'default_organization.flows is []: the API accepts and stores it, but the default organization then applies to no flow; list "client_credentials" or set default_organization to null',
    idFormat: 'default_organization.organization_id {{value}} is not an organization id ("org_" followed by letters and digits); client-credentials requests will not find that organization',
    badFlow: 'default_organization.flows item {{value}} is not "client_credentials", the only flow a default organization applies to{{hint}}',
    duplicateFlow: 'default_organization.flows lists "client_credentials" twice'
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (!(FIELD in c)) return;
    let value = c[FIELD];
    let base2 = [FIELD];
    const terraform = ctx.resource.origin === "terraform";
    if (terraform && Array.isArray(value) && value.length <= 1) {
      if (value.length === 0) return;
      [value, base2] = [value[0], [FIELD, 0]];
    }
    if (value === null || isPlaceholder(value)) return;
    if (!isPlain(value)) {
      ctx.report({ messageId: "notObject", at: base2, data: { found: describeValue(value) }, ...INVALID_BODY });
      return;
    }
    if (terraform && value.disable === true) return;
    for (const key of Object.keys(value)) {
      if (KEYS2.includes(key) || terraform && key === "disable") continue;
      const guess = didYouMean(key.replace(/([a-z])([A-Z])/g, "$1_$2"), KEYS2.filter((k) => !(k in value)));
      ctx.report({ messageId: "unknownKey", at: [...base2, key], target: "key", data: { key: JSON.stringify(key), hint: guess ? `; did you mean "${guess}"?` : "" }, ...INVALID_BODY });
    }
    const missing = KEYS2.filter((k) => !(k in value));
    if (missing.length) ctx.report({ messageId: "missingKeys", at: base2, target: "key", data: { keys: missing.join(" and ") }, ...INVALID_BODY });
    const id = value.organization_id;
    if ("organization_id" in value && !containsPlaceholder(id)) {
      if (typeof id !== "string" || id.trim() === "") {
        ctx.report({ messageId: "organizationId", at: [...base2, "organization_id"], data: { value: JSON.stringify(id) }, ...INVALID_BODY });
      } else if (!ORG_ID.test(id)) {
        ctx.report({ messageId: "idFormat", at: [...base2, "organization_id"], severity: "warning", data: { value: JSON.stringify(id) } });
      }
    }
    if ("flows" in value) checkFlows(ctx, value.flows, [...base2, "flows"]);
  }
});
function checkFlows(ctx, flows, at2) {
  if (isPlaceholder(flows)) return;
  if (!Array.isArray(flows)) {
    const wrap2 = typeof flows === "string" && canonicalEnumSpelling(flows) === FLOW;
    const fix = wrap2 ? { safety: "safe", description: `wrap it in a list: ["${FLOW}"]`, ops: [{ op: "set", path: at2, value: [FLOW] }] } : void 0;
    ctx.report({ messageId: "flowsType", at: at2, data: { found: describeValue(flows) }, fix, ...INVALID_BODY });
    return;
  }
  if (flows.length === 0) {
    ctx.report({ messageId: "flowsEmpty", at: at2, severity: "warning" });
    return;
  }
  let seen = false;
  flows.forEach((item, i) => {
    const itemAt = [...at2, i];
    if (isPlaceholder(item)) return;
    if (item === FLOW) {
      if (seen) ctx.report({ messageId: "duplicateFlow", at: itemAt, severity: "warning", fix: { safety: "safe", description: `remove the repeated "${FLOW}"`, ops: [{ op: "remove", path: itemAt }] } });
      seen = true;
      return;
    }
    let hint = "";
    let fix;
    if (typeof item === "string" && canonicalEnumSpelling(item) === FLOW) {
      hint = `; did you mean "${FLOW}"?`;
      fix = { safety: "safe", description: `replace ${JSON.stringify(item)} with "${FLOW}"`, ops: [{ op: "set", path: itemAt, value: FLOW }] };
    } else if (typeof item === "string" && didYouMean(canonicalEnumSpelling(item), [FLOW])) {
      hint = `; did you mean "${FLOW}"?`;
      fix = { safety: "unsafe", description: `replace ${JSON.stringify(item)} with "${FLOW}"`, ops: [{ op: "set", path: itemAt, value: FLOW }] };
    }
    ctx.report({ messageId: "badFlow", at: itemAt, data: { value: JSON.stringify(item), hint }, fix, ...INVALID_BODY });
  });
}

// rules/default-organization-without-require-grant/index.ts
function defaultOrganization(c) {
  let v = c.value.default_organization;
  if (Array.isArray(v) && v.length <= 1) v = v[0];
  if (!isPlain(v) || v.disable === true) return void 0;
  return v;
}
var default_organization_without_require_grant_default = defineRule({
  id: "default-organization-without-require-grant",
  meta: {
    description: `a client's default_organization only applies through a client grant with organization_usage "require"`,
    severity: "warning",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access",
    needs: ["clientGrant"]
  },
  defaultOptions: {},
  messages: {
    noRequireGrant: 'default_organization of {{client}} never applies: none of its {{count}} client grants has organization_usage "require"',
    noGrants: 'default_organization of {{client}} never applies: it is used only through a client grant with organization_usage "require", and this export has no grant for the client'
  },
  check(ctx) {
    if (!ctx.tenant.clients.some((c) => defaultOrganization(c))) return;
    if (!ctx.resources("clientGrant").known) return;
    const index = tenantIndex(ctx.tenant);
    if (index.grantsOfUnknownClient.length > 0) return;
    for (const client of ctx.tenant.clients) {
      if (!defaultOrganization(client)) continue;
      if (client.partial && typeof client.value.client_id !== "string") continue;
      const grants = index.grantsByClient.get(client) ?? [];
      const usages = grants.map((g) => g.value.organization_usage);
      if (usages.includes("require")) continue;
      const unsure = grants.some((g, i) => {
        const u = usages[i];
        if (u === void 0) return g.partial;
        return u !== null && !ORGANIZATION_USAGE.includes(u);
      });
      if (unsure || usages.some(isPlaceholder)) continue;
      const data = { client: JSON.stringify(client.name), count: grants.length };
      const base2 = { resource: client, at: ["default_organization"], target: "key", data };
      ctx.report({ ...base2, messageId: grants.length === 0 ? "noGrants" : "noRequireGrant" });
    }
  }
});

// rules/discovery-methods-without-pre-login-prompt/index.ts
var FIELD2 = "organization_discovery_methods";
var BEHAVIORS = ["no_prompt", "pre_login_prompt", "post_login_prompt"];
function shown2(value, meaning) {
  if (value === void 0) return `not set (so "${meaning}")`;
  if (value === null) return `null (so "${meaning}")`;
  return JSON.stringify(value);
}
var discovery_methods_without_pre_login_prompt_default = defineRule({
  id: "discovery-methods-without-pre-login-prompt",
  meta: {
    description: 'organization_discovery_methods only works with organization_require_behavior "pre_login_prompt"',
    severity: "warning",
    fixable: ["safe", "unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    notPreLogin: 'organization_discovery_methods has no effect while organization_require_behavior is {{behavior}}; it is only used by "pre_login_prompt"',
    notRequired: 'organization_discovery_methods has no effect while organization_require_behavior is {{behavior}} and organization_usage is {{usage}}; it is only used by the "pre_login_prompt" of an application that requires an organization'
  },
  check(ctx) {
    const c = ctx.resource.value;
    const methods = c[FIELD2];
    if (!Array.isArray(methods) || methods.length === 0) return;
    if (ctx.resource.partial && !("organization_require_behavior" in c)) return;
    const behavior = c.organization_require_behavior;
    if (behavior === "pre_login_prompt" || isPlaceholder(behavior)) return;
    if (behavior !== void 0 && behavior !== null && !BEHAVIORS.includes(behavior)) return;
    const usage = c.organization_usage;
    const usageKnown = !(ctx.resource.partial && !("organization_usage" in c)) && !isPlaceholder(usage);
    const required = usage === "require";
    const report2 = {
      messageId: required || !usageKnown ? "notPreLogin" : "notRequired",
      at: [FIELD2],
      target: "key",
      data: { behavior: shown2(behavior, "no_prompt"), usage: shown2(usage, "deny") },
      // null, not removal: a file without the key leaves the tenant's methods in place, and the API refuses to
      // move away from pre_login_prompt while they are set (terraform-provider-auth0 issue #1416)
      fix: { safety: "safe", description: `set ${FIELD2} to null (clears them)`, ops: [{ op: "set", path: [FIELD2], value: null }] }
    };
    if (required) {
      report2.alternatives = [
        {
          safety: "unsafe",
          description: 'set organization_require_behavior to "pre_login_prompt"',
          ops: [{ op: "set", path: ["organization_require_behavior"], value: "pre_login_prompt", near: "organization_usage" }]
        }
      ];
    }
    ctx.report(report2);
  }
});

// rules/organization-branding-colors/index.ts
var HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
var COLORS = ["primary", "page_background"];
var REJECTED = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
function isHttpsUrl(s) {
  try {
    const u = new URL(s);
    return u.protocol === "https:" && u.hostname !== "";
  } catch {
    return false;
  }
}
var organization_branding_colors_default = defineRule({
  id: "organization-branding-colors",
  meta: {
    description: "organization branding.colors has both primary and page_background as hex colours, and logo_url is https",
    severity: "error",
    fixable: [],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations"
  },
  defaultOptions: {},
  messages: {
    colorsNotObject: "branding.colors must be an object with primary and page_background, got {{value}}",
    missingColor: "branding.colors has no {{missing}}; the API requires both primary and page_background",
    notHex: 'branding.colors.{{field}} {{value}} is not a hex colour such as "#0059d6"',
    logoNotHttps: "branding.logo_url {{value}} is not an https URL"
  },
  check(ctx) {
    const branding = ctx.resource.value.branding;
    if (!isPlain(branding)) return;
    if ("logo_url" in branding) {
      const logo = branding.logo_url;
      if (logo !== null && !containsPlaceholder(logo) && (typeof logo !== "string" || !isHttpsUrl(logo))) {
        ctx.report({ messageId: "logoNotHttps", at: ["branding", "logo_url"], data: { value: JSON.stringify(logo) }, ...REJECTED });
      }
    }
    if (!("colors" in branding)) return;
    const colors = branding.colors;
    if (colors === null || isPlaceholder(colors)) return;
    if (!isPlain(colors)) {
      ctx.report({ messageId: "colorsNotObject", at: ["branding", "colors"], data: { value: JSON.stringify(colors) }, ...REJECTED });
      return;
    }
    const missing = COLORS.filter((c) => !(c in colors));
    if (missing.length > 0) {
      const data = { missing: missing.join(" and ") };
      ctx.report({ messageId: "missingColor", at: ["branding", "colors"], target: "key", data, ...REJECTED });
    }
    for (const field of COLORS) {
      if (!(field in colors)) continue;
      const value = colors[field];
      if (isPlaceholder(value) || typeof value === "string" && HEX.test(value)) continue;
      ctx.report({ messageId: "notHex", at: ["branding", "colors", field], data: { field, value: JSON.stringify(value) }, ...REJECTED });
    }
  }
});

// src/rule-api/organization-usage.ts
function userOrganizationUsage(c) {
  const v = c.value;
  if (v.app_type === "express_configuration") return "require";
  if (v.app_type === "non_interactive") return void 0;
  return v.organization_usage === "allow" || v.organization_usage === "require" ? v.organization_usage : void 0;
}

// rules/organization-connection-not-enabled-for-client/index.ts
function organizationConnections(org) {
  const list = org.value.connections;
  if (!Array.isArray(list)) return [];
  const out = [];
  for (const c of list) {
    if (!isPlain(c) || c.is_enabled === false) continue;
    const key = typeof c.name === "string" && c.name !== "" ? c.name : c.connection_id;
    if (typeof key === "string" && key !== "" && !isPlaceholder(key)) out.push(key);
  }
  return out;
}
function memberAccess(org) {
  const active = org.value.is_app_entitlement_active;
  if (active === void 0 || active === false) return "all";
  if (active !== true) return "unknown";
  const list = org.value.clients;
  if (!Array.isArray(list)) return "unknown";
  const out = /* @__PURE__ */ new Set();
  for (const c of list) {
    if (!isPlain(c) || typeof c.client_id !== "string" || isPlaceholder(c.client_id)) return "unknown";
    if (c.use_for_member_access === true) out.add(c.client_id);
  }
  return out;
}
var organization_connection_not_enabled_for_client_default = defineRule({
  id: "organization-connection-not-enabled-for-client",
  meta: {
    description: "an application that uses Organizations should have its organizations' connections enabled for it too",
    severity: "info",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-connections",
    needs: ["organization", "organizationConnection", "connection", "database"]
  },
  defaultOptions: {},
  messages: {
    notEnabled: "application {{client}} uses Organizations, but {{connections}} of {{organizations}} {{verb}} not enabled for it (enabled_clients): the Login Flows docs offer only connections enabled for both the application and the organization, while a support article reports logins through organization-only connections; enable it for the application if its users cannot log in"
  },
  check(ctx) {
    const { tenant } = ctx;
    const clients = tenant.clients.filter((c) => !c.partial && c.value.is_first_party !== false && userOrganizationUsage(c));
    if (clients.length === 0) return;
    const orgs = ctx.resources("organization");
    const held = orgs.known ? orgs.items : orgs.cause === "not-held" ? ctx.tenant.organizations : [];
    if (held.length === 0) return;
    const orgConnections = ctx.resources("organizationConnection");
    if (!orgConnections.known && orgConnections.cause !== "not-held") return;
    const byConnection = /* @__PURE__ */ new Map();
    for (const org of held) {
      const access = memberAccess(org);
      if (access === "unknown") continue;
      for (const key of organizationConnections(org)) {
        const found = findConnection(tenant, key, ctx.resources);
        if (!found.known || !found.connection) continue;
        const list = byConnection.get(found.connection) ?? [];
        if (!list.some((a) => a.name === org.name)) list.push({ name: org.name, members: access });
        byConnection.set(found.connection, list);
      }
    }
    const enabledSets = [];
    for (const [conn, orgNamesOfConn] of byConnection) {
      const enabled = conn.value.enabled_clients;
      if (!Array.isArray(enabled) || enabled.some((e) => typeof e !== "string" || isPlaceholder(e))) continue;
      enabledSets.push([conn, new Set(enabled), orgNamesOfConn]);
    }
    if (enabledSets.length === 0) return;
    for (const client of clients) {
      const missing = [];
      const orgNames = /* @__PURE__ */ new Set();
      const keys = [client.name, client.value.name, client.value.client_id].filter((k) => typeof k === "string");
      for (const [conn, enabled, orgsOfConn] of enabledSets) {
        if (keys.some((k) => enabled.has(k))) continue;
        const usable = orgsOfConn.filter((o) => o.members === "all" || keys.some((k) => o.members instanceof Set && o.members.has(k)));
        if (usable.length === 0) continue;
        missing.push(conn);
        usable.forEach((o) => orgNames.add(o.name));
      }
      if (missing.length === 0) continue;
      const names2 = missing.map((c) => c.name);
      const data = {
        client: JSON.stringify(client.name),
        connections: `connection${names2.length === 1 ? "" : "s"} ${nameList(names2)}`,
        organizations: `organization${orgNames.size === 1 ? "" : "s"} ${nameList([...orgNames])}`,
        verb: names2.length === 1 ? "is" : "are"
      };
      const at2 = "organization_usage" in client.value ? ["organization_usage"] : ["app_type"];
      ctx.report({ messageId: "notEnabled", resource: client, at: at2, data });
    }
  }
});

// rules/organization-connections-all-hidden/index.ts
var ENTERPRISE = /* @__PURE__ */ new Set(["ad", "adfs", "auth0-adldap", "google-apps", "ip", "office365", "oidc", "okta", "pingfederate", "samlp", "sharepoint", "waad"]);
var organization_connections_all_hidden_default = defineRule({
  id: "organization-connections-all-hidden",
  meta: {
    description: "an organization needs at least one connection shown on its login prompt",
    severity: "warning",
    fixable: [],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-connections"
  },
  defaultOptions: {},
  messages: {
    allHidden: "every connection of organization {{name}} has show_as_button false, so its login prompt offers no way to log in; only requests that name a connection get through"
  },
  check(ctx) {
    const connections = ctx.resource.value.connections;
    if (!Array.isArray(connections)) return;
    const enabled = connections.filter((c) => isPlain(c) && c.is_enabled !== false);
    if (enabled.length === 0) return;
    const strategyOf = (c) => {
      if (typeof c.strategy === "string") return c.strategy;
      const key = typeof c.name === "string" && c.name !== "" ? c.name : c.connection_id;
      if (typeof key !== "string" || key === "") return void 0;
      const found = findConnection(ctx.tenant, key);
      return found.known && found.connection ? connectionStrategy(found.connection) : void 0;
    };
    const hidden2 = (c) => {
      if (c.show_as_button !== false) return false;
      const strategy = strategyOf(c);
      return strategy === void 0 || ENTERPRISE.has(strategy);
    };
    if (!enabled.every(hidden2)) return;
    ctx.report({ messageId: "allHidden", at: ["connections"], target: "key", data: { name: JSON.stringify(ctx.resource.name) } });
  }
});

// rules/organization-connection-option-mismatch/index.ts
var organization_connection_option_mismatch_default = defineRule({
  id: "organization-connection-option-mismatch",
  meta: {
    description: "is_signup_enabled applies only to an organization's database connections, show_as_button only to its enterprise connections",
    severity: "warning",
    fixable: [],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-connections",
    needs: ["connection", "database"]
  },
  defaultOptions: {},
  messages: {
    signupNotDatabase: "is_signup_enabled is true for connection {{connection}} of organization {{organization}}, but it is {{what}}: signup on the organization prompt applies only to database connections",
    buttonNotEnterprise: "show_as_button is false for connection {{connection}} of organization {{organization}}, but it is {{what}}: only enterprise connections can be hidden from the organization prompt, so it stays visible"
  },
  check(ctx) {
    const list = ctx.resource.value.connections;
    if (!Array.isArray(list)) return;
    list.forEach((entry, i) => {
      if (!isPlain(entry)) return;
      const signup = entry.is_signup_enabled === true;
      const hidden2 = entry.show_as_button === false;
      if (!signup && !hidden2) return;
      let strategy = typeof entry.strategy === "string" ? entry.strategy : void 0;
      const key = typeof entry.name === "string" && entry.name !== "" ? entry.name : entry.connection_id;
      if (strategy === void 0 && typeof key === "string" && key !== "") {
        const found = findConnection(ctx.tenant, key, ctx.resources);
        if (found.known && found.connection) strategy = connectionStrategy(found.connection);
      }
      if (strategy === void 0 || /^(##|@@)/.test(strategy)) return;
      const data = { connection: JSON.stringify(typeof key === "string" ? key : `connections[${i}]`), organization: JSON.stringify(ctx.resource.name), what: strategy === "auth0" ? 'a database connection (strategy "auth0")' : `a connection of strategy ${JSON.stringify(strategy)}` };
      if (signup && strategy !== "auth0") ctx.report({ messageId: "signupNotDatabase", at: ["connections", i, "is_signup_enabled"], data });
      if (hidden2 && !ENTERPRISE.has(strategy)) ctx.report({ messageId: "buttonNotEnterprise", at: ["connections", i, "show_as_button"], data });
    });
  }
});

// rules/organization-connections-limit/index.ts
var MAX = 10;
var organization_connections_limit_default = defineRule({
  id: "organization-connections-limit",
  meta: {
    description: "an organization enables at most 10 connections",
    severity: "error",
    fixable: [],
    scope: "organization",
    source: "https://auth0.com/docs/troubleshoot/customer-support/operational-policies/entity-limit-policy"
  },
  defaultOptions: {},
  messages: {
    tooMany: "organization {{name}} enables {{count}} connections; Auth0 allows at most 10 per organization"
  },
  check(ctx) {
    const connections = ctx.resource.value.connections;
    if (!Array.isArray(connections)) return;
    const count = connections.filter((c) => isPlain(c) && c.is_enabled !== false).length;
    if (count <= MAX) return;
    ctx.report({ messageId: "tooMany", at: ["connections"], target: "key", data: { name: JSON.stringify(ctx.resource.name), count } });
  }
});

// rules/organization-discovery-domain-unverified/index.ts
function usesEmailDiscovery(c) {
  const v = c.value;
  const methods = v.organization_discovery_methods;
  return Array.isArray(methods) && methods.includes("email") && (v.organization_usage === "require" || v.organization_usage === "allow") && v.organization_require_behavior === "pre_login_prompt";
}
function describe(d) {
  const domain = JSON.stringify(d.domain ?? "?");
  if (d.status === "verified") return `${domain} has use_for_organization_discovery false`;
  return `${domain} is ${typeof d.status === "string" ? d.status : "not verified"}`;
}
var organization_discovery_domain_unverified_default = defineRule({
  id: "organization-discovery-domain-unverified",
  meta: {
    description: "when applications discover organizations by email, each organization needs a verified discovery domain",
    severity: "info",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/create-org-domains"
  },
  defaultOptions: {},
  messages: {
    noDomains: "organization {{name}} has no discovery domain, so email discovery (used by {{clients}}) cannot find it",
    unverified: "organization {{name}} has no verified discovery domain ({{domains}}), so email discovery (used by {{clients}}) cannot find it"
  },
  check(ctx) {
    const discovering = ctx.tenant.clients.filter(usesEmailDiscovery);
    if (discovering.length === 0) return;
    const clients = nameList(discovering.map((c) => c.name));
    for (const org of ctx.tenant.organizations) {
      const domains = org.value.discovery_domains;
      if (!Array.isArray(domains)) continue;
      const listed = domains.filter(isPlain);
      const unknown = listed.some((d) => isPlaceholder(d.status) || isPlaceholder(d.use_for_organization_discovery));
      const usable = listed.some((d) => d.status === "verified" && d.use_for_organization_discovery !== false);
      if (unknown || usable) continue;
      const name = JSON.stringify(org.name);
      const base2 = { resource: org, at: ["discovery_domains"], target: "key" };
      if (listed.length === 0) ctx.report({ ...base2, messageId: "noDomains", data: { name, clients } });
      else ctx.report({ ...base2, messageId: "unverified", data: { name, clients, domains: listed.map(describe).join(", ") } });
    }
  }
});

// rules/organization-discovery-methods-valid/index.ts
var DISCOVERY_METHODS = ORGANIZATION_DISCOVERY_VALUES;
var INVALID_BODY2 = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
var FIELD3 = "organization_discovery_methods";
var ALLOWED = DISCOVERY_METHODS.map((m) => `"${m}"`).join(", ");
var organization_discovery_methods_valid_default = defineRule({
  id: "organization-discovery-methods-valid",
  meta: {
    description: 'organization_discovery_methods must be a non-empty list of distinct "email" / "organization_name"',
    severity: "error",
    fixable: ["safe", "unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    notArray: "organization_discovery_methods must be an array of {{allowed}}, got {{found}}",
    empty: "organization_discovery_methods must list at least one of {{allowed}}, got []; use null to clear it",
    itemType: "organization_discovery_methods item must be a string, got {{found}}; expected one of {{allowed}}",
    unknownItem: "organization_discovery_methods item {{value}} is not one of {{allowed}}{{hint}}",
    duplicate: "organization_discovery_methods lists {{value}} twice; the API accepts it, the repeat does nothing"
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (!(FIELD3 in c)) return;
    const methods = c[FIELD3];
    if (methods === null || isPlaceholder(methods)) return;
    const data = { allowed: ALLOWED };
    if (!Array.isArray(methods)) {
      const canonical = typeof methods === "string" ? canonicalEnumSpelling(methods) : "";
      const known3 = DISCOVERY_METHODS.includes(canonical);
      ctx.report({
        messageId: "notArray",
        at: [FIELD3],
        data: { ...data, found: describeValue(methods) },
        ...INVALID_BODY2,
        // `email` for `[email]`: the one method meant is plain, and the deploy failed with the string anyway
        fix: known3 ? { safety: "safe", description: `wrap it in a list: ["${canonical}"]`, ops: [{ op: "set", path: [FIELD3], value: [canonical] }] } : void 0
      });
      return;
    }
    if (methods.length === 0) {
      if (ctx.resource.origin !== "terraform") ctx.report({ messageId: "empty", at: [FIELD3], data, ...INVALID_BODY2 });
      return;
    }
    const seen = /* @__PURE__ */ new Set();
    methods.forEach((item, i) => {
      const at2 = [FIELD3, i];
      if (isPlaceholder(item)) return;
      if (typeof item !== "string") {
        ctx.report({ messageId: "itemType", at: at2, data: { ...data, found: describeValue(item) }, ...INVALID_BODY2 });
        return;
      }
      if (seen.has(item)) {
        ctx.report({ messageId: "duplicate", at: at2, severity: "warning", data: { value: JSON.stringify(item) }, fix: { safety: "safe", description: `remove the repeated ${JSON.stringify(item)}`, ops: [{ op: "remove", path: at2 }] } });
        return;
      }
      seen.add(item);
      if (DISCOVERY_METHODS.includes(item)) return;
      const canonical = canonicalEnumSpelling(item);
      let fix;
      let hint = "";
      if (DISCOVERY_METHODS.includes(canonical)) {
        hint = `; did you mean "${canonical}"?`;
        fix = { safety: "safe", description: `replace ${JSON.stringify(item)} with "${canonical}"`, ops: [{ op: "set", path: at2, value: canonical }] };
      } else {
        const guess = item.trim() === "" ? void 0 : didYouMean(canonical, DISCOVERY_METHODS);
        if (guess) {
          hint = `; did you mean "${guess}"?`;
          fix = { safety: "unsafe", description: `replace ${JSON.stringify(item)} with "${guess}"`, ops: [{ op: "set", path: at2, value: guess }] };
        }
      }
      ctx.report({ messageId: "unknownItem", at: at2, data: { ...data, value: JSON.stringify(item), hint }, fix, ...INVALID_BODY2 });
    });
  }
});

// rules/organization-display-name/index.ts
var MAX2 = 255;
var REJECTED2 = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
var organization_display_name_default = defineRule({
  id: "organization-display-name",
  meta: {
    description: "an organization display_name is a string of 1 to 255 characters",
    severity: "error",
    fixable: [],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations"
  },
  defaultOptions: {},
  messages: {
    wrongType: "display_name must be a string, got {{found}}",
    empty: "display_name is empty; give it 1 to 255 characters or remove it",
    tooLong: "display_name has {{length}} characters; at most 255 are allowed"
  },
  check(ctx) {
    const org = ctx.resource.value;
    if (!("display_name" in org)) return;
    const value = org.display_name;
    if (value === null && ctx.resource.partial) return;
    const at2 = ["display_name"];
    if (typeof value !== "string") {
      ctx.report({ messageId: "wrongType", at: at2, data: { found: describeValue(value) }, ...REJECTED2 });
      return;
    }
    if (value === "") {
      ctx.report({ messageId: "empty", at: at2, ...REJECTED2 });
      return;
    }
    if (containsPlaceholder(value)) return;
    const length = charLength(value);
    if (length > MAX2) ctx.report({ messageId: "tooLong", at: at2, data: { length }, ...REJECTED2 });
  }
});

// rules/organization-incompatible-grant/index.ts
var ORGANIZATION_INCOMPATIBLE_GRANTS = {
  password: "the Resource Owner Password flow",
  "http://auth0.com/oauth/grant-type/password-realm": "the Resource Owner Password flow with realms",
  "urn:ietf:params:oauth:grant-type:device_code": "the Device Authorization flow"
};
var ALLOW = { usage: JSON.stringify("allow") };
var REQUIRE = { usage: JSON.stringify("require") };
var organization_incompatible_grant_default = defineRule({
  id: "organization-incompatible-grant",
  meta: {
    description: "an application that uses Organizations must not rely on the password or device code grants, or on WS-Fed",
    severity: "warning",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-overview"
  },
  defaultOptions: {},
  messages: {
    grant: "grant type {{grant}} ({{flow}}) does not support Organizations, but organization_usage is {{usage}}; remove the grant or log users in through Universal Login",
    wsfed: "the WS-Fed add-on (addons.wsfed) does not support Organizations, but organization_usage is {{usage}}; turn the add-on off or use OIDC or SAML"
  },
  check(ctx) {
    const c = ctx.resource.value;
    const usage = c.organization_usage;
    if (usage !== "allow" && usage !== "require") return;
    const data = usage === "allow" ? ALLOW : REQUIRE;
    const grants = c.grant_types;
    if (Array.isArray(grants)) {
      for (let i = 0; i < grants.length; i++) {
        const g = grants[i];
        if (typeof g !== "string" || !Object.prototype.hasOwnProperty.call(ORGANIZATION_INCOMPATIBLE_GRANTS, g)) continue;
        ctx.report({ messageId: "grant", at: ["grant_types", i], data: { ...data, grant: JSON.stringify(g), flow: ORGANIZATION_INCOMPATIBLE_GRANTS[g] } });
      }
    }
    if (isPlain(c.addons) && isPlain(c.addons.wsfed)) {
      ctx.report({ messageId: "wsfed", at: ["addons", "wsfed"], target: "key", data });
    }
  }
});

// rules/organization-invitation-without-login-route/index.ts
var unset = (v) => v === void 0 || v === null || v === "";
var organization_invitation_without_login_route_default = defineRule({
  id: "organization-invitation-without-login-route",
  meta: {
    description: "invitations to an application that uses Organizations need its initiate_login_uri or the tenant's default_redirection_uri",
    severity: "info",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/send-membership-invitations",
    needs: ["tenantSettings"]
  },
  defaultOptions: {},
  messages: {
    noRoute: 'application {{client}} uses Organizations but has no initiate_login_uri, and the tenant settings have no default_redirection_uri: creating an organization invitation for it fails ("A default login route is required to generate the invitation url"); set one of them if you invite members'
  },
  check(ctx) {
    const clients = ctx.tenant.clients.filter((c) => !c.partial && userOrganizationUsage(c) && unset(c.value.initiate_login_uri));
    if (clients.length === 0) return;
    const orgs = resources(ctx.tenant, "organization");
    if (orgs.known && orgs.items.length === 0) return;
    const settings = ctx.resources("tenantSettings");
    if (!settings.known || settings.items.length === 0) return;
    const tenantSettings = settings.items[0];
    const route = tenantSettings.value.default_redirection_uri;
    if (!unset(route) || isPlaceholder(route) || route === void 0 && tenantSettings.partial) return;
    for (const client of clients) {
      const at2 = "organization_usage" in client.value ? ["organization_usage"] : ["app_type"];
      ctx.report({ messageId: "noRoute", resource: client, at: at2, data: { client: JSON.stringify(client.name) } });
    }
  }
});

// rules/organization-metadata-limits/index.ts
var MAX_KEYS = 25;
var MAX_VALUE = 255;
var REJECTED3 = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
var organization_metadata_limits_default = defineRule({
  id: "organization-metadata-limits",
  meta: {
    description: "organization metadata holds at most 25 keys whose values are strings of at most 255 characters",
    severity: "error",
    fixable: [],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations"
  },
  defaultOptions: {},
  messages: {
    notObject: "metadata must be an object of string values, got {{found}}",
    tooManyKeys: "metadata has {{count}} keys; an organization may have at most 25",
    notString: "metadata {{key}} must be a string, got {{found}}",
    tooLong: "metadata {{key}} has {{length}} characters; at most 255 are allowed"
  },
  check(ctx) {
    const org = ctx.resource.value;
    if (!("metadata" in org)) return;
    const metadata = org.metadata;
    if (isPlaceholder(metadata) || metadata === null && ctx.resource.partial) return;
    if (!isPlain(metadata)) {
      const data = { found: describeValue(metadata) };
      ctx.report({ messageId: "notObject", at: ["metadata"], data, ...REJECTED3 });
      return;
    }
    const keys = Object.keys(metadata);
    if (keys.length > MAX_KEYS) {
      ctx.report({ messageId: "tooManyKeys", at: ["metadata"], target: "key", data: { count: keys.length }, ...REJECTED3 });
    }
    for (const key of keys) {
      const value = metadata[key];
      if (value === null || isPlaceholder(value)) continue;
      const at2 = ["metadata", key];
      const name = JSON.stringify(key);
      if (typeof value !== "string") {
        const target = isPlain(value) ? "key" : "value";
        ctx.report({ messageId: "notString", at: at2, target, data: { key: name, found: describeValue(value) }, ...REJECTED3 });
      } else if (!containsPlaceholder(value) && charLength(value) > MAX_VALUE) {
        ctx.report({ messageId: "tooLong", at: at2, data: { key: name, length: charLength(value) }, ...REJECTED3 });
      }
    }
  }
});

// rules/organization-name-placeholder/index.ts
var PLACEHOLDER_FIELDS = ["callbacks", "allowed_origins"];
var URL_FIELDS = [...PLACEHOLDER_FIELDS, "web_origins", "allowed_logout_urls"];
var PLACEHOLDER3 = "{organization_name}";
function problem(url) {
  const count = url.split(PLACEHOLDER3).length - 1;
  const scheme = /^(https?):\/\//i.exec(url);
  if (!scheme) return { messageId: "notHttp" };
  if (count > 1) return { messageId: "repeated", count };
  if (url.includes("*")) return { messageId: "wildcard" };
  const authority = url.slice(scheme[0].length).split(/[/?#]/, 1)[0];
  const host = authority.slice(authority.lastIndexOf("@") + 1).replace(/:\d*$/, "");
  const labels = host.split(".");
  if (labels[0] !== PLACEHOLDER3 || labels.length < 2) return { messageId: "notSubdomain" };
  return null;
}
function holdsPlaceholderUrl(c) {
  for (let f = 0; f < URL_FIELDS.length; f++) {
    const list = c[URL_FIELDS[f]];
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const u = list[i];
      if (typeof u === "string" && u.includes(PLACEHOLDER3)) return true;
    }
  }
  return false;
}
var organization_name_placeholder_default = defineRule({
  id: "organization-name-placeholder",
  meta: {
    description: "{organization_name} in an application URL must be the whole left-most host label of an http(s) URL, once, without a wildcard",
    severity: "error",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/get-started/applications/wildcards-for-subdomains"
  },
  defaultOptions: {},
  messages: {
    notSubdomain: '{{url}} in {{field}}: {organization_name} must be the whole left-most label of a host under your domain, as in "https://{organization_name}.example.com/callback"{{note}}',
    repeated: "{{url}} in {{field}} holds {organization_name} {{count}} times; a URL may hold it once, as the left-most host label{{note}}",
    wildcard: '{{url}} in {{field}} mixes {organization_name} with a "*" wildcard; a URL may use one or the other, not both{{note}}',
    notHttp: "{{url}} in {{field}}: {organization_name} works only in http:// and https:// URLs{{note}}",
    wildcardBeside: '{{url}} in {{field}} is a "*" wildcard URL beside the {organization_name} URL {{other}}; Auth0 documents mixing the two in one field as a hazard: the wildcard also accepts subdomains of organizations that do not exist{{note}}',
    undocumented: "{{url}} in {{field}}: {organization_name} is documented only for Allowed Callback URLs (callbacks) and Allowed Origins (allowed_origins); whether Auth0 replaces it in {{field}} is not documented"
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (!holdsPlaceholderUrl(c)) return;
    const usage = effectiveOrganizationUsage(c);
    let severity;
    let note = "";
    if (usage === "deny" || (usage === void 0 || usage === null) && !ctx.resource.partial) {
      severity = "warning";
      note = `; it is never evaluated while organization_usage is ${usage === "deny" ? '"deny"' : 'not set ("deny")'}`;
    } else if (usage !== "allow" && usage !== "require") {
      severity = "info";
      note = '; it is evaluated only if organization_usage is "allow" or "require"';
    }
    for (const field of URL_FIELDS) {
      const list = c[field];
      if (!Array.isArray(list)) continue;
      const documented = PLACEHOLDER_FIELDS.includes(field);
      list.forEach((url, i) => {
        if (typeof url !== "string" || !url.includes(PLACEHOLDER3) || containsPlaceholder(url)) return;
        if (!documented) {
          ctx.report({ messageId: "undocumented", at: [field, i], severity: "info", data: { url: JSON.stringify(url), field } });
          return;
        }
        const p = problem(url);
        if (!p) return;
        const data = { url: JSON.stringify(url), field, note, ...p.count ? { count: p.count } : {} };
        ctx.report({ messageId: p.messageId, at: [field, i], data, ...severity ? { severity } : {} });
      });
      if (!documented) continue;
      const placeholderUrl = list.find((u) => typeof u === "string" && u.includes(PLACEHOLDER3) && !containsPlaceholder(u));
      if (placeholderUrl === void 0) continue;
      list.forEach((url, i) => {
        if (typeof url !== "string" || url.includes(PLACEHOLDER3) || !url.includes("*") || containsPlaceholder(url)) return;
        const data = { url: JSON.stringify(url), field, other: JSON.stringify(placeholderUrl), note };
        ctx.report({ messageId: "wildcardBeside", at: [field, i], severity: severity === "info" ? "info" : "warning", data });
      });
    }
  }
});

// rules/organization-name-valid/index.ts
var NAME2 = /^[a-z0-9_-]+$/;
var MAX3 = 50;
var OLD_MIN = 3;
var REJECTED4 = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
function suggestion(name) {
  return name.trim().toLowerCase().replace(/[\s.]+/g, "-").replace(/[^a-z0-9_-]/g, "").slice(0, MAX3);
}
var organization_name_valid_default = defineRule({
  id: "organization-name-valid",
  meta: {
    description: 'an organization name is 1 to 50 lower-case letters, digits, "_" or "-"',
    severity: "error",
    fixable: ["unsafe"],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations"
  },
  defaultOptions: {},
  messages: {
    missing: 'organization has no name; the API requires one (1 to 50 lower-case letters, digits, "_" or "-")',
    wrongType: "organization name must be a string, got {{found}}",
    empty: 'organization name is empty; it needs 1 to 50 lower-case letters, digits, "_" or "-"',
    badChars: 'organization name {{value}} may only hold lower-case letters, digits, "_" and "-"{{hint}}',
    tooLong: "organization name {{value}} has {{length}} characters; at most 50 are allowed",
    tooShort: "organization name {{value}} has {{length}} characters; older Auth0 docs and tenants require at least 3"
  },
  check(ctx) {
    const org = ctx.resource.value;
    if (!("name" in org)) {
      if (!ctx.resource.partial) ctx.report({ messageId: "missing", ...REJECTED4 });
      return;
    }
    const name = org.name;
    if (containsPlaceholder(name)) return;
    const at2 = ["name"];
    if (typeof name !== "string") {
      ctx.report({ messageId: "wrongType", at: at2, data: { found: describeValue(name) }, ...REJECTED4 });
      return;
    }
    if (name === "") {
      ctx.report({ messageId: "empty", at: at2, ...REJECTED4 });
      return;
    }
    const value = JSON.stringify(name);
    const length = charLength(name);
    if (!NAME2.test(name)) {
      const guess = suggestion(name);
      const fix = guess !== "" && guess !== name ? { safety: "unsafe", description: `rename to "${guess}"`, ops: [{ op: "set", path: at2, value: guess }] } : void 0;
      ctx.report({ messageId: "badChars", at: at2, data: { value, hint: fix ? `; did you mean "${guess}"?` : "" }, fix, ...REJECTED4 });
      return;
    }
    if (length > MAX3) ctx.report({ messageId: "tooLong", at: at2, data: { value, length }, ...REJECTED4 });
    else if (length < OLD_MIN) ctx.report({ messageId: "tooShort", at: at2, data: { value, length }, severity: "warning" });
  }
});

// rules/organization-require-behavior-enum/index.ts
var ORGANIZATION_REQUIRE_BEHAVIOR = ["no_prompt", "pre_login_prompt", "post_login_prompt"];
var CHECK3 = {
  field: "organization_require_behavior",
  allowed: ORGANIZATION_REQUIRE_BEHAVIOR,
  predictedResponse: { status: 400, errorCode: "invalid_body" },
  // null clears the field, and PATCH takes it (real answers 200, ../shared/auth0-facts.md §1-2): deploy-cli
  // updates a client with PATCH, so `null` in an export is no 400 either
  nullAllowed: true
};
var organization_require_behavior_enum_default = defineRule({
  id: "organization-require-behavior-enum",
  meta: {
    description: 'organization_require_behavior must be "no_prompt", "pre_login_prompt" or "post_login_prompt"',
    severity: "error",
    fixable: ["safe", "unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior"
  },
  defaultOptions: {},
  messages: {
    invalid: "organization_require_behavior {{value}} is not one of {{allowed}}{{hint}}",
    wrongType: "organization_require_behavior must be a string, got {{found}}; expected one of {{allowed}}"
  },
  check(ctx) {
    checkEnumField(ctx, CHECK3);
  }
});

// rules/organization-requires-new-universal-login/index.ts
var organization_requires_new_universal_login_default = defineRule({
  id: "organization-requires-new-universal-login",
  meta: {
    description: 'applications that use Organizations need Universal Login, not Classic Login (prompts.universal_login_experience "classic")',
    severity: "warning",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-overview",
    needs: ["prompts"]
  },
  defaultOptions: {},
  messages: {
    classic: 'application {{client}} uses Organizations (organization_usage {{usage}}), but the tenant uses Classic Login (prompts.universal_login_experience "classic"): Organizations are supported only with Universal Login',
    invalid: 'prompts.universal_login_experience {{value}} is not one of "new", "classic" (case-sensitive{{hint}}): the Management API documents only these two, so the deploy may be refused, and which login {{clients}} get is unknown; Organizations are supported only with Universal Login'
  },
  check(ctx) {
    const clients = ctx.tenant.clients.filter((c) => userOrganizationUsage(c));
    if (clients.length === 0) return;
    const orgs = resources(ctx.tenant, "organization");
    if (orgs.known && orgs.items.length === 0) return;
    const prompts = ctx.resources("prompts");
    if (!prompts.known || prompts.items.length === 0) return;
    const p = prompts.items[0];
    const experience = p.value.universal_login_experience;
    if (experience === "new" || experience === void 0 || experience === null || isPlaceholder(experience)) return;
    if (experience !== "classic") {
      const spelled = typeof experience === "string" ? canonicalEnumSpelling(experience) : "";
      const guess = typeof experience !== "string" ? void 0 : ["new", "classic"].includes(spelled) ? spelled : didYouMean(spelled, ["new", "classic"]);
      const names2 = clients.slice(0, 3).map((c) => JSON.stringify(c.name)).join(", ") + (clients.length > 3 ? ` and ${clients.length - 3} more` : "");
      const value = typeof experience === "string" ? JSON.stringify(experience) : describeValue(experience);
      ctx.report({ messageId: "invalid", resource: p, at: ["universal_login_experience"], data: { value, hint: guess ? `; did you mean "${guess}"?` : "", clients: `the applications that use Organizations (${names2})` } });
      return;
    }
    for (const client of clients) {
      const at2 = "organization_usage" in client.value ? ["organization_usage"] : ["app_type"];
      ctx.report({ messageId: "classic", resource: client, at: at2, data: { client: JSON.stringify(client.name), usage: JSON.stringify(userOrganizationUsage(client)) } });
    }
  }
});

// rules/organization-signup-requires-membership/index.ts
function label(c, i) {
  if (typeof c.name === "string") return JSON.stringify(c.name);
  if (typeof c.connection_id === "string") return JSON.stringify(c.connection_id);
  return `#${i + 1}`;
}
var organization_signup_requires_membership_default = defineRule({
  id: "organization-signup-requires-membership",
  meta: {
    description: "an organization connection with is_signup_enabled also needs assign_membership_on_login",
    severity: "error",
    fixable: ["unsafe"],
    scope: "organization",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-connections"
  },
  defaultOptions: {},
  messages: {
    withoutMembership: "connection {{connection}} has is_signup_enabled true while assign_membership_on_login is {{membership}}; organization signup needs membership on authentication"
  },
  check(ctx) {
    const connections = ctx.resource.value.connections;
    if (!Array.isArray(connections)) return;
    connections.forEach((c, i) => {
      if (!isPlain(c) || c.is_signup_enabled !== true) return;
      const membership = c.assign_membership_on_login;
      if (membership === true || isPlaceholder(membership)) return;
      if (membership === void 0 && ctx.resource.partial) return;
      const shown3 = membership === void 0 ? "not set (so false)" : JSON.stringify(membership);
      ctx.report({
        messageId: "withoutMembership",
        at: ["connections", i, "is_signup_enabled"],
        data: { connection: label(c, i), membership: shown3 },
        // the fix applied never widens access: signup goes off; making every user who logs in through the
        // connection a member is the other reading, offered but never applied by --fix-unsafe
        fix: {
          safety: "unsafe",
          description: "set is_signup_enabled to false",
          ops: [{ op: "set", path: ["connections", i, "is_signup_enabled"], value: false }]
        },
        alternatives: [
          {
            safety: "unsafe",
            description: "set assign_membership_on_login to true",
            ops: [{ op: "set", path: ["connections", i, "assign_membership_on_login"], value: true, near: "is_signup_enabled" }]
          }
        ]
      });
    });
  }
});

// rules/organization-third-party-client/index.ts
var admitsThirdParty = /* @__PURE__ */ new WeakMap();
function someOrganizationAdmits(tenant) {
  let known3 = admitsThirdParty.get(tenant);
  if (known3 === void 0) {
    known3 = tenant.organizations.some((o) => o.value.third_party_client_access === "allow" || isPlaceholder(o.value.third_party_client_access));
    admitsThirdParty.set(tenant, known3);
  }
  return known3;
}
var organization_third_party_client_default = defineRule({
  id: "organization-third-party-client",
  meta: {
    description: "a third-party application (is_first_party: false) should not use Organizations unless an organization admits third-party applications",
    severity: "warning",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-third-party-application-access"
  },
  defaultOptions: {},
  messages: {
    thirdParty: 'organization_usage {{usage}} on a third-party application (is_first_party: false): organizations block third-party applications unless their third_party_client_access is "allow", and tenants without that feature answer 403',
    noOrganizationAllows: 'organization_usage {{usage}} on a third-party application (is_first_party: false), but no organization of this tenant sets third_party_client_access to "allow", so none lets its users in'
  },
  check(ctx) {
    if (ctx.resource.origin === "patch" || ctx.resource.origin === "har") return;
    const c = ctx.resource.value;
    const usage = c.organization_usage;
    if (usage !== "allow" && usage !== "require") return;
    if (c.is_first_party !== false) return;
    const { tenant } = ctx;
    if (resources(tenant, "organization").known) {
      if (someOrganizationAdmits(tenant)) return;
      ctx.report({ messageId: "noOrganizationAllows", at: ["organization_usage"], data: { usage: JSON.stringify(usage) } });
      return;
    }
    ctx.report({ messageId: "thirdParty", at: ["organization_usage"], data: { usage: JSON.stringify(usage) } });
  }
});

// rules/organization-usage-on-m2m/index.ts
var USER_FLOWS = ["authorization_code", "implicit"];
var organization_usage_on_m2m_default = defineRule({
  id: "organization-usage-on-m2m",
  meta: {
    description: "a machine-to-machine application gets organization access from its client grants, not organization_usage",
    severity: "warning",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/organizations-for-m2m-applications/configure-your-application-for-m2m-access"
  },
  defaultOptions: {},
  messages: {
    onM2m: 'organization_usage {{usage}} does not apply to the client credentials of a machine-to-machine application (app_type "non_interactive"); set organization_usage on its client grants, per API'
  },
  check(ctx) {
    const c = ctx.resource.value;
    const usage = c.organization_usage;
    if (usage !== "allow" && usage !== "require") return;
    if (c.app_type !== "non_interactive") return;
    const grants = c.grant_types;
    if (Array.isArray(grants) && grants.some((g) => USER_FLOWS.includes(g))) return;
    ctx.report({ messageId: "onM2m", at: ["organization_usage"], data: { usage: JSON.stringify(usage) } });
  }
});

// src/schema/client-patch-schema.ts
function patchSchema(f) {
  const type = f.nullable ? [f.type, "null"] : f.type;
  const out = { type, ...f.constraints };
  if (f.type === "array") {
    if (f.enum) out.items = { enum: [...f.enum] };
    else if (f.items) out.items = { type: f.items };
  } else if (f.enum) {
    out.enum = f.nullable ? [...f.enum, null] : [...f.enum];
  }
  return out;
}
var entries = Object.entries(CLIENT_SCHEMA);
var CLIENT_PATCH_PROPERTIES = Object.fromEntries(
  entries.filter(([, f]) => !f.readOnly && !f.exportOnly && (!f.createOnly || f.disputed)).map(([k, f]) => [k, patchSchema(f)])
);
var CLIENT_PATCH_FIELDS = entries.filter(([, f]) => !f.readOnly && !f.exportOnly && !f.createOnly && !f.disputed).map(([k]) => k);
var CLIENT_PATCH_DISPUTED = Object.fromEntries(
  entries.filter(([, f]) => f.disputed).map(([k, f]) => [k, f.disputed])
);
var CLIENT_READ_ONLY_FIELDS = entries.filter(([, f]) => f.readOnly).map(([k]) => k);
var CLIENT_FIELD_SCOPES = Object.fromEntries(
  entries.filter(([, f]) => f.scope).map(([k, f]) => [k, f.scope])
);
var UPDATE_CLIENTS_SCOPE = "update:clients";
var UPDATE_CLIENT_KEYS_SCOPE = "update:client_keys";
var CREATE_CLIENTS_SCOPE = "create:clients";
var FIELDS_WITH_OWN_RULES = [
  "organization_usage",
  "organization_require_behavior",
  "organization_discovery_methods",
  "default_organization"
];
var CLIENT_PATCH_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  properties: CLIENT_PATCH_PROPERTIES
};
var validator2;
function validateClientPatch(body) {
  validator2 ??= new Ajv2020({ allErrors: true, strict: false }).compile(CLIENT_PATCH_SCHEMA);
  return validator2(body) ? [] : [...validator2.errors ?? []];
}

// src/sources/payload/payload-meta.ts
function isPayload(resource) {
  return resource.origin === "patch" || resource.origin === "har";
}
function payloadMeta(resource) {
  if (!isPayload(resource)) return void 0;
  return resource.meta?.payload;
}

// rules/patch-insufficient-scope/index.ts
var FORBIDDEN = { predictedResponse: { status: 403, errorCode: "insufficient_scope" } };
function scopeList2(scopes) {
  if (scopes.length === 0) return "no scopes";
  const shown3 = scopes.slice(0, 6).join(" ");
  return JSON.stringify(scopes.length > 6 ? `${shown3} ...` : shown3);
}
var patch_insufficient_scope_default = defineRule({
  id: "patch-insufficient-scope",
  meta: {
    description: "the bearer token of a client update must grant update:clients, and update:client_keys for key fields",
    severity: "error",
    fixable: [],
    scope: "client",
    // (payloadMeta answers only for these: on an export's clients the rule has nothing to check)
    origins: ["patch", "har"],
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    noScope: "the bearer token grants {{scopes}}, without {{needed}}; the API would answer 403 insufficient_scope",
    fieldScope: "{{field}} can only be changed with the {{needed}} scope, which the bearer token lacks; the API would answer 403 insufficient_scope",
    keysOnly: "the bearer token grants update:client_keys but not update:clients, so {{field}} cannot be changed; the API would answer 403 insufficient_scope"
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta?.scopes || !meta.request) return;
    const scopes = new Set(meta.scopes);
    const header = meta.authorizationHeader !== void 0 ? ["headers", meta.authorizationHeader, "name"] : ["method"];
    const scopesData = { scopes: scopeList2(meta.scopes) };
    if (meta.kind === "create") {
      if (!scopes.has(CREATE_CLIENTS_SCOPE)) ctx.report({ messageId: "noScope", resource: meta.request, at: header, data: { ...scopesData, needed: CREATE_CLIENTS_SCOPE }, ...FORBIDDEN });
      return;
    }
    const clients = scopes.has(UPDATE_CLIENTS_SCOPE);
    const keys = scopes.has(UPDATE_CLIENT_KEYS_SCOPE);
    if (!clients && !keys) {
      ctx.report({ messageId: "noScope", resource: meta.request, at: header, data: { ...scopesData, needed: `${UPDATE_CLIENTS_SCOPE} (or ${UPDATE_CLIENT_KEYS_SCOPE})` }, ...FORBIDDEN });
      return;
    }
    let reportedKeysOnly = false;
    for (const key of Object.keys(ctx.resource.value)) {
      const needed = CLIENT_FIELD_SCOPES[key];
      if (needed && !scopes.has(needed)) {
        ctx.report({ messageId: "fieldScope", at: [key], target: "key", data: { field: JSON.stringify(key), needed }, ...FORBIDDEN });
      } else if (!needed && !clients && !reportedKeysOnly) {
        reportedKeysOnly = true;
        ctx.report({ messageId: "keysOnly", at: [key], target: "key", data: { field: JSON.stringify(key) }, ...FORBIDDEN });
      }
    }
  }
});

// rules/patch-invalid-body/index.ts
var INVALID_BODY3 = { predictedResponse: { status: 400, errorCode: "invalid_body" } };
var TYPE_NAMES = {
  string: "a string",
  boolean: "a boolean",
  array: "an array",
  object: "an object",
  integer: "an integer",
  number: "a number",
  null: "null"
};
function expected2(type) {
  return (Array.isArray(type) ? type : [type]).map((t) => TYPE_NAMES[String(t)] ?? String(t)).join(" or ");
}
function at(value, path36) {
  return path36.reduce((v, k) => v?.[k], value);
}
function toPath(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function problem2(e) {
  const p = e.params;
  switch (e.keyword) {
    case "maxLength":
      return `is longer than ${String(p.limit)} characters`;
    case "minLength":
      return "must not be empty";
    case "pattern":
      return 'may not contain "<" or ">"';
    case "minItems":
      return `needs at least ${String(p.limit)} item${p.limit === 1 ? "" : "s"}`;
    case "maxProperties":
      return `has more than ${String(p.limit)} keys`;
    case "minimum":
      return `is below the minimum ${String(p.limit)}`;
    case "maximum":
      return `is above the maximum ${String(p.limit)}`;
    default:
      return (e.message ?? "is not accepted").toLowerCase();
  }
}
var patch_invalid_body_default = defineRule({
  id: "patch-invalid-body",
  meta: {
    description: "a client PATCH body must be a JSON object whose fields have the types the Management API accepts",
    severity: "error",
    fixable: [],
    scope: "client",
    // (payloadMeta answers only for these: on an export's clients the rule has nothing to check)
    origins: ["patch", "har"],
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    invalidJson: "request body is not valid JSON ({{detail}}); the API would answer 400 invalid_body",
    nullBody: "request body is null, which changes nothing; the API answers 200 to it (recorded Terraform provider updates), but a body of client fields was likely meant",
    notObject: "request body must be a JSON object of client fields, got {{found}}; the API would answer 400 invalid_body",
    missing: "request has no body; the API needs a JSON object with at least one client field and would answer 400 invalid_body",
    empty: "request body {} changes nothing; the API needs at least one field and would answer 400 invalid_body",
    wrongType: "{{field}} must be {{expected}}, got {{type}}{{value}}; the API would answer 400 invalid_body",
    notAllowed: "{{field}} {{value}} is not one of {{allowed}}; the API would answer 400 invalid_body{{hint}}",
    constraint: "{{field}}{{value}} {{problem}}; the API would answer 400 invalid_body"
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta) return;
    const bad = meta.bodyProblem;
    if (bad?.kind === "notObject" && bad.found === "null" && meta.kind === "update") {
      ctx.report({ messageId: "nullBody", resource: meta.request, at: bad.at, severity: "info" });
      return;
    }
    if (bad) {
      ctx.report({ messageId: bad.kind, resource: meta.request, at: bad.at, data: { detail: bad.detail?.replace(/^invalid JSON: /, ""), found: bad.found }, ...INVALID_BODY3 });
      return;
    }
    if (meta.kind !== "update") return;
    const body = ctx.resource.value;
    if (Object.keys(body).length === 0) {
      ctx.report({ messageId: "empty", ...INVALID_BODY3 });
      return;
    }
    const seen = /* @__PURE__ */ new Set();
    for (const e of validateClientPatch(body)) {
      if (e.keyword === "additionalProperties" || e.keyword === "minProperties") continue;
      const path36 = toPath(e.instancePath);
      const field = String(path36[0]);
      if (seen.has(field) || FIELDS_WITH_OWN_RULES.includes(field)) continue;
      const value = at(body, path36);
      if (isPlaceholder(value)) continue;
      seen.add(field);
      const shown3 = field in CLIENT_FIELD_SCOPES || value === null ? "" : ` ${quote(value)}`;
      const name = path36.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
      const p = e.params;
      if (e.keyword === "type") {
        ctx.report({ messageId: "wrongType", at: path36, data: { field: name, expected: expected2(p.type), type: describeType(value), value: shown3 }, ...INVALID_BODY3 });
      } else if (e.keyword === "enum") {
        const values = p.allowedValues.filter((v) => typeof v === "string");
        const listed = values.slice(0, 8).map((v) => JSON.stringify(v)).join(", ");
        const allowed = values.length > 8 ? `${listed}, ... (${values.length} values)` : listed;
        const guess = typeof value === "string" ? didYouMean(value, values) : void 0;
        const hint = guess ? `; did you mean ${JSON.stringify(guess)}?` : "";
        ctx.report({ messageId: "notAllowed", at: path36, data: { field: name, value: shown3.trim(), allowed, hint }, ...INVALID_BODY3 });
      } else {
        const scalar2 = typeof value !== "object" || value === null;
        ctx.report({ messageId: "constraint", at: path36, data: { field: name, value: scalar2 ? shown3 : "", problem: problem2(e) }, ...INVALID_BODY3 });
      }
    }
  }
});

// rules/patch-invalid-uri/index.ts
var INVALID_URI = { predictedResponse: { status: 400, errorCode: "invalid_uri" } };
var NOT_FOUND = { predictedResponse: { status: 404 } };
function parameterNames(query) {
  const names2 = [...new Set(query.split("&").map((p) => decodeSafe(p.split("=")[0])).filter(Boolean))];
  return names2.length ? names2.map((n) => JSON.stringify(n)).join(", ") : '""';
}
function decodeSafe(s) {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s;
  }
}
function report(problem3) {
  switch (problem3.kind) {
    case "wrongPath":
      return { messageId: "wrongPath", at: ["url"], data: { path: JSON.stringify(problem3.path) }, ...NOT_FOUND };
    case "missingId":
      return { messageId: "missingId", at: ["url"], ...NOT_FOUND };
    case "malformedId":
      return { messageId: "malformedId", at: ["url"], data: { id: JSON.stringify(problem3.id) }, ...INVALID_URI };
    case "query":
      return { messageId: "query", at: ["url"], data: { names: parameterNames(problem3.query) }, ...INVALID_URI };
    case "wrongMethod":
      return { messageId: "wrongMethod", at: ["method"], data: { method: JSON.stringify(problem3.method) }, ...NOT_FOUND };
  }
}
var patch_invalid_uri_default = defineRule({
  id: "patch-invalid-uri",
  meta: {
    description: "a request that writes a client must be PATCH /api/v2/clients/{id} (or POST /api/v2/clients), with a well-formed id and no query",
    severity: "error",
    fixable: [],
    scope: "client",
    // (payloadMeta answers only for these: on an export's clients the rule has nothing to check)
    origins: ["patch", "har"],
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    wrongPath: "request path {{path}} is not the clients endpoint; expected /api/v2/clients/{id}, else the API answers 404 Not Found",
    missingId: "request URL has no client id; expected /api/v2/clients/{id}, else the API answers 404 Not Found",
    malformedId: 'client id {{id}} in the URL is malformed; expected letters, digits, "_" or "-", else the API answers 400 invalid_uri',
    query: "request URL carries query parameters {{names}} that the client update does not take; the API would answer 400 invalid_uri",
    wrongMethod: "method {{method}} does not update a client; expected PATCH /api/v2/clients/{id} (POST /api/v2/clients creates one), else the API answers 404 Not Found"
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta?.call || !meta.request) return;
    for (const problem3 of meta.call.problems) {
      ctx.report({ ...report(problem3), resource: meta.request });
    }
  }
});

// rules/patch-read-only-field/index.ts
var patch_read_only_field_default = defineRule({
  id: "patch-read-only-field",
  meta: {
    description: "a client PATCH body must not carry read-only fields such as client_id, tenant or signing_keys",
    severity: "error",
    fixable: ["safe"],
    scope: "client",
    // (payloadMeta answers only for these: on an export's clients the rule has nothing to check)
    origins: ["patch", "har"],
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    readOnly: '{{field}} is read-only and cannot be sent in a PATCH body; the API would answer 400 invalid_body ("Additional properties not allowed")'
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta || meta.kind !== "update" || meta.bodyProblem) return;
    for (const key of Object.keys(ctx.resource.value)) {
      if (!CLIENT_READ_ONLY_FIELDS.includes(key)) continue;
      ctx.report({
        messageId: "readOnly",
        at: [key],
        target: "key",
        data: { field: JSON.stringify(key) },
        // the API would never apply it, so leaving it out changes nothing but the 400
        fix: { safety: "safe", description: `remove ${JSON.stringify(key)}`, ops: [{ op: "remove", path: [key] }] },
        predictedResponse: { status: 400, errorCode: "invalid_body" }
      });
    }
  }
});

// rules/patch-third-party-organization/index.ts
var ORG_FIELDS = ["organization_usage", "organization_require_behavior"];
var patch_third_party_organization_default = defineRule({
  id: "patch-third-party-organization",
  meta: {
    description: "a client update that sets is_first_party to false must also unset organization_usage and organization_require_behavior",
    // auth0-facts §1: the API's 403 (observed), but newer docs allow third-party apps in organizations that opt in
    // (third_party_client_access: allow) — where sources disagree, the lower severity
    severity: "warning",
    fixable: [],
    scope: "client",
    // (payloadMeta answers only for these: on an export's clients the rule has nothing to check)
    origins: ["patch", "har"],
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    stillSet: 'is_first_party false with {{fields}} still set; the API has answered 403 ("Organizations are only available to first party clients"), though newer docs allow third-party applications in organizations that opt in; send null unless your tenant allows it',
    dependsOnCurrent: "is_first_party false succeeds only if {{fields}} unset on the client; without null for {{list}} in this request, the API answers 403 when the client still has a value"
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta || meta.kind !== "update" || meta.bodyProblem) return;
    const body = ctx.resource.value;
    if (body.is_first_party !== false) return;
    const set = ORG_FIELDS.filter((f) => f in body && body[f] !== null);
    if (set.some((f) => isPlaceholder(body[f]))) return;
    if (set.length) {
      const fields = set.map((f) => `${f} ${JSON.stringify(body[f])}`).join(" and ");
      ctx.report({ messageId: "stillSet", at: ["is_first_party"], data: { fields } });
      return;
    }
    const absent = ORG_FIELDS.filter((f) => !(f in body));
    if (absent.length) {
      const fields = absent.length === 1 ? `${absent[0]} is` : `${absent.join(" and ")} are`;
      ctx.report({ messageId: "dependsOnCurrent", at: ["is_first_party"], severity: "info", data: { fields, list: absent.join(" and ") } });
    }
  }
});

// rules/patch-unknown-field/index.ts
var has2 = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
var patch_unknown_field_default = defineRule({
  id: "patch-unknown-field",
  meta: {
    description: "a client PATCH body may only carry fields the endpoint accepts",
    severity: "error",
    fixable: ["unsafe"],
    scope: "client",
    // (payloadMeta answers only for these: on an export's clients the rule has nothing to check)
    origins: ["patch", "har"],
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    unknown: 'PATCH /api/v2/clients/{id} does not accept a field {{field}}; the API would answer 400 invalid_body ("Additional properties not allowed"){{hint}}',
    legacyName: '"cross_origin_auth" is the older name of "cross_origin_authentication": no Management API spec or SDK type lists it, though the API still takes it (recorded deploy-cli writes carrying it were answered 200); send "cross_origin_authentication" instead',
    disputed: "{{field}} may not be accepted by PATCH /api/v2/clients/{id}: {{reason}}"
  },
  check(ctx) {
    const meta = payloadMeta(ctx.resource);
    if (!meta || meta.kind !== "update" || meta.bodyProblem) return;
    const body = ctx.resource.value;
    const targets3 = /* @__PURE__ */ new Map();
    for (const key of Object.keys(body)) {
      const to = key === "cross_origin_auth" ? "cross_origin_authentication" : has2(CLIENT_PATCH_DISPUTED, key) ? void 0 : renameTarget(key);
      if (to) targets3.set(to, (targets3.get(to) ?? 0) + 1);
    }
    const alone = (to) => !has2(body, to) && targets3.get(to) === 1;
    for (const key of Object.keys(body)) {
      if (has2(CLIENT_PATCH_DISPUTED, key)) {
        if (key === "cross_origin_auth") {
          const fix = !alone("cross_origin_authentication") ? void 0 : { safety: "unsafe", description: 'rename "cross_origin_auth" to "cross_origin_authentication"', ops: [{ op: "rename", path: [key], to: "cross_origin_authentication" }] };
          ctx.report({ messageId: "legacyName", at: [key], target: "key", severity: CLIENT_SCHEMA[key].takenByRealApi ? "info" : "warning", fix });
        } else {
          ctx.report({ messageId: "disputed", at: [key], target: "key", severity: "warning", data: { field: JSON.stringify(key), reason: CLIENT_PATCH_DISPUTED[key] } });
        }
        continue;
      }
      if (has2(CLIENT_PATCH_PROPERTIES, key) || CLIENT_READ_ONLY_FIELDS.includes(key)) continue;
      const guess = renameTarget(key);
      ctx.report({
        messageId: "unknown",
        at: [key],
        target: "key",
        data: { field: JSON.stringify(key), hint: guess ? `; did you mean ${JSON.stringify(guess)}?` : "" },
        // the field the user most likely meant; unsafe, since it guesses (and applies the value there)
        fix: guess && alone(guess) ? { safety: "unsafe", description: `rename ${JSON.stringify(key)} to ${JSON.stringify(guess)}`, ops: [{ op: "rename", path: [key], to: guess }] } : void 0,
        predictedResponse: { status: 400, errorCode: "invalid_body" }
      });
    }
  }
});
function renameTarget(key) {
  if (has2(CLIENT_PATCH_PROPERTIES, key) || CLIENT_READ_ONLY_FIELDS.includes(key)) return void 0;
  return didYouMean(key, CLIENT_PATCH_FIELDS);
}

// rules/post-login-prompt-requires-oidc-conformant/index.ts
var post_login_prompt_requires_oidc_conformant_default = defineRule({
  id: "post-login-prompt-requires-oidc-conformant",
  meta: {
    description: 'organization_require_behavior "post_login_prompt" needs oidc_conformant: true',
    severity: "error",
    fixable: ["unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    notConformant: 'organization_require_behavior "post_login_prompt" requires oidc_conformant: true, got false'
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (c.organization_require_behavior !== "post_login_prompt") return;
    if (c.oidc_conformant !== false) return;
    ctx.report({
      messageId: "notConformant",
      at: ["organization_require_behavior"],
      fix: {
        safety: "unsafe",
        description: "set oidc_conformant to true",
        ops: [{ op: "set", path: ["oidc_conformant"], value: true }]
      }
    });
  }
});

// rules/require-behavior-without-require/index.ts
function misspeltUsage(c) {
  for (const k in c) {
    if (Object.prototype.hasOwnProperty.call(CLIENT_SCHEMA, k)) continue;
    if (nearMissField(k, CLIENT_SCHEMA) === "organization_usage") return true;
  }
  return false;
}
var require_behavior_without_require_default = defineRule({
  id: "require-behavior-without-require",
  meta: {
    description: 'organization_require_behavior has no effect unless organization_usage is "require" or "allow"',
    severity: "warning",
    fixable: ["safe", "unsafe"],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior"
  },
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: { ignoreDefault: { type: "boolean" } }
  },
  defaultOptions: { ignoreDefault: true },
  messages: {
    withoutUsage: 'organization_require_behavior {{behavior}} has no effect while organization_usage is {{usage}}; it only applies with "require" or "allow"',
    allowPreLogin: 'organization_require_behavior "pre_login_prompt" with organization_usage "allow": the current Define Organization Behavior page says it applies (users choose an organization or their personal account), the older page and the API spec say only with "require"; check that the login prompt is the one you want',
    expressDeny: 'organization_require_behavior {{behavior}} with organization_usage "deny" on an express_configuration application: the API sets "require" on such applications itself, and whether it keeps "deny" is not documented; set organization_usage to "require" to say what the tenant does',
    dependsOnCurrent: 'organization_require_behavior {{behavior}} only applies if organization_usage is "require" or "allow"; this change does not set organization_usage, so it depends on the current value'
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (!("organization_require_behavior" in c)) return;
    const behavior = c.organization_require_behavior;
    if (behavior === null || isPlaceholder(behavior)) return;
    if (ctx.options.ignoreDefault && behavior === "no_prompt") return;
    const usage = effectiveOrganizationUsage(c);
    if (ctx.resource.partial && !("organization_usage" in c)) {
      ctx.report({
        messageId: "dependsOnCurrent",
        at: ["organization_require_behavior"],
        target: "key",
        severity: "info",
        data: { behavior: JSON.stringify(behavior) }
      });
      return;
    }
    if (usage === "require" || isPlaceholder(usage)) return;
    if (usage === "allow") {
      if (behavior === "pre_login_prompt") ctx.report({ messageId: "allowPreLogin", at: ["organization_require_behavior"], target: "key", severity: "info" });
      return;
    }
    if (usage !== void 0 && usage !== null && usage !== "deny") return;
    if (usage === void 0 && misspeltUsage(c)) return;
    if (c.app_type === "express_configuration") {
      ctx.report({ messageId: "expressDeny", at: ["organization_require_behavior"], target: "key", severity: "info", data: { behavior: JSON.stringify(behavior) } });
      return;
    }
    const data = { behavior: JSON.stringify(behavior), usage: usage === void 0 || usage === null ? 'not set (so "deny")' : JSON.stringify(usage) };
    ctx.report({
      messageId: "withoutUsage",
      at: ["organization_require_behavior"],
      target: "key",
      data,
      // with "deny" the behavior is never read: removing it changes nothing for anyone
      fix: { safety: "safe", description: "remove organization_require_behavior", ops: [{ op: "remove", path: ["organization_require_behavior"] }] },
      // the other reading of the mistake: the author meant to require an organization (changes who can log in)
      alternatives: [
        {
          safety: "unsafe",
          description: 'set organization_usage to "require"',
          ops: [{ op: "set", path: ["organization_usage"], value: "require", near: "organization_require_behavior" }]
        }
      ]
    });
  }
});

// rules/require-no-prompt/index.ts
var require_no_prompt_default = defineRule({
  id: "require-no-prompt",
  meta: {
    description: 'organization_usage "require" without a prompt rejects every login that does not name an organization',
    severity: "info",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior"
  },
  defaultOptions: {},
  messages: {
    noPrompt: 'organization_usage "require" with organization_require_behavior {{behavior}}: every /authorize request must carry an organization parameter, or it is rejected'
  },
  check(ctx) {
    const c = ctx.resource.value;
    if (c.organization_usage !== "require") return;
    if (c.app_type === "non_interactive") return;
    const hasBehavior = "organization_require_behavior" in c;
    if (!hasBehavior && ctx.resource.partial) return;
    const behavior = c.organization_require_behavior;
    if (behavior !== void 0 && behavior !== null && behavior !== "no_prompt") return;
    const shown3 = behavior === "no_prompt" ? '"no_prompt"' : `${behavior === null ? "null" : "not set"} (so "no_prompt")`;
    ctx.report({
      messageId: "noPrompt",
      at: behavior === "no_prompt" ? ["organization_require_behavior"] : ["organization_usage"],
      data: { behavior: shown3 }
    });
  }
});

// rules/require-without-organizations/index.ts
var require_without_organizations_default = defineRule({
  id: "require-without-organizations",
  meta: {
    description: 'organization_usage "require" needs at least one organization in the tenant',
    severity: "warning",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior",
    needs: ["organization"]
  },
  defaultOptions: {},
  messages: {
    client: "client {{name}} requires an organization, but this export holds none (organizations is empty): every login of the application will fail",
    grant: "the grant of {{name}} for {{audience}} requires an organization, but this export holds none (organizations is empty): every client credentials request for it will fail"
  },
  check(ctx) {
    const { tenant } = ctx;
    const clients = tenant.clients.filter((c) => c.value.organization_usage === "require");
    const grants = tenant.clientGrants.filter((g) => g.value.organization_usage === "require");
    if (clients.length === 0 && grants.length === 0) return;
    const orgs = ctx.resources("organization");
    if (!orgs.known || orgs.items.length > 0) return;
    for (const client of clients) {
      ctx.report({ messageId: "client", resource: client, at: ["organization_usage"], data: { name: JSON.stringify(client.name) } });
    }
    for (const grant of grants) {
      const data = { name: JSON.stringify(grant.value.client_id ?? "?"), audience: JSON.stringify(grant.value.audience ?? "?") };
      ctx.report({ messageId: "grant", resource: grant, at: ["organization_usage"], data });
    }
  }
});

// rules/third-party-organization-prompt/index.ts
var domainConnection = /* @__PURE__ */ new WeakMap();
function hasDomainConnection(tenant) {
  let v = domainConnection.get(tenant);
  if (v === void 0) {
    const flags = tenant.connections.map((c) => c.value.is_domain_connection);
    v = flags.includes(true) ? "yes" : flags.some(isPlaceholder) ? "unsure" : "no";
    domainConnection.set(tenant, v);
  }
  return v;
}
var third_party_organization_prompt_default = defineRule({
  id: "third-party-organization-prompt",
  meta: {
    description: "a third-party application that uses Organizations needs a prompt (not no_prompt) and a domain-level connection",
    severity: "warning",
    fixable: [],
    scope: "client",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/enable-third-party-application-access",
    // the prompt check works without connections; only the domain-level check needs them
    reads: ["connection", "database"]
  },
  defaultOptions: {},
  messages: {
    noPrompt: "third-party application {{client}} uses Organizations with organization_require_behavior {{behavior}}: the docs call no_prompt unreliable for third-party applications (they may not send the organization parameter); use post_login_prompt or pre_login_prompt",
    noDomainConnection: "third-party application {{client}} uses Organizations, but no connection of this export is domain-level (is_domain_connection: true): third-party applications can log users in only through domain-level connections enabled for the organization"
  },
  check(ctx) {
    if (ctx.resource.origin === "patch" || ctx.resource.origin === "har") return;
    const c = ctx.resource.value;
    if (c.is_first_party !== false) return;
    const usage = c.organization_usage;
    if (usage !== "allow" && usage !== "require") return;
    const client = JSON.stringify(ctx.resource.name);
    const behavior = c.organization_require_behavior;
    if (behavior === "no_prompt" || behavior === void 0 && !ctx.resource.partial) {
      const at2 = behavior === void 0 ? ["organization_usage"] : ["organization_require_behavior"];
      ctx.report({ messageId: "noPrompt", at: at2, data: { client, behavior: JSON.stringify(behavior ?? "no_prompt") + (behavior === void 0 ? " (the default)" : "") } });
    }
    if (hasDomainConnection(ctx.tenant) !== "no") return;
    const conns = ctx.resources("connection");
    const dbs = conns.known ? ctx.resources("database") : conns;
    if (!conns.known || !dbs.known || conns.state.excluded || dbs.state.excluded) return;
    ctx.report({ messageId: "noDomainConnection", at: ["is_first_party"], data: { client } });
  }
});

// rules/unique-client-names/index.ts
import path31 from "node:path";
function nameLine(client) {
  const span = client.doc.locate([...client.path, "name"], "value");
  return span ? lineColumn(client.doc, span.start).line : 1;
}
function whereNamed(first, line, later, tenant) {
  if (first.doc.file === later.doc.file) return `line ${line}`;
  const file = first.doc.file.startsWith(tenant.id + path31.sep) ? path31.relative(tenant.id, first.doc.file) : first.doc.file;
  return `${file.split(path31.sep).join("/")}:${line}`;
}
function compareOrder(a, b) {
  if (a.doc.file !== b.doc.file) return a.doc.file < b.doc.file ? -1 : 1;
  const ia = a.path[a.path.length - 1];
  const ib = b.path[b.path.length - 1];
  return typeof ia === "number" && typeof ib === "number" ? ia - ib : 0;
}
var unique_client_names_default = defineRule({
  id: "unique-client-names",
  meta: {
    description: "every application of a tenant needs a name of its own",
    severity: "error",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/deploy-monitor/deploy-cli-tool"
  },
  defaultOptions: {},
  messages: {
    duplicate: 'application name {{name}} is already used by the application at {{where}}; auth0-deploy-cli refuses to deploy applications that share a name ("Names must be unique")',
    duplicateElsewhere: "application name {{name}} is already used by the application at {{where}}; Auth0 accepts it, but auth0-deploy-cli and people pick applications by name and cannot tell the two apart"
  },
  check(ctx) {
    const byName = /* @__PURE__ */ new Map();
    let shared2 = false;
    for (const client of ctx.tenant.clients) {
      if (client.origin === "patch" || client.origin === "har") continue;
      const name = client.value.name;
      if (typeof name !== "string" || name === "") continue;
      if (client.origin === "terraform" && isPlaceholder(name)) continue;
      const seen = byName.get(name);
      if (seen === void 0) byName.set(name, client);
      else if (Array.isArray(seen)) seen.push(client);
      else {
        byName.set(name, [seen, client]);
        shared2 = true;
      }
    }
    if (!shared2) return;
    for (const [name, group] of byName) {
      if (!Array.isArray(group)) continue;
      group.sort(compareOrder);
      const [first, ...later] = group;
      const line = nameLine(first);
      for (const client of later) {
        const deployCli = client.origin.startsWith("deploy-cli");
        ctx.report({
          messageId: deployCli ? "duplicate" : "duplicateElsewhere",
          resource: client,
          at: ["name"],
          data: { name: JSON.stringify(name), where: whereNamed(first, line, client, ctx.tenant) },
          ...deployCli ? {} : { severity: "warning" }
        });
      }
    }
  }
});

// rules/unique-organization-names/index.ts
import path32 from "node:path";
function where(first, dup) {
  const span = first.doc.locate([...first.path, "name"], "value");
  const line = span ? first.doc.text.slice(0, span.start).split("\n").length : void 0;
  if (first.doc === dup.doc) return line ? `line ${line}` : "this file";
  return line ? `${path32.basename(first.doc.file)}:${line}` : path32.basename(first.doc.file);
}
function stemOf(file) {
  return file.replace(/\.[^./\\]+$/, "");
}
function inFileOrder(orgs) {
  const keyed = orgs.map((org) => ({ org, file: org.doc.file, stem: stemOf(org.doc.file) }));
  keyed.sort((p, q) => p.stem !== q.stem ? p.stem < q.stem ? -1 : 1 : p.file < q.file ? -1 : p.file > q.file ? 1 : 0);
  return keyed.map((k) => k.org);
}
var unique_organization_names_default = defineRule({
  id: "unique-organization-names",
  meta: {
    description: "organization names are unique in a tenant",
    severity: "error",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/manage-users/organizations/configure-organizations/create-organizations"
  },
  defaultOptions: {},
  messages: {
    duplicate: "organization name {{name}} is already used at {{first}}; names are unique in a tenant, so creating the second one fails with 409 organization_conflict",
    duplicateDeployCli: "organization name {{name}} is already used at {{first}}; names are unique in a tenant, and deploy-cli rejects the import before any API call"
  },
  check(ctx) {
    const orgs = inFileOrder(ctx.tenant.organizations);
    const byName = /* @__PURE__ */ new Map();
    for (const org of orgs) {
      const name = org.value.name;
      if (typeof name !== "string" || name === "" || containsPlaceholder(name)) continue;
      const first = byName.get(name);
      if (!first) {
        byName.set(name, org);
        continue;
      }
      const deployCli = org.origin === "deploy-cli-yaml" || org.origin === "deploy-cli-directory";
      ctx.report({
        messageId: deployCli ? "duplicateDeployCli" : "duplicate",
        resource: org,
        at: ["name"],
        data: { name: JSON.stringify(name), first: where(first, org) },
        ...deployCli ? {} : { predictedResponse: { status: 409, errorCode: "organization_conflict" } }
      });
    }
  }
});

// rules/unknown-field/index.ts
var OBJECT_NAMES = { client: "a client", clientGrant: "a client grant", organization: "an organization" };
var SCHEMAS = { client: CLIENT_SCHEMA, clientGrant: CLIENT_GRANT_SCHEMA, organization: ORGANIZATION_SCHEMA };
function skipped(r) {
  if (r.origin === "terraform" || r.origin === "live") return true;
  const meta = payloadMeta(r);
  return r.type === "client" && meta?.kind === "update";
}
function check(ctx, r, value, base2, schema, what) {
  let guesses;
  for (const key in value) {
    if (Object.prototype.hasOwnProperty.call(schema, key)) continue;
    const guess = nearMissField(key, schema);
    if (guess) (guesses ??= /* @__PURE__ */ new Map()).set(key, guess);
  }
  if (!guesses) return;
  const keysPerGuess = /* @__PURE__ */ new Map();
  for (const guess of guesses.values()) keysPerGuess.set(guess, (keysPerGuess.get(guess) ?? 0) + 1);
  for (const [key, guess] of guesses) {
    const fixable = r.origin !== "har" && !hasOwn(value, guess) && keysPerGuess.get(guess) === 1;
    ctx.report({
      messageId: "unknown",
      resource: r,
      at: [...base2, key],
      target: "key",
      data: { field: JSON.stringify(key), what, guess: JSON.stringify(guess), effect: effect(r) },
      // a request body with an unknown field is refused whole (additionalProperties: false)
      ...r.origin === "har" || r.origin === "patch" ? { predictedResponse: { status: 400, errorCode: "invalid_body" } } : {},
      fix: fixable ? { safety: "unsafe", description: `rename ${JSON.stringify(key)} to ${JSON.stringify(guess)}`, ops: [{ op: "rename", path: [...base2, key], to: guess }] } : void 0
    });
  }
}
function hasOwn(o, k) {
  return Object.prototype.hasOwnProperty.call(o, k);
}
function effect(r) {
  if (r.origin === "deploy-cli-yaml" || r.origin === "deploy-cli-directory") return "deploy-cli sends it as written, so the deploy fails or the setting is never applied";
  if (r.origin === "har" || r.origin === "patch") return "the API rejects a body with unknown fields (400 invalid_body)";
  return "the setting it was meant to be is not there";
}
var unknown_field_default = defineRule({
  id: "unknown-field",
  meta: {
    description: "a key of a client, client grant, organization or organization connection that is a near miss of a field is a typo",
    severity: "error",
    fixable: ["unsafe"],
    scope: "tenant",
    source: "https://auth0.com/docs/api/management/v2/clients/patch-clients-by-id"
  },
  defaultOptions: {},
  messages: {
    unknown: "unknown field {{field}} of {{what}}; did you mean {{guess}}? {{effect}}"
  },
  check(ctx) {
    const { clients, clientGrants, organizations } = ctx.tenant;
    for (const all of [clients, clientGrants, organizations]) {
      for (let n = 0; n < all.length; n++) {
        const r = all[n];
        if (skipped(r)) continue;
        const type = r.type;
        check(ctx, r, r.value, [], SCHEMAS[type], OBJECT_NAMES[type]);
        if (r.type !== "organization") continue;
        for (const list of ["connections", "enabled_connections"]) {
          const items = r.value[list];
          if (!Array.isArray(items)) continue;
          for (let i = 0; i < items.length; i++) {
            const item = items[i];
            if (isPlain(item)) check(ctx, r, item, [list, i], ORGANIZATION_CONNECTION_SCHEMA, "an organization connection");
          }
        }
      }
    }
  }
});

// rules/unresolved-keyword/index.ts
var READ_FIELDS = {
  client: [
    "organization_usage",
    "organization_require_behavior",
    "organization_discovery_methods",
    "default_organization",
    ...URL_FIELDS,
    "grant_types",
    "app_type",
    "is_first_party",
    "oidc_conformant",
    "name",
    "addons"
  ],
  clientGrant: ["organization_usage", "allow_any_organization", "client_id"],
  organization: ["name", "display_name", "metadata", "branding", "connections", "discovery_domains", "third_party_client_access", "client_grants"],
  connection: ["name", "strategy", "enabled_clients", "is_domain_connection"],
  prompts: ["universal_login_experience"],
  tenantSettings: ["default_redirection_uri"]
};
var KEYWORD = /(##|@@)[A-Za-z0-9_.-]+\1/g;
var URL_FIELD_SET = new Set(URL_FIELDS);
var unresolved = /* @__PURE__ */ new WeakMap();
function unresolvedIn(doc) {
  let set = unresolved.get(doc);
  if (!set) unresolved.set(doc, set = new Set(doc.placeholders.map((p) => p.text)));
  return set;
}
function partMatters(type, at2, text) {
  const field = String(at2[0]);
  if (type === "client" && URL_FIELD_SET.has(field)) return text.includes("{organization_name}");
  if (type === "client" && field === "name") return false;
  if (type === "clientGrant" && field === "client_id") return false;
  return true;
}
function fieldName(at2) {
  return at2.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}
var unresolved_keyword_default = defineRule({
  id: "unresolved-keyword",
  meta: {
    description: "a deploy-cli keyword placeholder (##KEY## or @@KEY@@) without a value hides a field from the checks that read it",
    severity: "info",
    fixable: [],
    scope: "tenant",
    source: "https://auth0.com/docs/deploy-monitor/deploy-cli-tool/keyword-replacement"
  },
  defaultOptions: {},
  messages: {
    unresolved: "keyword {{keyword}} in {{field}} has no value, so the checks of this value were skipped; give its value with --keywords FILE or keywords: in the config"
  },
  check(ctx) {
    const path36 = [];
    const visit2 = (r, value) => {
      if (typeof value === "string") {
        if (!value.includes("##") && !value.includes("@@")) return;
        const at2 = path36.slice();
        const whole = isPlaceholder(value);
        if (!whole && !partMatters(r.type, at2, value)) return;
        const known3 = unresolvedIn(r.doc);
        const seen = /* @__PURE__ */ new Set();
        for (const m of value.matchAll(KEYWORD)) {
          if (!known3.has(m[0]) || seen.has(m[0])) continue;
          seen.add(m[0]);
          ctx.report({ messageId: "unresolved", resource: r, at: at2, data: { keyword: m[0], field: fieldName(at2) } });
        }
      } else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          path36.push(i);
          visit2(r, value[i]);
          path36.pop();
        }
      } else if (isPlain(value)) {
        if (r.type === "client" && path36.length === 1 && path36[0] === "addons") {
          if ("wsfed" in value) {
            path36.push("wsfed");
            visit2(r, value.wsfed);
            path36.pop();
          }
          return;
        }
        if (path36.length === 2 && path36[0] === "addons") return;
        for (const k of Object.keys(value)) {
          path36.push(k);
          visit2(r, value[k]);
          path36.pop();
        }
      }
    };
    const { tenant } = ctx;
    for (const list of [tenant.clients, tenant.clientGrants, tenant.organizations, tenant.connections, tenant.settings]) {
      for (const r of list) {
        if (r.doc.placeholders.length === 0) continue;
        const usage = r.value.organization_usage;
        const urlsMatter = r.type !== "client" || usage === "allow" || usage === "require" || isPlaceholder(usage) || usage === void 0 && r.partial;
        for (const field of READ_FIELDS[r.type]) {
          if (!(field in r.value) || !urlsMatter && URL_FIELD_SET.has(field)) continue;
          path36.push(field);
          visit2(r, r.value[field]);
          path36.pop();
        }
      }
    }
  }
});

// rules/index.ts
var RULES = [
  allow_any_organization_default,
  client_grant_organization_usage_enum_default,
  client_grant_require_without_organization_default,
  default_organization_valid_default,
  default_organization_without_require_grant_default,
  discovery_methods_without_pre_login_prompt_default,
  organization_branding_colors_default,
  organization_connection_not_enabled_for_client_default,
  organization_connection_option_mismatch_default,
  organization_connections_all_hidden_default,
  organization_connections_limit_default,
  organization_discovery_domain_unverified_default,
  organization_discovery_methods_valid_default,
  organization_display_name_default,
  organization_incompatible_grant_default,
  organization_invitation_without_login_route_default,
  organization_metadata_limits_default,
  organization_name_placeholder_default,
  organization_name_valid_default,
  organization_require_behavior_enum_default,
  organization_requires_new_universal_login_default,
  organization_signup_requires_membership_default,
  organization_third_party_client_default,
  organization_usage_enum_default,
  organization_usage_on_m2m_default,
  patch_insufficient_scope_default,
  patch_invalid_body_default,
  patch_invalid_uri_default,
  patch_read_only_field_default,
  patch_third_party_organization_default,
  patch_unknown_field_default,
  post_login_prompt_requires_oidc_conformant_default,
  require_behavior_without_require_default,
  require_no_prompt_default,
  require_without_organizations_default,
  third_party_organization_prompt_default,
  unique_client_names_default,
  unique_organization_names_default,
  unknown_field_default,
  unresolved_keyword_default
];

// src/cli/color.ts
function wantColor(flags, env, isTTY) {
  const last = flags.at(-1);
  if (last) return last === "color";
  const force = env.FORCE_COLOR;
  if (force !== void 0) return !/^(0|false)$/i.test(force.trim());
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return isTTY;
}
function colorFlags(tokens) {
  return (tokens ?? []).flatMap((t) => t.kind === "option" && (t.name === "color" || t.name === "no-color") ? [t.name] : []);
}

// src/cli/outputs.ts
import { lstatSync as lstatSync4, readlinkSync, realpathSync as realpathSync5, statSync as statSync10 } from "node:fs";
import { mkdir } from "node:fs/promises";
import path33 from "node:path";

// src/formatters/index.ts
var FORMATTERS = {
  compact: async () => (await import("./compact-JVHYNORG.js")).compact,
  github: async () => (await import("./github-DEYUMNOS.js")).github,
  html: async () => (await import("./html-3JQV22PH.js")).html,
  json: async () => (await import("./json-PG2SUHLX.js")).json,
  junit: async () => (await import("./junit-WTO7BF4E.js")).junit,
  markdown: async () => (await import("./markdown-BQ2AIK7Y.js")).markdown,
  sarif: async () => (await import("./sarif-S5YUSUNJ.js")).sarif,
  stylish: async () => (await import("./stylish-JTXE6AEE.js")).stylish
};

// src/cli/outputs.ts
function docsSecrets(docs) {
  const all = /* @__PURE__ */ new Set();
  for (const d of docs) for (const s of secretsOf(d)) all.add(s);
  return [...all].sort((a, b) => b.length - a.length);
}
async function escapedForms(secrets) {
  const { secretForms } = await import("./secret-forms-Q4WLX7G5.js");
  return secretForms(secrets);
}
function parseOutputs(values) {
  const specs = (values?.length ? values : ["stylish"]).map((v) => {
    const eq = v.indexOf("=");
    const format2 = (eq === -1 ? v : v.slice(0, eq)).trim();
    const file = eq === -1 ? void 0 : v.slice(eq + 1);
    if (!(format2 in FORMATTERS)) {
      const hint = didYouMean(format2, Object.keys(FORMATTERS));
      throw new UsageError(`unknown format "${format2}"${hint ? `; did you mean "${hint}"?` : ""} (formats: ${Object.keys(FORMATTERS).join(", ")})`);
    }
    if (file === "") throw new UsageError(`-f ${format2}=: the file name is empty`);
    return { format: format2, file };
  });
  return specs;
}
function realish(file) {
  try {
    return realpathSync5(file);
  } catch {
    const up = path33.dirname(file);
    return up === file ? file : path33.join(realish(up), path33.basename(file));
  }
}
function inode(file) {
  try {
    const st = statSync10(file);
    return st.isFile() ? `${st.dev}:${st.ino}` : void 0;
  } catch {
    return void 0;
  }
}
function checkOutputTargets(specs, inputs, io) {
  const files = specs.filter((s) => s.file);
  if (files.length === 0) return;
  const real5 = new Set(inputs.map(realish));
  const inodes = new Set(inputs.map(inode).filter((k) => k !== void 0));
  for (const spec of files) {
    const target = path33.resolve(io.cwd, spec.file);
    const through = linkedOutput(target, io.cwd);
    if (through) throw new UsageError(`${outputFlag(spec)}: ${through}`);
    const key = inode(target);
    if (real5.has(realish(target)) || key !== void 0 && inodes.has(key)) {
      throw new UsageError(`${outputFlag(spec)}: that file is one of the files linted; orglint never writes a report over its input`);
    }
  }
}
function linkedOutput(target, cwd) {
  const here = realish(cwd);
  if (here === path33.parse(here).root || target === "/dev/stdout" || target === "/dev/stderr") return void 0;
  const trees = [path33.resolve(cwd), here, repositoryOf(cwd, "cwd"), realish(repositoryOf(cwd, "cwd"))].filter((d) => d !== path33.parse(d).root);
  const real5 = path33.join(realNearest(path33.dirname(target)), path33.basename(target));
  if (!trees.some((d) => isBelow(target, d) || isBelow(real5, d)) && !inCurrentTree(target, here)) return void 0;
  let probe = target;
  for (; ; ) {
    let st;
    try {
      st = lstatSync4(probe);
    } catch {
      const up = path33.dirname(probe);
      if (up === probe) return void 0;
      probe = up;
      continue;
    }
    if (st.isSymbolicLink() && linkTarget(probe) === void 0) {
      let dest;
      try {
        dest = realish(path33.resolve(path33.dirname(probe), readlinkSync(probe)));
      } catch {
        return `a symbolic link that leads nowhere (${shellWord(probe)}); orglint writes no report through it`;
      }
      const bound = boundTarget(probe, dest, "cwd");
      return "root" in bound ? void 0 : refusedOutput(bound);
    }
    break;
  }
  const where2 = namedFileTarget(probe);
  return "read" in where2 ? void 0 : refusedOutput(where2);
}
function outputFlag(spec) {
  return spec.fromOutputFile ? `-o ${spec.file}` : `-f ${spec.format}=${spec.file}`;
}
function refusedOutput(where2) {
  const to = shellWord(where2.target);
  return where2.refused === "outside" ? `a symbolic link (this path, or a folder on its way) leads to ${to}, outside the repository; orglint writes a report through a link only into the repository holding it (a link in a pull request could point at a runner's files). Remove or replace the link (name the real path only if you mean to write there)` : `a symbolic link (this path, or a folder on its way) leads to ${to}, in a folder or file of the repository whose name starts with a dot (.git, .ssh, .env, ...); orglint writes a report through a link only to the repository's other files. Remove or replace the link (name the real path only if you mean to write there)`;
}
function realNearest(p) {
  for (let d = p, rest = ""; ; ) {
    try {
      return path33.join(realpathSync5.native(d), rest);
    } catch {
      const up = path33.dirname(d);
      if (up === d) return p;
      rest = path33.join(path33.basename(d), rest);
      d = up;
    }
  }
}
async function writeOutputs(specs, input, io, color, known3 = []) {
  for (const spec of specs) {
    const through = spec.file === void 0 ? void 0 : linkedOutput(path33.resolve(io.cwd, spec.file), io.cwd);
    if (through) throw new UsageError(`${outputFlag(spec)}: ${through}`);
  }
  const secrets = known3.length ? await escapedForms(known3) : known3;
  for (const spec of specs) {
    const loaded = await FORMATTERS[spec.format]();
    const built = (i, make) => {
      try {
        return make();
      } catch (err) {
        if (err instanceof RangeError && /string length/i.test(err.message)) {
          throw new UsageError(`the ${spec.format} output of ${i.findings.length} findings is larger than orglint can build in memory; use --quiet, a baseline, or fewer files per run`);
        }
        throw err;
      }
    };
    const text = (i) => built(i, () => maskKnown(loaded(i), secrets));
    const file = spec.file === void 0 ? void 0 : path33.resolve(io.cwd, spec.file);
    if (file === void 0 || file === "/dev/stdout" || file === "/dev/stderr") {
      const write = file === "/dev/stderr" ? io.stderr : io.stdout;
      const i = { ...input, color: file === void 0 ? color : false, secrets };
      if (loaded.parts) built(i, () => writeMasked(loaded.parts(i), secrets, write));
      else writeInChunks(text(i), write);
      continue;
    }
    const whole = text({ ...input, color: false, secrets });
    await mkdir(path33.dirname(file), { recursive: true });
    try {
      const { writeFileAtomic } = await import("./run-fixes-WPXVEOQ5.js");
      await writeFileAtomic(file, whole);
    } catch (err) {
      throw new UsageError(`cannot write ${spec.file}: ${err.message}`);
    }
  }
}
var CHUNK = 1 << 16;
function writeMasked(parts, secrets, write) {
  if (secrets.some((s) => s.includes("\n"))) {
    let whole = "";
    for (const p of parts) whole += p;
    return writeInChunks(maskKnown(whole, secrets), write);
  }
  const mask = (t) => secrets.length ? maskKnown(t, secrets) : t;
  let pending = "";
  let lastEnd = -1;
  for (const p of parts) {
    const end = p.lastIndexOf("\n");
    if (end !== -1) lastEnd = pending.length + end;
    pending += p;
    if (pending.length < CHUNK || lastEnd === -1) continue;
    write(mask(pending.slice(0, lastEnd + 1)));
    pending = pending.slice(lastEnd + 1);
    lastEnd = -1;
  }
  if (pending) write(mask(pending));
}
function writeInChunks(text, write) {
  let from = 0;
  while (text.length - from > CHUNK) {
    const end = text.indexOf("\n", from + CHUNK - 1);
    if (end === -1) break;
    write(text.slice(from, end + 1));
    from = end + 1;
  }
  if (from < text.length || from === 0) write(from === 0 ? text : text.slice(from));
}

// src/cli/nothing-linted.ts
var NothingLintedError = class extends UsageError {
};
function checkSomethingLinted(result, paths, policy, warn) {
  const errors = policy.errorOnUnmatched ? result.unmatched.filter((u) => !policy.passOnEmpty || u.kind === "file" || u.refused > 0) : [];
  if (errors.length) {
    const lines = errors.map((u) => u.message);
    throw new NothingLintedError(`${lines.join("\norglint: ")}
(--no-error-on-unmatched-pattern reports these as notes and lints the rest)`);
  }
  for (const u of result.unmatched) warn(`note: ${u.message}`);
  if (result.files.length === 0 && policy.passOnEmpty && result.unmatched.some((u) => u.refused > 0)) {
    throw new NothingLintedError(`nothing was linted, and files were left unread (symbolic links or FIFOs): --pass-on-empty passes only a run whose paths hold no tenant configuration file at all`);
  }
  if (result.files.length === 0 && !policy.passOnEmpty) {
    throw new NothingLintedError(`no tenant configuration found in ${paths.map(escapeControls).join(", ")}: nothing was linted (--pass-on-empty lets such a run pass)`);
  }
}

// src/formatters/links.ts
import { createRequire as createRequire6 } from "node:module";
import path34 from "node:path";
var childProcess = () => createRequire6(import.meta.url)("node:child_process");
var MARKUP = /[()|[\]'*!<>"`\\ {}^]/g;
var pct = (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0");
function safeBase(raw) {
  if (!raw || /[\u0000-\u001f\u007f]/.test(raw)) return void 0;
  let u;
  try {
    u = new URL(raw.trim());
  } catch {
    return void 0;
  }
  if (u.protocol !== "https:" && u.protocol !== "http:" || u.username || u.password || u.search || u.hash || !u.hostname) return void 0;
  return u.href.replace(/\/+$/, "").replace(MARKUP, pct);
}
function linkBaseFromEnv(env) {
  const server = safeBase(env.GITHUB_SERVER_URL);
  const repo = env.GITHUB_REPOSITORY ?? "";
  const sha = env.GITHUB_SHA ?? "";
  if (!server || !/^[\w.-]+\/[\w.-]+$/.test(repo) || !/^[0-9a-f]{7,64}$/i.test(sha)) return void 0;
  return `${server}/${repo}/blob/${sha}`;
}
function rootOf(cwd, env) {
  if (env.GITHUB_WORKSPACE && path34.isAbsolute(env.GITHUB_WORKSPACE)) return env.GITHUB_WORKSPACE;
  try {
    const out = childProcess().execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd, timeout: 5e3, stdio: ["ignore", "pipe", "ignore"], env: { ...env, GIT_TERMINAL_PROMPT: "0" } }).toString().trim();
    if (out && path34.isAbsolute(out)) return out;
  } catch {
  }
  return cwd;
}
function reportLinks(cwd, env, linkBase) {
  const base2 = linkBase !== void 0 ? safeBase(linkBase) : linkBaseFromEnv(env);
  return base2 ? { base: base2, root: rootOf(cwd, env) } : void 0;
}
function fileUrl(links, file, line) {
  if (!links || !file) return void 0;
  const rel = path34.relative(links.root, path34.resolve(links.root, file));
  if (!rel || rel.startsWith("..") || path34.isAbsolute(rel)) return void 0;
  const encoded = rel.split(path34.sep).map((s) => encodeURIComponent(s).replace(MARKUP, pct)).join("/");
  return `${links.base}/${encoded}${Number.isInteger(line) && line >= 1 ? `#L${line}` : ""}`;
}
function ruleDocUrl(helpUri) {
  return safeBase(helpUri);
}

// src/cli/lint-command.ts
var LINT_OPTIONS = {
  format: { type: "string", short: "f", multiple: true },
  "output-file": { type: "string", short: "o" },
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string" },
  "print-config": { type: "string" },
  init: { type: "boolean" },
  config: { type: "string", short: "c" },
  rule: { type: "string", multiple: true },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean" },
  fix: { type: "boolean" },
  "fix-unsafe": { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  keywords: { type: "string" },
  baseline: { type: "string" },
  "update-baseline": { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  "no-plugins": { type: "boolean" },
  debug: { type: "boolean" },
  "no-error-on-unmatched-pattern": { type: "boolean" },
  "pass-on-empty": { type: "boolean" },
  "no-inline-config": { type: "boolean" },
  "var-file": { type: "string", multiple: true },
  "link-base": { type: "string" },
  threads: { type: "string" }
};
function parseRuleFlags(values = [], rules2 = RULES) {
  const out = {};
  const ids2 = [...rules2.map((r) => r.id), "unused-disable-directive", "disable-directive-without-reason"];
  for (const v of values) {
    const m = /^((?:@?[\w.-]+\/)?[\w-]+)=([\w-]+)$/.exec(v.trim());
    const severity = m ? normalizeSeverity(m[2]) : void 0;
    if (!m || !severity) throw new UsageError(`--rule ${v}: expected ID=SEVERITY with SEVERITY one of off, info, warning (or warn), error`);
    if (!ids2.includes(m[1])) {
      const hint = didYouMean(m[1], ids2);
      throw new UsageError(`--rule ${v}: unknown rule "${m[1]}"${hint ? `; did you mean "${hint}"?` : ""}`);
    }
    out[m[1]] = severity;
  }
  return out;
}
function parseThreads(value) {
  if (value === void 0 || value === "auto") return "auto";
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 64) throw new UsageError(`--threads ${value}: expected auto or a whole number from 1 to 64`);
  return Number(value);
}
function withOutputFile(specs, outputFile) {
  if (outputFile === void 0) return specs;
  if (outputFile === "") throw new UsageError("-o, --output-file: the file name is empty");
  const toStdout = specs.filter((s) => !s.file);
  if (toStdout.length !== 1) {
    throw new UsageError(`-o ${outputFile} takes the one format written to standard output; ${toStdout.length ? "several are" : "every -f already names its file"} (use -f NAME=FILE for each)`);
  }
  return specs.map((s) => s.file ? s : { ...s, file: outputFile, fromOutputFile: true });
}
async function readStdin(io, maxSize) {
  if (!io.readStdin) throw new UsageError("--stdin: standard input cannot be read here");
  return io.readStdin(maxSize + 1);
}
function rulesOf(config) {
  return config.extraRules.length ? [...RULES, ...config.extraRules] : [...RULES];
}
async function resolveConfig(io, configFlag, keywordsFlag, opts = {}) {
  const file = configFlag ? path35.resolve(io.cwd, configFlag) : findConfig(io.cwd);
  if (configFlag && file && !existsSync8(file)) throw new UsageError(`config file not found: ${configFlag}`);
  const config = file ? await loadConfig(file, RULES, io.cwd, { explicit: Boolean(configFlag), plugins: opts.plugins }) : defaultConfig(io.cwd);
  if (keywordsFlag) {
    const kw = await loadKeywordsAndExclusions(path35.resolve(io.cwd, keywordsFlag), io.cwd);
    config.keywords = { ...config.keywords, ...kw.keywords };
    if (kw.exclusions) config.exclusions = kw.exclusions;
  }
  return config;
}
function skippedNotes(list) {
  return list?.length ? { skippedRules: [...list] } : {};
}
function varFiles(io, files, maxFileSize = DEFAULT_MAX_FILE_SIZE) {
  if (!files?.length) return void 0;
  return files.map((f) => {
    const abs = path35.resolve(io.cwd, f);
    if (!existsSync8(abs)) throw new UsageError(`--var-file ${f}: no such file`);
    const stat2 = statSync11(abs);
    if (!stat2.isFile()) throw new UsageError(`--var-file ${f}: not a regular file`);
    if (stat2.size > maxFileSize) throw new UsageError(`--var-file ${f}: over the ${formatSize(maxFileSize)} limit (raise maxFileSize in the config)`);
    return abs;
  });
}
async function lintCommand(argv, io) {
  const { values, positionals, tokens } = parseArgs({ args: argv, options: LINT_OPTIONS, allowPositionals: true, strict: true, tokens: true });
  if (values.init) {
    if (argv.length > 1) throw new UsageError("--init takes no other options or paths: it writes .orglint.yaml in this folder");
    return (await import("./init-command-N7SPT334.js")).initCommand(io);
  }
  const outputs = withOutputFile(parseOutputs(values.format), values["output-file"]);
  let maxWarnings = -1;
  if (values["max-warnings"] !== void 0) {
    if (!/^\d+$/.test(values["max-warnings"])) throw new UsageError(`--max-warnings ${values["max-warnings"]}: expected a whole number`);
    maxWarnings = Number(values["max-warnings"]);
  }
  const threads = parseThreads(values.threads);
  const linkBase = values["link-base"];
  if (linkBase !== void 0 && !safeBase(linkBase)) {
    throw new UsageError(`--link-base ${JSON.stringify(linkBase)}: expected an http(s) URL without credentials, query or fragment, e.g. https://github.com/OWNER/REPO/blob/SHA`);
  }
  const modes = [values.fix, values["fix-unsafe"], values["fix-dry-run"]].filter(Boolean).length;
  if (modes > 1 && !(values["fix-dry-run"] && values["fix-unsafe"] && !values.fix)) {
    throw new UsageError("use one of --fix, --fix-unsafe, --fix-dry-run (add --fix-unsafe to --fix-dry-run to preview unsafe fixes)");
  }
  if (values["update-baseline"] && values["fix-dry-run"]) throw new UsageError("--update-baseline writes a file: not with --fix-dry-run");
  if (values["stdin-filename"] !== void 0 && !values.stdin) throw new UsageError("--stdin-filename names standard input: add --stdin");
  if (values.stdin) {
    if (values["stdin-filename"] === void 0 || values["stdin-filename"] === "") {
      throw new UsageError("--stdin needs --stdin-filename NAME: the name decides how the text is read (tenant.yaml, clients/app.json, x.patch.json)");
    }
    if (positionals.length) throw new UsageError("--stdin lints standard input: name no paths as well");
    if (modes) throw new UsageError("--stdin has no file to fix: not with --fix, --fix-unsafe or --fix-dry-run");
  }
  const color = wantColor(colorFlags(tokens), io.env, io.stdoutIsTTY);
  const debug = values.debug ? (m) => io.stderr(`orglint: debug: ${escapeControls(m)}
`) : void 0;
  const config = await resolveConfig(io, values.config, values.keywords, { plugins: !values["no-plugins"] });
  if (debug && config.file) debug(`config ${config.file}`);
  const rules2 = rulesOf(config);
  if (values["print-config"] !== void 0) {
    if (positionals.length || values.stdin) throw new UsageError("--print-config FILE prints the settings of one file: name no other paths");
    const { printConfig } = await import("./print-config-355DL6J2.js");
    io.stdout(printConfig(values["print-config"], config, rules2, parseRuleFlags(values.rule, rules2), io.cwd));
    return 0;
  }
  const stdin = values.stdin ? { file: path35.resolve(io.cwd, values["stdin-filename"]), bytes: await readStdin(io, config.maxFileSize) } : void 0;
  const req = {
    cwd: io.cwd,
    paths: stdin ? [] : positionals.length ? positionals : ["."],
    config,
    rules: rules2,
    cliRules: parseRuleFlags(values.rule, rules2),
    debug,
    stdin,
    inlineConfig: !values["no-inline-config"],
    varFiles: varFiles(io, values["var-file"], config.maxFileSize),
    // each tenant's documents go once its findings and report pieces are made (fixes keep them: they edit them)
    release: !modes,
    reportModels: outputs.some((o) => o.format === "html" || o.format === "markdown"),
    quoteContext: outputs.some((o) => o.format === "html"),
    // (the formats that list what passed too)
    listResources: outputs.some((o) => o.format === "html" || o.format === "junit"),
    // a worker reads the config again as this run did (plugins too); fixes and --stdin stay on this thread
    workers: { threads, source: { cwd: io.cwd, config: values.config, keywords: values.keywords, plugins: !values["no-plugins"] } }
  };
  const policy = { errorOnUnmatched: !values["no-error-on-unmatched-pattern"], passOnEmpty: Boolean(values["pass-on-empty"]) };
  const note = (m) => io.stderr(`orglint: ${m}
`);
  const named = stdin ? [`standard input (--stdin-filename ${values["stdin-filename"]})`] : req.paths;
  let result;
  let fixed = 0;
  if (!stdin) req.betweenGroups = tuneV8ForRun(io.cwd, req.paths);
  if (values.fix || values["fix-unsafe"] || values["fix-dry-run"]) {
    const { runFixes } = await import("./fix-files-RYJ55APV.js");
    const check2 = (r) => checkSomethingLinted(r, named, policy, note);
    ({ result, fixed } = await runFixes(req, values["fix-unsafe"] ? "unsafe" : "safe", Boolean(values["fix-dry-run"]), outputs, io, check2));
  } else {
    result = await lintPaths(req);
    checkSomethingLinted(result, named, policy, note);
    checkOutputTargets(outputs, result.files, io);
  }
  const inputs = [stdin?.file, config.file, values.baseline, values.keywords].filter((f) => f !== void 0);
  const read = new Set(inputs.map((f) => path35.resolve(io.cwd, f)));
  for (const o of outputs) {
    if (o.file && read.has(path35.resolve(io.cwd, o.file))) throw new UsageError(`${o.file} is a file this run reads: an output there would overwrite it (choose another name)`);
  }
  const wantsBaseline = values.baseline !== void 0 || values["update-baseline"];
  const runBaseline = wantsBaseline ? (await import("./run-baseline-H6Z7Z622.js")).runBaseline : void 0;
  const base2 = await runBaseline?.(values.baseline, Boolean(values["update-baseline"]), result, io.cwd, (m) => io.stderr(`orglint: ${m}
`));
  const findings = base2?.findings ?? result.findings;
  const summary = base2?.summary ?? result.summary;
  const suppressed = [...result.suppressed, ...base2?.suppressed ?? []].sort(compareFindings);
  const shown3 = values.quiet ? findings.filter((f) => f.severity === "error") : findings;
  const baselineNotes = base2 ? { baselineHidden: base2.hidden, baselineStale: base2.stale.reduce((n, e) => n + e.count, 0) } : {};
  const quietNotes = values.quiet ? { quietHidden: { warnings: summary.warnings, infos: summary.infos } } : {};
  await writeOutputs(
    outputs,
    {
      findings: shown3,
      // every finding counted, shown or not (what --max-warnings compares); quietHidden says how many are left out
      summary,
      suppressed,
      rules: rules2,
      cwd: io.cwd,
      toolVersion: version,
      notes: { ...values["fix-dry-run"] ? { dryRun: true } : { fixed }, ...baselineNotes, ...quietNotes, ...skippedNotes(result.skippedRules) },
      files: result.files,
      resources: checkedResources(result),
      // the reports a reviewer signs carry the run's context and every application's login model
      ...outputs.some((o) => o.format === "html" || o.format === "markdown") ? { report: (await import("./report-context-RHCVAKOE.js")).reportContext(result, findings, { cwd: io.cwd, config, rules: rules2, cliRules: req.cliRules, env: io.env, linkBase }) } : {}
    },
    io,
    color,
    result.secrets
  );
  const { errors, warnings } = summary;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`orglint: ${warnings} warnings, more than --max-warnings ${maxWarnings}
`);
    return 1;
  }
  return 0;
}

export {
  isPlaceholder,
  containsPlaceholder,
  substituteKeywords,
  isPlain,
  resourceName,
  didYouMean,
  parseTree2 as parseTree,
  findNodeAtLocation2 as findNodeAtLocation,
  loadJson,
  readNamedFile,
  parseDirectives,
  loadYamlFast,
  redactSecrets,
  maskKnown,
  lineColumn,
  spanToPosition,
  secretsOf,
  CONFIG_SCHEMA,
  globMatcher,
  RuleSettings,
  BUILTIN_RULES,
  defineRule,
  quote,
  CONFIG_NAMES,
  findConfig,
  defaultConfig,
  loadConfig,
  suppressionCounts,
  wholeFileSuppressions,
  suppressionHow,
  displayPath,
  escapeControls,
  ORGANIZATION_USAGE_VALUES,
  ORGANIZATION_REQUIRE_BEHAVIOR_VALUES,
  ORGANIZATION_DISCOVERY_VALUES,
  DEFAULT_ORGANIZATION_FLOW_VALUES,
  CLIENT_GRANT_ORGANIZATION_USAGE_VALUES,
  THIRD_PARTY_CLIENT_ACCESS_VALUES,
  CLIENT_SCHEMA,
  payloadFileMatcher,
  KNOWN_AFTER_APPLY,
  Recorder,
  labelText,
  evalBody,
  evalExpr,
  loadedHclParser,
  redirects,
  KIND_NOUN,
  resources,
  toPointer,
  compareFindings,
  chooseFix,
  summarize,
  SkipLog,
  runRules,
  isTemplate,
  escapeTemplates,
  tfJsonInfo,
  strictJson,
  mapLimit,
  receiveFolders,
  createTenant,
  randomBytes,
  findingKey,
  legacyFindingKey,
  findingHash,
  hasSource,
  findingLine,
  REPORT_APPLICATIONS,
  checkedResources,
  tenantIndex,
  reportLinks,
  fileUrl,
  ruleDocUrl,
  lintPaths,
  lintGroup,
  groupShared,
  finalize,
  RULES,
  wantColor,
  colorFlags,
  FORMATTERS,
  docsSecrets,
  escapedForms,
  parseOutputs,
  checkOutputTargets,
  linkedOutput,
  writeOutputs,
  LINT_OPTIONS,
  parseRuleFlags,
  parseThreads,
  withOutputFile,
  rulesOf,
  resolveConfig,
  skippedNotes,
  lintCommand
};
