/**
 * Policy configs that would silently do nothing: a `files` glob written as an absolute path never matches
 * (paths are relative to the config's folder), so it is a config error at its position. And issue 16's
 * `--print-config FILE` (the merged config for one file), which does not exist yet.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

describe('policy configs that would pass silently', () => {
  it('an absolute files glob is a config error at its position, not a policy that never applies', async () => {
    const abs = '/srv/tenants/prod/**';
    const cfg = `policies:\n  - id: prod-orgs\n    files: ['tenants/**', ${JSON.stringify(abs)}]\n    resource: client\n    require: { organization_usage: require }\n`;
    const root = tempTree({ '.orglint.yaml': cfg, 'tenants/prod/tenant.yaml': 'clients:\n  - name: a\n' });
    mkdirSync(path.join(root, '.git'));
    const run = await runCli(['.'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`.orglint.yaml:3:27: files glob ${JSON.stringify(abs)} is an absolute path, which never matches`);
  });

  it('a policy named constructor is a rule like any other, not Object.prototype.constructor', async () => {
    const root = tempTree({ '.orglint.yaml': 'policies:\n  - id: constructor\n    resource: client\n    require: { name: x }\n', 'tenant.yaml': 'clients:\n  - name: a\n' });
    const run = await runCli(['.', '-f', 'json'], { cwd: root });
    expect(JSON.parse(run.stdout).findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId} ${f.severity}`)).toEqual(['constructor error']);
    const off = await runCli(['.', '--rule', 'constructor=off', '-f', 'compact'], { cwd: root });
    expect(off.code).toBe(0);
  });

  // issue 16 item 3: `--print-config FILE` shows the merged config for one file, extends resolved, with the
  // policies, and keyword names without their values
  it('--print-config FILE shows the merged config', async () => {
    const root = tempTree({
      'base.yaml': 'rules:\n  organization-usage-enum: warning\n',
      '.orglint.yaml': 'extends: [./base.yaml]\npolicies:\n  - { id: p1, resource: client, require: { name: { exists: true } } }\nkeywords:\n  SECRET: hunter2\n',
      'tenant.yaml': 'clients: []\n',
    });
    const run = await runCli(['--print-config', 'tenant.yaml'], { cwd: root });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.rules['organization-usage-enum']).toEqual(['warning']);
    expect(printed.rules.p1).toEqual(['error']);
    expect(printed.keywords).toEqual(['SECRET']);
    expect(run.stdout).not.toContain('hunter2');
  });
});
