/**
 * Symbolic links a folder walk meets, through the real CLI (src/engine/walk-links.ts). deploy-cli reads through
 * links (its isFile/isDirectory are stats), so a walk that skipped them passed a linked client, or a linked
 * `clients/` folder, unseen ("no problems, 0 clients checked"), and a file named through a linked folder of its
 * repository was a false read-error ("its folder changed after it was listed"). A link is followed when its real
 * path is inside the repository and in no dot folder of it; one leading elsewhere is a read-error where deploy-cli
 * reads, and not a byte of its target reaches any output.
 */
import { realpathSync, renameSync, symlinkSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardFolders, recordFolder } from '../../src/engine/folder-guard';
import type { LoadedFile } from '../../src/sources/load';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const BAD_CLIENT = '{ "name": "Portal", "app_type": "spa", "organization_usage": "bogus" }\n';
const ENUM = 'error: organization_usage "bogus" is not one of "deny", "allow", "require" [organization-usage-enum]';
const PLANTED = '{ "name": "PlantedApp", "client_secret": "PLANTEDsecretW3kz", "organization_usage": PLANTEDbroken\n';
const FORMATS = ['stylish', 'json', 'sarif', 'html', 'github', 'junit', 'markdown', 'compact'];
const outsideMessage = (target: string) =>
  `error: not read: a symbolic link (this path, or a folder on its way) leads to ${target}, outside the repository; orglint follows the links of a named path only to files inside the repository holding it (a link in a pull request could point at a runner's credentials). To lint what it leads to, name that: orglint ${target} [read-error]`;

/** a checkout holding a directory export (`tenant/`) and a folder of shared clients */
function checkout(files: Record<string, string> = {}): string {
  return tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'tenant/tenant.json': '{ "friendly_name": "T" }\n', 'shared/clients/portal.json': BAD_CLIENT, ...files });
}

const lines = (out: string) => out.split('\n').filter(Boolean);

describe('a link inside the repository is followed, as deploy-cli follows it', () => {
  it('a linked client file: the walk lints it at the link (was skipped: a silent pass)', async () => {
    const repo = checkout({ 'tenant/clients/other.json': '{ "name": "Other", "app_type": "spa" }\n' });
    symlinkSync('../../shared/clients/portal.json', path.join(repo, 'tenant/clients/portal.json'));
    const run = await runCli(['tenant', '-f', 'compact'], { cwd: repo });
    expect(lines(run.stdout)).toEqual([`tenant/clients/portal.json:1:62: ${ENUM}`]);
    expect(run.code).toBe(1);
    const summary = await runCli(['tenant'], { cwd: repo });
    expect(summary.stdout).toContain('2 clients checked');
  });

  it('a linked clients/ folder: walked under its own name; a file named through it, and the folder named, are linted (was a false read-error)', async () => {
    const repo = checkout();
    symlinkSync('../shared/clients', path.join(repo, 'tenant/clients'));
    for (const args of [['tenant'], ['tenant/clients/portal.json'], ['tenant/clients'], ['tenant', '--threads', '2']]) {
      const run = await runCli([...args, '-f', 'compact'], { cwd: repo });
      expect(lines(run.stdout), args.join(' ')).toEqual([`tenant/clients/portal.json:1:62: ${ENUM}`]);
      expect(run.code).toBe(1);
    }
    // the whole checkout: the shared folder (an export of its own: it has clients/) and the export through its link
    const all = await runCli(['.', '-f', 'compact'], { cwd: repo });
    expect(lines(all.stdout)).toEqual([`shared/clients/portal.json:1:62: ${ENUM}`, `tenant/clients/portal.json:1:62: ${ENUM}`]);
  });

  it('a link back up is not walked again (--debug says so)', async () => {
    const repo = checkout();
    symlinkSync('../shared/clients', path.join(repo, 'tenant/clients'));
    symlinkSync('..', path.join(repo, 'tenant/up'));
    symlinkSync('.', path.join(repo, 'tenant/clients-here'));
    const run = await runCli(['tenant', '-f', 'compact', '--debug'], { cwd: repo });
    expect(lines(run.stdout)).toEqual([`tenant/clients/portal.json:1:62: ${ENUM}`]);
    const loop = 'a symbolic link back to a folder the walk is in (a loop: not walked again)';
    expect(run.stderr).toContain(`skipped ${path.join(repo, 'tenant/up')}: ${loop}`);
    expect(run.stderr).toContain(`skipped ${path.join(repo, 'tenant/clients-here')}: ${loop}`);
  });

  it('two tenants sharing one linked clients/ folder: both are judged (deploy-cli deploys it to each)', async () => {
    const repo = checkout({ 'dev/tenant.json': '{ "friendly_name": "D" }\n' });
    symlinkSync('../shared/clients', path.join(repo, 'tenant/clients'));
    symlinkSync('../shared/clients', path.join(repo, 'dev/clients'));
    const run = await runCli(['tenant', 'dev', '-f', 'compact'], { cwd: repo });
    expect(lines(run.stdout)).toEqual([`dev/clients/portal.json:1:62: ${ENUM}`, `tenant/clients/portal.json:1:62: ${ENUM}`]);
    expect((await runCli(['tenant', 'dev'], { cwd: repo })).stdout).toContain('2 clients checked');
  });
});

