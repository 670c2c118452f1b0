/**
 * The clients a run says it checked are the clients whose verdict it decided. A staged `prompts/prompts.json` (or
 * `tenant.json`) judges every application of its directory export, and its findings show on their files
 * (staged-settings.test.ts): the summary counts those applications, in every format that prints the count
 * (stylish, json, markdown, html), where it said "0 clients checked" beside their findings, and the reports that
 * list what was checked (the HTML report's client charts, JUnit's test cases) list them. A staged client file
 * still counts its own client only, a staged grant none, and a client the config's `ignore` leaves out is not
 * judged, so not counted.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

const write = (dir: string, file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};

/** an export of three applications (two use Organizations, one does not), Classic Login, no login route, a grant */
function exportDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'orglint-staged-count-'));
  write(dir, 'auth0/clients/Portal.json', '{\n  "name": "Portal",\n  "organization_usage": "require",\n  "organization_require_behavior": "pre_login_prompt"\n}\n');
  write(dir, 'auth0/clients/Shop.json', '{\n  "name": "Shop",\n  "organization_usage": "require",\n  "organization_require_behavior": "pre_login_prompt"\n}\n');
  write(dir, 'auth0/clients/Plain.json', '{\n  "name": "Plain"\n}\n');
  write(dir, 'auth0/prompts/prompts.json', '{\n  "universal_login_experience": "classic"\n}\n');
  write(dir, 'auth0/tenant.json', '{\n  "friendly_name": "Acme"\n}\n');
  write(dir, 'auth0/grants/Portal.json', '{\n  "client_id": "Portal",\n  "audience": "https://api.acme.example",\n  "scope": []\n}\n');
  return dir;
}

/** the count each format prints, as it prints it */
async function counts(dir: string, args: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const stylish = await runCli([...args, '-f', 'stylish'], { cwd: dir });
  out.stylish = /(\d+) clients? checked/.exec(stylish.stdout)?.[0] ?? `none in ${JSON.stringify(stylish.stdout + stylish.stderr)}`;
  const json = await runCli([...args, '-f', 'json'], { cwd: dir });
  out.json = String((JSON.parse(json.stdout) as { summary: { clients: number } }).summary.clients);
  const markdown = await runCli([...args, '-f', 'markdown'], { cwd: dir });
  out.markdown = /\d+ files? and (\d+ clients?) checked/.exec(markdown.stdout)?.[1] ?? 'none';
  const html = await runCli([...args, '-f', 'html'], { cwd: dir });
  out.html = /<span class="n">(\d+)<\/span><span class="what">clients checked<\/span>/.exec(html.stdout)?.[1] ?? 'none';
  // the HTML report's client charts and JUnit's test cases list the same clients as checked
  out.chart = /aria-label="Clients by organization_usage \((\d+)\)"/.exec(html.stdout)?.[1] ?? 'none';
  const junit = await runCli([...args, '-f', 'junit'], { cwd: dir });
  out.junit = [...junit.stdout.matchAll(/<testcase [^>]*name="client: ([^"]*)"/g)].map((m) => m[1]).sort().join(', ');
  return out;
}

describe('the clients a run checked, when it names one file of a directory export', () => {
  it('a staged prompts.json: the three applications it judges, in every format that prints the count', async () => {
    const dir = exportDir();
    expect(await counts(dir, ['auth0/prompts/prompts.json'])).toEqual({ stylish: '3 clients checked', json: '3', markdown: '3 clients', html: '3', chart: '3', junit: 'Plain, Portal, Shop' });
    // the run shows findings on two of them: the count is no smaller than what it shows
    const r = await runCli(['auth0/prompts/prompts.json', '-f', 'compact'], { cwd: dir });
    expect(r.stdout.split('\n').filter((l) => l.includes(': warning: ')).map((l) => l.slice(0, l.indexOf(':')))).toEqual(['auth0/clients/Portal.json', 'auth0/clients/Shop.json']);
  });

  it('a staged tenant.json judges them too (invitations need a login route); a staged client or grant counts its own', async () => {
    const dir = exportDir();
    expect(await counts(dir, ['auth0/tenant.json'])).toEqual({ stylish: '3 clients checked', json: '3', markdown: '3 clients', html: '3', chart: '3', junit: 'Plain, Portal, Shop' });
    expect(await counts(dir, ['auth0/clients/Shop.json'])).toEqual({ stylish: '1 client checked', json: '1', markdown: '1 client', html: '1', chart: '1', junit: 'Shop' });
    expect(await counts(dir, ['auth0/grants/Portal.json'])).toEqual({ stylish: '0 clients checked', json: '0', markdown: '0 clients', html: '0', chart: '0', junit: '' });
    // the whole export, walked: the same three
    expect(await counts(dir, ['auth0'])).toEqual({ stylish: '3 clients checked', json: '3', markdown: '3 clients', html: '3', chart: '3', junit: 'Plain, Portal, Shop' });
  });

  it('a client the config ignores is not judged, and a staged prompts.json with its rules off judges none', async () => {
    const dir = exportDir();
    write(dir, '.orglint.yaml', 'ignore:\n  - auth0/clients/Shop.json\n');
    expect(await counts(dir, ['auth0/prompts/prompts.json'])).toEqual({ stylish: '2 clients checked', json: '2', markdown: '2 clients', html: '2', chart: '2', junit: 'Plain, Portal' });
    write(dir, '.orglint.yaml', 'rules:\n  organization-requires-new-universal-login: off\n  organization-invitation-without-login-route: off\n');
    expect(await counts(dir, ['auth0/prompts/prompts.json'])).toEqual({ stylish: '0 clients checked', json: '0', markdown: '0 clients', html: '0', chart: '0', junit: '' });
  });
});
