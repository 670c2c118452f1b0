import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

/** line 6 holds a finding (organization_usage: Require is not a value Auth0 takes) */
const TENANT = 'clients:\n  - name: Default App\n    organization_usage: deny\n    organization_require_behavior: no_prompt\n  - name: Supplier Portal\n    organization_usage: Require\n    organization_require_behavior: pre_login_prompt\n';
const SHA = '0123456789abcdef0123456789abcdef01234567';
/** a run outside GitHub Actions unless a test says otherwise (the runner's own env must not leak in) */
const NO_GITHUB = { GITHUB_SERVER_URL: undefined, GITHUB_REPOSITORY: undefined, GITHUB_SHA: undefined, GITHUB_WORKSPACE: undefined };

function tree(file = 'tenants/x/tenant.yaml') {
  const dir = tempTree({ [file]: TENANT });
  return { dir, env: (extra: NodeJS.ProcessEnv = {}) => ({ ...NO_GITHUB, GITHUB_WORKSPACE: dir, ...extra }) };
}

const GH = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: SHA };
/** the position cell of the organization-usage-enum row of the markdown report */
const positionCell = (md: string) => md.split('\n').find((l) => l.includes('`organization-usage-enum`') && (l.startsWith('| 6') || l.startsWith('| [6')))?.split(' | ')[0].slice(2);

describe('report links to the files at the commit', () => {
  it('markdown: in GitHub Actions a finding links to <server>/<repo>/blob/<sha>/<path>#L<line>', async () => {
    const t = tree();
    const r = await runCli(['tenants', '-f', 'markdown'], { cwd: t.dir, env: t.env(GH) });
    expect(r.code).toBe(1);
    expect(positionCell(r.stdout)).toBe(`[6:25](https://github.com/o/r/blob/${SHA}/tenants/x/tenant.yaml#L6)`);
  });

  it('html: the position links to the same URL, escaped in the attribute', async () => {
    const t = tree();
    const r = await runCli(['tenants', '-f', 'html'], { cwd: t.dir, env: t.env(GH) });
    expect(r.stdout).toContain(`<td class="pos"><a href="https://github.com/o/r/blob/${SHA}/tenants/x/tenant.yaml#L6" rel="noopener noreferrer">6:25</a></td>`);
  });

  it('--link-base wins over the environment', async () => {
    const t = tree();
    const r = await runCli(['tenants', '-f', 'markdown', '--link-base', 'https://git.example.test/acme/tenants/blob/v1/'], { cwd: t.dir, env: t.env(GH) });
    expect(positionCell(r.stdout)).toBe('[6:25](https://git.example.test/acme/tenants/blob/v1/tenants/x/tenant.yaml#L6)');
  });

  it('without --link-base or the GitHub env, no link (as before)', async () => {
    const t = tree();
    const r = await runCli(['tenants', '-f', 'markdown'], { cwd: t.dir, env: t.env() });
    expect(positionCell(r.stdout)).toBe('6:25');
    expect(r.stdout).not.toMatch(/\]\(https:\/\/github/);
  });

  it('a hostile GITHUB_SERVER_URL gives no link', async () => {
    const t = tree();
    for (const server of ['javascript:alert(1)', 'data:text/html,x', 'https://u:p@github.com', 'https://github.com/?q=1', ' javascript:alert(1)']) {
      const md = await runCli(['tenants', '-f', 'markdown'], { cwd: t.dir, env: t.env({ ...GH, GITHUB_SERVER_URL: server }) });
      expect(positionCell(md.stdout), server).toBe('6:25');
      expect(md.stdout).not.toMatch(/javascript:|data:text/);
      const html = await runCli(['tenants', '-f', 'html'], { cwd: t.dir, env: t.env({ ...GH, GITHUB_SERVER_URL: server }) });
      expect(html.stdout).not.toMatch(/href="(javascript|data):/);
      expect(html.stdout).toContain('<td class="pos">6:25</td>');
    }
  });

  it('a hostile GITHUB_REPOSITORY or GITHUB_SHA gives no link', async () => {
    const t = tree();
    for (const extra of [{ GITHUB_REPOSITORY: 'o/r)(javascript:alert(1)' }, { GITHUB_SHA: 'HEAD?x' }, { GITHUB_REPOSITORY: '../../evil' }]) {
      const md = await runCli(['tenants', '-f', 'markdown'], { cwd: t.dir, env: t.env({ ...GH, ...extra }) });
      expect(positionCell(md.stdout)).toBe('6:25');
    }
  });

  it('--link-base javascript:… (or any non-http(s) URL) is a usage error, exit 2', async () => {
    const t = tree();
    for (const base of ['javascript:alert(1)', 'file:///etc', 'ftp://x.test/a', 'not a url', 'https://x.test/a?b=1', 'https://x.test/a#b', 'https://u:p@x.test/a', '']) {
      const r = await runCli(['tenants', '-f', 'markdown', '--link-base', base], { cwd: t.dir, env: t.env(GH) });
      expect(r.code, base).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`--link-base ${JSON.stringify(base)}: expected an http(s) URL`);
    }
  });

  it('file names with spaces, #, ? and Markdown markup are percent-encoded in the link; the text stays text', async () => {
    const t = tree('tenants/a b#c?d(e)|f/tenant.yaml');
    const r = await runCli(['tenants', '-f', 'markdown'], { cwd: t.dir, env: t.env(GH) });
    expect(positionCell(r.stdout)).toBe(`[6:25](https://github.com/o/r/blob/${SHA}/tenants/a%20b%23c%3Fd%28e%29%7Cf/tenant.yaml#L6)`);
    const html = await runCli(['tenants', '-f', 'html'], { cwd: t.dir, env: t.env(GH) });
    expect(html.stdout).toContain(`href="https://github.com/o/r/blob/${SHA}/tenants/a%20b%23c%3Fd%28e%29%7Cf/tenant.yaml#L6"`);
  });

  it('paths are relative to the repository root (GITHUB_WORKSPACE), not the working folder', async () => {
    const t = tree();
    const r = await runCli(['x', '-f', 'markdown'], { cwd: `${t.dir}/tenants`, env: t.env(GH) });
    expect(positionCell(r.stdout)).toBe(`[6:25](https://github.com/o/r/blob/${SHA}/tenants/x/tenant.yaml#L6)`);
  });

  it('rule ids link to no relative README (it would point into the pull request); no absolute docs URL is known', async () => {
    const t = tree();
    const r = await runCli(['tenants', '-f', 'markdown'], { cwd: t.dir, env: t.env(GH) });
    expect(r.stdout).toContain('| `organization-usage-enum` | 1 |');
    expect(r.stdout).not.toContain('README.md)');
  });
});
