/**
 * HAR captures: requests found in a `.har` log or a single request file, and positions inside `postData.text`
 * that point at the HAR file's own line and column, through the JSON string's escapes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeJsonString } from '../../src/sources/json/json-string';
import { classifyClientRequest } from '../../src/sources/payload/client-request';
import { bearerScopes } from '../../src/sources/har/bearer-scopes';
import { lint, tempTree } from '../helpers/lint';
import { fakeJwt } from './har-helpers';

/** 1-based line and column of an offset in a text. */
function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** A request file whose body is `body` (already a JSON text), pretty-printed like a HAR request. */
function requestFile(body: string, extra: Record<string, unknown> = {}): string {
  const req = {
    method: 'PATCH',
    url: 'https://example.eu.auth0.com/api/v2/clients/AaiyAPdpYdesoKnqjj8HJqRn4T5titww',
    headers: [{ name: 'Content-Type', value: 'application/json' }],
    ...extra,
    postData: { mimeType: 'application/json', text: body },
  };
  return JSON.stringify(req, null, 2) + '\n';
}

async function lintText(name: string, text: string) {
  const dir = tempTree({ [name]: text });
  return lint([path.join(dir, name)], { cwd: dir });
}

describe('JSON string decoding', () => {
  it('maps every decoded character to the escape it came from', () => {
    const text = String.raw`x "a\"b\nc\u00e9\\d"`;
    const d = decodeJsonString(text, 2)!;
    expect(d.value).toBe('a"b\ncé\\d');
    // a, \", b, \n, c, \u00e9, \\, d, closing quote
    expect([...d.starts]).toEqual([3, 4, 6, 7, 9, 10, 16, 18, 19]);
  });

  it('refuses what is not a string literal', () => {
    expect(decodeJsonString('{"a"', 0)).toBeNull();
    expect(decodeJsonString('"abc', 0)).toBeNull();
    expect(decodeJsonString(String.raw`"\x"`, 0)).toBeNull();
  });
});

describe('positions inside postData.text', () => {
  it('point at the exact line and column after escaped quotes, newlines and \\u escapes', async () => {
    const body = JSON.stringify({ description: 'a "quoted" word,\nthen caf\u00e9 \\ done', organisation_usage: 'require' }, null, 2);
    const text = requestFile(body);
    const result = await lintText('request.json', text);
    const f = result.findings.find((x) => x.ruleId === 'patch-unknown-field')!;
    // the key as it is written in the HAR file: an escaped JSON string inside a JSON string
    const written = String.raw`\"organisation_usage\"`;
    const at = text.indexOf(written);
    expect(at).toBeGreaterThan(0);
    expect(text.slice(0, at)).toContain(String.raw`\\\"quoted\\\"`);
    expect(text.slice(0, at)).toContain(String.raw`\\n`);
    expect({ line: f.line, column: f.column }).toEqual(lineCol(text, at));
    expect({ line: f.endLine, column: f.endColumn }).toEqual(lineCol(text, at + written.length));
  });

  it('point at a value on a later line of a HAR log, after other entries', async () => {
    const body = '{\n  "name": "Say \\"hi\\"",\n  "organization_usage": "Require"\n}';
    const har = {
      log: {
        version: '1.2',
        creator: { name: 'test', version: '1' },
        entries: [
          { request: { method: 'GET', url: 'https://example.eu.auth0.com/api/v2/clients', headers: [] } },
          { request: JSON.parse(requestFile(body)) },
        ],
      },
    };
    const text = JSON.stringify(har, null, 2);
    const result = await lintText('capture.har', text);
    const f = result.findings.find((x) => x.ruleId === 'organization-usage-enum')!;
    const at = text.indexOf(String.raw`\"Require\"`);
    expect({ line: f.line, column: f.column }).toEqual(lineCol(text, at));
    expect(f.path).toBe('/log/entries/1/request/postData/text/organization_usage');
    expect(f.fix).toBeNull();
  });

  it('report a body that is not JSON at the postData.text value', async () => {
    const text = requestFile('{ "organization_usage": "require", }');
    const result = await lintText('request.json', text);
    const f = result.findings.find((x) => x.ruleId === 'patch-invalid-body')!;
    expect(lineCol(text, text.indexOf('"{ \\"organization_usage'))).toEqual({ line: f.line, column: f.column });
    expect(f.predictedResponse).toEqual({ status: 400, errorCode: 'invalid_body' });
  });
});

