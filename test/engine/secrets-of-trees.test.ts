/**
 * A document loadJson parsed shares no object, so the search for its secrets remembers none (redact.ts
 * `collectSecrets(…, tree)`, positions.ts `secretsOf` / `addSecretsOf`): it must find what the remembering search
 * finds, in the same order, on every real-world export, fixture and generated document; YAML (aliases share
 * objects) keeps the remembering search.
 */
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addSecretsOf, secretsOf } from '../../src/engine/positions';
import { collectSecrets, documentSecrets, longestFirstOf } from '../../src/engine/redact';
import { isJsonTree, loadJson } from '../../src/sources/json/json-source';
import { loadFile } from '../../src/sources/load';
import { reference } from '../helpers/document-secrets-reference';

const ROOT = path.resolve(import.meta.dirname, '../..');
const REAL_WORLD = path.resolve(ROOT, '../shared/real-world');

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (/\.(ya?ml|json|har|tf)$/i.test(e.name) && statSync(p).size < 2_000_000) yield p;
  }
}

describe('the secrets of a parsed JSON tree', () => {
  it('are what the remembering search finds, in order, on every real-world export, fixture and example', async () => {
    let json = 0;
    let other = 0;
    for (const dir of [REAL_WORLD, path.join(ROOT, 'rules'), path.join(ROOT, 'examples'), path.join(ROOT, 'test/sources/fixtures')]) {
      for (const f of files(dir)) {
        const l = await loadFile(f, { explicit: true });
        if (l.status !== 'loaded') continue;
        const want = reference(l.doc.value);
        expect(secretsOf(l.doc), f).toEqual(want);
        // the run's set, for a document without findings (no list kept)
        const l2 = await loadFile(f, { explicit: true });
        if (l2.status !== 'loaded') continue;
        const into = new Set<string>();
        addSecretsOf(l2.doc, into);
        expect([...into].sort((a, b) => b.length - a.length), f).toEqual(want);
        if (isJsonTree(l.doc)) json++;
        else other++;
      }
    }
    expect(json).toBeGreaterThan(100);
    expect(other).toBeGreaterThan(20);
  });

  it('are what the remembering search finds on generated JSON documents', () => {
    const key = fc.constantFrom('client_secret', 'name', 'value', 'token', 'x-api-key', 'cookies', 'after', 'after_sensitive', 'password', 'callbacks', 'a', 'my_secret', 'id_token');
    const leaf = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constant('a b;c=d&efghij'), fc.constant('quote " and \\ back'), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 5 })),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), (obj) => {
        const doc = loadJson('/x.json', JSON.stringify(obj), false);
        expect(isJsonTree(doc)).toBe(true);
        const tree = new Set<string>();
        collectSecrets(doc.value, tree, true);
        const remembering = new Set<string>();
        collectSecrets(doc.value, remembering);
        expect([...tree]).toEqual([...remembering]);
        expect(documentSecrets(doc.value, true)).toEqual(reference(doc.value));
      }),
      { seed: 18, numRuns: 400 },
    );
  });

  it('is never assumed of a document loadJson did not make (a YAML alias shares its object)', async () => {
    // a copy of a JSON document, whatever its value, is not one loadJson made
    const json = loadJson('/x.json', '{"client_secret": "json-secret-value"}', false);
    const shared = { client_secret: 'shared-secret-value' };
    const copy = { ...json, value: { clients: [shared, shared] } };
    expect(isJsonTree(json)).toBe(true);
    expect(isJsonTree(copy)).toBe(false);
    expect(secretsOf(copy)).toEqual(['shared-secret-value']);
    // nor is it seen by what compares or copies the document
    expect(Object.keys(json)).not.toContain(expect.stringMatching(/tree|memo/i));
    expect({ ...json }).toEqual(json);
    const file = path.join(tmpdir(), `orglint-alias-${process.pid}.yaml`);
    writeFileSync(file, 'clients:\n  - &c { name: a, client_secret: alias-secret-value }\n  - *c\n');
    const yaml = await loadFile(file, { explicit: true });
    rmSync(file);
    expect(yaml.status).toBe('loaded');
    if (yaml.status !== 'loaded') return;
    expect(isJsonTree(yaml.doc)).toBe(false);
    expect(secretsOf(yaml.doc)).toEqual(['alias-secret-value']);
  });

  it('are listed longest first, equal lengths in the order found, as the stable sort listed them', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 40 }), (list) => {
        const found = new Set(list);
        expect(longestFirstOf(found)).toEqual([...found].sort((a, b) => b.length - a.length));
      }),
      { seed: 18, numRuns: 1000 },
    );
  });
});
