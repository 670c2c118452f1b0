/**
 * The real Management API dumps of ../shared/real-api/dumps ({clients, client_grants, organizations}, from
 * deploy-cli's recorded traffic) are read as dumps whole, without client_id, and each list alone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';

const DUMPS = path.resolve(ROOT, '../shared/real-api/dumps');

describe('real Management API dumps', () => {
  it('are there (CI lays ../shared beside the clone)', () => {
    expect(existsSync(DUMPS), `${DUMPS} is missing: the shared facts must sit beside the clone`).toBe(true);
  });

  for (const name of existsSync(DUMPS) ? readdirSync(DUMPS).filter((f) => f.endsWith('.json')) : []) {
    it(`${name}: whole, without client_id, and each list alone`, async () => {
      const dump = JSON.parse(readFileSync(path.join(DUMPS, name), 'utf8')) as Record<string, Record<string, unknown>[]>;
      const withoutIds = { ...dump, clients: dump.clients.map(({ client_id: _, ...rest }) => rest) };
      const dir = tempTree({
        'whole.json': JSON.stringify(dump, null, 2),
        'no-client-id.json': JSON.stringify(withoutIds, null, 2),
        'clients-array.json': JSON.stringify(withoutIds.clients, null, 2),
        'organizations.json': JSON.stringify({ organizations: dump.organizations }, null, 2),
        'client_grants.json': JSON.stringify({ client_grants: dump.client_grants }, null, 2),
      });
      const files = ['whole.json', 'no-client-id.json', 'clients-array.json', 'organizations.json', 'client_grants.json'];
      const run = await runCli([...files, '-f', 'junit=out.xml', '-f', 'json'], { cwd: dir });
      expect(run.stderr).toBe('');
      const report = JSON.parse(run.stdout);
      expect(report.summary.files).toBe(5);
      // every client of the dump is read, three times (whole, without ids, as an array)
      expect(report.summary.clients).toBe(3 * dump.clients.length);
      const junit = readFileSync(path.join(dir, 'out.xml'), 'utf8');
      expect(junit.match(/name="organization: /g)?.length).toBe(3 * dump.organizations.length);
      expect(junit.match(/name="clientGrant: /g)?.length).toBe(3 * dump.client_grants.length);
    });
  }
});
