/**
 * Policy fixes that a user would expect `--fix` to make, through the real CLI: a dotted `set` whose parent is
 * missing (it was announced as a fix and then silently skipped), several keys added to one JSON object (only
 * the first landed), and a dotted `set` below a value that is not an object (no fix is offered, rather than one
 * `--fix` cannot make). Shared YAML anchors are never edited for one of the clients that merge them.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const POLICY = `policies:
  - id: m2m-default-org
    resource: client
    where: { app_type: non_interactive }
    require: { organization_usage: [allow, require] }
    fix: { set: { organization_usage: allow, 'default_organization.flows': [client_credentials] }, safety: safe }
`;

function repo(files: Record<string, string>) {
  const dir = tempTree({ '.orglint.yaml': POLICY, ...files });
  mkdirSync(path.join(dir, '.git'));
  return dir;
}

describe('policy fixes', () => {
  it('sets a dotted field whose parent is missing, and every key of the fix, in a directory export', async () => {
    const dir = repo({ 'clients/Sync.json': '{\n  "name": "Sync",\n  "app_type": "non_interactive"\n}\n' });
    const run = await runCli(['.', '--fix', '--rule', 'organization-usage-on-m2m=off', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).not.toContain('m2m-default-org');
    expect(readFileSync(path.join(dir, 'clients/Sync.json'), 'utf8')).toBe(
      '{\n  "name": "Sync",\n  "app_type": "non_interactive",\n  "organization_usage": "allow",\n  "default_organization": {"flows":["client_credentials"]}\n}\n',
    );
  });

  it('does the same in tenant.yaml, next to a client that merges a shared anchor it leaves alone', async () => {
    const yaml = 'base: &m2m\n  app_type: non_interactive\nclients:\n  - name: Sync\n    <<: *m2m\n  - name: Other\n    <<: *m2m\n    organization_usage: allow\n';
    const dir = repo({ 'tenant.yaml': yaml });
    const run = await runCli(['.', '--fix', '--rule', 'organization-usage-on-m2m=off', '-f', 'compact'], { cwd: dir });
    expect(run.stdout).not.toContain('m2m-default-org');
    expect(readFileSync(path.join(dir, 'tenant.yaml'), 'utf8')).toBe(
      'base: &m2m\n  app_type: non_interactive\nclients:\n  - name: Sync\n    <<: *m2m\n    organization_usage: allow\n    default_organization: {"flows":["client_credentials"]}\n  - name: Other\n    <<: *m2m\n    organization_usage: allow\n',
    );
  });

  it('offers no fix when the parent of a dotted field is not an object', async () => {
    const dir = repo({ 'clients/Sync.json': '{ "name": "Sync", "app_type": "non_interactive", "default_organization": "org_1" }\n' });
    const run = await runCli(['.', '-f', 'json'], { cwd: dir });
    const mine = JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'm2m-default-org');
    expect(mine).toHaveLength(1);
    expect(mine[0].fix).toBeNull();
  });
});
