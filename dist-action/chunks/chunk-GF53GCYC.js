import { createRequire as __orglintCreateRequire } from 'node:module'; const require = __orglintCreateRequire(import.meta.url);
import {
  displayPath,
  escapeControls
} from "./chunk-BTSGYF2U.js";

// src/formatters/skipped.ts
function tenantList(tenants, cwd, max = 3) {
  const shown = tenants.slice(0, max).map((t) => displayPath(t, cwd));
  return tenants.length > max ? `${shown.join(", ")} and ${tenants.length - max} more` : shown.join(", ");
}
function byReason(list, cwd) {
  const groups = /* @__PURE__ */ new Map();
  for (const s of list) {
    const where = tenantList(s.tenants, cwd);
    const key = `${s.reason}\0${where}`;
    const g = groups.get(key);
    if (!g) groups.set(key, { reason: s.reason, where, ruleIds: [s.ruleId] });
    else if (!g.ruleIds.includes(s.ruleId)) g.ruleIds.push(s.ruleId);
  }
  return [...groups.values()].map((g) => ({ ...g, ruleIds: g.ruleIds.sort() }));
}
function countRules(list) {
  return new Set(list.map((s) => s.ruleId)).size;
}
function skippedLine(list, cwd) {
  if (!list?.length) return void 0;
  const n = countRules(list);
  const parts = byReason(list, cwd).map((g) => `${g.ruleIds.join(", ")} \u2014 ${g.reason} (in ${g.where})`);
  return escapeControls(`skipped ${n} rule${n === 1 ? "" : "s"}: ${parts.join("; ")}`);
}
function skippedJson(list, cwd) {
  return list.map((s) => ({ ruleId: s.ruleId, reason: s.reason, tenants: s.tenants.map((t) => displayPath(t, cwd)) }));
}
function skippedSarifNotifications(list, cwd, ruleIndex) {
  return list.map((s) => {
    const index = ruleIndex(s.ruleId);
    return {
      level: "note",
      message: { text: `rule ${s.ruleId} was skipped: ${s.reason} (in ${tenantList(s.tenants, cwd)})` },
      associatedRule: index === void 0 ? { id: s.ruleId } : { id: s.ruleId, index },
      properties: { skippedRule: true, reason: s.reason, tenants: s.tenants.map((t) => displayPath(t, cwd)) }
    };
  });
}
function skippedMarkdown(list, cwd, code, text) {
  if (!list.length) return [];
  const n = countRules(list);
  const out = ["### Skipped rules", "", `${n} rule${n === 1 ? " was" : "s were"} not run, or could not decide, because an input was unknown:`, "", "| rule | why | where |", "|---|---|---|"];
  for (const s of list) out.push(`| ${code(s.ruleId)} | ${text(s.reason)} | ${text(tenantList(s.tenants, cwd))} |`);
  out.push("");
  return out;
}
function skippedHtml(list, cwd, esc) {
  if (!list?.length) return "";
  const items = list.map((s) => `<li><code>${esc(s.ruleId)}</code>: ${esc(s.reason)} (in ${esc(tenantList(s.tenants, cwd))})</li>`);
  return `<section class="skipped muted" id="skipped"><p>Skipped rules (an input was unknown):</p><ul>
${items.join("\n")}
</ul></section>`;
}
function skippedJunit(list, cwd, xml) {
  if (!list?.length) return "";
  const cases = list.map((s) => `    <testcase classname="orglint.skipped" name="${xml(s.ruleId)}"><skipped message="${xml(`${s.reason} (in ${tenantList(s.tenants, cwd)})`)}"/></testcase>`);
  return `  <testsuite name="(skipped rules)" tests="${list.length}" failures="0" errors="0" skipped="${list.length}">
${cases.join("\n")}
  </testsuite>
`;
}

export {
  skippedLine,
  skippedJson,
  skippedSarifNotifications,
  skippedMarkdown,
  skippedHtml,
  skippedJunit
};
