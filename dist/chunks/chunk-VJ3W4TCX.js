import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  loadYamlFast
} from "./chunk-3VFIX5JO.js";
import {
  substituteKeywords
} from "./chunk-PYKP3QTX.js";

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
      return { ok: false, rule: "read-error", message: "cannot read file: it became a symbolic link after its folder was listed; links inside folders are not followed" };
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
  const stat = fstatSync(fd);
  if (stat.isDirectory()) return { ok: false, rule: "read-error", message: "cannot read file: it is a directory" };
  if (!stat.isFile()) return { ok: false, rule: "read-error", message: "cannot read file: not a regular file (a FIFO, socket or device)" };
  if (stat.size > maxSize) {
    return {
      ok: false,
      rule: "file-too-large",
      message: `file is ${formatSize(stat.size)}, over the ${formatSize(maxSize)} limit (raise maxFileSize in the config to read it)`
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
    const got = readSync(fd, buf, n, room, null);
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
    default:
      return code ?? (err instanceof Error ? err.message : String(err));
  }
}
function formatSize(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, "")} KiB`;
  return `${bytes} B`;
}

// src/sources/yaml/yaml-load.ts
async function loadYamlAsync(file, text, bom, keywords) {
  const prepared = substituteKeywords(text, "yaml", keywords);
  return loadYamlFast(file, text, bom, keywords, prepared) ?? (await import("./yaml-source-FLYE23GB.js")).loadYamlFull(file, text, bom, keywords, prepared);
}

export {
  DEFAULT_MAX_FILE_SIZE,
  readTextFile,
  readTextFileSync,
  decode,
  formatSize,
  loadYamlAsync
};
