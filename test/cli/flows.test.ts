import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHORT } from '../../src/login-model/phrases';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';
import { BASE_TENANT, HEAD_TENANT } from '../helpers/flows-tenants';

interface JsonAnswer {
  value: string;
  row?: string;
  source: string[];
  reason?: string;
  error?: { id?: string };
}
const words = (a: JsonAnswer) => `${SHORT[a.value] ?? a.value}${a.error?.id ? ` (${a.error.id})` : ''}`;
const unlink = (s: string) => s.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').replace(/`/g, '');

/** the hand-checked table of the README's "Login flows" section, as rows of cells */
function readmeTable(): string[][] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Login flows'), readme.indexOf('## Output formats'));
  const lines = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| application'));
  return lines.map((l) => l.slice(2, -2).split(' | ').map(unlink));
}

describe('orglint flows, through the real CLI', () => {
  it("examples/login-flows matches the README's hand-checked table, one row per usage × behavior", async () => {
    const run = await runCli(['flows', 'examples/login-flows/', '-f', 'json'], { cwd: ROOT });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ version: 1, kind: 'flows', tool: { name: 'orglint' } });
    const apps = report.tenants[0].applications as Record<string, any>[];
    const table = readmeTable();
    expect(table.map((r) => r[0])).toEqual(apps.filter((a) => a.flows).map((a) => a.name));
    const combos = new Set(table.slice(0, 9).map((r) => `${r[1]} × ${r[2]}`));
    expect(combos.size).toBe(9);
    for (const r of table) {
      const a = apps.find((x) => x.name === r[0])!;
      const rowAndSources = [a.row, a.flows.withoutOrganization.source.join(', ')].filter(Boolean).join(' ');
      const sources = [...new Set([...a.users.source, ...a.flows.withoutOrganization.source])].join(', ');
      expect([
        a.name,
        a.settings.usage,
        a.settings.behavior,
        words(a.users),
        words(a.flows.withoutOrganization),
        words(a.flows.validOrganization),
        words(a.flows.unusableOrganization),
        words(a.prompt),
        words(a.personalLogin),
        [a.row, sources].filter(Boolean).join(' '),
      ]).toEqual(r);
      // each row cites the docs of its row, and the JSON carries their titles and URLs
      expect(rowAndSources).toMatch(/DOB/);
      for (const k of a.flows.withoutOrganization.source) expect(report.sources[k].url).toMatch(/^https:\/\//);
    }
  });

  it('unknowns stay unknown, with their reason, until the input is known', async () => {
    const run = await runCli(['flows', 'examples/login-flows/'], { cwd: ROOT });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}Staging Portal +spa +unknown +unknown +unknown +unknown/m);
    expect(run.stdout).toContain('Staging Portal (users, without organization, organization the app can use, organization it cannot use, invitation, prompt, discovery, personal login, organizations): organization_usage is the deploy-cli keyword ##STAGING_ORG_USAGE##');
    expect(run.stdout).toMatch(/Marketplace \(without organization, personal login\): N2: the docs disagree/);
    const dir = tempTree({ 'keywords.json': '{"STAGING_ORG_USAGE": "require"}' });
    const known = await runCli(['flows', 'examples/login-flows/', '--keywords', path.join(dir, 'keywords.json'), '-f', 'json'], { cwd: ROOT });
    const staging = JSON.parse(known.stdout).tenants[0].applications.find((a: { name: string }) => a.name === 'Staging Portal');
    expect([staging.row, staging.flows.withoutOrganization.value]).toEqual(['R6', 'organization-prompt']);
  });

  it('markdown: a table per tenant, unknown cells with their reason, rows linking their docs', async () => {
    const run = await runCli(['flows', 'examples/login-flows/', 'examples/deploy-cli-yaml-orgs/tenant.yaml', '-f', 'markdown'], { cwd: ROOT });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('### `examples/login-flows/tenant.yaml`');
    expect(run.stdout).toContain('### `examples/deploy-cli-yaml-orgs/tenant.yaml`');
    expect(run.stdout).toContain('| Partner API Console | regular\\_web | business | rejected \\(E1\\) | none |');
    expect(run.stdout).toContain('R5 [DOB](https://auth0.com/docs/manage-users/organizations/configure-organizations/define-organization-behavior)');
    expect(run.stdout).toContain('| Marketplace | spa | both | unknown | unknown |');
    expect(run.stdout).toMatch(/^- Marketplace \(without organization, personal login\): unknown: N2: the docs disagree/m);
  });

  it('a file that does not parse is said on stderr and exits 1; names are escaped in every format', async () => {
    const dir = tempTree({
      'a/tenant.yaml': 'clients:\n  - name: "Evil\\u001b[2J\\n::error::x | *y*"\n    organization_usage: allow\n',
      'b/tenant.yaml': 'clients:\n  - name: [\n',
    });
    const run = await runCli(['flows', '.'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^orglint: b\/tenant\.yaml:\d+:\d+: .*\(its applications are left out\)$/m);
    expect(run.stdout).not.toMatch(/\u001b|^::error/m);
    expect(run.stdout).toContain('Evil\\u001b[2J\\n::error::x | *y*');
    const md = await runCli(['flows', 'a', '-f', 'markdown'], { cwd: dir });
    expect(md.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(md.stdout).toContain('| Evil\\\\u001b\\[2J\\\\n::error::x \\| \\*y\\* |');
    expect(JSON.parse((await runCli(['flows', 'a', '-f', 'json'], { cwd: dir })).stdout).tenants[0].applications[0].name).toBe('Evil\u001b[2J\n::error::x | *y*');
  });

  it('hostile input: merge keys and anchors, CRLF, prototype keys as names, connections that are not lists', async () => {
    const yaml = [
      'prompts: {universal_login_experience: new}',
      'tenant: {default_redirection_uri: "https://login.example/"}',
      'x-base: &base',
      '  app_type: spa',
      '  organization_usage: require',
      'clients:',
      '  - <<: *base',
      '    name: __proto__',
      '    organization_require_behavior: post_login_prompt',
      '  - name: constructor',
      '    organization_usage: allow',
      '    organization_require_behavior: {toString: 1}',
      'organizations:',
      '  - name: __proto__',
      '    connections: {__proto__: {name: x}}',
      '  - name: hasOwnProperty',
      '    connections:',
      '      - {name: toString, assign_membership_on_login: "yes"}',
      'connections: [{name: toString, strategy: okta, enabled_clients: __proto__}]',
      '',
    ].join('\r\n');
    const dir = tempTree({ 'tenant.yaml': yaml });
    const run = await runCli(['flows', '.', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    const [proto, ctor] = JSON.parse(run.stdout).tenants[0].applications;
    expect([proto.name, proto.row, proto.line, proto.flows.withoutOrganization.value]).toEqual(['__proto__', 'R7', 7, 'login-then-organization']);
    expect(proto.organizations.list.map((o: { name: string; connections: { value: string } }) => [o.name, o.connections.value])).toEqual([
      ['__proto__', 'unknown'],
      ['hasOwnProperty', 'listed'],
    ]);
    expect(proto.organizations.list[1].connections.list).toEqual([{ name: 'toString', membershipOnLogin: 'unknown', signup: false, hidden: false, enabledForApp: 'unknown' }]);
    expect(ctor.flows.withoutOrganization).toMatchObject({ value: 'unknown', reason: expect.stringMatching(/^organization_require_behavior is \{"toString":1\}/) });
  });

  it('a name or value of megabytes is cut in text and diffs, not repeated whole', async () => {
    const big = 'x'.repeat(200_000);
    const dir = tempTree({ 'old/tenant.yaml': `clients:\n  - name: ${big}\n    organization_usage: deny\n`, 'new/tenant.yaml': `clients:\n  - name: ${big}\n    organization_usage: ${big}\n` });
    const run = await runCli(['flows', 'new'], { cwd: dir });
    expect(run.stdout.length).toBeLessThan(5_000);
    const diff = await runCli(['flows', 'new', '--diff', 'old'], { cwd: dir });
    expect(diff.stdout.length).toBeLessThan(5_000);
    expect(diff.stdout).toMatch(/^unknown {3}x{117}\.\.\.: users without an organization logged in without an organization; now orglint cannot tell/m);
  });

  it('rejects an unknown format and a BASE that is neither a path nor a revision (exit 2)', async () => {
    const bad = await runCli(['flows', 'examples/', '-f', 'html'], { cwd: ROOT });
    expect([bad.code, bad.stderr]).toEqual([2, 'orglint: orglint flows --format html: expected text, json or markdown\n']);
    const dir = tempTree({ 'tenant.yaml': 'clients: []\n' });
    const none = await runCli(['flows', '.', '--diff', 'main'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^orglint: --diff main: no such path, and .* is not in a git repository/);
    const two = await runCli(['flows', '.', 'tenant.yaml', '--diff', 'tenant.yaml'], { cwd: dir });
    expect([two.code, two.stderr]).toEqual([2, 'orglint: --diff tenant.yaml: BASE is a path, so name the one export to compare it with (got 2 paths)\n']);
    const dash = await runCli(['flows', '.', '--diff', '--output=x'], { cwd: dir });
    expect(dash.code).toBe(2);
  });
});

/** a git repository in a temp folder, committed as a test user */
function gitRepo(files: Record<string, string>): { dir: string; commit: (files: Record<string, string>, message: string) => string } {
  const dir = tempTree(files);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } }).toString().trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  return {
    dir,
    commit(next, message) {
      for (const [rel, text] of Object.entries(next)) writeFileSync(path.join(dir, rel), text);
      git('add', '-A');
      git('commit', '-q', '-m', message);
      return git('rev-parse', 'HEAD');
    },
  };
}

