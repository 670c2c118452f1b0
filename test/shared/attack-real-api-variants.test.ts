/**
 * Variants of the recorded real Management API writes (../shared/real-api/har/INDEX.json), through the real CLI:
 * each PATCH body the API answered 2xx, with one field the facts call nullable in PATCH set to null
 * (../shared/auth0-facts.md §1: "PATCH accepts null" and the real 200s), must still get no error and no predicted
 * 4xx; the same bodies with a partial default_organization (a real 400) must get predictedResponse 400.
 *
 * Not part of `npm test`: `npm run test:shared`. Without ../shared/real-api every test here fails, saying so.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { ROOT, tempTree } from '../helpers/lint';

const INDEX_FILE = path.resolve(ROOT, '../shared/real-api/har/INDEX.json');
const MISSING = `${INDEX_FILE} is missing: these tests vary recorded real Management API writes, which CI lays beside the clone as ../shared`;

interface IndexEntry {
  method: string;
  url: string;
  code: number;
  req: string;
}
interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  path: string;
  predictedResponse?: { status: number; errorCode?: string };
}

/** PATCH accepts null for these (auth0-facts.md §1: the table, and the real 200s) */
const NULLABLE = [
  'organization_usage',
  'organization_require_behavior',
  'organization_discovery_methods',
  'default_organization',
  'signed_request_object',
  'client_authentication_methods',
  'token_vault_privileged_access',
  'oidc_backchannel_logout',
  'addons',
];

function acceptedUpdates(): { url: string; body: Record<string, unknown> }[] {
  if (!existsSync(INDEX_FILE)) throw new Error(MISSING);
  const index = JSON.parse(readFileSync(INDEX_FILE, 'utf8')) as IndexEntry[];
  const seen = new Set<string>();
  return index
    .filter((e) => e.method === 'PATCH' && e.code >= 200 && e.code < 300 && !seen.has(e.req) && seen.add(e.req))
    .map((e) => ({ url: e.url, body: JSON.parse(e.req) as Record<string, unknown> }));
}

function harOf(requests: { url: string; body: unknown }[]): string {
  const entries = requests.map(({ url, body }) => ({
    request: { method: 'PATCH', url, headers: [{ name: 'Content-Type', value: 'application/json' }], postData: { mimeType: 'application/json', text: JSON.stringify(body) } },
  }));
  return JSON.stringify({ log: { version: '1.2', entries } }, null, 1);
}

async function lintHar(text: string): Promise<JsonFinding[]> {
  const dir = tempTree({ 'variants.har': text });
  const run = await runCli(['variants.har', '-f', 'json'], { cwd: dir, timeoutMs: 120_000 });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout).findings;
}

describe('variants of the recorded accepted PATCH bodies (../shared/real-api)', () => {
  it('each nullable field set to null: no error, and no predicted 4xx', async () => {
    const updates = acceptedUpdates();
    expect(updates.length).toBeGreaterThan(50);
    const variants = updates.flatMap(({ url, body }) => NULLABLE.map((field) => ({ url, body: { ...body, [field]: null } })));
    const findings = await lintHar(harOf(variants));
    expect(findings.filter((f) => (f.predictedResponse?.status ?? 0) >= 400)).toEqual([]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a partial default_organization (only flows, only organization_id) in each: predicted 400 invalid_body, once per body', async () => {
    const updates = acceptedUpdates();
    const partial = [{ flows: ['client_credentials'] }, { organization_id: 'org_W2iFrA7sKpL0e9Xq' }];
    const variants = updates.flatMap(({ url, body }) => partial.map((d) => ({ url, body: { ...body, default_organization: d } })));
    const findings = await lintHar(harOf(variants));
    const predicted = findings.filter((f) => f.predictedResponse?.status === 400);
    expect(predicted).toHaveLength(variants.length);
    expect(new Set(predicted.map((f) => `${f.ruleId} ${f.predictedResponse?.errorCode}`))).toEqual(new Set(['default-organization-valid invalid_body']));
  });

  it('flows: [] in each (accepted and stored by the API): a warning at most, never a predicted 4xx', async () => {
    const updates = acceptedUpdates();
    const variants = updates.map(({ url, body }) => ({ url, body: { ...body, default_organization: { organization_id: 'org_W2iFrA7sKpL0e9Xq', flows: [] } } }));
    const findings = await lintHar(harOf(variants));
    expect(findings.filter((f) => (f.predictedResponse?.status ?? 0) >= 400)).toEqual([]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
