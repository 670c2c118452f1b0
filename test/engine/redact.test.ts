import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/engine/redact';

describe('redactSecrets', () => {
  it('masks bearer tokens, JWTs and secret values, keeping every column in place', () => {
    const lines = [
      '{ "name": "Authorization", "value": "Bearer opaque-token-123" },',
      'token: eyJhbGciOiJIUzI1NiJ9.eyJzY29wZSI6InggeSJ9.c2ln',
      '"text": "{\\"client_secret\\": \\"s3cr3t-value\\", \\"name\\": \\"x\\"}"',
      '    client_secret: abcdef  # rotated',
      'https://t.example/api?access_token=abc123&x=1',
    ];
    const out = lines.map((l) => redactSecrets(l));
    expect(out).toEqual([
      '{ "name": "Authorization", "value": "Bearer ****************" },',
      `token: ${'*'.repeat('eyJhbGciOiJIUzI1NiJ9.eyJzY29wZSI6InggeSJ9.c2ln'.length)}`,
      '"text": "{\\"client_secret\\": \\"************\\", \\"name\\": \\"x\\"}"',
      '    client_secret: ******  # rotated',
      'https://t.example/api?access_token=******&x=1',
    ]);
    out.forEach((l, i) => expect(l.length).toBe(lines[i].length));
  });

  it('leaves lines without secrets alone', () => {
    for (const l of ['"token_endpoint_auth_method": "none"', 'organization_usage: require', '"secret_encoded": false']) {
      expect(redactSecrets(l)).toBe(l);
    }
  });
});
