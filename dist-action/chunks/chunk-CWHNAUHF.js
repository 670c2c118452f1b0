import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });

// src/formatters/repo-root.ts
import { existsSync } from "node:fs";
import path from "node:path";
var cache = /* @__PURE__ */ new Map();
function repoRoot(cwd) {
  const start = path.resolve(cwd);
  let root = cache.get(start);
  if (root === void 0) {
    root = start;
    for (let d = start; ; d = path.dirname(d)) {
      if (existsSync(path.join(d, ".git"))) {
        root = d;
        break;
      }
      if (path.dirname(d) === d) break;
    }
    cache.set(start, root);
  }
  return root;
}
function repoPath(file, root) {
  if (!path.isAbsolute(root) || !path.isAbsolute(file)) return /^[a-z][a-z0-9+.-]*:\/\//i.test(file) ? file : (path.relative(root, file) || path.basename(file)).split(path.sep).join("/");
  if (root !== pathsFrom) {
    pathsFrom = root;
    paths.clear();
  }
  let rel = paths.get(file);
  if (rel === void 0) {
    if (paths.size >= MAX_PATHS) paths.clear();
    rel = /^[a-z][a-z0-9+.-]*:\/\//i.test(file) ? file : (path.relative(root, file) || path.basename(file)).split(path.sep).join("/");
    paths.set(file, rel);
  }
  return rel;
}
var pathsFrom;
var paths = /* @__PURE__ */ new Map();
var MAX_PATHS = 1e5;

export {
  repoRoot,
  repoPath
};
