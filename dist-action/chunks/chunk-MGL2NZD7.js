import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });

// src/engine/finding.ts
function toPointer(path) {
  if (path.length === 0) return "";
  const parts = new Array(path.length + 1);
  parts[0] = "";
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const s = typeof seg === "string" ? seg : String(seg);
    parts[i + 1] = s.includes("~") || s.includes("/") ? s.replace(/~/g, "~0").replace(/\//g, "~1") : s;
  }
  return parts.join("/");
}
var SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
function compareFindings(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
function chooseFix(f, mode) {
  if (mode === "unsafe") {
    if (f.fix?.safety === "unsafe") return f.fix;
    const alt = f.alternatives?.find((a) => a.safety === "unsafe");
    if (alt) return alt;
  }
  if (f.fix && (f.fix.safety === "safe" || mode === "unsafe")) return f.fix;
  return f.alternatives?.find((a) => a.safety === "safe" || mode === "unsafe");
}
function summarize(findings, files, clients, suppressed = 0) {
  const s = { files, clients, errors: 0, warnings: 0, infos: 0, fixable: 0, suppressed };
  for (const f of findings) {
    if (f.severity === "error") s.errors++;
    else if (f.severity === "warning") s.warnings++;
    else s.infos++;
    if (f.fix || f.alternatives?.length) s.fixable++;
  }
  return s;
}

export {
  toPointer,
  compareFindings,
  chooseFix,
  summarize
};