describe('orglint flows --diff, on a real git repository', () => {
  const expected = [
    'breaking  Partner Portal: users without an organization were prompted for their organization before login; now their requests are rejected',
    'breaking  Partner Portal: users of organization "acme" can no longer log in through connection "acme-okta"',
    'breaking  Usage Reporter: client-credentials requests for https://api.acme.example without an organization got a token without org_id; now they fail',
    'breaking  Usage Reporter: client-credentials requests for https://api.acme.example with an organization worked for any organization; now they fail',
    'widening  Community Site: users who name an organization it can use were rejected; now they log in to that organization',
    'widening  Community Site: users can now log in to organization "acme" through Username-Password-Authentication',
    'changed   Community Site: the app was for individuals; now it is for individuals and business users',
    'changed   Community Site: users without an organization logged in without an organization; now they log in, then may pick an organization or go on without one',
    'widening  Community Site: invitations could not be created; now they lead to an organization login',
    'changed   Community Site: the organization prompt was not shown; now it is shown after login',
    'changed   Partner Portal: the organization prompt was shown before login; now it is not shown',
    'changed   Partner Portal: organization discovery was by email; now it is not used',
    'changed   Partner Portal: users who name an organization it cannot use had an outcome orglint cannot tell; now their requests are rejected',
    'unknown   Community Site: users who name an organization it cannot use were rejected; now orglint cannot tell what happens (N7: whether Auth0 rejects an unknown organization, or one the app has no per-application access to, or falls back to the prompt, is not documented)',
  ];

  it('says, most severe first, what two commits change for users: usage, behavior, discovery, a grant, a connection', async () => {
    const repo = gitRepo({ 'tenants/prod/tenant.yaml': BASE_TENANT, 'notes.txt': 'x\n' });
    repo.commit({ 'tenants/prod/tenant.yaml': HEAD_TENANT }, 'change login flows');
    const run = await runCli(['flows', 'tenants/', '--diff', 'HEAD~1'], { cwd: repo.dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    // "widening" on Community Site's membership etc. may come in any order within a severity: compare as sets per severity
    const bySeverity = (l: string[]) => l.map((x) => x.replace(/\s+$/, '')).sort();
    expect(bySeverity(lines)).toEqual(bySeverity(expected));
    const rank = (l: string) => ['breaking', 'widening', 'unknown', 'changed'].indexOf(l.split(' ')[0]);
    expect(lines.map(rank)).toEqual([...lines.map(rank)].sort((a, b) => a - b));
  });

  it('BASE may be a revision name, a path in a subfolder, or another export folder; JSON and Markdown too', async () => {
    const repo = gitRepo({ 'tenants/prod/tenant.yaml': BASE_TENANT });
    repo.commit({ 'tenants/prod/tenant.yaml': HEAD_TENANT }, 'change');
    // run from a subfolder with a relative path: only that path is taken from the revision
    const sub = await runCli(['flows', 'prod', '--diff', 'main~1', '-f', 'json'], { cwd: path.join(repo.dir, 'tenants') });
    const report = JSON.parse(sub.stdout);
    expect(report).toMatchObject({ version: 1, kind: 'flows-diff', base: expect.stringMatching(/^main~1 \([0-9a-f]{12}\)$/) });
    expect(report.changes).toHaveLength(expected.length);
    expect(report.changes[0]).toMatchObject({ severity: 'breaking', tenant: 'prod/tenant.yaml', application: 'Partner Portal', aspect: 'withoutOrganization', before: 'organization-prompt', after: 'rejected' });
    const md = await runCli(['flows', 'tenants', '--diff', 'HEAD~1', '-f', 'markdown'], { cwd: repo.dir });
    expect(md.stdout).toMatch(/^## orglint flows: what changes for users since `HEAD~1 \([0-9a-f]{12}\)`\n\n- 🔴 breaking: Partner Portal: users without an organization/);
    // unchanged: nothing to say
    const same = await runCli(['flows', 'tenants', '--diff', 'HEAD'], { cwd: repo.dir });
    expect(same.stdout).toMatch(/^no change to any login flow since HEAD \([0-9a-f]{12}\)\n$/);
    // two export folders side by side
    const dirs = tempTree({ 'old/tenant.yaml': BASE_TENANT, 'new/tenant.yaml': HEAD_TENANT });
    const paths = await runCli(['flows', 'new', '--diff', 'old'], { cwd: dirs });
    expect(paths.stdout.trimEnd().split('\n').sort()).toEqual([...expected].sort());
  });

  it('a tenant the revision does not have yet is all new; uncommitted changes count', async () => {
    const repo = gitRepo({ 'other.txt': 'x\n' });
    writeFileSync(path.join(repo.dir, 'tenant.yaml'), 'clients:\n  - name: New App\n    organization_usage: require\n');
    const run = await runCli(['flows', 'tenant.yaml', '--diff', 'HEAD'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('widening  New App: new application; users without an organization: their requests are rejected\n');
  });
});
