import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentSecrets } from '../../src/engine/redact';
import { loadFile } from '../../src/sources/load';
import { reference } from '../helpers/document-secrets-reference';

const ROOT = path.resolve(import.meta.dirname, '../..');

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (/\.(ya?ml|json|har|tf)$/i.test(e.name) && statSync(p).size < 2_000_000) yield p;
  }
}

describe('documentSecrets (remembered key names) gives what it gave, in the same order', () => {
  it('on hostile values: escapes, pieces, HAR pairs, cookies, plan marks, prototype keys, long and repeated keys', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n';
    const values: unknown[] = [
      { clients: [{ name: 'a', client_secret: 's3cr3t "quoted" \\ back', refresh_token: { rotation_type: 'non-rotating', token_lifetime: 2592000 } }] },
      { private_key: pem, Password: 'abc;def=ghi&jklmnop', API_KEY: 'k\u0001\u2028y-value' },
      { log: { entries: [{ request: { headers: [{ name: 'Authorization', value: 'Bearer abcdefgh' }, { name: 'x', value: 'plain' }], cookies: [{ name: 'auth0_session', value: 'sess-123456' }] } }] } },
      { resource_changes: [{ change: { after: { client_secret: 'x', nested: { v: 'sensitive-value' } }, after_sensitive: { nested: { v: true } }, before: 'b4-value', before_sensitive: true } }] },
      JSON.parse('{"__proto__": {"client_secret": "proto-secret"}, "constructor": {"token": "ctor-token"}}'),
      { ['k'.repeat(100) + '_secret']: 'long-key-secret', ['k'.repeat(100)]: 'not-a-secret' },
      { my_secret: 'a', my_secret2: 'not', 'x-token': 'tok-tok-tok', 'TOKEN': 12345678n.toString() },
      { a: { b: { c: [{ client_secret: 'deep-down-value' }] } }, secret: ['list', 'of', 'values ok'] },
      { secret: 'abcd', other_secret: 'bcde' },
      { options: { signingKey: { key: pem, cert: '-----BEGIN CERTIFICATE-----\nMIIpublic\n-----END CERTIFICATE-----' }, keys: [`x ${pem.replace(/\n/g, '\\n')} y`, '-----BEGIN EC PRIVATE KEY-----\nMIIcut'] } },
      { jwks: { keys: [{ kty: 'RSA', n: 'modulus', e: 'AQAB', d: 'private-d', p: 'prime-p', q: 'prime-q', dp: 'dp-exp', dq: 'dq-exp', qi: 'qi-coef' }, { kty: 'oct', k: 'octet-key' }, { d: 'no-kty-no-jwk' }] } },
    ];
    for (const v of values) expect(documentSecrets(v)).toEqual(reference(v));
  });

  it('on every fixture, example and bench document in the repository', async () => {
    let n = 0;
    for (const dir of ['rules', 'examples', 'test/sources/fixtures', 'bench/corpus/small']) {
      let list: string[];
      try {
        list = [...files(path.join(ROOT, dir))];
      } catch {
        continue;
      }
      for (const f of list) {
        const l = await loadFile(f, { explicit: true });
        if (l.status !== 'loaded') continue;
        expect(documentSecrets(l.doc.value), f).toEqual(reference(l.doc.value));
        n++;
      }
    }
    expect(n).toBeGreaterThan(50);
  });

  it('finds every secret of a large document (70,000 and 150,000 clients: past the 200,000 nodes searched before)', () => {
    const small = { clients: Array.from({ length: 66_665 }, (_, i) => ({ name: `c${i}`, n: i, client_secret: `secret-value-${i}` })) };
    expect(documentSecrets(small)).toEqual(reference(small));
    for (const n of [70_000, 150_000]) {
      const value = { clients: Array.from({ length: n }, (_, i) => ({ name: `c${i}`, n: i, client_secret: `secret-value-${i}` })) };
      const found = new Set(documentSecrets(value));
      const missing = value.clients.filter((c) => !found.has(c.client_secret)).length;
      expect(missing, String(n)).toBe(0);
    }
  });

  it('walks a shared object (a YAML alias) once: an alias bomb costs no more than its text, and its secrets are found', () => {
    let node: unknown = { client_secret: 'bomb-secret-value' };
    for (let i = 0; i < 60; i++) node = { a: node, b: node };
    expect(documentSecrets({ clients: [node] })).toEqual(['bomb-secret-value']);
  });

  it('keeps a repeated key name secret in every document (the remembered answer is the same answer)', () => {
    for (let i = 0; i < 3; i++) expect(documentSecrets({ client_secret: `value-${i}-xyz` })).toEqual([`value-${i}-xyz`]);
    expect(documentSecrets({ name: 'client_secret', value: 'har-pair-value' })).toEqual(['har-pair-value']);
  });
});
