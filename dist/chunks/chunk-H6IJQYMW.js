import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });

// package.json
var version = "0.1.0";
var package_default = {
  name: "orglint",
  version,
  description: "Lint Auth0 tenant configuration (deploy-cli exports, Management API dumps, PATCH payloads, Terraform plans) for Organization settings",
  type: "module",
  license: "MIT",
  main: "./dist/index.js",
  types: "./types/index.d.ts",
  exports: {
    ".": {
      types: "./types/index.d.ts",
      import: "./dist/index.js",
      default: "./dist/index.js"
    },
    "./package.json": "./package.json"
  },
  bin: {
    orglint: "bin/orglint.js"
  },
  files: [
    "bin/",
    "dist/",
    "types/",
    "rules/*/README.md",
    "docs/",
    "CHANGELOG.md"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    docs: "npm run build && node scripts/gen-docs.mjs",
    typecheck: "tsc --noEmit",
    test: "tsc --noEmit && vitest run",
    "test:shared": "vitest run --config vitest.shared.config.ts",
    bench: "node bench/run.mjs",
    "bench:live": "node bench/live-fix.mjs",
    "fuzz:long": "node scripts/fuzz-long.mjs",
    "package:vscode": "node scripts/package-vscode.mjs"
  },
  devDependencies: {
    "@actions/core": "3.0.1",
    "@tree-sitter-grammars/tree-sitter-hcl": "1.2.0",
    "@types/js-yaml": "4.0.9",
    "@types/node": "20.19.43",
    ajv: "8.20.0",
    auth0: "7.1.0",
    esbuild: "0.28.2",
    "fast-check": "4.11.0",
    "fast-glob": "3.3.3",
    "js-yaml": "4.1.0",
    "jsonc-parser": "3.3.1",
    picomatch: "2.3.2",
    "playwright-core": "1.65.1",
    typescript: "5.9.3",
    undici: "6.29.1",
    vite: "8.3.8",
    vitest: "4.1.12",
    "vscode-jsonrpc": "10.0.0",
    "vscode-languageserver": "11.0.0",
    "vscode-languageserver-textdocument": "1.0.16",
    "web-tree-sitter": "0.25.10",
    yaml: "2.9.1"
  }
};

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

// src/config/config-error.ts
var ConfigError = class extends Error {
  constructor(message, file, line, column) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
  }
  file;
  line;
  column;
  /** `file:line:col: message` */
  get display() {
    if (!this.file) return this.message;
    const where = this.line ? `${this.file}:${this.line}:${this.column ?? 1}` : this.file;
    return `${where}: ${this.message}`;
  }
};

export {
  ConfigError,
  version,
  package_default,
  UsageError,
  MissingPathError,
  packageRoot,
  ruleReadme
};
