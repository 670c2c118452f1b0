/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks run in the browser)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding';
import { junit } from '../../src/formatters/junit';
import { RULES } from '../../rules/index';
import { launchChromium } from '../helpers/browser';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';

interface ParsedCase {
  name: string;
  classname: string;
  failure: { message: string; type: string; text: string } | null;
  out: string | null;
}
interface Parsed {
  error: string | null;
  tests?: string;
  failures?: string;
  suites: { name: string; tests: string; failures: string; cases: ParsedCase[] }[];
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Parse with Chromium's XML parser (a real, strict one) and read the JUnit structure back. */
function parse(xml: string): Promise<Parsed> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const err = doc.querySelector('parsererror');
    if (err) return { error: err.textContent, suites: [] };
    const root = doc.documentElement;
    return {
      error: root.nodeName === 'testsuites' ? null : `root is ${root.nodeName}`,
      tests: root.getAttribute('tests') ?? undefined,
      failures: root.getAttribute('failures') ?? undefined,
      suites: [...root.children].map((s) => ({
        name: s.getAttribute('name')!,
        tests: s.getAttribute('tests')!,
        failures: s.getAttribute('failures')!,
        cases: [...s.children].map((c) => {
          const f = c.querySelector('failure');
          return {
            name: c.getAttribute('name')!,
            classname: c.getAttribute('classname')!,
            failure: f ? { message: f.getAttribute('message')!, type: f.getAttribute('type')!, text: f.textContent! } : null,
            out: c.querySelector('system-out')?.textContent ?? null,
          };
        }),
      })),
    };
  }, xml);
}

describe('-f junit', () => {
  it('the parser used here rejects XML that is not well-formed', async () => {
    expect((await parse('<testsuites><testsuite></testsuites>')).error).toBeTruthy();
  });

  it('writes well-formed, escaped XML: a suite per file, a case per resource, failures with rule, message and position', async () => {
    const dir = tempTree({
      'a&b/tenant.yaml': 'clients:\n  - name: "Evil <b>&\\"\'\\x01]]> & co"\n    organization_usage: Require\n  - name: Fine\n    organization_usage: deny\n',
      'clean/tenant.yaml': 'clients: []\n',
      'broken/tenant.yaml': 'clients:\n  - name: [\n',
    });
    const out = path.join(dir, 'junit.xml');
    const r = await runCli(['.', '-f', `junit=${out}`], { cwd: dir });
    expect(r.code).toBe(1);
    const xml = readFileSync(out, 'utf8');
    expect(xml).not.toMatch(/[\u0001]/);
    const p = await parse(xml);
    expect(p.error).toBeNull();
    expect(p.suites.map((s) => s.name)).toEqual(['a&b/tenant.yaml', 'broken/tenant.yaml', 'clean/tenant.yaml']);
    const [evil, broken, clean] = p.suites;
    expect(evil.cases.map((c) => c.name)).toEqual(['client: Evil <b>&"\'\uFFFD]]> & co', 'client: Fine']);
    expect(evil.cases[0].classname).toBe('a&b/tenant.yaml');
    expect(evil.cases[0].failure).toEqual({
      type: 'organization-usage-enum',
      message: expect.stringMatching(/^organization_usage "Require" is not one of/),
      text: expect.stringMatching(/^a&b\/tenant\.yaml:3:25: error: organization_usage "Require" .* \[organization-usage-enum\] at \/clients\/0\/organization_usage$/),
    });
    expect(evil.cases[1].failure).toBeNull();
    expect([evil.tests, evil.failures]).toEqual(['2', '1']);
    expect(broken.cases).toEqual([expect.objectContaining({ name: '(file)', failure: expect.objectContaining({ type: 'parse-error' }) })]);
    expect(clean.cases).toEqual([{ name: '(file)', classname: 'clean/tenant.yaml', failure: null, out: null }]);
    expect([p.tests, p.failures]).toEqual(['4', '2']);
  });

  it('puts several problems of one resource in one failure, and info findings in system-out', async () => {
    const f = (over: Partial<Finding>): Finding => ({
      ruleId: 'organization-usage-enum', severity: 'error', message: 'first <problem>', file: path.join(ROOT, 't.yaml'),
      line: 2, column: 3, endLine: 2, endColumn: 4, path: '/clients/0/x', resource: { type: 'client', name: 'App' }, fix: null, ...over,
    });
    const xml = junit({
      findings: [f({}), f({ ruleId: 'require-behavior-without-require', severity: 'warning', message: 'second', line: 3 }), f({ severity: 'info', message: 'a note', resource: { type: 'client', name: 'Other' } })],
      summary: { files: 1, clients: 2, errors: 1, warnings: 1, infos: 1, fixable: 0 }, rules: RULES, cwd: ROOT, color: false, toolVersion: 't',
    });
    const p = await parse(xml);
    expect(p.error).toBeNull();
    const [app, other] = p.suites[0].cases;
    expect(app.failure).toEqual({
      message: '2 problems; first: first <problem>',
      type: 'organization-usage-enum require-behavior-without-require',
      text: 't.yaml:2:3: error: first <problem> [organization-usage-enum] at /clients/0/x\nt.yaml:3:3: warning: second [require-behavior-without-require] at /clients/0/x',
    });
    expect(other).toEqual({ name: 'client: Other', classname: 't.yaml', failure: null, out: 't.yaml:2:3: info: a note [organization-usage-enum] at /clients/0/x' });
    expect([p.tests, p.failures]).toEqual(['2', '1']);
  });
});
