/**
 * HAR writes to client grants and organizations (and an organization's enabled connections) are checked by the
 * grant and organization rules, with positions inside the `postData.text` string; other sub-resources are not.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempTree } from '../helpers/lint';

function har(entries: { method: string; url: string; body?: unknown }[]): string {
  const log = {
    log: {
      version: '1.2',
      entries: entries.map((e) => ({
        request: {
          method: e.method,
          url: e.url,
          headers: [{ name: 'Content-Type', value: 'application/json' }],
          ...(e.body === undefined ? {} : { postData: { mimeType: 'application/json', text: JSON.stringify(e.body) } }),
        },
      })),
    },
  };
  return JSON.stringify(log, null, 2);
}

async function findings(text: string): Promise<string[]> {
  const dir = tempTree({ 'capture.har': text });
  const run = await runCli(['capture.har', '-f', 'json'], { cwd: dir });
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as { findings: { line: number; column: number; ruleId: string; resource: { type: string; name: string } | null; fix: unknown }[] };
  return report.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.resource?.type}:${f.resource?.name} fix=${f.fix === null ? 'none' : 'yes'}`);
}

const BASE = 'https://acme.eu.auth0.com/api/v2';

describe('HAR writes to client grants and organizations', () => {
  it('checks a created and an updated client grant', async () => {
    const text = har([
      { method: 'POST', url: `${BASE}/client-grants`, body: { client_id: 'abc', audience: 'https://api.acme.example', scope: [], organization_usage: 'Require' } },
      { method: 'PATCH', url: `${BASE}/client-grants/cgr_1`, body: { organization_usage: 'required' } },
    ]);
    const lines = text.split('\n');
    const line = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    const got = await findings(text);
    expect(got.filter((l) => l.includes('client-grant-organization-usage-enum'))).toEqual([
      `${line('Require')}:${lines[line('Require') - 1].indexOf('\\"Require') + 1} client-grant-organization-usage-enum clientGrant:abc → https://api.acme.example fix=none`,
      `${line('required')}:${lines[line('required') - 1].indexOf('\\"required') + 1} client-grant-organization-usage-enum clientGrant:client grant cgr_1 fix=none`,
    ]);
  });

  it('checks organizations and an enabled connection, and leaves members and invitations alone', async () => {
    const text = har([
      { method: 'POST', url: `${BASE}/organizations`, body: { name: 'Acme Corp', display_name: 'Acme' } },
      { method: 'PATCH', url: `${BASE}/organizations/org_1/enabled_connections/con_1`, body: { is_signup_enabled: true, assign_membership_on_login: false } },
      { method: 'POST', url: `${BASE}/organizations/org_1/members`, body: { members: ['Not A Name'] } },
      { method: 'POST', url: `${BASE}/organizations/org_1/invitations`, body: { name: 'Bad Name' } },
      { method: 'GET', url: `${BASE}/organizations?name=Bad%20Name` },
    ]);
    const got = await findings(text);
    expect(got.map((l) => l.replace(/^\d+:\d+ /, ''))).toEqual([
      'organization-name-valid organization:Acme Corp fix=none',
      'organization-signup-requires-membership organization:organization org_1 fix=none',
    ]);
  });

  it('a hostile capture: a body that is not an object, a broken body, odd paths', async () => {
    const text = har([
      { method: 'PATCH', url: `${BASE}/client-grants/cgr_1`, body: [1, 2] },
      { method: 'PATCH', url: `${BASE}/organizations/__proto__`, body: { __proto__: { name: 'x' }, display_name: '' } },
      { method: 'POST', url: `${BASE}/client-grants/../organizations`, body: { name: 'UPPER' } },
      { method: 'PATCH', url: '/api/v2/organizations/org_1/enabled_connections/con_1/extra', body: { is_signup_enabled: true } },
    ]);
    const got = await findings(text);
    expect(got.every((l) => !l.includes('undefined'))).toBe(true);
    expect(got.filter((l) => l.includes('organization-display-name'))).toHaveLength(1);
  });
});
