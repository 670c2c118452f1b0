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
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return file;
  return (path.relative(root, file) || path.basename(file)).split(path.sep).join("/");
}

export {
  repoRoot,
  repoPath
};
