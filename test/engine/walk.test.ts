/**
 * The folder walk (files.ts) lists each folder once and keeps the listing for the run, instead of fast-glob's
 * walk of WALK_PATTERN. Side by side with fast-glob on a tree of every kind of entry: the same files taken, the
 * same links and devices left (and reported), the same folders listed (a folder that cannot be listed is a
 * read error, so which folders are listed is part of what is linted). Then the listings the siblings of a
 * directory export are found from: the same answer as listing the folder again.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdir, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import fg from 'fast-glob';
import { afterAll, describe, expect, it } from 'vitest';
import { expandPaths, folderAndName, listFolder, WALK_PATTERN, type FolderListings } from '../../src/engine/files';
import { tempTree } from '../helpers/lint';

const trees: string[] = [];
afterAll(() => {
  for (const t of trees) rmSync(t, { recursive: true, force: true });
});

/** A tree with the names and kinds a walk must tell apart. */
function hostileTree(): string {
  const files = [
    'tenant.yaml',
    'a.yml',
    'b.json',
    'c.har',
    'main.tf',
    'x.tf.json',
    'vars.tfvars',
    'UPPER.JSON',
    'Tenant.YAML',
    'notes.txt',
    'a.json.bak',
    '.yaml',
    '.dot.json',
    'with space.json',
    'ünïcödé.yaml',
    'tab\there.json',
    'line\nbreak.yaml',
    'star*.json',
    '[brackets].json',
    '{braces}.yaml',
    '!bang.json',
    'deep/er/still/d.json',
    'deep/er/e.yaml',
    'deep-er/f.json',
    'deep.er/g.json',
    '.hidden/h.json',
    '.hidden/sub/i.json',
    '.hidden/node_modules/j.json',
    '.hidden/.git/k.json',
    'node_modules/pkg/l.json',
    'x/node_modules/m.json',
    'x/.git/n.json',
    'x/.d/node_modules/o.json',
    'Node_Modules/p.json',
    '.git2/q.json',
    'x/.gitx/r.json',
    'dir.json/s.json',
    'tenant/clients/t.json',
    'tenant/organizations/u.json',
  ];
  const root = tempTree(Object.fromEntries(files.map((f) => [f, '{}\n'])));
  trees.push(root);
  mkdirSync(path.join(root, 'empty'));
  mkdirSync(path.join(root, 'empty.yaml'));
  symlinkSync(path.join(root, 'b.json'), path.join(root, 'link.json'));
  symlinkSync(path.join(root, 'deep'), path.join(root, 'linked-folder'));
  symlinkSync(path.join(root, 'deep'), path.join(root, 'linked-folder.yaml'));
  symlinkSync(path.join(root, 'nowhere'), path.join(root, 'dangling.tf'));
  symlinkSync(path.join(root, 'b.json'), path.join(root, '.hidden', 'link.json'));
  execFileSync('mkfifo', [path.join(root, 'fifo.yaml'), path.join(root, 'fifo.txt'), path.join(root, '.hidden', 'fifo.json')]);
  return root;
}

/** fast-glob's walk, as files.ts used it: what it returns, and every folder it lists. */
async function fastGlobWalk(root: string): Promise<{ files: string[]; links: string[]; devices: string[]; listed: string[] }> {
  const listed: string[] = [];
  const spy = ((dir: string, ...rest: unknown[]) => {
    listed.push(path.normalize(dir));
    (readdir as (...a: unknown[]) => void)(dir, ...rest);
  }) as typeof readdir;
  const entries = await fg(WALK_PATTERN, {
    cwd: root,
    absolute: true,
    dot: false,
    onlyFiles: false,
    objectMode: true,
    followSymbolicLinks: false,
    suppressErrors: true,
    ignore: ['**/node_modules/**', '**/.git/**'],
    fs: { readdir: spy },
  });
  const of = (test: (e: (typeof entries)[number]) => boolean) => entries.filter(test).map((e) => path.normalize(e.path)).sort();
  return {
    files: of((e) => e.dirent.isFile()),
    links: of((e) => e.dirent.isSymbolicLink()),
    devices: of((e) => !e.dirent.isFile() && !e.dirent.isSymbolicLink() && !e.dirent.isDirectory()),
    listed: listed.sort(),
  };
}

