import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  globMatcher
} from "./chunk-42L5XZ5O.js";

// src/engine/files.ts
import { readdir as fsReaddir } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
var MissingPathError = class extends Error {
  constructor(target) {
    super(`no such file or directory: ${target}`);
    this.target = target;
  }
  target;
};
var WALK_PATTERN = "**/*.{yaml,yml,json,har}";
var ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];
async function expandPaths(cwd, paths, ignore, ignoreBase, onSkip) {
  const isIgnored = globMatcher(ignore);
  const rel = (f) => path.relative(ignoreBase, f).split(path.sep).join("/");
  const out = /* @__PURE__ */ new Map();
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let info;
    try {
      info = await stat(abs);
    } catch (err) {
      const code = err.code;
      if (code === "ENOENT" || code === "ENOTDIR") throw new MissingPathError(p);
      out.set(abs, { file: abs, explicit: true });
      continue;
    }
    if (info.isDirectory()) {
      const { default: fg } = await import("./out-D7KQMJCE.js");
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
        if (ignore.length && isIgnored(rel(path.join(dir, "x.yaml")))) onSkip?.(dir, "ignored by the config");
        else if (!out.has(dir)) out.set(dir, { file: dir, explicit: true });
      }
      const found = [];
      for (const e of entries) {
        if (e.dirent.isFile()) found.push(e.path);
        else if (e.dirent.isSymbolicLink()) onSkip?.(path.normalize(e.path), "a symbolic link; links inside folders are not followed (name the file to lint it)");
        else if (!e.dirent.isDirectory()) onSkip?.(path.normalize(e.path), "not a regular file (a FIFO, socket or device)");
      }
      found.sort();
      for (const f of found) {
        const file = path.normalize(f);
        if (ignore.length && isIgnored(rel(file))) {
          onSkip?.(file, "ignored by the config");
          continue;
        }
        if (!out.has(file)) out.set(file, { file, explicit: false });
      }
    } else {
      if (ignore.length && isIgnored(rel(abs))) {
        onSkip?.(abs, "ignored by the config");
        continue;
      }
      out.set(abs, { file: abs, explicit: true });
    }
  }
  return [...out.values()];
}

export {
  MissingPathError,
  expandPaths
};
