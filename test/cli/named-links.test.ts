/**
 * A named path that is a symbolic link, or is reached through a linked folder (the Action and the pre-commit hook
 * name the files a change touches: `clients/evil.json -> /home/runner/.credentials` in a pull request), through
 * the real CLI. Its target is read only when it is inside the repository holding the path as named and in no dot
 * folder of it; otherwise it is a read-error at the path, which names the target to lint it by, and not a byte of
 * the target appears in any output format (src/sources/named-links.ts).
 */
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

/** the fake secret the target holds: a file a parse error would quote line by line */
const PLANTED = ['{ "clients": [ { "name": "PlantedApp",', '  "client_secret": "PLANTEDsecretQ7wX2vLk9",', '  "organization_usage": "Require" PLANTEDbrokenLine', ''];
const FRAGMENTS = ['PlantedApp', 'PLANTEDsecretQ7wX2vLk9', 'PLANTEDbrokenLine'];
const FORMATS = ['stylish', 'json', 'sarif', 'html', 'github', 'junit', 'markdown', 'compact'];
const TOKEN = 'ghp_PLANTEDlinkS6x9Kq2VbN7mLp4RtY8wZc3Hd';

const GOOD_CLIENT = JSON.stringify({ name: 'Portal', app_type: 'spa', organization_usage: 'Require' }, null, 2);
const ENUM = 'organization_usage "Require" is not one of "deny", "allow", "require"; did you mean "require"?';

const TF_OUTSIDE =
  'not read: a symbolic link to a file outside the repository; Terraform reads it as part of the module, so what it sets is unknown here (orglint follows the links of a module only to files inside its repository)';
const outsideMessage = (target: string) =>
  `not read: a symbolic link (this path, or a folder on its way) leads to ${target}, outside the repository; orglint follows the links of a named path only to files inside the repository holding it (a link in a pull request could point at a runner's credentials). To lint what it leads to, name that: orglint ${target}`;
const hiddenMessage = (target: string) =>
  `not read: a symbolic link (this path, or a folder on its way) leads to ${target}, in a folder or file of the repository whose name starts with a dot (.git, .ssh, .env, ...); orglint follows the links of a named path only to the repository's other files. To lint what it leads to, name that: orglint ${target}`;

/** a checkout (a `.git` folder with a remote's token) and, elsewhere, a folder holding the fake secret */
function setup(): { repo: string; secret: string; outside: string } {
  const outside = realpathSync(tempTree({ 'creds': PLANTED.join('\n'), 'clients/x.json': PLANTED.join('\n'), 'tenant.yaml': PLANTED.join('\n') }));
  const repo = tempTree({
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.git/config': `[remote "origin"]\n\turl = https://deploybot:${TOKEN}@github.com/o/r\n`,
    'shared/portal.json': GOOD_CLIENT,
  });
  return { repo, secret: path.join(outside, 'creds'), outside };
}

function link(target: string, at: string): void {
  mkdirSync(path.dirname(at), { recursive: true });
  symlinkSync(target, at);
}

async function everyFormat(cwd: string, args: string[], planted: string[]): Promise<void> {
  for (const f of FORMATS) {
    const r = await runCli([...args, '-f', f], { cwd });
    expect(r.code, `${f} ${args.join(' ')}: ${r.stderr}`).toBe(1);
    for (const p of planted) expect(r.stdout + r.stderr, `${f} ${args.join(' ')}: ${p}`).not.toContain(p);
    if (f === 'json') {
      const { findings } = JSON.parse(r.stdout) as { findings: { ruleId: string }[] };
      expect(findings.length, args.join(' ')).toBeGreaterThan(0);
      expect(findings.every((x) => x.ruleId === 'read-error'), args.join(' ')).toBe(true);
    }
  }
}

const compact = async (cwd: string, args: string[]) => {
  const r = await runCli([...args, '-f', 'compact'], { cwd });
  return { code: r.code, lines: r.stdout.split('\n').filter(Boolean), err: r.stderr };
};