describe('the folder walk', () => {
  it('takes the files, leaves the links and devices, and lists the folders that fast-glob does', async () => {
    const root = hostileTree();
    const expected = await fastGlobWalk(root);
    const left: { file: string; reason: string }[] = [];
    const { targets, args, listings } = await expandPaths(root, ['.'], [], root, (file, reason) => left.push({ file, reason }));
    // what fast-glob takes without following links, and what the links inside the tree lead to (walk-links.ts, as
    // deploy-cli reads through them): `link.json` (read through its link), the linked folders' files (each of the
    // two links to `deep` walked under its own name)
    const at = (...rel: string[]) => rel.map((r) => path.join(root, r));
    const viaLinks = at('link.json', 'linked-folder/er/e.yaml', 'linked-folder/er/still/d.json', 'linked-folder.yaml/er/e.yaml', 'linked-folder.yaml/er/still/d.json');
    expect(targets.map((t) => t.file)).toEqual([...expected.files, ...viaLinks].sort());
    expect(targets.every((t) => !t.explicit)).toBe(true);
    expect(targets.filter((t) => t.linked).map((t) => t.file)).toEqual(at('link.json'));
    // left: a link that leads nowhere, and the devices
    expect(left.filter((l) => l.reason.startsWith('a symbolic link')).map((l) => [path.relative(root, l.file), l.reason])).toEqual([
      ['dangling.tf', 'a symbolic link that leads nowhere (deploy-cli skips it too)'],
    ]);
    expect(expected.links.map((f) => path.relative(root, f))).toEqual(['dangling.tf', 'link.json', 'linked-folder.yaml']);
    expect(left.filter((l) => l.reason.startsWith('not a regular file')).map((l) => l.file).sort()).toEqual(expected.devices);
    expect(left.length).toBe(1 + expected.devices.length);
    expect([...listings.keys()].sort()).toEqual([...expected.listed, ...at('linked-folder', 'linked-folder/er', 'linked-folder/er/still', 'linked-folder.yaml', 'linked-folder.yaml/er', 'linked-folder.yaml/er/still')].sort());
    expect(args[0]).toMatchObject({ kind: 'folder', files: [...expected.files, ...viaLinks].sort() });
    // the tree holds what the comparison is about
    expect(expected.files.map((f) => path.relative(root, f))).toEqual(expect.arrayContaining(['tenant.yaml', 'with space.json', 'line\nbreak.yaml', 'deep/er/still/d.json', 'Node_Modules/p.json', 'x.tf.json']));
    expect(expected.links.map((f) => path.basename(f))).toEqual(['dangling.tf', 'link.json', 'linked-folder.yaml']);
    expect(expected.devices.map((f) => path.basename(f))).toEqual(['fifo.yaml']);
    expect(expected.listed.map((f) => path.relative(root, f))).toEqual(expect.arrayContaining(['.hidden/node_modules', 'x/.d/node_modules', 'empty']));
    expect(expected.listed.map((f) => path.relative(root, f))).not.toEqual(expect.arrayContaining(['node_modules']));
  });

  it('finds the files of any tree in the order their paths sort in (folders walked in path order, no sort of the whole list)', async () => {
    // names that sort on either side of the separator and of each other: `a.json` < `a/…` < `a0.json`
    const part = fc.constantFrom('a', 'a-b', 'a.b', 'a0', 'ab', 'a b', '!a', 'Z', 'é', 'a.json');
    const file = fc.tuple(fc.array(part, { maxLength: 3 }), fc.constantFrom('a.json', 'a-b.json', 'a0.json', 'ab.yaml', 'A.json', 'x.tf')).map(([dirs, name]) => [...dirs, name].join('/'));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(file, { minLength: 1, maxLength: 12 }), async (files) => {
        // a file and a folder of one name cannot both be: the later one is dropped
        const kept = files.filter((f) => !files.some((g) => g !== f && (g.startsWith(f + '/') || f.startsWith(g + '/'))));
        const root = tempTree(Object.fromEntries(kept.map((f) => [f, '{}\n'])));
        trees.push(root);
        const { targets } = await expandPaths(root, ['.'], [], root);
        const got = targets.map((t) => t.file);
        expect(got).toEqual([...got].sort());
        expect(got).toEqual((await fastGlobWalk(root)).files);
      }),
      { seed: 18, numRuns: 40 },
    );
  });

  it('walks a folder below the one named, and the config ignore globs still leave files out', async () => {
    const root = hostileTree();
    const expected = await fastGlobWalk(path.join(root, 'deep'));
    const { targets, args } = await expandPaths(root, ['deep'], ['**/e.yaml'], root);
    expect(targets.map((t) => t.file)).toEqual(expected.files.filter((f) => path.basename(f) !== 'e.yaml'));
    expect(args[0].left.get('ignored by the config')).toBe(1);
  });
});

