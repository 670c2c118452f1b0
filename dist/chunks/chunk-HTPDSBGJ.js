import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  displayPath,
  escapeControls
} from "./chunk-FZRJ4BAB.js";

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

// src/formatters/tenants.ts
var plural = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
function tenantText(t) {
  if (!t.audited) return `not audited: ${t.reason ?? "not read"}`;
  return `${plural(t.clients, "client")}: ${plural(t.errors, "error")}, ${plural(t.warnings, "warning")}, ${plural(t.infos, "info")}`;
}
function tenantsHeadline(list) {
  const failed = list.filter((t) => !t.audited).length;
  return failed ? `${failed} of ${plural(list.length, "tenant")} not audited` : `${plural(list.length, "tenant")} audited`;
}
function unauditedLine(list) {
  if (allAudited(list)) return void 0;
  return `${tenantsHeadline(list)}: the totals cover the others only`;
}
function tenantsLines(list) {
  if (!list?.length) return [];
  return [`  ${tenantsHeadline(list)}:`, ...list.map((t) => `    ${escapeControls(t.tenant)}  ${escapeControls(tenantText(t))}`)];
}
function tenantsCompact(list) {
  return (list ?? []).map((t) => `orglint: tenant ${escapeControls(t.tenant)}: ${escapeControls(tenantText(t))}
`);
}
function tenantsJson(list) {
  return list.map((t) => t.audited ? { tenant: t.tenant, audited: true, clients: t.clients, errors: t.errors, warnings: t.warnings, infos: t.infos } : { tenant: t.tenant, audited: false, reason: t.reason ?? "not read" });
}
function tenantsSarifNotifications(list) {
  return (list ?? []).map((t) => ({
    level: t.audited ? "note" : "error",
    message: { text: `tenant ${t.tenant}: ${tenantText(t)}` },
    properties: { tenant: t.tenant, audited: t.audited }
  }));
}
function allAudited(list) {
  return (list ?? []).every((t) => t.audited);
}
function tenantsMarkdown(list, code, text) {
  if (!list?.length) return [];
  const rows = list.map(
    (t) => t.audited ? `| ${code(t.tenant)} | audited | ${t.clients} | ${t.errors} | ${t.warnings} | ${t.infos} |` : `| ${code(t.tenant)} | **not audited**: ${text(t.reason ?? "not read")} | | | | |`
  );
  return [`### Tenants (${text(tenantsHeadline(list))})`, "", "| tenant | status | clients | errors | warnings | infos |", "|---|---|---:|---:|---:|---:|", ...rows, ""];
}
function tenantsHtml(list, esc) {
  if (!list?.length) return "";
  const items = list.map((t) => `<li${t.audited ? "" : ' class="error"'}><code>${esc(t.tenant)}</code>: ${esc(tenantText(t))}</li>`);
  return `<section class="tenants" id="live-tenants"><p>${esc(tenantsHeadline(list))}:</p><ul>
${items.join("\n")}
</ul></section>`;
}
function tenantsJunit(list, xml) {
  if (!list?.length) return { text: "", tests: 0, errors: 0 };
  const errors = list.filter((t) => !t.audited).length;
  const cases = list.map(
    (t) => t.audited ? `    <testcase classname="orglint.tenants" name="${xml(t.tenant)}"/>` : `    <testcase classname="orglint.tenants" name="${xml(t.tenant)}"><error message="${xml(tenantText(t))}"/></testcase>`
  );
  return { text: `  <testsuite name="(tenants)" tests="${list.length}" failures="0" errors="${errors}" skipped="0">
${cases.join("\n")}
  </testsuite>
`, tests: list.length, errors };
}
function tenantsGithub(list, data, prop) {
  if (!list?.length) return "";
  const out = list.filter((t) => !t.audited).map((t) => `::error title=${prop("orglint: tenant not audited")}::${data(`${t.tenant}: ${tenantText(t)}`)}
`);
  out.push(`::notice title=${prop("orglint: tenants")}::${data(`${tenantsHeadline(list)}: ${list.map((t) => `${t.tenant} (${tenantText(t)})`).join("; ")}`)}
`);
  return out.join("");
}

export {
  skippedLine,
  skippedJson,
  skippedSarifNotifications,
  skippedMarkdown,
  skippedHtml,
  skippedJunit,
  unauditedLine,
  tenantsLines,
  tenantsCompact,
  tenantsJson,
  tenantsSarifNotifications,
  allAudited,
  tenantsMarkdown,
  tenantsHtml,
  tenantsJunit,
  tenantsGithub
};
