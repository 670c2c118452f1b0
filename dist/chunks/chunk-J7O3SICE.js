import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });

// src/cli/io.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var UsageError = class extends Error {
};
var MissingPathError = class extends Error {
  constructor(target) {
    super(`no such file or directory: ${target}`);
    this.target = target;
  }
  target;
};
function packageRoot() {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const pkg = path.join(dir, "package.json");
    if (existsSync(pkg) && /"name":\s*"orglint"/.test(readFileSync(pkg, "utf8"))) return dir;
    dir = path.dirname(dir);
  }
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
}
function ruleReadme(id) {
  const file = path.join(packageRoot(), "rules", id, "README.md");
  return existsSync(file) ? readFileSync(file, "utf8") : void 0;
}

export {
  UsageError,
  MissingPathError,
  packageRoot,
  ruleReadme
};
