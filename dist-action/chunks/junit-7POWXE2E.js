import { createRequire as __orglintCreateRequire } from 'node:module'; let __orglintRequire; const __orglintReal = () => (__orglintRequire ??= __orglintCreateRequire(import.meta.url)); const require = Object.assign((id) => __orglintReal()(id), { resolve: (id, options) => __orglintReal().resolve(id, options) });
import {
  skippedJunit,
  tenantsJunit
} from "./chunk-LK4ZQA7U.js";
import {
  displayPath,
  suppressionHow
} from "./chunk-XGHWUMGV.js";
import "./chunk-2PXXPKA6.js";

// src/formatters/junit.ts
function xmlEscape(s) {
  if (!XML_SPECIAL.test(s)) return s;
  return s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}
var XML_SPECIAL = /[&<>"'\r\t\n]|[^\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
function xmlText(s) {
  return xmlEscape(s).replace(/&#10;/g, "\n").replace(/&#9;/g, "	");
}
var junit = (input) => {
  const suites = /* @__PURE__ */ new Map();
  const suite = (file) => {
    let s = suites.get(file);
    if (!s) suites.set(file, s = /* @__PURE__ */ new Map());
    return s;
  };
  const caseOf = (file, name) => {
    const s = suite(file);
    let c = s.get(name);
    if (!c) s.set(name, c = { name, failures: [], notes: [], suppressed: [] });
    return c;
  };
  for (const file of input.files ?? []) suite(file);
  for (const r of input.resources ?? []) caseOf(r.file, caseName(r));
  for (const f of input.findings) {
    const c = caseOf(f.file, f.resource ? caseName(f.resource) : "(file)");
    (f.severity === "info" ? c.notes : c.failures).push(f);
  }
  for (const f of input.suppressed ?? []) caseOf(f.file, f.resource ? caseName(f.resource) : "(file)").suppressed.push(f);
  let tests = 0;
  let failures = 0;
  const body = [];
  for (const [file, cases] of suites) {
    if (cases.size === 0) cases.set("(file)", { name: "(file)", failures: [], notes: [], suppressed: [] });
    const name = displayPath(file, input.cwd);
    const failed = [...cases.values()].filter((c) => c.failures.length).length;
    tests += cases.size;
    failures += failed;
    const suiteName = xmlEscape(name);
    body.push(`  <testsuite name="${suiteName}" tests="${cases.size}" failures="${failed}" errors="0" skipped="0">`);
    for (const c of cases.values()) for (const line2 of testCase(suiteName, c, input.cwd)) body.push(line2);
    body.push("  </testsuite>");
  }
  const skipped = skippedJunit(input.notes?.skippedRules, input.cwd, xmlEscape);
  if (skipped) body.push(skipped.trimEnd());
  const tenants = tenantsJunit(input.notes?.tenants, xmlEscape);
  if (tenants.text) body.push(tenants.text.trimEnd());
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="orglint" tests="${tests + (input.notes?.skippedRules?.length ?? 0) + tenants.tests}" failures="${failures}" errors="${tenants.errors}">`,
    ...body,
    "</testsuites>",
    ""
  ].join("\n");
};
function caseName(r) {
  return `${r.type}: ${r.name}`;
}
function testCase(suiteName, c, cwd) {
  const open = `    <testcase classname="${suiteName}" name="${xmlEscape(c.name)}"`;
  if (!c.failures.length && !c.notes.length && !c.suppressed.length) return [`${open}/>`];
  const out = [`${open}>`];
  if (c.failures.length) {
    const first = c.failures[0];
    const message = c.failures.length === 1 ? first.message : `${c.failures.length} problems; first: ${first.message}`;
    const types = [...new Set(c.failures.map((f) => f.ruleId))].join(" ");
    out.push(`      <failure message="${xmlEscape(message)}" type="${xmlEscape(types)}">${xmlText(c.failures.map((f) => line(f, cwd)).join("\n"))}</failure>`);
  }
  const text = [...c.notes.map((f) => line(f, cwd)), ...c.suppressed.map((f) => `suppressed by ${suppressionHow(f)}${f.suppression?.reason ? ` -- ${f.suppression.reason}` : " (no reason given)"}: ${line(f, cwd)}`)];
  if (text.length) out.push(`      <system-out>${xmlText(text.join("\n"))}</system-out>`);
  out.push("    </testcase>");
  return out;
}
function line(f, cwd) {
  return `${displayPath(f.file, cwd)}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.ruleId}]${f.path ? ` at ${f.path}` : ""}`;
}
export {
  junit,
  xmlEscape
};
