/**
 * A commit that stages only a tenant-wide setting of a directory export (prompts/prompts.json, tenant.json) changes
 * what every application is judged against: the findings of the rules that read that setting are shown on every
 * file of the export, each pointing at the named setting, while a staged grant or client file still shows only
 * its own findings (no wall of unrelated ones). Through the real CLI, as the pre-commit hook runs it.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '../..');
const [hook] = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { entry: string }[];
const hookArgs = hook.entry.split(/\s+/).slice(1);

const CLASSIC = 'organization-requires-new-universal-login';
const INVITE = 'organization-invitation-without-login-route';
const GRANT_ENUM = 'client-grant-organization-usage-enum';
const PROMPTS_POINTER = "named in this run: the prompts settings this finding depends on; the finding's own file was not named";
const TENANT_POINTER = "named in this run: the tenant settings this finding depends on; the finding's own file was not named";

const write = (dir: string, file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};

/**
 * A directory export: two applications that require Organizations (Portal's secret on the finding's line),
 * Classic Login in prompts.json, a tenant.json without default_redirection_uri, a grant with a misspelt value.
 */
function exportDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'orglint-staged-'));
  // line 4, column 25: organization_usage's value; the secret on that line is masked in every quote
  write(dir, 'auth0/clients/Portal.json', '{\n  "name": "Portal",\n  "organization_require_behavior": "pre_login_prompt",\n  "organization_usage": "require", "client_secret": "portal-secret-0123456789abcdef"\n}\n');
  write(dir, 'auth0/clients/Shop.json', '{\n  "name": "Shop",\n  "organization_usage": "require",\n  "organization_require_behavior": "pre_login_prompt"\n}\n');
  write(dir, 'auth0/prompts/prompts.json', '{\n  "universal_login_experience": "classic"\n}\n');
  write(dir, 'auth0/tenant.json', '{\n  "friendly_name": "Acme"\n}\n');
  write(dir, 'auth0/grants/Portal.json', '{\n  "client_id": "Portal",\n  "audience": "https://api.acme.example",\n  "scope": [],\n  "organization_usage": "required"\n}\n');
  return dir;
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fix: unknown;
  related?: { file: string; line: number; column: number; endLine: number; endColumn: number; message: string }[];
}

const json = (stdout: string) => JSON.parse(stdout) as { findings: JsonFinding[]; suppressed: JsonFinding[] };
const brief = (f: JsonFinding) => `${f.file}:${f.line}:${f.column} ${f.ruleId}${f.related ? ` ← ${f.related.map((r) => `${r.file}:${r.line}:${r.column}`).join(', ')}` : ''}`;

