import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';

/**
 * A released run (the CLI's lint) keeps findings, checked resources and secrets until the report is written, but
 * none of the files' texts: a line, a name or a secret cut out of a text by a parser or `slice` would keep the
 * whole text alive (a V8 sliced string), and memory would grow with the input, not with what is shown. Checked in
 * a child `node --expose-gc` on the bundled library: the texts are padded to 4 MiB each and held by nothing but the
 * run, and after a full GC with the result still held the heap must have grown by much less than one of them.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'orglint-released-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const yaml = `tenant:
  friendly_name: Released Texts Tenant
clients:
  - name: Supplier Portal Of The Long Name
    app_type: regular_web
    client_secret: released-texts-secret-value-0001
    organization_usage: Require
    organization_require_behavior: pre_login_prompt
  - name: Reseller Portal Of The Long Name
    app_type: spa
    # orglint-disable-next-line organization-require-behavior-enum -- kept dashes until the partner moves
    organization_require_behavior: pre-login-prompt
    organization_usage: require
  - name: Customer Dashboard Long Name
    app_type: spa
    client_secret: |
      released-texts-block-secret-line-one
      released-texts-block-secret-line-two
    organization_usage: allow
    organization_require_behavior: pre_login_prompt
organizations:
  - name: acme-organization-long-name
    display_name: Acme Organization Long Display Name
    connections:
      - name: Username-Password-Authentication
        assign_membership_on_login: false
        is_signup_enabled: true
`;

const client = (name: string, usage: string) =>
  JSON.stringify({ name, app_type: 'spa', client_secret: `${name.replace(/ /g, '-')}-secret-value`, organization_usage: usage, organization_require_behavior: 'pre-login-prompt' }, null, 2);

const files: Record<string, string> = {
  'yaml/tenant.yaml': yaml,
  'directory/clients/Partner Portal Long Name.json': client('Partner Portal Long Name', 'Require'),
  'directory/clients/Billing Dashboard Long Name.json': client('Billing Dashboard Long Name', 'allow'),
};
for (const [rel, text] of Object.entries(files)) {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** each file's text is padded to this size (comment or blank lines): one text kept is plain in the heap */
const PAD = 4 * 1024 * 1024;

const child = (reportModels: boolean) => `
import { readFileSync } from 'node:fs';
import path from 'node:path';
const { lintPaths, defaultConfig, RULES } = await import(${JSON.stringify(path.join(path.dirname(inject('cliPath')), 'index.js'))});
const dir = ${JSON.stringify(dir)};
const settle = async () => {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 5));
    globalThis.gc();
  }
  return process.memoryUsage().heapUsed;
};
async function lintOnce() {
  const overlay = new Map();
  for (const rel of ${JSON.stringify(Object.keys(files))}) {
    // a text of its own, padded to ${PAD} bytes, held by the overlay only: the run's documents are made from it
    const text = readFileSync(path.join(dir, rel), 'utf8');
    const pad = rel.endsWith('.json') ? '\\n'.repeat(${PAD} - text.length) : ('#' + 'x'.repeat(99) + '\\n').repeat(Math.floor((${PAD} - text.length) / 101));
    overlay.set(path.join(dir, rel), { text: text + pad, bom: false });
  }
  return lintPaths({ cwd: dir, paths: ['.'], config: defaultConfig(dir), rules: RULES, cliRules: {}, release: true, quoteContext: true, reportModels: ${reportModels}, overlay });
}
// (a first run loads the modules the run needs)
await lintOnce();
const before = await settle();
const result = await lintOnce();
const held = (await settle()) - before;
const lines = result.findings.reduce((n, f) => n + (f.lines?.length ?? 0), 0);
console.log(JSON.stringify({ held, findings: result.findings.length, suppressed: result.suppressed.length, secrets: result.secrets.length, resources: result.resources.length, lines, docs: result.docs.size }));
`;

function run(reportModels: boolean) {
  const script = path.join(dir, `child-${reportModels}.mjs`);
  writeFileSync(script, child(reportModels));
  const r = spawnSync(process.execPath, ['--expose-gc', script], { encoding: 'utf8', timeout: 30_000 });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { held: number; findings: number; suppressed: number; secrets: number; resources: number; lines: number; docs: number };
}

describe('a released run keeps what it shows, not the texts it was cut from', () => {
  it('findings (messages, quoted lines, resource names, fixes, suppression reasons), resources and secrets hold no file text', () => {
    const r = run(false);
    // what is kept is there: findings with their lines, a suppressed one, every resource and secret
    expect(r.findings).toBeGreaterThan(4);
    expect(r.suppressed).toBe(1);
    expect(r.lines).toBeGreaterThan(r.findings);
    expect(r.resources).toBe(6);
    expect(r.secrets).toBeGreaterThan(3);
    expect(r.docs).toBe(0);
    // three texts of 4 MiB were read: the result holds a few kilobytes, not one of them
    expect(r.held).toBeLessThan(PAD / 2);
  });

  it('with the login models the HTML and Markdown reports show', () => {
    const r = run(true);
    expect(r.findings).toBeGreaterThan(4);
    expect(r.held).toBeLessThan(PAD / 2);
  });
});
