import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  escapeControls
} from "./chunk-FZRJ4BAB.js";

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

export {
  provenanceOf,
  configuredRuleDoc
};