describe('a staged prompts/prompts.json', () => {
  it('fails the hook with the finding it causes on each unstaged client, pointing at prompts.json (stylish)', async () => {
    const dir = exportDir();
    const r = await runCli([...hookArgs, '--max-warnings', '0', 'auth0/prompts/prompts.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      [
        'auth0/clients/Portal.json',
        `  4:25  warning  application "Portal" uses Organizations (organization_usage "require"), but the tenant uses Classic Login (prompts.universal_login_experience "classic"): Organizations are supported only with Universal Login  ${CLASSIC}`,
        `    4 |   "organization_usage": "require", "client_secret": "${'*'.repeat(30)}"`,
        '      |                         ^^^^^^^^^',
        `    ↳ auth0/prompts/prompts.json:1:1: ${PROMPTS_POINTER}`,
        '',
        'auth0/clients/Shop.json',
        `  3:25  warning  application "Shop" uses Organizations (organization_usage "require"), but the tenant uses Classic Login (prompts.universal_login_experience "classic"): Organizations are supported only with Universal Login  ${CLASSIC}`,
      ].join('\n'),
    );
    // the grant's own error is not this commit's: it stays out
    expect(r.stdout).not.toContain(GRANT_ENUM);
    expect(r.stdout).not.toContain('portal-secret');
  });

  it('JSON and SARIF carry the pointer with its exact position; the finding offers no fix', async () => {
    const dir = exportDir();
    const r = await runCli(['auth0/prompts/prompts.json', '-f', 'json'], { cwd: dir });
    // warnings alone pass without --max-warnings, as for any finding
    expect(r.code).toBe(0);
    const { findings } = json(r.stdout);
    expect(findings.map(brief)).toEqual([
      `auth0/clients/Portal.json:4:25 ${CLASSIC} ← auth0/prompts/prompts.json:1:1`,
      `auth0/clients/Shop.json:3:25 ${CLASSIC} ← auth0/prompts/prompts.json:1:1`,
    ]);
    expect(findings[0].related).toEqual([{ file: 'auth0/prompts/prompts.json', line: 1, column: 1, endLine: 3, endColumn: 2, message: PROMPTS_POINTER }]);
    expect(findings[0]).toMatchObject({ endLine: 4, endColumn: 34, fix: null });

    const sarif = await runCli(['auth0/prompts/prompts.json', '-f', 'sarif'], { cwd: dir });
    const results = (JSON.parse(sarif.stdout) as { runs: { results: Record<string, any>[] }[] }).runs[0].results;
    expect(results.map((x) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region.startLine])).toEqual([
      [CLASSIC, 'auth0/clients/Portal.json', 4],
      [CLASSIC, 'auth0/clients/Shop.json', 3],
    ]);
    expect(results[0].relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: { artifactLocation: { uri: 'auth0/prompts/prompts.json' }, region: { startLine: 1, startColumn: 1, endLine: 3, endColumn: 2 } },
        message: { text: PROMPTS_POINTER },
      },
    ]);
  });

  it('-f github puts the pointer on a line of its own under the message', async () => {
    const r = await runCli(['auth0/prompts/prompts.json', '-f', 'github'], { cwd: exportDir() });
    expect(r.stdout.split('\n')[0]).toBe(
      `::warning file=auth0/clients/Portal.json,line=4,endLine=4,col=25,endColumn=34,title=${CLASSIC}::application "Portal" uses Organizations (organization_usage "require"), but the tenant uses Classic Login (prompts.universal_login_experience "classic"): Organizations are supported only with Universal Login%0A↳ auth0/prompts/prompts.json:1:1: ${PROMPTS_POINTER}`,
    );
  });

  it('--stdin --stdin-filename auth0/prompts/prompts.json shows the same (the staged text, not the disk)', async () => {
    const dir = exportDir();
    // on disk the export is back on Universal Login; the staged text turns Classic Login on
    write(dir, 'auth0/prompts/prompts.json', '{\n  "universal_login_experience": "new"\n}\n');
    const staged = '{\n  "universal_login_experience": "classic"\n}\n';
    const r = await runCli(['--stdin', '--stdin-filename', 'auth0/prompts/prompts.json', '-f', 'json', '--max-warnings', '0'], { cwd: dir, input: staged });
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.map(brief)).toEqual([
      `auth0/clients/Portal.json:4:25 ${CLASSIC} ← auth0/prompts/prompts.json:1:1`,
      `auth0/clients/Shop.json:3:25 ${CLASSIC} ← auth0/prompts/prompts.json:1:1`,
    ]);
    const fine = await runCli(['--stdin', '--stdin-filename', 'auth0/prompts/prompts.json', '-f', 'json', '--max-warnings', '0'], { cwd: dir, input: '{\n  "universal_login_experience": "new"\n}\n' });
    expect([fine.code, json(fine.stdout).findings]).toEqual([0, []]);
  });

  it('named with a client: the named client has all its findings without a pointer, the other client only the prompts rule\'s, with it', async () => {
    const r = await runCli(['auth0/prompts/prompts.json', 'auth0/clients/Portal.json', '-f', 'json'], { cwd: exportDir() });
    expect(json(r.stdout).findings.map(brief)).toEqual([
      `auth0/clients/Portal.json:4:25 ${CLASSIC}`,
      `auth0/clients/Portal.json:4:25 ${INVITE}`,
      `auth0/clients/Shop.json:3:25 ${CLASSIC} ← auth0/prompts/prompts.json:1:1`,
    ]);
  });

  it('an override that turns the rule off for a client file hides its finding there (JSON has no comments: overrides are its orglint-disable)', async () => {
    const dir = exportDir();
    write(dir, '.orglint.json', JSON.stringify({ overrides: [{ files: ['auth0/clients/Portal.json'], rules: { [CLASSIC]: 'off' } }] }));
    const r = await runCli(['auth0/prompts/prompts.json', '-f', 'json', '--max-warnings', '0'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.map(brief)).toEqual([`auth0/clients/Shop.json:3:25 ${CLASSIC} ← auth0/prompts/prompts.json:1:1`]);
    write(dir, '.orglint.json', JSON.stringify({ overrides: [{ files: ['auth0/clients/**'], rules: { [CLASSIC]: 'off' } }] }));
    const off = await runCli(['auth0/prompts/prompts.json', '-f', 'json', '--max-warnings', '0'], { cwd: dir });
    expect([off.code, json(off.stdout).findings]).toEqual([0, []]);
  });

  it('a baseline that records the findings hides them, and --update-baseline from the hook keeps their count', async () => {
    const dir = exportDir();
    const full = await runCli(['auth0', '--baseline', 'b.json', '--update-baseline', '-f', 'json'], { cwd: dir });
    expect(full.code).toBe(0);
    const recorded = readFileSync(path.join(dir, 'b.json'), 'utf8');
    expect(recorded).toContain(`"${CLASSIC}": {\n          "/organization_usage": 1\n        }`);
    const hooked = await runCli(['auth0/prompts/prompts.json', '--baseline', 'b.json', '--max-warnings', '0', '-f', 'json'], { cwd: dir });
    expect(hooked.code).toBe(0);
    const out = json(hooked.stdout);
    expect([out.findings, out.suppressed.map(brief)]).toEqual([
      [],
      [`auth0/clients/Portal.json:4:25 ${CLASSIC} ← auth0/prompts/prompts.json:1:1`, `auth0/clients/Shop.json:3:25 ${CLASSIC} ← auth0/prompts/prompts.json:1:1`],
    ]);
    // before: the unnamed client files' entries were kept and this run's findings added to them (count 2)
    const updated = await runCli(['auth0/prompts/prompts.json', '--baseline', 'b.json', '--update-baseline', '-f', 'json'], { cwd: dir });
    expect(updated.code).toBe(0);
    expect(readFileSync(path.join(dir, 'b.json'), 'utf8')).toBe(recorded);
  });
});