describe('a link leading out of the repository is a read-error where deploy-cli reads, and nothing of it is shown', () => {
  it('a linked clients/ folder, a linked client file, a linked organizations/ folder: refused in every format', async () => {
    const outside = realpathSync(tempTree({ 'clients/evil.json': PLANTED, 'orgs/o.json': PLANTED, 'one.json': PLANTED }));
    const repo = checkout({ 'tenant/grants/g.json': '{ "client_id": "Portal", "audience": "https://api" }\n' });
    const a = checkout();
    symlinkSync(path.join(outside, 'clients'), path.join(a, 'tenant/clients'));
    symlinkSync(path.join(outside, 'orgs'), path.join(repo, 'tenant/organizations'));
    symlinkSync(path.join(outside, 'one.json'), path.join(repo, 'tenant/grants/one.json'));
    const compact = await runCli(['tenant', '-f', 'compact'], { cwd: repo });
    expect(lines(compact.stdout)).toEqual([`tenant/grants/one.json:1:1: ${outsideMessage(path.join(outside, 'one.json'))}`, `tenant/organizations:1:1: ${outsideMessage(path.join(outside, 'orgs'))}`]);
    expect(compact.code).toBe(1);
    const linkedClients = await runCli(['tenant', '-f', 'compact'], { cwd: a });
    expect(lines(linkedClients.stdout)).toEqual([`tenant/clients:1:1: ${outsideMessage(path.join(outside, 'clients'))}`]);
    for (const format of FORMATS) {
      for (const cwd of [repo, a]) {
        const run = await runCli(['tenant', '-f', format], { cwd });
        expect(run.stdout + run.stderr, format).not.toMatch(/Planted|PLANTED/);
        expect(run.code, format).toBe(1);
      }
    }
  });

  it("a named file's export siblings are not listed through a folder linked out of the repository", async () => {
    const outside = realpathSync(tempTree({ 'o.json': PLANTED }));
    const repo = checkout({ 'tenant/clients/portal.json': BAD_CLIENT });
    symlinkSync(outside, path.join(repo, 'tenant/organizations'));
    for (const args of [['tenant/clients/portal.json'], ['--stdin', '--stdin-filename', 'tenant/clients/portal.json']]) {
      const run = await runCli([...args, '-f', 'json'], { cwd: repo, input: BAD_CLIENT });
      expect(run.stdout + run.stderr).not.toMatch(/Planted|PLANTED/);
      expect(JSON.parse(run.stdout).findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`)).toEqual(['tenant/clients/portal.json organization-usage-enum']);
    }
  });

  it('a link to a dot folder of the repository (.git) is refused the same way', async () => {
    const repo = checkout({ '.git/clients/x.json': PLANTED });
    symlinkSync('../.git/clients', path.join(repo, 'tenant/clients'));
    const run = await runCli(['tenant', '-f', 'compact'], { cwd: repo });
    expect(run.stdout).toContain('tenant/clients:1:1: error: not read: a symbolic link (this path, or a folder on its way) leads to');
    expect(run.stdout).toContain('in a folder or file of the repository whose name starts with a dot');
    expect(run.stdout + run.stderr).not.toMatch(/Planted|PLANTED/);
  });
});

describe('a linked folder the walk followed is guarded as any walked folder', () => {
  it('re-pointed after it was listed: its files become read-errors', () => {
    const repo = realpathSync(checkout({ 'other/clients/portal.json': BAD_CLIENT }));
    const link = path.join(repo, 'tenant/clients');
    symlinkSync('../shared/clients', link);
    const listings = new Map();
    expect(recordFolder(listings, link)).toBe(true);
    const loaded = (): LoadedFile[][] => [[{ status: 'failed', file: path.join(link, 'portal.json'), rule: 'parse-error', message: 'x' } as LoadedFile]];
    const same = loaded();
    guardFolders(same, listings);
    expect(same[0][0]).toMatchObject({ rule: 'parse-error' });
    // a new link of the same name, to another folder (a link cannot be re-pointed in place)
    symlinkSync('../other/clients', `${link}.new`);
    renameSync(`${link}.new`, link);
    const moved = loaded();
    guardFolders(moved, listings);
    expect(moved[0][0]).toMatchObject({ rule: 'read-error', message: expect.stringContaining('its folder clients/ changed after it was listed') });
  });

  it('a link out of the repository is never recorded (not listed at all)', () => {
    const outside = realpathSync(tempTree({ 'o.json': '{}' }));
    const repo = realpathSync(checkout());
    const link = path.join(repo, 'tenant/organizations');
    symlinkSync(outside, link);
    expect(recordFolder(new Map(), link)).toBe(false);
    unlinkSync(link);
  });
});

describe('where a link out of the repository matters, and where it does not (review)', () => {
  it("a linked prompts/ or connections/ outside an export is not a read-error; a whole tenant folder linked out is", async () => {
    const outside = realpathSync(tempTree({ 'llm/prompts/p.json': PLANTED, 'prod/clients/b.json': PLANTED }));
    const repo = checkout({ 'web/src/app.ts': '' });
    // (a monorepo's app folder: no tool reads web/src/prompts as tenant configuration)
    symlinkSync(path.join(outside, 'llm/prompts'), path.join(repo, 'web/src/prompts'));
    symlinkSync(path.join(outside, 'llm/prompts'), path.join(repo, 'web/src/connections'));
    const app = await runCli(['.', '-f', 'compact', '--debug'], { cwd: repo });
    expect(lines(app.stdout)).toEqual([`shared/clients/portal.json:1:62: ${ENUM}`]);
    expect(app.stderr).toContain(`skipped ${path.join(repo, 'web/src/prompts')}: a symbolic link to a path outside the repository`);
    // `a0deploy --input_file tenants/prod` deploys the folder the link leads to: it is a read-error, nothing of it shown
    symlinkSync(path.join(outside, 'prod'), path.join(repo, 'prod'));
    const run = await runCli(['.', '-f', 'compact'], { cwd: repo });
    expect(run.stdout + run.stderr).not.toMatch(/Planted|PLANTED/);
    expect(lines(run.stdout)).toEqual([`prod:1:1: ${outsideMessage(path.join(outside, 'prod'))}`, `shared/clients/portal.json:1:62: ${ENUM}`]);
    expect(run.code).toBe(1);
  });

  it("a Terraform module whose only resource file is a linked main.tf inside the repository is linted (was passed over)", async () => {
    const repo = checkout({
      'shared-tf/b.tf': 'resource "auth0_client" "b" {\n  name = "b"\n  app_type = "spa"\n  organization_usage = "bogus"\n}\n',
      'infra/b/variables.tf': 'variable "x" {}\n',
    });
    symlinkSync('../../shared-tf/b.tf', path.join(repo, 'infra/b/main.tf'));
    const run = await runCli(['infra', '-f', 'compact'], { cwd: repo });
    expect(lines(run.stdout)).toEqual([expect.stringMatching(/^infra\/b\/main\.tf:4:24: error: organization_usage "bogus" is not one of/)]);
    expect(run.code).toBe(1);
  });
});
