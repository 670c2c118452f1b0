import { describe, expect, it } from 'vitest';
import { itemIdentity } from '../../src/baseline/finding-key';

describe('itemIdentity', () => {
  it('names a connection, a grant and a URL by what they are; nothing to name keeps the position', () => {
    expect(itemIdentity({ name: 'db', connection_id: 'con_1' })).toBe('[name="db"]');
    expect(itemIdentity({ connection_id: 'con_1' })).toBe('[connection_id="con_1"]');
    expect(itemIdentity({ client_id: 'abc', audience: 'https://api/' })).toBe('[client_id="abc",audience="https://api/"]');
    expect(itemIdentity('https://a.example/cb')).toBe('["https://a.example/cb"]');
    expect(itemIdentity({ is_signup_enabled: true })).toBeUndefined();
    expect(itemIdentity(Object.assign(Object.create(null), { __proto__: 'x' }))).toBeUndefined();
  });
  it('a hostile 1 MB value becomes a short, stable hash', () => {
    const huge = `https://a.example/${'x'.repeat(1 << 20)}`;
    const id = itemIdentity(huge)!;
    expect(id).toMatch(/^\[sha256=[0-9a-f]{32}\]$/);
    expect(itemIdentity(huge)).toBe(id);
  });
});