describe('which requests are checked', () => {
  it('classifies client writes and ignores reads, deletes, sub-resources and other endpoints', () => {
    expect(classifyClientRequest('PATCH', 'https://t.auth0.com/api/v2/clients/abc')).toMatchObject({ kind: 'update', id: 'abc', problems: [] });
    expect(classifyClientRequest('post', '/api/v2/clients')).toMatchObject({ kind: 'create', problems: [] });
    expect(classifyClientRequest('GET', '/api/v2/clients/abc')).toBeNull();
    expect(classifyClientRequest('DELETE', '/api/v2/clients/abc')).toBeNull();
    expect(classifyClientRequest('POST', '/api/v2/clients/abc/rotate-secret')).toBeNull();
    expect(classifyClientRequest('PATCH', '/api/v2/organizations/org_1')).toBeNull();
    expect(classifyClientRequest('PATCH', '/api/v2/client/abc')?.problems).toEqual([{ kind: 'wrongPath', path: '/api/v2/client/abc' }]);
    expect(classifyClientRequest('PATCH', '/api/v2/clients/abc/')?.problems).toEqual([{ kind: 'malformedId', id: 'abc/' }]);
  });

  it('reads the scope claim of a bearer JWT, and nothing of a placeholder token', () => {
    expect(bearerScopes(`Bearer ${fakeJwt('read:clients update:clients')}`)).toEqual(['read:clients', 'update:clients']);
    expect(bearerScopes('Bearer MGMT_API_ACCESS_TOKEN')).toBeUndefined();
    expect(bearerScopes('Bearer a.b.c')).toBeUndefined();
    expect(bearerScopes(`Bearer ${fakeJwt(undefined)}`)).toBeUndefined();
  });

  it('skips a request file for another endpoint, and a capture without client writes has no clients', async () => {
    const other = JSON.stringify({ method: 'POST', url: '/api/v2/organizations/org_1/members', postData: { text: '{"members":["x"]}' } });
    const a = await lintText('request.json', other);
    expect(a.files).toEqual([]);
    // an organization write is read (organization rules check it), but holds no client
    const org = await lintText('request.json', JSON.stringify({ method: 'PATCH', url: '/api/v2/organizations/org_1', postData: { text: '{"name":"x"}' } }));
    expect(org.files.length).toBe(1);
    expect(org.summary.clients).toBe(0);
    const har = JSON.stringify({ log: { entries: [{ request: { method: 'GET', url: '/api/v2/clients', headers: [] } }] } });
    const b = await lintText('capture.har', har);
    expect(b.files.length).toBe(1);
    expect(b.summary.clients).toBe(0);
    expect(b.findings).toEqual([]);
  });

  it('treats a POST as a complete new client and a PATCH as a partial one', async () => {
    const har = {
      log: {
        entries: [
          { request: { method: 'POST', url: '/api/v2/clients', headers: [], postData: { text: '{"name":"New","organization_require_behavior":"pre_login_prompt"}' } } },
          { request: { method: 'PATCH', url: '/api/v2/clients/abc', headers: [], postData: { text: '{"organization_require_behavior":"pre_login_prompt"}' } } },
        ],
      },
    };
    const result = await lintText('capture.har', JSON.stringify(har, null, 2));
    const got = result.findings.filter((f) => f.ruleId === 'require-behavior-without-require').map((f) => [f.path, f.severity]);
    expect(got).toEqual([
      ['/log/entries/0/request/postData/text/organization_require_behavior', 'warning'],
      ['/log/entries/1/request/postData/text/organization_require_behavior', 'info'],
    ]);
  });
});

describe('the seed doc fixture', () => {
  // the copy of the seed doc's request that travels with the repo; test/shared/seed-fixture.test.ts checks it
  // against ../shared/seed/define-organization-behavior.md
  it('is a HAR request whose body carries the seed doc placeholder', () => {
    const fixture = readFileSync(path.join(__dirname, 'fixtures/seed-request.json'), 'utf8');
    expect(JSON.parse(fixture).postData.text).toContain('ORG_USAGE');
  });
});
