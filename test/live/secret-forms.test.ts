/** Live redaction of a secret in any spelling a server or an error may give it back in, and token reuse. */
import { describe, expect, it } from 'vitest';
import { redact, secretForms } from '../../src/management-api/secret-forms';
import { MIN_TOKEN_GAP_MS, TokenSource } from '../../src/management-api/token';

describe('redact', () => {
  const secret = 'k9/Zq+w=Y?&é "x\\';

  it('replaces the secret as is, JSON-escaped, percent- and form-encoded (any hex case)', () => {
    const pct = encodeURIComponent(secret);
    expect(redact(`a ${secret} b`, [secret])).toBe('a [redacted] b');
    expect(redact(JSON.stringify({ v: secret }), [secret])).toBe('{"v":"[redacted]"}');
    expect(redact(`?t=${pct}&x=1`, [secret])).toBe('?t=[redacted]&x=1');
    expect(redact(`?t=${pct.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())}`, [secret])).toBe('?t=[redacted]');
    expect(redact(new URLSearchParams({ q: secret }).toString(), [secret])).toBe('q=[redacted]');
  });

  it('replaces base64 and base64url, also inside a longer base64 text at every byte offset', () => {
    for (const prefix of ['', 'a', 'ab', 'abc', 'client-id:', 'x:']) {
      for (const suffix of ['', '1', '12']) {
        const b64 = Buffer.from(`${prefix}${secret}${suffix}`).toString('base64');
        const b64url = Buffer.from(`${prefix}${secret}${suffix}`).toString('base64url');
        for (const t of [b64, b64url]) {
          const out = redact(`Authorization: Basic ${t}`, [secret]);
          expect(out).toContain('[redacted]');
          // what is left cannot be decoded back to the secret
          expect(Buffer.from(out.replace(/^.*Basic /, '').replace('[redacted]', ''), 'base64').toString()).not.toContain(secret);
        }
      }
    }
  });

  it('leaves text without the secret alone, and ignores secrets shorter than 6 characters', () => {
    expect(redact('nothing here', [secret])).toBe('nothing here');
    expect(redact('abc abc', ['abc'])).toBe('abc abc');
    expect(secretForms(secret).every((f) => f.length >= 6)).toBe(true);
  });
});

describe('token reuse', () => {
  it('a token that lives 1 s, 30 s or 120 s is fetched once for many requests in a row', async () => {
    for (const expires_in of [1, 30, 120]) {
      let fetches = 0;
      const tokens = new TokenSource({ kind: 'client-credentials', clientId: 'id', clientSecret: 'secret-value' }, async () => ({ access_token: `tok-${++fetches}-abcdef`, expires_in }));
      for (let i = 0; i < 50; i++) await tokens.get();
      expect(fetches).toBe(1);
    }
    expect(MIN_TOKEN_GAP_MS).toBeGreaterThanOrEqual(5000);
  });

  it('a 401 "expired" still renews at once, shared by concurrent callers', async () => {
    let fetches = 0;
    const tokens = new TokenSource({ kind: 'client-credentials', clientId: 'id', clientSecret: 'secret-value' }, async () => ({ access_token: `tok-${++fetches}-abcdef`, expires_in: 1 }));
    const stale = await tokens.get();
    const renewed = await Promise.all([tokens.renew(stale), tokens.renew(stale), tokens.renew(stale)]);
    expect(new Set(renewed)).toEqual(new Set(['tok-2-abcdef']));
    expect(fetches).toBe(2);
  });
});

describe('the journal redacts each value, never the JSON text', () => {
  it('a secret spelled with quotes and commas cannot cut a journal line apart', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { Journal, readJournal } = await import('../../src/live/journal');
    const secret = 'p","q":"r';
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'orglint-j-')), 'j.jsonl');
    const { journal } = await Journal.open(file, 'https://t.example', (t) => redact(t, [secret]));
    await journal.append({ type: 'run', at: 'now', command: 'fix', tenant: 'https://t.example', tool: 'orglint 0.1.0', pid: 1 });
    // a name that ends like the secret begins, next to a key that starts like it ends
    await journal.append({ type: 'plan', at: 'now', client_id: 'a', name: 'x p', before: { q: 'r' }, body: { organization_usage: secret }, rules: [] });
    await journal.close();
    const { entries } = await readJournal(file);
    expect(entries).toHaveLength(2);
    expect(readFileSync(file, 'utf8')).not.toContain(secret);
    expect(entries[1]).toMatchObject({ body: { organization_usage: '[redacted]' } });
  });
});
