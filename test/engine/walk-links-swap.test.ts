/**
 * A folder swapped for a symbolic link out of the repository between the listing of its parent and its own (the
 * walk, src/engine/files.ts). The swap is made deterministic by doing it inside `walkedLink`, which the walk calls
 * for the parent's links after the parent's readdir and before it lists the parent's folders: what another
 * process on the machine could do at that moment.
 *
 * Before: the folder guard recorded a folder that was already a link as "not a directory" (its files became
 * read-errors); since links are followed, `recordFolder` answers false for a link out of the repository and
 * records nothing, and the walk ignored that answer and listed it, so the files of the folder it leads to were
 * read and shown (no recorded identity for the guard to find changed).
 */
import { realpathSync, renameSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { compactLines, lint, tempTree } from '../helpers/lint';

const swaps: (() => void)[] = [];

vi.mock('../../src/engine/walk-links', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../src/engine/walk-links')>();
  return {
    ...orig,
    walkedLink: (...args: Parameters<typeof orig.walkedLink>) => {
      const r = orig.walkedLink(...args);
      swaps.shift()?.();
      return r;
    },
  };
});

const PLANTED = '{ "name": "PlantedSwap", "client_secret": "PLANTEDswapSecret9", "organization_usage": PLANTEDbroken\n';

describe('a walked folder swapped for a link out of the repository before it is listed', () => {
  it('is not listed: a read-error at the folder, nothing of what it leads to is read or shown', async () => {
    const outside = realpathSync(tempTree({ 'evil.json': PLANTED }));
    const repo = realpathSync(
      tempTree({
        '.git/HEAD': 'ref: refs/heads/main\n',
        'tenant/tenant.json': '{ "friendly_name": "T" }\n',
        'tenant/clients/a.json': '{ "name": "A", "app_type": "spa" }\n',
        'shared/x/readme.txt': 'x\n',
      }),
    );
    // (a link inside the repository, so the walk asks walkedLink about it after listing tenant/)
    symlinkSync('../shared/x', path.join(repo, 'tenant/zz'));
    const clients = path.join(repo, 'tenant/clients');
    swaps.push(() => {
      renameSync(clients, path.join(repo, 'clients-was'));
      symlinkSync(outside, clients);
    });
    const result = await lint(['tenant'], { cwd: repo });
    const lines = compactLines(result, repo);
    expect(lines.join('\n')).not.toMatch(/Planted|PLANTED/);
    expect(lines).toEqual([
      `tenant/clients:1:1: error: not read: a symbolic link (this path, or a folder on its way) leads to ${outside}, outside the repository; orglint follows the links of a named path only to files inside the repository holding it (a link in a pull request could point at a runner's credentials). To lint what it leads to, name that: orglint ${outside} [read-error]`,
    ]);
  });

  it('a followed link re-pointed out of the repository after the walk followed it: the same', async () => {
    const outside = realpathSync(tempTree({ 'evil.json': PLANTED }));
    const repo = realpathSync(
      tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'tenant/tenant.json': '{ "friendly_name": "T" }\n', 'shared/clients/a.json': '{ "name": "A", "app_type": "spa" }\n' }),
    );
    const link = path.join(repo, 'tenant/clients');
    symlinkSync('../shared/clients', link);
    // (walkedLink has just said "walk it": a new link of the same name, leading out, takes its place)
    swaps.push(() => {
      symlinkSync(outside, `${link}.new`);
      renameSync(`${link}.new`, link);
    });
    const lines = compactLines(await lint(['tenant'], { cwd: repo }), repo);
    expect(lines.join('\n')).not.toMatch(/Planted|PLANTED/);
    expect(lines).toEqual([
      `tenant/clients:1:1: error: not read: a symbolic link (this path, or a folder on its way) leads to ${outside}, outside the repository; orglint follows the links of a named path only to files inside the repository holding it (a link in a pull request could point at a runner's credentials). To lint what it leads to, name that: orglint ${outside} [read-error]`,
    ]);
  });
});

describe('many links into one chain of folders', () => {
  // was a break: `t/l0 -> d`, `t/l1 -> d/d`, … `t/lN -> d/d/…/d` (N + 1 links, one chain N folders deep): each link
  // leads to a folder the walk is not in, so it lists the chain below each again: (N + 1)(N + 2) / 2 folders (500
  // links: 125,000 listings, ~18 s of system time), and a tree of links to links doubles at each level. Two links
  // to one folder must both be walked (two tenants sharing a linked clients/ are each deployed), so the work is
  // bounded by a count: past MAX_LINKED_LISTINGS folders listed below followed links the walk stops, exit 2, naming
  // the folder (a few hundred links in a pull request cost at most that many listings, ~1 s, not minutes).
  it('stops with a clear error past the bound, and lists no more than it', async () => {
    const { expandPaths, MAX_LINKED_LISTINGS } = await import('../../src/engine/files');
    const N = 220;
    const tree: Record<string, string> = { '.git/HEAD': 'ref: refs/heads/main\n', [`t/${Array(N).fill('d').join('/')}/x.txt`]: '' };
    const repo = realpathSync(tempTree(tree));
    for (let i = 0; i < N; i++) symlinkSync(Array(i + 1).fill('d').join('/'), path.join(repo, `t/l${String(i).padStart(3, '0')}`));
    // (the chain below each link: N(N + 1) / 2 = 24,310 listings, over the bound)
    expect((N * (N + 1)) / 2).toBeGreaterThan(MAX_LINKED_LISTINGS);
    await expect(expandPaths(repo, ['t'], [], repo)).rejects.toThrow(`${path.join(repo, 't')}: more than 20,000 folders reached through symbolic links`);
    // a few links into the same chain are walked, each under its name
    const small = realpathSync(tempTree({ '.git/HEAD': 'x', 't/d/d/d/a.json': '{}' }));
    for (const [name, to] of [['l0', 'd'], ['l1', 'd/d']]) symlinkSync(to, path.join(small, 't', name));
    const { targets } = await expandPaths(small, ['t'], [], small);
    expect(targets.map((x) => path.relative(small, x.file))).toEqual(['t/d/d/d/a.json', 't/l0/d/d/a.json', 't/l1/d/a.json']);
  });
});
