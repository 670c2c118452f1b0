import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A JWT-shaped token whose payload carries `scope` (unsigned: orglint never verifies it). */
export function fakeJwt(scope: string | undefined): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(scope === undefined ? { sub: 'x' } : { scope })}.c2lnbmF0dXJlLW5vdC1jaGVja2Vk`;
}

/** The seed doc's HAR request (test/sources/fixtures/seed-request.json) with its placeholders replaced. */
export function seedRequest(values: Partial<Record<'CLIENT_ID' | 'MGMT_API_ACCESS_TOKEN' | 'ORG_USAGE' | 'ORG_REQUIRE_BEHAVIOR' | 'DOMAIN', string>>): string {
  let text = readFileSync(path.join(__dirname, 'fixtures/seed-request.json'), 'utf8');
  if (values.DOMAIN) text = text.replace('${account.namespace}', values.DOMAIN);
  for (const key of ['CLIENT_ID', 'MGMT_API_ACCESS_TOKEN', 'ORG_REQUIRE_BEHAVIOR', 'ORG_USAGE'] as const) {
    const v = values[key];
    if (v !== undefined) text = text.split(key).join(v);
  }
  return text;
}
