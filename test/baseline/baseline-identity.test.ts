/**
 * Baseline keys are stable (issue 10, item 5): list items are keyed by what they are (a connection by its name
 * or id, a grant by client and audience, a URL by itself), never by position, so inserting or reordering items
 * keeps baselined findings baselined; baselines written by 0.1.0 (list positions) still load and match.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

const readJson = (f: string) => JSON.parse(readFileSync(f, 'utf8'));

const ORGS = `organizations:
  - name: acme
    connections:
      - name: Username-Password-Authentication
        is_signup_enabled: true
`;
const CLIENTS = `clients:
  - name: Portal
    organization_usage: allow
    callbacks:
      - https://portal.example.com/callback
      - https://portal.example.com/{organization_name}/callback
`;
const GRANTS = `clientGrants:
  - client_id: Portal
    audience: https://api.example.com/
    scope: []
    organization_usage: Allow
`;

describe('baseline keys by identity', () => {
  it('a connection, a URL and a grant keep their key when items are inserted above them or reordered', async () => {
    const dir = tempTree({ 'tenant.yaml': ORGS + CLIENTS + GRANTS });
    const rec = await runCli(['.', '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    expect(rec.code).toBe(0);
    expect(readJson(path.join(dir, 'b.json'))).toEqual({
      version: 2,
      files: {
        'tenant.yaml': {
          'client Portal': { 'organization-name-placeholder': { '/callbacks/["https:~1~1portal.example.com~1{organization_name}~1callback"]': 1 } },
          'clientGrant Portal → https://api.example.com/': { 'client-grant-organization-usage-enum': { '/organization_usage': 1 } },
          'organization acme': { 'organization-signup-requires-membership': { '/connections/[name="Username-Password-Authentication"]/is_signup_enabled': 1 } },
        },
      },
    });
    // a connection, a callback and a grant inserted above each, and the lists reordered
    const moved = `organizations:
  - name: acme
    connections:
      - name: google-oauth2
        is_signup_enabled: false
      - name: Username-Password-Authentication
        is_signup_enabled: true
clients:
  - name: Portal
    organization_usage: allow
    callbacks:
      - https://portal.example.com/{organization_name}/callback
      - https://new.example.com/callback
      - https://portal.example.com/callback
clientGrants:
  - client_id: Other
    audience: https://api.example.com/
    scope: []
  - client_id: Portal
    audience: https://api.example.com/
    scope: []
    organization_usage: Allow
`;
    writeFileSync(path.join(dir, 'tenant.yaml'), moved);
    const again = await runCli(['.', '--baseline', 'b.json', '-f', 'json'], { cwd: dir });
    expect(again.stderr).toBe('');
    const report = JSON.parse(again.stdout);
    expect(report.findings).toEqual([]);
    expect(report.summary.suppressed).toBe(3);
    expect([again.code, report.baselineHidden]).toEqual([0, 3]);
    // a second connection with the same problem is new
    writeFileSync(path.join(dir, 'tenant.yaml'), moved.replace('name: google-oauth2\n        is_signup_enabled: false', 'name: google-oauth2\n        is_signup_enabled: true'));
    const added = await runCli(['.', '--baseline', 'b.json', '-f', 'compact'], { cwd: dir });
    expect(added.code).toBe(1);
    expect(added.stdout).toMatch(/^tenant\.yaml:5:28: error: connection "google-oauth2" has is_signup_enabled true/);
  });

  it('a baseline written by 0.1.0 (version 1, list positions) still loads and matches the same findings', async () => {
    const dir = tempTree({ 'tenant.yaml': ORGS + CLIENTS });
    writeFileSync(
      path.join(dir, 'old.json'),
      JSON.stringify({
        version: 1,
        files: {
          'tenant.yaml': {
            'client Portal': { 'organization-name-placeholder': { '/callbacks/1': 1 } },
            'organization acme': { 'organization-signup-requires-membership': { '/connections/0/is_signup_enabled': 1 } },
          },
        },
      }),
    );
    const run = await runCli(['.', '--baseline', 'old.json', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).baselineHidden).toBe(2);
    // --update-baseline rewrites it with identity keys
    await runCli(['.', '--baseline', 'old.json', '--update-baseline'], { cwd: dir });
    const rewritten = readJson(path.join(dir, 'old.json'));
    expect(rewritten.version).toBe(2);
    expect(Object.keys(rewritten.files['tenant.yaml']['organization acme']['organization-signup-requires-membership'])).toEqual([
      '/connections/[name="Username-Password-Authentication"]/is_signup_enabled',
    ]);
  });

  it('a connection of a Management API dump is named by its connection_id', async () => {
    const dir = tempTree({
      'dump.json': JSON.stringify({ organizations: [{ id: 'org_1', name: 'acme', display_name: 'Acme', connections: [{ connection_id: 'con_9', is_signup_enabled: true }] }] }),
    });
    await runCli(['.', '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    expect(readJson(path.join(dir, 'b.json')).files['dump.json']).toEqual({
      'organization acme': { 'organization-signup-requires-membership': { '/connections/[connection_id="con_9"]/is_signup_enabled': 1 } },
    });
  });
});
