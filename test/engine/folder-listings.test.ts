/**
 * The siblings of a directory export come from the walk's own folder listings (files.ts listFolder): a walked
 * folder, a named file and a file the config ignores must still see the whole tenant.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const client = (name: string, id: string) => JSON.stringify({ name, client_id: id, app_type: 'regular_web', organization_usage: 'deny' }, null, 2) + '\n';

function exportTree(extra: Record<string, string> = {}): string {
  return tempTree({
    'tenant/clients/a.json': client('Same Name', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'),
    'tenant/clients/b.json': client('Same Name', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'),
    'tenant/organizations/acme.json': JSON.stringify({ name: 'acme', display_name: 'Acme' }) + '\n',
    ...extra,
  });
}

const duplicates = (stdout: string) =>
  (JSON.parse(stdout) as { findings: { ruleId: string; file: string }[] }).findings.filter((f) => f.ruleId === 'unique-client-names').map((f) => path.basename(f.file)).sort();

describe('directory-export siblings from the walk', () => {
  it('a walked folder, a named file, and a file the config ignores see the same tenant', async () => {
    const dir = exportTree();
    // the second of two clients of one name is the one reported, naming the first
    expect(duplicates((await runCli(['tenant', '-f', 'json'], { cwd: dir })).stdout)).toEqual(['b.json']);
    expect(duplicates((await runCli(['tenant/clients/b.json', '-f', 'json'], { cwd: dir })).stdout)).toEqual(['b.json']);
    // a.json is not linted, but it is still part of the tenant b.json belongs to
    const ignoring = exportTree({ '.orglintrc.yaml': 'ignore:\n  - tenant/clients/a.json\n' });
    expect(duplicates((await runCli(['tenant', '-f', 'json'], { cwd: ignoring })).stdout)).toEqual(['b.json']);
  });
});
