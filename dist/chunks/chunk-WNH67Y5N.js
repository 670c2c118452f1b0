import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);

// package.json
var version = "0.1.0";
var package_default = {
  name: "orglint",
  version,
  description: "Lint Auth0 tenant configuration (deploy-cli exports, Management API dumps, PATCH payloads, Terraform plans) for Organization settings",
  type: "module",
  license: "MIT",
  bin: {
    orglint: "bin/orglint.js"
  },
  files: [
    "bin/",
    "dist/",
    "rules/*/README.md",
    "docs/"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    docs: "npm run build && node scripts/gen-docs.mjs",
    typecheck: "tsc --noEmit",
    test: "tsc --noEmit && vitest run",
    bench: "node bench/run.mjs",
    "bench:live": "node bench/live-fix.mjs",
    "fuzz:long": "node scripts/fuzz-long.mjs"
  },
  dependencies: {
    ajv: "8.20.0",
    "fast-glob": "3.3.3",
    "jsonc-parser": "3.3.1",
    yaml: "2.9.1"
  },
  devDependencies: {
    "@actions/core": "3.0.1",
    "@types/js-yaml": "4.0.9",
    "@types/node": "20.19.43",
    esbuild: "0.28.2",
    "fast-check": "4.11.0",
    "js-yaml": "4.1.0",
    "playwright-core": "1.65.1",
    typescript: "5.9.3",
    vite: "8.3.8",
    vitest: "4.1.12"
  }
};

export {
  version,
  package_default
};