describe('folder listings of a run', () => {
  it('give what listing the folder again gives: a walked folder, one absent, a file, a link to a folder', async () => {
    // (a checkout: a link to a folder inside it is followed, named-links.ts)
    const root = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'tenant/clients/a.json': '{}', 'tenant/tenant.json': '{}', 'elsewhere/grants/g.json': '{}', 'elsewhere/grants/h.json': '{}' });
    trees.push(root);
    symlinkSync(path.join(root, 'elsewhere', 'grants'), path.join(root, 'tenant', 'grants'));
    writeFileSync(path.join(root, 'tenant', 'organizations'), 'not a folder');
    const { listings } = await expandPaths(root, ['tenant'], [], root);
    const tenant = path.join(root, 'tenant');
    const fresh = (dir: string) => listFolder(dir);
    for (const name of ['clients', 'grants', 'organizations', 'connections', 'prompts', 'database-connections']) {
      const dir = path.join(tenant, name);
      expect(listFolder(dir, listings), name).toEqual(fresh(dir));
    }
    // the link is followed when asked for by name (as readdir does), and what it lists is kept
    expect(listFolder(path.join(tenant, 'grants'), listings).files.sort()).toEqual(['g.json', 'h.json']);
    expect(listings.has(path.join(tenant, 'grants'))).toBe(true);
    expect([...listFolder(tenant, listings).files].sort()).toEqual(['organizations', 'tenant.json']);
  });

  it('a folder its parent was listed without is empty; one listed since is listed once', async () => {
    const root = tempTree({ 'x/a.json': '{}' });
    trees.push(root);
    const listings: FolderListings = new Map();
    expect(listFolder(path.join(root, 'x'), listings).files).toEqual(['a.json']);
    expect(listFolder(root, listings).dirs).toEqual(['x']);
    // made after the parent was listed: the run's listing says it is not there
    mkdirSync(path.join(root, 'later'));
    writeFileSync(path.join(root, 'later', 'b.json'), '{}');
    expect(listFolder(path.join(root, 'later'), listings)).toEqual({ files: [], dirs: [] });
    // one the parent lists, in another case, is asked of the file system (a case-insensitive one finds it)
    const cased = tempTree({ 'Clients/c.json': '{}', 'other/d.json': '{}' });
    trees.push(cased);
    const run: FolderListings = new Map();
    listFolder(cased, run);
    expect(listFolder(path.join(cased, 'clients'), run)).toEqual(listFolder(path.join(cased, 'clients')));
    expect(listFolder(path.join(cased, 'other'), run).files).toEqual(['d.json']);
  });
});

describe('folderAndName', () => {
  it('is path.dirname and path.basename of any path', () => {
    for (const p of ['/a/b/c.json', '/c.json', '/', '', 'c.json', 'a/b.json', '/a/b/', '/a//b.json', '/a/./b.json', '/a/b/..', '//x', '/a/b\\c.json']) {
      expect(folderAndName(p), JSON.stringify(p)).toEqual({ folder: path.dirname(p), name: path.basename(p) });
    }
    // and every path of up to 8 characters of `/`, `.` and a letter
    const all = (n: number): string[] => (n === 0 ? [''] : all(n - 1).flatMap((p) => (p.length === n - 1 ? [p, p + '/', p + '.', p + 'a'] : [p])));
    const paths = [...new Set(all(8))];
    expect(paths.length).toBeGreaterThan(9000);
    const wrong = paths.filter((p) => {
      const got = folderAndName(p);
      return got.folder !== path.dirname(p) || got.name !== path.basename(p);
    });
    expect(wrong).toEqual([]);
  });
});
