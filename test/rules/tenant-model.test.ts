/** The tenant model's lookups: what is known, what is unknown, and why. */
import { describe, expect, it } from 'vitest';
import { createTenant, type Resource } from '../../src/rule-api/resource';
import { findConnection, kindState, resources } from '../../src/rule-api/tenant-model';

const conn = (name: string, strategy: string, database = false): Resource =>
  ({ type: 'connection', name, value: { name, strategy }, path: [], origin: 'terraform', partial: false, ...(database ? { meta: { database: true } } : {}) }) as unknown as Resource;

describe('tenant model', () => {
  it('a kind no source mentions is unknown, never empty', () => {
    const t = createTenant('/x');
    expect(resources(t, 'organization')).toMatchObject({ known: false, cause: 'not-held' });
    expect(kindState(createTenant('/y', { kinds: { organization: { known: true } } }), 'organization')).toEqual({ known: true });
  });

  it('a connection the source holds is found even when the source does not hold them all (a plan)', () => {
    const t = createTenant('/plan', { connections: [conn('acme-okta', 'okta')] });
    expect(findConnection(t, 'acme-okta')).toMatchObject({ known: true, connection: { name: 'acme-okta' } });
    // but one it does not hold is unknown, not absent
    expect(findConnection(t, 'other')).toMatchObject({ known: false });
  });

  it('absent is "none" only when connections and databases are both known', () => {
    const t = createTenant('/t', { connections: [conn('db', 'auth0', true)], kinds: { connection: { known: true }, database: { known: true } } });
    expect(findConnection(t, 'missing')).toEqual({ known: true, connection: undefined });
    expect(resources(t, 'database')).toMatchObject({ known: true, items: [{ name: 'db' }] });
    expect(resources(t, 'connection')).toMatchObject({ known: true, items: [] });
  });

  it('what deploy-cli does not manage is unknown: a whole kind, or names', () => {
    const reason = 'connections are not managed by deploy-cli (AUTH0_EXCLUDED in c.json)';
    const excluded = createTenant('/t', { connections: [conn('okta', 'okta')], kinds: { connection: { known: false, kind: 'connection', cause: 'excluded', reason } } });
    expect(findConnection(excluded, 'okta')).toMatchObject({ known: false, reason });
    const byName = createTenant('/t', {
      connections: [conn('okta', 'okta')],
      kinds: { connection: { known: true, excluded: { names: new Set(['okta', 'sso']), reason: 'some' } }, database: { known: true } },
    });
    expect(findConnection(byName, 'okta')).toMatchObject({ known: false, cause: 'excluded' });
    expect(findConnection(byName, 'sso')).toMatchObject({ known: false, cause: 'excluded' });
    const only = createTenant('/t', { kinds: { connection: { known: true, excluded: { onlyNames: new Set(['kept']), reason: 'only' } }, database: { known: true } } });
    expect(findConnection(only, 'kept')).toEqual({ known: true, connection: undefined });
    expect(findConnection(only, 'other')).toMatchObject({ known: false, cause: 'excluded' });
  });
});
