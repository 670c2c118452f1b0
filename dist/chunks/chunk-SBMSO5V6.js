import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  GlobError,
  checkGlob,
  globMatcher,
  isGlobPattern
} from "./chunk-BNPA5CMJ.js";
import {
  UsageError
} from "./chunk-AWE47YH6.js";

// src/engine/files.ts
import { existsSync, readdir as fsReaddir, readdirSync } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
function listFolder(dir, listings) {
  let entries = listings?.get(dir);
  if (!entries) {
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return { files: [], dirs: [] };
    }
  }
  const files = [];
  const dirs = [];
  for (const e of entries) {
    if (e.isFile()) files.push(e.name);
    else if (e.isDirectory()) dirs.push(e.name);
  }
  return { files, dirs };
}
var MissingPathError = class extends Error {
  constructor(target) {
    super(`no such file or directory: ${target}`);
    this.target = target;
  }
  target;
};
var WALK_PATTERN = "**/*.{yaml,yml,json,har,tf}";
var ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];
var IGNORED = "ignored by the config";
var LINK = "a symbolic link; links inside folders are not followed (name the file to lint it)";
var DEVICE = "not a regular file (a FIFO, socket or device)";
async function expandPaths(cwd, paths, ignore, ignoreBase, onSkip, inMemory) {
  const isIgnored = globMatcher(ignore);
  const listings = /* @__PURE__ */ new Map();
  const rel = (f) => path.relative(ignoreBase, f).split(path.sep).join("/");
  const out = /* @__PURE__ */ new Map();
  const args = [];
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    const arg = { arg: p, kind: "file", files: [], left: /* @__PURE__ */ new Map() };
    args.push(arg);
    const skip = (file, reason) => {
      arg.left.set(reason, (arg.left.get(reason) ?? 0) + 1);
      onSkip?.(file, reason);
    };
    const take = (file, explicit) => {
      if (ignore.length && isIgnored(rel(file))) return skip(file, IGNORED);
      arg.files.push(file);
      if (!out.has(file) || explicit) out.set(file, { file, explicit });
    };
    let info;
    try {
      info = inMemory?.has(abs) ? { isDirectory: () => false } : await stat(abs);
    } catch (err) {
      const code = err.code;
      if ((code === "ENOENT" || code === "ENOTDIR") && !existsSync(abs) && isGlobPattern(p)) {
        arg.kind = "glob";
        const walked = [];
        for (const e of await expandGlob(cwd, p)) {
          if (e.dirent.isDirectory()) {
            if (walked.some((w) => e.path.startsWith(w + path.sep))) continue;
            walked.push(e.path);
            await walkFolder(e.path, take, skip, isIgnored, rel, ignore.length > 0, listings);
          } else if (walked.some((w) => e.path.startsWith(w + path.sep))) continue;
          else if (e.dirent.isFile()) take(e.path, false);
          else if (e.dirent.isSymbolicLink()) skip(e.path, LINK);
          else skip(e.path, DEVICE);
        }
        continue;
      }
      if (code === "ENOENT" || code === "ENOTDIR") throw new MissingPathError(p);
      arg.files.push(abs);
      out.set(abs, { file: abs, explicit: true });
      continue;
    }
    if (info.isDirectory()) {
      arg.kind = "folder";
      await walkFolder(abs, take, skip, isIgnored, rel, ignore.length > 0, listings);
    } else take(abs, true);
  }
  return { targets: [...out.values()], args, listings };
}
async function walkFolder(abs, take, skip, isIgnored, rel, hasIgnore, listings) {
  const { default: fg } = await import("./out-V7EYHRRI.js");
  const unreadable = [];
  const readdir = ((dir, ...rest) => {
    const callback = rest.pop();
    fsReaddir(dir, ...rest, (err, result) => {
      if (err && err.code !== "ENOENT" && err.code !== "ENOTDIR") unreadable.push(path.normalize(dir));
      else if (!err && Array.isArray(result) && rest[0]?.withFileTypes) listings.set(folderKey(dir), result);
      callback(err, result);
    });
  });
  const entries = await fg(WALK_PATTERN, {
    cwd: abs,
    absolute: true,
    dot: false,
    onlyFiles: false,
    objectMode: true,
    followSymbolicLinks: false,
    suppressErrors: true,
    ignore: ALWAYS_IGNORED,
    fs: { readdir }
  });
  for (const dir of unreadable) {
    if (hasIgnore && isIgnored(rel(path.join(dir, "x.yaml")))) skip(dir, IGNORED);
    else take(dir, true);
  }
  const found = [];
  for (const e of entries) {
    if (e.dirent.isFile()) found.push(e.path);
    else if (e.dirent.isSymbolicLink()) skip(path.normalize(e.path), LINK);
    else if (!e.dirent.isDirectory()) skip(path.normalize(e.path), DEVICE);
  }
  found.sort();
  for (const f of found) take(path.normalize(f), false);
}
function folderKey(dir) {
  const n = path.normalize(dir);
  return n.length > 1 && n.endsWith(path.sep) ? n.slice(0, -1) : n;
}
async function expandGlob(cwd, pattern) {
  try {
    checkGlob(pattern);
  } catch (err) {
    if (err instanceof GlobError) throw new UsageError(`invalid glob ${JSON.stringify(pattern)}: ${err.message}`);
    throw err;
  }
  const { default: fg } = await import("./out-V7EYHRRI.js");
  let entries;
  try {
    entries = await fg(pattern, {
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
  return entries.map((e) => ({ path: path.normalize(e.path), dirent: e.dirent })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

export {
  listFolder,
  MissingPathError,
  expandPaths
};
