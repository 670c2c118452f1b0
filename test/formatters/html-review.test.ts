/// <reference lib="dom" />
// The HTML report a reviewer signs, in real headless Chromium: the run's header, a section per tenant, each
// application's login model and findings; laid out at 1400 and 800 px, printed to PDF, no console error.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';

const OUT = path.join(ROOT, 'test-output');
const SHA = '0123456789abcdef0123456789abcdef01234567';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(file: string, width: number): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
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

describe('-f html: the report a reviewer signs', () => {
  it('shows the run, the tenants and every application with its login model; fits 1400 and 800 px; prints to PDF', { timeout: 90_000 }, async () => {
    const dir = tempTree({ '.orglint.yaml': 'rules:\n  require-no-prompt: off\noverrides:\n  - files: ["examples/terraform/**"]\n    rules:\n      unresolved-keyword: off\n' });
    const report = path.join(dir, 'report.html');
    const env = { GITHUB_SHA: SHA, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/tenants' };
    const r = await runCli(['examples/login-flows/', 'examples/deploy-cli-yaml-orgs/', '-c', path.join(dir, '.orglint.yaml'), '-f', `html=${report}`], { cwd: ROOT, env });
    expect(r.stderr).toBe('');
    mkdirSync(OUT, { recursive: true });
    for (const width of [1400, 800]) {
      const { page, problems } = await open(report, width);
      const run = (await page.$eval('#run', (e) => (e as HTMLElement).innerText)).replace(/\s+/g, ' ');
      expect(run).toContain('Commit 0123456789ab');
      expect(run).toContain('Repository github.com/acme/tenants');
      expect(run).toMatch(/Config \S*\.orglint\.yaml/);
      expect(run).toContain('Rules off require-no-prompt, unresolved-keyword (in examples/terraform/**)');
      expect(run).toContain('Tenants (3) examples/login-flows/tenant.yaml, examples/deploy-cli-yaml-orgs/new-tenant.yaml, examples/deploy-cli-yaml-orgs/tenant.yaml');
      expect(await page.getAttribute('#run a[href$="/commit/' + SHA + '"]', 'href')).toBe(`https://github.com/acme/tenants/commit/${SHA}`);
      // a section per tenant; per application its login model and its findings
      expect(await page.$$eval('section.tenant', (s) => s.length)).toBe(3);
      const rows = await page.$$eval('#tenant-1 table.apps tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent!.trim())));
      const byName = new Map(rows.map((c) => [c[0].split('examples/')[0], c]));
      expect(byName.get('Partner API Console')!.slice(2, 6)).toEqual(['business', 'rejected (E1)', 'none', 'no']);
      expect(byName.get('Old Portal')![7]).toBe('1 warning');
      // organization-connection-not-enabled-for-client: both use organizations whose connections are not enabled for them
      expect(byName.get('Marketplace')![7]).toBe('2 infos');
      expect(byName.get('Workspace')![7]).toBe('1 info');
      expect(byName.get('Partner Portal')![8]).toBe('R6 DOB LF DEP C-SSO');
      expect(await page.textContent('#tenant-1 .unknowns')).toContain('Staging Portal (users, without organization');
      // nothing wider than the window: the tables scroll inside their box
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const runBox = await page.locator('#run').boundingBox();
      expect(runBox!.width).toBeLessThanOrEqual(width);
      await page.setViewportSize({ width, height: 2400 });
      await page.screenshot({ path: path.join(OUT, `review-report-${width}.png`) });
      await page.locator('#applications').scrollIntoViewIfNeeded();
      await page.locator('#tenant-1').screenshot({ path: path.join(OUT, `review-report-${width}-applications.png`) });
      if (width === 800) {
        // printed on A4 (about 720 px of text width) the tables fit the page instead of being cut
        await page.emulateMedia({ media: 'print' });
        await page.setViewportSize({ width: 720, height: 1000 });
        const fit = await page.$$eval('table.apps', (ts) => ts.map((t) => t.scrollWidth - t.parentElement!.clientWidth));
        expect(Math.max(...fit)).toBeLessThanOrEqual(0);
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        writeFileSync(path.join(OUT, 'review-report.pdf'), pdf);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)!.length).toBeGreaterThan(1);
      }
      expect(problems).toEqual([]);
      await page.close();
    }
    // the HTML escapes names from files
    expect(readFileSync(report, 'utf8')).not.toMatch(/<script>(?!\n\(function)/);
  });

  it('escapes names from files in the run, tenant and application sections', { timeout: 60_000 }, async () => {
    const evil = '<img src=x onerror="document.title=1">';
    const dir = tempTree({ [`t/tenant.yaml`]: `clients:\n  - name: '${evil}'\n    organization_usage: require\norganizations:\n  - name: '${evil}'\n    connections: [{name: '${evil}'}]\n` });
    const report = path.join(dir, 'r.html');
    await runCli(['t', '-f', `html=${report}`], { cwd: dir });
    const { page, problems } = await open(report, 1000);
    expect(await page.$$eval('img', (i) => i.length)).toBe(0);
    expect(await page.textContent('#tenant-1 table.apps')).toContain(evil);
    expect(await page.title()).not.toBe('1');
    expect(problems).toEqual([]);
    await page.close();
  });
});
