import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  ruleReadme
} from "./chunk-F5XGO7ZK.js";
import {
  BUILTIN_RULES
} from "./chunk-Z3J2TGFA.js";
import {
  escapeControls
} from "./chunk-BTSGYF2U.js";

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

// src/policies/describe.ts
import path from "node:path";
function provenanceOf(rule) {
  return rule.provenance;
}
function configuredRuleDoc(rule, cwd) {
  const p = provenanceOf(rule);
  if (!p) return void 0;
  const where = path.relative(cwd, p.file) || p.file;
  const safe = (text) => text.split(/\r?\n/).map(escapeControls).join("\n");
  const lines = [`# ${rule.id}`, "", safe(rule.meta.description), ""];
  if (p.kind === "policy") {
    lines.push(`A team policy defined in \`${where}\` (\`policies:\`). Severity: ${rule.meta.severity}.`, "");
    if (p.docs) lines.push("## Docs", "", safe(p.docs), "");
    const { id: _id, description: _d, docs: _docs, message: _m, ...definition } = p.spec ?? {};
    lines.push("## Definition", "", "```json", JSON.stringify(definition, null, 2), "```", "");
  } else {
    lines.push(`A rule of the plugin \`${p.plugin}\`, loaded from \`${where}\`. Severity: ${rule.meta.severity}.`, "");
    if (rule.meta.source) lines.push(`Source: ${safe(rule.meta.source)}`, "");
  }
  return lines.join("\n");
}

// src/formatters/rule-docs.ts
var readmes = /* @__PURE__ */ new Map();
function ruleInfos(rules, findings = []) {
  const out = /* @__PURE__ */ new Map();
  const base = repositoryUrl();
  for (const r of rules) {
    const configured = provenanceOf(r) !== void 0;
    if (!configured && !readmes.has(r.id)) readmes.set(r.id, ruleReadme(r.id));
    const readme = configured ? configuredRuleDoc(r, process.cwd()) : readmes.get(r.id);
    out.set(r.id, {
      id: r.id,
      description: r.meta.description,
      severity: r.meta.severity,
      fixable: r.meta.fixable,
      source: r.meta.source,
      readme,
      helpUri: base && readme && !configured ? `${base}/blob/HEAD/rules/${r.id}/README.md` : void 0,
      builtin: false
    });
  }
  for (const f of findings) {
    if (out.has(f.ruleId)) continue;
    const b = BUILTIN_RULES[f.ruleId];
    out.set(f.ruleId, { id: f.ruleId, description: b?.description ?? f.ruleId, severity: b?.severity ?? f.severity, fixable: [], builtin: true });
  }
  return out;
}
function repositoryUrl() {
  const repo = package_default.repository;
  const raw = typeof repo === "string" ? repo : repo?.url;
  if (!raw) return void 0;
  const m = /^(?:github:|git\+https:\/\/github\.com\/|https:\/\/github\.com\/|git:\/\/github\.com\/|git@github\.com:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(raw.trim());
  if (!m || !raw.includes("github") && raw.includes(":")) return void 0;
  return `https://github.com/${m[1]}/${m[2]}`;
}
function readmeSection(readme, title) {
  const lines = readme.split(/\r?\n/);
  const want = title.toLowerCase();
  const start = lines.findIndex((l) => /^##\s/.test(l) && l.replace(/^##\s+/, "").replace(/^[^\p{L}]+/u, "").toLowerCase() === want);
  if (start === -1) return void 0;
  const end = lines.findIndex((l, i) => i > start && /^##?\s/.test(l));
  return lines.slice(start + 1, end === -1 ? void 0 : end).join("\n").trim();
}
function markdownToText(md) {
  return md.replace(/^```.*$/gm, "").replace(/^#{1,6}\s+/gm, "").replace(/\[([^\]]*)\]\(([^)]*)\)/g, "$1 ($2)").replace(/`([^`]*)`/g, "$1").replace(/\*\*([^*]+)\*\*/g, "$1").replace(/\n{3,}/g, "\n\n").trim();
}

export {
  version,
  ruleInfos,
  repositoryUrl,
  readmeSection,
  markdownToText
};
