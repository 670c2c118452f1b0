/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks run in the browser)
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';

/** Where the test leaves the screenshot of the examples' report for people to look at. */
const SCREENSHOT = path.join(ROOT, 'test-output', 'html-report.png');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  problems: string[];
}

/** Open a report from disk, recording console errors, page errors and every request that is not the file. */
async function open(file: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  const url = pathToFileURL(file).href;
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (r.url() !== url) problems.push(`request: ${r.url()}`);
  });
  await page.goto(url);
  return { page, problems };
}

const visibleRows = (page: Page) =>
  page.$$eval('#findings-table tbody tr.finding', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => ({ ...(r as HTMLElement).dataset })));

describe('-f html', () => {
  it('renders the examples: charts, a filterable findings table, excerpts and rule docs, with no console error', { timeout: 60_000 }, async () => {
    const dir = tempTree({});
    const report = path.join(dir, 'report.html');
    const json = path.join(dir, 'report.json');
    const r = await runCli(['examples/', '-f', `html=${report}`, '-f', `json=${json}`], { cwd: ROOT });
    expect(r.stderr).toBe('');
    const findings: { ruleId: string; severity: string; file: string }[] = JSON.parse(readFileSync(json, 'utf8')).findings;
    expect(findings.length).toBeGreaterThan(3);
    const { page, problems } = await open(report);

    // summary figures
    expect(await page.textContent('#figures')).toContain(`${findings.length}problems`);

    // four charts, drawn: an SVG of real size, with bars of real size
    for (const id of ['chart-severity', 'chart-rules', 'chart-usage', 'chart-behavior']) {
      const box = await page.locator(`#${id} svg`).boundingBox();
      expect(box!.width).toBeGreaterThan(100);
      expect(box!.height).toBeGreaterThan(20);
      const bars = await page.$$eval(`#${id} svg rect`, (rects) => rects.map((x) => x.getBoundingClientRect()).filter((b) => b.width > 0 && b.height > 0).length);
      expect(bars).toBeGreaterThan(0);
    }
    const ruleBars = await page.$$eval('#chart-rules g.bar', (gs) => gs.map((g) => (g as SVGElement).dataset.filterRule));
    expect(new Set(ruleBars)).toEqual(new Set(findings.map((f) => f.ruleId)));
    expect(await page.textContent('#chart-usage')).toContain('Require');

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    // the top of the report (figures, charts, the start of the table): the rule docs below make the page long
    await page.setViewportSize({ width: 1280, height: 2200 });
    await page.screenshot({ path: SCREENSHOT });
    await page.setViewportSize({ width: 1280, height: 900 });

    // filtering by severity, rule, file and text
    expect(await visibleRows(page)).toHaveLength(findings.length);
    await page.selectOption('#f-severity', 'warning');
    const warnings = await visibleRows(page);
    expect(warnings.length).toBe(findings.filter((f) => f.severity === 'warning').length);
    expect(warnings.every((w) => w.severity === 'warning')).toBe(true);
    expect(await page.textContent('#f-count')).toBe(`${warnings.length} of ${findings.length} findings`);
    await page.selectOption('#f-severity', '');
    await page.selectOption('#f-rule', 'organization-usage-enum');
    expect((await visibleRows(page)).map((x) => x.rule)).toEqual(findings.filter((f) => f.ruleId === 'organization-usage-enum').map(() => 'organization-usage-enum'));
    await page.selectOption('#f-rule', '');
    const someFile = findings[findings.length - 1].file;
    await page.selectOption('#f-file', someFile);
    expect((await visibleRows(page)).length).toBe(findings.filter((f) => f.file === someFile).length);
    await page.selectOption('#f-file', '');
    await page.fill('#f-text', 'supplier portal');
    expect((await visibleRows(page)).map((x) => x.rule)).toContain('organization-usage-enum');
    await page.fill('#f-text', 'no finding says this');
    expect(await visibleRows(page)).toHaveLength(0);
    expect(await page.isVisible('#no-match')).toBe(true);
    await page.fill('#f-text', '');
    // a bar of the rule chart filters the table
    await page.locator('#chart-rules g.bar[data-filter-rule="require-behavior-without-require"] rect').first().dispatchEvent('click');
    expect(await page.inputValue('#f-rule')).toBe('require-behavior-without-require');
    expect((await visibleRows(page)).every((x) => x.rule === 'require-behavior-without-require')).toBe(true);
    // and from the keyboard: the severity bars are buttons too
    await page.focus('#chart-severity g.bar[data-filter-severity="error"]');
    await page.keyboard.press('Enter');
    expect(await page.inputValue('#f-severity')).toBe('error');
    await page.selectOption('#f-rule', '');
    await page.selectOption('#f-severity', '');

    // each finding: its source excerpt with the span marked, and its rule's docs
    const row = page.locator('tr.finding[data-rule="organization-usage-enum"]').first();
    await row.locator('summary').click();
    expect(await row.locator('pre.excerpt mark').textContent()).toBe('Require');
    expect(await row.locator('pre.excerpt .hit').textContent()).toMatch(/^\s*\d+ \|\s+organization_usage: Require$/);
    await row.locator('a[href="#rule-organization-usage-enum"]').click();
    expect(await page.textContent('#rule-organization-usage-enum')).toContain('400 invalid_body');
    expect(await page.locator('#rule-organization-usage-enum h4').first().textContent()).toBe('Why');

    expect(problems).toEqual([]);
  });

  it('escapes hostile file contents: nothing runs, nothing loads, text shows as text', async () => {
    const evil = '<img src=x onerror="window.pwned=1"></script><script>window.pwned=2</script>';
    const dir = tempTree({
      '<b>bold</b>/tenant.yaml': [
        'clients:',
        `  - name: '${evil}'`,
        `    organization_usage: '<svg onload="window.pwned=3">'`,
        `    organization_require_behavior: "\\" onmouseover=\\"window.pwned=4"`,
        `  - name: "x</textarea>&amp;<style>body{display:none}</style>"`,
        '    organization_usage: Require',
        '',
      ].join('\n'),
    });
    const report = path.join(dir, 'r.html');
    const r = await runCli(['.', '-f', `html=${report}`], { cwd: dir });
    expect(r.code).toBe(1);
    const { page, problems } = await open(report);
    await page.$$eval('details', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.hover('#chart-usage svg');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.$$eval('script', (s) => s.length)).toBe(1);
    expect(await page.$$eval('img, b, textarea', (e) => e.length)).toBe(0);
    expect(await page.$$eval('style', (e) => e.length)).toBe(1);
    expect(await page.isVisible('#findings-table')).toBe(true);
    const text = await page.textContent('body');
    expect(text).toContain(evil);
    expect(text).toContain('<svg onload="window.pwned=3">');
    expect(text).toContain('<b>bold</b>/tenant.yaml');
    expect(await page.$$eval('select#f-file option', (o) => o.map((x) => (x as HTMLOptionElement).value))).toEqual(['', '<b>bold</b>/tenant.yaml']);
    expect(problems).toEqual([]);
  });
});
