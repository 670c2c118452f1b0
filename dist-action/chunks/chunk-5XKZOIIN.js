import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  BUILTIN_RULES,
  escapeControls,
  package_default,
  ruleReadme
} from "./chunk-XGHWUMGV.js";

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
  ruleInfos,
  repositoryUrl,
  readmeSection,
  markdownToText
};
