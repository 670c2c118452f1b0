/**
 * The seam of reading a fixed-name file in another letter case (same-file.ts): two paths are one file when their
 * `stat`s give the same device and inode, which a hard link shows on any file system and a case-insensitive one
 * shows for any case of a name. Asked only of names that differ in case from a fixed name: a walk and load of an
 * export of ordinary names stats none of its files, and a `Tenant.JSON` costs one stat pair.
 */
import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { differsOnlyInCase, isSameFile } from '../../src/sources/same-file';
import { expandPaths } from '../../src/engine/files';
import { loadFile } from '../../src/sources/load';
import { tempTree } from '../helpers/lint';

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return { ...real, default: real, statSync: vi.fn(real.statSync) };
});

describe('isSameFile', () => {
  it('is true for two names of one file (a hard link, a symbolic link followed), false for two files, a folder or a missing name', () => {
    const dir = tempTree({ 'a/tenant.JSON': '{}\n', 'a/other.json': '{}\n' });
    const at = (n: string) => path.join(dir, 'a', n);
    fs.linkSync(at('tenant.JSON'), at('tenant.json'));
    fs.symlinkSync(at('tenant.JSON'), at('linked.json'));
    expect(isSameFile(at('tenant.json'), at('tenant.JSON'))).toBe(true);
    expect(isSameFile(at('linked.json'), at('tenant.JSON'))).toBe(true);
    expect(isSameFile(at('other.json'), at('tenant.JSON'))).toBe(false);
    expect(isSameFile(at('missing.json'), at('tenant.JSON'))).toBe(false);
    expect(isSameFile(at('tenant.JSON'), at('missing.json'))).toBe(false);
    expect(isSameFile(path.join(dir, 'a'), path.join(dir, 'a'))).toBe(false);
    // asked again after the file changes, it answers for the file system as it is now (nothing remembered)
    fs.rmSync(at('tenant.json'));
    fs.writeFileSync(at('tenant.json'), '{}\n');
    expect(isSameFile(at('tenant.json'), at('tenant.JSON'))).toBe(false);
  });
});

describe('differsOnlyInCase', () => {
  it('is a name of the same letters in another case, never the name itself nor another name', () => {
    for (const n of ['Tenant.json', 'tenant.JSON', 'TENANT.JSON', 'tEnAnT.JsOn']) expect(differsOnlyInCase(n, 'tenant.json'), n).toBe(n !== 'tenant.json');
    for (const n of ['tenant.json', 'tenant.jso', 'tenant.json ', 'tenants.json', 'tenant_json', 'tenant.yaml', '']) expect(differsOnlyInCase(n, 'tenant.json'), n).toBe(false);
    // what a case-insensitive file system folds too: the long s and the Kelvin sign
    expect(differsOnlyInCase('ſettings.json', 'settings.json')).toBe(true);
    expect(differsOnlyInCase('\u212Aey.json', 'key.json')).toBe(true);
  });
});

describe('the stats a walk and load of an export cost', () => {
  async function walkAndLoad(root: string): Promise<string[]> {
    const statSync = vi.mocked(fs.statSync);
    statSync.mockClear();
    const { targets } = await expandPaths(root, ['.'], [], root);
    for (const t of targets) await loadFile(t.file, { explicit: false });
    // the files asked about (folders are asked whether they are an export, once each)
    return statSync.mock.calls.map((c) => String(c[0])).filter((p) => /\.json$/i.test(p)).map((p) => path.relative(root, p));
  }

  it('none for an export of ordinary names, however many; at most one pair for a Tenant.JSON', async () => {
    const files: Record<string, string> = { 'exp/tenant.json': '{ "friendly_name": "T" }\n', 'exp/prompts/prompts.json': '{}\n', 'exp/database-connections/u/database.json': '{ "name": "U", "strategy": "auth0" }\n' };
    for (let i = 0; i < 400; i++) files[`exp/clients/c${i}.json`] = `{ "name": "C${i}" }\n`;
    for (let i = 0; i < 100; i++) files[`exp/connections/k${i}.json`] = `{ "name": "K${i}", "strategy": "auth0" }\n`;
    expect(await walkAndLoad(tempTree(files))).toEqual([]);
    const { 'exp/tenant.json': tenant, ...rest } = files;
    // (tenant.json is not there, on this file system: the second stat is not needed)
    expect(await walkAndLoad(tempTree({ ...rest, 'exp/Tenant.JSON': tenant }))).toEqual(['exp/tenant.json']);
    const other = tempTree({ ...files, 'exp/Tenant.JSON': tenant });
    expect(await walkAndLoad(other)).toEqual(['exp/tenant.json', 'exp/Tenant.JSON']);
  });
});
