/**
 * canonicalEnumSpelling remembers the values it spelt out (helpers.ts): asked again, in any order, past the
 * number it remembers and for values too long to remember, it must give what the spelling itself gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalEnumSpelling } from '../../src/rule-api/helpers';

const spelt = (v: string) => v.trim().toLowerCase().replace(/[\s-]+/g, '_');

describe('canonicalEnumSpelling', () => {
  it('gives the spelling of each value however often and in whatever order it is asked', () => {
    const values = [' Pre-Login Prompt ', 'REQUIRE', 'allow', 'no-prompt', 'post_login_prompt', 'Ａllow', 'İ', '\u00a0deny\u2028', 'x'.repeat(65) + ' Y', ''];
    for (let round = 0; round < 3; round++) for (const v of values) expect(canonicalEnumSpelling(v), JSON.stringify(v)).toBe(spelt(v));
    // past what it remembers (4,096 values): the rest are spelt each time, the first still right
    for (let i = 0; i < 5000; i++) expect(canonicalEnumSpelling(`Value-${i}`)).toBe(`value_${i}`);
    for (const v of values) expect(canonicalEnumSpelling(v)).toBe(spelt(v));
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (v) => canonicalEnumSpelling(v) === spelt(v) && canonicalEnumSpelling(v) === spelt(v)), { seed: 18, numRuns: 2000 });
  });
});
