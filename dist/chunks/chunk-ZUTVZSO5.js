import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-T4QPEK3V.js";
import {
  GlobError,
  checkGlob,
  globMatcher,
  isGlobPattern
} from "./chunk-VLBP24UG.js";

// src/engine/files.ts
import { existsSync, readdir as fsReaddir } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
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
            await walkFolder(e.path, take, skip, isIgnored, rel, ignore.length > 0);
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
      await walkFolder(abs, take, skip, isIgnored, rel, ignore.length > 0);
    } else take(abs, true);
  }
  return { targets: [...out.values()], args };
}
async function walkFolder(abs, take, skip, isIgnored, rel, hasIgnore) {
  const { default: fg } = await import("./out-EUXVSNZT.js");
  const unreadable = [];
  const readdir = ((dir, ...rest) => {
    const callback = rest.pop();
    fsReaddir(dir, ...rest, (err, result) => {
      if (err && err.code !== "ENOENT" && err.code !== "ENOTDIR") unreadable.push(path.normalize(dir));
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
async function expandGlob(cwd, pattern) {
  try {
    checkGlob(pattern);
  } catch (err) {
    if (err instanceof GlobError) throw new UsageError(`invalid glob ${JSON.stringify(pattern)}: ${err.message}`);
    throw err;
  }
  const { default: fg } = await import("./out-EUXVSNZT.js");
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
  MissingPathError,
  expandPaths
};
