/**
 * Where a file sits in a deploy-cli directory export (deploy-cli.ts `directoryTenantRoot`): normalised POSIX paths
 * are cut at their slashes instead of going through `path`, and must give what `path` gives; a file is asked about
 * several times in a row (sniff, extract, siblings) and each must get its own answer.
 */
import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { directoryTenantRoot } from '../../src/sources/deploy-cli/deploy-cli';

const FOLDERS = ['clients', 'grants', 'client-grants', 'organizations'];

describe('directoryTenantRoot', () => {
  it('is the folder above clients/, grants/, client-grants/, organizations/, as path.dirname says', () => {
    const segment = fc.stringMatching(/^[a-zA-Z0-9._ -]{0,6}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), fc.constantFrom(...FOLDERS, 'other', '__proto__', 'constructor'), segment, fc.constantFrom('.json', '.JSON', '.yaml'), fc.boolean(), (dirs, folder, name, ext, absolute) => {
        const file = (absolute ? '/' : '') + [...dirs, folder, name + ext].join('/');
        const expected = /\.json$/i.test(file) && FOLDERS.includes(path.basename(path.dirname(file))) ? path.dirname(path.dirname(file)) : null;
        if (path.basename(path.dirname(file)) === 'connections') return;
        expect(directoryTenantRoot(file)).toBe(expected);
      }),
      { seed: 18, numRuns: 2000 },
    );
  });
  it('gives each file of a sequence its own place, files of one folder in a row or not (the last folder is remembered)', () => {
    const segment = fc.constantFrom('t', 'u', 'clients', 'grants', 'x.json', 'a b', 'clientsx', '', '.', '..');
    const file = fc.tuple(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.constantFrom('a.json', 'b.JSON', 'c.yaml', 'clients')).map(([dirs, name]) => '/' + [...dirs, name].join('/'));
    fc.assert(
      fc.property(fc.array(file, { minLength: 1, maxLength: 12 }), (files) => {
        for (const f of files) {
          if (path.basename(path.dirname(f)) === 'connections') continue;
          const expected = /\.json$/i.test(f) && FOLDERS.includes(path.basename(path.dirname(f))) ? path.dirname(path.dirname(f)) : null;
          expect(directoryTenantRoot(f), f).toBe(expected);
        }
      }),
      { seed: 18, numRuns: 2000 },
    );
    for (const f of ['/t/clients/a.json', '/t/clients/b.json', '/t/clientsx/a.json', '/t/clients/sub/a.json', '/t/clients/c.json', '/clients/a.json', '/clients/b.json']) {
      const expected = FOLDERS.includes(path.basename(path.dirname(f))) ? path.dirname(path.dirname(f)) : null;
      expect(directoryTenantRoot(f), f).toBe(expected);
    }
  });
  it('answers for each file, not for the one asked before', () => {
    expect(directoryTenantRoot('/t/clients/a.json')).toBe('/t');
    expect(directoryTenantRoot('/t/clients/a.json')).toBe('/t');
    expect(directoryTenantRoot('/u/grants/a.json')).toBe('/u');
    expect(directoryTenantRoot('/clients/a.json')).toBe('/');
    expect(directoryTenantRoot('/u/notes/a.json')).toBeNull();
    expect(directoryTenantRoot('/a//clients/x.json')).toBe(path.dirname(path.dirname('/a//clients/x.json')));
    expect(directoryTenantRoot('/a/./clients/x.json')).toBe(path.dirname(path.dirname('/a/./clients/x.json')));
  });
});