describe('a staged tenant.json (tenant settings)', () => {
  it('shows the finding of the rule that reads the tenant settings on each unstaged client, and only that rule\'s', async () => {
    const dir = exportDir();
    write(dir, '.orglint.json', JSON.stringify({ rules: { [INVITE]: 'error' } }));
    const r = await runCli([...hookArgs, 'auth0/tenant.json', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const { findings } = json(r.stdout);
    // (the prompts rule reads no tenant settings: Classic Login is not this commit's)
    expect(findings.map(brief)).toEqual([
      `auth0/clients/Portal.json:4:25 ${INVITE} ← auth0/tenant.json:1:1`,
      `auth0/clients/Shop.json:3:25 ${INVITE} ← auth0/tenant.json:1:1`,
    ]);
    expect(findings[0].related).toEqual([{ file: 'auth0/tenant.json', line: 1, column: 1, endLine: 3, endColumn: 2, message: TENANT_POINTER }]);
    expect(findings[0].severity).toBe('error');
  });

  it('at its default severity (info) it is shown and does not fail the commit, as for any info finding', async () => {
    const r = await runCli([...hookArgs, '--max-warnings', '0', 'auth0/tenant.json', '-f', 'compact'], { cwd: exportDir() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`auth0/clients/Portal.json:4:25: info: application "Portal" uses Organizations but has no initiate_login_uri`);
  });
});

describe('a staged file of one resource: only its own findings, as before', () => {
  it('a grant file shows its own error, not the unstaged clients\' findings', async () => {
    const r = await runCli([...hookArgs, 'auth0/grants/Portal.json', '-f', 'json'], { cwd: exportDir() });
    expect(r.code).toBe(1);
    const { findings } = json(r.stdout);
    expect(findings.map(brief)).toEqual([`auth0/grants/Portal.json:5:25 ${GRANT_ENUM}`]);
  });

  it('a client file shows its own findings without a pointer, not the other client\'s', async () => {
    const r = await runCli([...hookArgs, '--max-warnings', '0', 'auth0/clients/Shop.json', '-f', 'json'], { cwd: exportDir() });
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.map(brief)).toEqual([`auth0/clients/Shop.json:3:25 ${CLASSIC}`, `auth0/clients/Shop.json:3:25 ${INVITE}`]);
  });
});

describe('a YAML export: the tenant is one file, already whole', () => {
  it('its findings carry no pointer, and an orglint-disable comment on the client still hides one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'orglint-staged-'));
    const yaml = [
      'clients:',
      '  - name: Portal',
      '    organization_usage: require',
      '  - name: Shop',
      '    # orglint-disable-next-line organization-requires-new-universal-login -- Shop moves in TICKET-9',
      '    organization_usage: require',
      'prompts:',
      '  universal_login_experience: classic',
      '',
    ].join('\n');
    write(dir, 'tenant.yaml', yaml);
    const r = await runCli([...hookArgs, '--max-warnings', '0', 'tenant.yaml', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = json(r.stdout);
    expect(out.findings.filter((f) => f.ruleId === CLASSIC).map(brief)).toEqual([`tenant.yaml:3:25 ${CLASSIC}`]);
    expect(out.suppressed.map(brief)).toEqual([`tenant.yaml:6:25 ${CLASSIC}`]);
  });
});

describe('a rule of any scope that reads the setting (a plugin rule per client)', () => {
  const plugin = `export default { name: 'acme', rules: [
  {
    id: 'classic-client', meta: { description: 'a client on Classic Login', severity: 'error', fixable: ['unsafe'], scope: 'client', source: 'https://example.com', reads: ['prompts'] },
    defaultOptions: {}, messages: { classic: '{{name}} is on Classic Login' },
    check(ctx) {
      const p = ctx.resources('prompts');
      if (!p.known || p.items.length === 0 || p.items[0].value.universal_login_experience !== 'classic') return;
      ctx.report({ messageId: 'classic', at: ['organization_usage'], data: { name: ctx.resource.name }, fix: { safety: 'unsafe', description: 'deny', ops: [{ op: 'set', path: ['organization_usage'], value: 'deny' }] } });
    },
  },
  {
    id: 'every-client', meta: { description: 'every client', severity: 'error', fixable: [], scope: 'client', source: 'https://example.com' },
    defaultOptions: {}, messages: { seen: '{{name}} seen' },
    check(ctx) { ctx.report({ messageId: 'seen', data: { name: ctx.resource.name } }); },
  },
] };
`;

  it('keeps its findings on every client with the pointer and no fix; a rule that reads no setting stays on the named files', async () => {
    const dir = exportDir();
    mkdirSync(path.join(dir, '.git'));
    write(dir, 'acme.mjs', plugin);
    write(dir, '.orglint.json', JSON.stringify({ plugins: ['./acme.mjs'], rules: { [CLASSIC]: 'off', [INVITE]: 'off' } }));
    const r = await runCli(['auth0/prompts/prompts.json', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const { findings } = json(r.stdout);
    expect(findings.map(brief)).toEqual([
      'auth0/clients/Portal.json:4:25 acme/classic-client ← auth0/prompts/prompts.json:1:1',
      'auth0/clients/Shop.json:3:25 acme/classic-client ← auth0/prompts/prompts.json:1:1',
    ]);
    expect(findings.map((f) => f.fix)).toEqual([null, null]);
    // named itself, the client keeps its fix and every rule's findings
    const own = await runCli(['auth0/prompts/prompts.json', 'auth0/clients/Shop.json', '-f', 'json'], { cwd: dir });
    const shop = json(own.stdout).findings.filter((f) => f.file === 'auth0/clients/Shop.json');
    expect(shop.map(brief)).toEqual(['auth0/clients/Shop.json:1:1 acme/every-client', 'auth0/clients/Shop.json:3:25 acme/classic-client']);
    expect(shop[1].fix).toMatchObject({ safety: 'unsafe' });
    // --fix-unsafe writes no file the run was not handed
    const before = readFileSync(path.join(dir, 'auth0/clients/Portal.json'), 'utf8');
    const fixed = await runCli(['auth0/prompts/prompts.json', '--fix-unsafe', '-f', 'compact'], { cwd: dir });
    expect(fixed.code).toBe(1);
    expect(readFileSync(path.join(dir, 'auth0/clients/Portal.json'), 'utf8')).toBe(before);
  });
});
