/** The seed doc's request, as test/sources/fixtures/seed-request.json keeps it in the repository: verbatim. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SHARED } from './shared-folder';

describe('the seed doc fixture', () => {
  it('is the request of ../shared/seed/define-organization-behavior.md, verbatim', () => {
    const doc = readFileSync(path.join(SHARED, 'seed/define-organization-behavior.md'), 'utf8');
    const fenced = /```har\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(fenced, 'the seed doc has a ```har block').toBeDefined();
    expect(readFileSync(path.join(ROOT, 'test/sources/fixtures/seed-request.json'), 'utf8')).toBe(fenced);
  });
});
