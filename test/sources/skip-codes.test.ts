/**
 * A skipped file carries what kind of skip it is (load.ts SkipCode), and engine/unmatched.ts counts a folder's or
 * glob's skipped files by it, never by the words of the reason: rewording a reason changes no count.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFile, type LoadedFile } from '../../src/sources/load';
import { unmatchedArgs } from '../../src/engine/unmatched';
import type { PathArg } from '../../src/engine/files';
import { tempTree } from '../helpers/lint';

describe('skip codes', () => {
  it('each kind of skip has its code', async () => {
    const dir = tempTree({
      'exp/clients/App.JSON': '{}\n',
      'exp/clients/ok.json': '{ "name": "Ok" }\n',
      'exp/Tenant.json': '{}\n',
      'y/tenant.YML': 'clients: []\n',
      'tf/copy.TF': 'resource "auth0_client" "a" {}\n',
      'tf/Terraform.tfvars': 'a = 1\n',
      'other.json': '{ "a": 1 }\n',
    });
    const code = async (f: string) => {
      const l = await loadFile(path.join(dir, f), { explicit: false });
      return l.status === 'skipped' ? (l.code ?? 'none') : l.status;
    };
    expect(await code('exp/clients/App.JSON')).toBe('extension-case');
    expect(await code('y/tenant.YML')).toBe('extension-case');
    expect(await code('exp/Tenant.json')).toBe('name-case');
    expect(await code('tf/Terraform.tfvars')).toBe('name-case');
    expect(await code('tf/copy.TF')).toBe('not-read-by-terraform');
    expect(await code('other.json')).toBe('none');
    expect(await code('exp/clients/ok.json')).toBe('loaded');
  });

  it('unmatchedArgs counts by the code, whatever the reason says', () => {
    const files = ['/t/a/App.JSON', '/t/a/B.JSON', '/t/a/Tenant.json', '/t/a/copy.TF', '/t/a/other.json'];
    const arg: PathArg = { arg: 'a', kind: 'folder', files, left: new Map() };
    const loaded: Extract<LoadedFile, { status: 'skipped' }>[] = [
      { status: 'skipped', file: files[0], reason: 'reworded one day', code: 'extension-case' },
      { status: 'skipped', file: files[1], reason: 'the extension .JSON is not .json', code: 'extension-case' },
      { status: 'skipped', file: files[2], reason: 'whatever words', code: 'name-case' },
      { status: 'skipped', file: files[3], reason: 'not the usual prefix', code: 'not-read-by-terraform' },
      // (words that once counted, without the code: a file read, as any other)
      { status: 'skipped', file: files[4], reason: 'the extension .JSON is not .json' },
    ];
    const [u] = unmatchedArgs([arg], new Set(), loaded);
    expect(u.message).toBe(
      'no tenant configuration found in a (1 file read: none is a deploy-cli export, Management API dump, PATCH payload, HAR capture or Terraform plan or configuration; ' +
        '2 files with an extension not in lower case, which deploy-cli and Terraform do not read: rename them to end in .json, .yaml, .yml or .tf.json; ' +
        '1 file named like a file deploy-cli or Terraform opens by its exact name (tenant.json, prompts.json, database.json, terraform.tfvars) but for the letter case, which this file system tells apart, so it is not read (--debug says which); ' +
        '1 file Terraform does not read with its folder\'s module (a name that starts with ".", ends with "~", starts and ends with "#", or does not end in exactly .tf or .tf.json; --debug says which))',
    );
  });
});
