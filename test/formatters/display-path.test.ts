/**
 * The path a finding shows (every format) is made once per file and, below the working folder, without
 * path.relative: the same text as path.relative gives, for every kind of path, and never another folder's answer.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath, escapeControls } from '../../src/formatters/types';
import { repoPath } from '../../src/formatters/repo-root';

const reference = (file: string, cwd: string) =>
  /^[a-z][a-z0-9+.-]*:\/\//i.test(file) ? escapeControls(file) : escapeControls((path.relative(cwd, file) || path.basename(file)).split(path.sep).join('/'));

const FILES = (cwd: string) => [
  `${cwd}/tenant.yaml`,
  `${cwd}/clients/a b.json`,
  `${cwd}/./clients/x.json`,
  `${cwd}/clients/../tenant.yaml`,
  `${cwd}//double.json`,
  `${cwd}/trailing/`,
  `${cwd}/.hidden/x.json`,
  `${cwd}/bad\nname\u001b.json`,
  cwd,
  `${cwd}-sibling/tenant.yaml`,
  path.dirname(cwd),
  '/elsewhere/tenant.yaml',
  'relative/tenant.yaml',
  'https://example.auth0.com/api/v2/clients/abc',
];

describe('displayPath', () => {
  it('shows what path.relative shows, from each working folder in turn', () => {
    for (const cwd of ['/work/repo', '/work/repo/', '/', '/work/./repo', 'relative-cwd', '/work/repo']) {
      for (const file of FILES(cwd.replace(/\/$/, ''))) {
        expect(displayPath(file, cwd), `${JSON.stringify(file)} from ${cwd}`).toBe(reference(file, cwd));
        // asked again (from the memo): the same
        expect(displayPath(file, cwd)).toBe(reference(file, cwd));
      }
    }
  });

  it('repoPath: each file relative to the repository root, whichever root asks', () => {
    for (const root of ['/work/repo', '/work', '/']) {
      for (const file of FILES('/work/repo')) {
        const want = /^[a-z][a-z0-9+.-]*:\/\//i.test(file) ? file : (path.relative(root, file) || path.basename(file)).split(path.sep).join('/');
        expect(repoPath(file, root), `${file} from ${root}`).toBe(want);
        expect(repoPath(file, root)).toBe(want);
      }
    }
  });
});
