/**
 * Hostile cases for `orglint flows` and `orglint flows --diff` (issue 15), through the real CLI: inputs whose
 * outcome the docs (../shared/login-flows.md) leave open must come out `unknown` with a true reason, and a diff
 * must never claim a change it did not see.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe' });

async function flowsJson(dir: string, file: string) {
  const run = await runCli(['flows', file, '-f', 'json'], { cwd: dir });
  expect(run.stderr).toBe('');
  const apps = JSON.parse(run.stdout).tenants.flatMap((t: { applications: unknown[] }) => t.applications) as Record<string, any>[];
  return (name: string) => apps.find((a) => a.name === name)!;
}

const TENANT = `clients:
  - name: Partner Portal
    app_type: regular_web
    organization_usage: require
    organization_require_behavior: pre_login_prompt
    organization_discovery_methods: [email]
  - name: Shop
    app_type: spa
organizations:
  - name: acme
`;

function repo(files: Record<string, string>): string {
  const dir = tempTree(files);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  return dir;
}

describe('orglint flows: unknown inputs stay unknown', () => {
  it('a deploy-cli keyword in app_type with organization_usage unset is unknown (express_configuration is stored as require) [login-flows §0]', async () => {
    const dir = tempTree({ 'tenant.yaml': "clients:\n  - name: Kw\n    app_type: '##APP_TYPE##'\n  - name: Express\n    app_type: express_configuration\n    organization_require_behavior: post_login_prompt\n" });
    const app = await flowsJson(dir, 'tenant.yaml');
    const kw = app('Kw');
    expect(kw.users.value).toBe('unknown');
    expect(kw.flows.withoutOrganization.value).toBe('unknown');
    expect(kw.flows.withoutOrganization.reason).toContain('app_type is the deploy-cli keyword ##APP_TYPE##');
    expect(kw.personalLogin.value).toBe('unknown');
    // the known case is unchanged: R7
    expect(app('Express').row).toBe('R7');
  });

  it('a Terraform value known only after apply is said to be so, not called a deploy-cli keyword', async () => {
    const plan = {
      format_version: '1.2',
      terraform_version: '1.6.0',
      resource_changes: [
        { address: 'auth0_client.b', type: 'auth0_client', name: 'b', mode: 'managed', change: { actions: ['create'], before: null, after: { name: 'B', app_type: 'spa' }, after_unknown: { organization_usage: true } } },
      ],
    };
    const dir = tempTree({ 'plan.json': JSON.stringify(plan) });
    const b = (await flowsJson(dir, 'plan.json'))('auth0_client.b');
    expect(b.flows.withoutOrganization.value).toBe('unknown');
    expect(b.flows.withoutOrganization.reason).toBe('organization_usage is known only after terraform apply');
  });

  it('placeholders in an organization (third_party_client_access, is_app_entitlement_active) make its access unknown', async () => {
    const dir = tempTree({
      'tenant.yaml': `clients:
  - name: Third
    app_type: regular_web
    is_first_party: false
    organization_usage: require
    organization_require_behavior: post_login_prompt
organizations:
  - name: ph
    third_party_client_access: '##TPCA##'
    connections: [{name: ent}]
connections:
  - name: ent
    strategy: samlp
    is_domain_connection: true
    enabled_clients: [Third]
`,
    });
    const third = (await flowsJson(dir, 'tenant.yaml'))('Third');
    expect(third.organizations.list[0].access.value).toBe('unknown');
    expect(third.organizations.list[0].access.reason).toContain('##TPCA##');
  });
});

describe('orglint flows --diff: hostile revisions and files', () => {
  it('a file that does not parse in the working tree is not reported as its applications removed', async () => {
    const dir = repo({ 'tenant.yaml': TENANT });
    writeFileSync(path.join(dir, 'tenant.yaml'), 'clients: [\n  - name: x\n');
    const run = await runCli(['flows', '--diff', 'HEAD', 'tenant.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('its applications are left out');
    expect(run.stdout).not.toContain('removed');
    expect(run.stdout).toContain('unknown   tenant.yaml cannot be read in the working tree: what changes for its applications is not known');
    const json = await runCli(['flows', '--diff', 'HEAD', 'tenant.yaml', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(json.stdout).changes).toEqual([expect.objectContaining({ severity: 'unknown', tenant: 'tenant.yaml', aspect: 'file', text: 'tenant.yaml cannot be read in the working tree: what changes for its applications is not known' })]);
  });

  it('a file that does not parse in BASE is not reported as its applications new', async () => {
    const dir = repo({ 'tenant.yaml': 'clients: [\n  - name: x\n' });
    writeFileSync(path.join(dir, 'tenant.yaml'), TENANT);
    const run = await runCli(['flows', '--diff', 'HEAD', 'tenant.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('new application');
    expect(run.stdout).toMatch(/^unknown {3}tenant\.yaml cannot be read in HEAD \([0-9a-f]{12}\): what changes/m);
  });

  it('a revision that looks like an option or holds shell metacharacters is refused, never run', async () => {
    const dir = repo({ 'tenant.yaml': TENANT });
    const marker = path.join(tmpdir(), `orglint-attack15-${process.pid}`);
    for (const rev of [`--output=${marker}`, `HEAD;touch ${marker}`, `$(touch ${marker})`, `\`touch ${marker}\``, 'HEAD|touch x']) {
      const run = await runCli(['flows', `--diff=${rev}`, 'tenant.yaml'], { cwd: dir });
      expect(run.code, rev).toBe(2);
      expect(run.stdout).toBe('');
    }
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(path.join(dir, 'x'))).toBe(false);
  });

  it('a BASE that is neither a path nor a revision, and a working tree outside git, exit 2 with a reason', async () => {
    const dir = repo({ 'tenant.yaml': TENANT });
    const nope = await runCli(['flows', '--diff', 'no-such-branch', 'tenant.yaml'], { cwd: dir });
    expect(nope.code).toBe(2);
    expect(nope.stderr).toContain('--diff no-such-branch: neither a path nor a git revision of this repository');
    const plain = tempTree({ 'tenant.yaml': TENANT });
    const outside = await runCli(['flows', '--diff', 'HEAD', 'tenant.yaml'], { cwd: plain });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('is not in a git repository');
  });

  it('paths with spaces and unicode, a rename, an added and a removed client, most severe first', async () => {
    const dir = tempTree({});
    const sub = path.join(dir, 'tenants ü', 'prod tenant');
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, 'tenant.yaml'), TENANT);
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    writeFileSync(path.join(sub, 'tenant.yaml'), TENANT.replace('organization_require_behavior: pre_login_prompt', 'organization_require_behavior: no_prompt').replace('name: Shop', 'name: Shop Renamed'));
    const run = await runCli(['flows', '--diff', 'HEAD', 'tenants ü/prod tenant/tenant.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    const order = lines.map((l) => l.split(' ')[0]);
    const rank = { breaking: 0, widening: 1, unknown: 2, changed: 3 } as Record<string, number>;
    expect(order.map((s) => rank[s])).toEqual([...order.map((s) => rank[s])].sort((a, b) => a - b));
    expect(run.stdout).toContain('Partner Portal: users without an organization were prompted for their organization before login; now their requests are rejected');
    expect(run.stdout).toContain('Shop: the application is removed');
    expect(run.stdout).toContain('Shop Renamed: new application');
  });

  it('a BASE path with spaces compares two exports side by side', async () => {
    const dir = tempTree({ 'old export/tenant.yaml': TENANT, 'new export/tenant.yaml': TENANT.replace('organization_usage: require', 'organization_usage: allow') });
    const run = await runCli(['flows', '--diff', 'old export/tenant.yaml', 'new export/tenant.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Partner Portal');
  });
});

describe('report headers with hostile names from files, several tenants', () => {
  it('markdown: a tenant folder with <, & and | is a code span that GitHub shows as typed (no stray backslash outside tables)', async () => {
    const name = '<img src=x onerror=alert(1)>|`x` **b**';
    const tenant = `clients:\n  - name: "${name}"\n    app_type: spa\n    organization_usage: require\n`;
    const dir = tempTree({ 'a <b>&|x/tenant.yaml': tenant, 'two/tenant.yaml': tenant });
    const run = await runCli(['-f', 'markdown', 'a <b>&|x/tenant.yaml', 'two/tenant.yaml'], { cwd: dir });
    const lines = run.stdout.split('\n');
    const header = lines.find((l) => l.includes('2 tenants:'))!;
    expect(header).toContain('2 tenants: `a <b>&|x/tenant.yaml`, `two/tenant.yaml`');
    expect(lines).toContain('#### `a <b>&|x/tenant.yaml`');
    expect(lines).toContain('### Login flows: `a <b>&|x/tenant.yaml`');
    // in a table cell the pipe stays escaped, and the client name is never raw HTML
    expect(lines).toContain('| `a <b>&\\|x/tenant.yaml` | 1 | 0 | 0 | 1 |');
    expect(run.stdout).not.toMatch(/^[^`]*<img/m);
    const html = await runCli(['-f', 'html', 'a <b>&|x/tenant.yaml', 'two/tenant.yaml'], { cwd: dir });
    expect(html.stdout).not.toContain('<img src=x');
    expect(html.stdout).not.toContain('<b>&|x');
    expect(html.stdout).toContain('a &lt;b&gt;&amp;|x/tenant.yaml');
  });

  it('flows --diff -f markdown: a base path with a | is shown as typed in the heading', async () => {
    const dir = tempTree({ 'old|export/tenant.yaml': TENANT, 'new/tenant.yaml': TENANT.replace('organization_usage: require', 'organization_usage: allow') });
    const run = await runCli(['flows', '--diff', 'old|export/tenant.yaml', 'new/tenant.yaml', '-f', 'markdown'], { cwd: dir });
    expect(run.stdout.split('\n')[0]).toBe('## orglint flows: what changes for users since `old|export/tenant.yaml`');
  });
});

describe('orglint flows --diff: a connection of an organization', () => {
  it('disabling it for the app is shown as unknown (login-flows §4.4: whether the app must have it is not documented), never passed silently', async () => {
    const before = `clients:
  - name: P
    app_type: regular_web
    organization_usage: require
    organization_require_behavior: post_login_prompt
organizations:
  - name: o1
    connections: [{name: db}]
databases:
  - name: db
    strategy: auth0
    enabled_clients: [P]
`;
    const dir = repo({ 'tenant.yaml': before });
    writeFileSync(path.join(dir, 'tenant.yaml'), before.replace('enabled_clients: [P]', 'enabled_clients: []'));
    const run = await runCli(['flows', '--diff', 'HEAD', 'tenant.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('unknown   P: connection "db" of organization "o1" is no longer enabled for the app; whether its users can still log in through it is not documented\n');
  });
});

describe('orglint flows: invitations', () => {
  it('an initiate_login_uri with {organization.metadata.public_*} and no usable default_redirection_uri is unknown (an organization without the metadata gets an error page [DLR])', async () => {
    const app = (fallback: string) => `tenant:\n  friendly_name: x\n${fallback}clients:\n  - name: Meta\n    app_type: regular_web\n    organization_usage: allow\n    initiate_login_uri: 'https://{organization.metadata.public_host}/login'\n`;
    const none = (await flowsJson(tempTree({ 'tenant.yaml': app('') }), 'tenant.yaml'))('Meta');
    expect(none.flows.invitation.value).toBe('unknown');
    expect(none.flows.invitation.reason).toContain('falls back to default_redirection_uri, which is not set or not usable, and Auth0 then shows an error page');
    const local = (await flowsJson(tempTree({ 'tenant.yaml': app('  default_redirection_uri: http://localhost:3000/\n') }), 'tenant.yaml'))('Meta');
    expect(local.flows.invitation.value).toBe('unknown');
    const good = (await flowsJson(tempTree({ 'tenant.yaml': app('  default_redirection_uri: https://app.example.com/login\n') }), 'tenant.yaml'))('Meta');
    expect(good.flows.invitation.value).toBe('organization-login');
    expect(good.flows.invitation.note).toContain('falls back to default_redirection_uri');
  });
});

