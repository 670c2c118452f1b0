import type { Finding } from '../engine/finding';
import { skippedJunit } from './skipped';
import { tenantsJunit } from './tenants';
import { displayPath, suppressionHow, type CheckedResource, type Formatter } from './types';

/**
 * Text safe inside an XML element or a double-quoted attribute: markup characters escaped, and characters XML
 * 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD.
 */
export function xmlEscape(s: string): string {
  // most texts need nothing: one scan says so
  if (!XML_SPECIAL.test(s)) return s;
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

/** a character xmlEscape changes: markup, a tab or line break, or one XML forbids */
const XML_SPECIAL = /[&<>"'\r\t\n]|[^\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Element text: like xmlEscape, but line breaks and tabs stay readable. */
function xmlText(s: string): string {
  return xmlEscape(s).replace(/&#10;/g, '\n').replace(/&#9;/g, '\t');
}

interface Case {
  name: string;
  failures: Finding[];
  notes: Finding[];
  /** findings a directive or the baseline hid: listed in system-out with how and why, never a failure */
  suppressed: Finding[];
}

/**
 * JUnit XML for CI dashboards: a test suite per file, a test case per resource checked (and one for the file
 * itself), a failure for each case with errors or warnings. Info findings go to the case's system-out.
 */
export const junit: Formatter = (input) => {
  const suites = new Map<string, Map<string, Case>>();
  const suite = (file: string) => {
    let s = suites.get(file);
    if (!s) suites.set(file, (s = new Map()));
    return s;
  };
  const caseOf = (file: string, name: string) => {
    const s = suite(file);
    let c = s.get(name);
    if (!c) s.set(name, (c = { name, failures: [], notes: [], suppressed: [] }));
    return c;
  };
  for (const file of input.files ?? []) suite(file);
  for (const r of input.resources ?? []) caseOf(r.file, caseName(r));
  for (const f of input.findings) {
    const c = caseOf(f.file, f.resource ? caseName(f.resource) : '(file)');
    (f.severity === 'info' ? c.notes : c.failures).push(f);
  }
  for (const f of input.suppressed ?? []) caseOf(f.file, f.resource ? caseName(f.resource) : '(file)').suppressed.push(f);
  let tests = 0;
  let failures = 0;
  const body: string[] = [];
  for (const [file, cases] of suites) {
    if (cases.size === 0) cases.set('(file)', { name: '(file)', failures: [], notes: [], suppressed: [] });
    const name = displayPath(file, input.cwd);
    const failed = [...cases.values()].filter((c) => c.failures.length).length;
    tests += cases.size;
    failures += failed;
    // (the suite's name, escaped once for all its cases)
    const suiteName = xmlEscape(name);
    body.push(`  <testsuite name="${suiteName}" tests="${cases.size}" failures="${failed}" errors="0" skipped="0">`);
    for (const c of cases.values()) for (const line of testCase(suiteName, c, input.cwd)) body.push(line);
    body.push('  </testsuite>');
  }
  const skipped = skippedJunit(input.notes?.skippedRules, input.cwd, xmlEscape);
  if (skipped) body.push(skipped.trimEnd());
  const tenants = tenantsJunit(input.notes?.tenants, xmlEscape);
  if (tenants.text) body.push(tenants.text.trimEnd());
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="orglint" tests="${tests + (input.notes?.skippedRules?.length ?? 0) + tenants.tests}" failures="${failures}" errors="${tenants.errors}">`,
    ...body,
    '</testsuites>',
    '',
  ].join('\n');
};

function caseName(r: Pick<CheckedResource, 'type' | 'name'>): string {
  return `${r.type}: ${r.name}`;
}

/** A test case's lines; `suiteName` is escaped already. */
function testCase(suiteName: string, c: Case, cwd: string): string[] {
  const open = `    <testcase classname="${suiteName}" name="${xmlEscape(c.name)}"`;
  if (!c.failures.length && !c.notes.length && !c.suppressed.length) return [`${open}/>`];
  const out = [`${open}>`];
  if (c.failures.length) {
    const first = c.failures[0];
    const message = c.failures.length === 1 ? first.message : `${c.failures.length} problems; first: ${first.message}`;
    const types = [...new Set(c.failures.map((f) => f.ruleId))].join(' ');
    out.push(`      <failure message="${xmlEscape(message)}" type="${xmlEscape(types)}">${xmlText(c.failures.map((f) => line(f, cwd)).join('\n'))}</failure>`);
  }
  const text = [...c.notes.map((f) => line(f, cwd)), ...c.suppressed.map((f) => `suppressed by ${suppressionHow(f)}${f.suppression?.reason ? ` -- ${f.suppression.reason}` : ' (no reason given)'}: ${line(f, cwd)}`)];
  if (text.length) out.push(`      <system-out>${xmlText(text.join('\n'))}</system-out>`);
  out.push('    </testcase>');
  return out;
}

/** `file:line:col: severity: message [rule-id] at /path` */
function line(f: Finding, cwd: string): string {
  return `${displayPath(f.file, cwd)}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.ruleId}]${f.path ? ` at ${f.path}` : ''}`;
}
