/**
 * documentSecrets against its reference (test/helpers/document-secrets-reference.ts) on the real exports and the
 * real Management API answers: the same secrets, in the same order, as before it remembered key names.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentSecrets } from '../../src/engine/redact';
import { loadFile } from '../../src/sources/load';
import { reference } from '../helpers/document-secrets-reference';
import { SHARED } from './shared-folder';

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (/\.(ya?ml|json|har)$/i.test(e.name)) yield p;
  }
}

describe('documentSecrets on real files', () => {
  it('gives what the reference gives on every real-world export and real API answer', async () => {
    let n = 0;
    for (const dir of ['real-world', 'real-api']) {
      for (const f of files(path.join(SHARED, dir))) {
        const l = await loadFile(f, { explicit: true });
        if (l.status !== 'loaded') continue;
        expect(documentSecrets(l.doc.value), f).toEqual(reference(l.doc.value));
        n++;
      }
    }
    expect(n).toBeGreaterThan(24);
  });
});
