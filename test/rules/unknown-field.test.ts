/**
 * unknown-field through the real CLI, on inputs nobody writes on purpose: merge keys, CRLF, prototype keys,
 * huge keys, a directory export, and the same key in a PATCH body (reported once, by patch-unknown-field).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const ids = (stdout: string) => stdout.split('\n').filter(Boolean).map((l) => `${l.split(': ')[0]} ${/\[([\w-]+)\]$/.exec(l)?.[1]}`);

describe('unknown-field, through the CLI', () => {
  it('reports the issue-10 typos in a tenant.yaml, and --fix-unsafe renames them keeping CRLF and values', async () => {
    const yaml = 'clients:\r\n  - name: A\r\n    organisation_usage: require\r\n    organization_require_behaviour: pre_login_prompt\r\n';
    const dir = tempTree({ 'tenant.yaml': yaml });
    const run = await runCli(['-f', 'compact', 'tenant.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('tenant.yaml:3:5: error: unknown field "organisation_usage" of a client; did you mean "organization_usage"?');
    expect(ids(run.stdout)).toEqual(['tenant.yaml:3:5 unknown-field', 'tenant.yaml:4:5 unknown-field']);
    // --fix (safe) leaves a guess alone
    await runCli(['--fix', 'tenant.yaml'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'tenant.yaml'), 'utf8')).toBe(yaml);
    await runCli(['--fix-unsafe', 'tenant.yaml'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'tenant.yaml'), 'utf8')).toBe(
      'clients:\r\n  - name: A\r\n    organization_usage: require\r\n    organization_require_behavior: pre_login_prompt\r\n',
    );
  });

  it('a typo merged in from an anchor is reported, and no fix edits the shared anchor behind the user', async () => {
    const yaml = 'base: &base\n  organisation_usage: require\nclients:\n  - name: A\n    <<: *base\n  - name: B\n    <<: *base\n';
    const dir = tempTree({ 'tenant.yaml': yaml });
    const run = await runCli(['-f', 'compact', 'tenant.yaml'], { cwd: dir });
    expect(run.stdout.match(/unknown field "organisation_usage"/g)?.length).toBe(2);
    await runCli(['--fix-unsafe', 'tenant.yaml'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'tenant.yaml'), 'utf8')).toBe(yaml);
  });

  it('prototype keys, a 100 000-character key and keys that are no near miss stay silent', async () => {
    const long = 'organization_usage'.repeat(5600);
    const dump = `{"clients":[{"client_id":"abc","name":"P","__proto__":{"organization_usage":"require"},"constructor":1,"toString":2,"${long}":1,"x_team":"a"}]}`;
    const dir = tempTree({ 'dump.json': dump });
    const run = await runCli(['-f', 'compact', 'dump.json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('unknown-field');
  });

  it('a deploy-cli directory export: each JSON file, organization connections included', async () => {
    const dir = tempTree({
      'clients/Portal.json': '{\n  "name": "Portal",\n  "organizationUsage": "allow"\n}\n',
      'organizations/acme.json': '{\n  "name": "acme",\n  "connections": [{ "name": "db", "is_signup_enabeld": false }]\n}\n',
    });
    const run = await runCli(['-f', 'compact', '.'], { cwd: dir });
    expect(ids(run.stdout).filter((l) => l.endsWith('unknown-field'))).toEqual([
      'clients/Portal.json:3:3 unknown-field',
      'organizations/acme.json:3:35 unknown-field',
    ]);
    await runCli(['--fix-unsafe', '.'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'clients/Portal.json'), 'utf8')).toBe('{\n  "name": "Portal",\n  "organization_usage": "allow"\n}\n');
    expect(readFileSync(path.join(dir, 'organizations/acme.json'), 'utf8')).toContain('"is_signup_enabled": false');
  });

  it('a PATCH body key is reported once, by patch-unknown-field; a create (POST) key by unknown-field', async () => {
    const dir = tempTree({ 'body.patch.json': '{ "organisation_usage": "allow" }\n' });
    const run = await runCli(['-f', 'compact', 'body.patch.json'], { cwd: dir });
    expect(ids(run.stdout)).toEqual(['body.patch.json:1:3 patch-unknown-field']);
  });
});