describe('a named path through a symbolic link', () => {
  it('a link to a file outside the repository, named as any kind of file orglint reads, is a read-error naming the target', async () => {
    const { repo, secret } = setup();
    const names = ['clients/x.json', 'tenant.yaml', 'a.har', 'x.patch.json', 'plan.json', 'infra/main.tf.json'];
    for (const n of names) link(secret, path.join(repo, n));
    const r = await compact(repo, names);
    expect(r.code).toBe(1);
    // (a Terraform file keeps the module's own message: Terraform would read it as part of the module)
    const message = (n: string) => (n.endsWith('.tf.json') ? TF_OUTSIDE : outsideMessage(secret));
    expect(r.lines).toEqual([...names].sort().map((n) => `${n}:1:1: error: ${message(n)} [read-error]`));
    await everyFormat(repo, names, [...FRAGMENTS, TOKEN]);
    // on worker threads too (each reads its named files itself)
    const threaded = await compact(repo, [...names, '--threads', '2']);
    expect(threaded.lines).toEqual(r.lines);
  });

  it('a file reached through a linked folder (named, a named folder, a glob through it) is refused the same way', async () => {
    const { repo, outside } = setup();
    link(outside, path.join(repo, 'tenants'));
    const r = await compact(repo, ['tenants/clients/x.json', 'tenants/tenant.yaml']);
    expect(r.lines).toEqual([
      `tenants/clients/x.json:1:1: error: ${outsideMessage(path.join(outside, 'clients/x.json'))} [read-error]`,
      `tenants/tenant.yaml:1:1: error: ${outsideMessage(path.join(outside, 'tenant.yaml'))} [read-error]`,
    ]);
    expect(r.code).toBe(1);
    // a named folder through the link is not walked
    const folder = await compact(repo, ['tenants/']);
    expect(folder.lines).toEqual([`tenants:1:1: error: ${outsideMessage(outside)} [read-error]`]);
    expect(folder.code).toBe(1);
    // a glob's fixed part is read as named: what it matches through the link is refused
    const glob = await compact(repo, ['tenants/clients/*.json']);
    expect(glob.lines).toEqual([`tenants/clients/x.json:1:1: error: ${outsideMessage(path.join(outside, 'clients/x.json'))} [read-error]`]);
    expect(glob.code).toBe(1);
    for (const args of [['tenants/clients/x.json'], ['tenants/'], ['tenants/clients/*.json']]) await everyFormat(repo, args, FRAGMENTS);
  });

  it('a linked folder that leads to another checkout (its own .git) is still outside the repository', async () => {
    const { repo, outside } = setup();
    // (the other checkout: what a self-hosted runner keeps from other jobs)
    mkdirSync(path.join(outside, '.git'));
    writeFileSync(path.join(outside, '.git/HEAD'), 'ref: refs/heads/main\n');
    link(outside, path.join(repo, 'vendor'));
    const r = await compact(repo, ['vendor/clients/x.json']);
    expect(r.lines).toEqual([`vendor/clients/x.json:1:1: error: ${outsideMessage(path.join(outside, 'clients/x.json'))} [read-error]`]);
    expect(r.code).toBe(1);
  });

  it('a link to .git/config (or any dot folder or file of the repository) is refused, naming the target', async () => {
    const { repo } = setup();
    writeFileSync(path.join(repo, '.env'), PLANTED.join('\n'));
    link('../.git/config', path.join(repo, 'clients/git.json'));
    link('.env', path.join(repo, 'tenant.yaml'));
    const real = realpathSync(repo);
    const r = await compact(repo, ['clients/git.json', 'tenant.yaml']);
    expect(r.lines).toEqual([
      `clients/git.json:1:1: error: ${hiddenMessage(path.join(real, '.git/config'))} [read-error]`,
      `tenant.yaml:1:1: error: ${hiddenMessage(path.join(real, '.env'))} [read-error]`,
    ]);
    expect(r.code).toBe(1);
    await everyFormat(repo, ['clients/git.json', 'tenant.yaml'], [...FRAGMENTS, TOKEN, 'deploybot', 'remote "origin"']);
  });

  it('naming the target itself, as the message says, lints it', async () => {
    const { repo, outside } = setup();
    const good = path.join(outside, 'clients/portal.json');
    writeFileSync(good, GOOD_CLIENT);
    link(good, path.join(repo, 'clients/portal.json'));
    expect((await compact(repo, ['clients/portal.json'])).lines).toEqual([`clients/portal.json:1:1: error: ${outsideMessage(good)} [read-error]`]);
    const direct = await compact(repo, [good]);
    expect(direct.lines).toEqual([`${path.relative(repo, good)}:4:25: error: ${ENUM} [organization-usage-enum]`]);
  });

  it('a link inside the repository to a good file, or through a linked folder inside it, is linted as before', async () => {
    const { repo } = setup();
    link('../shared/portal.json', path.join(repo, 'clients/portal.json'));
    mkdirSync(path.join(repo, 'common/clients'), { recursive: true });
    writeFileSync(path.join(repo, 'common/clients/portal.json'), GOOD_CLIENT);
    link('common', path.join(repo, 'export'));
    const r = await compact(repo, ['clients/portal.json', 'export/clients/portal.json']);
    expect(r.lines).toEqual([`clients/portal.json:4:25: error: ${ENUM} [organization-usage-enum]`, `export/clients/portal.json:4:25: error: ${ENUM} [organization-usage-enum]`]);
    expect(r.code).toBe(1);
  });

  it('a checkout reached through a linked folder (a link above the repository) is read as before, its own links bounded to it', async () => {
    const { repo, secret } = setup();
    mkdirSync(path.join(repo, '.github'));
    writeFileSync(path.join(repo, '.github/tenant.yaml'), 'clients:\n  - name: A\n    organization_usage: Require\n');
    link('../shared/portal.json', path.join(repo, 'clients/portal.json'));
    link(secret, path.join(repo, 'clients/evil.json'));
    const above = tempTree({});
    link(repo, path.join(above, 'checkout'));
    // the link is the user's way to the checkout (`~/work -> /mnt/data/work`): named from a folder it is not below
    const elsewhere = tempTree({});
    const through = path.join(above, 'checkout');
    const r = await compact(elsewhere, [`${through}/.github/tenant.yaml`, `${through}/clients/portal.json`, `${through}/clients/evil.json`]);
    const shown = (p: string) => path.relative(elsewhere, path.join(through, p));
    expect(r.lines).toEqual([
      `${shown('.github/tenant.yaml')}:3:25: error: ${ENUM} [organization-usage-enum]`,
      `${shown('clients/evil.json')}:1:1: error: ${outsideMessage(secret)} [read-error]`,
      `${shown('clients/portal.json')}:4:25: error: ${ENUM} [organization-usage-enum]`,
    ]);
    // or run in the checkout, reached through the link (`cd ~/work/repo`)
    const inside = await compact(through, ['.github/tenant.yaml', 'clients/portal.json', 'clients/evil.json']);
    expect(inside.lines).toEqual([
      `.github/tenant.yaml:3:25: error: ${ENUM} [organization-usage-enum]`,
      `clients/evil.json:1:1: error: ${outsideMessage(secret)} [read-error]`,
      `clients/portal.json:4:25: error: ${ENUM} [organization-usage-enum]`,
    ]);
    // a link below the current folder is the tree's (a pull request's `vendor -> /other/checkout`), never the way
    // to the repository: from the folder holding it, the checkout's files are outside the tree (attack-links6)
    const below = await compact(above, ['checkout/clients/portal.json']);
    expect(below.lines).toEqual([`checkout/clients/portal.json:1:1: error: ${outsideMessage(path.join(realpathSync(repo), 'shared/portal.json'))} [read-error]`]);
  });

  it('outside a checkout the repository is the current folder: a link within it is read, one out of it is not', async () => {
    const outside = realpathSync(tempTree({ 'creds': PLANTED.join('\n') }));
    const tree = tempTree({ 'shared/portal.json': GOOD_CLIENT });
    link('../shared/portal.json', path.join(tree, 'clients/portal.json'));
    link(path.join(outside, 'creds'), path.join(tree, 'clients/evil.json'));
    const r = await compact(tree, ['clients/portal.json', 'clients/evil.json']);
    expect(r.lines).toEqual([
      `clients/evil.json:1:1: error: ${outsideMessage(path.join(outside, 'creds'))} [read-error]`,
      `clients/portal.json:4:25: error: ${ENUM} [organization-usage-enum]`,
    ]);
    await everyFormat(tree, ['clients/evil.json'], FRAGMENTS);
  });
});
